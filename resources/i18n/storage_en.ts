<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Restoring puts the chosen backup in place and keeps the damaged database in the backups folder. Read-only lets you look at and copy what is there, but nothing can be saved.</source>
        <translation>Restoring puts the chosen backup in place and keeps the damaged database in the backups folder. Read-only lets you look at and copy what is there, but nothing can be saved.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current database is backed up first, so the restore itself can be undone; changes made after the chosen backup are not in it.</source>
        <translation>Choose the backup to restore. The current database is backed up first, so the restore itself can be undone; changes made after the chosen backup are not in it.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <source>Yes, replace the current data with the chosen backup</source>
        <translation>Yes, replace the current data with the chosen backup</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>automatic, at start</source>
        <translation>automatic, at start</translation>
    </message>
    <message>
        <source>automatic, after saves</source>
        <translation>automatic, after saves</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>before a program update</source>
        <translation>before a program update</translation>
    </message>
    <message>
        <source>damaged database set aside</source>
        <translation>damaged database set aside</translation>
    </message>
</context>
<context>
    <name>StorageActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>The database is open read-only: you can look and copy, but nothing can be saved.</source>
        <translation>The database is open read-only: you can look and copy, but nothing can be saved.</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <source>Familjecenter Desktop</source>
        <translation>Familjecenter Desktop</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Backup made: %1</translation>
    </message>
    <message>
        <source>Log in as an administrator on the Referrals tab to restore.</source>
        <translation>Log in as an administrator on the Referrals tab to restore.</translation>
    </message>
    <message>
        <source>Backup restored. The data before it was saved as %1.</source>
        <translation>Backup restored. The data before it was saved as %1.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
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
        <source>Open a &amp;field kit instead…</source>
        <translation>Open a &amp;field kit instead…</translation>
    </message>
    <message>
        <source>First start: the administrator</source>
        <translation>First start: the administrator</translation>
    </message>
    <message>
        <source>This is the first start. The data on this computer will be encrypted; the staff accounts&apos; passwords open it. Create the administrator account now: the administrator then adds the staff accounts.</source>
        <translation>This is the first start. The data on this computer will be encrypted; the staff accounts&apos; passwords open it. Create the administrator account now: the administrator then adds the staff accounts.</translation>
    </message>
    <message>
        <source>Encrypt the data</source>
        <translation>Encrypt the data</translation>
    </message>
    <message>
        <source>The data on this computer is not encrypted yet. An administrator logs in once to encrypt it; after that the staff accounts&apos; passwords open it.</source>
        <translation>The data on this computer is not encrypted yet. An administrator logs in once to encrypt it; after that the staff accounts&apos; passwords open it.</translation>
    </message>
    <message>
        <source>Open Familjecenter Desktop</source>
        <translation>Open Familjecenter Desktop</translation>
    </message>
    <message>
        <source>The data on this computer is encrypted. Log in with your own account to open it.</source>
        <translation>The data on this computer is encrypted. Log in with your own account to open it.</translation>
    </message>
    <message>
        <source>Give your user name and password.</source>
        <translation>Give your user name and password.</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s name.</source>
        <translation>Give the administrator&apos;s name.</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>The passwords differ.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>The backup {file} is damaged or was made with another key; nothing was restored.</source>
        <translation>The backup {file} is damaged or was made with another key; nothing was restored.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved. Everything saved before is kept. Free some space on the disk holding {folder}, then save again.</source>
        <translation>The disk is full: the change was not saved. Everything saved before is kept. Free some space on the disk holding {folder}, then save again.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written to (read-only or no permission): the change was not saved. Everything saved before is kept.</source>
        <translation>The data folder {folder} cannot be written to (read-only or no permission): the change was not saved. Everything saved before is kept.</translation>
    </message>
    <message>
        <source>The disk holding {folder} reported a read or write error: the change was not saved. Everything saved before is kept.</source>
        <translation>The disk holding {folder} reported a read or write error: the change was not saved. Everything saved before is kept.</translation>
    </message>
    <message>
        <source>The database is busy (another program is writing to it): the change was not saved. Try again in a moment.</source>
        <translation>The database is busy (another program is writing to it): the change was not saved. Try again in a moment.</translation>
    </message>
    <message>
        <source>{file} cannot be opened with this key: it is damaged or encrypted with another key.</source>
        <translation>{file} cannot be opened with this key: it is damaged or encrypted with another key.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The key ring file {path} is damaged or not a key ring.</source>
        <translation>The key ring file {path} is damaged or not a key ring.</translation>
    </message>
    <message>
        <source>The database in {folder} is encrypted: log in with your user name and password to open it.</source>
        <translation>The database in {folder} is encrypted: log in with your user name and password to open it.</translation>
    </message>
    <message>
        <source>{file} is encrypted but its key ring (keyring.json) is missing from the data folder. Put the key ring back, or restore a backup together with it.</source>
        <translation>{file} is encrypted but its key ring (keyring.json) is missing from the data folder. Put the key ring back, or restore a backup together with it.</translation>
    </message>
    <message>
        <source>The database failed its integrity check ({problem}). Restore a backup, open it read-only to copy what you need, or quit.</source>
        <translation>The database failed its integrity check ({problem}). Restore a backup, open it read-only to copy what you need, or quit.</translation>
    </message>
    <message>
        <source>The weekly integrity check of the database found a problem ({problem}). Ask an administrator to restore a backup (File → Restore a backup…).</source>
        <translation>The weekly integrity check of the database found a problem ({problem}). Ask an administrator to restore a backup (File → Restore a backup…).</translation>
    </message>
    <message>
        <source>The database is on a network drive ({fstype}). SQLite&apos;s write-ahead log needs memory shared between programs, which network drives do not give reliably, so the slower rollback journal is used. Keep the data folder on the computer&apos;s own disk if you can.</source>
        <translation>The database is on a network drive ({fstype}). SQLite&apos;s write-ahead log needs memory shared between programs, which network drives do not give reliably, so the slower rollback journal is used. Keep the data folder on the computer&apos;s own disk if you can.</translation>
    </message>
    <message>
        <source>This data folder is not encrypted yet. An administrator must log in once to encrypt it.</source>
        <translation>This data folder is not encrypted yet. An administrator must log in once to encrypt it.</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Database check</translation>
    </message>
</context>
</TS>
