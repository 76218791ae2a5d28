<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed at the site and in the field</source>
        <translation>Ändrat både på verksamhetsstället och i fält</translation>
    </message>
    <message>
        <source>These referrals were changed both here and on the laptop after the field kit was made. Compare the versions and choose which to keep for each. Status events and consents made in the field are added either way, and your choice is written to the history and the access log.</source>
        <translation>De här remisserna har ändrats både här och på den bärbara datorn efter att fältpaketet gjordes. Jämför versionerna och välj vilken som ska behållas för varje remiss. Statushändelser och samtycken som registrerats i fält läggs till i vilket fall som helst, och ditt val skrivs in i historiken och i åtkomstloggen.</translation>
    </message>
    <message>
        <source>At the site</source>
        <translation>På verksamhetsstället</translation>
    </message>
    <message>
        <source>On the laptop</source>
        <translation>På den bärbara datorn</translation>
    </message>
    <message>
        <source>Keep the &amp;site's version</source>
        <translation>Behåll &amp;verksamhetsställets version</translation>
    </message>
    <message>
        <source>Keep the &amp;laptop's version</source>
        <translation>Behåll den &amp;bärbara datorns version</translation>
    </message>
    <message>
        <source>&amp;Import with these choices</source>
        <translation>&amp;Importera med de här valen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Family reference</source>
        <translation>Familjens referens</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Tolk behövs</translation>
    </message>
    <message>
        <source>How to contact</source>
        <translation>Hur kontakt tas</translation>
    </message>
    <message>
        <source>When to contact</source>
        <translation>När kontakt tas</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Orsaker</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Brådska</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Uppföljningsdatum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Orsak till avslag</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>History (latest)</source>
        <translation>Historik (senaste)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>återkallat</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>gäller</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>Remiss %1</translation>
    </message>
    <message>
        <source>site</source>
        <translation>verksamhetsstället</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>den bärbara datorn</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Make a return kit</source>
        <translation>Gör ett returpaket</translation>
    </message>
    <message>
        <source>The return kit carries every referral of this laptop and its access log back to the site. It is encrypted with the passphrase you choose here.</source>
        <translation>Returpaketet för alla remisser på den här bärbara datorn och dess åtkomstlogg tillbaka till verksamhetsstället. Det krypteras med den lösenfras du väljer här.</translation>
    </message>
    <message>
        <source>Export a field kit</source>
        <translation>Exportera ett fältpaket</translation>
    </message>
    <message>
        <source>A field kit carries the service catalogue, your account and, if you choose, your own open referrals to a laptop for work without a network. It is one encrypted file; the export is written to the access log.</source>
        <translation>Ett fältpaket för tjänstekatalogen, ditt konto och, om du vill, dina egna öppna remisser till en bärbar dator för arbete utan nätverk. Det är en krypterad fil; exporten skrivs in i åtkomstloggen.</translation>
    </message>
    <message>
        <source>Include my open &amp;referrals</source>
        <translation>Ta med mina öppna &amp;remisser</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Write the kit</source>
        <translation>&amp;Skriv paketet</translation>
    </message>
    <message>
        <source>Field kits (*.fckit)</source>
        <translation>Fältpaket (*.fckit)</translation>
    </message>
</context>
<context>
    <name>FieldKitMenu</name>
    <message>
        <source>Field &amp;kit</source>
        <translation>&amp;Fältpaket</translation>
    </message>
    <message>
        <source>&amp;Export a field kit…</source>
        <translation>&amp;Exportera ett fältpaket…</translation>
    </message>
    <message>
        <source>The catalogue and your open referrals for a laptop offline</source>
        <translation>Katalogen och dina öppna remisser till en bärbar dator utan nätverk</translation>
    </message>
    <message>
        <source>Make a &amp;return kit…</source>
        <translation>Gör ett &amp;returpaket…</translation>
    </message>
    <message>
        <source>This laptop's referrals and access log, back to the site</source>
        <translation>Den bärbara datorns remisser och åtkomstlogg tillbaka till verksamhetsstället</translation>
    </message>
    <message>
        <source>&amp;Import a return kit…</source>
        <translation>&amp;Importera ett returpaket…</translation>
    </message>
    <message>
        <source>Merge the work done on a laptop into this site's referrals</source>
        <translation>För in arbetet från en bärbar dator i verksamhetsställets remisser</translation>
    </message>
    <message>
        <source>Field workspace: your work is kept here until you make a return kit (Field kit menu) and import it at the site.</source>
        <translation>Fältarbetsyta: ditt arbete sparas här tills du gör ett returpaket (menyn Fältpaket) och importerar det på verksamhetsstället.</translation>
    </message>
    <message>
        <source>Log in first (on the Referrals tab); kits are made and imported in a staff member's name.</source>
        <translation>Logga in först (på fliken Remisser); paket görs och importeras i en anställds namn.</translation>
    </message>
    <message>
        <source>The field kit was written: %1 services and %2 referrals. Open it on the laptop with the passphrase you chose.</source>
        <translation>Fältpaketet skrevs: %1 tjänster och %2 remisser. Öppna det på den bärbara datorn med den lösenfras du valde.</translation>
    </message>
    <message>
        <source>The return kit was written: %1 referrals and %2 access-log entries. Import it at the site.</source>
        <translation>Returpaketet skrevs: %1 remisser och %2 poster i åtkomstloggen. Importera det på verksamhetsstället.</translation>
    </message>
    <message>
        <source>Import a return kit</source>
        <translation>Importera ett returpaket</translation>
    </message>
    <message>
        <source>Field kits (*.fckit);;All files (*)</source>
        <translation>Fältpaket (*.fckit);;Alla filer (*)</translation>
    </message>
    <message>
        <source>This return kit was imported before; nothing new was found.</source>
        <translation>Det här returpaketet har importerats tidigare; inget nytt hittades.</translation>
    </message>
    <message>
        <source>Nothing was imported. Import the kit again when ready.</source>
        <translation>Ingenting importerades. Importera paketet igen när du är redo.</translation>
    </message>
    <message>
        <source>The return kit was imported.</source>
        <translation>Returpaketet importerades.</translation>
    </message>
    <message>
        <source>New referrals: %1</source>
        <translation>Nya remisser: %1</translation>
    </message>
    <message>
        <source>Updated from the field: %1</source>
        <translation>Uppdaterade från fältet: %1</translation>
    </message>
    <message>
        <source>Kept as at the site: %1</source>
        <translation>Behållna som på verksamhetsstället: %1</translation>
    </message>
    <message>
        <source>Taken from the laptop: %1</source>
        <translation>Tagna från den bärbara datorn: %1</translation>
    </message>
    <message>
        <source>Status events added: %1</source>
        <translation>Statushändelser tillagda: %1</translation>
    </message>
    <message>
        <source>Consents added: %1</source>
        <translation>Samtycken tillagda: %1</translation>
    </message>
    <message>
        <source>Access-log entries added: %1</source>
        <translation>Poster i åtkomstloggen tillagda: %1</translation>
    </message>
    <message>
        <source>%1 receiver(s) are no longer in this site's catalogue and were left empty; check those referrals.</source>
        <translation>%1 mottagare finns inte längre i verksamhetsställets katalog och lämnades tomma; kontrollera de remisserna.</translation>
    </message>
    <message>
        <source>Field kit</source>
        <translation>Fältpaket</translation>
    </message>
</context>
<context>
    <name>OpenKitDialog</name>
    <message>
        <source>Open a field kit</source>
        <translation>Öppna ett fältpaket</translation>
    </message>
    <message>
        <source>Opening a field kit makes a new, empty data folder on this laptop a field workspace: the catalogue and the referrals the kit carries, for work without a network. Only the worker the kit was made for can open it, with their own password; that password opens the field workspace from then on.</source>
        <translation>När ett fältpaket öppnas blir en ny, tom datamapp på den här bärbara datorn en fältarbetsyta: servicekatalogen och remisserna som paketet innehåller, för arbete utan nätverk. Bara den anställda som paketet gjordes för kan öppna det, med sitt eget lösenord; samma lösenord öppnar fältarbetsytan från och med nu.</translation>
    </message>
    <message>
        <source>Field &amp;kit:</source>
        <translation>&amp;Fältpaket:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Kit &amp;passphrase:</source>
        <translation>Paketets &amp;lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Your password:</source>
        <translation>&amp;Ditt lösenord:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>D&amp;atamapp:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Väl&amp;j…</translation>
    </message>
    <message>
        <source>A new or empty folder; your work in the field is kept there.</source>
        <translation>En ny eller tom mapp; ditt arbete i fält sparas där.</translation>
    </message>
    <message>
        <source>Opening the field kit…</source>
        <translation>Fältpaketet öppnas…</translation>
    </message>
    <message>
        <source>&amp;Open the kit</source>
        <translation>&amp;Öppna paketet</translation>
    </message>
    <message>
        <source>Field kits (*.fckit);;All files (*)</source>
        <translation>Fältpaket (*.fckit);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>OpenKitFlow</name>
    <message>
        <source>&amp;Open a field kit…</source>
        <translation>&amp;Öppna ett fältpaket…</translation>
    </message>
    <message>
        <source>On the laptop: work offline on the kit made at the site</source>
        <translation>På den bärbara datorn: arbeta utan nätverk med paketet som gjordes på verksamhetsstället</translation>
    </message>
    <message>
        <source>The field kit is open. You work as %1 on %2 services and %3 referrals, without a network. Your work is kept in the data folder %4 until you make a return kit (Field kit menu) and it is imported at the site.</source>
        <translation>Fältpaketet är öppnat. Du arbetar som %1 med %2 tjänster och %3 remisser, utan nätverk. Ditt arbete sparas i datamappen %4 tills du gör ett returpaket (menyn Fältpaket) och det importeras på verksamhetsstället.</translation>
    </message>
    <message>
        <source>After closing the application, start it on this data folder to go on; your password opens it:</source>
        <translation>När du har stängt programmet fortsätter du genom att starta det med den här datamappen; ditt lösenord öppnar den:</translation>
    </message>
    <message>
        <source>After closing the application, start it as usual to go on; your password opens the kit.</source>
        <translation>När du har stängt programmet fortsätter du genom att starta det som vanligt; ditt lösenord öppnar fältpaketet.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Field kit passphrase</source>
        <translation>Fältpaketets lösenfras</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Kit &amp;passphrase:</source>
        <translation>Paketets &amp;lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igen:</translation>
    </message>
    <message>
        <source>Type the passphrase of the kit.</source>
        <translation>Skriv paketets lösenfras.</translation>
    </message>
    <message>
        <source>Type the same passphrase again.</source>
        <translation>Skriv samma lösenfras igen.</translation>
    </message>
    <message>
        <source>Tell the passphrase to nobody; the kit cannot be opened without it.</source>
        <translation>Berätta inte lösenfrasen för någon; paketet kan inte öppnas utan den.</translation>
    </message>
</context>
<context>
    <name>fieldkit</name>
    <message>
        <source>The field kit could not be opened into {arg}: the disk is full. Nothing was kept there. Free some space, or choose a folder on another disk, and open the kit again.</source>
        <translation>Fältpaketet kunde inte öppnas i {arg}: disken är full. Ingenting sparades där. Frigör utrymme eller välj en mapp på en annan disk och öppna paketet igen.</translation>
    </message>
    <message>
        <source>The field kit could not be opened into {arg}: the folder cannot be written to (read-only or no permission). Nothing was kept there. Choose another folder.</source>
        <translation>Fältpaketet kunde inte öppnas i {arg}: det går inte att skriva i mappen (skrivskyddad eller saknar behörighet). Ingenting sparades där. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>Lösenfrasen måste ha minst 12 tecken.</translation>
    </message>
    <message>
        <source>Choose a less predictable passphrase (more different letters).</source>
        <translation>Välj en mindre förutsägbar lösenfras (fler olika bokstäver).</translation>
    </message>
    <message>
        <source>The file is not a field kit, or its beginning is damaged.</source>
        <translation>Filen är inte ett fältpaket, eller så är dess början skadad.</translation>
    </message>
    <message>
        <source>The field kit was made in a format this version of the application cannot read (format {arg}). Update the application, or the file is damaged.</source>
        <translation>Fältpaketet är gjort i ett format som den här versionen av programmet inte kan läsa (format {arg}). Uppdatera programmet, eller så är filen skadad.</translation>
    </message>
    <message>
        <source>The field kit is incomplete: the file was cut short ({arg} bytes are missing). Copy it again.</source>
        <translation>Fältpaketet är ofullständigt: filen har kapats ({arg} byte saknas). Kopiera den igen.</translation>
    </message>
    <message>
        <source>The field kit was altered or damaged after it was made. It was refused and nothing was taken from it.</source>
        <translation>Fältpaketet har ändrats eller skadats efter att det gjordes. Det avvisades och ingenting togs från det.</translation>
    </message>
    <message>
        <source>The passphrase of the field kit is wrong.</source>
        <translation>Fältpaketets lösenfras är fel.</translation>
    </message>
    <message>
        <source>The field kit was made for another site (site {arg}), not this one. It was refused and nothing was imported.</source>
        <translation>Fältpaketet är gjort för ett annat verksamhetsställe (verksamhetsställe {arg}), inte det här. Det avvisades och ingenting importerades.</translation>
    </message>
    <message>
        <source>This is a field kit made at the site, not a return kit. Open it on the laptop; bring back the return kit the laptop makes.</source>
        <translation>Det här är ett fältpaket som gjorts på verksamhetsstället, inte ett returpaket. Öppna det på den bärbara datorn; ta tillbaka returpaketet som den bärbara datorn gör.</translation>
    </message>
    <message>
        <source>This is a return kit made on a laptop. Import it at the site it came from.</source>
        <translation>Det här är ett returpaket som gjorts på en bärbar dator. Importera det på det verksamhetsställe det kommer från.</translation>
    </message>
    <message>
        <source>This is a field workspace opened from a kit. Make a return kit here and import it at the site instead.</source>
        <translation>Det här är en fältarbetsyta som öppnats från ett paket. Gör ett returpaket här och importera det på verksamhetsstället i stället.</translation>
    </message>
    <message>
        <source>The field kit could not be written to {arg} (the disk may be full or the folder read-only). Nothing was recorded as exported.</source>
        <translation>Fältpaketet kunde inte skrivas till {arg} (disken kan vara full eller mappen skrivskyddad). Ingenting registrerades som exporterat.</translation>
    </message>
    <message>
        <source>The file {arg} is too large for a kit.</source>
        <translation>Filen {arg} är för stor för ett paket.</translation>
    </message>
    <message>
        <source>The field kit {arg} could not be read.</source>
        <translation>Fältpaketet {arg} kunde inte läsas.</translation>
    </message>
    <message>
        <source>This return kit belongs to a field kit that this site did not make. It was refused and nothing was imported.</source>
        <translation>Det här returpaketet hör till ett fältpaket som det här verksamhetsstället inte har gjort. Det avvisades och ingenting importerades.</translation>
    </message>
    <message>
        <source>Only staff of the unit that exported the field kit can import it back.</source>
        <translation>Endast personal vid den enhet som exporterade fältpaketet kan importera det tillbaka.</translation>
    </message>
    <message>
        <source>This is a field workspace. Import the return kit at the site it came from.</source>
        <translation>Det här är en fältarbetsyta. Importera returpaketet på det verksamhetsställe det kommer från.</translation>
    </message>
    <message>
        <source>The return kit holds referral {arg}, which your unit cannot see here. Nothing was imported.</source>
        <translation>Returpaketet innehåller remiss {arg}, som din enhet inte kan se här. Ingenting importerades.</translation>
    </message>
    <message>
        <source>Choose which version to keep for every referral changed on both sides.</source>
        <translation>Välj vilken version som ska behållas för varje remiss som ändrats på båda hållen.</translation>
    </message>
    <message>
        <source>A referral of the kit was changed at the site while you were choosing. Nothing was imported; import the kit again to see the change.</source>
        <translation>En remiss i paketet ändrades på verksamhetsstället medan du valde. Ingenting importerades; importera paketet igen för att se ändringen.</translation>
    </message>
    <message>
        <source>The data folder already holds a catalogue, accounts or referrals. Open a field kit into a new, empty data folder.</source>
        <translation>Datamappen innehåller redan en katalog, konton eller remisser. Öppna ett fältpaket i en ny, tom datamapp.</translation>
    </message>
    <message>
        <source>The password is not the one of {arg}, the worker this field kit was made for.</source>
        <translation>Lösenordet är inte användarens {arg}, som fältpaketet gjordes för.</translation>
    </message>
    <message>
        <source>The field kit's contents are not what this version of the application expects.</source>
        <translation>Fältpaketets innehåll är inte vad den här versionen av programmet väntar sig.</translation>
    </message>
    <message>
        <source>The field kit was made by a newer version of the application (database {arg}). Update the application on this computer first.</source>
        <translation>Fältpaketet är gjort med en nyare version av programmet (databas {arg}). Uppdatera först programmet på den här datorn.</translation>
    </message>
    <message>
        <source>The return kit's contents do not match its header. It was refused and nothing was imported.</source>
        <translation>Returpaketets innehåll stämmer inte med dess huvud. Det avvisades och ingenting importerades.</translation>
    </message>
    <message>
        <source>This workspace was not opened from a field kit, so there is nothing to return. Export a field kit here instead.</source>
        <translation>Den här arbetsytan har inte öppnats från ett fältpaket, så det finns inget att returnera. Exportera ett fältpaket härifrån i stället.</translation>
    </message>
</context>
</TS>