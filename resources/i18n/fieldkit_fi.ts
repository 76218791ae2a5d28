<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed at the site and in the field</source>
        <translation>Muutettu sekä toimipisteessä että kentällä</translation>
    </message>
    <message>
        <source>These referrals were changed both here and on the laptop after the field kit was made. Compare the versions and choose which to keep for each. Status events and consents made in the field are added either way, and your choice is written to the history and the access log.</source>
        <translation>Näitä lähetteitä on muutettu sekä täällä että kannettavalla kenttäpaketin tekemisen jälkeen. Vertaa versioita ja valitse kustakin säilytettävä. Kentällä kirjatut tilamuutokset ja suostumukset lisätään joka tapauksessa, ja valintasi kirjataan historiaan ja käyttölokiin.</translation>
    </message>
    <message>
        <source>At the site</source>
        <translation>Toimipisteessä</translation>
    </message>
    <message>
        <source>On the laptop</source>
        <translation>Kannettavalla</translation>
    </message>
    <message>
        <source>Keep the &amp;site's version</source>
        <translation>Säilytä &amp;toimipisteen versio</translation>
    </message>
    <message>
        <source>Keep the &amp;laptop's version</source>
        <translation>Säilytä &amp;kannettavan versio</translation>
    </message>
    <message>
        <source>&amp;Import with these choices</source>
        <translation>&amp;Tuo näillä valinnoilla</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Family reference</source>
        <translation>Perheen tunniste</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nimet</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Puhelinnumerot</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Tarvitaan tulkki</translation>
    </message>
    <message>
        <source>How to contact</source>
        <translation>Miten ottaa yhteyttä</translation>
    </message>
    <message>
        <source>When to contact</source>
        <translation>Milloin ottaa yhteyttä</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Syyt</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Kiireellisyys</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Seurantapäivä</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Hylkäämisen syy</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Viimeksi muutettu</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <source>History (latest)</source>
        <translation>Historia (uusimmat)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>voimassa</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>Lähete %1</translation>
    </message>
    <message>
        <source>site</source>
        <translation>toimipiste</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>kannettava</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Make a return kit</source>
        <translation>Tee paluupaketti</translation>
    </message>
    <message>
        <source>The return kit carries every referral of this laptop and its access log back to the site. It is encrypted with the passphrase you choose here.</source>
        <translation>Paluupaketti vie tämän kannettavan kaikki lähetteet ja sen käyttölokin takaisin toimipisteeseen. Se salataan tässä valitsemallasi salalauseella.</translation>
    </message>
    <message>
        <source>Export a field kit</source>
        <translation>Vie kenttäpaketti</translation>
    </message>
    <message>
        <source>A field kit carries the service catalogue, your account and, if you choose, your own open referrals to a laptop for work without a network. It is one encrypted file; the export is written to the access log.</source>
        <translation>Kenttäpaketti vie palveluluettelon, käyttäjätilisi ja halutessasi omat avoimet lähetteesi kannettavalle työskentelyyn ilman verkkoyhteyttä. Se on yksi salattu tiedosto; vienti kirjataan käyttölokiin.</translation>
    </message>
    <message>
        <source>Include my open &amp;referrals</source>
        <translation>Mukaan omat avoimet &amp;lähetteeni</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>&amp;Write the kit</source>
        <translation>&amp;Kirjoita paketti</translation>
    </message>
    <message>
        <source>Field kits (*.fckit)</source>
        <translation>Kenttäpaketit (*.fckit)</translation>
    </message>
</context>
<context>
    <name>FieldKitMenu</name>
    <message>
        <source>Field &amp;kit</source>
        <translation>&amp;Kenttäpaketti</translation>
    </message>
    <message>
        <source>&amp;Export a field kit…</source>
        <translation>&amp;Vie kenttäpaketti…</translation>
    </message>
    <message>
        <source>The catalogue and your open referrals for a laptop offline</source>
        <translation>Palveluluettelo ja avoimet lähetteesi kannettavalle ilman verkkoa</translation>
    </message>
    <message>
        <source>Make a &amp;return kit…</source>
        <translation>Tee &amp;paluupaketti…</translation>
    </message>
    <message>
        <source>This laptop's referrals and access log, back to the site</source>
        <translation>Tämän kannettavan lähetteet ja käyttöloki takaisin toimipisteeseen</translation>
    </message>
    <message>
        <source>&amp;Import a return kit…</source>
        <translation>&amp;Tuo paluupaketti…</translation>
    </message>
    <message>
        <source>Merge the work done on a laptop into this site's referrals</source>
        <translation>Yhdistä kannettavalla tehty työ tämän toimipisteen lähetteisiin</translation>
    </message>
    <message>
        <source>Field workspace: your work is kept here until you make a return kit (Field kit menu) and import it at the site.</source>
        <translation>Kenttätyötila: työsi säilyy täällä, kunnes teet paluupaketin (Kenttäpaketti-valikko) ja tuot sen toimipisteessä.</translation>
    </message>
    <message>
        <source>Log in first (on the Referrals tab); kits are made and imported in a staff member's name.</source>
        <translation>Kirjaudu ensin sisään (Lähetteet-välilehdellä); paketit tehdään ja tuodaan työntekijän nimissä.</translation>
    </message>
    <message>
        <source>The field kit was written: %1 services and %2 referrals. Open it on the laptop with the passphrase you chose.</source>
        <translation>Kenttäpaketti kirjoitettiin: %1 palvelua ja %2 lähetettä. Avaa se kannettavalla valitsemallasi salalauseella.</translation>
    </message>
    <message>
        <source>The return kit was written: %1 referrals and %2 access-log entries. Import it at the site.</source>
        <translation>Paluupaketti kirjoitettiin: %1 lähetettä ja %2 käyttölokimerkintää. Tuo se toimipisteessä.</translation>
    </message>
    <message>
        <source>Import a return kit</source>
        <translation>Tuo paluupaketti</translation>
    </message>
    <message>
        <source>Field kits (*.fckit);;All files (*)</source>
        <translation>Kenttäpaketit (*.fckit);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>This return kit was imported before; nothing new was found.</source>
        <translation>Tämä paluupaketti on tuotu jo aiemmin; mitään uutta ei löytynyt.</translation>
    </message>
    <message>
        <source>Nothing was imported. Import the kit again when ready.</source>
        <translation>Mitään ei tuotu. Tuo paketti uudelleen, kun olet valmis.</translation>
    </message>
    <message>
        <source>The return kit was imported.</source>
        <translation>Paluupaketti tuotiin.</translation>
    </message>
    <message>
        <source>New referrals: %1</source>
        <translation>Uusia lähetteitä: %1</translation>
    </message>
    <message>
        <source>Updated from the field: %1</source>
        <translation>Päivitetty kentältä: %1</translation>
    </message>
    <message>
        <source>Kept as at the site: %1</source>
        <translation>Säilytetty toimipisteen mukaisena: %1</translation>
    </message>
    <message>
        <source>Taken from the laptop: %1</source>
        <translation>Otettu kannettavalta: %1</translation>
    </message>
    <message>
        <source>Status events added: %1</source>
        <translation>Tilamuutoksia lisätty: %1</translation>
    </message>
    <message>
        <source>Consents added: %1</source>
        <translation>Suostumuksia lisätty: %1</translation>
    </message>
    <message>
        <source>Access-log entries added: %1</source>
        <translation>Käyttölokimerkintöjä lisätty: %1</translation>
    </message>
    <message>
        <source>%1 receiver(s) are no longer in this site's catalogue and were left empty; check those referrals.</source>
        <translation>%1 vastaanottajaa ei enää ole tämän toimipisteen palveluluettelossa, ja ne jätettiin tyhjiksi; tarkista nämä lähetteet.</translation>
    </message>
    <message>
        <source>Field kit</source>
        <translation>Kenttäpaketti</translation>
    </message>
</context>
<context>
    <name>OpenKitDialog</name>
    <message>
        <source>Open a field kit</source>
        <translation>Avaa kenttäpaketti</translation>
    </message>
    <message>
        <source>Opening a field kit makes a new, empty data folder on this laptop a field workspace: the catalogue and the referrals the kit carries, for work without a network. Only the worker the kit was made for can open it, with their own password; that password opens the field workspace from then on.</source>
        <translation>Kenttäpaketin avaaminen tekee tämän kannettavan uudesta, tyhjästä tietokansiosta kenttätyötilan: siinä ovat paketin palveluluettelo ja lähetteet työhön ilman verkkoyhteyttä. Paketin voi avata vain työntekijä, jolle se on tehty, omalla salasanallaan; sama salasana avaa kenttätyötilan jatkossakin.</translation>
    </message>
    <message>
        <source>Field &amp;kit:</source>
        <translation>&amp;Kenttäpaketti:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <source>Kit &amp;passphrase:</source>
        <translation>Paketin &amp;salalause:</translation>
    </message>
    <message>
        <source>&amp;Your password:</source>
        <translation>&amp;Oma salasana:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Tietokansio:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Va&amp;litse…</translation>
    </message>
    <message>
        <source>A new or empty folder; your work in the field is kept there.</source>
        <translation>Uusi tai tyhjä kansio; kentällä tekemäsi työ säilyy siinä.</translation>
    </message>
    <message>
        <source>Opening the field kit…</source>
        <translation>Avataan kenttäpakettia…</translation>
    </message>
    <message>
        <source>&amp;Open the kit</source>
        <translation>&amp;Avaa paketti</translation>
    </message>
    <message>
        <source>Field kits (*.fckit);;All files (*)</source>
        <translation>Kenttäpaketit (*.fckit);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>OpenKitFlow</name>
    <message>
        <source>&amp;Open a field kit…</source>
        <translation>&amp;Avaa kenttäpaketti…</translation>
    </message>
    <message>
        <source>On the laptop: work offline on the kit made at the site</source>
        <translation>Kannettavalla: työskentele ilman verkkoa toimipisteessä tehdyn paketin parissa</translation>
    </message>
    <message>
        <source>The field kit is open. You work as %1 on %2 services and %3 referrals, without a network. Your work is kept in the data folder %4 until you make a return kit (Field kit menu) and it is imported at the site.</source>
        <translation>Kenttäpaketti on avattu. Työskentelet käyttäjänä %1: %2 palvelua ja %3 lähetettä ilman verkkoyhteyttä. Työsi säilyy tietokansiossa %4, kunnes teet paluupaketin (Kenttäpaketti-valikko) ja se tuodaan toimipisteessä.</translation>
    </message>
    <message>
        <source>After closing the application, start it on this data folder to go on; your password opens it:</source>
        <translation>Kun olet sulkenut sovelluksen, jatka käynnistämällä se tällä tietokansiolla; salasanasi avaa sen:</translation>
    </message>
    <message>
        <source>After closing the application, start it as usual to go on; your password opens the kit.</source>
        <translation>Kun olet sulkenut sovelluksen, jatka käynnistämällä se tavalliseen tapaan; salasanasi avaa kenttäpaketin.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Field kit passphrase</source>
        <translation>Kenttäpaketin salalause</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Kit &amp;passphrase:</source>
        <translation>Paketin &amp;salalause:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Uudelleen:</translation>
    </message>
    <message>
        <source>Type the passphrase of the kit.</source>
        <translation>Kirjoita paketin salalause.</translation>
    </message>
    <message>
        <source>Type the same passphrase again.</source>
        <translation>Kirjoita sama salalause uudelleen.</translation>
    </message>
    <message>
        <source>Tell the passphrase to nobody; the kit cannot be opened without it.</source>
        <translation>Älä kerro salalausetta kenellekään; pakettia ei voi avata ilman sitä.</translation>
    </message>
</context>
<context>
    <name>fieldkit</name>
    <message>
        <source>The field kit could not be opened into {arg}: the disk is full. Nothing was kept there. Free some space, or choose a folder on another disk, and open the kit again.</source>
        <translation>Kenttäpakettia ei voitu avata kansioon {arg}: levy on täynnä. Sinne ei jäänyt mitään. Vapauta tilaa tai valitse kansio toiselta levyltä ja avaa paketti uudelleen.</translation>
    </message>
    <message>
        <source>The field kit could not be opened into {arg}: the folder cannot be written to (read-only or no permission). Nothing was kept there. Choose another folder.</source>
        <translation>Kenttäpakettia ei voitu avata kansioon {arg}: kansioon ei voi kirjoittaa (vain luku tai ei oikeuksia). Sinne ei jäänyt mitään. Valitse toinen kansio.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>Salalauseessa on oltava vähintään 12 merkkiä.</translation>
    </message>
    <message>
        <source>Choose a less predictable passphrase (more different letters).</source>
        <translation>Valitse vaikeammin arvattava salalause (enemmän eri kirjaimia).</translation>
    </message>
    <message>
        <source>The file is not a field kit, or its beginning is damaged.</source>
        <translation>Tiedosto ei ole kenttäpaketti, tai sen alku on vioittunut.</translation>
    </message>
    <message>
        <source>The field kit was made in a format this version of the application cannot read (format {arg}). Update the application, or the file is damaged.</source>
        <translation>Kenttäpaketti on tehty muodossa, jota tämä sovelluksen versio ei osaa lukea (muoto {arg}). Päivitä sovellus, tai tiedosto on vioittunut.</translation>
    </message>
    <message>
        <source>The field kit is incomplete: the file was cut short ({arg} bytes are missing). Copy it again.</source>
        <translation>Kenttäpaketti on vajaa: tiedosto on katkennut ({arg} tavua puuttuu). Kopioi se uudelleen.</translation>
    </message>
    <message>
        <source>The field kit was altered or damaged after it was made. It was refused and nothing was taken from it.</source>
        <translation>Kenttäpakettia on muutettu tai se on vioittunut tekemisen jälkeen. Se hylättiin, eikä siitä otettu mitään.</translation>
    </message>
    <message>
        <source>The passphrase of the field kit is wrong.</source>
        <translation>Kenttäpaketin salalause on väärä.</translation>
    </message>
    <message>
        <source>The field kit was made for another site (site {arg}), not this one. It was refused and nothing was imported.</source>
        <translation>Kenttäpaketti on tehty toiselle toimipisteelle (toimipiste {arg}), ei tälle. Se hylättiin, eikä mitään tuotu.</translation>
    </message>
    <message>
        <source>This is a field kit made at the site, not a return kit. Open it on the laptop; bring back the return kit the laptop makes.</source>
        <translation>Tämä on toimipisteessä tehty kenttäpaketti, ei paluupaketti. Avaa se kannettavalla; tuo takaisin kannettavan tekemä paluupaketti.</translation>
    </message>
    <message>
        <source>This is a return kit made on a laptop. Import it at the site it came from.</source>
        <translation>Tämä on kannettavalla tehty paluupaketti. Tuo se siinä toimipisteessä, josta se on peräisin.</translation>
    </message>
    <message>
        <source>This is a field workspace opened from a kit. Make a return kit here and import it at the site instead.</source>
        <translation>Tämä on kenttäpaketista avattu kenttätyötila. Tee täällä paluupaketti ja tuo se toimipisteessä.</translation>
    </message>
    <message>
        <source>The field kit could not be written to {arg} (the disk may be full or the folder read-only). Nothing was recorded as exported.</source>
        <translation>Kenttäpakettia ei voitu kirjoittaa kohteeseen {arg} (levy voi olla täynnä tai kansio vain luku -tilassa). Mitään ei kirjattu viedyksi.</translation>
    </message>
    <message>
        <source>The file {arg} is too large for a kit.</source>
        <translation>Tiedosto {arg} on liian suuri paketiksi.</translation>
    </message>
    <message>
        <source>The field kit {arg} could not be read.</source>
        <translation>Kenttäpakettia {arg} ei voitu lukea.</translation>
    </message>
    <message>
        <source>This return kit belongs to a field kit that this site did not make. It was refused and nothing was imported.</source>
        <translation>Tämä paluupaketti kuuluu kenttäpakettiin, jota tämä toimipiste ei ole tehnyt. Se hylättiin, eikä mitään tuotu.</translation>
    </message>
    <message>
        <source>Only staff of the unit that exported the field kit can import it back.</source>
        <translation>Vain kenttäpaketin vieneen yksikön työntekijät voivat tuoda sen takaisin.</translation>
    </message>
    <message>
        <source>This is a field workspace. Import the return kit at the site it came from.</source>
        <translation>Tämä on kenttätyötila. Tuo paluupaketti siinä toimipisteessä, josta se on peräisin.</translation>
    </message>
    <message>
        <source>The return kit holds referral {arg}, which your unit cannot see here. Nothing was imported.</source>
        <translation>Paluupaketissa on lähete {arg}, jota yksikkösi ei näe täällä. Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>Choose which version to keep for every referral changed on both sides.</source>
        <translation>Valitse säilytettävä versio jokaiselle molemmissa paikoissa muutetulle lähetteelle.</translation>
    </message>
    <message>
        <source>A referral of the kit was changed at the site while you were choosing. Nothing was imported; import the kit again to see the change.</source>
        <translation>Paketin lähetettä muutettiin toimipisteessä valintasi aikana. Mitään ei tuotu; tuo paketti uudelleen nähdäksesi muutoksen.</translation>
    </message>
    <message>
        <source>The data folder already holds a catalogue, accounts or referrals. Open a field kit into a new, empty data folder.</source>
        <translation>Datakansiossa on jo palveluluettelo, käyttäjätilejä tai lähetteitä. Avaa kenttäpaketti uuteen, tyhjään datakansioon.</translation>
    </message>
    <message>
        <source>The password is not the one of {arg}, the worker this field kit was made for.</source>
        <translation>Salasana ei ole käyttäjän {arg}, jolle tämä kenttäpaketti on tehty.</translation>
    </message>
    <message>
        <source>The field kit's contents are not what this version of the application expects.</source>
        <translation>Kenttäpaketin sisältö ei ole sitä, mitä tämä sovelluksen versio odottaa.</translation>
    </message>
    <message>
        <source>The field kit was made by a newer version of the application (database {arg}). Update the application on this computer first.</source>
        <translation>Kenttäpaketti on tehty sovelluksen uudemmalla versiolla (tietokanta {arg}). Päivitä ensin sovellus tälle tietokoneelle.</translation>
    </message>
    <message>
        <source>The return kit's contents do not match its header. It was refused and nothing was imported.</source>
        <translation>Paluupaketin sisältö ei vastaa sen otsaketta. Se hylättiin, eikä mitään tuotu.</translation>
    </message>
    <message>
        <source>This workspace was not opened from a field kit, so there is nothing to return. Export a field kit here instead.</source>
        <translation>Tätä työtilaa ei ole avattu kenttäpaketista, joten palautettavaa ei ole. Vie täältä kenttäpaketti sen sijaan.</translation>
    </message>
</context>
</TS>