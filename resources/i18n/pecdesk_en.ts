<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation>&amp;Add an account…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Disable…</translation>
    </message>
    <message>
        <source>&amp;Reset the password…</source>
        <translation>&amp;Reset the password…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>locked out after wrong passwords</source>
        <translation>locked out after wrong passwords</translation>
    </message>
    <message>
        <source>active; the one-time password is not changed yet</source>
        <translation>active; the one-time password is not changed yet</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>The account %1 was added.</source>
        <translation>The account %1 was added.</translation>
    </message>
    <message>
        <source>Disable the account %1 (%2)? Its password will no longer open anything; this cannot be undone here.</source>
        <translation>Disable the account %1 (%2)? Its password will no longer open anything; this cannot be undone here.</translation>
    </message>
    <message>
        <source>Disable the account</source>
        <translation>Disable the account</translation>
    </message>
    <message>
        <source>Give %1 (%2) a new one-time password? The current password stops working at once.</source>
        <translation>Give %1 (%2) a new one-time password? The current password stops working at once.</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Reset the password</translation>
    </message>
    <message>
        <source>The account %1 was unlocked.</source>
        <translation>The account %1 was unlocked.</translation>
    </message>
    <message>
        <source>The account %1 was disabled.</source>
        <translation>The account %1 was disabled.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>The password of %1 was reset.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Latin letters, digits, . _ -</source>
        <translation>Latin letters, digits, . _ -</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Add the account</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>What was done about the selected alert</source>
        <translation>What was done about the selected alert</translation>
    </message>
    <message>
        <source>&amp;Record the review</source>
        <translation>&amp;Record the review</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>The review of alert %1 is recorded.</source>
        <translation>The review of alert %1 is recorded.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <source>&amp;Export (NIST 1500-101)…</source>
        <translation>&amp;Export (NIST 1500-101)…</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Administrators' actions</source>
        <translation>Administrators' actions</translation>
    </message>
    <message>
        <source>Audit and alerts</source>
        <translation>Audit and alerts</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Verifying the chain…</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 events, the last one signed at event %2.</source>
        <translation>The audit chain is intact: %1 events, the last one signed at event %2.</translation>
    </message>
    <message>
        <source>The audit chain is BROKEN: %1 problems. The first, at event %2: %3</source>
        <translation>The audit chain is BROKEN: %1 problems. The first, at event %2: %3</translation>
    </message>
    <message>
        <source>an event was changed after it was written.</source>
        <translation>an event was changed after it was written.</translation>
    </message>
    <message>
        <source>events were deleted, inserted or reordered.</source>
        <translation>events were deleted, inserted or reordered.</translation>
    </message>
    <message>
        <source>an event number is missing.</source>
        <translation>an event number is missing.</translation>
    </message>
    <message>
        <source>the log ends before its last signed point: events were cut off.</source>
        <translation>the log ends before its last signed point: events were cut off.</translation>
    </message>
    <message>
        <source>the log differs from what was signed.</source>
        <translation>the log differs from what was signed.</translation>
    </message>
    <message>
        <source>a signature of the log is forged.</source>
        <translation>a signature of the log is forged.</translation>
    </message>
    <message>
        <source>the log is older than this computer has seen: it was rolled back.</source>
        <translation>the log is older than this computer has seen: it was rolled back.</translation>
    </message>
    <message>
        <source>Folder for the audit log export</source>
        <translation>Folder for the audit log export</translation>
    </message>
    <message>
        <source>Writing the audit log…</source>
        <translation>Writing the audit log…</translation>
    </message>
    <message>
        <source>Written: %1 (%2 events, readable only by you).</source>
        <translation>Written: %1 (%2 events, readable only by you).</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alerts (%1)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>An encrypted copy of the store, written to a registered flash drive connected now.</source>
        <translation>An encrypted copy of the store, written to a registered flash drive connected now.</translation>
    </message>
    <message>
        <source>Look for &amp;drives</source>
        <translation>Look for &amp;drives</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>No registered drive is connected. Connect one and click “Look for drives”.</source>
        <translation>No registered drive is connected. Connect one and click “Look for drives”.</translation>
    </message>
    <message>
        <source>Registered drives connected: %1.</source>
        <translation>Registered drives connected: %1.</translation>
    </message>
    <message>
        <source>Drives connected but not registered: %1 (the chair or the secretary registers them).</source>
        <translation>Drives connected but not registered: %1 (the chair or the secretary registers them).</translation>
    </message>
    <message>
        <source>The backup was written to %1 on %2: %3 bytes, SHA-256 %4. Keep the drive in a safe place.</source>
        <translation>The backup was written to %1 on %2: %3 bytes, SHA-256 %4. Keep the drive in a safe place.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backup and recovery</source>
        <translation>Backup and recovery</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>Your session has ended: the data this window opened is no longer there. Log out now.</source>
        <translation>Your session has ended: the data this window opened is no longer there. Log out now.</translation>
    </message>
</context>
<context>
    <name>BuildLabel</name>
    <message>
        <source>Development build</source>
        <translation>Development build</translation>
    </message>
    <message>
        <source>Test switches are on in this build. It is for training and testing, not for a polling station.</source>
        <translation>Test switches are on in this build. It is for training and testing, not for a polling station.</translation>
    </message>
</context>
<context>
    <name>CaptureLabel</name>
    <message>
        <source>Screen capture blocked</source>
        <translation>Screen capture blocked</translation>
    </message>
    <message>
        <source>Screen capture cannot be blocked on this system</source>
        <translation>Screen capture cannot be blocked on this system</translation>
    </message>
    <message>
        <source>Screen capture could not be blocked</source>
        <translation>Screen capture could not be blocked</translation>
    </message>
    <message>
        <source>Photographing or filming the screen is forbidden.</source>
        <translation>Photographing or filming the screen is forbidden.</translation>
    </message>
</context>
<context>
    <name>ClaimDetail</name>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Filed:</source>
        <translation>Filed:</translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation>Answer by:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Voter informed:</source>
        <translation>Voter informed:</translation>
    </message>
    <message>
        <source>Receipts printed:</source>
        <translation>Receipts printed:</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Attached files:</translation>
    </message>
    <message>
        <source>Choose a claim in the list to see it here.</source>
        <translation>Choose a claim in the list to see it here.</translation>
    </message>
    <message>
        <source>&amp;Show what was filed</source>
        <translation>&amp;Show what was filed</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Re&amp;print the receipt</source>
        <translation>Re&amp;print the receipt</translation>
    </message>
    <message>
        <source>&amp;Answer letter…</source>
        <translation>&amp;Answer letter…</translation>
    </message>
    <message>
        <source>Mark the voter in&amp;formed</source>
        <translation>Mark the voter in&amp;formed</translation>
    </message>
    <message>
        <source>Receipt for claim %1 (duplicate)</source>
        <translation>Receipt for claim %1 (duplicate)</translation>
    </message>
    <message>
        <source>Answer to claim %1</source>
        <translation>Answer to claim %1</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Claim %1</translation>
    </message>
    <message>
        <source>%1, %2, by %3</source>
        <translation>%1, %2, by %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Contact for the answer: %1</source>
        <translation>Contact for the answer: %1</translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation>Institution: %1</translation>
    </message>
    <message>
        <source>Contact-centre check: %1</source>
        <translation>Contact-centre check: %1</translation>
    </message>
    <message>
        <source>Reason of the decision: %1</source>
        <translation>Reason of the decision: %1</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>File: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>New claim</source>
        <translation>New claim</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Show the &amp;receipt</source>
        <translation>Show the &amp;receipt</translation>
    </message>
    <message>
        <source>Save the receipt as P&amp;DF…</source>
        <translation>Save the receipt as P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Claim %1 is saved. The answer is due by %2.</source>
        <translation>Claim %1 is saved. The answer is due by %2.</translation>
    </message>
    <message>
        <source>The receipt was saved to %1.</source>
        <translation>The receipt was saved to %1.</translation>
    </message>
    <message>
        <source>Some fields are wrong; nothing was saved. Correct the marked fields and save again.</source>
        <translation>Some fields are wrong; nothing was saved. Correct the marked fields and save again.</translation>
    </message>
    <message>
        <source>Attach a scanned file</source>
        <translation>Attach a scanned file</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Choose the voter in the list first, then start the claim.</source>
        <translation>Choose the voter in the list first, then start the claim.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Receipt for claim %1</source>
        <translation>Receipt for claim %1</translation>
    </message>
    <message>
        <source>Folder for the receipt PDF</source>
        <translation>Folder for the receipt PDF</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>(no change)</source>
        <translation>(no change)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>No voter selected: choose the voter in the list first.</source>
        <translation>No voter selected: choose the voter in the list first.</translation>
    </message>
    <message>
        <source>Claim &amp;type</source>
        <translation>Claim &amp;type</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>&amp;PIN (14 digits)</source>
        <translation>&amp;PIN (14 digits)</translation>
    </message>
    <message>
        <source>Voter's c&amp;ontact for the answer</source>
        <translation>Voter's c&amp;ontact for the answer</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Confirmations</translation>
    </message>
    <message>
        <source>Contact-centre c&amp;heck</source>
        <translation>Contact-centre c&amp;heck</translation>
    </message>
    <message>
        <source>I&amp;nstitution</source>
        <translation>I&amp;nstitution</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Passport &amp;visually checked</source>
        <translation>Passport &amp;visually checked</translation>
    </message>
    <message>
        <source>Person i&amp;dentified</source>
        <translation>Person i&amp;dentified</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Voter's &amp;data: %1</source>
        <translation>Voter's &amp;data: %1</translation>
    </message>
    <message>
        <source>not a real date; write it as %1</source>
        <translation>not a real date; write it as %1</translation>
    </message>
    <message>
        <source>&amp;Corrections: %1</source>
        <translation>&amp;Corrections: %1</translation>
    </message>
</context>
<context>
    <name>ClaimTexts</name>
    <message>
        <source>answer due soon</source>
        <translation>answer due soon</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>preliminary list on the portal</source>
        <translation>preliminary list on the portal</translation>
    </message>
    <message>
        <source>preliminary list given to the PEC</source>
        <translation>preliminary list given to the PEC</translation>
    </message>
    <message>
        <source>list posted for review</source>
        <translation>list posted for review</translation>
    </message>
    <message>
        <source>control list posted</source>
        <translation>control list posted</translation>
    </message>
    <message>
        <source>last day for claims</source>
        <translation>last day for claims</translation>
    </message>
    <message>
        <source>last day for institution forms</source>
        <translation>last day for institution forms</translation>
    </message>
    <message>
        <source>final list on the portal</source>
        <translation>final list on the portal</translation>
    </message>
    <message>
        <source>final list published by the PEC</source>
        <translation>final list published by the PEC</translation>
    </message>
    <message>
        <source>Filed (%1)</source>
        <translation>Filed (%1)</translation>
    </message>
    <message>
        <source>The voter's record blocked until the decision</source>
        <translation>The voter's record blocked until the decision</translation>
    </message>
    <message>
        <source>Sent to the TEC in batch %1</source>
        <translation>Sent to the TEC in batch %1</translation>
    </message>
    <message>
        <source>Batch %1 acknowledged by the TEC</source>
        <translation>Batch %1 acknowledged by the TEC</translation>
    </message>
    <message>
        <source>No decision by the answer date: alert raised</source>
        <translation>No decision by the answer date: alert raised</translation>
    </message>
    <message>
        <source>Decision of the TEC: %1</source>
        <translation>Decision of the TEC: %1</translation>
    </message>
    <message>
        <source>Decision received; the voter's record released</source>
        <translation>Decision received; the voter's record released</translation>
    </message>
    <message>
        <source>Unlawfully collected data destroyed</source>
        <translation>Unlawfully collected data destroyed</translation>
    </message>
    <message>
        <source>Voter informed (%1)</source>
        <translation>Voter informed (%1)</translation>
    </message>
    <message>
        <source>Report that the voter was informed sent in batch %1</source>
        <translation>Report that the voter was informed sent in batch %1</translation>
    </message>
</context>
<context>
    <name>ClaimsPage</name>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>(all statuses)</source>
        <translation>(all statuses)</translation>
    </message>
    <message>
        <source>(all types)</source>
        <translation>(all types)</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>&amp;New claim…</source>
        <translation>&amp;New claim…</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Shown: %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) past the answer date</source>
        <translation>
            <numerusform>%n claim past the answer date</numerusform>
            <numerusform>%n claims past the answer date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) due soon</source>
        <translation>
            <numerusform>%n claim due soon</numerusform>
            <numerusform>%n claims due soon</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage: %1 (since %2).</source>
        <translation>Stage: %1 (since %2).</translation>
    </message>
    <message numerus="yes">
        <source>Next: %1 on %2, %n day(s) left.</source>
        <translation>
            <numerusform>Next: %1 on %2, %n day left.</numerusform>
            <numerusform>Next: %1 on %2, %n days left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting day in %n day(s).</source>
        <translation>
            <numerusform>Voting day in %n day.</numerusform>
            <numerusform>Voting day in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfidentialBox</name>
    <message>
        <source>Confidential data</source>
        <translation>Confidential data</translation>
    </message>
    <message>
        <source>Shown only when asked for; every view is recorded in the audit log.</source>
        <translation>Shown only when asked for; every view is recorded in the audit log.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Show the PIN, date of birth, sex and address (recorded in the audit log); hidden after %1 s</source>
        <translation>Show the PIN, date of birth, sex and address (recorded in the audit log); hidden after %1 s</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Hide</translation>
    </message>
    <message numerus="yes">
        <source>Hidden again in %n s.</source>
        <translation>
            <numerusform>Hidden again in %n s.</numerusform>
            <numerusform>Hidden again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownBar</name>
    <message>
        <source>The screen locks in %1 s: move the mouse or press a key to stay.</source>
        <translation>The screen locks in %1 s: move the mouse or press a key to stay.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose the date on the calendar</source>
        <translation>Choose the date on the calendar</translation>
    </message>
</context>
<context>
    <name>DestroyBox</name>
    <message>
        <source>Destruction of the personal data</source>
        <translation>Destruction of the personal data</translation>
    </message>
    <message>
        <source>Destroys the voter list, the claims and every key that opens them on this computer, for good. The audit log is kept. Backups made here must be collected and destroyed as well.</source>
        <translation>Destroys the voter list, the claims and every key that opens them on this computer, for good. The audit log is kept. Backups made here must be collected and destroyed as well.</translation>
    </message>
    <message>
        <source>Type the precinct &amp;number:</source>
        <translation>Type the precinct &amp;number:</translation>
    </message>
    <message>
        <source>Reason for destroying &amp;early:</source>
        <translation>Reason for destroying &amp;early:</translation>
    </message>
    <message>
        <source>Needed only before the end of the retention period.</source>
        <translation>Needed only before the end of the retention period.</translation>
    </message>
    <message>
        <source>Give up the claims and batches the TEC has not received or acknowledged yet</source>
        <translation>Give up the claims and batches the TEC has not received or acknowledged yet</translation>
    </message>
    <message>
        <source>&amp;Destroy the personal data…</source>
        <translation>&amp;Destroy the personal data…</translation>
    </message>
    <message>
        <source>Destroy the personal data of this precinct for good? Nothing on this computer can open it afterwards.</source>
        <translation>Destroy the personal data of this precinct for good? Nothing on this computer can open it afterwards.</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <source>The personal data of precinct %1 was destroyed: %2 voters, %3 claims. The audit log is kept.</source>
        <translation>The personal data of precinct %1 was destroyed: %2 voters, %3 claims. The audit log is kept.</translation>
    </message>
    <message>
        <source>Collect and destroy the backups made on this computer:</source>
        <translation>Collect and destroy the backups made on this computer:</translation>
    </message>
    <message>
        <source>Type the precinct number %1 to confirm.</source>
        <translation>Type the precinct number %1 to confirm.</translation>
    </message>
    <message>
        <source>The data is kept until %1. To destroy it earlier, write the reason here.</source>
        <translation>The data is kept until %1. To destroy it earlier, write the reason here.</translation>
    </message>
    <message>
        <source>Claims not yet sent to the TEC: %1; batches the TEC has not acknowledged: %2. Export them and wait for the acknowledgement, or tick the box to give them up.</source>
        <translation>Claims not yet sent to the TEC: %1; batches the TEC has not acknowledged: %2. Export them and wait for the acknowledgement, or tick the box to give them up.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>The list of voters to post at the precinct, by the calendar stage.</source>
        <translation>The list of voters to post at the precinct, by the calendar stage.</translation>
    </message>
    <message>
        <source>A voter's own record, for the voter, approved by a second commission member.</source>
        <translation>A voter's own record, for the voter, approved by a second commission member.</translation>
    </message>
    <message>
        <source>A reasoned refusal of a voter's request for their record.</source>
        <translation>A reasoned refusal of a voter's request for their record.</translation>
    </message>
</context>
<context>
    <name>DriveImport</name>
    <message>
        <source>the import</source>
        <translation>the import</translation>
    </message>
</context>
<context>
    <name>DriveScan</name>
    <message>
        <source>the scan of a drive</source>
        <translation>the scan of a drive</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>the program</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Drives and exchange</source>
        <translation>Drives and exchange</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>There is no help for this screen yet.</source>
        <translation>There is no help for this screen yet.</translation>
    </message>
    <message>
        <source>Help on this screen</source>
        <translation>Help on this screen</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Election calendar</source>
        <translation>Election calendar</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Exchange with the central system</source>
        <translation>Exchange with the central system</translation>
    </message>
    <message>
        <source>Security and storage</source>
        <translation>Security and storage</translation>
    </message>
    <message numerus="yes">
        <source>Claims filed per day, by status: the last %n day(s)</source>
        <translation>
            <numerusform>Claims filed per day, by status: the last %n day(s)</numerusform>
            <numerusform>Claims filed per day, by status: the last %n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>No claims were filed in these days.</source>
        <translation>No claims were filed in these days.</translation>
    </message>
</context>
<context>
    <name>HomeTexts</name>
    <message>
        <source>Stage: %1 (since %2).</source>
        <translation>Stage: %1 (since %2).</translation>
    </message>
    <message>
        <source>The calendar of the election has not started yet.</source>
        <translation>The calendar of the election has not started yet.</translation>
    </message>
    <message numerus="yes">
        <source>Next deadline: %1 on %2, in %n day(s).</source>
        <translation>
            <numerusform>Next deadline: %1 on %2, in %n day(s).</numerusform>
            <numerusform>Next deadline: %1 on %2, in %n day(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting day in %n day(s).</source>
        <translation>
            <numerusform>Voting day in %n day(s).</numerusform>
            <numerusform>Voting day in %n day(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting day is today.</source>
        <translation>Voting day is today.</translation>
    </message>
    <message>
        <source>Voting day has passed.</source>
        <translation>Voting day has passed.</translation>
    </message>
    <message>
        <source>voting day</source>
        <translation>voting day</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) in all</source>
        <translation>
            <numerusform>%n claim(s) in all</numerusform>
            <numerusform>%n claim(s) in all</numerusform>
        </translation>
    </message>
    <message>
        <source>No claim is past its answer date or due soon.</source>
        <translation>No claim is past its answer date or due soon.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) past the answer date</source>
        <translation>
            <numerusform>%n claim(s) past the answer date</numerusform>
            <numerusform>%n claim(s) past the answer date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) due soon</source>
        <translation>
            <numerusform>%n claim(s) due soon</numerusform>
            <numerusform>%n claim(s) due soon</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): answer by %3</source>
        <translation>%1 (%2): answer by %3</translation>
    </message>
    <message>
        <source>Antivirus signatures: TEST signatures — not protection</source>
        <translation>Antivirus signatures: TEST signatures — not protection</translation>
    </message>
    <message>
        <source>Antivirus signatures: none installed — drives cannot be scanned</source>
        <translation>Antivirus signatures: none installed — drives cannot be scanned</translation>
    </message>
    <message>
        <source>Antivirus signatures: cannot be used — drives cannot be scanned</source>
        <translation>Antivirus signatures: cannot be used — drives cannot be scanned</translation>
    </message>
    <message>
        <source>Antivirus signatures: %1</source>
        <translation>Antivirus signatures: %1</translation>
    </message>
    <message numerus="yes">
        <source>Antivirus signatures: %1 (%n day(s) old)</source>
        <translation>
            <numerusform>Antivirus signatures: %1 (%n day(s) old)</numerusform>
            <numerusform>Antivirus signatures: %1 (%n day(s) old)</numerusform>
        </translation>
    </message>
    <message>
        <source>No security alerts are waiting for review.</source>
        <translation>No security alerts are waiting for review.</translation>
    </message>
    <message numerus="yes">
        <source>%n security alert(s) waiting for review</source>
        <translation>
            <numerusform>%n security alert(s) waiting for review</numerusform>
            <numerusform>%n security alert(s) waiting for review</numerusform>
        </translation>
    </message>
    <message>
        <source>The retention period ended on %1: the data is due for destruction.</source>
        <translation>The retention period ended on %1: the data is due for destruction.</translation>
    </message>
    <message numerus="yes">
        <source>The data is kept until %1 (%n day(s) left).</source>
        <translation>
            <numerusform>The data is kept until %1 (%n day(s) left).</numerusform>
            <numerusform>The data is kept until %1 (%n day(s) left).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>PEC Desk is already open on this computer for this data folder. Switch to its window (it may be locked or minimised) instead of starting it again.</source>
        <translation>PEC Desk is already open on this computer for this data folder. Switch to its window (it may be locked or minimised) instead of starting it again.</translation>
    </message>
</context>
<context>
    <name>JobBox</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
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
    <message>
        <source>&amp;Switch user</source>
        <translation>&amp;Switch user</translation>
    </message>
    <message>
        <source>Log this session out and show the login window</source>
        <translation>Log this session out and show the login window</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Log this session out and close PEC Desk</source>
        <translation>Log this session out and close PEC Desk</translation>
    </message>
    <message>
        <source>Still running: %1. The work goes on and is not cancelled; the data on the screen is put away when it ends, then you can unlock.</source>
        <translation>Still running: %1. The work goes on and is not cancelled; the data on the screen is put away when it ends, then you can unlock.</translation>
    </message>
    <message>
        <source>Finished while the screen was locked: %1.</source>
        <translation>Finished while the screen was locked: %1.</translation>
    </message>
    <message>
        <source>Ended with an error while the screen was locked: %1. Open it again after unlocking.</source>
        <translation>Ended with an error while the screen was locked: %1. Open it again after unlocking.</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;Older events</source>
        <translation>&amp;Older events</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>Every event</translation>
    </message>
    <message>
        <source>%1 events shown; older ones remain.</source>
        <translation>%1 events shown; older ones remain.</translation>
    </message>
    <message>
        <source>%1 events shown.</source>
        <translation>%1 events shown.</translation>
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
        <source>The unfinished claim form of the last session was discarded.</source>
        <translation>The unfinished claim form of the last session was discarded.</translation>
    </message>
    <message>
        <source>You were logged out because nobody used the workstation for a long time.</source>
        <translation>You were logged out because nobody used the workstation for a long time.</translation>
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation>Enter your login and your password.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Lock the screen</translation>
    </message>
    <message>
        <source>Log &amp;out / switch user</source>
        <translation>Log &amp;out / switch user</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Claims</translation>
    </message>
    <message>
        <source>&amp;New claim…</source>
        <translation>&amp;New claim…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>List for &amp;posting…</source>
        <translation>List for &amp;posting…</translation>
    </message>
    <message>
        <source>&amp;Subject-access extract…</source>
        <translation>&amp;Subject-access extract…</translation>
    </message>
    <message>
        <source>&amp;Refusal of a subject-access request…</source>
        <translation>&amp;Refusal of a subject-access request…</translation>
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
        <translation>%1 (%2), precinct %3</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>Select the voter in the search list first.</source>
        <translation>Select the voter in the search list first.</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <source>Drives</source>
        <translation>Drives</translation>
    </message>
    <message>
        <source>Removable drives connected now:</source>
        <translation>Removable drives connected now:</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Holder:</translation>
    </message>
    <message>
        <source>Full name of the person who keeps the drive</source>
        <translation>Full name of the person who keeps the drive</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation>S&amp;can</translation>
    </message>
    <message>
        <source>Registered drives:</source>
        <translation>Registered drives:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Volume id</source>
        <translation>Volume id</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>&amp;Unregister</source>
        <translation>&amp;Unregister</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>not registered</translation>
    </message>
    <message>
        <source>registered (holder: %1)</source>
        <translation>registered (holder: %1)</translation>
    </message>
    <message>
        <source>Warning: a device that is not a storage drive is connected (%1). Phones and other devices must not be connected to this computer: disconnect it. This is recorded in the audit log.</source>
        <translation>Warning: a device that is not a storage drive is connected (%1). Phones and other devices must not be connected to this computer: disconnect it. This is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Antivirus signatures: TEST signatures — not protection</source>
        <translation>Antivirus signatures: TEST signatures — not protection</translation>
    </message>
    <message>
        <source>Antivirus signatures: none installed — drives cannot be scanned</source>
        <translation>Antivirus signatures: none installed — drives cannot be scanned</translation>
    </message>
    <message>
        <source>Antivirus signatures: cannot be used (%1) — drives cannot be scanned</source>
        <translation>Antivirus signatures: cannot be used (%1) — drives cannot be scanned</translation>
    </message>
    <message>
        <source>Antivirus signatures: %1</source>
        <translation>Antivirus signatures: %1</translation>
    </message>
    <message numerus="yes">
        <source>Antivirus signatures: %1 (%n day(s) old)</source>
        <translation>
            <numerusform>Antivirus signatures: %1 (%n day old)</numerusform>
            <numerusform>Antivirus signatures: %1 (%n days old)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation>One-time password</translation>
    </message>
    <message>
        <source>The one-time password of %1 (%2):</source>
        <translation>The one-time password of %1 (%2):</translation>
    </message>
    <message>
        <source>Hand it to its holder in person. It will not be shown again: once this window is closed, only a new reset gives another. The holder must choose their own password at the first login.</source>
        <translation>Hand it to its holder in person. It will not be shown again: once this window is closed, only a new reset gives another. The holder must choose their own password at the first login.</translation>
    </message>
    <message>
        <source>I have handed it over</source>
        <translation>I have handed it over</translation>
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
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1, type your current password, then your new password twice.</source>
        <translation>%1, type your current password, then your new password twice.</translation>
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
    <name>PostingListDialog</name>
    <message>
        <source>List for posting</source>
        <translation>List for posting</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>preliminary list</source>
        <translation>preliminary list</translation>
    </message>
    <message>
        <source>control list</source>
        <translation>control list</translation>
    </message>
    <message>
        <source>final list</source>
        <translation>final list</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Record No.:</source>
        <translation>Record No.:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the record (Esc)</source>
        <translation>Close the record (Esc)</translation>
    </message>
    <message>
        <source>Esc: close the record.</source>
        <translation>Esc: close the record.</translation>
    </message>
    <message>
        <source>Ctrl+N: file a claim for this voter.</source>
        <translation>Ctrl+N: file a claim for this voter.</translation>
    </message>
    <message>
        <source>%1 (claim %2)</source>
        <translation>%1 (claim %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) on the list have this same name.</source>
        <translation>
            <numerusform>%n voter on the list has this same name.</numerusform>
            <numerusform>%n voters on the list have this same name.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is record No. %1; the others: %2.</source>
        <translation>This is record No. %1; the others: %2.</translation>
    </message>
    <message>
        <source>To be sure it is the right person, type the PIN from the passport into the search box, or compare the date of birth and address.</source>
        <translation>To be sure it is the right person, type the PIN from the passport into the search box, or compare the date of birth and address.</translation>
    </message>
    <message>
        <source>To be sure it is the right person, type the PIN from the passport into the search box.</source>
        <translation>To be sure it is the right person, type the PIN from the passport into the search box.</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Refusal of a subject-access request</source>
        <translation>Refusal of a subject-access request</translation>
    </message>
    <message>
        <source>Applicant's &amp;full name:</source>
        <translation>Applicant's &amp;full name:</translation>
    </message>
    <message>
        <source>&amp;Reason for the refusal:</source>
        <translation>&amp;Reason for the refusal:</translation>
    </message>
</context>
<context>
    <name>RestoreBox</name>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Puts a backup of this precinct made on this computer in place of the current data. The whole file is checked first; nothing changes if any check fails.</source>
        <translation>Puts a backup of this precinct made on this computer in place of the current data. The whole file is checked first; nothing changes if any check fails.</translation>
    </message>
    <message>
        <source>C&amp;hoose the backup file…</source>
        <translation>C&amp;hoose the backup file…</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Your &amp;password:</translation>
    </message>
    <message>
        <source>Restore even if the backup is older than the current data (the changes made since are lost)</source>
        <translation>Restore even if the backup is older than the current data (the changes made since are lost)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>No backup file chosen.</source>
        <translation>No backup file chosen.</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <source>Backups (*.pecbak)</source>
        <translation>Backups (*.pecbak)</translation>
    </message>
    <message>
        <source>Type your password: the restore opens the backup with it.</source>
        <translation>Type your password: the restore opens the backup with it.</translation>
    </message>
    <message>
        <source>Replace the current data with the backup %1? Your session ends afterwards and you log in again.</source>
        <translation>Replace the current data with the backup %1? Your session ends afterwards and you log in again.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>The backup of %1 was restored.</source>
        <translation>The backup of %1 was restored.</translation>
    </message>
    <message>
        <source>Changes given up: %1.</source>
        <translation>Changes given up: %1.</translation>
    </message>
    <message>
        <source>This backup is older than the current data: %1 changes were recorded since it was made (%2). To restore it knowingly, tick the box above and restore again.</source>
        <translation>This backup is older than the current data: %1 changes were recorded since it was made (%2). To restore it knowingly, tick the box above and restore again.</translation>
    </message>
</context>
<context>
    <name>SamplePanel</name>
    <message>
        <source>A random sample of the system administrators' actions not reviewed yet.</source>
        <translation>A random sample of the system administrators' actions not reviewed yet.</translation>
    </message>
    <message>
        <source>&amp;Draw a sample</source>
        <translation>&amp;Draw a sample</translation>
    </message>
    <message>
        <source>What the review of these actions found</source>
        <translation>What the review of these actions found</translation>
    </message>
    <message>
        <source>Record the re&amp;view</source>
        <translation>Record the re&amp;view</translation>
    </message>
    <message>
        <source>%1 actions drawn.</source>
        <translation>%1 actions drawn.</translation>
    </message>
    <message>
        <source>Every action of the system administrators has been reviewed.</source>
        <translation>Every action of the system administrators has been reviewed.</translation>
    </message>
    <message>
        <source>The review of %1 actions is recorded.</source>
        <translation>The review of %1 actions is recorded.</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Checking the files against the rules</source>
        <translation>Checking the files against the rules</translation>
    </message>
    <message>
        <source>Copying the files into the private staging area</source>
        <translation>Copying the files into the private staging area</translation>
    </message>
    <message>
        <source>Antivirus check</source>
        <translation>Antivirus check</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <source>Scan of a drive</source>
        <translation>Scan of a drive</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Scanning %1... Nothing is read from it until the scan ends.</source>
        <translation>Scanning %1... Nothing is read from it until the scan ends.</translation>
    </message>
    <message>
        <source>Stopping the scan of %1...</source>
        <translation>Stopping the scan of %1...</translation>
    </message>
    <message>
        <source>The scan of %1 did not finish</source>
        <translation>The scan of %1 did not finish</translation>
    </message>
    <message>
        <source>Scan report: %1</source>
        <translation>Scan report: %1</translation>
    </message>
    <message>
        <source>It stopped on an unexpected error; nothing from the drive is used.</source>
        <translation>It stopped on an unexpected error; nothing from the drive is used.</translation>
    </message>
    <message>
        <source>Reason code: %1</source>
        <translation>Reason code: %1</translation>
    </message>
    <message>
        <source>The scan was cancelled. Nothing from the drive is used.</source>
        <translation>The scan was cancelled. Nothing from the drive is used.</translation>
    </message>
    <message>
        <source>Result: clean. Nothing harmful was found.</source>
        <translation>Result: clean. Nothing harmful was found.</translation>
    </message>
    <message>
        <source>Result: infected. Nothing from the drive is used.</source>
        <translation>Result: infected. Nothing from the drive is used.</translation>
    </message>
    <message>
        <source>Result: refused. Nothing from the drive is used.</source>
        <translation>Result: refused. Nothing from the drive is used.</translation>
    </message>
    <message>
        <source>Result: the drive could not be scanned. Nothing from it is used.</source>
        <translation>Result: the drive could not be scanned. Nothing from it is used.</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Files: %1</translation>
    </message>
    <message>
        <source>Bytes: %1</source>
        <translation>Bytes: %1</translation>
    </message>
    <message>
        <source>Duration: %1 s</source>
        <translation>Duration: %1 s</translation>
    </message>
    <message>
        <source>Antivirus engines:</source>
        <translation>Antivirus engines:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>%1 %2, signatures %3 (%4)</source>
        <translation>%1 %2, signatures %3 (%4)</translation>
    </message>
    <message>
        <source>Why it could not be scanned: %1</source>
        <translation>Why it could not be scanned: %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Findings: %1</translation>
    </message>
    <message>
        <source>... and %1 more (all of them are in the kept report)</source>
        <translation>... and %1 more (all of them are in the kept report)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Surname and name, in Cyrillic or Latin letters</source>
        <translation>Surname and name, in Cyrillic or Latin letters</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Down: to the results. Enter: open the selected or the first voter.</source>
        <translation>Down: to the results. Enter: open the selected or the first voter.</translation>
    </message>
    <message>
        <source>Enter or double-click: open the voter.</source>
        <translation>Enter or double-click: open the voter.</translation>
    </message>
    <message>
        <source>Ctrl+C: copy the selected rows.</source>
        <translation>Ctrl+C: copy the selected rows.</translation>
    </message>
    <message>
        <source>Ctrl+N: file a claim for the selected voter.</source>
        <translation>Ctrl+N: file a claim for the selected voter.</translation>
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
    <message numerus="yes">
        <source>%n row(s) copied; the clipboard is cleared in %1 s.</source>
        <translation>
            <numerusform>%n row copied; the clipboard is cleared in %1 s.</numerusform>
            <numerusform>%n rows copied; the clipboard is cleared in %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfCheckBox</name>
    <message>
        <source>Self-check and retention</source>
        <translation>Self-check and retention</translation>
    </message>
    <message>
        <source>&amp;Check the store</source>
        <translation>&amp;Check the store</translation>
    </message>
    <message>
        <source>Also check every page of the store (slower)</source>
        <translation>Also check every page of the store (slower)</translation>
    </message>
    <message>
        <source>The retention period ended on %1: the personal data has served its purpose and the chair destroys it on this page.</source>
        <translation>The retention period ended on %1: the personal data has served its purpose and the chair destroys it on this page.</translation>
    </message>
    <message>
        <source>The personal data is kept until %1 (days left: %2).</source>
        <translation>The personal data is kept until %1 (days left: %2).</translation>
    </message>
    <message>
        <source>The store is encrypted with SQLCipher %1 (%2), SQLite %3.</source>
        <translation>The store is encrypted with SQLCipher %1 (%2), SQLite %3.</translation>
    </message>
    <message>
        <source>%1 Pages that fail their check: %2. The store is damaged: restore the last backup.</source>
        <translation>%1 Pages that fail their check: %2. The store is damaged: restore the last backup.</translation>
    </message>
    <message>
        <source>%1 This is not SQLCipher 4: the store cannot be trusted.</source>
        <translation>%1 This is not SQLCipher 4: the store cannot be trusted.</translation>
    </message>
    <message>
        <source>%1 Every page passed its check.</source>
        <translation>%1 Every page passed its check.</translation>
    </message>
    <message>
        <source>%1 The store is sound.</source>
        <translation>%1 The store is sound.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Text size:</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <source>Subject-access extract</source>
        <translation>Subject-access extract</translation>
    </message>
    <message>
        <source>Confidential data: the chair or the secretary (not you) approves with their password.</source>
        <translation>Confidential data: the chair or the secretary (not you) approves with their password.</translation>
    </message>
    <message>
        <source>Voter:</source>
        <translation>Voter:</translation>
    </message>
    <message>
        <source>Approver's &amp;login:</source>
        <translation>Approver's &amp;login:</translation>
    </message>
    <message>
        <source>Approver's pass&amp;word:</source>
        <translation>Approver's pass&amp;word:</translation>
    </message>
    <message>
        <source>Subject-access extract: %1</source>
        <translation>Subject-access extract: %1</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Exchange with the central system</source>
        <translation>Exchange with the central system</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>Checking %1...</translation>
    </message>
    <message>
        <source>Nothing is changed yet.</source>
        <translation>Nothing is changed yet.</translation>
    </message>
    <message>
        <source>Applying %1...</source>
        <translation>Applying %1...</translation>
    </message>
    <message>
        <source>Making the batch for the central system...</source>
        <translation>Making the batch for the central system...</translation>
    </message>
    <message>
        <source>It stopped on an unexpected error. Check the status lines before you try again.</source>
        <translation>It stopped on an unexpected error. Check the status lines before you try again.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Stopped: %1</translation>
    </message>
    <message>
        <source>Reason code: %1</source>
        <translation>Reason code: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Export the batch to a registered drive</source>
        <translation>Export the batch to a registered drive</translation>
    </message>
    <message>
        <source>Import from a registered drive</source>
        <translation>Import from a registered drive</translation>
    </message>
    <message>
        <source>No removable drive is connected. Connect the registered drive and try again.</source>
        <translation>No removable drive is connected. Connect the registered drive and try again.</translation>
    </message>
    <message>
        <source>Choose the drive:</source>
        <translation>Choose the drive:</translation>
    </message>
    <message>
        <source>Stopping the scan of %1...</source>
        <translation>Stopping the scan of %1...</translation>
    </message>
    <message>
        <source>Scanning %1... Nothing is read from it until the scan ends.</source>
        <translation>Scanning %1... Nothing is read from it until the scan ends.</translation>
    </message>
    <message>
        <source>%1 is clean</source>
        <translation>%1 is clean</translation>
    </message>
    <message>
        <source>Choose the envelope to check:</source>
        <translation>Choose the envelope to check:</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>The scan was cancelled. Nothing from the drive is used.</source>
        <translation>The scan was cancelled. Nothing from the drive is used.</translation>
    </message>
    <message>
        <source>Nothing to import: %1</source>
        <translation>Nothing to import: %1</translation>
    </message>
    <message>
        <source>The drive is clean, but it holds no envelope from the central system (*.pecenv).</source>
        <translation>The drive is clean, but it holds no envelope from the central system (*.pecenv).</translation>
    </message>
    <message>
        <source>C&amp;heck the envelope</source>
        <translation>C&amp;heck the envelope</translation>
    </message>
    <message>
        <source>&amp;Write the batch</source>
        <translation>&amp;Write the batch</translation>
    </message>
    <message>
        <source>&amp;Scan the drive</source>
        <translation>&amp;Scan the drive</translation>
    </message>
    <message>
        <source>Package no. %1 from the central system (%2)</source>
        <translation>Package no. %1 from the central system (%2)</translation>
    </message>
    <message>
        <source>Update no. %1 from the central system (%2)</source>
        <translation>Update no. %1 from the central system (%2)</translation>
    </message>
    <message>
        <source>This envelope was applied before; nothing will change.</source>
        <translation>This envelope was applied before; nothing will change.</translation>
    </message>
    <message>
        <source>If you apply it, this changes:</source>
        <translation>If you apply it, this changes:</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Applied:</translation>
    </message>
    <message>
        <source>Nothing is changed until you press Apply.</source>
        <translation>Nothing is changed until you press Apply.</translation>
    </message>
    <message numerus="yes">
        <source>%n new voter(s)</source>
        <translation>
            <numerusform>%n new voter</numerusform>
            <numerusform>%n new voters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed voter(s)</source>
        <translation>
            <numerusform>%n changed voter</numerusform>
            <numerusform>%n changed voters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed voter(s)</source>
        <translation>
            <numerusform>%n removed voter</numerusform>
            <numerusform>%n removed voters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) on claims</source>
        <translation>
            <numerusform>%n decision on claims</numerusform>
            <numerusform>%n decisions on claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new account(s)</source>
        <translation>
            <numerusform>%n new account</numerusform>
            <numerusform>%n new accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) acknowledged by the central system</source>
        <translation>
            <numerusform>%n batch acknowledged by the central system</numerusform>
            <numerusform>%n batches acknowledged by the central system</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration point(s)</source>
        <translation>
            <numerusform>%n registration point</numerusform>
            <numerusform>%n registration points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n setting</numerusform>
            <numerusform>%n settings</numerusform>
        </translation>
    </message>
    <message>
        <source>new trusted keys of the central system (no. %1)</source>
        <translation>new trusted keys of the central system (no. %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged batch(es) written again</source>
        <translation>
            <numerusform>%n unacknowledged batch written again</numerusform>
            <numerusform>%n unacknowledged batches written again</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the files to the central system: it takes each batch it has not seen yet, in order.</source>
        <translation>Take the files to the central system: it takes each batch it has not seen yet, in order.</translation>
    </message>
    <message>
        <source>Batch no. %1 is written</source>
        <translation>Batch no. %1 is written</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of voter status</source>
        <translation>
            <numerusform>%n change of voter status</numerusform>
            <numerusform>%n changes of voter status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s)</source>
        <translation>
            <numerusform>%n audit event</numerusform>
            <numerusform>%n audit events</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Take the file to the central system; its next update acknowledges the batch.</source>
        <translation>Take the file to the central system; its next update acknowledges the batch.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>&amp;Import from central...</source>
        <translation>&amp;Import from central...</translation>
    </message>
    <message>
        <source>&amp;Export batch...</source>
        <translation>&amp;Export batch...</translation>
    </message>
    <message>
        <source>Import from a registered &amp;drive...</source>
        <translation>Import from a registered &amp;drive...</translation>
    </message>
    <message>
        <source>Export the batch to a registered d&amp;rive...</source>
        <translation>Export the batch to a registered d&amp;rive...</translation>
    </message>
    <message>
        <source>Write the &amp;unacknowledged batches again...</source>
        <translation>Write the &amp;unacknowledged batches again...</translation>
    </message>
    <message>
        <source>Choose an envelope from the central system</source>
        <translation>Choose an envelope from the central system</translation>
    </message>
    <message>
        <source>Envelopes (*.pecenv)</source>
        <translation>Envelopes (*.pecenv)</translation>
    </message>
    <message>
        <source>the import</source>
        <translation>the import</translation>
    </message>
    <message>
        <source>Choose the folder for the batch (the flash drive to the central system)</source>
        <translation>Choose the folder for the batch (the flash drive to the central system)</translation>
    </message>
    <message>
        <source>Choose the folder for the batches (the flash drive to the central system)</source>
        <translation>Choose the folder for the batches (the flash drive to the central system)</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>the export</translation>
    </message>
</context>
<context>
    <name>SyncStatusLines</name>
    <message>
        <source>Nothing has been imported from the central system yet.</source>
        <translation>Nothing has been imported from the central system yet.</translation>
    </message>
    <message>
        <source>Last envelope from the central system: no. %1, imported %2</source>
        <translation>Last envelope from the central system: no. %1, imported %2</translation>
    </message>
    <message>
        <source>No batch has been made for the central system yet.</source>
        <translation>No batch has been made for the central system yet.</translation>
    </message>
    <message>
        <source>Last batch: no. %1, made %2; acknowledged by the central system %3</source>
        <translation>Last batch: no. %1, made %2; acknowledged by the central system %3</translation>
    </message>
    <message>
        <source>Last batch: no. %1, made %2; not yet acknowledged by the central system</source>
        <translation>Last batch: no. %1, made %2; not yet acknowledged by the central system</translation>
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
        <source>Blocked (claim %1)</source>
        <translation>Blocked (claim %1)</translation>
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
<context>
    <name>VotersPage</name>
    <message>
        <source>Voters</source>
        <translation>Voters</translation>
    </message>
</context>
<context>
    <name>_DocumentDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Cancelled: nothing was printed.</source>
        <translation>Cancelled: nothing was printed.</translation>
    </message>
</context>
</TS>