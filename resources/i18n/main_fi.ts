<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>DetailPane</name>
        <message>
            <source>only in Finnish</source>
            <translation>vain suomeksi</translation>
        </message>
        <message>
            <source>only in Swedish</source>
            <translation>vain ruotsiksi</translation>
        </message>
        <message>
            <source>only in English</source>
            <translation>vain englanniksi</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>kieli: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n vuosi</numerusform>
                <numerusform>%n vuotta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n kuukausi</numerusform>
                <numerusform>%n kuukautta</numerusform>
            </translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation>enintään %1</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>%1 alkaen</translation>
        </message>
        <message>
            <source>free of charge</source>
            <translation>maksuton</translation>
        </message>
        <message>
            <source>subject to a charge</source>
            <translation>maksullinen</translation>
        </message>
        <message>
            <source>Exceptions coming up:</source>
            <translation>Tulevat poikkeusaukiolot:</translation>
        </message>
        <message>
            <source>Organised by %1</source>
            <translation>Järjestäjä: %1</translation>
        </message>
        <message>
            <source>Age: %1</source>
            <translation>Ikä: %1</translation>
        </message>
        <message>
            <source>Languages: %1</source>
            <translation>Kielet: %1</translation>
        </message>
        <message>
            <source>For whom</source>
            <translation>Kenelle</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Hinta</translation>
        </message>
        <message>
            <source>Who can use it</source>
            <translation>Kuka voi käyttää</translation>
        </message>
        <message>
            <source>How to use the service</source>
            <translation>Miten palvelua käytetään</translation>
        </message>
        <message>
            <source>Where and when</source>
            <translation>Missä ja milloin</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Yhteystiedot</translation>
        </message>
        <message>
            <source>E-services</source>
            <translation>Sähköiset palvelut</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>Lomakkeet</translation>
        </message>
        <message>
            <source>In the service bundle</source>
            <translation>Palvelukokonaisuudessa</translation>
        </message>
        <message>
            <source>Service classes and life events</source>
            <translation>Palveluluokat ja elämäntilanteet</translation>
        </message>
        <message>
            <source>Data last updated %1.</source>
            <translation>Tiedot päivitetty viimeksi %1.</translation>
        </message>
        <message>
            <source>the national Suomi.fi service catalogue (PTV)</source>
            <translation>valtakunnallinen Suomi.fi-palvelutietovaranto (PTV)</translation>
        </message>
        <message>
            <source>a national service description (Suomi.fi, PTV)</source>
            <translation>valtakunnallinen palvelukuvaus (Suomi.fi, PTV)</translation>
        </message>
        <message>
            <source>the demo catalogue</source>
            <translation>esittelyluettelo</translation>
        </message>
        <message>
            <source>entered by hand</source>
            <translation>syötetty käsin</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Lähde: %1</translation>
        </message>
        <message>
            <source>Imported %1.</source>
            <translation>Tuotu %1.</translation>
        </message>
        <message>
            <source>Checked %1.</source>
            <translation>Tarkistettu %1.</translation>
        </message>
        <message>
            <source>Choose a service from the list to see its details.</source>
            <translation>Valitse palvelu luettelosta, niin sen tiedot näkyvät tässä.</translation>
        </message>
        <message>
            <source>&amp;Refer…</source>
            <translation>Oh&amp;jaa…</translation>
        </message>
        <message>
            <source>Refer the family to this service</source>
            <translation>Ohjaa perhe tähän palveluun</translation>
        </message>
        <message>
            <source>Add to sh&amp;eet</source>
            <translation>Lisää tuloste&amp;eseen</translation>
        </message>
        <message>
            <source>Add this service to the guidance sheet to print</source>
            <translation>Lisää palvelu perheelle tulostettavaan ohjeeseen</translation>
        </message>
        <message>
            <source>Service details</source>
            <translation>Palvelun tiedot</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <source>&amp;Bundle category:</source>
            <translation>Palvelu&amp;kokonaisuus:</translation>
        </message>
        <message>
            <source>Family-centre &amp;task:</source>
            <translation>Perhekeskuksen tehtä&amp;vä:</translation>
        </message>
        <message>
            <source>Target &amp;group:</source>
            <translation>Kohde&amp;ryhmä:</translation>
        </message>
        <message>
            <source>Child's &amp;age:</source>
            <translation>Lapsen &amp;ikä:</translation>
        </message>
        <message>
            <source>&amp;Language served:</source>
            <translation>Palvelukie&amp;li:</translation>
        </message>
        <message>
            <source>&amp;Municipality:</source>
            <translation>K&amp;unta:</translation>
        </message>
        <message>
            <source>&amp;Opening:</source>
            <translation>&amp;Aukiolo:</translation>
        </message>
        <message>
            <source>any</source>
            <translation>kaikki</translation>
        </message>
        <message>
            <source> y</source>
            <translation> v</translation>
        </message>
        <message>
            <source> mo</source>
            <translation> kk</translation>
        </message>
        <message>
            <source>The child's age in full years</source>
            <translation>Lapsen ikä täysinä vuosina</translation>
        </message>
        <message>
            <source>and months</source>
            <translation>ja kuukausina</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Milloin tahansa</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>Avoinna nyt</translation>
        </message>
        <message>
            <source>Open at the time below</source>
            <translation>Avoinna alla olevana aikana</translation>
        </message>
        <message>
            <source>Day and time the service should be open</source>
            <translation>Päivä ja kellonaika, jolloin palvelun pitää olla avoinna</translation>
        </message>
        <message>
            <source>Free of charge o&amp;nly</source>
            <translation>Vain &amp;maksuttomat</translation>
        </message>
        <message>
            <source>&amp;Clear filters</source>
            <translation>Tyhjennä &amp;suodattimet</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Kaikki</translation>
        </message>
    </context>
    <context>
        <name>ImportAction</name>
        <message>
            <source>Choose a folder of PTV Open API files</source>
            <translation>Valitse kansio, jossa on PTV Open API -tiedostoja</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Tuodaan tietoja…</translation>
        </message>
        <message>
            <source>Import finished.</source>
            <translation>Tuonti valmis.</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Tuonti valmis</translation>
        </message>
        <message>
            <source>%1 added, %2 updated, %3 unchanged, %4 skipped</source>
            <translation>%1 lisätty, %2 päivitetty, %3 ennallaan, %4 ohitettu</translation>
        </message>
        <message>
            <source>Skipped %1</source>
            <translation>Ohitettu %1</translation>
        </message>
        <message>
            <source>Import failed.</source>
            <translation>Tuonti epäonnistui.</translation>
        </message>
        <message>
            <source>Nothing was imported; the catalogue is as it was.

%1</source>
            <translation>Mitään ei tuotu; palveluluettelo on ennallaan.

%1</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Tuonti epäonnistui</translation>
        </message>
        <message>
            <source>Import PTV data</source>
            <translation>PTV-tietojen tuonti</translation>
        </message>
        <message>
            <source>record %1</source>
            <translation>tietue %1</translation>
        </message>
        <message>
            <source>field %1</source>
            <translation>kenttä %1</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>services</source>
            <translation>palvelut</translation>
        </message>
        <message>
            <source>service channels</source>
            <translation>asiointikanavat</translation>
        </message>
        <message>
            <source>organisations</source>
            <translation>organisaatiot</translation>
        </message>
        <message>
            <source>code lists</source>
            <translation>koodistot</translation>
        </message>
        <message>
            <source>files</source>
            <translation>tiedostot</translation>
        </message>
    </context>
    <context>
        <name>PtvImport</name>
        <message>
            <source>no such file or folder</source>
            <translation>tiedostoa tai kansiota ei ole</translation>
        </message>
        <message>
            <source>no PTV JSON files (*.json) in this folder or its subfolders</source>
            <translation>kansiossa tai sen alikansioissa ei ole PTV:n JSON-tiedostoja (*.json)</translation>
        </message>
        <message>
            <source>wrong shape: expected a list</source>
            <translation>väärä rakenne: odotettiin luetteloa</translation>
        </message>
        <message>
            <source>wrong shape: expected an object</source>
            <translation>väärä rakenne: odotettiin objektia</translation>
        </message>
        <message>
            <source>wrong shape: expected a JSON object</source>
            <translation>väärä rakenne: odotettiin JSON-objektia</translation>
        </message>
        <message>
            <source>wrong shape: expected a JSON object or a list of objects</source>
            <translation>väärä rakenne: odotettiin JSON-objektia tai objektien luetteloa</translation>
        </message>
        <message>
            <source>wrong shape: not a PTV service, service channel or organisation (none of serviceNames, serviceChannelType, organizationNames)</source>
            <translation>väärä rakenne: ei PTV:n palvelu, asiointikanava eikä organisaatio (ei mitään kentistä serviceNames, serviceChannelType, organizationNames)</translation>
        </message>
        <message>
            <source>required field is missing</source>
            <translation>pakollinen kenttä puuttuu</translation>
        </message>
        <message>
            <source>required field is missing: no name in any language</source>
            <translation>pakollinen kenttä puuttuu: nimeä ei ole millään kielellä</translation>
        </message>
        <message>
            <source>a PTV code list, not a catalogue record</source>
            <translation>PTV:n koodisto, ei palveluluettelon tietue</translation>
        </message>
        <message>
            <source>a bare reference, no content</source>
            <translation>pelkkä viittaus, ei sisältöä</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Finnish</source>
            <translation>suomi</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>ruotsi</translation>
        </message>
        <message>
            <source>English</source>
            <translation>englanti</translation>
        </message>
        <message>
            <source>Northern Sami</source>
            <translation>pohjoissaame</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>venäjä</translation>
        </message>
        <message>
            <source>Estonian</source>
            <translation>viro</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>arabia</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>somali</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>ukraina</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>persia</translation>
        </message>
        <message>
            <source>Kurdish</source>
            <translation>kurdi</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>kiina</translation>
        </message>
        <message>
            <source>Albanian</source>
            <translation>albania</translation>
        </message>
        <message>
            <source>German</source>
            <translation>saksa</translation>
        </message>
        <message>
            <source>French</source>
            <translation>ranska</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>espanja</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Opening the catalogue… The first start loads the demo catalogue.</source>
            <translation>Avataan palveluluetteloa… Ensimmäisellä käynnistyskerralla ladataan esittelyluettelo.</translation>
        </message>
        <message>
            <source>Catalogue ready.</source>
            <translation>Palveluluettelo on valmis.</translation>
        </message>
        <message>
            <source>The catalogue could not be opened.</source>
            <translation>Palveluluetteloa ei voitu avata.</translation>
        </message>
        <message>
            <source>Familjecenter Desktop</source>
            <translation>Familjecenter Desktop</translation>
        </message>
        <message>
            <source>The catalogue could not be opened:
%1</source>
            <translation>Palveluluetteloa ei voitu avata:
%1</translation>
        </message>
        <message>
            <source>Familjecenter Desktop – service bundle</source>
            <translation>Familjecenter Desktop – palvelukokonaisuus</translation>
        </message>
        <message>
            <source>Service bundle</source>
            <translation>Palvelukokonaisuus</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tiedosto</translation>
        </message>
        <message>
            <source>&amp;Import PTV data…</source>
            <translation>&amp;Tuo PTV-tietoja…</translation>
        </message>
        <message>
            <source>Import services from PTV Open API files in a folder</source>
            <translation>Tuo palveluja kansiossa olevista PTV Open API -tiedostoista</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Näytä</translation>
        </message>
        <message>
            <source>&amp;Find a service</source>
            <translation>&amp;Etsi palvelu</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Kieli</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Ohje</translation>
        </message>
        <message>
            <source>&amp;About Familjecenter Desktop</source>
            <translation>&amp;Tietoja Familjecenter Desktopista</translation>
        </message>
        <message>
            <source>About Familjecenter Desktop</source>
            <translation>Tietoja Familjecenter Desktopista</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Familjecenter Desktop&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Service bundle look-up, referrals and guidance sheets for Finnish family centres.&lt;/p&gt;&lt;p&gt;Service data: the Suomi.fi service catalogue (PTV), open data. Check opening hours and contacts with the service before relying on them.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Familjecenter Desktop&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Palvelukokonaisuuden haku, lähetteet ja tulostettavat ohjeet perhekeskuksille.&lt;/p&gt;&lt;p&gt;Palvelutiedot: Suomi.fi-palvelutietovaranto (PTV), avoin data. Tarkista aukioloajat ja yhteystiedot palvelusta ennen kuin luotat niihin.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%Ln service(s) found</source>
            <translation>
                <numerusform>%Ln palvelu löytyi</numerusform>
                <numerusform>%Ln palvelua löytyi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OpeningHours</name>
        <message>
            <source>Mon</source>
            <translation>ma</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>ti</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>ke</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>pe</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>la</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>su</translation>
        </message>
        <message>
            <source>:</source>
            <translation>.</translation>
        </message>
        <message>
            <source>and</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>open around the clock</source>
            <translation>avoinna ympäri vuorokauden</translation>
        </message>
        <message>
            <source>closed now, opens %1</source>
            <translation>suljettu nyt, avautuu %1</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>suljettu</translation>
        </message>
        <message>
            <source>by appointment</source>
            <translation>ajanvarauksella</translation>
        </message>
        <message>
            <source>open now, around the clock</source>
            <translation>avoinna nyt, ympäri vuorokauden</translation>
        </message>
        <message>
            <source>open now, closes %1</source>
            <translation>avoinna nyt, sulkeutuu %1</translation>
        </message>
        <message>
            <source>closed now</source>
            <translation>suljettu nyt</translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message>
            <source>This service is no longer in the catalogue.</source>
            <translation>Palvelua ei enää ole luettelossa.</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Haku:</translation>
        </message>
        <message>
            <source>Service, place or organisation, e.g. neuvola</source>
            <translation>Palvelu, paikka tai järjestäjä, esim. neuvola</translation>
        </message>
        <message>
            <source>Search services</source>
            <translation>Hae palveluja</translation>
        </message>
        <message>
            <source>Services found</source>
            <translation>Löydetyt palvelut</translation>
        </message>
        <message>
            <source>No service matches the search. Try a shorter word, another spelling, or clear the filters.</source>
            <translation>Hakuun sopivia palveluja ei löytynyt. Kokeile lyhyempää sanaa tai toista kirjoitusasua, tai tyhjennä suodattimet.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln service(s)</source>
            <translation>
                <numerusform>%Ln palvelu</numerusform>
                <numerusform>%Ln palvelua</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>More than %Ln service(s): type more to narrow</source>
            <translation>
                <numerusform>Yli %Ln palvelu: tarkenna hakua</numerusform>
                <numerusform>Yli %Ln palvelua: tarkenna hakua</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>The file was not found: %1</source>
            <translation>Tiedostoa ei löytynyt: %1</translation>
        </message>
        <message>
            <source>There is no permission to use the file: %1</source>
            <translation>Tiedoston käyttöön ei ole oikeutta: %1</translation>
        </message>
        <message>
            <source>A file could not be read or written: %1</source>
            <translation>Tiedostoa ei voitu lukea tai kirjoittaa: %1</translation>
        </message>
        <message>
            <source>Something went wrong and the task was not finished. The details were written to the log file.</source>
            <translation>Jokin meni vikaan, eikä tehtävä valmistunut. Tarkemmat tiedot on kirjattu lokitiedostoon.</translation>
        </message>
    </context>
</TS>
