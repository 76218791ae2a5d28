<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed at the site and in the field</source>
        <translation>Changed at the site and in the field</translation>
    </message>
    <message>
        <source>These referrals were changed both here and on the laptop after the field kit was made. Compare the versions and choose which to keep for each. Status events and consents made in the field are added either way, and your choice is written to the history and the access log.</source>
        <translation>These referrals were changed both here and on the laptop after the field kit was made. Compare the versions and choose which to keep for each. Status events and consents made in the field are added either way, and your choice is written to the history and the access log.</translation>
    </message>
    <message>
        <source>At the site</source>
        <translation>At the site</translation>
    </message>
    <message>
        <source>On the laptop</source>
        <translation>On the laptop</translation>
    </message>
    <message>
        <source>Keep the &amp;site's version</source>
        <translation>Keep the &amp;site's version</translation>
    </message>
    <message>
        <source>Keep the &amp;laptop's version</source>
        <translation>Keep the &amp;laptop's version</translation>
    </message>
    <message>
        <source>&amp;Import with these choices</source>
        <translation>&amp;Import with these choices</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Family reference</source>
        <translation>Family reference</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Interpreter needed</translation>
    </message>
    <message>
        <source>How to contact</source>
        <translation>How to contact</translation>
    </message>
    <message>
        <source>When to contact</source>
        <translation>When to contact</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Reason for declining</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>History (latest)</source>
        <translation>History (latest)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>Referral %1</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>laptop</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Make a return kit</source>
        <translation>Make a return kit</translation>
    </message>
    <message>
        <source>The return kit carries every referral of this laptop and its access log back to the site. It is encrypted with the passphrase you choose here.</source>
        <translation>The return kit carries every referral of this laptop and its access log back to the site. It is encrypted with the passphrase you choose here.</translation>
    </message>
    <message>
        <source>Export a field kit</source>
        <translation>Export a field kit</translation>
    </message>
    <message>
        <source>A field kit carries the service catalogue, your account and, if you choose, your own open referrals to a laptop for work without a network. It is one encrypted file; the export is written to the access log.</source>
        <translation>A field kit carries the service catalogue, your account and, if you choose, your own open referrals to a laptop for work without a network. It is one encrypted file; the export is written to the access log.</translation>
    </message>
    <message>
        <source>Include my open &amp;referrals</source>
        <translation>Include my open &amp;referrals</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Write the kit</source>
        <translation>&amp;Write the kit</translation>
    </message>
    <message>
        <source>Field kits (*.fckit)</source>
        <translation>Field kits (*.fckit)</translation>
    </message>
</context>
<context>
    <name>FieldKitMenu</name>
    <message>
        <source>Field &amp;kit</source>
        <translation>Field &amp;kit</translation>
    </message>
    <message>
        <source>&amp;Export a field kit…</source>
        <translation>&amp;Export a field kit…</translation>
    </message>
    <message>
        <source>The catalogue and your open referrals for a laptop offline</source>
        <translation>The catalogue and your open referrals for a laptop offline</translation>
    </message>
    <message>
        <source>Make a &amp;return kit…</source>
        <translation>Make a &amp;return kit…</translation>
    </message>
    <message>
        <source>This laptop's referrals and access log, back to the site</source>
        <translation>This laptop's referrals and access log, back to the site</translation>
    </message>
    <message>
        <source>&amp;Import a return kit…</source>
        <translation>&amp;Import a return kit…</translation>
    </message>
    <message>
        <source>Merge the work done on a laptop into this site's referrals</source>
        <translation>Merge the work done on a laptop into this site's referrals</translation>
    </message>
    <message>
        <source>Field workspace: your work is kept here until you make a return kit (Field kit menu) and import it at the site.</source>
        <translation>Field workspace: your work is kept here until you make a return kit (Field kit menu) and import it at the site.</translation>
    </message>
    <message>
        <source>Log in first (on the Referrals tab); kits are made and imported in a staff member's name.</source>
        <translation>Log in first (on the Referrals tab); kits are made and imported in a staff member's name.</translation>
    </message>
    <message>
        <source>The field kit was written: %1 services and %2 referrals. Open it on the laptop with the passphrase you chose.</source>
        <translation>The field kit was written: %1 services and %2 referrals. Open it on the laptop with the passphrase you chose.</translation>
    </message>
    <message>
        <source>The return kit was written: %1 referrals and %2 access-log entries. Import it at the site.</source>
        <translation>The return kit was written: %1 referrals and %2 access-log entries. Import it at the site.</translation>
    </message>
    <message>
        <source>Import a return kit</source>
        <translation>Import a return kit</translation>
    </message>
    <message>
        <source>Field kits (*.fckit);;All files (*)</source>
        <translation>Field kits (*.fckit);;All files (*)</translation>
    </message>
    <message>
        <source>This return kit was imported before; nothing new was found.</source>
        <translation>This return kit was imported before; nothing new was found.</translation>
    </message>
    <message>
        <source>Nothing was imported. Import the kit again when ready.</source>
        <translation>Nothing was imported. Import the kit again when ready.</translation>
    </message>
    <message>
        <source>The return kit was imported.</source>
        <translation>The return kit was imported.</translation>
    </message>
    <message>
        <source>New referrals: %1</source>
        <translation>New referrals: %1</translation>
    </message>
    <message>
        <source>Updated from the field: %1</source>
        <translation>Updated from the field: %1</translation>
    </message>
    <message>
        <source>Kept as at the site: %1</source>
        <translation>Kept as at the site: %1</translation>
    </message>
    <message>
        <source>Taken from the laptop: %1</source>
        <translation>Taken from the laptop: %1</translation>
    </message>
    <message>
        <source>Status events added: %1</source>
        <translation>Status events added: %1</translation>
    </message>
    <message>
        <source>Consents added: %1</source>
        <translation>Consents added: %1</translation>
    </message>
    <message>
        <source>Access-log entries added: %1</source>
        <translation>Access-log entries added: %1</translation>
    </message>
    <message>
        <source>%1 receiver(s) are no longer in this site's catalogue and were left empty; check those referrals.</source>
        <translation>%1 receiver(s) are no longer in this site's catalogue and were left empty; check those referrals.</translation>
    </message>
    <message>
        <source>Field kit</source>
        <translation>Field kit</translation>
    </message>
</context>
<context>
    <name>OpenKitDialog</name>
    <message>
        <source>Open a field kit</source>
        <translation>Open a field kit</translation>
    </message>
    <message>
        <source>Opening a field kit makes a new, empty data folder on this laptop a field workspace: the catalogue and the referrals the kit carries, for work without a network. Only the worker the kit was made for can open it, with their own password; that password opens the field workspace from then on.</source>
        <translation>Opening a field kit makes a new, empty data folder on this laptop a field workspace: the catalogue and the referrals the kit carries, for work without a network. Only the worker the kit was made for can open it, with their own password; that password opens the field workspace from then on.</translation>
    </message>
    <message>
        <source>Field &amp;kit:</source>
        <translation>Field &amp;kit:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Kit &amp;passphrase:</source>
        <translation>Kit &amp;passphrase:</translation>
    </message>
    <message>
        <source>&amp;Your password:</source>
        <translation>&amp;Your password:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Data folder:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>A new or empty folder; your work in the field is kept there.</source>
        <translation>A new or empty folder; your work in the field is kept there.</translation>
    </message>
    <message>
        <source>Opening the field kit…</source>
        <translation>Opening the field kit…</translation>
    </message>
    <message>
        <source>&amp;Open the kit</source>
        <translation>&amp;Open the kit</translation>
    </message>
    <message>
        <source>Field kits (*.fckit);;All files (*)</source>
        <translation>Field kits (*.fckit);;All files (*)</translation>
    </message>
</context>
<context>
    <name>OpenKitFlow</name>
    <message>
        <source>&amp;Open a field kit…</source>
        <translation>&amp;Open a field kit…</translation>
    </message>
    <message>
        <source>On the laptop: work offline on the kit made at the site</source>
        <translation>On the laptop: work offline on the kit made at the site</translation>
    </message>
    <message>
        <source>The field kit is open. You work as %1 on %2 services and %3 referrals, without a network. Your work is kept in the data folder %4 until you make a return kit (Field kit menu) and it is imported at the site.</source>
        <translation>The field kit is open. You work as %1 on %2 services and %3 referrals, without a network. Your work is kept in the data folder %4 until you make a return kit (Field kit menu) and it is imported at the site.</translation>
    </message>
    <message>
        <source>After closing the application, start it on this data folder to go on; your password opens it:</source>
        <translation>After closing the application, start it on this data folder to go on; your password opens it:</translation>
    </message>
    <message>
        <source>After closing the application, start it as usual to go on; your password opens the kit.</source>
        <translation>After closing the application, start it as usual to go on; your password opens the kit.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Field kit passphrase</source>
        <translation>Field kit passphrase</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Kit &amp;passphrase:</source>
        <translation>Kit &amp;passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>Type the passphrase of the kit.</source>
        <translation>Type the passphrase of the kit.</translation>
    </message>
    <message>
        <source>Type the same passphrase again.</source>
        <translation>Type the same passphrase again.</translation>
    </message>
    <message>
        <source>Tell the passphrase to nobody; the kit cannot be opened without it.</source>
        <translation>Tell the passphrase to nobody; the kit cannot be opened without it.</translation>
    </message>
</context>
<context>
    <name>fieldkit</name>
    <message>
        <source>The field kit could not be opened into {arg}: the disk is full. Nothing was kept there. Free some space, or choose a folder on another disk, and open the kit again.</source>
        <translation>The field kit could not be opened into {arg}: the disk is full. Nothing was kept there. Free some space, or choose a folder on another disk, and open the kit again.</translation>
    </message>
    <message>
        <source>The field kit could not be opened into {arg}: the folder cannot be written to (read-only or no permission). Nothing was kept there. Choose another folder.</source>
        <translation>The field kit could not be opened into {arg}: the folder cannot be written to (read-only or no permission). Nothing was kept there. Choose another folder.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>The passphrase must have at least 12 characters.</translation>
    </message>
    <message>
        <source>Choose a less predictable passphrase (more different letters).</source>
        <translation>Choose a less predictable passphrase (more different letters).</translation>
    </message>
    <message>
        <source>The file is not a field kit, or its beginning is damaged.</source>
        <translation>The file is not a field kit, or its beginning is damaged.</translation>
    </message>
    <message>
        <source>The field kit was made in a format this version of the application cannot read (format {arg}). Update the application, or the file is damaged.</source>
        <translation>The field kit was made in a format this version of the application cannot read (format {arg}). Update the application, or the file is damaged.</translation>
    </message>
    <message>
        <source>The field kit is incomplete: the file was cut short ({arg} bytes are missing). Copy it again.</source>
        <translation>The field kit is incomplete: the file was cut short ({arg} bytes are missing). Copy it again.</translation>
    </message>
    <message>
        <source>The field kit was altered or damaged after it was made. It was refused and nothing was taken from it.</source>
        <translation>The field kit was altered or damaged after it was made. It was refused and nothing was taken from it.</translation>
    </message>
    <message>
        <source>The passphrase of the field kit is wrong.</source>
        <translation>The passphrase of the field kit is wrong.</translation>
    </message>
    <message>
        <source>The field kit was made for another site (site {arg}), not this one. It was refused and nothing was imported.</source>
        <translation>The field kit was made for another site (site {arg}), not this one. It was refused and nothing was imported.</translation>
    </message>
    <message>
        <source>This is a field kit made at the site, not a return kit. Open it on the laptop; bring back the return kit the laptop makes.</source>
        <translation>This is a field kit made at the site, not a return kit. Open it on the laptop; bring back the return kit the laptop makes.</translation>
    </message>
    <message>
        <source>This is a return kit made on a laptop. Import it at the site it came from.</source>
        <translation>This is a return kit made on a laptop. Import it at the site it came from.</translation>
    </message>
    <message>
        <source>This is a field workspace opened from a kit. Make a return kit here and import it at the site instead.</source>
        <translation>This is a field workspace opened from a kit. Make a return kit here and import it at the site instead.</translation>
    </message>
    <message>
        <source>The field kit could not be written to {arg} (the disk may be full or the folder read-only). Nothing was recorded as exported.</source>
        <translation>The field kit could not be written to {arg} (the disk may be full or the folder read-only). Nothing was recorded as exported.</translation>
    </message>
    <message>
        <source>The file {arg} is too large for a kit.</source>
        <translation>The file {arg} is too large for a kit.</translation>
    </message>
    <message>
        <source>The field kit {arg} could not be read.</source>
        <translation>The field kit {arg} could not be read.</translation>
    </message>
    <message>
        <source>This return kit belongs to a field kit that this site did not make. It was refused and nothing was imported.</source>
        <translation>This return kit belongs to a field kit that this site did not make. It was refused and nothing was imported.</translation>
    </message>
    <message>
        <source>Only staff of the unit that exported the field kit can import it back.</source>
        <translation>Only staff of the unit that exported the field kit can import it back.</translation>
    </message>
    <message>
        <source>This is a field workspace. Import the return kit at the site it came from.</source>
        <translation>This is a field workspace. Import the return kit at the site it came from.</translation>
    </message>
    <message>
        <source>The return kit holds referral {arg}, which your unit cannot see here. Nothing was imported.</source>
        <translation>The return kit holds referral {arg}, which your unit cannot see here. Nothing was imported.</translation>
    </message>
    <message>
        <source>Choose which version to keep for every referral changed on both sides.</source>
        <translation>Choose which version to keep for every referral changed on both sides.</translation>
    </message>
    <message>
        <source>A referral of the kit was changed at the site while you were choosing. Nothing was imported; import the kit again to see the change.</source>
        <translation>A referral of the kit was changed at the site while you were choosing. Nothing was imported; import the kit again to see the change.</translation>
    </message>
    <message>
        <source>The data folder already holds a catalogue, accounts or referrals. Open a field kit into a new, empty data folder.</source>
        <translation>The data folder already holds a catalogue, accounts or referrals. Open a field kit into a new, empty data folder.</translation>
    </message>
    <message>
        <source>The password is not the one of {arg}, the worker this field kit was made for.</source>
        <translation>The password is not the one of {arg}, the worker this field kit was made for.</translation>
    </message>
    <message>
        <source>The field kit's contents are not what this version of the application expects.</source>
        <translation>The field kit's contents are not what this version of the application expects.</translation>
    </message>
    <message>
        <source>The field kit was made by a newer version of the application (database {arg}). Update the application on this computer first.</source>
        <translation>The field kit was made by a newer version of the application (database {arg}). Update the application on this computer first.</translation>
    </message>
    <message>
        <source>The return kit's contents do not match its header. It was refused and nothing was imported.</source>
        <translation>The return kit's contents do not match its header. It was refused and nothing was imported.</translation>
    </message>
    <message>
        <source>This workspace was not opened from a field kit, so there is nothing to return. Export a field kit here instead.</source>
        <translation>This workspace was not opened from a field kit, so there is nothing to return. Export a field kit here instead.</translation>
    </message>
</context>
</TS>