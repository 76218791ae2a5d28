<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv">
<context>
    <name>AccessPage</name>
    <message>
        <source>Family &amp;reference</source>
        <translation>Familjens &amp;referens</translation>
    </message>
    <message>
        <source>&amp;Show who processed it</source>
        <translation>&amp;Visa vem som behandlat</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xportera som CSV…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbetsstation</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) for this reference.</source>
        <translation>
            <numerusform>%n post för denna referens.</numerusform>
            <numerusform>%n poster för denna referens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the access list</source>
        <translation>Exportera behandlingslistan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Sparad: %1.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>(no unit)</source>
        <translation>(ingen enhet)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>E&amp;nhet</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Lösenordet &amp;igen</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>Nytt användarkonto</translation>
    </message>
    <message>
        <source>Role and unit</source>
        <translation>Roll och enhet</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <source>Give a user name.</source>
        <translation>Ange ett användarnamn.</translation>
    </message>
    <message>
        <source>Give the person's name.</source>
        <translation>Ange personens namn.</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Lösenorden skiljer sig.</translation>
    </message>
</context>
<context>
    <name>ActionsBar</name>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Mark received</source>
        <translation>Markera som mottagen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Declined…</source>
        <translation>Avböjd…</translation>
    </message>
    <message>
        <source>Close with outcome…</source>
        <translation>Avsluta med resultat…</translation>
    </message>
    <message>
        <source>Cancel referral</source>
        <translation>Annullera remissen</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Öppna igen…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrera samtycke…</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtycket återkallat</translation>
    </message>
    <message>
        <source>Follow-up date…</source>
        <translation>Uppföljningsdag…</translation>
    </message>
    <message>
        <source>Record that the family withdrew its consent? The receiver no longer sees the family's details.</source>
        <translation>Registrera att familjen återkallade sitt samtycke? Mottagaren ser inte längre familjens uppgifter.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Varför?</translation>
    </message>
    <message>
        <source>Got help</source>
        <translation>Fick hjälp</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Kom inte</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Hänvisad vidare</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Did the family get help?</source>
        <translation>Fick familjen hjälp?</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <source>&amp;Staff accounts</source>
        <translation>&amp;Användarkonton</translation>
    </message>
    <message>
        <source>U&amp;nits</source>
        <translation>E&amp;nheter</translation>
    </message>
    <message>
        <source>Re&amp;tention</source>
        <translation>&amp;Bevarande</translation>
    </message>
    <message>
        <source>&amp;Family access list</source>
        <translation>&amp;Vem har behandlat familjens uppgifter</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Vårdnadshavare</translation>
    </message>
    <message>
        <source>The young person</source>
        <translation>Den unga själv</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Båda</translation>
    </message>
    <message>
        <source>Names and identity code</source>
        <translation>Namn och personbeteckning</translation>
    </message>
    <message>
        <source>Phone numbers and contact wishes</source>
        <translation>Telefonnummer och önskemål om kontakt</translation>
    </message>
    <message>
        <source>Language and interpreter</source>
        <translation>Språk och tolk</translation>
    </message>
    <message>
        <source>Reasons and note</source>
        <translation>Orsaker och anteckning</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Muntligt</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Elektroniskt</translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation>&amp;Givet av</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Syfte</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Hur</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Giltigt till</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up date</source>
        <translation>Uppföljningsdag</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Uppföljning den</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Lösenord &amp;igen</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Skapa administratören</translation>
    </message>
    <message>
        <source>This is the first start. Create the administrator account; the administrator then adds the staff accounts.</source>
        <translation>Det här är första starten. Skapa administratörens konto; administratören lägger sedan till personalens konton.</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Sessionen är låst</translation>
    </message>
    <message>
        <source>The session was locked after a pause. Type your password to go on, or cancel to let someone else log in.</source>
        <translation>Sessionen låstes efter en paus. Skriv ditt lösenord för att fortsätta, eller avbryt så att någon annan kan logga in.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Log in with your own account.</source>
        <translation>Logga in med ditt eget konto.</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Lösenorden skiljer sig.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Fel lösenord.</translation>
    </message>
</context>
<context>
    <name>ReceiverPicker</name>
    <message>
        <source>Choose the receiver</source>
        <translation>Välj mottagare</translation>
    </message>
    <message>
        <source>&amp;Search by name</source>
        <translation>&amp;Sök med namn</translation>
    </message>
    <message>
        <source>Ser&amp;vices in the catalogue</source>
        <translation>&amp;Tjänster i katalogen</translation>
    </message>
    <message>
        <source>Actors and &amp;units</source>
        <translation>Aktörer och &amp;enheter</translation>
    </message>
    <message>
        <source>For example: family counselling</source>
        <translation>Till exempel: familjerådgivning</translation>
    </message>
</context>
<context>
    <name>ReferralExport</name>
    <message>
        <source>The disk is full: the referral could not be written to %1. Nothing was saved. Free some space or choose another place.</source>
        <translation>Disken är full: remissen kunde inte skrivas till %1. Ingenting sparades. Frigör utrymme eller välj en annan plats.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only or you may not write there. Nothing was saved. Choose another folder.</source>
        <translation>Mappen för %1 är skrivskyddad eller så får du inte skriva där. Ingenting sparades. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist. Nothing was saved.</source>
        <translation>Mappen för %1 finns inte. Ingenting sparades.</translation>
    </message>
    <message>
        <source>The referral could not be written to %1 (%2). Nothing was saved.</source>
        <translation>Remissen kunde inte skrivas till %1 (%2). Ingenting sparades.</translation>
    </message>
</context>
<context>
    <name>ReferralExporter</name>
    <message>
        <source>Export the referral for the family's data request</source>
        <translation>Exportera remissen för familjens begäran om uppgifter</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>referral-%1.json</source>
        <translation>remiss-%1.json</translation>
    </message>
    <message>
        <source>The referral was exported to %1.</source>
        <translation>Remissen exporterades till %1.</translation>
    </message>
    <message>
        <source>Export referral</source>
        <translation>Exportera remiss</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>Health and wellbeing</source>
        <translation>Hälsa och välbefinnande</translation>
    </message>
    <message>
        <source>Parenthood and the couple relationship</source>
        <translation>Föräldraskap och parförhållande</translation>
    </message>
    <message>
        <source>Early support, care and rehabilitation</source>
        <translation>Tidigt stöd, vård och rehabilitering</translation>
    </message>
    <message>
        <source>Separation and shared parenthood</source>
        <translation>Separation i samförstånd och fortsatt föräldraskap</translation>
    </message>
    <message>
        <source>Family diversity</source>
        <translation>Familjernas mångfald</translation>
    </message>
    <message>
        <source>Preventing violence in close relationships</source>
        <translation>Förebygga våld i nära relationer</translation>
    </message>
    <message>
        <source>Meeting place and peer support</source>
        <translation>Mötesplats och kamratstöd</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>Family &amp;reference</source>
        <translation>Familjens &amp;referens</translation>
    </message>
    <message>
        <source>Na&amp;mes (optional)</source>
        <translation>N&amp;amn (frivilligt)</translation>
    </message>
    <message>
        <source>&amp;Identity code (optional)</source>
        <translation>&amp;Personbeteckning (frivilligt)</translation>
    </message>
    <message>
        <source>&amp;Phone numbers (optional)</source>
        <translation>Telef&amp;onnummer (frivilligt)</translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation>Önskat &amp;språk</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Recei&amp;ver</source>
        <translation>&amp;Mottagare</translation>
    </message>
    <message>
        <source>How to &amp;contact</source>
        <translation>Hur &amp;kontakt tas</translation>
    </message>
    <message>
        <source>When to contac&amp;t</source>
        <translation>&amp;När kontakt kan tas</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Brådskande</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Anteckn&amp;ing</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Uppföljning den</translation>
    </message>
    <message>
        <source>Initials or your own code</source>
        <translation>Initialer eller en egen kod</translation>
    </message>
    <message>
        <source>Separate several with a comma</source>
        <translation>Skilj flera åt med kommatecken</translation>
    </message>
    <message>
        <source>For example: by phone</source>
        <translation>Till exempel: per telefon</translation>
    </message>
    <message>
        <source>For example: weekdays 9–12</source>
        <translation>Till exempel: vardagar 9–12</translation>
    </message>
    <message>
        <source>An interpreter is needed</source>
        <translation>Tolk behövs</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Snart</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Orsaker</translation>
    </message>
    <message>
        <source>&amp;Save draft (Ctrl+S)</source>
        <translation>Spara u&amp;tkast (Ctrl+S)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Loa&amp;d their version</source>
        <translation>&amp;Hämta deras version</translation>
    </message>
    <message>
        <source>(choose a service or a unit, or use Refer in the look-up)</source>
        <translation>(välj en tjänst eller en enhet, eller använd Hänvisa i sökningen)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;New referral&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ny remiss&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Draft referral&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Utkast till remiss&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>The referral was sent meanwhile; it can no longer be edited.</source>
        <translation>Remissen skickades under tiden; den kan inte längre redigeras.</translation>
    </message>
</context>
<context>
    <name>ReferralList</name>
    <message>
        <source>My unit's open referrals</source>
        <translation>Min enhets öppna remisser</translation>
    </message>
    <message>
        <source>My open referrals</source>
        <translation>Mina öppna remisser</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Uppföljningen försenad</translation>
    </message>
    <message>
        <source>Waiting for a response</source>
        <translation>Väntar på svar</translation>
    </message>
    <message>
        <source>All of my unit's referrals</source>
        <translation>Alla min enhets remisser</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Which referrals</source>
        <translation>Vilka remisser</translation>
    </message>
    <message>
        <source>&amp;Edit draft</source>
        <translation>&amp;Redigera utkast</translation>
    </message>
    <message>
        <source>&amp;Print sheet for the family…</source>
        <translation>Skriv &amp;ut blankett för familjen…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s) shown; more below</source>
        <translation>
            <numerusform>%Ln remiss visas; fler längre ner</numerusform>
            <numerusform>%Ln remisser visas; fler längre ner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln remiss</numerusform>
            <numerusform>%Ln remisser</numerusform>
        </translation>
    </message>
    <message>
        <source>created</source>
        <translation>skapad</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>redigerad</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>visad</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>listad</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>status ändrad</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>samtycke registrerat</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>samtycke återkallat</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>utskriven</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exporterad</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymiserad</translation>
    </message>
    <message>
        <source>follow-up moved</source>
        <translation>uppföljning flyttad</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>skickad</translation>
    </message>
    <message>
        <source>received</source>
        <translation>mottagen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>avböjd</translation>
    </message>
    <message>
        <source>closed with outcome</source>
        <translation>avslutad med resultat</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullerad</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>återöppnad</translation>
    </message>
    <message>
        <source>Consent withdrawn: no further disclosure.</source>
        <translation>Samtycket återkallat: inga fler uppgifter lämnas ut.</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultat: %1</translation>
    </message>
    <message>
        <source>Reason for declining: %1</source>
        <translation>Skäl till avböjande: %1</translation>
    </message>
    <message>
        <source>Follow up on %1</source>
        <translation>Uppföljning %1</translation>
    </message>
    <message>
        <source>Temporary identity code</source>
        <translation>Tillfällig personbeteckning</translation>
    </message>
    <message>
        <source>Family details are not shown to you.</source>
        <translation>Familjens uppgifter visas inte för dig.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>gäller</translation>
    </message>
    <message>
        <source>not in force</source>
        <translation>gäller inte</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>till %1</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Behandlingslogg</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familj</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Skickad av</translation>
    </message>
    <message>
        <source>The follow-up date has passed.</source>
        <translation>Uppföljningsdagen har passerat.</translation>
    </message>
    <message>
        <source>Sent, and no response for a long time.</source>
        <translation>Skickad, och inget svar på länge.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avböjd</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullerad</translation>
    </message>
    <message>
        <source>brought in from a field kit</source>
        <translation>hämtad från ett fältpaket</translation>
    </message>
    <message>
        <source>laptop's version kept (field kit)</source>
        <translation>den bärbara datorns version behölls (fältpaket)</translation>
    </message>
    <message>
        <source>site's version kept (field kit)</source>
        <translation>verksamhetsställets version behölls (fältpaket)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>Save the referral as a file for the family's data request</source>
        <translation>Spara remissen som en fil för familjens begäran om uppgifter</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <source>Unsaved referral</source>
        <translation>Osparad remiss</translation>
    </message>
    <message>
        <source>Discard the unsaved referral?</source>
        <translation>Kasta bort den osparade remissen?</translation>
    </message>
    <message>
        <source>&amp;Save as draft</source>
        <translation>&amp;Spara som utkast</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta bort</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Log in / switch user…</source>
        <translation>&amp;Logga in / byt användare…</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>&amp;New referral</source>
        <translation>&amp;Ny remiss</translation>
    </message>
    <message>
        <source>Referral &amp;list</source>
        <translation>Remiss&amp;lista</translation>
    </message>
    <message>
        <source>Log in with your own account to see and make referrals. Several people can share this workstation: each logs in in turn.</source>
        <translation>Logga in med ditt eget konto för att se och göra remisser. Flera kan dela den här arbetsstationen: var och en loggar in i tur och ordning.</translation>
    </message>
    <message>
        <source>Nobody is logged in.</source>
        <translation>Ingen är inloggad.</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n behöver uppmärksamhet</numerusform>
            <numerusform>%n behöver uppmärksamhet</numerusform>
        </translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message numerus="yes">
        <source>Closed referrals are anonymised %n month(s) after closing: the family's details, notes and consent purposes go; what statistics need stays.</source>
        <translation>
            <numerusform>Avslutade remisser anonymiseras %n månad efter avslutandet: familjens uppgifter, anteckningar och samtyckenas syften tas bort; det som statistiken behöver blir kvar.</numerusform>
            <numerusform>Avslutade remisser anonymiseras %n månader efter avslutandet: familjens uppgifter, anteckningar och samtyckenas syften tas bort; det som statistiken behöver blir kvar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;what is due</source>
        <translation>Kontrollera &amp;vad som förfallit</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Anonymise %n referral(s)…</source>
        <translation>
            <numerusform>&amp;Anonymisera %n remiss…</numerusform>
            <numerusform>&amp;Anonymisera %n remisser…</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymisera</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n closed referral(s) now? The family details cannot be brought back.</source>
        <translation>
            <numerusform>Anonymisera %n avslutad remiss nu? Familjens uppgifter kan inte återställas.</numerusform>
            <numerusform>Anonymisera %n avslutade remisser nu? Familjens uppgifter kan inte återställas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) anonymised.</source>
        <translation>
            <numerusform>%n remiss anonymiserad.</numerusform>
            <numerusform>%n remisser anonymiserade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Lägg till konto…</translation>
    </message>
    <message>
        <source>Role and &amp;unit…</source>
        <translation>Roll och &amp;enhet…</translation>
    </message>
    <message>
        <source>New pass&amp;word…</source>
        <translation>Nytt &amp;lösenord…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>i bruk</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängt</translation>
    </message>
    <message>
        <source>&amp;Reopen account…</source>
        <translation>Öppna &amp;kontot igen…</translation>
    </message>
    <message>
        <source>&amp;Close account…</source>
        <translation>&amp;Stäng kontot…</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Kontot %1 har lagts till.</translation>
    </message>
    <message>
        <source>%1 now has the new role and unit.</source>
        <translation>%1 har nu den nya rollen och enheten.</translation>
    </message>
    <message>
        <source>%1 has a new password; tell it to them in person.</source>
        <translation>%1 har ett nytt lösenord; berätta det personligen.</translation>
    </message>
    <message>
        <source>Close account</source>
        <translation>Stäng kontot</translation>
    </message>
    <message>
        <source>Close the account %1? The person can no longer log in; what they recorded stays.</source>
        <translation>Stäng kontot %1? Personen kan inte längre logga in; det hen har registrerat finns kvar.</translation>
    </message>
    <message>
        <source>Account %1 closed.</source>
        <translation>Kontot %1 har stängts.</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>(an organisation of its own)</source>
        <translation>(en egen organisation)</translation>
    </message>
    <message>
        <source>For example: 029 123 4567</source>
        <translation>Till exempel: 029 123 4567</translation>
    </message>
    <message>
        <source>Name in &amp;Finnish</source>
        <translation>Namn på &amp;finska</translation>
    </message>
    <message>
        <source>Name in &amp;Swedish</source>
        <translation>Namn på &amp;svenska</translation>
    </message>
    <message>
        <source>&amp;Belongs to</source>
        <translation>&amp;Hör till</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Ny enhet</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>&amp;Add unit…</source>
        <translation>&amp;Lägg till enhet…</translation>
    </message>
    <message>
        <source>Contact &amp;details…</source>
        <translation>&amp;Kontaktuppgifter…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Hör till</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>katalogen</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>tillagd för hand</translation>
    </message>
    <message>
        <source>Unit added.</source>
        <translation>Enheten har lagts till.</translation>
    </message>
    <message>
        <source>Contact details saved.</source>
        <translation>Kontaktuppgifterna har sparats.</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <source>An identity code has 11 characters.</source>
        <translation>En personbeteckning har 11 tecken.</translation>
    </message>
    <message>
        <source>The date and the individual number must be digits.</source>
        <translation>Datumet och individnumret ska vara siffror.</translation>
    </message>
    <message>
        <source>The 7th character must be a century sign: + - Y X W V U A B C D E F.</source>
        <translation>Det 7:e tecknet ska vara ett sekelstecken: + - Y X W V U A B C D E F.</translation>
    </message>
    <message>
        <source>The first six digits are not a real date.</source>
        <translation>De sex första siffrorna är inget verkligt datum.</translation>
    </message>
    <message>
        <source>The individual number must be 002–999.</source>
        <translation>Individnumret ska vara 002–999.</translation>
    </message>
    <message>
        <source>The check character does not match; check for typing errors.</source>
        <translation>Kontrolltecknet stämmer inte; kontrollera skrivfel.</translation>
    </message>
</context>
<context>
    <name>phones</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>Telefonnumret saknas.</translation>
    </message>
    <message>
        <source>A phone number may hold only digits, spaces, +, -, brackets, dots and slashes.</source>
        <translation>Ett telefonnummer får bara innehålla siffror, mellanslag, +, -, parenteser, punkter och snedstreck.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Det här ser inte ut som ett telefonnummer.</translation>
    </message>
    <message>
        <source>This number does not exist in the numbering plan; check the digits and the country code.</source>
        <translation>Numret finns inte i nummerplanen; kontrollera siffrorna och landsnumret.</translation>
    </message>
</context>
<context>
    <name>referral_rules</name>
    <message>
        <source>Guidance</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <source>Referral with consent</source>
        <translation>Remiss med samtycke</translation>
    </message>
    <message>
        <source>Contact request to social welfare (§ 35)</source>
        <translation>Kontaktbegäran till socialvården (35 §)</translation>
    </message>
    <message>
        <source>Record of a child welfare notification</source>
        <translation>Anteckning om gjord barnskyddsanmälan</translation>
    </message>
    <message>
        <source>Anonymous consultation</source>
        <translation>Anonym konsultation</translation>
    </message>
    <message>
        <source>A child welfare notification is made through the wellbeing services county's official channel. This record only notes that it was made, with no content.</source>
        <translation>En barnskyddsanmälan görs via välfärdsområdets officiella kanal. Den här anteckningen visar bara att den gjordes, utan innehåll.</translation>
    </message>
    <message>
        <source>Only a closed referral can be reopened.</source>
        <translation>Bara en avslutad remiss kan öppnas igen.</translation>
    </message>
    <message>
        <source>Say why the referral is reopened.</source>
        <translation>Berätta varför remissen öppnas igen.</translation>
    </message>
    <message>
        <source>The status to return to is unknown.</source>
        <translation>Statusen att återgå till är okänd.</translation>
    </message>
    <message>
        <source>This step is not possible in this status.</source>
        <translation>Det här steget är inte möjligt i den här statusen.</translation>
    </message>
    <message>
        <source>Give a reason for declining.</source>
        <translation>Ange orsaken till avslaget.</translation>
    </message>
    <message>
        <source>Choose the outcome: did the family get help?</source>
        <translation>Välj resultatet: fick familjen hjälp?</translation>
    </message>
    <message>
        <source>Unknown referral kind.</source>
        <translation>Okänd typ av remiss.</translation>
    </message>
    <message>
        <source>An anonymous consultation holds nothing that identifies the family: no names, identity code, phone numbers or contact details.</source>
        <translation>En anonym konsultation innehåller inget som identifierar familjen: inga namn, personbeteckning, telefonnummer eller kontaktuppgifter.</translation>
    </message>
    <message>
        <source>The record of a child welfare notification holds no content: only the family reference and the date. Make the notification itself through the county's official channel.</source>
        <translation>Anteckningen om en barnskyddsanmälan har inget innehåll: bara familjens referens och datumet. Gör själva anmälan via välfärdsområdets officiella kanal.</translation>
    </message>
    <message>
        <source>No consent in force covers the family data in this referral for this receiver. Record the family's consent, or remove the data it does not cover.</source>
        <translation>Inget gällande samtycke täcker familjens uppgifter i den här remissen för den här mottagaren. Registrera familjens samtycke eller ta bort de uppgifter det inte täcker.</translation>
    </message>
</context>
<context>
    <name>referrals</name>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>Lösenordet ska ha minst 10 tecken.</translation>
    </message>
    <message>
        <source>Choose a less predictable password (more different characters).</source>
        <translation>Välj ett svårare lösenord (fler olika tecken).</translation>
    </message>
    <message>
        <source>The user name is 1–64 characters without spaces.</source>
        <translation>Användarnamnet är 1–64 tecken utan mellanslag.</translation>
    </message>
    <message>
        <source>Give the person's name.</source>
        <translation>Ange personens namn.</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>Okänd roll.</translation>
    </message>
    <message>
        <source>An administrator already exists.</source>
        <translation>En administratör finns redan.</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>Användarnamnet är upptaget.</translation>
    </message>
    <message>
        <source>No such unit.</source>
        <translation>Enheten finns inte.</translation>
    </message>
    <message>
        <source>Staff who refer belong to a unit.</source>
        <translation>Personal som remitterar hör till en enhet.</translation>
    </message>
    <message>
        <source>You cannot close your own account.</source>
        <translation>Du kan inte stänga ditt eget konto.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Användaren finns inte.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>Du kan inte ändra din egen roll.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Fel användarnamn eller lösenord.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Det nuvarande lösenordet är fel.</translation>
    </message>
    <message>
        <source>Give the unit a name.</source>
        <translation>Ge enheten ett namn.</translation>
    </message>
    <message>
        <source>The e-mail address should look like name@example.fi.</source>
        <translation>E-postadressen ska se ut som namn@example.fi.</translation>
    </message>
    <message>
        <source>No such organisation.</source>
        <translation>Organisationen finns inte.</translation>
    </message>
    <message>
        <source>Give the family reference.</source>
        <translation>Ange familjens referens.</translation>
    </message>
    <message>
        <source>Say who gave the consent.</source>
        <translation>Ange vem som gav samtycket.</translation>
    </message>
    <message>
        <source>Choose which data the consent covers.</source>
        <translation>Välj vilka uppgifter samtycket gäller.</translation>
    </message>
    <message>
        <source>Write the purpose of the consent.</source>
        <translation>Skriv samtyckets syfte.</translation>
    </message>
    <message>
        <source>Say how the consent was given.</source>
        <translation>Ange hur samtycket gavs.</translation>
    </message>
    <message>
        <source>The consent cannot be given later.</source>
        <translation>Samtycket kan inte ges i framtiden.</translation>
    </message>
    <message>
        <source>The end date is before the consent was given.</source>
        <translation>Slutdatumet är före samtycket gavs.</translation>
    </message>
    <message>
        <source>Only the sending unit records consent.</source>
        <translation>Bara den remitterande enheten registrerar samtycke.</translation>
    </message>
    <message>
        <source>This kind passes no data on.</source>
        <translation>Den här typen lämnar inte ut uppgifter.</translation>
    </message>
    <message>
        <source>No such consent.</source>
        <translation>Samtycket finns inte.</translation>
    </message>
    <message>
        <source>Public health nurse</source>
        <translation>Hälsovårdare</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Socialarbetare</translation>
    </message>
    <message>
        <source>Meeting-place coordinator</source>
        <translation>Mötesplatsens koordinator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Din roll tillåter inte detta.</translation>
    </message>
    <message>
        <source>Your account belongs to no unit; ask the administrator to add it to one.</source>
        <translation>Ditt konto hör inte till någon enhet; be administratören lägga till det i en.</translation>
    </message>
    <message>
        <source>No such referral.</source>
        <translation>Remissen finns inte.</translation>
    </message>
    <message>
        <source>Someone else changed this referral while you were editing it. Reload it to see their changes, then make yours again.</source>
        <translation>Någon annan ändrade remissen medan du redigerade den. Läs in den på nytt för att se ändringarna och gör sedan dina igen.</translation>
    </message>
    <message>
        <source>Someone else changed this referral at the same moment. Reload it and try again.</source>
        <translation>Någon annan ändrade remissen i samma stund. Läs in den på nytt och försök igen.</translation>
    </message>
    <message>
        <source>No such receiver.</source>
        <translation>Mottagaren finns inte.</translation>
    </message>
    <message>
        <source>No such service.</source>
        <translation>Tjänsten finns inte.</translation>
    </message>
    <message>
        <source>Only a draft can be edited; it was already sent.</source>
        <translation>Bara ett utkast kan redigeras; den här är redan skickad.</translation>
    </message>
    <message>
        <source>Only the sending unit can do this.</source>
        <translation>Bara den remitterande enheten kan göra detta.</translation>
    </message>
    <message>
        <source>Choose the kind.</source>
        <translation>Välj typ.</translation>
    </message>
    <message>
        <source>Choose who receives the referral.</source>
        <translation>Välj vem som tar emot remissen.</translation>
    </message>
    <message>
        <source>Unknown reason.</source>
        <translation>Okänd orsak.</translation>
    </message>
    <message>
        <source>Choose at least one reason.</source>
        <translation>Välj minst en orsak.</translation>
    </message>
    <message>
        <source>Choose the urgency.</source>
        <translation>Välj hur brådskande.</translation>
    </message>
    <message>
        <source>Give a family reference, such as initials or a code.</source>
        <translation>Ange en referens för familjen, till exempel initialer eller en kod.</translation>
    </message>
    <message>
        <source>The reference is too long (64 at most).</source>
        <translation>Referensen är för lång (högst 64).</translation>
    </message>
    <message>
        <source>The reference looks like an identity code. Use initials or a code of your own; the identity code has its own field.</source>
        <translation>Referensen ser ut som en personbeteckning. Använd initialer eller en egen kod; personbeteckningen har ett eget fält.</translation>
    </message>
</context>
</TS>