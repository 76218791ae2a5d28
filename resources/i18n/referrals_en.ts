<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ActionsBar</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="56" />
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="57" />
        <source>Mark received</source>
        <translation>Mark received</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="58" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="59" />
        <source>Declined…</source>
        <translation>Declined…</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="60" />
        <source>Close with outcome…</source>
        <translation>Close with outcome…</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="61" />
        <source>Cancel referral</source>
        <translation>Cancel referral</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="62" />
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="63" />
        <source>Record consent…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="64" />
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="102" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="102" />
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="107" />
        <source>Got help</source>
        <translation>Got help</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="108" />
        <source>Did not attend</source>
        <translation>Did not attend</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="109" />
        <source>Referred on</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="110" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="114" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="115" />
        <source>Did the family get help?</source>
        <translation>Did the family get help?</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="144" />
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="154" />
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="157" />
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="158" />
        <source>The young person</source>
        <translation>The young person</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="159" />
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="163" />
        <source>Names and identity code</source>
        <translation>Names and identity code</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="164" />
        <source>Phone numbers and contact wishes</source>
        <translation>Phone numbers and contact wishes</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="165" />
        <source>Language and interpreter</source>
        <translation>Language and interpreter</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="166" />
        <source>Reasons and note</source>
        <translation>Reasons and note</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="171" />
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="172" />
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="173" />
        <source>Electronic</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="177" />
        <source>&amp;Given by</source>
        <translation>&amp;Given by</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="180" />
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="181" />
        <source>&amp;How</source>
        <translation>&amp;How</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="57" />
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="59" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="60" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="62" />
        <source>Password &amp;again</source>
        <translation>Password &amp;again</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="83" />
        <source>Create the administrator</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="86" />
        <source>This is the first start. Create the administrator account; the administrator then adds the staff accounts.</source>
        <translation>This is the first start. Create the administrator account; the administrator then adds the staff accounts.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="91" />
        <source>Session locked</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="94" />
        <source>The session was locked after a pause. Type your password to go on, or cancel to let someone else log in.</source>
        <translation>The session was locked after a pause. Type your password to go on, or cancel to let someone else log in.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="99" />
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="100" />
        <source>Log in with your own account.</source>
        <translation>Log in with your own account.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="107" />
        <source>The passwords differ.</source>
        <translation>The passwords differ.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="119" />
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="34" />
        <source>Health and wellbeing</source>
        <translation>Health and wellbeing</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="35" />
        <source>Parenthood and the couple relationship</source>
        <translation>Parenthood and the couple relationship</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="38" />
        <source>Early support, care and rehabilitation</source>
        <translation>Early support, care and rehabilitation</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="41" />
        <source>Separation and shared parenthood</source>
        <translation>Separation and shared parenthood</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="42" />
        <source>Family diversity</source>
        <translation>Family diversity</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="43" />
        <source>Preventing violence in close relationships</source>
        <translation>Preventing violence in close relationships</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="46" />
        <source>Meeting place and peer support</source>
        <translation>Meeting place and peer support</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="128" />
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="129" />
        <source>Receiver</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="130" />
        <source>Family &amp;reference</source>
        <translation>Family &amp;reference</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="131" />
        <source>Na&amp;mes (optional)</source>
        <translation>Na&amp;mes (optional)</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="132" />
        <source>&amp;Identity code (optional)</source>
        <translation>&amp;Identity code (optional)</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="133" />
        <source>&amp;Phone numbers (optional)</source>
        <translation>&amp;Phone numbers (optional)</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="134" />
        <source>Preferred &amp;language</source>
        <translation>Preferred &amp;language</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="135" />
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="136" />
        <source>How and when to &amp;contact</source>
        <translation>How and when to &amp;contact</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="137" />
        <source>&amp;Urgency</source>
        <translation>&amp;Urgency</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="138" />
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="139" />
        <source>&amp;Follow up on</source>
        <translation>&amp;Follow up on</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="149" />
        <source>Initials or your own code</source>
        <translation>Initials or your own code</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="150" />
        <source>Separate several with a comma</source>
        <translation>Separate several with a comma</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="151" />
        <source>An interpreter is needed</source>
        <translation>An interpreter is needed</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="155" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="156" />
        <source>Soon</source>
        <translation>Soon</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="157" />
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="161" />
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="164" />
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="166" />
        <source>(choose a service in the look-up)</source>
        <translation>(choose a service in the look-up)</translation>
    </message>
</context>
<context>
    <name>ReferralList</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="78" />
        <source>My unit's open referrals</source>
        <translation>My unit's open referrals</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="79" />
        <source>My open referrals</source>
        <translation>My open referrals</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="80" />
        <source>Follow-up overdue</source>
        <translation>Follow-up overdue</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="81" />
        <source>Waiting for a response</source>
        <translation>Waiting for a response</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="89" />
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="90" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="91" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="92" />
        <source>Receiver</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="93" />
        <source>Follow up</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="94" />
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="160" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="161" />
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="162" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="163" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="164" />
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="165" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="166" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="175" />
        <source>Consent withdrawn: no further disclosure.</source>
        <translation>Consent withdrawn: no further disclosure.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="178" />
        <source>Temporary identity code</source>
        <translation>Temporary identity code</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="179" />
        <source>Family details are not shown to you.</source>
        <translation>Family details are not shown to you.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="195" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="204" />
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="208" />
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="210" />
        <source>not in force</source>
        <translation>not in force</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="88" />
        <source>&amp;Log in / switch user…</source>
        <translation>&amp;Log in / switch user…</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="89" />
        <source>Loc&amp;k</source>
        <translation>Loc&amp;k</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="90" />
        <source>&amp;New referral</source>
        <translation>&amp;New referral</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="91" />
        <source>Referral &amp;list</source>
        <translation>Referral &amp;list</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="94" />
        <source>Log in with your own account to see and make referrals. Several people can share this workstation: each logs in in turn.</source>
        <translation>Log in with your own account to see and make referrals. Several people can share this workstation: each logs in in turn.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="132" />
        <source>Nobody is logged in.</source>
        <translation>Nobody is logged in.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="145" />
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform><numerusform>%n need attention</numerusform></translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <location filename="../../familjecenter_desktop/domain/identity.py" line="60" />
        <source>An identity code has 11 characters.</source>
        <translation>An identity code has 11 characters.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/identity.py" line="66" />
        <source>The date and the individual number must be digits.</source>
        <translation>The date and the individual number must be digits.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/identity.py" line="72" />
        <source>The 7th character must be a century sign: + - Y X W V U A B C D E F.</source>
        <translation>The 7th character must be a century sign: + - Y X W V U A B C D E F.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/identity.py" line="83" />
        <source>The first six digits are not a real date.</source>
        <translation>The first six digits are not a real date.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/identity.py" line="89" />
        <source>The individual number must be 002–999.</source>
        <translation>The individual number must be 002–999.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/identity.py" line="93" />
        <source>The check character does not match; check for typing errors.</source>
        <translation>The check character does not match; check for typing errors.</translation>
    </message>
</context>
<context>
    <name>phones</name>
    <message>
        <location filename="../../familjecenter_desktop/domain/phones.py" line="38" />
        <source>The phone number is empty.</source>
        <translation>The phone number is empty.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/phones.py" line="42" />
        <source>A phone number may hold only digits, spaces, +, -, brackets, dots and slashes.</source>
        <translation>A phone number may hold only digits, spaces, +, -, brackets, dots and slashes.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/phones.py" line="54" />
        <source>This does not look like a phone number.</source>
        <translation>This does not look like a phone number.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/phones.py" line="58" />
        <source>This number does not exist in the numbering plan; check the digits and the country code.</source>
        <translation>This number does not exist in the numbering plan; check the digits and the country code.</translation>
    </message>
</context>
<context>
    <name>referral_rules</name>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="31" />
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="32" />
        <source>Referral with consent</source>
        <translation>Referral with consent</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="33" />
        <source>Contact request to social welfare (§ 35)</source>
        <translation>Contact request to social welfare (§ 35)</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="36" />
        <source>Record of a child welfare notification</source>
        <translation>Record of a child welfare notification</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="39" />
        <source>Anonymous consultation</source>
        <translation>Anonymous consultation</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="41" />
        <source>A child welfare notification is made through the wellbeing services county's official channel. This record only notes that it was made, with no content.</source>
        <translation>A child welfare notification is made through the wellbeing services county's official channel. This record only notes that it was made, with no content.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="122" />
        <source>Only a closed referral can be reopened.</source>
        <translation>Only a closed referral can be reopened.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="129" />
        <source>Say why the referral is reopened.</source>
        <translation>Say why the referral is reopened.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="136" />
        <source>The status to return to is unknown.</source>
        <translation>The status to return to is unknown.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="146" />
        <source>This step is not possible in this status.</source>
        <translation>This step is not possible in this status.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="153" />
        <source>Give a reason for declining.</source>
        <translation>Give a reason for declining.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="157" />
        <source>Choose the outcome: did the family get help?</source>
        <translation>Choose the outcome: did the family get help?</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="197" />
        <source>Unknown referral kind.</source>
        <translation>Unknown referral kind.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="202" />
        <source>An anonymous consultation holds nothing that identifies the family: no names, identity code, phone numbers or contact details.</source>
        <translation>An anonymous consultation holds nothing that identifies the family: no names, identity code, phone numbers or contact details.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="213" />
        <source>The record of a child welfare notification holds no content: only the family reference and the date. Make the notification itself through the county's official channel.</source>
        <translation>The record of a child welfare notification holds no content: only the family reference and the date. Make the notification itself through the county's official channel.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="283" />
        <source>No consent in force covers the family data in this referral for this receiver. Record the family's consent, or remove the data it does not cover.</source>
        <translation>No consent in force covers the family data in this referral for this receiver. Record the family's consent, or remove the data it does not cover.</translation>
    </message>
</context>
<context>
    <name>referrals</name>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="54" />
        <source>The password must have at least 10 characters.</source>
        <translation>The password must have at least 10 characters.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="58" />
        <source>Choose a less predictable password (more different characters).</source>
        <translation>Choose a less predictable password (more different characters).</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="71" />
        <source>The user name is 1–64 characters without spaces.</source>
        <translation>The user name is 1–64 characters without spaces.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="78" />
        <source>Give the person's name.</source>
        <translation>Give the person's name.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="81" />
        <source>Unknown role.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="109" />
        <source>An administrator already exists.</source>
        <translation>An administrator already exists.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="122" />
        <source>This user name is taken.</source>
        <translation>This user name is taken.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="126" />
        <source>No such unit.</source>
        <translation>No such unit.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="161" />
        <source>Staff who refer belong to a unit.</source>
        <translation>Staff who refer belong to a unit.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="190" />
        <source>You cannot close your own account.</source>
        <translation>You cannot close your own account.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="195" />
        <source>No such user.</source>
        <translation>No such user.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="202" />
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="234" />
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/actors.py" line="49" />
        <source>Give the unit a name.</source>
        <translation>Give the unit a name.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/actors.py" line="63" />
        <source>No such organisation.</source>
        <translation>No such organisation.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/audit.py" line="211" />
        <source>Give the family reference.</source>
        <translation>Give the family reference.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="53" />
        <source>Say who gave the consent.</source>
        <translation>Say who gave the consent.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="59" />
        <source>Choose which data the consent covers.</source>
        <translation>Choose which data the consent covers.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="66" />
        <source>Write the purpose of the consent.</source>
        <translation>Write the purpose of the consent.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="71" />
        <source>Say how the consent was given.</source>
        <translation>Say how the consent was given.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="78" />
        <source>The consent cannot be given later.</source>
        <translation>The consent cannot be given later.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="85" />
        <source>The end date is before the consent was given.</source>
        <translation>The end date is before the consent was given.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="106" />
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="154" />
        <source>Only the sending unit records consent.</source>
        <translation>Only the sending unit records consent.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="113" />
        <source>This kind passes no data on.</source>
        <translation>This kind passes no data on.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="150" />
        <source>No such consent.</source>
        <translation>No such consent.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/permissions.py" line="30" />
        <source>Public health nurse</source>
        <translation>Public health nurse</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/permissions.py" line="31" />
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/permissions.py" line="32" />
        <source>Meeting-place coordinator</source>
        <translation>Meeting-place coordinator</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/permissions.py" line="33" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/permissions.py" line="101" />
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/permissions.py" line="105" />
        <source>Your account belongs to no unit; ask the administrator to add it to one.</source>
        <translation>Your account belongs to no unit; ask the administrator to add it to one.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="70" />
        <source>No such referral.</source>
        <translation>No such referral.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="78" />
        <source>Someone else changed this referral while you were editing it. Reload it to see their changes, then make yours again.</source>
        <translation>Someone else changed this referral while you were editing it. Reload it to see their changes, then make yours again.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="92" />
        <source>Someone else changed this referral at the same moment. Reload it and try again.</source>
        <translation>Someone else changed this referral at the same moment. Reload it and try again.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="125" />
        <source>No such receiver.</source>
        <translation>No such receiver.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="129" />
        <source>No such service.</source>
        <translation>No such service.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="215" />
        <source>Only a draft can be edited; it was already sent.</source>
        <translation>Only a draft can be edited; it was already sent.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="233" />
        <source>Only the sending unit can do this.</source>
        <translation>Only the sending unit can do this.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="79" />
        <source>Choose the kind.</source>
        <translation>Choose the kind.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="103" />
        <source>Choose who receives the referral.</source>
        <translation>Choose who receives the referral.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="108" />
        <source>Unknown reason.</source>
        <translation>Unknown reason.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="115" />
        <source>Choose at least one reason.</source>
        <translation>Choose at least one reason.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="119" />
        <source>Choose the urgency.</source>
        <translation>Choose the urgency.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="138" />
        <source>Give a family reference, such as initials or a code.</source>
        <translation>Give a family reference, such as initials or a code.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="147" />
        <source>The reference is too long (64 at most).</source>
        <translation>The reference is too long (64 at most).</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="159" />
        <source>The reference looks like an identity code. Use initials or a code of your own; the identity code has its own field.</source>
        <translation>The reference looks like an identity code. Use initials or a code of your own; the identity code has its own field.</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="190" />
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
</context>
</TS>