<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>DetailPane</name>
        <message>
            <source>only in Finnish</source>
            <translation>endast på finska</translation>
        </message>
        <message>
            <source>only in Swedish</source>
            <translation>endast på svenska</translation>
        </message>
        <message>
            <source>only in English</source>
            <translation>endast på engelska</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>språk: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n år</numerusform>
                <numerusform>%n år</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n månad</numerusform>
                <numerusform>%n månader</numerusform>
            </translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation>upp till %1</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>från %1</translation>
        </message>
        <message>
            <source>free of charge</source>
            <translation>avgiftsfri</translation>
        </message>
        <message>
            <source>subject to a charge</source>
            <translation>avgiftsbelagd</translation>
        </message>
        <message>
            <source>Exceptions coming up:</source>
            <translation>Kommande avvikande öppettider:</translation>
        </message>
        <message>
            <source>Organised by %1</source>
            <translation>Anordnare: %1</translation>
        </message>
        <message>
            <source>Age: %1</source>
            <translation>Ålder: %1</translation>
        </message>
        <message>
            <source>Languages: %1</source>
            <translation>Språk: %1</translation>
        </message>
        <message>
            <source>For whom</source>
            <translation>För vem</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kostnad</translation>
        </message>
        <message>
            <source>Who can use it</source>
            <translation>Vem kan använda tjänsten</translation>
        </message>
        <message>
            <source>How to use the service</source>
            <translation>Så här använder du tjänsten</translation>
        </message>
        <message>
            <source>Where and when</source>
            <translation>Var och när</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontaktuppgifter</translation>
        </message>
        <message>
            <source>E-services</source>
            <translation>E-tjänster</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>Blanketter</translation>
        </message>
        <message>
            <source>In the service bundle</source>
            <translation>I servicehelheten</translation>
        </message>
        <message>
            <source>Service classes and life events</source>
            <translation>Serviceklasser och livssituationer</translation>
        </message>
        <message>
            <source>Data last updated %1.</source>
            <translation>Uppgifterna uppdaterades senast %1.</translation>
        </message>
        <message>
            <source>the national Suomi.fi service catalogue (PTV)</source>
            <translation>det nationella servicedatalagret Suomi.fi (PTV)</translation>
        </message>
        <message>
            <source>a national service description (Suomi.fi, PTV)</source>
            <translation>en nationell tjänstebeskrivning (Suomi.fi, PTV)</translation>
        </message>
        <message>
            <source>the demo catalogue</source>
            <translation>demokatalogen</translation>
        </message>
        <message>
            <source>entered by hand</source>
            <translation>inmatad för hand</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Källa: %1</translation>
        </message>
        <message>
            <source>Imported %1.</source>
            <translation>Importerad %1.</translation>
        </message>
        <message>
            <source>Checked %1.</source>
            <translation>Kontrollerad %1.</translation>
        </message>
        <message>
            <source>Choose a service from the list to see its details.</source>
            <translation>Välj en tjänst i listan så visas dess uppgifter här.</translation>
        </message>
        <message>
            <source>&amp;Refer…</source>
            <translation>&amp;Remittera…</translation>
        </message>
        <message>
            <source>Refer the family to this service</source>
            <translation>Remittera familjen till den här tjänsten</translation>
        </message>
        <message>
            <source>Add to sh&amp;eet</source>
            <translation>Lägg till i utskrift&amp;en</translation>
        </message>
        <message>
            <source>Add this service to the guidance sheet to print</source>
            <translation>Lägg till tjänsten i informationsbladet som skrivs ut åt familjen</translation>
        </message>
        <message>
            <source>Service details</source>
            <translation>Tjänstens uppgifter</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <source>&amp;Bundle category:</source>
            <translation>&amp;Kategori i servicehelheten:</translation>
        </message>
        <message>
            <source>Family-centre &amp;task:</source>
            <translation>Familjecentrets &amp;uppgift:</translation>
        </message>
        <message>
            <source>Target &amp;group:</source>
            <translation>Mål&amp;grupp:</translation>
        </message>
        <message>
            <source>Child's &amp;age:</source>
            <translation>&amp;Barnets ålder:</translation>
        </message>
        <message>
            <source>&amp;Language served:</source>
            <translation>Tjänstens s&amp;pråk:</translation>
        </message>
        <message>
            <source>&amp;Municipality:</source>
            <translation>K&amp;ommun:</translation>
        </message>
        <message>
            <source>&amp;Opening:</source>
            <translation>Öppe&amp;t:</translation>
        </message>
        <message>
            <source>any</source>
            <translation>alla</translation>
        </message>
        <message>
            <source> y</source>
            <translation> år</translation>
        </message>
        <message>
            <source> mo</source>
            <translation> mån</translation>
        </message>
        <message>
            <source>The child's age in full years</source>
            <translation>Barnets ålder i hela år</translation>
        </message>
        <message>
            <source>and months</source>
            <translation>och månader</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>När som helst</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>Öppet nu</translation>
        </message>
        <message>
            <source>Open at the time below</source>
            <translation>Öppet vid tiden nedan</translation>
        </message>
        <message>
            <source>Day and time the service should be open</source>
            <translation>Dag och tid då tjänsten ska vara öppen</translation>
        </message>
        <message>
            <source>Free of charge o&amp;nly</source>
            <translation>Endast avgiftsfr&amp;ia</translation>
        </message>
        <message>
            <source>&amp;Clear filters</source>
            <translation>Töm fi&amp;ltren</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Alla</translation>
        </message>
    </context>
    <context>
        <name>ImportAction</name>
        <message>
            <source>Choose a folder of PTV Open API files</source>
            <translation>Välj en mapp med PTV Open API-filer</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importerar…</translation>
        </message>
        <message>
            <source>Import finished.</source>
            <translation>Importen är klar.</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importen är klar</translation>
        </message>
        <message>
            <source>%1 added, %2 updated, %3 unchanged, %4 skipped</source>
            <translation>%1 tillagda, %2 uppdaterade, %3 oförändrade, %4 överhoppade</translation>
        </message>
        <message>
            <source>Skipped %1</source>
            <translation>Överhoppad %1</translation>
        </message>
        <message>
            <source>Import failed.</source>
            <translation>Importen misslyckades.</translation>
        </message>
        <message>
            <source>Nothing was imported; the catalogue is as it was.

%1</source>
            <translation>Ingenting importerades; tjänstekatalogen är oförändrad.

%1</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Importen misslyckades</translation>
        </message>
        <message>
            <source>Import PTV data</source>
            <translation>Import av PTV-data</translation>
        </message>
        <message>
            <source>record %1</source>
            <translation>post %1</translation>
        </message>
        <message>
            <source>field %1</source>
            <translation>fält %1</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>services</source>
            <translation>tjänster</translation>
        </message>
        <message>
            <source>service channels</source>
            <translation>servicekanaler</translation>
        </message>
        <message>
            <source>organisations</source>
            <translation>organisationer</translation>
        </message>
        <message>
            <source>code lists</source>
            <translation>kodlistor</translation>
        </message>
        <message>
            <source>files</source>
            <translation>filer</translation>
        </message>
    </context>
    <context>
        <name>PtvImport</name>
        <message>
            <source>no such file or folder</source>
            <translation>filen eller mappen finns inte</translation>
        </message>
        <message>
            <source>no PTV JSON files (*.json) in this folder or its subfolders</source>
            <translation>inga PTV JSON-filer (*.json) i mappen eller dess undermappar</translation>
        </message>
        <message>
            <source>wrong shape: expected a list</source>
            <translation>fel form: en lista väntades</translation>
        </message>
        <message>
            <source>wrong shape: expected an object</source>
            <translation>fel form: ett objekt väntades</translation>
        </message>
        <message>
            <source>wrong shape: expected a JSON object</source>
            <translation>fel form: ett JSON-objekt väntades</translation>
        </message>
        <message>
            <source>wrong shape: expected a JSON object or a list of objects</source>
            <translation>fel form: ett JSON-objekt eller en lista av objekt väntades</translation>
        </message>
        <message>
            <source>wrong shape: not a PTV service, service channel or organisation (none of serviceNames, serviceChannelType, organizationNames)</source>
            <translation>fel form: inte en PTV-tjänst, servicekanal eller organisation (inget av serviceNames, serviceChannelType, organizationNames)</translation>
        </message>
        <message>
            <source>required field is missing</source>
            <translation>ett obligatoriskt fält saknas</translation>
        </message>
        <message>
            <source>required field is missing: no name in any language</source>
            <translation>ett obligatoriskt fält saknas: inget namn på något språk</translation>
        </message>
        <message>
            <source>a PTV code list, not a catalogue record</source>
            <translation>en PTV-kodlista, inte en katalogpost</translation>
        </message>
        <message>
            <source>a bare reference, no content</source>
            <translation>bara en hänvisning, inget innehåll</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Finnish</source>
            <translation>finska</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>svenska</translation>
        </message>
        <message>
            <source>English</source>
            <translation>engelska</translation>
        </message>
        <message>
            <source>Northern Sami</source>
            <translation>nordsamiska</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>ryska</translation>
        </message>
        <message>
            <source>Estonian</source>
            <translation>estniska</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>arabiska</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>somaliska</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>ukrainska</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>persiska</translation>
        </message>
        <message>
            <source>Kurdish</source>
            <translation>kurdiska</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>kinesiska</translation>
        </message>
        <message>
            <source>Albanian</source>
            <translation>albanska</translation>
        </message>
        <message>
            <source>German</source>
            <translation>tyska</translation>
        </message>
        <message>
            <source>French</source>
            <translation>franska</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>spanska</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Opening the catalogue… The first start loads the demo catalogue.</source>
            <translation>Öppnar tjänstekatalogen… Vid första starten laddas demokatalogen.</translation>
        </message>
        <message>
            <source>Catalogue ready.</source>
            <translation>Tjänstekatalogen är klar.</translation>
        </message>
        <message>
            <source>The catalogue could not be opened.</source>
            <translation>Tjänstekatalogen kunde inte öppnas.</translation>
        </message>
        <message>
            <source>Familjecenter Desktop</source>
            <translation>Familjecenter Desktop</translation>
        </message>
        <message>
            <source>The catalogue could not be opened:
%1</source>
            <translation>Tjänstekatalogen kunde inte öppnas:
%1</translation>
        </message>
        <message>
            <source>Familjecenter Desktop – service bundle</source>
            <translation>Familjecenter Desktop – servicehelheten</translation>
        </message>
        <message>
            <source>Service bundle</source>
            <translation>Servicehelheten</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;Import PTV data…</source>
            <translation>&amp;Importera PTV-data…</translation>
        </message>
        <message>
            <source>Import services from PTV Open API files in a folder</source>
            <translation>Importera tjänster från PTV Open API-filer i en mapp</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <source>&amp;Find a service</source>
            <translation>Sö&amp;k en tjänst</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>&amp;About Familjecenter Desktop</source>
            <translation>&amp;Om Familjecenter Desktop</translation>
        </message>
        <message>
            <source>About Familjecenter Desktop</source>
            <translation>Om Familjecenter Desktop</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Familjecenter Desktop&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Service bundle look-up, referrals and guidance sheets for Finnish family centres.&lt;/p&gt;&lt;p&gt;Service data: the Suomi.fi service catalogue (PTV), open data. Check opening hours and contacts with the service before relying on them.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Familjecenter Desktop&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Sökning i servicehelheten, remisser och utskrivna informationsblad för familjecenter i Finland.&lt;/p&gt;&lt;p&gt;Tjänsteuppgifter: servicedatalagret Suomi.fi (PTV), öppna data. Kontrollera öppettider och kontaktuppgifter med tjänsten innan du litar på dem.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%Ln service(s) found</source>
            <translation>
                <numerusform>%Ln tjänst hittades</numerusform>
                <numerusform>%Ln tjänster hittades</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OpeningHours</name>
        <message>
            <source>Mon</source>
            <translation>mån</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>tis</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>ons</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>tors</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>fre</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>lör</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>sön</translation>
        </message>
        <message>
            <source>:</source>
            <translation>.</translation>
        </message>
        <message>
            <source>and</source>
            <translation>och</translation>
        </message>
        <message>
            <source>open around the clock</source>
            <translation>öppet dygnet runt</translation>
        </message>
        <message>
            <source>closed now, opens %1</source>
            <translation>stängt nu, öppnar %1</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>stängt</translation>
        </message>
        <message>
            <source>by appointment</source>
            <translation>med tidsbokning</translation>
        </message>
        <message>
            <source>open now, around the clock</source>
            <translation>öppet nu, dygnet runt</translation>
        </message>
        <message>
            <source>open now, closes %1</source>
            <translation>öppet nu, stänger %1</translation>
        </message>
        <message>
            <source>closed now</source>
            <translation>stängt nu</translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message>
            <source>This service is no longer in the catalogue.</source>
            <translation>Tjänsten finns inte längre i katalogen.</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Sök:</translation>
        </message>
        <message>
            <source>Service, place or organisation, e.g. neuvola</source>
            <translation>Tjänst, ort eller organisation, t.ex. rådgivning</translation>
        </message>
        <message>
            <source>Search services</source>
            <translation>Sök tjänster</translation>
        </message>
        <message>
            <source>Services found</source>
            <translation>Hittade tjänster</translation>
        </message>
        <message>
            <source>No service matches the search. Try a shorter word, another spelling, or clear the filters.</source>
            <translation>Inga tjänster motsvarar sökningen. Pröva ett kortare ord eller en annan stavning, eller töm filtren.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln service(s)</source>
            <translation>
                <numerusform>%Ln tjänst</numerusform>
                <numerusform>%Ln tjänster</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>More than %Ln service(s): type more to narrow</source>
            <translation>
                <numerusform>Över %Ln tjänst: skriv mer för att avgränsa</numerusform>
                <numerusform>Över %Ln tjänster: skriv mer för att avgränsa</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>The file was not found: %1</source>
            <translation>Filen hittades inte: %1</translation>
        </message>
        <message>
            <source>There is no permission to use the file: %1</source>
            <translation>Du har inte behörighet att använda filen: %1</translation>
        </message>
        <message>
            <source>A file could not be read or written: %1</source>
            <translation>En fil kunde inte läsas eller skrivas: %1</translation>
        </message>
        <message>
            <source>Something went wrong and the task was not finished. The details were written to the log file.</source>
            <translation>Något gick fel och uppgiften slutfördes inte. Detaljerna har skrivits i loggfilen.</translation>
        </message>
    </context>
</TS>
