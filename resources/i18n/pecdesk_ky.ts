<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
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
        <source>Enter your login and your password.</source>
        <translation>Логиниңизди жана сырсөзүңүздү киргизиңиз.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PEC Desk</source>
        <translation>PEC Desk</translation>
    </message>
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
        <source>%1 (%2), precinct %3</source>
        <translation>%1 (%2), %3-участок</translation>
    </message>
    <message>
        <source>Your role (%1) gives no access to the voter list.</source>
        <translation>Сиздин ролуңуз (%1) шайлоочулардын тизмесин көрүүгө уруксат бербейт.</translation>
    </message>
    <message>
        <source>member of the commission</source>
        <translation>комиссиянын мүчөсү</translation>
    </message>
    <message>
        <source>secretary of the commission</source>
        <translation>комиссиянын катчысы</translation>
    </message>
    <message>
        <source>chair of the commission</source>
        <translation>комиссиянын төрагасы</translation>
    </message>
    <message>
        <source>system administrator</source>
        <translation>системалык администратор</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>аудитор</translation>
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
    <name>SearchPanel</name>
    <message>
        <source>Surname and name, in Cyrillic or Latin letters</source>
        <translation>Фамилиясы жана аты, кирилл же латын тамгалары менен</translation>
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
</TS>
