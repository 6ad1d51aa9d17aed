<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>LockOverlay</name>
    <message>
        <source>The workstation is locked</source>
        <translation>The workstation is locked</translation>
    </message>
    <message>
        <source>Only %1 can unlock it, with their own password.</source>
        <translation>Only %1 can unlock it, with their own password.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>PEC Desk: log in</source>
        <translation>PEC Desk: log in</translation>
    </message>
    <message>
        <source>Precinct election commission workstation</source>
        <translation>Precinct election commission workstation</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>L&amp;ogin:</source>
        <translation>L&amp;ogin:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Checking the password...</source>
        <translation>Checking the password...</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation>Enter your login and your password.</translation>
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
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Lock the screen</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>%1 (%2), precinct %3</source>
        <translation>%1 (%2), precinct %3</translation>
    </message>
    <message>
        <source>Your role (%1) gives no access to the voter list.</source>
        <translation>Your role (%1) gives no access to the voter list.</translation>
    </message>
    <message>
        <source>member of the commission</source>
        <translation>member of the commission</translation>
    </message>
    <message>
        <source>secretary of the commission</source>
        <translation>secretary of the commission</translation>
    </message>
    <message>
        <source>chair of the commission</source>
        <translation>chair of the commission</translation>
    </message>
    <message>
        <source>system administrator</source>
        <translation>system administrator</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
</context>
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <source>PEC Desk: change your password</source>
        <translation>PEC Desk: change your password</translation>
    </message>
    <message>
        <source>%1, your password was issued for one use only. Choose your own password before you start work.</source>
        <translation>%1, your password was issued for one use only. Choose your own password before you start work.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Change the password</translation>
    </message>
    <message>
        <source>Cancel and log out</source>
        <translation>Cancel and log out</translation>
    </message>
    <message>
        <source>The new password needs at least 8 characters: upper-case and lower-case Latin letters, a digit and a special character such as ! # % or -. It must not contain your login or your name, must not be a common password and must differ from your last 5 passwords.</source>
        <translation>The new password needs at least 8 characters: upper-case and lower-case Latin letters, a digit and a special character such as ! # % or -. It must not contain your login or your name, must not be a common password and must differ from your last 5 passwords.</translation>
    </message>
    <message>
        <source>Fill in all three fields and type the same new password twice.</source>
        <translation>Fill in all three fields and type the same new password twice.</translation>
    </message>
    <message>
        <source>It is shorter than 8 characters.</source>
        <translation>It is shorter than 8 characters.</translation>
    </message>
    <message>
        <source>It is longer than 128 characters.</source>
        <translation>It is longer than 128 characters.</translation>
    </message>
    <message>
        <source>It has no upper-case Latin letter (A-Z).</source>
        <translation>It has no upper-case Latin letter (A-Z).</translation>
    </message>
    <message>
        <source>It has no lower-case Latin letter (a-z).</source>
        <translation>It has no lower-case Latin letter (a-z).</translation>
    </message>
    <message>
        <source>It has no digit (0-9).</source>
        <translation>It has no digit (0-9).</translation>
    </message>
    <message>
        <source>It has no special character such as ! # % or -.</source>
        <translation>It has no special character such as ! # % or -.</translation>
    </message>
    <message>
        <source>It contains your login.</source>
        <translation>It contains your login.</translation>
    </message>
    <message>
        <source>It contains your name.</source>
        <translation>It contains your name.</translation>
    </message>
    <message>
        <source>It is a common password that is easy to guess.</source>
        <translation>It is a common password that is easy to guess.</translation>
    </message>
    <message>
        <source>It is one of your last 5 passwords.</source>
        <translation>It is one of your last 5 passwords.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Surname and name, in Cyrillic or Latin letters</source>
        <translation>Surname and name, in Cyrillic or Latin letters</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) on the precinct list</source>
        <translation>
            <numerusform>%n voter on the precinct list</numerusform>
            <numerusform>%n voters on the precinct list</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a few letters of the surname or the name.</source>
        <translation>Type a few letters of the surname or the name.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n found: type more of the name.</source>
        <translation>
            <numerusform>More than %n found: type more of the name.</numerusform>
            <numerusform>More than %n found: type more of the name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoterTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Precinct</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>On the list</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
</context>
</TS>
