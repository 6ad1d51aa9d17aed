<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ky_KG">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Каттоо жазуулары</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation>Каттоо жазуусун &amp;кошуу…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Өчүрүү…</translation>
    </message>
    <message>
        <source>&amp;Reset the password…</source>
        <translation>Сырсөздү &amp;жаңыртуу…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Бөгөттөн чыгаруу</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>өчүрүлгөн</translation>
    </message>
    <message>
        <source>locked out after wrong passwords</source>
        <translation>туура эмес сырсөздөрдөн улам бөгөттөлгөн</translation>
    </message>
    <message>
        <source>active; the one-time password is not changed yet</source>
        <translation>иштейт; бир жолку сырсөз али алмаштырыла элек</translation>
    </message>
    <message>
        <source>active</source>
        <translation>иштейт</translation>
    </message>
    <message>
        <source>The account %1 was added.</source>
        <translation>%1 каттоо жазуусу кошулду.</translation>
    </message>
    <message>
        <source>Disable the account %1 (%2)? Its password will no longer open anything; this cannot be undone here.</source>
        <translation>%1 (%2) каттоо жазуусун өчүрөсүзбү? Анын сырсөзү мындан ары эч нерсе ачпайт; муну бул жерден артка кайтарууга болбойт.</translation>
    </message>
    <message>
        <source>Disable the account</source>
        <translation>Каттоо жазуусун өчүрүү</translation>
    </message>
    <message>
        <source>Give %1 (%2) a new one-time password? The current password stops working at once.</source>
        <translation>%1 (%2) үчүн жаңы бир жолку сырсөз берилсинби? Азыркы сырсөз дароо иштебей калат.</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Сырсөздү жаңыртуу</translation>
    </message>
    <message>
        <source>The account %1 was unlocked.</source>
        <translation>%1 каттоо жазуусу бөгөттөн чыгарылды.</translation>
    </message>
    <message>
        <source>The account %1 was disabled.</source>
        <translation>%1 каттоо жазуусу өчүрүлдү.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>%1 сырсөзү жаңыртылды.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Жаңы каттоо жазуусу</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөнү:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ролу:</translation>
    </message>
    <message>
        <source>Latin letters, digits, . _ -</source>
        <translation>латын тамгалары, сандар, . _ -</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Каттоо жазуусун кошуу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
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
        <translation>Убакыт (UTC)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Эреже</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Эмнеге тиешелүү</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Чоо-жайы</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Кароо</translation>
    </message>
    <message>
        <source>What was done about the selected alert</source>
        <translation>Тандалган эскертүү боюнча эмне жасалды</translation>
    </message>
    <message>
        <source>&amp;Record the review</source>
        <translation>Кароону &amp;жазуу</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ачык</translation>
    </message>
    <message>
        <source>The review of alert %1 is recorded.</source>
        <translation>%1-эскертүүнү кароо жазылды.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>Чынжырды &amp;текшерүү</translation>
    </message>
    <message>
        <source>&amp;Export (NIST 1500-101)…</source>
        <translation>&amp;Экспорттоо (NIST 1500-101)…</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Administrators' actions</source>
        <translation>Администраторлордун аракеттери</translation>
    </message>
    <message>
        <source>Audit and alerts</source>
        <translation>Аудит жана эскертүүлөр</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Чынжыр текшерилүүдө…</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 events, the last one signed at event %2.</source>
        <translation>Аудит чынжыры бүтүн: %1 окуя, акыркы кол коюлганы %2-окуяда.</translation>
    </message>
    <message>
        <source>The audit chain is BROKEN: %1 problems. The first, at event %2: %3</source>
        <translation>Аудит чынжыры БУЗУЛГАН: %1 көйгөй. Биринчиси, %2-окуяда: %3</translation>
    </message>
    <message>
        <source>an event was changed after it was written.</source>
        <translation>окуя жазылгандан кийин өзгөртүлгөн.</translation>
    </message>
    <message>
        <source>events were deleted, inserted or reordered.</source>
        <translation>окуялар өчүрүлгөн, кошулган же ирети алмаштырылган.</translation>
    </message>
    <message>
        <source>an event number is missing.</source>
        <translation>окуянын номери жок.</translation>
    </message>
    <message>
        <source>the log ends before its last signed point: events were cut off.</source>
        <translation>журнал акыркы кол коюлган жеринен мурда бүтөт: окуялар кесилген.</translation>
    </message>
    <message>
        <source>the log differs from what was signed.</source>
        <translation>журнал кол коюлгандан айырмаланат.</translation>
    </message>
    <message>
        <source>a signature of the log is forged.</source>
        <translation>журналдын колу жасалма.</translation>
    </message>
    <message>
        <source>the log is older than this computer has seen: it was rolled back.</source>
        <translation>журнал бул компьютер көргөндөн эскирээк: ал артка кайтарылган.</translation>
    </message>
    <message>
        <source>Folder for the audit log export</source>
        <translation>Аудит журналын экспорттоо үчүн папка</translation>
    </message>
    <message>
        <source>Writing the audit log…</source>
        <translation>Аудит журналы жазылууда…</translation>
    </message>
    <message>
        <source>Written: %1 (%2 events, readable only by you).</source>
        <translation>Жазылды: %1 (%2 окуя, аны сиз гана окуй аласыз).</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Эскертүүлөр (%1)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Эскертүүлөр</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>Backup</source>
        <translation>Камдык көчүрмө</translation>
    </message>
    <message>
        <source>An encrypted copy of the store, written to a registered flash drive connected now.</source>
        <translation>Маалымат базасынын шифрленген көчүрмөсү, азыр туташкан катталган флешкага жазылат.</translation>
    </message>
    <message>
        <source>Look for &amp;drives</source>
        <translation>&amp;Флешкаларды издөө</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Азыр көчүрмө жасоо</translation>
    </message>
    <message>
        <source>No registered drive is connected. Connect one and click “Look for drives”.</source>
        <translation>Катталган флешка туташкан эмес. Аны туташтырып, «Флешкаларды издөө» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>Registered drives connected: %1.</source>
        <translation>Туташкан катталган флешкалар: %1.</translation>
    </message>
    <message>
        <source>Drives connected but not registered: %1 (the chair or the secretary registers them).</source>
        <translation>Туташкан, бирок катталбаган флешкалар: %1 (аларды төрага же катчы каттайт).</translation>
    </message>
    <message>
        <source>The backup was written to %1 on %2: %3 bytes, SHA-256 %4. Keep the drive in a safe place.</source>
        <translation>Камдык көчүрмө %2 флешкасына %1 болуп жазылды: %3 байт, SHA-256 %4. Флешканы коопсуз жерде сактаңыз.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backup and recovery</source>
        <translation>Камдык көчүрмө жана калыбына келтирүү</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <source>Your session has ended: the data this window opened is no longer there. Log out now.</source>
        <translation>Сеансыңыз бүттү: бул терезе ачкан маалыматтар мындан ары жок. Азыр чыгыңыз.</translation>
    </message>
</context>
<context>
    <name>BuildLabel</name>
    <message>
        <source>Development build</source>
        <translation>Сыноо курамы</translation>
    </message>
    <message>
        <source>Test switches are on in this build. It is for training and testing, not for a polling station.</source>
        <translation>Бул курамда сыноо жөндөөлөрү күйгүзүлгөн. Ал окутуу жана сыноо үчүн, шайлоо участогу үчүн эмес.</translation>
    </message>
</context>
<context>
    <name>CaptureLabel</name>
    <message>
        <source>Screen capture blocked</source>
        <translation>Экранды тартуу бөгөттөлгөн</translation>
    </message>
    <message>
        <source>Screen capture cannot be blocked on this system</source>
        <translation>Бул системада экранды тартууну бөгөттөөгө болбойт</translation>
    </message>
    <message>
        <source>Screen capture could not be blocked</source>
        <translation>Экранды тартууну бөгөттөө ишке ашкан жок</translation>
    </message>
    <message>
        <source>Photographing or filming the screen is forbidden.</source>
        <translation>Экранды сүрөткө же видеого тартууга тыюу салынат.</translation>
    </message>
</context>
<context>
    <name>ClaimDetail</name>
    <message>
        <source>Type:</source>
        <translation>Түрү:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Абалы:</translation>
    </message>
    <message>
        <source>Filed:</source>
        <translation>Берилди:</translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation>Жооп мөөнөтү:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Чечим:</translation>
    </message>
    <message>
        <source>Voter informed:</source>
        <translation>Шайлоочуга кабарланды:</translation>
    </message>
    <message>
        <source>Receipts printed:</source>
        <translation>Басылган талондор:</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Тиркелген файлдар:</translation>
    </message>
    <message>
        <source>Choose a claim in the list to see it here.</source>
        <translation>Бул жерде көрүү үчүн тизмеден арызды тандаңыз.</translation>
    </message>
    <message>
        <source>&amp;Show what was filed</source>
        <translation>Арызда эмне берилгенин &amp;көрсөтүү</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарыхы</translation>
    </message>
    <message>
        <source>Re&amp;print the receipt</source>
        <translation>Талонду &amp;кайра басуу</translation>
    </message>
    <message>
        <source>&amp;Answer letter…</source>
        <translation>&amp;Жооп кат…</translation>
    </message>
    <message>
        <source>Mark the voter in&amp;formed</source>
        <translation>Шайлоочуга &amp;кабарланды деп белгилөө</translation>
    </message>
    <message>
        <source>Receipt for claim %1 (duplicate)</source>
        <translation>%1 арызынын талону (дубликат)</translation>
    </message>
    <message>
        <source>Answer to claim %1</source>
        <translation>%1 арызына жооп</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>%1 арызы</translation>
    </message>
    <message>
        <source>%1, %2, by %3</source>
        <translation>%1, %2, кабыл алган: %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>азырынча жок</translation>
    </message>
    <message>
        <source>Contact for the answer: %1</source>
        <translation>Жооп үчүн байланыш: %1</translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation>Мекеме: %1</translation>
    </message>
    <message>
        <source>Contact-centre check: %1</source>
        <translation>Байланыш борборунун текшерүүсү: %1</translation>
    </message>
    <message>
        <source>Reason of the decision: %1</source>
        <translation>Чечимдин негизи: %1</translation>
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
        <translation>Жаңы арыз</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Show the &amp;receipt</source>
        <translation>&amp;Талонду көрсөтүү</translation>
    </message>
    <message>
        <source>Save the receipt as P&amp;DF…</source>
        <translation>Талонду P&amp;DF катары сактоо…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабуу</translation>
    </message>
    <message>
        <source>Claim %1 is saved. The answer is due by %2.</source>
        <translation>%1 арызы сакталды. Жооп %2 чейин берилиши керек.</translation>
    </message>
    <message>
        <source>The receipt was saved to %1.</source>
        <translation>Талон %1 файлына сакталды.</translation>
    </message>
    <message>
        <source>Some fields are wrong; nothing was saved. Correct the marked fields and save again.</source>
        <translation>Айрым талаалар туура эмес толтурулган; эч нерсе сакталган жок. Белгиленген талааларды оңдоп, кайра сактаңыз.</translation>
    </message>
    <message>
        <source>Attach a scanned file</source>
        <translation>Сканерленген файлды тиркөө</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Сканерлер (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 окулууда…</translation>
    </message>
    <message>
        <source>Choose the voter in the list first, then start the claim.</source>
        <translation>Алгач тизмеден шайлоочуну тандап, андан кийин арызды баштаңыз.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сакталууда…</translation>
    </message>
    <message>
        <source>Receipt for claim %1</source>
        <translation>%1 арызынын талону</translation>
    </message>
    <message>
        <source>Folder for the receipt PDF</source>
        <translation>Талондун PDF файлы үчүн папка</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>(no change)</source>
        <translation>(өзгөртүү жок)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(жазылган эмес)</translation>
    </message>
    <message>
        <source>No voter selected: choose the voter in the list first.</source>
        <translation>Шайлоочу тандалган жок: алгач тизмеден шайлоочуну тандаңыз.</translation>
    </message>
    <message>
        <source>Claim &amp;type</source>
        <translation>Арыздын &amp;түрү</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Шайлоочу</translation>
    </message>
    <message>
        <source>&amp;PIN (14 digits)</source>
        <translation>&amp;ПИН (14 сан)</translation>
    </message>
    <message>
        <source>Voter's c&amp;ontact for the answer</source>
        <translation>Жооп үчүн шайлоочунун &amp;байланышы</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Ырастоолор</translation>
    </message>
    <message>
        <source>Contact-centre c&amp;heck</source>
        <translation>Байланыш борборунун т&amp;екшерүүсү</translation>
    </message>
    <message>
        <source>I&amp;nstitution</source>
        <translation>&amp;Мекеме</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Тиркемелер</translation>
    </message>
    <message>
        <source>Passport &amp;visually checked</source>
        <translation>Паспорт &amp;көз менен текшерилди</translation>
    </message>
    <message>
        <source>Person i&amp;dentified</source>
        <translation>Адамдын &amp;ким экени аныкталды</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>Файл &amp;кошуу…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Өчүрүү</translation>
    </message>
    <message>
        <source>Voter's &amp;data: %1</source>
        <translation>Шайлоочунун &amp;маалыматы: %1</translation>
    </message>
    <message>
        <source>not a real date; write it as %1</source>
        <translation>чыныгы күн эмес; %1 түрүндө жазыңыз</translation>
    </message>
    <message>
        <source>&amp;Corrections: %1</source>
        <translation>&amp;Оңдоолор: %1</translation>
    </message>
</context>
<context>
    <name>ClaimTexts</name>
    <message>
        <source>answer due soon</source>
        <translation>жооп мөөнөтү жакындады</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>МӨӨНӨТҮ ӨТТҮ</translation>
    </message>
    <message>
        <source>preliminary list on the portal</source>
        <translation>алдын ала тизме порталда</translation>
    </message>
    <message>
        <source>preliminary list given to the PEC</source>
        <translation>алдын ала тизме УШКга берилди</translation>
    </message>
    <message>
        <source>list posted for review</source>
        <translation>тизме таанышуу үчүн илинди</translation>
    </message>
    <message>
        <source>control list posted</source>
        <translation>контролдук тизме илинди</translation>
    </message>
    <message>
        <source>last day for claims</source>
        <translation>арыздардын акыркы күнү</translation>
    </message>
    <message>
        <source>last day for institution forms</source>
        <translation>мекеме формаларынын акыркы күнү</translation>
    </message>
    <message>
        <source>final list on the portal</source>
        <translation>акыркы тизме порталда</translation>
    </message>
    <message>
        <source>final list published by the PEC</source>
        <translation>акыркы тизмени УШК жарыялады</translation>
    </message>
    <message>
        <source>Filed (%1)</source>
        <translation>Берилди (%1)</translation>
    </message>
    <message>
        <source>The voter's record blocked until the decision</source>
        <translation>Шайлоочунун маалыматы чечим чыкканга чейин бөгөттөлдү</translation>
    </message>
    <message>
        <source>Sent to the TEC in batch %1</source>
        <translation>АШКга %1-топтом менен жөнөтүлдү</translation>
    </message>
    <message>
        <source>Batch %1 acknowledged by the TEC</source>
        <translation>%1-топтомду АШК тастыктады</translation>
    </message>
    <message>
        <source>No decision by the answer date: alert raised</source>
        <translation>Жооп мөөнөтүнө чейин чечим жок: эскертүү берилди</translation>
    </message>
    <message>
        <source>Decision of the TEC: %1</source>
        <translation>АШКнын чечими: %1</translation>
    </message>
    <message>
        <source>Decision received; the voter's record released</source>
        <translation>Чечим келди; шайлоочунун маалыматы бөгөттөн чыгарылды</translation>
    </message>
    <message>
        <source>Unlawfully collected data destroyed</source>
        <translation>Мыйзамсыз чогултулган маалыматтар жок кылынды</translation>
    </message>
    <message>
        <source>Voter informed (%1)</source>
        <translation>Шайлоочуга кабарланды (%1)</translation>
    </message>
    <message>
        <source>Report that the voter was informed sent in batch %1</source>
        <translation>Шайлоочуга кабарлангандыгы тууралуу маалымат %1-топтом менен жөнөтүлдү</translation>
    </message>
</context>
<context>
    <name>ClaimsPage</name>
    <message>
        <source>Claims</source>
        <translation>Арыздар</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Берилген күнү</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Жооп мөөнөтү</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Белги</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Абалы:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Түрү:</translation>
    </message>
    <message>
        <source>(all statuses)</source>
        <translation>(бардык абалдар)</translation>
    </message>
    <message>
        <source>(all types)</source>
        <translation>(бардык түрлөр)</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Мөөнөтү &amp;өткөндөр гана</translation>
    </message>
    <message>
        <source>&amp;New claim…</source>
        <translation>&amp;Жаңы арыз…</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Көрсөтүлдү: %2 ичинен %1</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) past the answer date</source>
        <translation>
            <numerusform>жооп мөөнөтү өткөн %n арыз</numerusform>
            <numerusform>жооп мөөнөтү өткөн %n арыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) due soon</source>
        <translation>
            <numerusform>жооп мөөнөтү жакындаган %n арыз</numerusform>
            <numerusform>жооп мөөнөтү жакындаган %n арыз</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage: %1 (since %2).</source>
        <translation>Этап: %1 (%2 баштап).</translation>
    </message>
    <message numerus="yes">
        <source>Next: %1 on %2, %n day(s) left.</source>
        <translation>
            <numerusform>Кийинки: %1, %2, %n күн калды.</numerusform>
            <numerusform>Кийинки: %1, %2, %n күн калды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting day in %n day(s).</source>
        <translation>
            <numerusform>Добуш берүү күнүнө %n күн калды.</numerusform>
            <numerusform>Добуш берүү күнүнө %n күн калды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfidentialBox</name>
    <message>
        <source>Confidential data</source>
        <translation>Купуя маалыматтар</translation>
    </message>
    <message>
        <source>Shown only when asked for; every view is recorded in the audit log.</source>
        <translation>Суралганда гана көрсөтүлөт; ар бир көрүү аудит журналына жазылат.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Көрсөтүү</translation>
    </message>
    <message>
        <source>Show the PIN, date of birth, sex and address (recorded in the audit log); hidden after %1 s</source>
        <translation>ПИНди, туулган күнүн, жынысын жана дарегин көрсөтүү (аудит журналына жазылат); %1 сек. өткөндө кайра жашырылат</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Жашыруу</translation>
    </message>
    <message numerus="yes">
        <source>Hidden again in %n s.</source>
        <translation>
            <numerusform>%n сек. өткөндө кайра жашырылат.</numerusform>
            <numerusform>%n сек. өткөндө кайра жашырылат.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownBar</name>
    <message>
        <source>The screen locks in %1 s: move the mouse or press a key to stay.</source>
        <translation>Экран %1 секунддан кийин кулпуланат: иштей берүү үчүн чычканды жылдырыңыз же баскычты басыңыз.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose the date on the calendar</source>
        <translation>Күндү календардан тандоо</translation>
    </message>
</context>
<context>
    <name>DestroyBox</name>
    <message>
        <source>Destruction of the personal data</source>
        <translation>Жеке маалыматтарды жок кылуу</translation>
    </message>
    <message>
        <source>Destroys the voter list, the claims and every key that opens them on this computer, for good. The audit log is kept. Backups made here must be collected and destroyed as well.</source>
        <translation>Шайлоочулардын тизмесин, арыздарды жана аларды бул компьютерде ача турган бардык ачкычтарды биротоло жок кылат. Аудит журналы сакталат. Бул жерде жасалган камдык көчүрмөлөрдү да чогултуп, жок кылуу керек.</translation>
    </message>
    <message>
        <source>Type the precinct &amp;number:</source>
        <translation>Участоктун &amp;номерин жазыңыз:</translation>
    </message>
    <message>
        <source>Reason for destroying &amp;early:</source>
        <translation>Мөөнөтүнөн &amp;мурда жок кылуунун себеби:</translation>
    </message>
    <message>
        <source>Needed only before the end of the retention period.</source>
        <translation>Сактоо мөөнөтү бүтө элек болсо гана керек.</translation>
    </message>
    <message>
        <source>Give up the claims and batches the TEC has not received or acknowledged yet</source>
        <translation>АШК али ала элек же тастыктай элек арыздардан жана пакеттерден баш тартуу</translation>
    </message>
    <message>
        <source>&amp;Destroy the personal data…</source>
        <translation>Жеке маалыматтарды &amp;жок кылуу…</translation>
    </message>
    <message>
        <source>Destroy the personal data of this precinct for good? Nothing on this computer can open it afterwards.</source>
        <translation>Бул участоктун жеке маалыматтары биротоло жок кылынсынбы? Андан кийин бул компьютерде аларды эч нерсе ача албайт.</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Жок кылуу</translation>
    </message>
    <message>
        <source>The personal data of precinct %1 was destroyed: %2 voters, %3 claims. The audit log is kept.</source>
        <translation>%1-участоктун жеке маалыматтары жок кылынды: %2 шайлоочу, %3 арыз. Аудит журналы сакталды.</translation>
    </message>
    <message>
        <source>Collect and destroy the backups made on this computer:</source>
        <translation>Бул компьютерде жасалган камдык көчүрмөлөрдү чогултуп, жок кылыңыз:</translation>
    </message>
    <message>
        <source>Type the precinct number %1 to confirm.</source>
        <translation>Тастыктоо үчүн участоктун номерин жазыңыз: %1.</translation>
    </message>
    <message>
        <source>The data is kept until %1. To destroy it earlier, write the reason here.</source>
        <translation>Маалыматтар %1 чейин сакталат. Ага чейин жок кылуу үчүн себебин ушул жерге жазыңыз.</translation>
    </message>
    <message>
        <source>Claims not yet sent to the TEC: %1; batches the TEC has not acknowledged: %2. Export them and wait for the acknowledgement, or tick the box to give them up.</source>
        <translation>АШКга али жөнөтүлө элек арыздар: %1; АШК тастыктай элек пакеттер: %2. Аларды экспорттоп, тастыктоону күтүңүз, же алардан баш тартуу үчүн белгини коюңуз.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Документтер</translation>
    </message>
    <message>
        <source>The list of voters to post at the precinct, by the calendar stage.</source>
        <translation>Календардык этап боюнча участокто илинүүчү шайлоочулардын тизмеси.</translation>
    </message>
    <message>
        <source>A voter's own record, for the voter, approved by a second commission member.</source>
        <translation>Шайлоочунун өз маалыматы, шайлоочу үчүн; комиссиянын экинчи мүчөсү бекитет.</translation>
    </message>
    <message>
        <source>A reasoned refusal of a voter's request for their record.</source>
        <translation>Шайлоочунун өз маалыматын алуу өтүнүчүнө негизделген баш тартуу.</translation>
    </message>
</context>
<context>
    <name>DriveImport</name>
    <message>
        <source>the import</source>
        <translation>импорттоо</translation>
    </message>
</context>
<context>
    <name>DriveScan</name>
    <message>
        <source>the scan of a drive</source>
        <translation>флешканы текшерүү</translation>
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
        <translation>Убакыт (UTC)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Окуя</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Натыйжа</translation>
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
        <translation>Флешкалар жана алмашуу</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Жардам</translation>
    </message>
    <message>
        <source>There is no help for this screen yet.</source>
        <translation>Бул экран үчүн жардам азырынча жок.</translation>
    </message>
    <message>
        <source>Help on this screen</source>
        <translation>Бул экран боюнча жардам</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Башкы бет</translation>
    </message>
    <message>
        <source>Election calendar</source>
        <translation>Шайлоо календары</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Арыздар</translation>
    </message>
    <message>
        <source>Exchange with the central system</source>
        <translation>Борбордук система менен алмашуу</translation>
    </message>
    <message>
        <source>Security and storage</source>
        <translation>Коопсуздук жана сактоо</translation>
    </message>
    <message numerus="yes">
        <source>Claims filed per day, by status: the last %n day(s)</source>
        <translation>
            <numerusform>Күн сайын берилген арыздар, абалы боюнча: акыркы %n күн</numerusform>
            <numerusform>Күн сайын берилген арыздар, абалы боюнча: акыркы %n күн</numerusform>
        </translation>
    </message>
    <message>
        <source>No claims were filed in these days.</source>
        <translation>Бул күндөрү арыз берилген жок.</translation>
    </message>
</context>
<context>
    <name>HomeTexts</name>
    <message>
        <source>Stage: %1 (since %2).</source>
        <translation>Этап: %1 (%2 тартып).</translation>
    </message>
    <message>
        <source>The calendar of the election has not started yet.</source>
        <translation>Шайлоо календары али башала элек.</translation>
    </message>
    <message numerus="yes">
        <source>Next deadline: %1 on %2, in %n day(s).</source>
        <translation>
            <numerusform>Кийинки мөөнөт: %1, %2, %n күндөн кийин.</numerusform>
            <numerusform>Кийинки мөөнөт: %1, %2, %n күндөн кийин.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting day in %n day(s).</source>
        <translation>
            <numerusform>Добуш берүү күнүнө %n күн калды.</numerusform>
            <numerusform>Добуш берүү күнүнө %n күн калды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting day is today.</source>
        <translation>Добуш берүү күнү — бүгүн.</translation>
    </message>
    <message>
        <source>Voting day has passed.</source>
        <translation>Добуш берүү күнү өттү.</translation>
    </message>
    <message>
        <source>voting day</source>
        <translation>добуш берүү күнү</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Бүгүн, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) in all</source>
        <translation>
            <numerusform>Баары болуп %n арыз</numerusform>
            <numerusform>Баары болуп %n арыз</numerusform>
        </translation>
    </message>
    <message>
        <source>No claim is past its answer date or due soon.</source>
        <translation>Жооп мөөнөтү өткөн же жакындаган арыз жок.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) past the answer date</source>
        <translation>
            <numerusform>жооп мөөнөтү өткөн %n арыз</numerusform>
            <numerusform>жооп мөөнөтү өткөн %n арыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) due soon</source>
        <translation>
            <numerusform>жооп мөөнөтү жакындаган %n арыз</numerusform>
            <numerusform>жооп мөөнөтү жакындаган %n арыз</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): answer by %3</source>
        <translation>%1 (%2): жооп %3 чейин</translation>
    </message>
    <message>
        <source>Antivirus signatures: TEST signatures — not protection</source>
        <translation>Антивирустук сигнатуралар: СЫНОО сигнатуралары — коргоо эмес</translation>
    </message>
    <message>
        <source>Antivirus signatures: none installed — drives cannot be scanned</source>
        <translation>Антивирустук сигнатуралар: орнотулган эмес — флешкаларды текшерүүгө болбойт</translation>
    </message>
    <message>
        <source>Antivirus signatures: cannot be used — drives cannot be scanned</source>
        <translation>Антивирустук сигнатураларды колдонууга болбойт — флешкаларды текшерүүгө болбойт</translation>
    </message>
    <message>
        <source>Antivirus signatures: %1</source>
        <translation>Антивирустук сигнатуралар: %1</translation>
    </message>
    <message numerus="yes">
        <source>Antivirus signatures: %1 (%n day(s) old)</source>
        <translation>
            <numerusform>Антивирустук сигнатуралар: %1 (%n күн мурун)</numerusform>
            <numerusform>Антивирустук сигнатуралар: %1 (%n күн мурун)</numerusform>
        </translation>
    </message>
    <message>
        <source>No security alerts are waiting for review.</source>
        <translation>Кароону күткөн коопсуздук эскертүүлөрү жок.</translation>
    </message>
    <message numerus="yes">
        <source>%n security alert(s) waiting for review</source>
        <translation>
            <numerusform>Кароону күткөн %n коопсуздук эскертүүсү бар</numerusform>
            <numerusform>Кароону күткөн %n коопсуздук эскертүүсү бар</numerusform>
        </translation>
    </message>
    <message>
        <source>The retention period ended on %1: the data is due for destruction.</source>
        <translation>Сактоо мөөнөтү %1 бүттү: маалыматтар жок кылынышы керек.</translation>
    </message>
    <message numerus="yes">
        <source>The data is kept until %1 (%n day(s) left).</source>
        <translation>
            <numerusform>Маалыматтар %1 чейин сакталат (%n күн калды).</numerusform>
            <numerusform>Маалыматтар %1 чейин сакталат (%n күн калды).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>PEC Desk is already open on this computer for this data folder. Switch to its window (it may be locked or minimised) instead of starting it again.</source>
        <translation>PEC Desk бул компьютерде ушул маалымат папкасы үчүн мурунтан эле ачык турат. Аны кайра ишке киргизбей, анын терезесине өтүңүз (ал кулпуланган же кичирейтилген болушу мүмкүн).</translation>
    </message>
</context>
<context>
    <name>JobBox</name>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <source>The workstation is locked</source>
        <translation>Иш орду кулпуланган</translation>
    </message>
    <message>
        <source>Only %1 can unlock it, with their own password.</source>
        <translation>Аны %1 гана өз сырсөзү менен ача алат.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Кулпуну ачуу</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>&amp;Колдонуучуну алмаштыруу</translation>
    </message>
    <message>
        <source>Log this session out and show the login window</source>
        <translation>Бул сеансты аяктап, кирүү терезесин көрсөтүү</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Программаны &amp;жабуу</translation>
    </message>
    <message>
        <source>Log this session out and close PEC Desk</source>
        <translation>Бул сеансты аяктап, PEC Desk программасын жабуу</translation>
    </message>
    <message>
        <source>Still running: %1. The work goes on and is not cancelled; the data on the screen is put away when it ends, then you can unlock.</source>
        <translation>Дагы эле аткарылып жатат: %1. Иш токтобойт жана жокко чыгарылбайт; ал бүткөндө экрандагы маалыматтар жашырылат, андан кийин кулпуну ача аласыз.</translation>
    </message>
    <message>
        <source>Finished while the screen was locked: %1.</source>
        <translation>Экран кулпуланып турганда аяктады: %1.</translation>
    </message>
    <message>
        <source>Ended with an error while the screen was locked: %1. Open it again after unlocking.</source>
        <translation>Экран кулпуланып турганда ката менен аяктады: %1. Кулпуну ачкандан кийин аны кайра баштаңыз.</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>From</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Аягы</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Көрсөтүү</translation>
    </message>
    <message>
        <source>&amp;Older events</source>
        <translation>Мурунку &amp;окуялар</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Баары</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>Бардык окуялар</translation>
    </message>
    <message>
        <source>%1 events shown; older ones remain.</source>
        <translation>%1 окуя көрсөтүлдү; мурункулары дагы бар.</translation>
    </message>
    <message>
        <source>%1 events shown.</source>
        <translation>%1 окуя көрсөтүлдү.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>PEC Desk: log in</source>
        <translation>PEC Desk: кирүү</translation>
    </message>
    <message>
        <source>Precinct election commission workstation</source>
        <translation>Участкалык шайлоо комиссиясынын иш орду</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <source>L&amp;ogin:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Сырсөз:</translation>
    </message>
    <message>
        <source>Checking the password...</source>
        <translation>Сырсөз текшерилүүдө...</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Кирүү</translation>
    </message>
    <message>
        <source>The unfinished claim form of the last session was discarded.</source>
        <translation>Акыркы сеанстагы толтурулуп бүтпөгөн арыз формасы өчүрүлдү.</translation>
    </message>
    <message>
        <source>You were logged out because nobody used the workstation for a long time.</source>
        <translation>Иш станциясы узак убакыт колдонулбагандыктан, сиз системадан чыгарылдыңыз.</translation>
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation>Логиниңизди жана сырсөзүңүздү киргизиңиз.</translation>
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
        <translation>Менин &amp;сырсөзүмдү алмаштыруу…</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Экранды кулпулоо</translation>
    </message>
    <message>
        <source>Log &amp;out / switch user</source>
        <translation>&amp;Чыгуу / колдонуучуну алмаштыруу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Программаны &amp;жабуу</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Алмашуу</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Арыздар</translation>
    </message>
    <message>
        <source>&amp;New claim…</source>
        <translation>&amp;Жаңы арыз…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Документтер</translation>
    </message>
    <message>
        <source>List for &amp;posting…</source>
        <translation>&amp;Илинүүчү тизме…</translation>
    </message>
    <message>
        <source>&amp;Subject-access extract…</source>
        <translation>&amp;Маалымат субъектисине көчүрмө…</translation>
    </message>
    <message>
        <source>&amp;Refusal of a subject-access request…</source>
        <translation>Маалымат субъектисинин суроосуна &amp;баш тартуу…</translation>
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
        <translation>%1 (%2), %3-участок</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Сырсөзүңүз алмаштырылды.</translation>
    </message>
    <message>
        <source>Select the voter in the search list first.</source>
        <translation>Адегенде издөө тизмесинен шайлоочуну тандаңыз.</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <source>Drives</source>
        <translation>Флешкалар</translation>
    </message>
    <message>
        <source>Removable drives connected now:</source>
        <translation>Азыр туташкан флешкалар:</translation>
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
        <translation>Сериялык номер</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Ээси:</translation>
    </message>
    <message>
        <source>Full name of the person who keeps the drive</source>
        <translation>Флешканы сактаган адамдын аты-жөнү</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Каттоо</translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation>&amp;Текшерүү</translation>
    </message>
    <message>
        <source>Registered drives:</source>
        <translation>Катталган флешкалар:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Volume id</source>
        <translation>Томдун идентификатору</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Ээси</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Катталган күнү</translation>
    </message>
    <message>
        <source>&amp;Unregister</source>
        <translation>Каттоодон &amp;чыгаруу</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>катталган эмес</translation>
    </message>
    <message>
        <source>registered (holder: %1)</source>
        <translation>катталган (ээси: %1)</translation>
    </message>
    <message>
        <source>Warning: a device that is not a storage drive is connected (%1). Phones and other devices must not be connected to this computer: disconnect it. This is recorded in the audit log.</source>
        <translation>Эскертүү: флешка эмес түзмөк туташтырылды (%1). Телефондорду жана башка түзмөктөрдү бул компьютерге туташтырууга болбойт: аны ажыратыңыз. Бул аудит журналына жазылды.</translation>
    </message>
    <message>
        <source>Antivirus signatures: TEST signatures — not protection</source>
        <translation>Антивирустук сигнатуралар: СЫНОО сигнатуралары — коргоо эмес</translation>
    </message>
    <message>
        <source>Antivirus signatures: none installed — drives cannot be scanned</source>
        <translation>Антивирустук сигнатуралар: орнотулган эмес — флешкаларды текшерүүгө болбойт</translation>
    </message>
    <message>
        <source>Antivirus signatures: cannot be used (%1) — drives cannot be scanned</source>
        <translation>Антивирустук сигнатураларды колдонууга болбойт (%1) — флешкаларды текшерүүгө болбойт</translation>
    </message>
    <message>
        <source>Antivirus signatures: %1</source>
        <translation>Антивирустук сигнатуралар: %1</translation>
    </message>
    <message numerus="yes">
        <source>Antivirus signatures: %1 (%n day(s) old)</source>
        <translation>
            <numerusform>Антивирустук сигнатуралар: %1 (%n күн мурун)</numerusform>
            <numerusform>Антивирустук сигнатуралар: %1 (%n күн мурун)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation>Бир жолку сырсөз</translation>
    </message>
    <message>
        <source>The one-time password of %1 (%2):</source>
        <translation>%1 (%2) үчүн бир жолку сырсөз:</translation>
    </message>
    <message>
        <source>Hand it to its holder in person. It will not be shown again: once this window is closed, only a new reset gives another. The holder must choose their own password at the first login.</source>
        <translation>Аны ээсине өзүнө колго бериңиз. Ал кайра көрсөтүлбөйт: бул терезе жабылгандан кийин башка сырсөздү жаңы жаңыртуу гана берет. Ээси биринчи киргенде өз сырсөзүн тандашы керек.</translation>
    </message>
    <message>
        <source>I have handed it over</source>
        <translation>Мен аны бердим</translation>
    </message>
</context>
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <source>PEC Desk: change your password</source>
        <translation>PEC Desk: сырсөздү алмаштыруу</translation>
    </message>
    <message>
        <source>%1, your password was issued for one use only. Choose your own password before you start work.</source>
        <translation>%1, сиздин сырсөзүңүз бир жолу колдонуу үчүн гана берилген. Ишти баштоодон мурун өз сырсөзүңүздү тандаңыз.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Учурдагы сырсөз:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңы сырсөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>Жаңы сырсөздү &amp;кайталаңыз:</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Сырсөздү алмаштыруу</translation>
    </message>
    <message>
        <source>Cancel and log out</source>
        <translation>Жокко чыгарып, чыгуу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>%1, type your current password, then your new password twice.</source>
        <translation>%1, азыркы сырсөзүңүздү, андан кийин жаңы сырсөзүңүздү эки жолу жазыңыз.</translation>
    </message>
    <message>
        <source>The new password needs at least 8 characters: upper-case and lower-case Latin letters, a digit and a special character such as ! # % or -. It must not contain your login or your name, must not be a common password and must differ from your last 5 passwords.</source>
        <translation>Жаңы сырсөз кеминде 8 белгиден турушу керек: латындын чоң жана кичине тамгалары, сан жана ! # % же - сыяктуу атайын белги. Анда логиниңиз же атыңыз болбошу керек, ал жөнөкөй сырсөз болбошу жана акыркы 5 сырсөзүңүздөн айырмаланышы керек.</translation>
    </message>
    <message>
        <source>Fill in all three fields and type the same new password twice.</source>
        <translation>Үч талааны тең толтуруп, жаңы сырсөздү эки жолу бирдей териңиз.</translation>
    </message>
    <message>
        <source>It is shorter than 8 characters.</source>
        <translation>8 белгиден кыска.</translation>
    </message>
    <message>
        <source>It is longer than 128 characters.</source>
        <translation>128 белгиден узун.</translation>
    </message>
    <message>
        <source>It has no upper-case Latin letter (A-Z).</source>
        <translation>Латындын чоң тамгасы (A-Z) жок.</translation>
    </message>
    <message>
        <source>It has no lower-case Latin letter (a-z).</source>
        <translation>Латындын кичине тамгасы (a-z) жок.</translation>
    </message>
    <message>
        <source>It has no digit (0-9).</source>
        <translation>Сан (0-9) жок.</translation>
    </message>
    <message>
        <source>It has no special character such as ! # % or -.</source>
        <translation>! # % же - сыяктуу атайын белги жок.</translation>
    </message>
    <message>
        <source>It contains your login.</source>
        <translation>Анда логиниңиз бар.</translation>
    </message>
    <message>
        <source>It contains your name.</source>
        <translation>Анда атыңыз бар.</translation>
    </message>
    <message>
        <source>It is a common password that is easy to guess.</source>
        <translation>Бул кеңири тараган, табууга оңой сырсөз.</translation>
    </message>
    <message>
        <source>It is one of your last 5 passwords.</source>
        <translation>Бул акыркы 5 сырсөзүңүздүн бири.</translation>
    </message>
</context>
<context>
    <name>PostingListDialog</name>
    <message>
        <source>List for posting</source>
        <translation>Илинүүчү тизме</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>preliminary list</source>
        <translation>алдын ала тизме</translation>
    </message>
    <message>
        <source>control list</source>
        <translation>текшерүү тизмеси</translation>
    </message>
    <message>
        <source>final list</source>
        <translation>акыркы тизме</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Record No.:</source>
        <translation>Жазуунун №:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Абалы:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Close the record (Esc)</source>
        <translation>Жазууну жабуу (Esc)</translation>
    </message>
    <message>
        <source>Esc: close the record.</source>
        <translation>Esc: жазууну жабуу.</translation>
    </message>
    <message>
        <source>Ctrl+N: file a claim for this voter.</source>
        <translation>Ctrl+N: ушул шайлоочу боюнча арыз кабыл алуу.</translation>
    </message>
    <message>
        <source>%1 (claim %2)</source>
        <translation>%1 (%2 арызы)</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) on the list have this same name.</source>
        <translation>
            <numerusform>Тизмеде так ушундай аты-жөнү бар %n шайлоочу бар.</numerusform>
            <numerusform>Тизмеде так ушундай аты-жөнү бар %n шайлоочу бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is record No. %1; the others: %2.</source>
        <translation>Бул — №%1 жазуу; калгандары: %2.</translation>
    </message>
    <message>
        <source>To be sure it is the right person, type the PIN from the passport into the search box, or compare the date of birth and address.</source>
        <translation>Туура адам экенине ынануу үчүн паспорттогу ПИНди издөө талаасына териңиз же туулган күнүн жана дарегин салыштырыңыз.</translation>
    </message>
    <message>
        <source>To be sure it is the right person, type the PIN from the passport into the search box.</source>
        <translation>Туура адам экенине ынануу үчүн паспорттогу ПИНди издөө талаасына териңиз.</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Refusal of a subject-access request</source>
        <translation>Маалымат субъектисинин суроосуна баш тартуу</translation>
    </message>
    <message>
        <source>Applicant's &amp;full name:</source>
        <translation>Арыз берүүчүнүн &amp;аты-жөнү:</translation>
    </message>
    <message>
        <source>&amp;Reason for the refusal:</source>
        <translation>Баш тартуунун &amp;себеби:</translation>
    </message>
</context>
<context>
    <name>RestoreBox</name>
    <message>
        <source>Restore</source>
        <translation>Калыбына келтирүү</translation>
    </message>
    <message>
        <source>Puts a backup of this precinct made on this computer in place of the current data. The whole file is checked first; nothing changes if any check fails.</source>
        <translation>Бул компьютерде жасалган ушул участоктун камдык көчүрмөсүн азыркы маалыматтардын ордуна коёт. Адегенде бүт файл текшерилет; кайсы бир текшерүү өтпөсө, эч нерсе өзгөрбөйт.</translation>
    </message>
    <message>
        <source>C&amp;hoose the backup file…</source>
        <translation>Камдык көчүрмө &amp;файлын тандоо…</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Сиздин &amp;сырсөзүңүз:</translation>
    </message>
    <message>
        <source>Restore even if the backup is older than the current data (the changes made since are lost)</source>
        <translation>Камдык көчүрмө азыркы маалыматтардан эски болсо да калыбына келтирүү (андан кийинки өзгөртүүлөр жоголот)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Калыбына келтирүү…</translation>
    </message>
    <message>
        <source>No backup file chosen.</source>
        <translation>Камдык көчүрмө файлы тандалган жок.</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Камдык көчүрмө файлын тандаңыз</translation>
    </message>
    <message>
        <source>Backups (*.pecbak)</source>
        <translation>Камдык көчүрмөлөр (*.pecbak)</translation>
    </message>
    <message>
        <source>Type your password: the restore opens the backup with it.</source>
        <translation>Сырсөзүңүздү жазыңыз: калыбына келтирүү камдык көчүрмөнү аны менен ачат.</translation>
    </message>
    <message>
        <source>Replace the current data with the backup %1? Your session ends afterwards and you log in again.</source>
        <translation>Азыркы маалыматтар %1 камдык көчүрмөсү менен алмаштырылсынбы? Андан кийин сеансыңыз бүтөт жана кайра киресиз.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Камдык көчүрмөнү калыбына келтирүү</translation>
    </message>
    <message>
        <source>The backup of %1 was restored.</source>
        <translation>%1 камдык көчүрмөсү калыбына келтирилди.</translation>
    </message>
    <message>
        <source>Changes given up: %1.</source>
        <translation>Жоголгон өзгөртүүлөр: %1.</translation>
    </message>
    <message>
        <source>This backup is older than the current data: %1 changes were recorded since it was made (%2). To restore it knowingly, tick the box above and restore again.</source>
        <translation>Бул камдык көчүрмө азыркы маалыматтардан эски: ал жасалгандан бери (%2) %1 өзгөртүү жазылган. Ушуну билип туруп калыбына келтирүү үчүн жогорудагы белгини коюп, кайра калыбына келтириңиз.</translation>
    </message>
</context>
<context>
    <name>SamplePanel</name>
    <message>
        <source>A random sample of the system administrators' actions not reviewed yet.</source>
        <translation>Системалык администраторлордун азырынча каралбаган аракеттеринен кокустан тандалгандары.</translation>
    </message>
    <message>
        <source>&amp;Draw a sample</source>
        <translation>&amp;Тандап алуу</translation>
    </message>
    <message>
        <source>What the review of these actions found</source>
        <translation>Бул аракеттерди кароодо эмне табылды</translation>
    </message>
    <message>
        <source>Record the re&amp;view</source>
        <translation>Кароону жаз&amp;уу</translation>
    </message>
    <message>
        <source>%1 actions drawn.</source>
        <translation>%1 аракет тандалды.</translation>
    </message>
    <message>
        <source>Every action of the system administrators has been reviewed.</source>
        <translation>Системалык администраторлордун бардык аракеттери каралып бүткөн.</translation>
    </message>
    <message>
        <source>The review of %1 actions is recorded.</source>
        <translation>%1 аракетти кароо жазылды.</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Checking the files against the rules</source>
        <translation>Файлдар эрежелер боюнча текшерилүүдө</translation>
    </message>
    <message>
        <source>Copying the files into the private staging area</source>
        <translation>Файлдар жабык убактылуу папкага көчүрүлүүдө</translation>
    </message>
    <message>
        <source>Antivirus check</source>
        <translation>Антивирустук текшерүү</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Даярдалууда</translation>
    </message>
    <message>
        <source>Scan of a drive</source>
        <translation>Флешканы текшерүү</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Scanning %1... Nothing is read from it until the scan ends.</source>
        <translation>%1 текшерилүүдө... Текшерүү бүткөнгө чейин андан эч нерсе окулбайт.</translation>
    </message>
    <message>
        <source>Stopping the scan of %1...</source>
        <translation>%1 текшерүүсү токтотулууда...</translation>
    </message>
    <message>
        <source>The scan of %1 did not finish</source>
        <translation>%1 текшерүүсү аягына чыккан жок</translation>
    </message>
    <message>
        <source>Scan report: %1</source>
        <translation>Текшерүүнүн отчету: %1</translation>
    </message>
    <message>
        <source>It stopped on an unexpected error; nothing from the drive is used.</source>
        <translation>Күтүлбөгөн катадан улам токтоду; флешкадагы эч нерсе колдонулбайт.</translation>
    </message>
    <message>
        <source>Reason code: %1</source>
        <translation>Себептин коду: %1</translation>
    </message>
    <message>
        <source>The scan was cancelled. Nothing from the drive is used.</source>
        <translation>Текшерүү токтотулду. Флешкадагы эч нерсе колдонулбайт.</translation>
    </message>
    <message>
        <source>Result: clean. Nothing harmful was found.</source>
        <translation>Жыйынтык: таза. Зыяндуу эч нерсе табылган жок.</translation>
    </message>
    <message>
        <source>Result: infected. Nothing from the drive is used.</source>
        <translation>Жыйынтык: вирус табылды. Флешкадагы эч нерсе колдонулбайт.</translation>
    </message>
    <message>
        <source>Result: refused. Nothing from the drive is used.</source>
        <translation>Жыйынтык: четке кагылды. Флешкадагы эч нерсе колдонулбайт.</translation>
    </message>
    <message>
        <source>Result: the drive could not be scanned. Nothing from it is used.</source>
        <translation>Жыйынтык: флешканы текшерүү мүмкүн болгон жок. Андагы эч нерсе колдонулбайт.</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Файлдар: %1</translation>
    </message>
    <message>
        <source>Bytes: %1</source>
        <translation>Байт: %1</translation>
    </message>
    <message>
        <source>Duration: %1 s</source>
        <translation>Узактыгы: %1 с</translation>
    </message>
    <message>
        <source>Antivirus engines:</source>
        <translation>Антивирустук программалар:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>күнү жок</translation>
    </message>
    <message>
        <source>%1 %2, signatures %3 (%4)</source>
        <translation>%1 %2, сигнатуралар %3 (%4)</translation>
    </message>
    <message>
        <source>Why it could not be scanned: %1</source>
        <translation>Эмне үчүн текшерүү мүмкүн болгон жок: %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Табылгандар: %1</translation>
    </message>
    <message>
        <source>... and %1 more (all of them are in the kept report)</source>
        <translation>... жана дагы %1 (баары сакталган отчетто)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Surname and name, in Cyrillic or Latin letters</source>
        <translation>Фамилиясы жана аты, кирилл же латын тамгалары менен</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көчүрүү</translation>
    </message>
    <message>
        <source>Down: to the results. Enter: open the selected or the first voter.</source>
        <translation>Төмөн (↓): жыйынтыктарга өтүү. Enter: тандалган же биринчи шайлоочуну ачуу.</translation>
    </message>
    <message>
        <source>Enter or double-click: open the voter.</source>
        <translation>Enter же эки жолу басуу: шайлоочуну ачуу.</translation>
    </message>
    <message>
        <source>Ctrl+C: copy the selected rows.</source>
        <translation>Ctrl+C: тандалган саптарды көчүрүү.</translation>
    </message>
    <message>
        <source>Ctrl+N: file a claim for the selected voter.</source>
        <translation>Ctrl+N: тандалган шайлоочу боюнча арыз кабыл алуу.</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) on the precinct list</source>
        <translation>
            <numerusform>Участоктун тизмесинде шайлоочулар: %n</numerusform>
            <numerusform>Участоктун тизмесинде шайлоочулар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a few letters of the surname or the name.</source>
        <translation>Фамилиянын же аттын бир нече тамгасын териңиз.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n found: type more of the name.</source>
        <translation>
            <numerusform>Көп табылды (%n гана көрсөтүлдү): атын толугураак териңиз.</numerusform>
            <numerusform>Көп табылды (%n гана көрсөтүлдү): атын толугураак териңиз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>Табылды: %n</numerusform>
            <numerusform>Табылды: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied; the clipboard is cleared in %1 s.</source>
        <translation>
            <numerusform>%n сап көчүрүлдү; алмашуу буфери %1 секунддан кийин тазаланат.</numerusform>
            <numerusform>%n сап көчүрүлдү; алмашуу буфери %1 секунддан кийин тазаланат.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfCheckBox</name>
    <message>
        <source>Self-check and retention</source>
        <translation>Өзүн-өзү текшерүү жана сактоо мөөнөтү</translation>
    </message>
    <message>
        <source>&amp;Check the store</source>
        <translation>Маалымат базасын &amp;текшерүү</translation>
    </message>
    <message>
        <source>Also check every page of the store (slower)</source>
        <translation>Маалымат базасынын ар бир барагын да текшерүү (жайыраак)</translation>
    </message>
    <message>
        <source>The retention period ended on %1: the personal data has served its purpose and the chair destroys it on this page.</source>
        <translation>Сактоо мөөнөтү %1 бүттү: жеке маалыматтар өз максатын аткарды, төрага аларды ушул баракта жок кылат.</translation>
    </message>
    <message>
        <source>The personal data is kept until %1 (days left: %2).</source>
        <translation>Жеке маалыматтар %1 чейин сакталат (калган күндөр: %2).</translation>
    </message>
    <message>
        <source>The store is encrypted with SQLCipher %1 (%2), SQLite %3.</source>
        <translation>Маалымат базасы SQLCipher %1 (%2), SQLite %3 менен шифрленген.</translation>
    </message>
    <message>
        <source>%1 Pages that fail their check: %2. The store is damaged: restore the last backup.</source>
        <translation>%1 Текшерүүдөн өтпөгөн барактар: %2. Маалымат базасы бузулган: акыркы камдык көчүрмөнү калыбына келтириңиз.</translation>
    </message>
    <message>
        <source>%1 This is not SQLCipher 4: the store cannot be trusted.</source>
        <translation>%1 Бул SQLCipher 4 эмес: маалымат базасына ишенүүгө болбойт.</translation>
    </message>
    <message>
        <source>%1 Every page passed its check.</source>
        <translation>%1 Ар бир барак текшерүүдөн өттү.</translation>
    </message>
    <message>
        <source>%1 The store is sound.</source>
        <translation>%1 Маалымат базасы бүтүн.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Display</source>
        <translation>Көрүнүш</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Тексттин өлчөмү:</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Баскычтардын айкалыштары</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Аракет</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Баскычтар</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <source>Subject-access extract</source>
        <translation>Маалымат субъектисине көчүрмө</translation>
    </message>
    <message>
        <source>Confidential data: the chair or the secretary (not you) approves with their password.</source>
        <translation>Купуя маалымат: төрага же катчы (сиз эмес) өз сырсөзү менен уруксат берет.</translation>
    </message>
    <message>
        <source>Voter:</source>
        <translation>Шайлоочу:</translation>
    </message>
    <message>
        <source>Approver's &amp;login:</source>
        <translation>Уруксат берүүчүнүн &amp;логини:</translation>
    </message>
    <message>
        <source>Approver's pass&amp;word:</source>
        <translation>Уруксат берүүчүнүн &amp;сырсөзү:</translation>
    </message>
    <message>
        <source>Subject-access extract: %1</source>
        <translation>Маалымат субъектисине көчүрмө: %1</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Exchange with the central system</source>
        <translation>Борбордук система менен алмашуу</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Колдонуу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>%1 текшерилүүдө...</translation>
    </message>
    <message>
        <source>Nothing is changed yet.</source>
        <translation>Азырынча эч нерсе өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>Applying %1...</source>
        <translation>%1 колдонулууда...</translation>
    </message>
    <message>
        <source>Making the batch for the central system...</source>
        <translation>Борбордук система үчүн топтом түзүлүүдө...</translation>
    </message>
    <message>
        <source>It stopped on an unexpected error. Check the status lines before you try again.</source>
        <translation>Күтүлбөгөн ката менен токтоп калды. Кайра аракет кылуудан мурун абал саптарын текшериңиз.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Токтоп калды: %1</translation>
    </message>
    <message>
        <source>Reason code: %1</source>
        <translation>Себеп коду: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Четке кагылды: %1</translation>
    </message>
    <message>
        <source>Export the batch to a registered drive</source>
        <translation>Топтомду катталган флешкага жазуу</translation>
    </message>
    <message>
        <source>Import from a registered drive</source>
        <translation>Катталган флешкадан импорттоо</translation>
    </message>
    <message>
        <source>No removable drive is connected. Connect the registered drive and try again.</source>
        <translation>Бир да флешка туташкан эмес. Катталган флешканы туташтырып, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>Choose the drive:</source>
        <translation>Флешканы тандаңыз:</translation>
    </message>
    <message>
        <source>Stopping the scan of %1...</source>
        <translation>%1 текшерүүсү токтотулууда...</translation>
    </message>
    <message>
        <source>Scanning %1... Nothing is read from it until the scan ends.</source>
        <translation>%1 текшерилүүдө... Текшерүү бүткөнгө чейин андан эч нерсе окулбайт.</translation>
    </message>
    <message>
        <source>%1 is clean</source>
        <translation>%1 таза</translation>
    </message>
    <message>
        <source>Choose the envelope to check:</source>
        <translation>Текшерүү үчүн конвертти тандаңыз:</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Токтотулду: %1</translation>
    </message>
    <message>
        <source>The scan was cancelled. Nothing from the drive is used.</source>
        <translation>Текшерүү токтотулду. Флешкадагы эч нерсе колдонулбайт.</translation>
    </message>
    <message>
        <source>Nothing to import: %1</source>
        <translation>Импорттоого эч нерсе жок: %1</translation>
    </message>
    <message>
        <source>The drive is clean, but it holds no envelope from the central system (*.pecenv).</source>
        <translation>Флешка таза, бирок анда борбордук системадан конверт жок (*.pecenv).</translation>
    </message>
    <message>
        <source>C&amp;heck the envelope</source>
        <translation>Конвертти &amp;текшерүү</translation>
    </message>
    <message>
        <source>&amp;Write the batch</source>
        <translation>Топтомду &amp;жазуу</translation>
    </message>
    <message>
        <source>&amp;Scan the drive</source>
        <translation>Флешканы &amp;текшерүү</translation>
    </message>
    <message>
        <source>Package no. %1 from the central system (%2)</source>
        <translation>Борбордук системадан №%1 пакет (%2)</translation>
    </message>
    <message>
        <source>Update no. %1 from the central system (%2)</source>
        <translation>Борбордук системадан №%1 жаңыртуу (%2)</translation>
    </message>
    <message>
        <source>This envelope was applied before; nothing will change.</source>
        <translation>Бул файл мурда колдонулган; эч нерсе өзгөрбөйт.</translation>
    </message>
    <message>
        <source>If you apply it, this changes:</source>
        <translation>Колдонсоңуз, төмөнкүлөр өзгөрөт:</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Колдонулду:</translation>
    </message>
    <message>
        <source>Nothing is changed until you press Apply.</source>
        <translation>«Колдонуу» баскычын баспаганча эч нерсе өзгөрбөйт.</translation>
    </message>
    <message numerus="yes">
        <source>%n new voter(s)</source>
        <translation>
            <numerusform>Жаңы шайлоочулар: %n</numerusform>
            <numerusform>Жаңы шайлоочулар: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed voter(s)</source>
        <translation>
            <numerusform>Өзгөргөн шайлоочулар: %n</numerusform>
            <numerusform>Өзгөргөн шайлоочулар: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed voter(s)</source>
        <translation>
            <numerusform>Тизмеден чыгарылган шайлоочулар: %n</numerusform>
            <numerusform>Тизмеден чыгарылган шайлоочулар: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) on claims</source>
        <translation>
            <numerusform>Арыздар боюнча чечимдер: %n</numerusform>
            <numerusform>Арыздар боюнча чечимдер: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new account(s)</source>
        <translation>
            <numerusform>Жаңы эсептер: %n</numerusform>
            <numerusform>Жаңы эсептер: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) acknowledged by the central system</source>
        <translation>
            <numerusform>Борбордук система тастыктаган топтомдор: %n</numerusform>
            <numerusform>Борбордук система тастыктаган топтомдор: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration point(s)</source>
        <translation>
            <numerusform>Каттоо пункттары: %n</numerusform>
            <numerusform>Каттоо пункттары: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>Жөндөөлөр: %n</numerusform>
            <numerusform>Жөндөөлөр: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>new trusted keys of the central system (no. %1)</source>
        <translation>борбордук системанын жаңы ишенимдүү ачкычтары (№%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged batch(es) written again</source>
        <translation>
            <numerusform>Тастыкталбаган %n топтом кайра жазылды</numerusform>
            <numerusform>Тастыкталбаган %n топтом кайра жазылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the files to the central system: it takes each batch it has not seen yet, in order.</source>
        <translation>Файлдарды борбордук системага алып барыңыз: ал али ала элек ар бир топтомду ирети менен кабыл алат.</translation>
    </message>
    <message>
        <source>Batch no. %1 is written</source>
        <translation>№%1 топтом жазылды</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>Арыздар: %n</numerusform>
            <numerusform>Арыздар: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of voter status</source>
        <translation>
            <numerusform>Шайлоочунун абалынын өзгөрүүлөрү: %n</numerusform>
            <numerusform>Шайлоочунун абалынын өзгөрүүлөрү: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s)</source>
        <translation>
            <numerusform>Аудит окуялары: %n</numerusform>
            <numerusform>Аудит окуялары: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Take the file to the central system; its next update acknowledges the batch.</source>
        <translation>Файлды борбордук системага жеткириңиз; анын кийинки жаңыртуусу топтомдун кабыл алынганын тастыктайт.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>&amp;Import from central...</source>
        <translation>Борбордук системадан &amp;импорттоо...</translation>
    </message>
    <message>
        <source>&amp;Export batch...</source>
        <translation>Топтомду &amp;экспорттоо...</translation>
    </message>
    <message>
        <source>Import from a registered &amp;drive...</source>
        <translation>Катталган &amp;флешкадан импорттоо...</translation>
    </message>
    <message>
        <source>Export the batch to a registered d&amp;rive...</source>
        <translation>Топтомду катталган ф&amp;лешкага жазуу...</translation>
    </message>
    <message>
        <source>Write the &amp;unacknowledged batches again...</source>
        <translation>&amp;Тастыкталбаган топтомдорду кайра жазуу...</translation>
    </message>
    <message>
        <source>Choose an envelope from the central system</source>
        <translation>Борбордук системадан келген файлды тандаңыз</translation>
    </message>
    <message>
        <source>Envelopes (*.pecenv)</source>
        <translation>Конверттер (*.pecenv)</translation>
    </message>
    <message>
        <source>the import</source>
        <translation>импорттоо</translation>
    </message>
    <message>
        <source>Choose the folder for the batch (the flash drive to the central system)</source>
        <translation>Топтом үчүн папканы тандаңыз (борбордук системага бара турган флешка)</translation>
    </message>
    <message>
        <source>Choose the folder for the batches (the flash drive to the central system)</source>
        <translation>Топтомдор үчүн папканы тандаңыз (борбордук системага бара турган флешка)</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>экспорттоо</translation>
    </message>
</context>
<context>
    <name>SyncStatusLines</name>
    <message>
        <source>Nothing has been imported from the central system yet.</source>
        <translation>Борбордук системадан азырынча эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>Last envelope from the central system: no. %1, imported %2</source>
        <translation>Борбордук системадан акыркы файл: №%1, импорттолгон %2</translation>
    </message>
    <message>
        <source>No batch has been made for the central system yet.</source>
        <translation>Борбордук система үчүн азырынча топтом түзүлгөн жок.</translation>
    </message>
    <message>
        <source>Last batch: no. %1, made %2; acknowledged by the central system %3</source>
        <translation>Акыркы топтом: №%1, түзүлгөн %2; борбордук система тастыктады %3</translation>
    </message>
    <message>
        <source>Last batch: no. %1, made %2; not yet acknowledged by the central system</source>
        <translation>Акыркы топтом: №%1, түзүлгөн %2; борбордук система азырынча тастыктай элек</translation>
    </message>
</context>
<context>
    <name>VoterTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Blocked (claim %1)</source>
        <translation>Бөгөттөлгөн (%1 арызы)</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>Тизмеде</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Бөгөттөлгөн</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Тизмеден чыгарылган</translation>
    </message>
</context>
<context>
    <name>VotersPage</name>
    <message>
        <source>Voters</source>
        <translation>Шайлоочулар</translation>
    </message>
</context>
<context>
    <name>_DocumentDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Cancelled: nothing was printed.</source>
        <translation>Жокко чыгарылды: эч нерсе басылган жок.</translation>
    </message>
</context>
</TS>