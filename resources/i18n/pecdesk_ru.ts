<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation>&amp;Добавить учётную запись…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Отключить…</translation>
    </message>
    <message>
        <source>&amp;Reset the password…</source>
        <translation>&amp;Сбросить пароль…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>locked out after wrong passwords</source>
        <translation>заблокирована после неверных паролей</translation>
    </message>
    <message>
        <source>active; the one-time password is not changed yet</source>
        <translation>действует; одноразовый пароль ещё не сменён</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>The account %1 was added.</source>
        <translation>Учётная запись %1 добавлена.</translation>
    </message>
    <message>
        <source>Disable the account %1 (%2)? Its password will no longer open anything; this cannot be undone here.</source>
        <translation>Отключить учётную запись %1 (%2)? Её пароль больше ничего не откроет; здесь это нельзя отменить.</translation>
    </message>
    <message>
        <source>Disable the account</source>
        <translation>Отключить учётную запись</translation>
    </message>
    <message>
        <source>Give %1 (%2) a new one-time password? The current password stops working at once.</source>
        <translation>Выдать %1 (%2) новый одноразовый пароль? Текущий пароль сразу перестанет действовать.</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Сбросить пароль</translation>
    </message>
    <message>
        <source>The account %1 was unlocked.</source>
        <translation>Учётная запись %1 разблокирована.</translation>
    </message>
    <message>
        <source>The account %1 was disabled.</source>
        <translation>Учётная запись %1 отключена.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Пароль %1 сброшен.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Latin letters, digits, . _ -</source>
        <translation>латинские буквы, цифры, . _ -</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>К чему относится</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Рассмотрение</translation>
    </message>
    <message>
        <source>What was done about the selected alert</source>
        <translation>Что сделано по выбранному предупреждению</translation>
    </message>
    <message>
        <source>&amp;Record the review</source>
        <translation>&amp;Записать рассмотрение</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>The review of alert %1 is recorded.</source>
        <translation>Рассмотрение предупреждения %1 записано.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Проверить цепочку</translation>
    </message>
    <message>
        <source>&amp;Export (NIST 1500-101)…</source>
        <translation>&amp;Экспорт (NIST 1500-101)…</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Administrators' actions</source>
        <translation>Действия администраторов</translation>
    </message>
    <message>
        <source>Audit and alerts</source>
        <translation>Аудит и предупреждения</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Цепочка проверяется…</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 events, the last one signed at event %2.</source>
        <translation>Цепочка аудита цела: событий — %1, последняя подпись на событии %2.</translation>
    </message>
    <message>
        <source>The audit chain is BROKEN: %1 problems. The first, at event %2: %3</source>
        <translation>Цепочка аудита НАРУШЕНА: проблем — %1. Первая, на событии %2: %3</translation>
    </message>
    <message>
        <source>an event was changed after it was written.</source>
        <translation>событие изменено после записи.</translation>
    </message>
    <message>
        <source>events were deleted, inserted or reordered.</source>
        <translation>события удалены, вставлены или переставлены.</translation>
    </message>
    <message>
        <source>an event number is missing.</source>
        <translation>пропущен номер события.</translation>
    </message>
    <message>
        <source>the log ends before its last signed point: events were cut off.</source>
        <translation>журнал кончается раньше последней подписанной точки: события отрезаны.</translation>
    </message>
    <message>
        <source>the log differs from what was signed.</source>
        <translation>журнал отличается от подписанного.</translation>
    </message>
    <message>
        <source>a signature of the log is forged.</source>
        <translation>подпись журнала подделана.</translation>
    </message>
    <message>
        <source>the log is older than this computer has seen: it was rolled back.</source>
        <translation>журнал старее, чем видел этот компьютер: его откатили.</translation>
    </message>
    <message>
        <source>Folder for the audit log export</source>
        <translation>Папка для экспорта журнала аудита</translation>
    </message>
    <message>
        <source>Writing the audit log…</source>
        <translation>Журнал аудита записывается…</translation>
    </message>
    <message>
        <source>Written: %1 (%2 events, readable only by you).</source>
        <translation>Записано: %1 (событий — %2, прочитать можете только вы).</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Предупреждения (%1)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Предупреждения</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>An encrypted copy of the store, written to a registered flash drive connected now.</source>
        <translation>Зашифрованная копия базы данных, записывается на подключённую зарегистрированную флешку.</translation>
    </message>
    <message>
        <source>Look for &amp;drives</source>
        <translation>&amp;Найти флешки</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Сделать копию сейчас</translation>
    </message>
    <message>
        <source>No registered drive is connected. Connect one and click “Look for drives”.</source>
        <translation>Зарегистрированная флешка не подключена. Подключите её и нажмите «Найти флешки».</translation>
    </message>
    <message>
        <source>Registered drives connected: %1.</source>
        <translation>Подключено зарегистрированных флешек: %1.</translation>
    </message>
    <message>
        <source>Drives connected but not registered: %1 (the chair or the secretary registers them).</source>
        <translation>Подключено незарегистрированных флешек: %1 (их регистрирует председатель или секретарь).</translation>
    </message>
    <message>
        <source>The backup was written to %1 on %2: %3 bytes, SHA-256 %4. Keep the drive in a safe place.</source>
        <translation>Резервная копия записана в файл %1 на флешке %2: %3 байт, SHA-256 %4. Храните флешку в надёжном месте.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backup and recovery</source>
        <translation>Резервное копирование и восстановление</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Your session has ended: the data this window opened is no longer there. Log out now.</source>
        <translation>Ваш сеанс завершён: данных, открытых этим окном, больше нет. Выйдите сейчас.</translation>
    </message>
</context>
<context>
    <name>BuildLabel</name>
    <message>
        <source>Development build</source>
        <translation>Тестовая сборка</translation>
    </message>
    <message>
        <source>Test switches are on in this build. It is for training and testing, not for a polling station.</source>
        <translation>В этой сборке включены тестовые переключатели. Она для обучения и тестов, не для избирательного участка.</translation>
    </message>
</context>
<context>
    <name>CaptureLabel</name>
    <message>
        <source>Screen capture blocked</source>
        <translation>Съёмка экрана заблокирована</translation>
    </message>
    <message>
        <source>Screen capture cannot be blocked on this system</source>
        <translation>В этой системе съёмку экрана заблокировать нельзя</translation>
    </message>
    <message>
        <source>Screen capture could not be blocked</source>
        <translation>Не удалось заблокировать съёмку экрана</translation>
    </message>
    <message>
        <source>Photographing or filming the screen is forbidden.</source>
        <translation>Фотографировать или снимать экран на видео запрещено.</translation>
    </message>
</context>
<context>
    <name>ClaimDetail</name>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Filed:</source>
        <translation>Подано:</translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation>Ответ до:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>Voter informed:</source>
        <translation>Избиратель уведомлён:</translation>
    </message>
    <message>
        <source>Receipts printed:</source>
        <translation>Напечатано талонов:</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Приложенные файлы:</translation>
    </message>
    <message>
        <source>Choose a claim in the list to see it here.</source>
        <translation>Выберите заявление в списке, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <source>&amp;Show what was filed</source>
        <translation>&amp;Показать содержание заявления</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Re&amp;print the receipt</source>
        <translation>Напечатать талон &amp;повторно</translation>
    </message>
    <message>
        <source>&amp;Answer letter…</source>
        <translation>&amp;Письмо-ответ…</translation>
    </message>
    <message>
        <source>Mark the voter in&amp;formed</source>
        <translation>Отметить, что избиратель &amp;уведомлён</translation>
    </message>
    <message>
        <source>Receipt for claim %1 (duplicate)</source>
        <translation>Талон заявления %1 (дубликат)</translation>
    </message>
    <message>
        <source>Answer to claim %1</source>
        <translation>Ответ на заявление %1</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Заявление %1</translation>
    </message>
    <message>
        <source>%1, %2, by %3</source>
        <translation>%1, %2, принял: %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Contact for the answer: %1</source>
        <translation>Контакт для ответа: %1</translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation>Учреждение: %1</translation>
    </message>
    <message>
        <source>Contact-centre check: %1</source>
        <translation>Проверка через контакт-центр: %1</translation>
    </message>
    <message>
        <source>Reason of the decision: %1</source>
        <translation>Основание решения: %1</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Файл: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>New claim</source>
        <translation>Новое заявление</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Show the &amp;receipt</source>
        <translation>Показать &amp;талон</translation>
    </message>
    <message>
        <source>Save the receipt as P&amp;DF…</source>
        <translation>Сохранить талон в P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Claim %1 is saved. The answer is due by %2.</source>
        <translation>Заявление %1 сохранено. Ответ должен быть дан до %2.</translation>
    </message>
    <message>
        <source>The receipt was saved to %1.</source>
        <translation>Талон сохранён в %1.</translation>
    </message>
    <message>
        <source>Some fields are wrong; nothing was saved. Correct the marked fields and save again.</source>
        <translation>Некоторые поля заполнены неверно; ничего не сохранено. Исправьте отмеченные поля и сохраните снова.</translation>
    </message>
    <message>
        <source>Attach a scanned file</source>
        <translation>Приложить отсканированный файл</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Сканы (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Choose the voter in the list first, then start the claim.</source>
        <translation>Сначала выберите избирателя в списке, затем начните заявление.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Receipt for claim %1</source>
        <translation>Талон по заявлению %1</translation>
    </message>
    <message>
        <source>Folder for the receipt PDF</source>
        <translation>Папка для PDF талона</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>(no change)</source>
        <translation>(без изменений)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>No voter selected: choose the voter in the list first.</source>
        <translation>Избиратель не выбран: сначала выберите избирателя в списке.</translation>
    </message>
    <message>
        <source>Claim &amp;type</source>
        <translation>&amp;Тип заявления</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Избиратель</translation>
    </message>
    <message>
        <source>&amp;PIN (14 digits)</source>
        <translation>&amp;ПИН (14 цифр)</translation>
    </message>
    <message>
        <source>Voter's c&amp;ontact for the answer</source>
        <translation>&amp;Контакт избирателя для ответа</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Подтверждения</translation>
    </message>
    <message>
        <source>Contact-centre c&amp;heck</source>
        <translation>Проверка &amp;контакт-центра</translation>
    </message>
    <message>
        <source>I&amp;nstitution</source>
        <translation>&amp;Учреждение</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Passport &amp;visually checked</source>
        <translation>Паспорт &amp;визуально проверен</translation>
    </message>
    <message>
        <source>Person i&amp;dentified</source>
        <translation>Личность &amp;установлена</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Добавить файл…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Voter's &amp;data: %1</source>
        <translation>Данные &amp;избирателя: %1</translation>
    </message>
    <message>
        <source>not a real date; write it as %1</source>
        <translation>не настоящая дата; введите в виде %1</translation>
    </message>
    <message>
        <source>&amp;Corrections: %1</source>
        <translation>&amp;Исправления: %1</translation>
    </message>
</context>
<context>
    <name>ClaimTexts</name>
    <message>
        <source>answer due soon</source>
        <translation>срок ответа близко</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <source>preliminary list on the portal</source>
        <translation>предварительный список на портале</translation>
    </message>
    <message>
        <source>preliminary list given to the PEC</source>
        <translation>предварительный список передан УИК</translation>
    </message>
    <message>
        <source>list posted for review</source>
        <translation>список вывешен для ознакомления</translation>
    </message>
    <message>
        <source>control list posted</source>
        <translation>контрольный список вывешен</translation>
    </message>
    <message>
        <source>last day for claims</source>
        <translation>последний день заявлений</translation>
    </message>
    <message>
        <source>last day for institution forms</source>
        <translation>последний день форм учреждений</translation>
    </message>
    <message>
        <source>final list on the portal</source>
        <translation>окончательный список на портале</translation>
    </message>
    <message>
        <source>final list published by the PEC</source>
        <translation>окончательный список опубликован УИК</translation>
    </message>
    <message>
        <source>Filed (%1)</source>
        <translation>Подано (%1)</translation>
    </message>
    <message>
        <source>The voter's record blocked until the decision</source>
        <translation>Данные избирателя заблокированы до решения</translation>
    </message>
    <message>
        <source>Sent to the TEC in batch %1</source>
        <translation>Отправлено в ТИК в выгрузке %1</translation>
    </message>
    <message>
        <source>Batch %1 acknowledged by the TEC</source>
        <translation>Выгрузка %1 подтверждена ТИК</translation>
    </message>
    <message>
        <source>No decision by the answer date: alert raised</source>
        <translation>Нет решения к сроку ответа: поднято оповещение</translation>
    </message>
    <message>
        <source>Decision of the TEC: %1</source>
        <translation>Решение ТИК: %1</translation>
    </message>
    <message>
        <source>Decision received; the voter's record released</source>
        <translation>Решение получено; данные избирателя разблокированы</translation>
    </message>
    <message>
        <source>Unlawfully collected data destroyed</source>
        <translation>Незаконно собранные данные уничтожены</translation>
    </message>
    <message>
        <source>Voter informed (%1)</source>
        <translation>Избиратель уведомлён (%1)</translation>
    </message>
    <message>
        <source>Report that the voter was informed sent in batch %1</source>
        <translation>Сведения об уведомлении избирателя отправлены в выгрузке %1</translation>
    </message>
</context>
<context>
    <name>ClaimsPage</name>
    <message>
        <source>Claims</source>
        <translation>Заявления</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Ответ до</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>(all statuses)</source>
        <translation>(все статусы)</translation>
    </message>
    <message>
        <source>(all types)</source>
        <translation>(все типы)</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Только &amp;просроченные</translation>
    </message>
    <message>
        <source>&amp;New claim…</source>
        <translation>&amp;Новое заявление…</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) past the answer date</source>
        <translation>
            <numerusform>%n заявление с истёкшим сроком ответа</numerusform>
            <numerusform>%n заявления с истёкшим сроком ответа</numerusform>
            <numerusform>%n заявлений с истёкшим сроком ответа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) due soon</source>
        <translation>
            <numerusform>%n заявление со сроком ответа близко</numerusform>
            <numerusform>%n заявления со сроком ответа близко</numerusform>
            <numerusform>%n заявлений со сроком ответа близко</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage: %1 (since %2).</source>
        <translation>Этап: %1 (с %2).</translation>
    </message>
    <message numerus="yes">
        <source>Next: %1 on %2, %n day(s) left.</source>
        <translation>
            <numerusform>Далее: %1, %2, остался %n день.</numerusform>
            <numerusform>Далее: %1, %2, осталось %n дня.</numerusform>
            <numerusform>Далее: %1, %2, осталось %n дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting day in %n day(s).</source>
        <translation>
            <numerusform>До дня голосования %n день.</numerusform>
            <numerusform>До дня голосования %n дня.</numerusform>
            <numerusform>До дня голосования %n дней.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfidentialBox</name>
    <message>
        <source>Confidential data</source>
        <translation>Конфиденциальные данные</translation>
    </message>
    <message>
        <source>Shown only when asked for; every view is recorded in the audit log.</source>
        <translation>Показываются только по запросу; каждый просмотр записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Show the PIN, date of birth, sex and address (recorded in the audit log); hidden after %1 s</source>
        <translation>Показать ПИН, дату рождения, пол и адрес (записывается в журнал аудита); скрываются через %1 с</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message numerus="yes">
        <source>Hidden again in %n s.</source>
        <translation>
            <numerusform>Снова скроются через %n с.</numerusform>
            <numerusform>Снова скроются через %n с.</numerusform>
            <numerusform>Снова скроются через %n с.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownBar</name>
    <message>
        <source>The screen locks in %1 s: move the mouse or press a key to stay.</source>
        <translation>Экран заблокируется через %1 с: пошевелите мышью или нажмите клавишу, чтобы продолжить работу.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose the date on the calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
</context>
<context>
    <name>DestroyBox</name>
    <message>
        <source>Destruction of the personal data</source>
        <translation>Уничтожение персональных данных</translation>
    </message>
    <message>
        <source>Destroys the voter list, the claims and every key that opens them on this computer, for good. The audit log is kept. Backups made here must be collected and destroyed as well.</source>
        <translation>Безвозвратно уничтожает список избирателей, заявления и все ключи, открывающие их на этом компьютере. Журнал аудита сохраняется. Резервные копии, сделанные здесь, тоже нужно собрать и уничтожить.</translation>
    </message>
    <message>
        <source>Type the precinct &amp;number:</source>
        <translation>Введите &amp;номер участка:</translation>
    </message>
    <message>
        <source>Reason for destroying &amp;early:</source>
        <translation>Причина &amp;досрочного уничтожения:</translation>
    </message>
    <message>
        <source>Needed only before the end of the retention period.</source>
        <translation>Нужна, только пока не истёк срок хранения.</translation>
    </message>
    <message>
        <source>Give up the claims and batches the TEC has not received or acknowledged yet</source>
        <translation>Отказаться от заявлений и пакетов, которые ТИК ещё не получила или не подтвердила</translation>
    </message>
    <message>
        <source>&amp;Destroy the personal data…</source>
        <translation>&amp;Уничтожить персональные данные…</translation>
    </message>
    <message>
        <source>Destroy the personal data of this precinct for good? Nothing on this computer can open it afterwards.</source>
        <translation>Безвозвратно уничтожить персональные данные этого участка? После этого ничто на этом компьютере не сможет их открыть.</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Уничтожить</translation>
    </message>
    <message>
        <source>The personal data of precinct %1 was destroyed: %2 voters, %3 claims. The audit log is kept.</source>
        <translation>Персональные данные участка %1 уничтожены: избирателей — %2, заявлений — %3. Журнал аудита сохранён.</translation>
    </message>
    <message>
        <source>Collect and destroy the backups made on this computer:</source>
        <translation>Соберите и уничтожьте резервные копии, сделанные на этом компьютере:</translation>
    </message>
    <message>
        <source>Type the precinct number %1 to confirm.</source>
        <translation>Для подтверждения введите номер участка %1.</translation>
    </message>
    <message>
        <source>The data is kept until %1. To destroy it earlier, write the reason here.</source>
        <translation>Данные хранятся до %1. Чтобы уничтожить их раньше, укажите здесь причину.</translation>
    </message>
    <message>
        <source>Claims not yet sent to the TEC: %1; batches the TEC has not acknowledged: %2. Export them and wait for the acknowledgement, or tick the box to give them up.</source>
        <translation>Заявлений, ещё не отправленных в ТИК: %1; пакетов, не подтверждённых ТИК: %2. Экспортируйте их и дождитесь подтверждения или отметьте флажок, чтобы отказаться от них.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>The list of voters to post at the precinct, by the calendar stage.</source>
        <translation>Список избирателей для вывешивания на участке, по этапу календаря.</translation>
    </message>
    <message>
        <source>A voter's own record, for the voter, approved by a second commission member.</source>
        <translation>Сведения избирателя о нём самом, для избирателя; утверждает второй член комиссии.</translation>
    </message>
    <message>
        <source>A reasoned refusal of a voter's request for their record.</source>
        <translation>Мотивированный отказ на запрос избирателя о его сведениях.</translation>
    </message>
</context>
<context>
    <name>DriveImport</name>
    <message>
        <source>the import</source>
        <translation>импорт</translation>
    </message>
</context>
<context>
    <name>DriveScan</name>
    <message>
        <source>the scan of a drive</source>
        <translation>проверка флешки</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>программа</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Drives and exchange</source>
        <translation>Флешки и обмен</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>There is no help for this screen yet.</source>
        <translation>Справки для этого экрана пока нет.</translation>
    </message>
    <message>
        <source>Help on this screen</source>
        <translation>Справка по этому экрану</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Election calendar</source>
        <translation>Календарь выборов</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>Exchange with the central system</source>
        <translation>Обмен с центральной системой</translation>
    </message>
    <message>
        <source>Security and storage</source>
        <translation>Безопасность и хранение</translation>
    </message>
    <message numerus="yes">
        <source>Claims filed per day, by status: the last %n day(s)</source>
        <translation>
            <numerusform>Заявления по дням и статусам: последний %n день</numerusform>
            <numerusform>Заявления по дням и статусам: последние %n дня</numerusform>
            <numerusform>Заявления по дням и статусам: последние %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>No claims were filed in these days.</source>
        <translation>В эти дни заявлений не подавали.</translation>
    </message>
</context>
<context>
    <name>HomeTexts</name>
    <message>
        <source>Stage: %1 (since %2).</source>
        <translation>Этап: %1 (с %2).</translation>
    </message>
    <message>
        <source>The calendar of the election has not started yet.</source>
        <translation>Календарь выборов ещё не начался.</translation>
    </message>
    <message numerus="yes">
        <source>Next deadline: %1 on %2, in %n day(s).</source>
        <translation>
            <numerusform>Следующий срок: %1, %2, через %n день.</numerusform>
            <numerusform>Следующий срок: %1, %2, через %n дня.</numerusform>
            <numerusform>Следующий срок: %1, %2, через %n дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting day in %n day(s).</source>
        <translation>
            <numerusform>До дня голосования %n день.</numerusform>
            <numerusform>До дня голосования %n дня.</numerusform>
            <numerusform>До дня голосования %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting day is today.</source>
        <translation>День голосования — сегодня.</translation>
    </message>
    <message>
        <source>Voting day has passed.</source>
        <translation>День голосования прошёл.</translation>
    </message>
    <message>
        <source>voting day</source>
        <translation>день голосования</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) in all</source>
        <translation>
            <numerusform>Всего %n заявление</numerusform>
            <numerusform>Всего %n заявления</numerusform>
            <numerusform>Всего %n заявлений</numerusform>
        </translation>
    </message>
    <message>
        <source>No claim is past its answer date or due soon.</source>
        <translation>Нет заявлений с истёкшим или подходящим сроком ответа.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) past the answer date</source>
        <translation>
            <numerusform>%n заявление с истёкшим сроком ответа</numerusform>
            <numerusform>%n заявления с истёкшим сроком ответа</numerusform>
            <numerusform>%n заявлений с истёкшим сроком ответа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) due soon</source>
        <translation>
            <numerusform>%n заявление: срок ответа скоро</numerusform>
            <numerusform>%n заявления: срок ответа скоро</numerusform>
            <numerusform>%n заявлений: срок ответа скоро</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): answer by %3</source>
        <translation>%1 (%2): ответ до %3</translation>
    </message>
    <message>
        <source>Antivirus signatures: TEST signatures — not protection</source>
        <translation>Антивирусные сигнатуры: ТЕСТОВЫЕ сигнатуры — не защита</translation>
    </message>
    <message>
        <source>Antivirus signatures: none installed — drives cannot be scanned</source>
        <translation>Антивирусные сигнатуры: не установлены — флешки проверить нельзя</translation>
    </message>
    <message>
        <source>Antivirus signatures: cannot be used — drives cannot be scanned</source>
        <translation>Антивирусные сигнатуры использовать нельзя — флешки проверить нельзя</translation>
    </message>
    <message>
        <source>Antivirus signatures: %1</source>
        <translation>Антивирусные сигнатуры: %1</translation>
    </message>
    <message numerus="yes">
        <source>Antivirus signatures: %1 (%n day(s) old)</source>
        <translation>
            <numerusform>Антивирусные сигнатуры: %1 (%n день назад)</numerusform>
            <numerusform>Антивирусные сигнатуры: %1 (%n дня назад)</numerusform>
            <numerusform>Антивирусные сигнатуры: %1 (%n дней назад)</numerusform>
        </translation>
    </message>
    <message>
        <source>No security alerts are waiting for review.</source>
        <translation>Нет предупреждений безопасности, ждущих рассмотрения.</translation>
    </message>
    <message numerus="yes">
        <source>%n security alert(s) waiting for review</source>
        <translation>
            <numerusform>%n предупреждение безопасности ждёт рассмотрения</numerusform>
            <numerusform>%n предупреждения безопасности ждут рассмотрения</numerusform>
            <numerusform>%n предупреждений безопасности ждут рассмотрения</numerusform>
        </translation>
    </message>
    <message>
        <source>The retention period ended on %1: the data is due for destruction.</source>
        <translation>Срок хранения истёк %1: данные подлежат уничтожению.</translation>
    </message>
    <message numerus="yes">
        <source>The data is kept until %1 (%n day(s) left).</source>
        <translation>
            <numerusform>Данные хранятся до %1 (остался %n день).</numerusform>
            <numerusform>Данные хранятся до %1 (осталось %n дня).</numerusform>
            <numerusform>Данные хранятся до %1 (осталось %n дней).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>PEC Desk is already open on this computer for this data folder. Switch to its window (it may be locked or minimised) instead of starting it again.</source>
        <translation>PEC Desk уже открыт на этом компьютере для этой папки данных. Не запускайте его повторно, а перейдите в его окно (оно может быть заблокировано или свёрнуто).</translation>
    </message>
</context>
<context>
    <name>JobBox</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <source>The workstation is locked</source>
        <translation>Рабочее место заблокировано</translation>
    </message>
    <message>
        <source>Only %1 can unlock it, with their own password.</source>
        <translation>Разблокировать его может только %1 своим паролем.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>&amp;Сменить пользователя</translation>
    </message>
    <message>
        <source>Log this session out and show the login window</source>
        <translation>Завершить этот сеанс и показать окно входа</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Выйти из &amp;программы</translation>
    </message>
    <message>
        <source>Log this session out and close PEC Desk</source>
        <translation>Завершить этот сеанс и закрыть PEC Desk</translation>
    </message>
    <message>
        <source>Still running: %1. The work goes on and is not cancelled; the data on the screen is put away when it ends, then you can unlock.</source>
        <translation>Ещё выполняется: %1. Работа продолжается и не отменяется; когда она закончится, данные на экране будут убраны, и можно будет разблокировать.</translation>
    </message>
    <message>
        <source>Finished while the screen was locked: %1.</source>
        <translation>Завершено, пока экран был заблокирован: %1.</translation>
    </message>
    <message>
        <source>Ended with an error while the screen was locked: %1. Open it again after unlocking.</source>
        <translation>Завершено с ошибкой, пока экран был заблокирован: %1. После разблокировки запустите снова.</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>&amp;Older events</source>
        <translation>&amp;Более ранние события</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>Все события</translation>
    </message>
    <message>
        <source>%1 events shown; older ones remain.</source>
        <translation>Показано событий: %1; есть более ранние.</translation>
    </message>
    <message>
        <source>%1 events shown.</source>
        <translation>Показано событий: %1.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>PEC Desk: log in</source>
        <translation>PEC Desk: вход</translation>
    </message>
    <message>
        <source>Precinct election commission workstation</source>
        <translation>Рабочее место участковой избирательной комиссии</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>L&amp;ogin:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Checking the password...</source>
        <translation>Проверка пароля...</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>The unfinished claim form of the last session was discarded.</source>
        <translation>Незаконченная форма заявления прошлого сеанса удалена.</translation>
    </message>
    <message>
        <source>You were logged out because nobody used the workstation for a long time.</source>
        <translation>Вы вышли из системы автоматически: рабочим местом долго никто не пользовался.</translation>
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation>Введите логин и пароль.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Сеанс</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Сменить мой &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Заблокировать экран</translation>
    </message>
    <message>
        <source>Log &amp;out / switch user</source>
        <translation>&amp;Выйти / сменить пользователя</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Выйти из &amp;программы</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Обмен</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Заявления</translation>
    </message>
    <message>
        <source>&amp;New claim…</source>
        <translation>&amp;Новое заявление…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <source>List for &amp;posting…</source>
        <translation>Список для &amp;вывешивания…</translation>
    </message>
    <message>
        <source>&amp;Subject-access extract…</source>
        <translation>&amp;Выписка для субъекта данных…</translation>
    </message>
    <message>
        <source>&amp;Refusal of a subject-access request…</source>
        <translation>&amp;Отказ по запросу субъекта данных…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PEC Desk</source>
        <translation>PEC Desk</translation>
    </message>
    <message>
        <source>%1 (%2), precinct %3</source>
        <translation>%1 (%2), участок %3</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
    <message>
        <source>Select the voter in the search list first.</source>
        <translation>Сначала выберите избирателя в списке поиска.</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <source>Drives</source>
        <translation>Флешки</translation>
    </message>
    <message>
        <source>Removable drives connected now:</source>
        <translation>Подключённые сейчас флешки:</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Флешка</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Владелец:</translation>
    </message>
    <message>
        <source>Full name of the person who keeps the drive</source>
        <translation>ФИО того, у кого хранится флешка</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Registered drives:</source>
        <translation>Зарегистрированные флешки:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Volume id</source>
        <translation>Идентификатор тома</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>&amp;Unregister</source>
        <translation>&amp;Снять с регистрации</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>не зарегистрирована</translation>
    </message>
    <message>
        <source>registered (holder: %1)</source>
        <translation>зарегистрирована (владелец: %1)</translation>
    </message>
    <message>
        <source>Warning: a device that is not a storage drive is connected (%1). Phones and other devices must not be connected to this computer: disconnect it. This is recorded in the audit log.</source>
        <translation>Внимание: подключено устройство, не являющееся накопителем (%1). Телефоны и другие устройства нельзя подключать к этому компьютеру: отключите его. Это записано в журнал аудита.</translation>
    </message>
    <message>
        <source>Antivirus signatures: TEST signatures — not protection</source>
        <translation>Антивирусные сигнатуры: ТЕСТОВЫЕ сигнатуры — не защита</translation>
    </message>
    <message>
        <source>Antivirus signatures: none installed — drives cannot be scanned</source>
        <translation>Антивирусные сигнатуры: не установлены — флешки проверить нельзя</translation>
    </message>
    <message>
        <source>Antivirus signatures: cannot be used (%1) — drives cannot be scanned</source>
        <translation>Антивирусные сигнатуры нельзя использовать (%1) — флешки проверить нельзя</translation>
    </message>
    <message>
        <source>Antivirus signatures: %1</source>
        <translation>Антивирусные сигнатуры: %1</translation>
    </message>
    <message numerus="yes">
        <source>Antivirus signatures: %1 (%n day(s) old)</source>
        <translation>
            <numerusform>Антивирусные сигнатуры: %1 (%n день назад)</numerusform>
            <numerusform>Антивирусные сигнатуры: %1 (%n дня назад)</numerusform>
            <numerusform>Антивирусные сигнатуры: %1 (%n дней назад)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation>Одноразовый пароль</translation>
    </message>
    <message>
        <source>The one-time password of %1 (%2):</source>
        <translation>Одноразовый пароль для %1 (%2):</translation>
    </message>
    <message>
        <source>Hand it to its holder in person. It will not be shown again: once this window is closed, only a new reset gives another. The holder must choose their own password at the first login.</source>
        <translation>Передайте его владельцу лично. Он больше не будет показан: после закрытия окна новый пароль даст только новый сброс. При первом входе владелец должен выбрать свой пароль.</translation>
    </message>
    <message>
        <source>I have handed it over</source>
        <translation>Я его передал(а)</translation>
    </message>
</context>
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <source>PEC Desk: change your password</source>
        <translation>PEC Desk: смена пароля</translation>
    </message>
    <message>
        <source>%1, your password was issued for one use only. Choose your own password before you start work.</source>
        <translation>%1, ваш пароль выдан только для однократного входа. Перед началом работы задайте собственный пароль.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Повторите новый пароль:</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>Cancel and log out</source>
        <translation>Отменить и выйти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1, type your current password, then your new password twice.</source>
        <translation>%1, введите текущий пароль, затем дважды новый.</translation>
    </message>
    <message>
        <source>The new password needs at least 8 characters: upper-case and lower-case Latin letters, a digit and a special character such as ! # % or -. It must not contain your login or your name, must not be a common password and must differ from your last 5 passwords.</source>
        <translation>Новый пароль — не менее 8 символов: заглавные и строчные латинские буквы, цифра и спецсимвол, например ! # % или -. Он не должен содержать ваш логин или имя, не должен быть распространённым паролем и должен отличаться от ваших последних 5 паролей.</translation>
    </message>
    <message>
        <source>Fill in all three fields and type the same new password twice.</source>
        <translation>Заполните все три поля и дважды введите один и тот же новый пароль.</translation>
    </message>
    <message>
        <source>It is shorter than 8 characters.</source>
        <translation>Короче 8 символов.</translation>
    </message>
    <message>
        <source>It is longer than 128 characters.</source>
        <translation>Длиннее 128 символов.</translation>
    </message>
    <message>
        <source>It has no upper-case Latin letter (A-Z).</source>
        <translation>Нет заглавной латинской буквы (A-Z).</translation>
    </message>
    <message>
        <source>It has no lower-case Latin letter (a-z).</source>
        <translation>Нет строчной латинской буквы (a-z).</translation>
    </message>
    <message>
        <source>It has no digit (0-9).</source>
        <translation>Нет цифры (0-9).</translation>
    </message>
    <message>
        <source>It has no special character such as ! # % or -.</source>
        <translation>Нет спецсимвола, например ! # % или -.</translation>
    </message>
    <message>
        <source>It contains your login.</source>
        <translation>Содержит ваш логин.</translation>
    </message>
    <message>
        <source>It contains your name.</source>
        <translation>Содержит ваше имя.</translation>
    </message>
    <message>
        <source>It is a common password that is easy to guess.</source>
        <translation>Это распространённый пароль, его легко угадать.</translation>
    </message>
    <message>
        <source>It is one of your last 5 passwords.</source>
        <translation>Совпадает с одним из ваших последних 5 паролей.</translation>
    </message>
</context>
<context>
    <name>PostingListDialog</name>
    <message>
        <source>List for posting</source>
        <translation>Список для вывешивания</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>preliminary list</source>
        <translation>предварительный список</translation>
    </message>
    <message>
        <source>control list</source>
        <translation>контрольный список</translation>
    </message>
    <message>
        <source>final list</source>
        <translation>окончательный список</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Record No.:</source>
        <translation>Запись №:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close the record (Esc)</source>
        <translation>Закрыть запись (Esc)</translation>
    </message>
    <message>
        <source>Esc: close the record.</source>
        <translation>Esc: закрыть запись.</translation>
    </message>
    <message>
        <source>Ctrl+N: file a claim for this voter.</source>
        <translation>Ctrl+N: принять заявление по этому избирателю.</translation>
    </message>
    <message>
        <source>%1 (claim %2)</source>
        <translation>%1 (заявление %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) on the list have this same name.</source>
        <translation>
            <numerusform>В списке %n избиратель с точно таким же ФИО.</numerusform>
            <numerusform>В списке %n избирателя с точно таким же ФИО.</numerusform>
            <numerusform>В списке %n избирателей с точно таким же ФИО.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is record No. %1; the others: %2.</source>
        <translation>Это запись №%1; остальные: %2.</translation>
    </message>
    <message>
        <source>To be sure it is the right person, type the PIN from the passport into the search box, or compare the date of birth and address.</source>
        <translation>Чтобы не ошибиться, введите ПИН из паспорта в поле поиска или сравните дату рождения и адрес.</translation>
    </message>
    <message>
        <source>To be sure it is the right person, type the PIN from the passport into the search box.</source>
        <translation>Чтобы не ошибиться, введите ПИН из паспорта в поле поиска.</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Refusal of a subject-access request</source>
        <translation>Отказ по запросу субъекта данных</translation>
    </message>
    <message>
        <source>Applicant's &amp;full name:</source>
        <translation>&amp;ФИО заявителя:</translation>
    </message>
    <message>
        <source>&amp;Reason for the refusal:</source>
        <translation>&amp;Причина отказа:</translation>
    </message>
</context>
<context>
    <name>RestoreBox</name>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Puts a backup of this precinct made on this computer in place of the current data. The whole file is checked first; nothing changes if any check fails.</source>
        <translation>Заменяет текущие данные резервной копией этого участка, сделанной на этом компьютере. Сначала проверяется весь файл; если какая-либо проверка не пройдена, ничего не меняется.</translation>
    </message>
    <message>
        <source>C&amp;hoose the backup file…</source>
        <translation>&amp;Выбрать файл резервной копии…</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Ваш &amp;пароль:</translation>
    </message>
    <message>
        <source>Restore even if the backup is older than the current data (the changes made since are lost)</source>
        <translation>Восстановить, даже если копия старше текущих данных (изменения, сделанные после неё, будут потеряны)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>No backup file chosen.</source>
        <translation>Файл резервной копии не выбран.</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Выберите файл резервной копии</translation>
    </message>
    <message>
        <source>Backups (*.pecbak)</source>
        <translation>Резервные копии (*.pecbak)</translation>
    </message>
    <message>
        <source>Type your password: the restore opens the backup with it.</source>
        <translation>Введите свой пароль: восстановление открывает им резервную копию.</translation>
    </message>
    <message>
        <source>Replace the current data with the backup %1? Your session ends afterwards and you log in again.</source>
        <translation>Заменить текущие данные резервной копией %1? После этого ваш сеанс завершится, и вы войдёте снова.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Восстановить копию</translation>
    </message>
    <message>
        <source>The backup of %1 was restored.</source>
        <translation>Резервная копия от %1 восстановлена.</translation>
    </message>
    <message>
        <source>Changes given up: %1.</source>
        <translation>Потеряно изменений: %1.</translation>
    </message>
    <message>
        <source>This backup is older than the current data: %1 changes were recorded since it was made (%2). To restore it knowingly, tick the box above and restore again.</source>
        <translation>Эта копия старше текущих данных: после её создания (%2) записано изменений: %1. Чтобы восстановить её сознательно, отметьте флажок выше и восстановите снова.</translation>
    </message>
</context>
<context>
    <name>SamplePanel</name>
    <message>
        <source>A random sample of the system administrators' actions not reviewed yet.</source>
        <translation>Случайная выборка ещё не рассмотренных действий системных администраторов.</translation>
    </message>
    <message>
        <source>&amp;Draw a sample</source>
        <translation>&amp;Сделать выборку</translation>
    </message>
    <message>
        <source>What the review of these actions found</source>
        <translation>Что показало рассмотрение этих действий</translation>
    </message>
    <message>
        <source>Record the re&amp;view</source>
        <translation>Записать &amp;рассмотрение</translation>
    </message>
    <message>
        <source>%1 actions drawn.</source>
        <translation>Выбрано действий: %1.</translation>
    </message>
    <message>
        <source>Every action of the system administrators has been reviewed.</source>
        <translation>Все действия системных администраторов рассмотрены.</translation>
    </message>
    <message>
        <source>The review of %1 actions is recorded.</source>
        <translation>Рассмотрение действий (%1) записано.</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Checking the files against the rules</source>
        <translation>Проверка файлов по правилам</translation>
    </message>
    <message>
        <source>Copying the files into the private staging area</source>
        <translation>Копирование файлов в закрытую промежуточную папку</translation>
    </message>
    <message>
        <source>Antivirus check</source>
        <translation>Антивирусная проверка</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <source>Scan of a drive</source>
        <translation>Проверка флешки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Scanning %1... Nothing is read from it until the scan ends.</source>
        <translation>Проверка %1... Пока проверка не закончится, с неё ничего не читается.</translation>
    </message>
    <message>
        <source>Stopping the scan of %1...</source>
        <translation>Остановка проверки %1...</translation>
    </message>
    <message>
        <source>The scan of %1 did not finish</source>
        <translation>Проверка %1 не завершилась</translation>
    </message>
    <message>
        <source>Scan report: %1</source>
        <translation>Отчёт о проверке: %1</translation>
    </message>
    <message>
        <source>It stopped on an unexpected error; nothing from the drive is used.</source>
        <translation>Остановлено из-за непредвиденной ошибки; ничего с флешки не используется.</translation>
    </message>
    <message>
        <source>Reason code: %1</source>
        <translation>Код причины: %1</translation>
    </message>
    <message>
        <source>The scan was cancelled. Nothing from the drive is used.</source>
        <translation>Проверка отменена. Ничего с флешки не используется.</translation>
    </message>
    <message>
        <source>Result: clean. Nothing harmful was found.</source>
        <translation>Результат: чисто. Ничего вредоносного не найдено.</translation>
    </message>
    <message>
        <source>Result: infected. Nothing from the drive is used.</source>
        <translation>Результат: заражено. Ничего с флешки не используется.</translation>
    </message>
    <message>
        <source>Result: refused. Nothing from the drive is used.</source>
        <translation>Результат: отказано. Ничего с флешки не используется.</translation>
    </message>
    <message>
        <source>Result: the drive could not be scanned. Nothing from it is used.</source>
        <translation>Результат: флешку проверить не удалось. Ничего с неё не используется.</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Файлов: %1</translation>
    </message>
    <message>
        <source>Bytes: %1</source>
        <translation>Байт: %1</translation>
    </message>
    <message>
        <source>Duration: %1 s</source>
        <translation>Длительность: %1 с</translation>
    </message>
    <message>
        <source>Antivirus engines:</source>
        <translation>Антивирусные движки:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>%1 %2, signatures %3 (%4)</source>
        <translation>%1 %2, сигнатуры %3 (%4)</translation>
    </message>
    <message>
        <source>Why it could not be scanned: %1</source>
        <translation>Почему проверка невозможна: %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Находок: %1</translation>
    </message>
    <message>
        <source>... and %1 more (all of them are in the kept report)</source>
        <translation>... и ещё %1 (все они в сохранённом отчёте)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Surname and name, in Cyrillic or Latin letters</source>
        <translation>Фамилия и имя, кириллицей или латиницей</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Down: to the results. Enter: open the selected or the first voter.</source>
        <translation>Стрелка вниз (↓): к результатам. Enter: открыть выбранного или первого избирателя.</translation>
    </message>
    <message>
        <source>Enter or double-click: open the voter.</source>
        <translation>Enter или двойной щелчок: открыть избирателя.</translation>
    </message>
    <message>
        <source>Ctrl+C: copy the selected rows.</source>
        <translation>Ctrl+C: копировать выбранные строки.</translation>
    </message>
    <message>
        <source>Ctrl+N: file a claim for the selected voter.</source>
        <translation>Ctrl+N: принять заявление по выбранному избирателю.</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) on the precinct list</source>
        <translation>
            <numerusform>%n избиратель в списке участка</numerusform>
            <numerusform>%n избирателя в списке участка</numerusform>
            <numerusform>%n избирателей в списке участка</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a few letters of the surname or the name.</source>
        <translation>Введите несколько букв фамилии или имени.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n found: type more of the name.</source>
        <translation>
            <numerusform>Найдено больше %n: введите имя подробнее.</numerusform>
            <numerusform>Найдено больше %n: введите имя подробнее.</numerusform>
            <numerusform>Найдено больше %n: введите имя подробнее.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>Найдено: %n</numerusform>
            <numerusform>Найдено: %n</numerusform>
            <numerusform>Найдено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied; the clipboard is cleared in %1 s.</source>
        <translation>
            <numerusform>Скопирована %n строка; буфер обмена будет очищен через %1 с.</numerusform>
            <numerusform>Скопировано %n строки; буфер обмена будет очищен через %1 с.</numerusform>
            <numerusform>Скопировано %n строк; буфер обмена будет очищен через %1 с.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfCheckBox</name>
    <message>
        <source>Self-check and retention</source>
        <translation>Самопроверка и срок хранения</translation>
    </message>
    <message>
        <source>&amp;Check the store</source>
        <translation>&amp;Проверить базу данных</translation>
    </message>
    <message>
        <source>Also check every page of the store (slower)</source>
        <translation>Проверить также каждую страницу базы (медленнее)</translation>
    </message>
    <message>
        <source>The retention period ended on %1: the personal data has served its purpose and the chair destroys it on this page.</source>
        <translation>Срок хранения истёк %1: персональные данные выполнили свою цель, председатель уничтожает их на этой странице.</translation>
    </message>
    <message>
        <source>The personal data is kept until %1 (days left: %2).</source>
        <translation>Персональные данные хранятся до %1 (осталось дней: %2).</translation>
    </message>
    <message>
        <source>The store is encrypted with SQLCipher %1 (%2), SQLite %3.</source>
        <translation>База данных зашифрована SQLCipher %1 (%2), SQLite %3.</translation>
    </message>
    <message>
        <source>%1 Pages that fail their check: %2. The store is damaged: restore the last backup.</source>
        <translation>%1 Страниц, не прошедших проверку: %2. База данных повреждена: восстановите последнюю резервную копию.</translation>
    </message>
    <message>
        <source>%1 This is not SQLCipher 4: the store cannot be trusted.</source>
        <translation>%1 Это не SQLCipher 4: базе данных нельзя доверять.</translation>
    </message>
    <message>
        <source>%1 Every page passed its check.</source>
        <translation>%1 Каждая страница прошла проверку.</translation>
    </message>
    <message>
        <source>%1 The store is sound.</source>
        <translation>%1 База данных исправна.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Display</source>
        <translation>Отображение</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Размер текста:</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <source>Subject-access extract</source>
        <translation>Выписка для субъекта данных</translation>
    </message>
    <message>
        <source>Confidential data: the chair or the secretary (not you) approves with their password.</source>
        <translation>Конфиденциальные данные: председатель или секретарь (не вы) подтверждает своим паролем.</translation>
    </message>
    <message>
        <source>Voter:</source>
        <translation>Избиратель:</translation>
    </message>
    <message>
        <source>Approver's &amp;login:</source>
        <translation>&amp;Логин подтверждающего:</translation>
    </message>
    <message>
        <source>Approver's pass&amp;word:</source>
        <translation>&amp;Пароль подтверждающего:</translation>
    </message>
    <message>
        <source>Subject-access extract: %1</source>
        <translation>Выписка для субъекта данных: %1</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Exchange with the central system</source>
        <translation>Обмен с центральной системой</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>Проверка %1...</translation>
    </message>
    <message>
        <source>Nothing is changed yet.</source>
        <translation>Пока ничего не изменено.</translation>
    </message>
    <message>
        <source>Applying %1...</source>
        <translation>Применение %1...</translation>
    </message>
    <message>
        <source>Making the batch for the central system...</source>
        <translation>Формирование выгрузки для центральной системы...</translation>
    </message>
    <message>
        <source>It stopped on an unexpected error. Check the status lines before you try again.</source>
        <translation>Остановлено из-за непредвиденной ошибки. Прежде чем повторить, проверьте строки состояния.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Остановлено: %1</translation>
    </message>
    <message>
        <source>Reason code: %1</source>
        <translation>Код причины: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отказано: %1</translation>
    </message>
    <message>
        <source>Export the batch to a registered drive</source>
        <translation>Записать пакет на зарегистрированную флешку</translation>
    </message>
    <message>
        <source>Import from a registered drive</source>
        <translation>Импорт с зарегистрированной флешки</translation>
    </message>
    <message>
        <source>No removable drive is connected. Connect the registered drive and try again.</source>
        <translation>Ни одна флешка не подключена. Подключите зарегистрированную флешку и повторите.</translation>
    </message>
    <message>
        <source>Choose the drive:</source>
        <translation>Выберите флешку:</translation>
    </message>
    <message>
        <source>Stopping the scan of %1...</source>
        <translation>Остановка проверки %1...</translation>
    </message>
    <message>
        <source>Scanning %1... Nothing is read from it until the scan ends.</source>
        <translation>Проверка %1... Пока проверка не закончится, с неё ничего не читается.</translation>
    </message>
    <message>
        <source>%1 is clean</source>
        <translation>%1: чисто</translation>
    </message>
    <message>
        <source>Choose the envelope to check:</source>
        <translation>Выберите конверт для проверки:</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <source>The scan was cancelled. Nothing from the drive is used.</source>
        <translation>Проверка отменена. Ничего с флешки не используется.</translation>
    </message>
    <message>
        <source>Nothing to import: %1</source>
        <translation>Нечего импортировать: %1</translation>
    </message>
    <message>
        <source>The drive is clean, but it holds no envelope from the central system (*.pecenv).</source>
        <translation>Флешка чистая, но на ней нет конверта от центральной системы (*.pecenv).</translation>
    </message>
    <message>
        <source>C&amp;heck the envelope</source>
        <translation>&amp;Проверить конверт</translation>
    </message>
    <message>
        <source>&amp;Write the batch</source>
        <translation>&amp;Записать пакет</translation>
    </message>
    <message>
        <source>&amp;Scan the drive</source>
        <translation>&amp;Проверить флешку</translation>
    </message>
    <message>
        <source>Package no. %1 from the central system (%2)</source>
        <translation>Пакет № %1 от центральной системы (%2)</translation>
    </message>
    <message>
        <source>Update no. %1 from the central system (%2)</source>
        <translation>Обновление № %1 от центральной системы (%2)</translation>
    </message>
    <message>
        <source>This envelope was applied before; nothing will change.</source>
        <translation>Этот файл уже применён; ничего не изменится.</translation>
    </message>
    <message>
        <source>If you apply it, this changes:</source>
        <translation>Если применить, изменится:</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Применено:</translation>
    </message>
    <message>
        <source>Nothing is changed until you press Apply.</source>
        <translation>Пока вы не нажмёте «Применить», ничего не меняется.</translation>
    </message>
    <message numerus="yes">
        <source>%n new voter(s)</source>
        <translation>
            <numerusform>%n новый избиратель</numerusform>
            <numerusform>%n новых избирателя</numerusform>
            <numerusform>%n новых избирателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed voter(s)</source>
        <translation>
            <numerusform>%n изменённый избиратель</numerusform>
            <numerusform>%n изменённых избирателя</numerusform>
            <numerusform>%n изменённых избирателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed voter(s)</source>
        <translation>
            <numerusform>%n исключённый избиратель</numerusform>
            <numerusform>%n исключённых избирателя</numerusform>
            <numerusform>%n исключённых избирателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) on claims</source>
        <translation>
            <numerusform>%n решение по заявлениям</numerusform>
            <numerusform>%n решения по заявлениям</numerusform>
            <numerusform>%n решений по заявлениям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new account(s)</source>
        <translation>
            <numerusform>%n новая учётная запись</numerusform>
            <numerusform>%n новые учётные записи</numerusform>
            <numerusform>%n новых учётных записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) acknowledged by the central system</source>
        <translation>
            <numerusform>Выгрузок, подтверждённых центральной системой: %n</numerusform>
            <numerusform>Выгрузок, подтверждённых центральной системой: %n</numerusform>
            <numerusform>Выгрузок, подтверждённых центральной системой: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration point(s)</source>
        <translation>
            <numerusform>%n пункт регистрации</numerusform>
            <numerusform>%n пункта регистрации</numerusform>
            <numerusform>%n пунктов регистрации</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n настройка</numerusform>
            <numerusform>%n настройки</numerusform>
            <numerusform>%n настроек</numerusform>
        </translation>
    </message>
    <message>
        <source>new trusted keys of the central system (no. %1)</source>
        <translation>новые доверенные ключи центральной системы (№ %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged batch(es) written again</source>
        <translation>
            <numerusform>%n неподтверждённая выгрузка записана повторно</numerusform>
            <numerusform>%n неподтверждённые выгрузки записаны повторно</numerusform>
            <numerusform>%n неподтверждённых выгрузок записаны повторно</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the files to the central system: it takes each batch it has not seen yet, in order.</source>
        <translation>Отнесите файлы в центральную систему: она примет по порядку каждую выгрузку, которую ещё не получала.</translation>
    </message>
    <message>
        <source>Batch no. %1 is written</source>
        <translation>Выгрузка № %1 записана</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n заявление</numerusform>
            <numerusform>%n заявления</numerusform>
            <numerusform>%n заявлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of voter status</source>
        <translation>
            <numerusform>Изменений статуса избирателей: %n</numerusform>
            <numerusform>Изменений статуса избирателей: %n</numerusform>
            <numerusform>Изменений статуса избирателей: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s)</source>
        <translation>
            <numerusform>%n событие аудита</numerusform>
            <numerusform>%n события аудита</numerusform>
            <numerusform>%n событий аудита</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Take the file to the central system; its next update acknowledges the batch.</source>
        <translation>Доставьте файл в центральную систему; её следующее обновление подтвердит выгрузку.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>&amp;Import from central...</source>
        <translation>&amp;Импорт из центральной системы...</translation>
    </message>
    <message>
        <source>&amp;Export batch...</source>
        <translation>&amp;Сформировать выгрузку...</translation>
    </message>
    <message>
        <source>Import from a registered &amp;drive...</source>
        <translation>Импорт с зарегистрированной &amp;флешки...</translation>
    </message>
    <message>
        <source>Export the batch to a registered d&amp;rive...</source>
        <translation>Записать пакет на зарегистрированную ф&amp;лешку...</translation>
    </message>
    <message>
        <source>Write the &amp;unacknowledged batches again...</source>
        <translation>Записать &amp;неподтверждённые выгрузки повторно...</translation>
    </message>
    <message>
        <source>Choose an envelope from the central system</source>
        <translation>Выберите файл от центральной системы</translation>
    </message>
    <message>
        <source>Envelopes (*.pecenv)</source>
        <translation>Конверты (*.pecenv)</translation>
    </message>
    <message>
        <source>the import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>Choose the folder for the batch (the flash drive to the central system)</source>
        <translation>Выберите папку для выгрузки (флешку для центральной системы)</translation>
    </message>
    <message>
        <source>Choose the folder for the batches (the flash drive to the central system)</source>
        <translation>Выберите папку для выгрузок (флешку для центральной системы)</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>экспорт</translation>
    </message>
</context>
<context>
    <name>SyncStatusLines</name>
    <message>
        <source>Nothing has been imported from the central system yet.</source>
        <translation>Из центральной системы пока ничего не импортировано.</translation>
    </message>
    <message>
        <source>Last envelope from the central system: no. %1, imported %2</source>
        <translation>Последний файл от центральной системы: № %1, импортирован %2</translation>
    </message>
    <message>
        <source>No batch has been made for the central system yet.</source>
        <translation>Выгрузок для центральной системы ещё не было.</translation>
    </message>
    <message>
        <source>Last batch: no. %1, made %2; acknowledged by the central system %3</source>
        <translation>Последняя выгрузка: № %1, создана %2; подтверждена центральной системой %3</translation>
    </message>
    <message>
        <source>Last batch: no. %1, made %2; not yet acknowledged by the central system</source>
        <translation>Последняя выгрузка: № %1, создана %2; центральная система ещё не подтвердила</translation>
    </message>
</context>
<context>
    <name>VoterTableModel</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Blocked (claim %1)</source>
        <translation>Заблокирован (заявление %1)</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>В списке</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Исключён</translation>
    </message>
</context>
<context>
    <name>VotersPage</name>
    <message>
        <source>Voters</source>
        <translation>Избиратели</translation>
    </message>
</context>
<context>
    <name>_DocumentDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Cancelled: nothing was printed.</source>
        <translation>Отменено: ничего не напечатано.</translation>
    </message>
</context>
</TS>