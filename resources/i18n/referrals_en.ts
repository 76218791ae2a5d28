<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AccessPage</name>
    <message>
        <source>Family &amp;reference</source>
        <translation>Family &amp;reference</translation>
    </message>
    <message>
        <source>&amp;Show who processed it</source>
        <translation>&amp;Show who processed it</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xport as CSV…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) for this reference.</source>
        <translation>
            <numerusform>%n entry for this reference.</numerusform>
            <numerusform>%n entries for this reference.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the access list</source>
        <translation>Export the access list</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>U&amp;nit</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Password &amp;again</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>New staff account</translation>
    </message>
    <message>
        <source>Role and unit</source>
        <translation>Role and unit</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Give a user name.</source>
        <translation>Give a user name.</translation>
    </message>
    <message>
        <source>Give the person's name.</source>
        <translation>Give the person's name.</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>The passwords differ.</translation>
    </message>
</context>
<context>
    <name>ActionsBar</name>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Mark received</source>
        <translation>Mark received</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined…</source>
        <translation>Declined…</translation>
    </message>
    <message>
        <source>Close with outcome…</source>
        <translation>Close with outcome…</translation>
    </message>
    <message>
        <source>Cancel referral</source>
        <translation>Cancel referral</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Follow-up date…</source>
        <translation>Follow-up date…</translation>
    </message>
    <message>
        <source>Record that the family withdrew its consent? The receiver no longer sees the family's details.</source>
        <translation>Record that the family withdrew its consent? The receiver no longer sees the family's details.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>Got help</source>
        <translation>Got help</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Did not attend</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Did the family get help?</source>
        <translation>Did the family get help?</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <source>&amp;Staff accounts</source>
        <translation>&amp;Staff accounts</translation>
    </message>
    <message>
        <source>U&amp;nits</source>
        <translation>U&amp;nits</translation>
    </message>
    <message>
        <source>Re&amp;tention</source>
        <translation>Re&amp;tention</translation>
    </message>
    <message>
        <source>&amp;Family access list</source>
        <translation>&amp;Family access list</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>The young person</source>
        <translation>The young person</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Names and identity code</source>
        <translation>Names and identity code</translation>
    </message>
    <message>
        <source>Phone numbers and contact wishes</source>
        <translation>Phone numbers and contact wishes</translation>
    </message>
    <message>
        <source>Language and interpreter</source>
        <translation>Language and interpreter</translation>
    </message>
    <message>
        <source>Reasons and note</source>
        <translation>Reasons and note</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation>&amp;Given by</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Valid until</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Follow up on</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Password &amp;again</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <source>This is the first start. Create the administrator account; the administrator then adds the staff accounts.</source>
        <translation>This is the first start. Create the administrator account; the administrator then adds the staff accounts.</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <source>The session was locked after a pause. Type your password to go on, or cancel to let someone else log in.</source>
        <translation>The session was locked after a pause. Type your password to go on, or cancel to let someone else log in.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Log in with your own account.</source>
        <translation>Log in with your own account.</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>The passwords differ.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>ReceiverPicker</name>
    <message>
        <source>Choose the receiver</source>
        <translation>Choose the receiver</translation>
    </message>
    <message>
        <source>&amp;Search by name</source>
        <translation>&amp;Search by name</translation>
    </message>
    <message>
        <source>Ser&amp;vices in the catalogue</source>
        <translation>Ser&amp;vices in the catalogue</translation>
    </message>
    <message>
        <source>Actors and &amp;units</source>
        <translation>Actors and &amp;units</translation>
    </message>
    <message>
        <source>For example: family counselling</source>
        <translation>For example: family counselling</translation>
    </message>
</context>
<context>
    <name>ReferralExport</name>
    <message>
        <source>The disk is full: the referral could not be written to %1. Nothing was saved. Free some space or choose another place.</source>
        <translation>The disk is full: the referral could not be written to %1. Nothing was saved. Free some space or choose another place.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only or you may not write there. Nothing was saved. Choose another folder.</source>
        <translation>The folder of %1 is read-only or you may not write there. Nothing was saved. Choose another folder.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist. Nothing was saved.</source>
        <translation>The folder of %1 does not exist. Nothing was saved.</translation>
    </message>
    <message>
        <source>The referral could not be written to %1 (%2). Nothing was saved.</source>
        <translation>The referral could not be written to %1 (%2). Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>ReferralExporter</name>
    <message>
        <source>Export the referral for the family's data request</source>
        <translation>Export the referral for the family's data request</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>referral-%1.json</source>
        <translation>referral-%1.json</translation>
    </message>
    <message>
        <source>The referral was exported to %1.</source>
        <translation>The referral was exported to %1.</translation>
    </message>
    <message>
        <source>Export referral</source>
        <translation>Export referral</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>Health and wellbeing</source>
        <translation>Health and wellbeing</translation>
    </message>
    <message>
        <source>Parenthood and the couple relationship</source>
        <translation>Parenthood and the couple relationship</translation>
    </message>
    <message>
        <source>Early support, care and rehabilitation</source>
        <translation>Early support, care and rehabilitation</translation>
    </message>
    <message>
        <source>Separation and shared parenthood</source>
        <translation>Separation and shared parenthood</translation>
    </message>
    <message>
        <source>Family diversity</source>
        <translation>Family diversity</translation>
    </message>
    <message>
        <source>Preventing violence in close relationships</source>
        <translation>Preventing violence in close relationships</translation>
    </message>
    <message>
        <source>Meeting place and peer support</source>
        <translation>Meeting place and peer support</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Family &amp;reference</source>
        <translation>Family &amp;reference</translation>
    </message>
    <message>
        <source>Na&amp;mes (optional)</source>
        <translation>Na&amp;mes (optional)</translation>
    </message>
    <message>
        <source>&amp;Identity code (optional)</source>
        <translation>&amp;Identity code (optional)</translation>
    </message>
    <message>
        <source>&amp;Phone numbers (optional)</source>
        <translation>&amp;Phone numbers (optional)</translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation>Preferred &amp;language</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Recei&amp;ver</source>
        <translation>Recei&amp;ver</translation>
    </message>
    <message>
        <source>How to &amp;contact</source>
        <translation>How to &amp;contact</translation>
    </message>
    <message>
        <source>When to contac&amp;t</source>
        <translation>When to contac&amp;t</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgency</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Follow up on</translation>
    </message>
    <message>
        <source>Initials or your own code</source>
        <translation>Initials or your own code</translation>
    </message>
    <message>
        <source>Separate several with a comma</source>
        <translation>Separate several with a comma</translation>
    </message>
    <message>
        <source>For example: by phone</source>
        <translation>For example: by phone</translation>
    </message>
    <message>
        <source>For example: weekdays 9–12</source>
        <translation>For example: weekdays 9–12</translation>
    </message>
    <message>
        <source>An interpreter is needed</source>
        <translation>An interpreter is needed</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Soon</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>&amp;Save draft (Ctrl+S)</source>
        <translation>&amp;Save draft (Ctrl+S)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Loa&amp;d their version</source>
        <translation>Loa&amp;d their version</translation>
    </message>
    <message>
        <source>(choose a service or a unit, or use Refer in the look-up)</source>
        <translation>(choose a service or a unit, or use Refer in the look-up)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;New referral&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;New referral&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Draft referral&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Draft referral&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>The referral was sent meanwhile; it can no longer be edited.</source>
        <translation>The referral was sent meanwhile; it can no longer be edited.</translation>
    </message>
</context>
<context>
    <name>ReferralList</name>
    <message>
        <source>My unit's open referrals</source>
        <translation>My unit's open referrals</translation>
    </message>
    <message>
        <source>My open referrals</source>
        <translation>My open referrals</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Follow-up overdue</translation>
    </message>
    <message>
        <source>Waiting for a response</source>
        <translation>Waiting for a response</translation>
    </message>
    <message>
        <source>All of my unit's referrals</source>
        <translation>All of my unit's referrals</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <source>Which referrals</source>
        <translation>Which referrals</translation>
    </message>
    <message>
        <source>&amp;Edit draft</source>
        <translation>&amp;Edit draft</translation>
    </message>
    <message>
        <source>&amp;Print sheet for the family…</source>
        <translation>&amp;Print sheet for the family…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s) shown; more below</source>
        <translation>
            <numerusform>%Ln referral shown; more below</numerusform>
            <numerusform>%Ln referrals shown; more below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln referral</numerusform>
            <numerusform>%Ln referrals</numerusform>
        </translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>viewed</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>listed</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>status changed</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>consent recorded</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>consent withdrawn</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exported</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <source>follow-up moved</source>
        <translation>follow-up moved</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <source>closed with outcome</source>
        <translation>closed with outcome</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>reopened</translation>
    </message>
    <message>
        <source>Consent withdrawn: no further disclosure.</source>
        <translation>Consent withdrawn: no further disclosure.</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <source>Reason for declining: %1</source>
        <translation>Reason for declining: %1</translation>
    </message>
    <message>
        <source>Follow up on %1</source>
        <translation>Follow up on %1</translation>
    </message>
    <message>
        <source>Temporary identity code</source>
        <translation>Temporary identity code</translation>
    </message>
    <message>
        <source>Family details are not shown to you.</source>
        <translation>Family details are not shown to you.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>not in force</source>
        <translation>not in force</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>The follow-up date has passed.</source>
        <translation>The follow-up date has passed.</translation>
    </message>
    <message>
        <source>Sent, and no response for a long time.</source>
        <translation>Sent, and no response for a long time.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>brought in from a field kit</source>
        <translation>brought in from a field kit</translation>
    </message>
    <message>
        <source>laptop's version kept (field kit)</source>
        <translation>laptop's version kept (field kit)</translation>
    </message>
    <message>
        <source>site's version kept (field kit)</source>
        <translation>site's version kept (field kit)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Save the referral as a file for the family's data request</source>
        <translation>Save the referral as a file for the family's data request</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <source>Unsaved referral</source>
        <translation>Unsaved referral</translation>
    </message>
    <message>
        <source>Discard the unsaved referral?</source>
        <translation>Discard the unsaved referral?</translation>
    </message>
    <message>
        <source>&amp;Save as draft</source>
        <translation>&amp;Save as draft</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Log in / switch user…</source>
        <translation>&amp;Log in / switch user…</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>Loc&amp;k</translation>
    </message>
    <message>
        <source>&amp;New referral</source>
        <translation>&amp;New referral</translation>
    </message>
    <message>
        <source>Referral &amp;list</source>
        <translation>Referral &amp;list</translation>
    </message>
    <message>
        <source>Log in with your own account to see and make referrals. Several people can share this workstation: each logs in in turn.</source>
        <translation>Log in with your own account to see and make referrals. Several people can share this workstation: each logs in in turn.</translation>
    </message>
    <message>
        <source>Nobody is logged in.</source>
        <translation>Nobody is logged in.</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message numerus="yes">
        <source>Closed referrals are anonymised %n month(s) after closing: the family's details, notes and consent purposes go; what statistics need stays.</source>
        <translation>
            <numerusform>Closed referrals are anonymised %n month after closing: the family's details, notes and consent purposes go; what statistics need stays.</numerusform>
            <numerusform>Closed referrals are anonymised %n months after closing: the family's details, notes and consent purposes go; what statistics need stays.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;what is due</source>
        <translation>Check &amp;what is due</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Anonymise %n referral(s)…</source>
        <translation>
            <numerusform>&amp;Anonymise %n referral…</numerusform>
            <numerusform>&amp;Anonymise %n referrals…</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n closed referral(s) now? The family details cannot be brought back.</source>
        <translation>
            <numerusform>Anonymise %n closed referral now? The family details cannot be brought back.</numerusform>
            <numerusform>Anonymise %n closed referrals now? The family details cannot be brought back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) anonymised.</source>
        <translation>
            <numerusform>%n referral anonymised.</numerusform>
            <numerusform>%n referrals anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Add account…</translation>
    </message>
    <message>
        <source>Role and &amp;unit…</source>
        <translation>Role and &amp;unit…</translation>
    </message>
    <message>
        <source>New pass&amp;word…</source>
        <translation>New pass&amp;word…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in use</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>&amp;Reopen account…</source>
        <translation>&amp;Reopen account…</translation>
    </message>
    <message>
        <source>&amp;Close account…</source>
        <translation>&amp;Close account…</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Account %1 added.</translation>
    </message>
    <message>
        <source>%1 now has the new role and unit.</source>
        <translation>%1 now has the new role and unit.</translation>
    </message>
    <message>
        <source>%1 has a new password; tell it to them in person.</source>
        <translation>%1 has a new password; tell it to them in person.</translation>
    </message>
    <message>
        <source>Close account</source>
        <translation>Close account</translation>
    </message>
    <message>
        <source>Close the account %1? The person can no longer log in; what they recorded stays.</source>
        <translation>Close the account %1? The person can no longer log in; what they recorded stays.</translation>
    </message>
    <message>
        <source>Account %1 closed.</source>
        <translation>Account %1 closed.</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>(an organisation of its own)</source>
        <translation>(an organisation of its own)</translation>
    </message>
    <message>
        <source>For example: 029 123 4567</source>
        <translation>For example: 029 123 4567</translation>
    </message>
    <message>
        <source>Name in &amp;Finnish</source>
        <translation>Name in &amp;Finnish</translation>
    </message>
    <message>
        <source>Name in &amp;Swedish</source>
        <translation>Name in &amp;Swedish</translation>
    </message>
    <message>
        <source>&amp;Belongs to</source>
        <translation>&amp;Belongs to</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>New unit</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>&amp;Add unit…</source>
        <translation>&amp;Add unit…</translation>
    </message>
    <message>
        <source>Contact &amp;details…</source>
        <translation>Contact &amp;details…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>Unit added.</source>
        <translation>Unit added.</translation>
    </message>
    <message>
        <source>Contact details saved.</source>
        <translation>Contact details saved.</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <source>An identity code has 11 characters.</source>
        <translation>An identity code has 11 characters.</translation>
    </message>
    <message>
        <source>The date and the individual number must be digits.</source>
        <translation>The date and the individual number must be digits.</translation>
    </message>
    <message>
        <source>The 7th character must be a century sign: + - Y X W V U A B C D E F.</source>
        <translation>The 7th character must be a century sign: + - Y X W V U A B C D E F.</translation>
    </message>
    <message>
        <source>The first six digits are not a real date.</source>
        <translation>The first six digits are not a real date.</translation>
    </message>
    <message>
        <source>The individual number must be 002–999.</source>
        <translation>The individual number must be 002–999.</translation>
    </message>
    <message>
        <source>The check character does not match; check for typing errors.</source>
        <translation>The check character does not match; check for typing errors.</translation>
    </message>
</context>
<context>
    <name>phones</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>The phone number is empty.</translation>
    </message>
    <message>
        <source>A phone number may hold only digits, spaces, +, -, brackets, dots and slashes.</source>
        <translation>A phone number may hold only digits, spaces, +, -, brackets, dots and slashes.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>This does not look like a phone number.</translation>
    </message>
    <message>
        <source>This number does not exist in the numbering plan; check the digits and the country code.</source>
        <translation>This number does not exist in the numbering plan; check the digits and the country code.</translation>
    </message>
</context>
<context>
    <name>referral_rules</name>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Referral with consent</source>
        <translation>Referral with consent</translation>
    </message>
    <message>
        <source>Contact request to social welfare (§ 35)</source>
        <translation>Contact request to social welfare (§ 35)</translation>
    </message>
    <message>
        <source>Record of a child welfare notification</source>
        <translation>Record of a child welfare notification</translation>
    </message>
    <message>
        <source>Anonymous consultation</source>
        <translation>Anonymous consultation</translation>
    </message>
    <message>
        <source>A child welfare notification is made through the wellbeing services county's official channel. This record only notes that it was made, with no content.</source>
        <translation>A child welfare notification is made through the wellbeing services county's official channel. This record only notes that it was made, with no content.</translation>
    </message>
    <message>
        <source>Only a closed referral can be reopened.</source>
        <translation>Only a closed referral can be reopened.</translation>
    </message>
    <message>
        <source>Say why the referral is reopened.</source>
        <translation>Say why the referral is reopened.</translation>
    </message>
    <message>
        <source>The status to return to is unknown.</source>
        <translation>The status to return to is unknown.</translation>
    </message>
    <message>
        <source>This step is not possible in this status.</source>
        <translation>This step is not possible in this status.</translation>
    </message>
    <message>
        <source>Give a reason for declining.</source>
        <translation>Give a reason for declining.</translation>
    </message>
    <message>
        <source>Choose the outcome: did the family get help?</source>
        <translation>Choose the outcome: did the family get help?</translation>
    </message>
    <message>
        <source>Unknown referral kind.</source>
        <translation>Unknown referral kind.</translation>
    </message>
    <message>
        <source>An anonymous consultation holds nothing that identifies the family: no names, identity code, phone numbers or contact details.</source>
        <translation>An anonymous consultation holds nothing that identifies the family: no names, identity code, phone numbers or contact details.</translation>
    </message>
    <message>
        <source>The record of a child welfare notification holds no content: only the family reference and the date. Make the notification itself through the county's official channel.</source>
        <translation>The record of a child welfare notification holds no content: only the family reference and the date. Make the notification itself through the county's official channel.</translation>
    </message>
    <message>
        <source>No consent in force covers the family data in this referral for this receiver. Record the family's consent, or remove the data it does not cover.</source>
        <translation>No consent in force covers the family data in this referral for this receiver. Record the family's consent, or remove the data it does not cover.</translation>
    </message>
</context>
<context>
    <name>referrals</name>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>The password must have at least 10 characters.</translation>
    </message>
    <message>
        <source>Choose a less predictable password (more different characters).</source>
        <translation>Choose a less predictable password (more different characters).</translation>
    </message>
    <message>
        <source>The user name is 1–64 characters without spaces.</source>
        <translation>The user name is 1–64 characters without spaces.</translation>
    </message>
    <message>
        <source>Give the person's name.</source>
        <translation>Give the person's name.</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <source>An administrator already exists.</source>
        <translation>An administrator already exists.</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>This user name is taken.</translation>
    </message>
    <message>
        <source>No such unit.</source>
        <translation>No such unit.</translation>
    </message>
    <message>
        <source>Staff who refer belong to a unit.</source>
        <translation>Staff who refer belong to a unit.</translation>
    </message>
    <message>
        <source>You cannot close your own account.</source>
        <translation>You cannot close your own account.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>No such user.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>You cannot change your own role.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Give the unit a name.</source>
        <translation>Give the unit a name.</translation>
    </message>
    <message>
        <source>The e-mail address should look like name@example.fi.</source>
        <translation>The e-mail address should look like name@example.fi.</translation>
    </message>
    <message>
        <source>No such organisation.</source>
        <translation>No such organisation.</translation>
    </message>
    <message>
        <source>Give the family reference.</source>
        <translation>Give the family reference.</translation>
    </message>
    <message>
        <source>Say who gave the consent.</source>
        <translation>Say who gave the consent.</translation>
    </message>
    <message>
        <source>Choose which data the consent covers.</source>
        <translation>Choose which data the consent covers.</translation>
    </message>
    <message>
        <source>Write the purpose of the consent.</source>
        <translation>Write the purpose of the consent.</translation>
    </message>
    <message>
        <source>Say how the consent was given.</source>
        <translation>Say how the consent was given.</translation>
    </message>
    <message>
        <source>The consent cannot be given later.</source>
        <translation>The consent cannot be given later.</translation>
    </message>
    <message>
        <source>The end date is before the consent was given.</source>
        <translation>The end date is before the consent was given.</translation>
    </message>
    <message>
        <source>Only the sending unit records consent.</source>
        <translation>Only the sending unit records consent.</translation>
    </message>
    <message>
        <source>This kind passes no data on.</source>
        <translation>This kind passes no data on.</translation>
    </message>
    <message>
        <source>No such consent.</source>
        <translation>No such consent.</translation>
    </message>
    <message>
        <source>Public health nurse</source>
        <translation>Public health nurse</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Meeting-place coordinator</source>
        <translation>Meeting-place coordinator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <source>Your account belongs to no unit; ask the administrator to add it to one.</source>
        <translation>Your account belongs to no unit; ask the administrator to add it to one.</translation>
    </message>
    <message>
        <source>No such referral.</source>
        <translation>No such referral.</translation>
    </message>
    <message>
        <source>Someone else changed this referral while you were editing it. Reload it to see their changes, then make yours again.</source>
        <translation>Someone else changed this referral while you were editing it. Reload it to see their changes, then make yours again.</translation>
    </message>
    <message>
        <source>Someone else changed this referral at the same moment. Reload it and try again.</source>
        <translation>Someone else changed this referral at the same moment. Reload it and try again.</translation>
    </message>
    <message>
        <source>No such receiver.</source>
        <translation>No such receiver.</translation>
    </message>
    <message>
        <source>No such service.</source>
        <translation>No such service.</translation>
    </message>
    <message>
        <source>Only a draft can be edited; it was already sent.</source>
        <translation>Only a draft can be edited; it was already sent.</translation>
    </message>
    <message>
        <source>Only the sending unit can do this.</source>
        <translation>Only the sending unit can do this.</translation>
    </message>
    <message>
        <source>Choose the kind.</source>
        <translation>Choose the kind.</translation>
    </message>
    <message>
        <source>Choose who receives the referral.</source>
        <translation>Choose who receives the referral.</translation>
    </message>
    <message>
        <source>Unknown reason.</source>
        <translation>Unknown reason.</translation>
    </message>
    <message>
        <source>Choose at least one reason.</source>
        <translation>Choose at least one reason.</translation>
    </message>
    <message>
        <source>Choose the urgency.</source>
        <translation>Choose the urgency.</translation>
    </message>
    <message>
        <source>Give a family reference, such as initials or a code.</source>
        <translation>Give a family reference, such as initials or a code.</translation>
    </message>
    <message>
        <source>The reference is too long (64 at most).</source>
        <translation>The reference is too long (64 at most).</translation>
    </message>
    <message>
        <source>The reference looks like an identity code. Use initials or a code of your own; the identity code has its own field.</source>
        <translation>The reference looks like an identity code. Use initials or a code of your own; the identity code has its own field.</translation>
    </message>
</context>
</TS>