<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <source>Restoring puts the chosen backup in place and keeps the damaged database in the backups folder. Read-only lets you look at and copy what is there, but nothing can be saved.</source>
        <translation>Vid återställningen tas den valda säkerhetskopian i bruk och den skadade databasen sparas i mappen för säkerhetskopior. I skrivskyddat läge kan du se och kopiera uppgifterna, men ingenting kan sparas.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Återställ en säkerhetskopia…</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Öppna &amp;skrivskyddat</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current database is backed up first, so the restore itself can be undone; changes made after the chosen backup are not in it.</source>
        <translation>Välj säkerhetskopian som ska återställas. Först tas en säkerhetskopia av den nuvarande databasen, så att återställningen kan ångras; ändringar som gjorts efter den valda säkerhetskopian finns inte i den.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Det finns inga säkerhetskopior ännu.</translation>
    </message>
    <message>
        <source>Yes, replace the current data with the chosen backup</source>
        <translation>Ja, ersätt de nuvarande uppgifterna med den valda säkerhetskopian</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>automatic, at start</source>
        <translation>automatisk, vid start</translation>
    </message>
    <message>
        <source>automatic, after saves</source>
        <translation>automatisk, efter sparningar</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>tagen för hand</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>före en återställning</translation>
    </message>
    <message>
        <source>before a program update</source>
        <translation>före en programuppdatering</translation>
    </message>
    <message>
        <source>damaged database set aside</source>
        <translation>skadad databas flyttad åt sidan</translation>
    </message>
</context>
<context>
    <name>StorageActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Återställ en säkerhetskopia…</translation>
    </message>
    <message>
        <source>The database is open read-only: you can look and copy, but nothing can be saved.</source>
        <translation>Databasen är öppnad skrivskyddad: du kan se och kopiera, men ingenting kan sparas.</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(skrivskyddad)</translation>
    </message>
    <message>
        <source>Familjecenter Desktop</source>
        <translation>Familjecenter Desktop</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Säkerhetskopia tagen: %1</translation>
    </message>
    <message>
        <source>Log in as an administrator on the Referrals tab to restore.</source>
        <translation>Logga in som huvudanvändare på fliken Remisser för att återställa.</translation>
    </message>
    <message>
        <source>Backup restored. The data before it was saved as %1.</source>
        <translation>Säkerhetskopian återställd. Uppgifterna före den sparades som %1.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Lösenordet &amp;igen</translation>
    </message>
    <message>
        <source>Open a &amp;field kit instead…</source>
        <translation>Öppna ett &amp;fältpaket i stället…</translation>
    </message>
    <message>
        <source>First start: the administrator</source>
        <translation>Första start: huvudanvändaren</translation>
    </message>
    <message>
        <source>This is the first start. The data on this computer will be encrypted; the staff accounts&apos; passwords open it. Create the administrator account now: the administrator then adds the staff accounts.</source>
        <translation>Detta är första starten. Uppgifterna på den här datorn krypteras; personalens lösenord öppnar dem. Skapa huvudanvändarens konto nu: huvudanvändaren lägger sedan till personalens konton.</translation>
    </message>
    <message>
        <source>Encrypt the data</source>
        <translation>Kryptera uppgifterna</translation>
    </message>
    <message>
        <source>The data on this computer is not encrypted yet. An administrator logs in once to encrypt it; after that the staff accounts&apos; passwords open it.</source>
        <translation>Uppgifterna på den här datorn är inte krypterade ännu. En huvudanvändare loggar in en gång för att kryptera dem; därefter öppnar personalens lösenord dem.</translation>
    </message>
    <message>
        <source>Open Familjecenter Desktop</source>
        <translation>Öppna Familjecenter Desktop</translation>
    </message>
    <message>
        <source>The data on this computer is encrypted. Log in with your own account to open it.</source>
        <translation>Uppgifterna på den här datorn är krypterade. Logga in med ditt eget konto för att öppna dem.</translation>
    </message>
    <message>
        <source>Give your user name and password.</source>
        <translation>Ange ditt användarnamn och lösenord.</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s name.</source>
        <translation>Ange huvudanvändarens namn.</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Lösenorden är olika.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>The backup {file} is damaged or was made with another key; nothing was restored.</source>
        <translation>Säkerhetskopian {file} är skadad eller gjord med en annan nyckel; ingenting återställdes.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved. Everything saved before is kept. Free some space on the disk holding {folder}, then save again.</source>
        <translation>Disken är full: ändringen sparades inte. Allt som sparats tidigare finns kvar. Frigör utrymme på disken där {folder} finns och spara igen.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written to (read-only or no permission): the change was not saved. Everything saved before is kept.</source>
        <translation>Det går inte att skriva i datamappen {folder} (skrivskyddad eller saknar behörighet): ändringen sparades inte. Allt som sparats tidigare finns kvar.</translation>
    </message>
    <message>
        <source>The disk holding {folder} reported a read or write error: the change was not saved. Everything saved before is kept.</source>
        <translation>Disken där {folder} finns rapporterade ett läs- eller skrivfel: ändringen sparades inte. Allt som sparats tidigare finns kvar.</translation>
    </message>
    <message>
        <source>The database is busy (another program is writing to it): the change was not saved. Try again in a moment.</source>
        <translation>Databasen är upptagen (ett annat program skriver i den): ändringen sparades inte. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>{file} cannot be opened with this key: it is damaged or encrypted with another key.</source>
        <translation>{file} kan inte öppnas med den här nyckeln: den är skadad eller krypterad med en annan nyckel.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Fel användarnamn eller lösenord.</translation>
    </message>
    <message>
        <source>The key ring file {path} is damaged or not a key ring.</source>
        <translation>Nyckelringsfilen {path} är skadad eller inte en nyckelring.</translation>
    </message>
    <message>
        <source>The database in {folder} is encrypted: log in with your user name and password to open it.</source>
        <translation>Databasen i {folder} är krypterad: logga in med ditt användarnamn och lösenord för att öppna den.</translation>
    </message>
    <message>
        <source>{file} is encrypted but its key ring (keyring.json) is missing from the data folder. Put the key ring back, or restore a backup together with it.</source>
        <translation>{file} är krypterad men dess nyckelring (keyring.json) saknas i datamappen. Lägg tillbaka nyckelringen eller återställ en säkerhetskopia tillsammans med den.</translation>
    </message>
    <message>
        <source>The database failed its integrity check ({problem}). Restore a backup, open it read-only to copy what you need, or quit.</source>
        <translation>Databasen klarade inte integritetskontrollen ({problem}). Återställ en säkerhetskopia, öppna den skrivskyddad för att kopiera det du behöver, eller avsluta.</translation>
    </message>
    <message>
        <source>The weekly integrity check of the database found a problem ({problem}). Ask an administrator to restore a backup (File → Restore a backup…).</source>
        <translation>Databasens veckovisa integritetskontroll hittade ett problem ({problem}). Be en administratör att återställa en säkerhetskopia (Arkiv → Återställ en säkerhetskopia…).</translation>
    </message>
    <message>
        <source>The database is on a network drive ({fstype}). SQLite&apos;s write-ahead log needs memory shared between programs, which network drives do not give reliably, so the slower rollback journal is used. Keep the data folder on the computer&apos;s own disk if you can.</source>
        <translation>Databasen ligger på en nätverksenhet ({fstype}). SQLites WAL-logg behöver minne som delas mellan program, vilket nätverksenheter inte ger på ett tillförlitligt sätt, så den långsammare återställningsjournalen (rollback journal) används. Håll helst datamappen på datorns egen disk.</translation>
    </message>
    <message>
        <source>This data folder is not encrypted yet. An administrator must log in once to encrypt it.</source>
        <translation>Den här datamappen är inte krypterad ännu. En huvudanvändare måste logga in en gång för att kryptera den.</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Databaskontroll</translation>
    </message>
</context>
</TS>
