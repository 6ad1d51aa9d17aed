<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
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
        <source>Voter&apos;s c&amp;ontact for the answer</source>
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
        <source>Voter&apos;s &amp;data: %1</source>
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
        <source>Claims</source>
        <translation>Арыздар</translation>
    </message>
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
        <source>&amp;New claim…</source>
        <translation>&amp;Жаңы арыз…</translation>
    </message>
    <message>
        <source>Mark the voter in&amp;formed</source>
        <translation>Шайлоочуга &amp;кабарланды деп белгилөө</translation>
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
        <source>Receipt for claim %1 (duplicate)</source>
        <translation>%1 арызынын талону (дубликат)</translation>
    </message>
    <message>
        <source>Answer to claim %1</source>
        <translation>%1 арызына жооп</translation>
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
    <name>DateField</name>
    <message>
        <source>Choose the date on the calendar</source>
        <translation>Күндү календардан тандоо</translation>
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
        <source>A voter&apos;s own record, for the voter, approved by a second commission member.</source>
        <translation>Шайлоочунун өз маалыматы, шайлоочу үчүн; комиссиянын экинчи мүчөсү бекитет.</translation>
    </message>
    <message>
        <source>A reasoned refusal of a voter&apos;s request for their record.</source>
        <translation>Шайлоочунун өз маалыматын алуу өтүнүчүнө негизделген баш тартуу.</translation>
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
        <source>&amp;Lock the screen</source>
        <translation>&amp;Экранды кулпулоо</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Чыгуу</translation>
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
    <name>RefusalDialog</name>
    <message>
        <source>Refusal of a subject-access request</source>
        <translation>Маалымат субъектисинин суроосуна баш тартуу</translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;full name:</source>
        <translation>Арыз берүүчүнүн &amp;аты-жөнү:</translation>
    </message>
    <message>
        <source>&amp;Reason for the refusal:</source>
        <translation>Баш тартуунун &amp;себеби:</translation>
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
        <source>Approver&apos;s &amp;login:</source>
        <translation>Уруксат берүүчүнүн &amp;логини:</translation>
    </message>
    <message>
        <source>Approver&apos;s pass&amp;word:</source>
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
        <source>Choose the folder for the batch (the flash drive to the central system)</source>
        <translation>Топтом үчүн папканы тандаңыз (борбордук системага бара турган флешка)</translation>
    </message>
    <message>
        <source>Choose the folder for the batches (the flash drive to the central system)</source>
        <translation>Топтомдор үчүн папканы тандаңыз (борбордук системага бара турган флешка)</translation>
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
</context>
</TS>
