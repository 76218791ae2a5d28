<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>Tietokanta on vioittunut</translation>
    </message>
    <message>
        <source>Restoring puts the chosen backup in place and keeps the damaged database in the backups folder. Read-only lets you look at and copy what is there, but nothing can be saved.</source>
        <translation>Palautus ottaa valitun varmuuskopion käyttöön ja säilyttää vioittuneen tietokannan varmuuskopiokansiossa. Vain luku -tilassa voit katsoa ja kopioida tietoja, mutta mitään ei voi tallentaa.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Palauta varmuuskopio…</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Avaa &amp;vain luku -tilassa</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current database is backed up first, so the restore itself can be undone; changes made after the chosen backup are not in it.</source>
        <translation>Valitse palautettava varmuuskopio. Nykyisestä tietokannasta otetaan ensin varmuuskopio, joten palautuksen voi perua; valitun varmuuskopion jälkeen tehdyt muutokset eivät ole siinä.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Varmuuskopioita ei ole vielä.</translation>
    </message>
    <message>
        <source>Yes, replace the current data with the chosen backup</source>
        <translation>Kyllä, korvaa nykyiset tiedot valitulla varmuuskopiolla</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <source>automatic, at start</source>
        <translation>automaattinen, käynnistettäessä</translation>
    </message>
    <message>
        <source>automatic, after saves</source>
        <translation>automaattinen, tallennusten jälkeen</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>käsin otettu</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>ennen palautusta</translation>
    </message>
    <message>
        <source>before a program update</source>
        <translation>ennen ohjelman päivitystä</translation>
    </message>
    <message>
        <source>damaged database set aside</source>
        <translation>vioittunut tietokanta siirretty sivuun</translation>
    </message>
</context>
<context>
    <name>StorageActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Varmuuskopioi nyt</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Palauta varmuuskopio…</translation>
    </message>
    <message>
        <source>The database is open read-only: you can look and copy, but nothing can be saved.</source>
        <translation>Tietokanta on avattu vain luku -tilassa: voit katsoa ja kopioida, mutta mitään ei voi tallentaa.</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(vain luku)</translation>
    </message>
    <message>
        <source>Familjecenter Desktop</source>
        <translation>Familjecenter Desktop</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Varmuuskopio otettu: %1</translation>
    </message>
    <message>
        <source>Log in as an administrator on the Referrals tab to restore.</source>
        <translation>Kirjaudu pääkäyttäjänä Lähetteet-välilehdellä palauttaaksesi varmuuskopion.</translation>
    </message>
    <message>
        <source>Backup restored. The data before it was saved as %1.</source>
        <translation>Varmuuskopio palautettu. Sitä edeltäneet tiedot tallennettiin nimellä %1.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Käyttäjätunnus</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Salasana</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Salasana &amp;uudelleen</translation>
    </message>
    <message>
        <source>Open a &amp;field kit instead…</source>
        <translation>Avaa &amp;kenttäpaketti sen sijaan…</translation>
    </message>
    <message>
        <source>First start: the administrator</source>
        <translation>Ensimmäinen käynnistys: pääkäyttäjä</translation>
    </message>
    <message>
        <source>This is the first start. The data on this computer will be encrypted; the staff accounts&apos; passwords open it. Create the administrator account now: the administrator then adds the staff accounts.</source>
        <translation>Tämä on ensimmäinen käynnistys. Tämän tietokoneen tiedot salataan; henkilöstön käyttäjätilien salasanat avaavat ne. Luo nyt pääkäyttäjän tili: pääkäyttäjä lisää sitten henkilöstön käyttäjätilit.</translation>
    </message>
    <message>
        <source>Encrypt the data</source>
        <translation>Salaa tiedot</translation>
    </message>
    <message>
        <source>The data on this computer is not encrypted yet. An administrator logs in once to encrypt it; after that the staff accounts&apos; passwords open it.</source>
        <translation>Tämän tietokoneen tietoja ei ole vielä salattu. Pääkäyttäjä kirjautuu kerran salatakseen ne; sen jälkeen henkilöstön käyttäjätilien salasanat avaavat ne.</translation>
    </message>
    <message>
        <source>Open Familjecenter Desktop</source>
        <translation>Avaa Familjecenter Desktop</translation>
    </message>
    <message>
        <source>The data on this computer is encrypted. Log in with your own account to open it.</source>
        <translation>Tämän tietokoneen tiedot on salattu. Kirjaudu omalla tililläsi avataksesi ne.</translation>
    </message>
    <message>
        <source>Give your user name and password.</source>
        <translation>Anna käyttäjätunnuksesi ja salasanasi.</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s name.</source>
        <translation>Anna pääkäyttäjän nimi.</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Salasanat eivät täsmää.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>The backup {file} is damaged or was made with another key; nothing was restored.</source>
        <translation>Varmuuskopio {file} on vioittunut tai tehty toisella avaimella; mitään ei palautettu.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved. Everything saved before is kept. Free some space on the disk holding {folder}, then save again.</source>
        <translation>Levy on täynnä: muutosta ei tallennettu. Kaikki aiemmin tallennettu on tallessa. Vapauta tilaa levyltä, jolla {folder} on, ja tallenna uudelleen.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written to (read-only or no permission): the change was not saved. Everything saved before is kept.</source>
        <translation>Tietokansioon {folder} ei voi kirjoittaa (vain luku tai ei oikeuksia): muutosta ei tallennettu. Kaikki aiemmin tallennettu on tallessa.</translation>
    </message>
    <message>
        <source>The disk holding {folder} reported a read or write error: the change was not saved. Everything saved before is kept.</source>
        <translation>Levy, jolla {folder} on, ilmoitti luku- tai kirjoitusvirheestä: muutosta ei tallennettu. Kaikki aiemmin tallennettu on tallessa.</translation>
    </message>
    <message>
        <source>The database is busy (another program is writing to it): the change was not saved. Try again in a moment.</source>
        <translation>Tietokanta on varattu (toinen ohjelma kirjoittaa siihen): muutosta ei tallennettu. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>{file} cannot be opened with this key: it is damaged or encrypted with another key.</source>
        <translation>Tiedostoa {file} ei voi avata tällä avaimella: se on vioittunut tai salattu toisella avaimella.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Väärä käyttäjätunnus tai salasana.</translation>
    </message>
    <message>
        <source>The key ring file {path} is damaged or not a key ring.</source>
        <translation>Avainrengastiedosto {path} on vioittunut tai se ei ole avainrengas.</translation>
    </message>
    <message>
        <source>The database in {folder} is encrypted: log in with your user name and password to open it.</source>
        <translation>Kansion {folder} tietokanta on salattu: avaa se kirjautumalla käyttäjätunnuksellasi ja salasanallasi.</translation>
    </message>
    <message>
        <source>{file} is encrypted but its key ring (keyring.json) is missing from the data folder. Put the key ring back, or restore a backup together with it.</source>
        <translation>{file} on salattu, mutta sen avainrengas (keyring.json) puuttuu tietokansiosta. Palauta avainrengas paikalleen tai palauta varmuuskopio yhdessä sen kanssa.</translation>
    </message>
    <message>
        <source>The database failed its integrity check ({problem}). Restore a backup, open it read-only to copy what you need, or quit.</source>
        <translation>Tietokanta ei läpäissyt eheystarkistusta ({problem}). Palauta varmuuskopio, avaa se vain luku -tilassa kopioidaksesi tarvitsemasi tai lopeta.</translation>
    </message>
    <message>
        <source>The weekly integrity check of the database found a problem ({problem}). Ask an administrator to restore a backup (File → Restore a backup…).</source>
        <translation>Tietokannan viikoittainen eheystarkistus löysi ongelman ({problem}). Pyydä pääkäyttäjää palauttamaan varmuuskopio (Tiedosto → Palauta varmuuskopio…).</translation>
    </message>
    <message>
        <source>The database is on a network drive ({fstype}). SQLite&apos;s write-ahead log needs memory shared between programs, which network drives do not give reliably, so the slower rollback journal is used. Keep the data folder on the computer&apos;s own disk if you can.</source>
        <translation>Tietokanta on verkkolevyllä ({fstype}). SQLiten WAL-loki tarvitsee ohjelmien yhteistä muistia, jota verkkolevyt eivät tarjoa luotettavasti, joten käytetään hitaampaa palautuslokia (rollback journal). Pidä tietokansio mieluiten tietokoneen omalla levyllä.</translation>
    </message>
    <message>
        <source>This data folder is not encrypted yet. An administrator must log in once to encrypt it.</source>
        <translation>Tätä tietokansiota ei ole vielä salattu. Pääkäyttäjän on kirjauduttava kerran sen salaamiseksi.</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Tietokannan tarkistus</translation>
    </message>
</context>
</TS>
