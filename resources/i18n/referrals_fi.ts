<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi">
<context>
    <name>AccessPage</name>
    <message>
        <source>Family &amp;reference</source>
        <translation>Perheen &amp;tunniste</translation>
    </message>
    <message>
        <source>&amp;Show who processed it</source>
        <translation>&amp;Näytä, kuka käsitteli</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>&amp;Vie CSV-tiedostoon…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Työasema</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) for this reference.</source>
        <translation>
            <numerusform>%n merkintä tällä tunnisteella.</numerusform>
            <numerusform>%n merkintää tällä tunnisteella.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the access list</source>
        <translation>Vie käsittelyluettelo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Tallennettu: %1.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>(no unit)</source>
        <translation>(ei yksikköä)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Käyttäjätunnus</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rooli</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>&amp;Yksikkö</translation>
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
        <source>New staff account</source>
        <translation>Uusi käyttäjätili</translation>
    </message>
    <message>
        <source>Role and unit</source>
        <translation>Rooli ja yksikkö</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Uusi salasana</translation>
    </message>
    <message>
        <source>Give a user name.</source>
        <translation>Anna käyttäjätunnus.</translation>
    </message>
    <message>
        <source>Give the person's name.</source>
        <translation>Anna henkilön nimi.</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Salasanat eroavat.</translation>
    </message>
</context>
<context>
    <name>ActionsBar</name>
    <message>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <source>Mark received</source>
        <translation>Merkitse vastaanotetuksi</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>Declined…</source>
        <translation>Hylätty…</translation>
    </message>
    <message>
        <source>Close with outcome…</source>
        <translation>Päätä ja kirjaa tulos…</translation>
    </message>
    <message>
        <source>Cancel referral</source>
        <translation>Peru lähete</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Avaa uudelleen…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Kirjaa suostumus…</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Suostumus peruttu</translation>
    </message>
    <message>
        <source>Follow-up date…</source>
        <translation>Seurantapäivä…</translation>
    </message>
    <message>
        <source>Record that the family withdrew its consent? The receiver no longer sees the family's details.</source>
        <translation>Kirjataanko, että perhe peruutti suostumuksensa? Vastaanottaja ei enää näe perheen tietoja.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Miksi?</translation>
    </message>
    <message>
        <source>Got help</source>
        <translation>Sai apua</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Ei saapunut</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Ohjattu eteenpäin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Did the family get help?</source>
        <translation>Saiko perhe apua?</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Lähete</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>Ylläpito</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <source>&amp;Staff accounts</source>
        <translation>&amp;Käyttäjätilit</translation>
    </message>
    <message>
        <source>U&amp;nits</source>
        <translation>&amp;Yksiköt</translation>
    </message>
    <message>
        <source>Re&amp;tention</source>
        <translation>&amp;Säilytys</translation>
    </message>
    <message>
        <source>&amp;Family access list</source>
        <translation>&amp;Perheen tietojen käsittelijät</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Kirjaa suostumus</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Huoltaja</translation>
    </message>
    <message>
        <source>The young person</source>
        <translation>Nuori itse</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Molemmat</translation>
    </message>
    <message>
        <source>Names and identity code</source>
        <translation>Nimet ja henkilötunnus</translation>
    </message>
    <message>
        <source>Phone numbers and contact wishes</source>
        <translation>Puhelinnumerot ja yhteydenottotoiveet</translation>
    </message>
    <message>
        <source>Language and interpreter</source>
        <translation>Kieli ja tulkki</translation>
    </message>
    <message>
        <source>Reasons and note</source>
        <translation>Syyt ja muistiinpano</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Suullinen</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Kirjallinen</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Sähköinen</translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation>&amp;Antaja</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Tarkoitus</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Miten</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Voimassa asti</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up date</source>
        <translation>Seurantapäivä</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Seurantapäivä</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
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
        <source>Create the administrator</source>
        <translation>Luo pääkäyttäjä</translation>
    </message>
    <message>
        <source>This is the first start. Create the administrator account; the administrator then adds the staff accounts.</source>
        <translation>Tämä on ensimmäinen käynnistys. Luo pääkäyttäjän tili; pääkäyttäjä lisää sitten työntekijöiden tilit.</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Istunto lukittu</translation>
    </message>
    <message>
        <source>The session was locked after a pause. Type your password to go on, or cancel to let someone else log in.</source>
        <translation>Istunto lukittiin tauon jälkeen. Jatka kirjoittamalla salasanasi tai peruuta, jotta joku muu voi kirjautua.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <source>Log in with your own account.</source>
        <translation>Kirjaudu omalla tunnuksellasi.</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Salasanat eroavat.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Väärä salasana.</translation>
    </message>
</context>
<context>
    <name>ReceiverPicker</name>
    <message>
        <source>Choose the receiver</source>
        <translation>Valitse vastaanottaja</translation>
    </message>
    <message>
        <source>&amp;Search by name</source>
        <translation>&amp;Hae nimellä</translation>
    </message>
    <message>
        <source>Ser&amp;vices in the catalogue</source>
        <translation>&amp;Palvelut palveluluettelossa</translation>
    </message>
    <message>
        <source>Actors and &amp;units</source>
        <translation>Toimijat ja &amp;yksiköt</translation>
    </message>
    <message>
        <source>For example: family counselling</source>
        <translation>Esimerkiksi: perheneuvola</translation>
    </message>
</context>
<context>
    <name>ReferralExport</name>
    <message>
        <source>The disk is full: the referral could not be written to %1. Nothing was saved. Free some space or choose another place.</source>
        <translation>Levy on täynnä: lähetettä ei voitu kirjoittaa tiedostoon %1. Mitään ei tallennettu. Vapauta tilaa tai valitse toinen paikka.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only or you may not write there. Nothing was saved. Choose another folder.</source>
        <translation>Tiedoston %1 kansio on vain luku -tilassa tai sinne ei saa kirjoittaa. Mitään ei tallennettu. Valitse toinen kansio.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist. Nothing was saved.</source>
        <translation>Tiedoston %1 kansiota ei ole olemassa. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>The referral could not be written to %1 (%2). Nothing was saved.</source>
        <translation>Lähetettä ei voitu kirjoittaa tiedostoon %1 (%2). Mitään ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>ReferralExporter</name>
    <message>
        <source>Export the referral for the family's data request</source>
        <translation>Vie lähete perheen tietopyyntöä varten</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-tiedostot (*.json)</translation>
    </message>
    <message>
        <source>referral-%1.json</source>
        <translation>lahete-%1.json</translation>
    </message>
    <message>
        <source>The referral was exported to %1.</source>
        <translation>Lähete vietiin tiedostoon %1.</translation>
    </message>
    <message>
        <source>Export referral</source>
        <translation>Lähetteen vienti</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>Health and wellbeing</source>
        <translation>Terveys ja hyvinvointi</translation>
    </message>
    <message>
        <source>Parenthood and the couple relationship</source>
        <translation>Vanhemmuus ja parisuhde</translation>
    </message>
    <message>
        <source>Early support, care and rehabilitation</source>
        <translation>Varhainen tuki, hoito ja kuntoutus</translation>
    </message>
    <message>
        <source>Separation and shared parenthood</source>
        <translation>Sovinnollinen ero ja yhteinen vanhemmuus</translation>
    </message>
    <message>
        <source>Family diversity</source>
        <translation>Perheiden moninaisuus</translation>
    </message>
    <message>
        <source>Preventing violence in close relationships</source>
        <translation>Lähisuhdeväkivallan ehkäisy</translation>
    </message>
    <message>
        <source>Meeting place and peer support</source>
        <translation>Kohtaamispaikka ja vertaistuki</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Laji</translation>
    </message>
    <message>
        <source>Family &amp;reference</source>
        <translation>Perheen &amp;tunniste</translation>
    </message>
    <message>
        <source>Na&amp;mes (optional)</source>
        <translation>Ni&amp;met (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>&amp;Identity code (optional)</source>
        <translation>&amp;Henkilötunnus (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>&amp;Phone numbers (optional)</source>
        <translation>&amp;Puhelinnumerot (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation>Toivottu &amp;kieli</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tulkki</translation>
    </message>
    <message>
        <source>Recei&amp;ver</source>
        <translation>&amp;Vastaanottaja</translation>
    </message>
    <message>
        <source>How to &amp;contact</source>
        <translation>&amp;Yhteydenottotapa</translation>
    </message>
    <message>
        <source>When to contac&amp;t</source>
        <translation>Yhteydenoton &amp;ajankohta</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>Kiireelli&amp;syys</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Muistiinpan&amp;o</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>Seurantapä&amp;ivä</translation>
    </message>
    <message>
        <source>Initials or your own code</source>
        <translation>Nimikirjaimet tai oma koodi</translation>
    </message>
    <message>
        <source>Separate several with a comma</source>
        <translation>Erota useampi pilkulla</translation>
    </message>
    <message>
        <source>For example: by phone</source>
        <translation>Esimerkiksi: puhelimitse</translation>
    </message>
    <message>
        <source>For example: weekdays 9–12</source>
        <translation>Esimerkiksi: arkisin 9–12</translation>
    </message>
    <message>
        <source>An interpreter is needed</source>
        <translation>Tarvitaan tulkki</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Tavallinen</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Pian</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Syyt</translation>
    </message>
    <message>
        <source>&amp;Save draft (Ctrl+S)</source>
        <translation>Tallen&amp;na luonnos (Ctrl+S)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Valits&amp;e…</translation>
    </message>
    <message>
        <source>Loa&amp;d their version</source>
        <translation>Lataa heidän ve&amp;rsionsa</translation>
    </message>
    <message>
        <source>(choose a service or a unit, or use Refer in the look-up)</source>
        <translation>(valitse palvelu tai yksikkö, tai käytä palveluhaun Ohjaa-painiketta)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;New referral&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Uusi lähete&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Draft referral&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Lähetteen luonnos&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>The referral was sent meanwhile; it can no longer be edited.</source>
        <translation>Lähete lähetettiin sillä välin; sitä ei voi enää muokata.</translation>
    </message>
</context>
<context>
    <name>ReferralList</name>
    <message>
        <source>My unit's open referrals</source>
        <translation>Yksikköni avoimet lähetteet</translation>
    </message>
    <message>
        <source>My open referrals</source>
        <translation>Omat avoimet lähetteet</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Seuranta myöhässä</translation>
    </message>
    <message>
        <source>Waiting for a response</source>
        <translation>Odottaa vastausta</translation>
    </message>
    <message>
        <source>All of my unit's referrals</source>
        <translation>Kaikki yksikköni lähetteet</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mikä tahansa tila</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Mikä tahansa laji</translation>
    </message>
    <message>
        <source>Which referrals</source>
        <translation>Mitkä lähetteet</translation>
    </message>
    <message>
        <source>&amp;Edit draft</source>
        <translation>&amp;Muokkaa luonnosta</translation>
    </message>
    <message>
        <source>&amp;Print sheet for the family…</source>
        <translation>&amp;Tulosta perheelle ohjauslomake…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s) shown; more below</source>
        <translation>
            <numerusform>%Ln lähete näkyvissä; lisää alempana</numerusform>
            <numerusform>%Ln lähetettä näkyvissä; lisää alempana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln lähete</numerusform>
            <numerusform>%Ln lähetettä</numerusform>
        </translation>
    </message>
    <message>
        <source>created</source>
        <translation>luotu</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>muokattu</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>katsottu</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>listattu</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>tila muutettu</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>suostumus kirjattu</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>suostumus peruttu</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>tulostettu</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>viety</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisoitu</translation>
    </message>
    <message>
        <source>follow-up moved</source>
        <translation>seurantapäivä siirretty</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>lähetetty</translation>
    </message>
    <message>
        <source>received</source>
        <translation>vastaanotettu</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>hyväksytty</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>hylätty</translation>
    </message>
    <message>
        <source>closed with outcome</source>
        <translation>päätetty tuloksella</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>avattu uudelleen</translation>
    </message>
    <message>
        <source>Consent withdrawn: no further disclosure.</source>
        <translation>Suostumus peruttu: tietoja ei enää luovuteta.</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Tulos: %1</translation>
    </message>
    <message>
        <source>Reason for declining: %1</source>
        <translation>Hylkäyksen syy: %1</translation>
    </message>
    <message>
        <source>Follow up on %1</source>
        <translation>Seuranta %1</translation>
    </message>
    <message>
        <source>Temporary identity code</source>
        <translation>Väliaikainen henkilötunnus</translation>
    </message>
    <message>
        <source>Family details are not shown to you.</source>
        <translation>Perheen tietoja ei näytetä sinulle.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>voimassa</translation>
    </message>
    <message>
        <source>not in force</source>
        <translation>ei voimassa</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 asti</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Käsittelyloki</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Perhe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Lähettäjä</translation>
    </message>
    <message>
        <source>The follow-up date has passed.</source>
        <translation>Seurantapäivä on mennyt.</translation>
    </message>
    <message>
        <source>Sent, and no response for a long time.</source>
        <translation>Lähetetty, eikä vastausta ole tullut pitkään aikaan.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>brought in from a field kit</source>
        <translation>tuotu kenttäpaketista</translation>
    </message>
    <message>
        <source>laptop's version kept (field kit)</source>
        <translation>kannettavan versio säilytetty (kenttäpaketti)</translation>
    </message>
    <message>
        <source>site's version kept (field kit)</source>
        <translation>toimipisteen versio säilytetty (kenttäpaketti)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Vie tiedostoon…</translation>
    </message>
    <message>
        <source>Save the referral as a file for the family's data request</source>
        <translation>Tallenna lähete tiedostoksi perheen tietopyyntöä varten</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <source>Unsaved referral</source>
        <translation>Tallentamaton lähete</translation>
    </message>
    <message>
        <source>Discard the unsaved referral?</source>
        <translation>Hylätäänkö tallentamaton lähete?</translation>
    </message>
    <message>
        <source>&amp;Save as draft</source>
        <translation>&amp;Tallenna luonnokseksi</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Hylkää</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
    <message>
        <source>&amp;Log in / switch user…</source>
        <translation>&amp;Kirjaudu / vaihda käyttäjää…</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <source>&amp;New referral</source>
        <translation>&amp;Uusi lähete</translation>
    </message>
    <message>
        <source>Referral &amp;list</source>
        <translation>Lähete&amp;lista</translation>
    </message>
    <message>
        <source>Log in with your own account to see and make referrals. Several people can share this workstation: each logs in in turn.</source>
        <translation>Kirjaudu omalla tunnuksellasi nähdäksesi ja tehdäksesi lähetteitä. Usea työntekijä voi käyttää tätä työasemaa: kukin kirjautuu vuorollaan.</translation>
    </message>
    <message>
        <source>Nobody is logged in.</source>
        <translation>Kukaan ei ole kirjautunut.</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n vaatii huomiota</numerusform>
            <numerusform>%n vaatii huomiota</numerusform>
        </translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Lähetteet</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message numerus="yes">
        <source>Closed referrals are anonymised %n month(s) after closing: the family's details, notes and consent purposes go; what statistics need stays.</source>
        <translation>
            <numerusform>Päättyneet lähetteet anonymisoidaan %n kuukauden kuluttua päättymisestä: perheen tiedot, muistiinpanot ja suostumusten tarkoitukset poistetaan; tilastoihin tarvittava jää.</numerusform>
            <numerusform>Päättyneet lähetteet anonymisoidaan %n kuukauden kuluttua päättymisestä: perheen tiedot, muistiinpanot ja suostumusten tarkoitukset poistetaan; tilastoihin tarvittava jää.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;what is due</source>
        <translation>&amp;Tarkista, mitä on erääntynyt</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Lähete</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Päättynyt</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Anonymise %n referral(s)…</source>
        <translation>
            <numerusform>&amp;Anonymisoi %n lähete…</numerusform>
            <numerusform>&amp;Anonymisoi %n lähetettä…</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymisoi</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n closed referral(s) now? The family details cannot be brought back.</source>
        <translation>
            <numerusform>Anonymisoidaanko %n päättynyt lähete nyt? Perheen tietoja ei voi palauttaa.</numerusform>
            <numerusform>Anonymisoidaanko %n päättynyttä lähetettä nyt? Perheen tietoja ei voi palauttaa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) anonymised.</source>
        <translation>
            <numerusform>%n lähete anonymisoitu.</numerusform>
            <numerusform>%n lähetettä anonymisoitu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Lisää käyttäjätili…</translation>
    </message>
    <message>
        <source>Role and &amp;unit…</source>
        <translation>Rooli ja &amp;yksikkö…</translation>
    </message>
    <message>
        <source>New pass&amp;word…</source>
        <translation>Uusi &amp;salasana…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tili</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>käytössä</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <source>&amp;Reopen account…</source>
        <translation>&amp;Avaa tili uudelleen…</translation>
    </message>
    <message>
        <source>&amp;Close account…</source>
        <translation>&amp;Sulje tili…</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Käyttäjätili %1 lisätty.</translation>
    </message>
    <message>
        <source>%1 now has the new role and unit.</source>
        <translation>Käyttäjällä %1 on nyt uusi rooli ja yksikkö.</translation>
    </message>
    <message>
        <source>%1 has a new password; tell it to them in person.</source>
        <translation>Käyttäjällä %1 on uusi salasana; kerro se hänelle henkilökohtaisesti.</translation>
    </message>
    <message>
        <source>Close account</source>
        <translation>Sulje tili</translation>
    </message>
    <message>
        <source>Close the account %1? The person can no longer log in; what they recorded stays.</source>
        <translation>Suljetaanko tili %1? Henkilö ei voi enää kirjautua; hänen kirjauksensa säilyvät.</translation>
    </message>
    <message>
        <source>Account %1 closed.</source>
        <translation>Käyttäjätili %1 suljettu.</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>(an organisation of its own)</source>
        <translation>(oma organisaationsa)</translation>
    </message>
    <message>
        <source>For example: 029 123 4567</source>
        <translation>Esimerkiksi: 029 123 4567</translation>
    </message>
    <message>
        <source>Name in &amp;Finnish</source>
        <translation>Nimi &amp;suomeksi</translation>
    </message>
    <message>
        <source>Name in &amp;Swedish</source>
        <translation>Nimi &amp;ruotsiksi</translation>
    </message>
    <message>
        <source>&amp;Belongs to</source>
        <translation>&amp;Kuuluu organisaatioon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Sä&amp;hköposti</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Puhelin</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Uusi yksikkö</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>&amp;Add unit…</source>
        <translation>&amp;Lisää yksikkö…</translation>
    </message>
    <message>
        <source>Contact &amp;details…</source>
        <translation>&amp;Yhteystiedot…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Kuuluu</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>palveluluettelo</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>lisätty käsin</translation>
    </message>
    <message>
        <source>Unit added.</source>
        <translation>Yksikkö lisätty.</translation>
    </message>
    <message>
        <source>Contact details saved.</source>
        <translation>Yhteystiedot tallennettu.</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <source>An identity code has 11 characters.</source>
        <translation>Henkilötunnuksessa on 11 merkkiä.</translation>
    </message>
    <message>
        <source>The date and the individual number must be digits.</source>
        <translation>Päivämäärän ja yksilönumeron on oltava numeroita.</translation>
    </message>
    <message>
        <source>The 7th character must be a century sign: + - Y X W V U A B C D E F.</source>
        <translation>7. merkin on oltava välimerkki: + - Y X W V U A B C D E F.</translation>
    </message>
    <message>
        <source>The first six digits are not a real date.</source>
        <translation>Kuusi ensimmäistä numeroa eivät ole oikea päivämäärä.</translation>
    </message>
    <message>
        <source>The individual number must be 002–999.</source>
        <translation>Yksilönumeron on oltava 002–999.</translation>
    </message>
    <message>
        <source>The check character does not match; check for typing errors.</source>
        <translation>Tarkistusmerkki ei täsmää; tarkista kirjoitusvirheet.</translation>
    </message>
</context>
<context>
    <name>phones</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>Puhelinnumero puuttuu.</translation>
    </message>
    <message>
        <source>A phone number may hold only digits, spaces, +, -, brackets, dots and slashes.</source>
        <translation>Puhelinnumerossa voi olla vain numeroita, välilyöntejä, +, -, sulkeita, pisteitä ja vinoviivoja.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Tämä ei näytä puhelinnumerolta.</translation>
    </message>
    <message>
        <source>This number does not exist in the numbering plan; check the digits and the country code.</source>
        <translation>Numeroa ei ole numerointisuunnitelmassa; tarkista numerot ja maatunnus.</translation>
    </message>
</context>
<context>
    <name>referral_rules</name>
    <message>
        <source>Guidance</source>
        <translation>Ohjaus</translation>
    </message>
    <message>
        <source>Referral with consent</source>
        <translation>Lähete suostumuksella</translation>
    </message>
    <message>
        <source>Contact request to social welfare (§ 35)</source>
        <translation>Yhteydenottopyyntö sosiaalihuoltoon (35 §)</translation>
    </message>
    <message>
        <source>Record of a child welfare notification</source>
        <translation>Merkintä tehdystä lastensuojeluilmoituksesta</translation>
    </message>
    <message>
        <source>Anonymous consultation</source>
        <translation>Anonyymi konsultaatio</translation>
    </message>
    <message>
        <source>A child welfare notification is made through the wellbeing services county's official channel. This record only notes that it was made, with no content.</source>
        <translation>Lastensuojeluilmoitus tehdään hyvinvointialueen virallista kanavaa pitkin. Tämä merkintä kertoo vain, että ilmoitus tehtiin, ilman sisältöä.</translation>
    </message>
    <message>
        <source>Only a closed referral can be reopened.</source>
        <translation>Vain suljetun lähetteen voi avata uudelleen.</translation>
    </message>
    <message>
        <source>Say why the referral is reopened.</source>
        <translation>Kerro, miksi lähete avataan uudelleen.</translation>
    </message>
    <message>
        <source>The status to return to is unknown.</source>
        <translation>Palautettava tila ei ole tiedossa.</translation>
    </message>
    <message>
        <source>This step is not possible in this status.</source>
        <translation>Tämä vaihe ei ole mahdollinen tässä tilassa.</translation>
    </message>
    <message>
        <source>Give a reason for declining.</source>
        <translation>Kerro hylkäämisen syy.</translation>
    </message>
    <message>
        <source>Choose the outcome: did the family get help?</source>
        <translation>Valitse tulos: saiko perhe apua?</translation>
    </message>
    <message>
        <source>Unknown referral kind.</source>
        <translation>Tuntematon lähetteen laji.</translation>
    </message>
    <message>
        <source>An anonymous consultation holds nothing that identifies the family: no names, identity code, phone numbers or contact details.</source>
        <translation>Anonyymissa konsultaatiossa ei ole mitään perheen tunnistavaa: ei nimiä, henkilötunnusta, puhelinnumeroita eikä yhteystietoja.</translation>
    </message>
    <message>
        <source>The record of a child welfare notification holds no content: only the family reference and the date. Make the notification itself through the county's official channel.</source>
        <translation>Merkinnässä lastensuojeluilmoituksesta ei ole sisältöä: vain perheen tunniste ja päivämäärä. Tee itse ilmoitus hyvinvointialueen virallista kanavaa pitkin.</translation>
    </message>
    <message>
        <source>No consent in force covers the family data in this referral for this receiver. Record the family's consent, or remove the data it does not cover.</source>
        <translation>Mikään voimassa oleva suostumus ei kata tämän lähetteen perhetietoja tälle vastaanottajalle. Kirjaa perheen suostumus tai poista tiedot, joita se ei kata.</translation>
    </message>
</context>
<context>
    <name>referrals</name>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>Salasanassa on oltava vähintään 10 merkkiä.</translation>
    </message>
    <message>
        <source>Choose a less predictable password (more different characters).</source>
        <translation>Valitse vaikeammin arvattava salasana (enemmän eri merkkejä).</translation>
    </message>
    <message>
        <source>The user name is 1–64 characters without spaces.</source>
        <translation>Käyttäjätunnus on 1–64 merkkiä ilman välilyöntejä.</translation>
    </message>
    <message>
        <source>Give the person's name.</source>
        <translation>Anna henkilön nimi.</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>Tuntematon rooli.</translation>
    </message>
    <message>
        <source>An administrator already exists.</source>
        <translation>Pääkäyttäjä on jo olemassa.</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>Käyttäjätunnus on jo käytössä.</translation>
    </message>
    <message>
        <source>No such unit.</source>
        <translation>Yksikköä ei ole.</translation>
    </message>
    <message>
        <source>Staff who refer belong to a unit.</source>
        <translation>Lähettävä työntekijä kuuluu yksikköön.</translation>
    </message>
    <message>
        <source>You cannot close your own account.</source>
        <translation>Et voi sulkea omaa tiliäsi.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Käyttäjää ei ole.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>Et voi muuttaa omaa rooliasi.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Väärä käyttäjätunnus tai salasana.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Nykyinen salasana on väärä.</translation>
    </message>
    <message>
        <source>Give the unit a name.</source>
        <translation>Anna yksikölle nimi.</translation>
    </message>
    <message>
        <source>The e-mail address should look like name@example.fi.</source>
        <translation>Sähköpostiosoitteen pitäisi olla muotoa nimi@example.fi.</translation>
    </message>
    <message>
        <source>No such organisation.</source>
        <translation>Organisaatiota ei ole.</translation>
    </message>
    <message>
        <source>Give the family reference.</source>
        <translation>Anna perheen tunniste.</translation>
    </message>
    <message>
        <source>Say who gave the consent.</source>
        <translation>Kerro, kuka antoi suostumuksen.</translation>
    </message>
    <message>
        <source>Choose which data the consent covers.</source>
        <translation>Valitse, mitä tietoja suostumus koskee.</translation>
    </message>
    <message>
        <source>Write the purpose of the consent.</source>
        <translation>Kirjoita suostumuksen tarkoitus.</translation>
    </message>
    <message>
        <source>Say how the consent was given.</source>
        <translation>Kerro, miten suostumus annettiin.</translation>
    </message>
    <message>
        <source>The consent cannot be given later.</source>
        <translation>Suostumus ei voi olla annettu tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The end date is before the consent was given.</source>
        <translation>Päättymispäivä on ennen suostumuksen antamista.</translation>
    </message>
    <message>
        <source>Only the sending unit records consent.</source>
        <translation>Vain lähettävä yksikkö kirjaa suostumuksen.</translation>
    </message>
    <message>
        <source>This kind passes no data on.</source>
        <translation>Tämä laji ei luovuta tietoja.</translation>
    </message>
    <message>
        <source>No such consent.</source>
        <translation>Suostumusta ei ole.</translation>
    </message>
    <message>
        <source>Public health nurse</source>
        <translation>Terveydenhoitaja</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Sosiaalityöntekijä</translation>
    </message>
    <message>
        <source>Meeting-place coordinator</source>
        <translation>Kohtaamispaikan koordinaattori</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Pääkäyttäjä</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Roolisi ei salli tätä.</translation>
    </message>
    <message>
        <source>Your account belongs to no unit; ask the administrator to add it to one.</source>
        <translation>Tilisi ei kuulu mihinkään yksikköön; pyydä pääkäyttäjää lisäämään se yksikköön.</translation>
    </message>
    <message>
        <source>No such referral.</source>
        <translation>Lähetettä ei ole.</translation>
    </message>
    <message>
        <source>Someone else changed this referral while you were editing it. Reload it to see their changes, then make yours again.</source>
        <translation>Joku muu muutti tätä lähetettä, kun muokkasit sitä. Lataa se uudelleen nähdäksesi muutokset ja tee omasi sitten uudelleen.</translation>
    </message>
    <message>
        <source>Someone else changed this referral at the same moment. Reload it and try again.</source>
        <translation>Joku muu muutti tätä lähetettä samaan aikaan. Lataa se uudelleen ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>No such receiver.</source>
        <translation>Vastaanottajaa ei ole.</translation>
    </message>
    <message>
        <source>No such service.</source>
        <translation>Palvelua ei ole.</translation>
    </message>
    <message>
        <source>Only a draft can be edited; it was already sent.</source>
        <translation>Vain luonnosta voi muokata; tämä on jo lähetetty.</translation>
    </message>
    <message>
        <source>Only the sending unit can do this.</source>
        <translation>Vain lähettävä yksikkö voi tehdä tämän.</translation>
    </message>
    <message>
        <source>Choose the kind.</source>
        <translation>Valitse laji.</translation>
    </message>
    <message>
        <source>Choose who receives the referral.</source>
        <translation>Valitse lähetteen vastaanottaja.</translation>
    </message>
    <message>
        <source>Unknown reason.</source>
        <translation>Tuntematon syy.</translation>
    </message>
    <message>
        <source>Choose at least one reason.</source>
        <translation>Valitse vähintään yksi syy.</translation>
    </message>
    <message>
        <source>Choose the urgency.</source>
        <translation>Valitse kiireellisyys.</translation>
    </message>
    <message>
        <source>Give a family reference, such as initials or a code.</source>
        <translation>Anna perheen tunniste, esimerkiksi nimikirjaimet tai koodi.</translation>
    </message>
    <message>
        <source>The reference is too long (64 at most).</source>
        <translation>Tunniste on liian pitkä (enintään 64).</translation>
    </message>
    <message>
        <source>The reference looks like an identity code. Use initials or a code of your own; the identity code has its own field.</source>
        <translation>Tunniste näyttää henkilötunnukselta. Käytä nimikirjaimia tai omaa koodia; henkilötunnukselle on oma kenttänsä.</translation>
    </message>
</context>
</TS>