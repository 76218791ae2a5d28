<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>OptionsPanel</name>
        <message>
            <source>Sheet wording checked by a translator.</source>
            <translation>Bladets texter är granskade av en översättare.</translation>
        </message>
        <message>
            <source>Sheet wording not checked by a translator (machine-assisted or unreviewed).</source>
            <translation>Bladets texter är inte granskade av en översättare (maskinöversatta eller ogranskade).</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Family's language</source>
            <translation>Familjens språk</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papper</translation>
        </message>
        <message>
            <source>Your note</source>
            <translation>Din anteckning</translation>
        </message>
        <message>
            <source>Large print</source>
            <translation>Stor stil</translation>
        </message>
        <message>
            <source>Service sheet</source>
            <translation>Tjänsteblad</translation>
        </message>
        <message>
            <source>Discreet card</source>
            <translation>Diskret kort</translation>
        </message>
        <message>
            <source>Referral sheet</source>
            <translation>Remissblad</translation>
        </message>
        <message>
            <source>not reviewed</source>
            <translation>ej granskad</translation>
        </message>
    </context>
    <context>
        <name>ReferralSheetDialog</name>
        <message>
            <source>referral-sheet</source>
            <translation>remiss</translation>
        </message>
        <message>
            <source>Sheet for the family</source>
            <translation>Blad till familjen</translation>
        </message>
        <message>
            <source>Phone for the family</source>
            <translation>Telefon för familjen</translation>
        </message>
        <message>
            <source>empty: your unit's own number</source>
            <translation>tomt: enhetens eget nummer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
    </context>
    <context>
        <name>SheetActions</name>
        <message>
            <source>Save the sheet</source>
            <translation>Spara bladet</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>SheetMessages</name>
        <message>
            <source>Building the sheet…</source>
            <translation>Bladet skapas…</translation>
        </message>
        <message>
            <source>Some characters cannot be printed: %1</source>
            <translation>Vissa tecken kan inte skrivas ut: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n sida</numerusform>
                <numerusform>%n sidor</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Sparar…</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Sparat: %1</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Skriver ut…</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>%n sida skickad till skrivaren.</numerusform>
                <numerusform>%n sidor skickade till skrivaren.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Spara som PDF…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Skriv ut…</translation>
        </message>
    </context>
    <context>
        <name>SheetPrinting</name>
        <message>
            <source>the chosen printer or file</source>
            <translation>den valda skrivaren eller filen</translation>
        </message>
        <message>
            <source>Printing did not start: %1 could not be opened. Check that the printer is switched on and connected (or that the file can be written), then print again.</source>
            <translation>Utskriften startade inte: %1 kunde inte öppnas. Kontrollera att skrivaren är påslagen och ansluten (eller att filen kan skrivas) och skriv ut igen.</translation>
        </message>
        <message>
            <source>The printer %1 reported an error after %2 of %3 pages. Check the printer and print the sheet again.</source>
            <translation>Skrivaren %1 rapporterade ett fel efter %2 av %3 sidor. Kontrollera skrivaren och skriv ut bladet igen.</translation>
        </message>
    </context>
    <context>
        <name>SheetsView</name>
        <message>
            <source>guidance-sheet</source>
            <translation>vägledningsblad</translation>
        </message>
        <message>
            <source>Services on the sheet</source>
            <translation>Tjänster på bladet</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>Töm</translation>
        </message>
        <message>
            <source>Guidance sheet</source>
            <translation>Vägledningsblad</translation>
        </message>
    </context>
    <context>
        <name>sheets</name>
        <message>
            <source>Could not save the sheet to {path}: {reason}</source>
            <translation>Bladet kunde inte sparas i {path}: {reason}</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>mappen finns inte</translation>
        </message>
    </context>
</TS>
