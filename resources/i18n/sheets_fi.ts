<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>OptionsPanel</name>
        <message>
            <source>Sheet wording checked by a translator.</source>
            <translation>Lomakkeen tekstit on kääntäjän tarkistamia.</translation>
        </message>
        <message>
            <source>Sheet wording not checked by a translator (machine-assisted or unreviewed).</source>
            <translation>Lomakkeen tekstejä ei ole tarkistanut kääntäjä (konekäännös tai tarkistamaton).</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Laji</translation>
        </message>
        <message>
            <source>Family's language</source>
            <translation>Perheen kieli</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Paperi</translation>
        </message>
        <message>
            <source>Your note</source>
            <translation>Oma huomio</translation>
        </message>
        <message>
            <source>Large print</source>
            <translation>Isokirjaiminen</translation>
        </message>
        <message>
            <source>Service sheet</source>
            <translation>Palvelulomake</translation>
        </message>
        <message>
            <source>Discreet card</source>
            <translation>Huomaamaton kortti</translation>
        </message>
        <message>
            <source>Referral sheet</source>
            <translation>Ohjauksen tiedote</translation>
        </message>
        <message>
            <source>not reviewed</source>
            <translation>ei tarkistettu</translation>
        </message>
    </context>
    <context>
        <name>ReferralSheetDialog</name>
        <message>
            <source>referral-sheet</source>
            <translation>ohjaus</translation>
        </message>
        <message>
            <source>Sheet for the family</source>
            <translation>Tiedote perheelle</translation>
        </message>
        <message>
            <source>Phone for the family</source>
            <translation>Puhelin perheelle</translation>
        </message>
        <message>
            <source>empty: your unit's own number</source>
            <translation>tyhjä: yksikkösi oma numero</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sulje</translation>
        </message>
    </context>
    <context>
        <name>SheetActions</name>
        <message>
            <source>Save the sheet</source>
            <translation>Tallenna lomake</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-tiedostot (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>SheetMessages</name>
        <message>
            <source>Building the sheet…</source>
            <translation>Lomaketta tehdään…</translation>
        </message>
        <message>
            <source>Some characters cannot be printed: %1</source>
            <translation>Joitakin merkkejä ei voi tulostaa: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n sivu</numerusform>
                <numerusform>%n sivua</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Tallennetaan…</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Tallennettu: %1</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Tulostetaan…</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>%n sivu lähetetty tulostimelle.</numerusform>
                <numerusform>%n sivua lähetetty tulostimelle.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Tallenna PDF:nä…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Tulosta…</translation>
        </message>
    </context>
    <context>
        <name>SheetPrinting</name>
        <message>
            <source>the chosen printer or file</source>
            <translation>valittu tulostin tai tiedosto</translation>
        </message>
        <message>
            <source>Printing did not start: %1 could not be opened. Check that the printer is switched on and connected (or that the file can be written), then print again.</source>
            <translation>Tulostus ei alkanut: kohdetta %1 ei voitu avata. Tarkista, että tulostin on päällä ja kytketty (tai että tiedoston voi kirjoittaa), ja tulosta uudelleen.</translation>
        </message>
        <message>
            <source>The printer %1 reported an error after %2 of %3 pages. Check the printer and print the sheet again.</source>
            <translation>Tulostin %1 ilmoitti virheestä, kun %2/%3 sivua oli tulostettu. Tarkista tulostin ja tulosta lomake uudelleen.</translation>
        </message>
    </context>
    <context>
        <name>SheetsView</name>
        <message>
            <source>guidance-sheet</source>
            <translation>ohjauslomake</translation>
        </message>
        <message>
            <source>Services on the sheet</source>
            <translation>Lomakkeen palvelut</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Poista</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>Tyhjennä</translation>
        </message>
        <message>
            <source>Guidance sheet</source>
            <translation>Ohjauslomake</translation>
        </message>
    </context>
    <context>
        <name>sheets</name>
        <message>
            <source>Could not save the sheet to {path}: {reason}</source>
            <translation>Lomaketta ei voitu tallentaa kohteeseen {path}: {reason}</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>kansiota ei ole</translation>
        </message>
    </context>
</TS>
