<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DetailPane</name>
        <message>
            <source>only in Finnish</source>
            <translation>only in Finnish</translation>
        </message>
        <message>
            <source>only in Swedish</source>
            <translation>only in Swedish</translation>
        </message>
        <message>
            <source>only in English</source>
            <translation>only in English</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>in %1</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation>up to %1</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>from %1</translation>
        </message>
        <message>
            <source>free of charge</source>
            <translation>free of charge</translation>
        </message>
        <message>
            <source>subject to a charge</source>
            <translation>subject to a charge</translation>
        </message>
        <message>
            <source>Exceptions coming up:</source>
            <translation>Exceptions coming up:</translation>
        </message>
        <message>
            <source>Organised by %1</source>
            <translation>Organised by %1</translation>
        </message>
        <message>
            <source>Age: %1</source>
            <translation>Age: %1</translation>
        </message>
        <message>
            <source>Languages: %1</source>
            <translation>Languages: %1</translation>
        </message>
        <message>
            <source>For whom</source>
            <translation>For whom</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Who can use it</source>
            <translation>Who can use it</translation>
        </message>
        <message>
            <source>How to use the service</source>
            <translation>How to use the service</translation>
        </message>
        <message>
            <source>Where and when</source>
            <translation>Where and when</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>E-services</source>
            <translation>E-services</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>Forms</translation>
        </message>
        <message>
            <source>In the service bundle</source>
            <translation>In the service bundle</translation>
        </message>
        <message>
            <source>Service classes and life events</source>
            <translation>Service classes and life events</translation>
        </message>
        <message>
            <source>Data last updated %1.</source>
            <translation>Data last updated %1.</translation>
        </message>
        <message>
            <source>the national Suomi.fi service catalogue (PTV)</source>
            <translation>the national Suomi.fi service catalogue (PTV)</translation>
        </message>
        <message>
            <source>a national service description (Suomi.fi, PTV)</source>
            <translation>a national service description (Suomi.fi, PTV)</translation>
        </message>
        <message>
            <source>the demo catalogue</source>
            <translation>the demo catalogue</translation>
        </message>
        <message>
            <source>entered by hand</source>
            <translation>entered by hand</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source: %1</translation>
        </message>
        <message>
            <source>Imported %1.</source>
            <translation>Imported %1.</translation>
        </message>
        <message>
            <source>Checked %1.</source>
            <translation>Checked %1.</translation>
        </message>
        <message>
            <source>Choose a service from the list to see its details.</source>
            <translation>Choose a service from the list to see its details.</translation>
        </message>
        <message>
            <source>&amp;Refer…</source>
            <translation>&amp;Refer…</translation>
        </message>
        <message>
            <source>Refer the family to this service</source>
            <translation>Refer the family to this service</translation>
        </message>
        <message>
            <source>Add to sh&amp;eet</source>
            <translation>Add to sh&amp;eet</translation>
        </message>
        <message>
            <source>Add this service to the guidance sheet to print</source>
            <translation>Add this service to the guidance sheet to print</translation>
        </message>
        <message>
            <source>Service details</source>
            <translation>Service details</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <source>&amp;Bundle category:</source>
            <translation>&amp;Bundle category:</translation>
        </message>
        <message>
            <source>Family-centre &amp;task:</source>
            <translation>Family-centre &amp;task:</translation>
        </message>
        <message>
            <source>Target &amp;group:</source>
            <translation>Target &amp;group:</translation>
        </message>
        <message>
            <source>Child's &amp;age:</source>
            <translation>Child's &amp;age:</translation>
        </message>
        <message>
            <source>&amp;Language served:</source>
            <translation>&amp;Language served:</translation>
        </message>
        <message>
            <source>&amp;Municipality:</source>
            <translation>&amp;Municipality:</translation>
        </message>
        <message>
            <source>&amp;Opening:</source>
            <translation>&amp;Opening:</translation>
        </message>
        <message>
            <source>any</source>
            <translation>any</translation>
        </message>
        <message>
            <source> y</source>
            <translation> y</translation>
        </message>
        <message>
            <source> mo</source>
            <translation> mo</translation>
        </message>
        <message>
            <source>The child's age in full years</source>
            <translation>The child's age in full years</translation>
        </message>
        <message>
            <source>and months</source>
            <translation>and months</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Any time</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>Open now</translation>
        </message>
        <message>
            <source>Open at the time below</source>
            <translation>Open at the time below</translation>
        </message>
        <message>
            <source>Day and time the service should be open</source>
            <translation>Day and time the service should be open</translation>
        </message>
        <message>
            <source>Free of charge o&amp;nly</source>
            <translation>Free of charge o&amp;nly</translation>
        </message>
        <message>
            <source>&amp;Clear filters</source>
            <translation>&amp;Clear filters</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Any</translation>
        </message>
    </context>
    <context>
        <name>ImportAction</name>
        <message>
            <source>Choose a folder of PTV Open API files</source>
            <translation>Choose a folder of PTV Open API files</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Import finished.</source>
            <translation>Import finished.</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Import finished</translation>
        </message>
        <message>
            <source>%1 added, %2 updated, %3 unchanged, %4 skipped</source>
            <translation>%1 added, %2 updated, %3 unchanged, %4 skipped</translation>
        </message>
        <message>
            <source>Skipped %1</source>
            <translation>Skipped %1</translation>
        </message>
        <message>
            <source>Import failed.</source>
            <translation>Import failed.</translation>
        </message>
        <message>
            <source>Nothing was imported; the catalogue is as it was.

%1</source>
            <translation>Nothing was imported; the catalogue is as it was.

%1</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Import failed</translation>
        </message>
        <message>
            <source>Import PTV data</source>
            <translation>Import PTV data</translation>
        </message>
        <message>
            <source>record %1</source>
            <translation>record %1</translation>
        </message>
        <message>
            <source>field %1</source>
            <translation>field %1</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>services</source>
            <translation>services</translation>
        </message>
        <message>
            <source>service channels</source>
            <translation>service channels</translation>
        </message>
        <message>
            <source>organisations</source>
            <translation>organisations</translation>
        </message>
        <message>
            <source>code lists</source>
            <translation>code lists</translation>
        </message>
        <message>
            <source>files</source>
            <translation>files</translation>
        </message>
    </context>
    <context>
        <name>PtvImport</name>
        <message>
            <source>no such file or folder</source>
            <translation>no such file or folder</translation>
        </message>
        <message>
            <source>no PTV JSON files (*.json) in this folder or its subfolders</source>
            <translation>no PTV JSON files (*.json) in this folder or its subfolders</translation>
        </message>
        <message>
            <source>wrong shape: expected a list</source>
            <translation>wrong shape: expected a list</translation>
        </message>
        <message>
            <source>wrong shape: expected an object</source>
            <translation>wrong shape: expected an object</translation>
        </message>
        <message>
            <source>wrong shape: expected a JSON object</source>
            <translation>wrong shape: expected a JSON object</translation>
        </message>
        <message>
            <source>wrong shape: expected a JSON object or a list of objects</source>
            <translation>wrong shape: expected a JSON object or a list of objects</translation>
        </message>
        <message>
            <source>wrong shape: not a PTV service, service channel or organisation (none of serviceNames, serviceChannelType, organizationNames)</source>
            <translation>wrong shape: not a PTV service, service channel or organisation (none of serviceNames, serviceChannelType, organizationNames)</translation>
        </message>
        <message>
            <source>required field is missing</source>
            <translation>required field is missing</translation>
        </message>
        <message>
            <source>required field is missing: no name in any language</source>
            <translation>required field is missing: no name in any language</translation>
        </message>
        <message>
            <source>a PTV code list, not a catalogue record</source>
            <translation>a PTV code list, not a catalogue record</translation>
        </message>
        <message>
            <source>a bare reference, no content</source>
            <translation>a bare reference, no content</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Finnish</source>
            <translation>Finnish</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Swedish</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Northern Sami</source>
            <translation>Northern Sami</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Russian</translation>
        </message>
        <message>
            <source>Estonian</source>
            <translation>Estonian</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabic</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>Somali</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Ukrainian</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>Persian</translation>
        </message>
        <message>
            <source>Kurdish</source>
            <translation>Kurdish</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chinese</translation>
        </message>
        <message>
            <source>Albanian</source>
            <translation>Albanian</translation>
        </message>
        <message>
            <source>German</source>
            <translation>German</translation>
        </message>
        <message>
            <source>French</source>
            <translation>French</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Spanish</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Opening the catalogue… The first start loads the demo catalogue.</source>
            <translation>Opening the catalogue… The first start loads the demo catalogue.</translation>
        </message>
        <message>
            <source>Catalogue ready.</source>
            <translation>Catalogue ready.</translation>
        </message>
        <message>
            <source>The catalogue could not be opened.</source>
            <translation>The catalogue could not be opened.</translation>
        </message>
        <message>
            <source>Familjecenter Desktop</source>
            <translation>Familjecenter Desktop</translation>
        </message>
        <message>
            <source>The catalogue could not be opened:
%1</source>
            <translation>The catalogue could not be opened:
%1</translation>
        </message>
        <message>
            <source>Familjecenter Desktop – service bundle</source>
            <translation>Familjecenter Desktop – service bundle</translation>
        </message>
        <message>
            <source>Service bundle</source>
            <translation>Service bundle</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Import PTV data…</source>
            <translation>&amp;Import PTV data…</translation>
        </message>
        <message>
            <source>Import services from PTV Open API files in a folder</source>
            <translation>Import services from PTV Open API files in a folder</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Find a service</source>
            <translation>&amp;Find a service</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Familjecenter Desktop</source>
            <translation>&amp;About Familjecenter Desktop</translation>
        </message>
        <message>
            <source>About Familjecenter Desktop</source>
            <translation>About Familjecenter Desktop</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Familjecenter Desktop&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Service bundle look-up, referrals and guidance sheets for Finnish family centres.&lt;/p&gt;&lt;p&gt;Service data: the Suomi.fi service catalogue (PTV), open data. Check opening hours and contacts with the service before relying on them.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Familjecenter Desktop&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Service bundle look-up, referrals and guidance sheets for Finnish family centres.&lt;/p&gt;&lt;p&gt;Service data: the Suomi.fi service catalogue (PTV), open data. Check opening hours and contacts with the service before relying on them.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%Ln service(s) found</source>
            <translation>
                <numerusform>%Ln service found</numerusform>
                <numerusform>%Ln services found</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OpeningHours</name>
        <message>
            <source>Mon</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Sun</translation>
        </message>
        <message>
            <source>:</source>
            <translation>:</translation>
        </message>
        <message>
            <source>and</source>
            <translation>and</translation>
        </message>
        <message>
            <source>open around the clock</source>
            <translation>open around the clock</translation>
        </message>
        <message>
            <source>closed now, opens %1</source>
            <translation>closed now, opens %1</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>by appointment</source>
            <translation>by appointment</translation>
        </message>
        <message>
            <source>open now, around the clock</source>
            <translation>open now, around the clock</translation>
        </message>
        <message>
            <source>open now, closes %1</source>
            <translation>open now, closes %1</translation>
        </message>
        <message>
            <source>closed now</source>
            <translation>closed now</translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message>
            <source>This service is no longer in the catalogue.</source>
            <translation>This service is no longer in the catalogue.</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>Service, place or organisation, e.g. neuvola</source>
            <translation>Service, place or organisation, e.g. neuvola</translation>
        </message>
        <message>
            <source>Search services</source>
            <translation>Search services</translation>
        </message>
        <message>
            <source>Services found</source>
            <translation>Services found</translation>
        </message>
        <message>
            <source>No service matches the search. Try a shorter word, another spelling, or clear the filters.</source>
            <translation>No service matches the search. Try a shorter word, another spelling, or clear the filters.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln service(s)</source>
            <translation>
                <numerusform>%Ln service</numerusform>
                <numerusform>%Ln services</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>More than %Ln service(s): type more to narrow</source>
            <translation>
                <numerusform>More than %Ln service: type more to narrow</numerusform>
                <numerusform>More than %Ln services: type more to narrow</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>The file was not found: %1</source>
            <translation>The file was not found: %1</translation>
        </message>
        <message>
            <source>There is no permission to use the file: %1</source>
            <translation>There is no permission to use the file: %1</translation>
        </message>
        <message>
            <source>A file could not be read or written: %1</source>
            <translation>A file could not be read or written: %1</translation>
        </message>
        <message>
            <source>Something went wrong and the task was not finished. The details were written to the log file.</source>
            <translation>Something went wrong and the task was not finished. The details were written to the log file.</translation>
        </message>
    </context>
</TS>
