<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>OptionsPanel</name>
        <message>
            <source>Sheet wording checked by a translator.</source>
            <translation>Sheet wording checked by a translator.</translation>
        </message>
        <message>
            <source>Sheet wording not checked by a translator (machine-assisted or unreviewed).</source>
            <translation>Sheet wording not checked by a translator (machine-assisted or unreviewed).</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Family's language</source>
            <translation>Family's language</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <source>Your note</source>
            <translation>Your note</translation>
        </message>
        <message>
            <source>Large print</source>
            <translation>Large print</translation>
        </message>
        <message>
            <source>Service sheet</source>
            <translation>Service sheet</translation>
        </message>
        <message>
            <source>Discreet card</source>
            <translation>Discreet card</translation>
        </message>
        <message>
            <source>Referral sheet</source>
            <translation>Referral sheet</translation>
        </message>
        <message>
            <source>not reviewed</source>
            <translation>not reviewed</translation>
        </message>
    </context>
    <context>
        <name>ReferralSheetDialog</name>
        <message>
            <source>referral-sheet</source>
            <translation>referral-sheet</translation>
        </message>
        <message>
            <source>Sheet for the family</source>
            <translation>Sheet for the family</translation>
        </message>
        <message>
            <source>Phone for the family</source>
            <translation>Phone for the family</translation>
        </message>
        <message>
            <source>empty: your unit's own number</source>
            <translation>empty: your unit's own number</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>SheetActions</name>
        <message>
            <source>Save the sheet</source>
            <translation>Save the sheet</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>SheetMessages</name>
        <message>
            <source>Building the sheet…</source>
            <translation>Building the sheet…</translation>
        </message>
        <message>
            <source>Some characters cannot be printed: %1</source>
            <translation>Some characters cannot be printed: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Saved to %1</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printing…</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>Sent %n page to the printer.</numerusform>
                <numerusform>Sent %n pages to the printer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
    </context>
    <context>
        <name>SheetPrinting</name>
        <message>
            <source>the chosen printer or file</source>
            <translation>the chosen printer or file</translation>
        </message>
        <message>
            <source>Printing did not start: %1 could not be opened. Check that the printer is switched on and connected (or that the file can be written), then print again.</source>
            <translation>Printing did not start: %1 could not be opened. Check that the printer is switched on and connected (or that the file can be written), then print again.</translation>
        </message>
        <message>
            <source>The printer %1 reported an error after %2 of %3 pages. Check the printer and print the sheet again.</source>
            <translation>The printer %1 reported an error after %2 of %3 pages. Check the printer and print the sheet again.</translation>
        </message>
    </context>
    <context>
        <name>SheetsView</name>
        <message>
            <source>guidance-sheet</source>
            <translation>guidance-sheet</translation>
        </message>
        <message>
            <source>Services on the sheet</source>
            <translation>Services on the sheet</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>Empty</translation>
        </message>
        <message>
            <source>Guidance sheet</source>
            <translation>Guidance sheet</translation>
        </message>
    </context>
    <context>
        <name>sheets</name>
        <message>
            <source>Could not save the sheet to {path}: {reason}</source>
            <translation>Could not save the sheet to {path}: {reason}</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>the folder does not exist</translation>
        </message>
    </context>
</TS>
