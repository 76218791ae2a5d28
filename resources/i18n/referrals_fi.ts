<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi">
<context>
    <name>ActionsBar</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="56" />
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="57" />
        <source>Mark received</source>
        <translation>Merkitse vastaanotetuksi</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="58" />
        <source>Accepted</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="59" />
        <source>Declined…</source>
        <translation>Hylätty…</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="60" />
        <source>Close with outcome…</source>
        <translation>Päätä ja kirjaa tulos…</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="61" />
        <source>Cancel referral</source>
        <translation>Peru lähete</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="62" />
        <source>Reopen…</source>
        <translation>Avaa uudelleen…</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="63" />
        <source>Record consent…</source>
        <translation>Kirjaa suostumus…</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="64" />
        <source>Consent withdrawn</source>
        <translation>Suostumus peruttu</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="102" />
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="102" />
        <source>Why?</source>
        <translation>Miksi?</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="107" />
        <source>Got help</source>
        <translation>Sai apua</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="108" />
        <source>Did not attend</source>
        <translation>Ei saapunut</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="109" />
        <source>Referred on</source>
        <translation>Ohjattu eteenpäin</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="110" />
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="114" />
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="115" />
        <source>Did the family get help?</source>
        <translation>Saiko perhe apua?</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="144" />
        <source>Referral</source>
        <translation>Lähete</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="154" />
        <source>Record consent</source>
        <translation>Kirjaa suostumus</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="157" />
        <source>Guardian</source>
        <translation>Huoltaja</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="158" />
        <source>The young person</source>
        <translation>Nuori itse</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="159" />
        <source>Both</source>
        <translation>Molemmat</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="163" />
        <source>Names and identity code</source>
        <translation>Nimet ja henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="164" />
        <source>Phone numbers and contact wishes</source>
        <translation>Puhelinnumerot ja yhteydenottotoiveet</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="165" />
        <source>Language and interpreter</source>
        <translation>Kieli ja tulkki</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="166" />
        <source>Reasons and note</source>
        <translation>Syyt ja muistiinpano</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="171" />
        <source>Verbal</source>
        <translation>Suullinen</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="172" />
        <source>Written</source>
        <translation>Kirjallinen</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="173" />
        <source>Electronic</source>
        <translation>Sähköinen</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="177" />
        <source>&amp;Given by</source>
        <translation>&amp;Antaja</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="180" />
        <source>&amp;Purpose</source>
        <translation>&amp;Tarkoitus</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="181" />
        <source>&amp;How</source>
        <translation>&amp;Miten</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="57" />
        <source>&amp;User name</source>
        <translation>&amp;Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="59" />
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="60" />
        <source>&amp;Password</source>
        <translation>&amp;Salasana</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="62" />
        <source>Password &amp;again</source>
        <translation>Salasana &amp;uudelleen</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="83" />
        <source>Create the administrator</source>
        <translation>Luo pääkäyttäjä</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="86" />
        <source>This is the first start. Create the administrator account; the administrator then adds the staff accounts.</source>
        <translation>Tämä on ensimmäinen käynnistys. Luo pääkäyttäjän tili; pääkäyttäjä lisää sitten työntekijöiden tilit.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="91" />
        <source>Session locked</source>
        <translation>Istunto lukittu</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="94" />
        <source>The session was locked after a pause. Type your password to go on, or cancel to let someone else log in.</source>
        <translation>Istunto lukittiin tauon jälkeen. Jatka kirjoittamalla salasanasi tai peruuta, jotta joku muu voi kirjautua.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="99" />
        <source>Log in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="100" />
        <source>Log in with your own account.</source>
        <translation>Kirjaudu omalla tunnuksellasi.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="107" />
        <source>The passwords differ.</source>
        <translation>Salasanat eroavat.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="119" />
        <source>Wrong password.</source>
        <translation>Väärä salasana.</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="34" />
        <source>Health and wellbeing</source>
        <translation>Terveys ja hyvinvointi</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="35" />
        <source>Parenthood and the couple relationship</source>
        <translation>Vanhemmuus ja parisuhde</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="38" />
        <source>Early support, care and rehabilitation</source>
        <translation>Varhainen tuki, hoito ja kuntoutus</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="41" />
        <source>Separation and shared parenthood</source>
        <translation>Sovinnollinen ero ja yhteinen vanhemmuus</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="42" />
        <source>Family diversity</source>
        <translation>Perheiden moninaisuus</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="43" />
        <source>Preventing violence in close relationships</source>
        <translation>Lähisuhdeväkivallan ehkäisy</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="46" />
        <source>Meeting place and peer support</source>
        <translation>Kohtaamispaikka ja vertaistuki</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="128" />
        <source>&amp;Kind</source>
        <translation>&amp;Laji</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="129" />
        <source>Receiver</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="130" />
        <source>Family &amp;reference</source>
        <translation>Perheen &amp;tunniste</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="131" />
        <source>Na&amp;mes (optional)</source>
        <translation>Ni&amp;met (vapaaehtoinen)</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="132" />
        <source>&amp;Identity code (optional)</source>
        <translation>&amp;Henkilötunnus (vapaaehtoinen)</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="133" />
        <source>&amp;Phone numbers (optional)</source>
        <translation>&amp;Puhelinnumerot (vapaaehtoinen)</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="134" />
        <source>Preferred &amp;language</source>
        <translation>Toivottu &amp;kieli</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="135" />
        <source>Interpreter</source>
        <translation>Tulkki</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="136" />
        <source>How and when to &amp;contact</source>
        <translation>Miten ja milloin &amp;yhteyttä</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="137" />
        <source>&amp;Urgency</source>
        <translation>Kiireelli&amp;syys</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="138" />
        <source>N&amp;ote</source>
        <translation>&amp;Muistiinpano</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="139" />
        <source>&amp;Follow up on</source>
        <translation>&amp;Seurantapäivä</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="149" />
        <source>Initials or your own code</source>
        <translation>Nimikirjaimet tai oma koodi</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="150" />
        <source>Separate several with a comma</source>
        <translation>Erota useampi pilkulla</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="151" />
        <source>An interpreter is needed</source>
        <translation>Tarvitaan tulkki</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="155" />
        <source>Normal</source>
        <translation>Tavallinen</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="156" />
        <source>Soon</source>
        <translation>Pian</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="157" />
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="161" />
        <source>Reasons</source>
        <translation>Syyt</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="164" />
        <source>&amp;Save draft</source>
        <translation>&amp;Tallenna luonnos</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="166" />
        <source>(choose a service in the look-up)</source>
        <translation>(valitse palvelu haussa)</translation>
    </message>
</context>
<context>
    <name>ReferralList</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="78" />
        <source>My unit's open referrals</source>
        <translation>Yksikköni avoimet lähetteet</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="79" />
        <source>My open referrals</source>
        <translation>Omat avoimet lähetteet</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="80" />
        <source>Follow-up overdue</source>
        <translation>Seuranta myöhässä</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="81" />
        <source>Waiting for a response</source>
        <translation>Odottaa vastausta</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="89" />
        <source>Family</source>
        <translation>Perhe</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="90" />
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="91" />
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="92" />
        <source>Receiver</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="93" />
        <source>Follow up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="94" />
        <source>Sent by</source>
        <translation>Lähettäjä</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="160" />
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="161" />
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="162" />
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="163" />
        <source>Accepted</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="164" />
        <source>Declined</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="165" />
        <source>Completed</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="166" />
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="175" />
        <source>Consent withdrawn: no further disclosure.</source>
        <translation>Suostumus peruttu: tietoja ei enää luovuteta.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="178" />
        <source>Temporary identity code</source>
        <translation>Väliaikainen henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="179" />
        <source>Family details are not shown to you.</source>
        <translation>Perheen tietoja ei näytetä sinulle.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="195" />
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="204" />
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="208" />
        <source>in force</source>
        <translation>voimassa</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="210" />
        <source>not in force</source>
        <translation>ei voimassa</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="88" />
        <source>&amp;Log in / switch user…</source>
        <translation>&amp;Kirjaudu / vaihda käyttäjää…</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="89" />
        <source>Loc&amp;k</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="90" />
        <source>&amp;New referral</source>
        <translation>&amp;Uusi lähete</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="91" />
        <source>Referral &amp;list</source>
        <translation>Lähete&amp;lista</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="94" />
        <source>Log in with your own account to see and make referrals. Several people can share this workstation: each logs in in turn.</source>
        <translation>Kirjaudu omalla tunnuksellasi nähdäksesi ja tehdäksesi lähetteitä. Usea työntekijä voi käyttää tätä työasemaa: kukin kirjautuu vuorollaan.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="132" />
        <source>Nobody is logged in.</source>
        <translation>Kukaan ei ole kirjautunut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="145" />
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n vaatii huomiota</numerusform><numerusform>%n vaatii huomiota</numerusform></translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <location filename="../../familjecenter_desktop/domain/identity.py" line="60" />
        <source>An identity code has 11 characters.</source>
        <translation>Henkilötunnuksessa on 11 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/identity.py" line="66" />
        <source>The date and the individual number must be digits.</source>
        <translation>Päivämäärän ja yksilönumeron on oltava numeroita.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/identity.py" line="72" />
        <source>The 7th character must be a century sign: + - Y X W V U A B C D E F.</source>
        <translation>7. merkin on oltava välimerkki: + - Y X W V U A B C D E F.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/identity.py" line="83" />
        <source>The first six digits are not a real date.</source>
        <translation>Kuusi ensimmäistä numeroa eivät ole oikea päivämäärä.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/identity.py" line="89" />
        <source>The individual number must be 002–999.</source>
        <translation>Yksilönumeron on oltava 002–999.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/identity.py" line="93" />
        <source>The check character does not match; check for typing errors.</source>
        <translation>Tarkistusmerkki ei täsmää; tarkista kirjoitusvirheet.</translation>
    </message>
</context>
<context>
    <name>phones</name>
    <message>
        <location filename="../../familjecenter_desktop/domain/phones.py" line="38" />
        <source>The phone number is empty.</source>
        <translation>Puhelinnumero puuttuu.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/phones.py" line="42" />
        <source>A phone number may hold only digits, spaces, +, -, brackets, dots and slashes.</source>
        <translation>Puhelinnumerossa voi olla vain numeroita, välilyöntejä, +, -, sulkeita, pisteitä ja vinoviivoja.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/phones.py" line="54" />
        <source>This does not look like a phone number.</source>
        <translation>Tämä ei näytä puhelinnumerolta.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/phones.py" line="58" />
        <source>This number does not exist in the numbering plan; check the digits and the country code.</source>
        <translation>Numeroa ei ole numerointisuunnitelmassa; tarkista numerot ja maatunnus.</translation>
    </message>
</context>
<context>
    <name>referral_rules</name>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="31" />
        <source>Guidance</source>
        <translation>Ohjaus</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="32" />
        <source>Referral with consent</source>
        <translation>Lähete suostumuksella</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="33" />
        <source>Contact request to social welfare (§ 35)</source>
        <translation>Yhteydenottopyyntö sosiaalihuoltoon (35 §)</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="36" />
        <source>Record of a child welfare notification</source>
        <translation>Merkintä tehdystä lastensuojeluilmoituksesta</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="39" />
        <source>Anonymous consultation</source>
        <translation>Anonyymi konsultaatio</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="41" />
        <source>A child welfare notification is made through the wellbeing services county's official channel. This record only notes that it was made, with no content.</source>
        <translation>Lastensuojeluilmoitus tehdään hyvinvointialueen virallista kanavaa pitkin. Tämä merkintä kertoo vain, että ilmoitus tehtiin, ilman sisältöä.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="122" />
        <source>Only a closed referral can be reopened.</source>
        <translation>Vain suljetun lähetteen voi avata uudelleen.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="129" />
        <source>Say why the referral is reopened.</source>
        <translation>Kerro, miksi lähete avataan uudelleen.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="136" />
        <source>The status to return to is unknown.</source>
        <translation>Palautettava tila ei ole tiedossa.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="146" />
        <source>This step is not possible in this status.</source>
        <translation>Tämä vaihe ei ole mahdollinen tässä tilassa.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="153" />
        <source>Give a reason for declining.</source>
        <translation>Kerro hylkäämisen syy.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="157" />
        <source>Choose the outcome: did the family get help?</source>
        <translation>Valitse tulos: saiko perhe apua?</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="197" />
        <source>Unknown referral kind.</source>
        <translation>Tuntematon lähetteen laji.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="202" />
        <source>An anonymous consultation holds nothing that identifies the family: no names, identity code, phone numbers or contact details.</source>
        <translation>Anonyymissa konsultaatiossa ei ole mitään perheen tunnistavaa: ei nimiä, henkilötunnusta, puhelinnumeroita eikä yhteystietoja.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="213" />
        <source>The record of a child welfare notification holds no content: only the family reference and the date. Make the notification itself through the county's official channel.</source>
        <translation>Merkinnässä lastensuojeluilmoituksesta ei ole sisältöä: vain perheen tunniste ja päivämäärä. Tee itse ilmoitus hyvinvointialueen virallista kanavaa pitkin.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="283" />
        <source>No consent in force covers the family data in this referral for this receiver. Record the family's consent, or remove the data it does not cover.</source>
        <translation>Mikään voimassa oleva suostumus ei kata tämän lähetteen perhetietoja tälle vastaanottajalle. Kirjaa perheen suostumus tai poista tiedot, joita se ei kata.</translation>
    </message>
</context>
<context>
    <name>referrals</name>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="54" />
        <source>The password must have at least 10 characters.</source>
        <translation>Salasanassa on oltava vähintään 10 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="58" />
        <source>Choose a less predictable password (more different characters).</source>
        <translation>Valitse vaikeammin arvattava salasana (enemmän eri merkkejä).</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="71" />
        <source>The user name is 1–64 characters without spaces.</source>
        <translation>Käyttäjätunnus on 1–64 merkkiä ilman välilyöntejä.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="78" />
        <source>Give the person's name.</source>
        <translation>Anna henkilön nimi.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="81" />
        <source>Unknown role.</source>
        <translation>Tuntematon rooli.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="109" />
        <source>An administrator already exists.</source>
        <translation>Pääkäyttäjä on jo olemassa.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="122" />
        <source>This user name is taken.</source>
        <translation>Käyttäjätunnus on jo käytössä.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="126" />
        <source>No such unit.</source>
        <translation>Yksikköä ei ole.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="161" />
        <source>Staff who refer belong to a unit.</source>
        <translation>Lähettävä työntekijä kuuluu yksikköön.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="190" />
        <source>You cannot close your own account.</source>
        <translation>Et voi sulkea omaa tiliäsi.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="195" />
        <source>No such user.</source>
        <translation>Käyttäjää ei ole.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="202" />
        <source>Wrong user name or password.</source>
        <translation>Väärä käyttäjätunnus tai salasana.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="234" />
        <source>The current password is wrong.</source>
        <translation>Nykyinen salasana on väärä.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/actors.py" line="49" />
        <source>Give the unit a name.</source>
        <translation>Anna yksikölle nimi.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/actors.py" line="63" />
        <source>No such organisation.</source>
        <translation>Organisaatiota ei ole.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/audit.py" line="211" />
        <source>Give the family reference.</source>
        <translation>Anna perheen tunniste.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="53" />
        <source>Say who gave the consent.</source>
        <translation>Kerro, kuka antoi suostumuksen.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="59" />
        <source>Choose which data the consent covers.</source>
        <translation>Valitse, mitä tietoja suostumus koskee.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="66" />
        <source>Write the purpose of the consent.</source>
        <translation>Kirjoita suostumuksen tarkoitus.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="71" />
        <source>Say how the consent was given.</source>
        <translation>Kerro, miten suostumus annettiin.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="78" />
        <source>The consent cannot be given later.</source>
        <translation>Suostumus ei voi olla annettu tulevaisuudessa.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="85" />
        <source>The end date is before the consent was given.</source>
        <translation>Päättymispäivä on ennen suostumuksen antamista.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="106" />
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="154" />
        <source>Only the sending unit records consent.</source>
        <translation>Vain lähettävä yksikkö kirjaa suostumuksen.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="113" />
        <source>This kind passes no data on.</source>
        <translation>Tämä laji ei luovuta tietoja.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="150" />
        <source>No such consent.</source>
        <translation>Suostumusta ei ole.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/permissions.py" line="30" />
        <source>Public health nurse</source>
        <translation>Terveydenhoitaja</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/permissions.py" line="31" />
        <source>Social worker</source>
        <translation>Sosiaalityöntekijä</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/permissions.py" line="32" />
        <source>Meeting-place coordinator</source>
        <translation>Kohtaamispaikan koordinaattori</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/permissions.py" line="33" />
        <source>Administrator</source>
        <translation>Pääkäyttäjä</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/permissions.py" line="101" />
        <source>Your role does not allow this.</source>
        <translation>Roolisi ei salli tätä.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/permissions.py" line="105" />
        <source>Your account belongs to no unit; ask the administrator to add it to one.</source>
        <translation>Tilisi ei kuulu mihinkään yksikköön; pyydä pääkäyttäjää lisäämään se yksikköön.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="70" />
        <source>No such referral.</source>
        <translation>Lähetettä ei ole.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="78" />
        <source>Someone else changed this referral while you were editing it. Reload it to see their changes, then make yours again.</source>
        <translation>Joku muu muutti tätä lähetettä, kun muokkasit sitä. Lataa se uudelleen nähdäksesi muutokset ja tee omasi sitten uudelleen.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="92" />
        <source>Someone else changed this referral at the same moment. Reload it and try again.</source>
        <translation>Joku muu muutti tätä lähetettä samaan aikaan. Lataa se uudelleen ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="125" />
        <source>No such receiver.</source>
        <translation>Vastaanottajaa ei ole.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="129" />
        <source>No such service.</source>
        <translation>Palvelua ei ole.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="215" />
        <source>Only a draft can be edited; it was already sent.</source>
        <translation>Vain luonnosta voi muokata; tämä on jo lähetetty.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="233" />
        <source>Only the sending unit can do this.</source>
        <translation>Vain lähettävä yksikkö voi tehdä tämän.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="79" />
        <source>Choose the kind.</source>
        <translation>Valitse laji.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="103" />
        <source>Choose who receives the referral.</source>
        <translation>Valitse lähetteen vastaanottaja.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="108" />
        <source>Unknown reason.</source>
        <translation>Tuntematon syy.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="115" />
        <source>Choose at least one reason.</source>
        <translation>Valitse vähintään yksi syy.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="119" />
        <source>Choose the urgency.</source>
        <translation>Valitse kiireellisyys.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="138" />
        <source>Give a family reference, such as initials or a code.</source>
        <translation>Anna perheen tunniste, esimerkiksi nimikirjaimet tai koodi.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="147" />
        <source>The reference is too long (64 at most).</source>
        <translation>Tunniste on liian pitkä (enintään 64).</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="159" />
        <source>The reference looks like an identity code. Use initials or a code of your own; the identity code has its own field.</source>
        <translation>Tunniste näyttää henkilötunnukselta. Käytä nimikirjaimia tai omaa koodia; henkilötunnukselle on oma kenttänsä.</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="190" />
        <source>Referrals</source>
        <translation>Lähetteet</translation>
    </message>
</context>
</TS>