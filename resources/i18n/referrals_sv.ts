<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv">
<context>
    <name>ActionsBar</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="56" />
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="57" />
        <source>Mark received</source>
        <translation>Markera som mottagen</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="58" />
        <source>Accepted</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="59" />
        <source>Declined…</source>
        <translation>Avböjd…</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="60" />
        <source>Close with outcome…</source>
        <translation>Avsluta med resultat…</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="61" />
        <source>Cancel referral</source>
        <translation>Annullera remissen</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="62" />
        <source>Reopen…</source>
        <translation>Öppna igen…</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="63" />
        <source>Record consent…</source>
        <translation>Registrera samtycke…</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="64" />
        <source>Consent withdrawn</source>
        <translation>Samtycket återkallat</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="102" />
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="102" />
        <source>Why?</source>
        <translation>Varför?</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="107" />
        <source>Got help</source>
        <translation>Fick hjälp</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="108" />
        <source>Did not attend</source>
        <translation>Kom inte</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="109" />
        <source>Referred on</source>
        <translation>Hänvisad vidare</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="110" />
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="114" />
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="115" />
        <source>Did the family get help?</source>
        <translation>Fick familjen hjälp?</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="144" />
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="154" />
        <source>Record consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="157" />
        <source>Guardian</source>
        <translation>Vårdnadshavare</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="158" />
        <source>The young person</source>
        <translation>Den unga själv</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="159" />
        <source>Both</source>
        <translation>Båda</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="163" />
        <source>Names and identity code</source>
        <translation>Namn och personbeteckning</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="164" />
        <source>Phone numbers and contact wishes</source>
        <translation>Telefonnummer och önskemål om kontakt</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="165" />
        <source>Language and interpreter</source>
        <translation>Språk och tolk</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="166" />
        <source>Reasons and note</source>
        <translation>Orsaker och anteckning</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="171" />
        <source>Verbal</source>
        <translation>Muntligt</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="172" />
        <source>Written</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="173" />
        <source>Electronic</source>
        <translation>Elektroniskt</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="177" />
        <source>&amp;Given by</source>
        <translation>&amp;Givet av</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="180" />
        <source>&amp;Purpose</source>
        <translation>&amp;Syfte</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/actions_bar.py" line="181" />
        <source>&amp;How</source>
        <translation>&amp;Hur</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="57" />
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="59" />
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="60" />
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="62" />
        <source>Password &amp;again</source>
        <translation>Lösenord &amp;igen</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="83" />
        <source>Create the administrator</source>
        <translation>Skapa administratören</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="86" />
        <source>This is the first start. Create the administrator account; the administrator then adds the staff accounts.</source>
        <translation>Det här är första starten. Skapa administratörens konto; administratören lägger sedan till personalens konton.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="91" />
        <source>Session locked</source>
        <translation>Sessionen är låst</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="94" />
        <source>The session was locked after a pause. Type your password to go on, or cancel to let someone else log in.</source>
        <translation>Sessionen låstes efter en paus. Skriv ditt lösenord för att fortsätta, eller avbryt så att någon annan kan logga in.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="99" />
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="100" />
        <source>Log in with your own account.</source>
        <translation>Logga in med ditt eget konto.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="107" />
        <source>The passwords differ.</source>
        <translation>Lösenorden skiljer sig.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/login_dialog.py" line="119" />
        <source>Wrong password.</source>
        <translation>Fel lösenord.</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="34" />
        <source>Health and wellbeing</source>
        <translation>Hälsa och välbefinnande</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="35" />
        <source>Parenthood and the couple relationship</source>
        <translation>Föräldraskap och parförhållande</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="38" />
        <source>Early support, care and rehabilitation</source>
        <translation>Tidigt stöd, vård och rehabilitering</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="41" />
        <source>Separation and shared parenthood</source>
        <translation>Separation i samförstånd och fortsatt föräldraskap</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="42" />
        <source>Family diversity</source>
        <translation>Familjernas mångfald</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="43" />
        <source>Preventing violence in close relationships</source>
        <translation>Förebygga våld i nära relationer</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="46" />
        <source>Meeting place and peer support</source>
        <translation>Mötesplats och kamratstöd</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="128" />
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="129" />
        <source>Receiver</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="130" />
        <source>Family &amp;reference</source>
        <translation>Familjens &amp;referens</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="131" />
        <source>Na&amp;mes (optional)</source>
        <translation>Na&amp;mn (frivilligt)</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="132" />
        <source>&amp;Identity code (optional)</source>
        <translation>&amp;Personbeteckning (frivilligt)</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="133" />
        <source>&amp;Phone numbers (optional)</source>
        <translation>&amp;Telefonnummer (frivilligt)</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="134" />
        <source>Preferred &amp;language</source>
        <translation>Önskat &amp;språk</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="135" />
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="136" />
        <source>How and when to &amp;contact</source>
        <translation>Hur och när &amp;kontakta</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="137" />
        <source>&amp;Urgency</source>
        <translation>&amp;Brådskande</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="138" />
        <source>N&amp;ote</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="139" />
        <source>&amp;Follow up on</source>
        <translation>&amp;Uppföljning den</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="149" />
        <source>Initials or your own code</source>
        <translation>Initialer eller en egen kod</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="150" />
        <source>Separate several with a comma</source>
        <translation>Skilj flera åt med kommatecken</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="151" />
        <source>An interpreter is needed</source>
        <translation>Tolk behövs</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="155" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="156" />
        <source>Soon</source>
        <translation>Snart</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="157" />
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="161" />
        <source>Reasons</source>
        <translation>Orsaker</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="164" />
        <source>&amp;Save draft</source>
        <translation>&amp;Spara utkast</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_form.py" line="166" />
        <source>(choose a service in the look-up)</source>
        <translation>(välj en tjänst i sökningen)</translation>
    </message>
</context>
<context>
    <name>ReferralList</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="78" />
        <source>My unit's open referrals</source>
        <translation>Min enhets öppna remisser</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="79" />
        <source>My open referrals</source>
        <translation>Mina öppna remisser</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="80" />
        <source>Follow-up overdue</source>
        <translation>Uppföljningen försenad</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="81" />
        <source>Waiting for a response</source>
        <translation>Väntar på svar</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="89" />
        <source>Family</source>
        <translation>Familj</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="90" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="91" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="92" />
        <source>Receiver</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="93" />
        <source>Follow up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="94" />
        <source>Sent by</source>
        <translation>Skickad av</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="160" />
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="161" />
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="162" />
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="163" />
        <source>Accepted</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="164" />
        <source>Declined</source>
        <translation>Avböjd</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="165" />
        <source>Completed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="166" />
        <source>Cancelled</source>
        <translation>Annullerad</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="175" />
        <source>Consent withdrawn: no further disclosure.</source>
        <translation>Samtycket återkallat: inga fler uppgifter lämnas ut.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="178" />
        <source>Temporary identity code</source>
        <translation>Tillfällig personbeteckning</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="179" />
        <source>Family details are not shown to you.</source>
        <translation>Familjens uppgifter visas inte för dig.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="195" />
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="204" />
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="208" />
        <source>in force</source>
        <translation>gäller</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referral_list.py" line="210" />
        <source>not in force</source>
        <translation>gäller inte</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="88" />
        <source>&amp;Log in / switch user…</source>
        <translation>&amp;Logga in / byt användare…</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="89" />
        <source>Loc&amp;k</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="90" />
        <source>&amp;New referral</source>
        <translation>&amp;Ny remiss</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="91" />
        <source>Referral &amp;list</source>
        <translation>Remiss&amp;lista</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="94" />
        <source>Log in with your own account to see and make referrals. Several people can share this workstation: each logs in in turn.</source>
        <translation>Logga in med ditt eget konto för att se och göra remisser. Flera kan dela den här arbetsstationen: var och en loggar in i tur och ordning.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="132" />
        <source>Nobody is logged in.</source>
        <translation>Ingen är inloggad.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="145" />
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n behöver uppmärksamhet</numerusform><numerusform>%n behöver uppmärksamhet</numerusform></translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <location filename="../../familjecenter_desktop/domain/identity.py" line="60" />
        <source>An identity code has 11 characters.</source>
        <translation>En personbeteckning har 11 tecken.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/identity.py" line="66" />
        <source>The date and the individual number must be digits.</source>
        <translation>Datumet och individnumret ska vara siffror.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/identity.py" line="72" />
        <source>The 7th character must be a century sign: + - Y X W V U A B C D E F.</source>
        <translation>Det 7:e tecknet ska vara ett sekelstecken: + - Y X W V U A B C D E F.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/identity.py" line="83" />
        <source>The first six digits are not a real date.</source>
        <translation>De sex första siffrorna är inget verkligt datum.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/identity.py" line="89" />
        <source>The individual number must be 002–999.</source>
        <translation>Individnumret ska vara 002–999.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/identity.py" line="93" />
        <source>The check character does not match; check for typing errors.</source>
        <translation>Kontrolltecknet stämmer inte; kontrollera skrivfel.</translation>
    </message>
</context>
<context>
    <name>phones</name>
    <message>
        <location filename="../../familjecenter_desktop/domain/phones.py" line="38" />
        <source>The phone number is empty.</source>
        <translation>Telefonnumret saknas.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/phones.py" line="42" />
        <source>A phone number may hold only digits, spaces, +, -, brackets, dots and slashes.</source>
        <translation>Ett telefonnummer får bara innehålla siffror, mellanslag, +, -, parenteser, punkter och snedstreck.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/phones.py" line="54" />
        <source>This does not look like a phone number.</source>
        <translation>Det här ser inte ut som ett telefonnummer.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/phones.py" line="58" />
        <source>This number does not exist in the numbering plan; check the digits and the country code.</source>
        <translation>Numret finns inte i nummerplanen; kontrollera siffrorna och landsnumret.</translation>
    </message>
</context>
<context>
    <name>referral_rules</name>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="31" />
        <source>Guidance</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="32" />
        <source>Referral with consent</source>
        <translation>Remiss med samtycke</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="33" />
        <source>Contact request to social welfare (§ 35)</source>
        <translation>Kontaktbegäran till socialvården (35 §)</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="36" />
        <source>Record of a child welfare notification</source>
        <translation>Anteckning om gjord barnskyddsanmälan</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="39" />
        <source>Anonymous consultation</source>
        <translation>Anonym konsultation</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="41" />
        <source>A child welfare notification is made through the wellbeing services county's official channel. This record only notes that it was made, with no content.</source>
        <translation>En barnskyddsanmälan görs via välfärdsområdets officiella kanal. Den här anteckningen visar bara att den gjordes, utan innehåll.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="122" />
        <source>Only a closed referral can be reopened.</source>
        <translation>Bara en avslutad remiss kan öppnas igen.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="129" />
        <source>Say why the referral is reopened.</source>
        <translation>Berätta varför remissen öppnas igen.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="136" />
        <source>The status to return to is unknown.</source>
        <translation>Statusen att återgå till är okänd.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="146" />
        <source>This step is not possible in this status.</source>
        <translation>Det här steget är inte möjligt i den här statusen.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="153" />
        <source>Give a reason for declining.</source>
        <translation>Ange orsaken till avslaget.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="157" />
        <source>Choose the outcome: did the family get help?</source>
        <translation>Välj resultatet: fick familjen hjälp?</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="197" />
        <source>Unknown referral kind.</source>
        <translation>Okänd typ av remiss.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="202" />
        <source>An anonymous consultation holds nothing that identifies the family: no names, identity code, phone numbers or contact details.</source>
        <translation>En anonym konsultation innehåller inget som identifierar familjen: inga namn, personbeteckning, telefonnummer eller kontaktuppgifter.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="213" />
        <source>The record of a child welfare notification holds no content: only the family reference and the date. Make the notification itself through the county's official channel.</source>
        <translation>Anteckningen om en barnskyddsanmälan har inget innehåll: bara familjens referens och datumet. Gör själva anmälan via välfärdsområdets officiella kanal.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/domain/referral_rules.py" line="283" />
        <source>No consent in force covers the family data in this referral for this receiver. Record the family's consent, or remove the data it does not cover.</source>
        <translation>Inget gällande samtycke täcker familjens uppgifter i den här remissen för den här mottagaren. Registrera familjens samtycke eller ta bort de uppgifter det inte täcker.</translation>
    </message>
</context>
<context>
    <name>referrals</name>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="54" />
        <source>The password must have at least 10 characters.</source>
        <translation>Lösenordet ska ha minst 10 tecken.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="58" />
        <source>Choose a less predictable password (more different characters).</source>
        <translation>Välj ett svårare lösenord (fler olika tecken).</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="71" />
        <source>The user name is 1–64 characters without spaces.</source>
        <translation>Användarnamnet är 1–64 tecken utan mellanslag.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="78" />
        <source>Give the person's name.</source>
        <translation>Ange personens namn.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="81" />
        <source>Unknown role.</source>
        <translation>Okänd roll.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="109" />
        <source>An administrator already exists.</source>
        <translation>En administratör finns redan.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="122" />
        <source>This user name is taken.</source>
        <translation>Användarnamnet är upptaget.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="126" />
        <source>No such unit.</source>
        <translation>Enheten finns inte.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="161" />
        <source>Staff who refer belong to a unit.</source>
        <translation>Personal som remitterar hör till en enhet.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="190" />
        <source>You cannot close your own account.</source>
        <translation>Du kan inte stänga ditt eget konto.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="195" />
        <source>No such user.</source>
        <translation>Användaren finns inte.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="202" />
        <source>Wrong user name or password.</source>
        <translation>Fel användarnamn eller lösenord.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/accounts.py" line="234" />
        <source>The current password is wrong.</source>
        <translation>Det nuvarande lösenordet är fel.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/actors.py" line="49" />
        <source>Give the unit a name.</source>
        <translation>Ge enheten ett namn.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/actors.py" line="63" />
        <source>No such organisation.</source>
        <translation>Organisationen finns inte.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/audit.py" line="211" />
        <source>Give the family reference.</source>
        <translation>Ange familjens referens.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="53" />
        <source>Say who gave the consent.</source>
        <translation>Ange vem som gav samtycket.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="59" />
        <source>Choose which data the consent covers.</source>
        <translation>Välj vilka uppgifter samtycket gäller.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="66" />
        <source>Write the purpose of the consent.</source>
        <translation>Skriv samtyckets syfte.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="71" />
        <source>Say how the consent was given.</source>
        <translation>Ange hur samtycket gavs.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="78" />
        <source>The consent cannot be given later.</source>
        <translation>Samtycket kan inte ges i framtiden.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="85" />
        <source>The end date is before the consent was given.</source>
        <translation>Slutdatumet är före samtycket gavs.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="106" />
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="154" />
        <source>Only the sending unit records consent.</source>
        <translation>Bara den remitterande enheten registrerar samtycke.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="113" />
        <source>This kind passes no data on.</source>
        <translation>Den här typen lämnar inte ut uppgifter.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/consents.py" line="150" />
        <source>No such consent.</source>
        <translation>Samtycket finns inte.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/permissions.py" line="30" />
        <source>Public health nurse</source>
        <translation>Hälsovårdare</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/permissions.py" line="31" />
        <source>Social worker</source>
        <translation>Socialarbetare</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/permissions.py" line="32" />
        <source>Meeting-place coordinator</source>
        <translation>Mötesplatsens koordinator</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/permissions.py" line="33" />
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/permissions.py" line="101" />
        <source>Your role does not allow this.</source>
        <translation>Din roll tillåter inte detta.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/permissions.py" line="105" />
        <source>Your account belongs to no unit; ask the administrator to add it to one.</source>
        <translation>Ditt konto hör inte till någon enhet; be administratören lägga till det i en.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="70" />
        <source>No such referral.</source>
        <translation>Remissen finns inte.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="78" />
        <source>Someone else changed this referral while you were editing it. Reload it to see their changes, then make yours again.</source>
        <translation>Någon annan ändrade remissen medan du redigerade den. Läs in den på nytt för att se ändringarna och gör sedan dina igen.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="92" />
        <source>Someone else changed this referral at the same moment. Reload it and try again.</source>
        <translation>Någon annan ändrade remissen i samma stund. Läs in den på nytt och försök igen.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="125" />
        <source>No such receiver.</source>
        <translation>Mottagaren finns inte.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="129" />
        <source>No such service.</source>
        <translation>Tjänsten finns inte.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="215" />
        <source>Only a draft can be edited; it was already sent.</source>
        <translation>Bara ett utkast kan redigeras; den här är redan skickad.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/records.py" line="233" />
        <source>Only the sending unit can do this.</source>
        <translation>Bara den remitterande enheten kan göra detta.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="79" />
        <source>Choose the kind.</source>
        <translation>Välj typ.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="103" />
        <source>Choose who receives the referral.</source>
        <translation>Välj vem som tar emot remissen.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="108" />
        <source>Unknown reason.</source>
        <translation>Okänd orsak.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="115" />
        <source>Choose at least one reason.</source>
        <translation>Välj minst en orsak.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="119" />
        <source>Choose the urgency.</source>
        <translation>Välj hur brådskande.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="138" />
        <source>Give a family reference, such as initials or a code.</source>
        <translation>Ange en referens för familjen, till exempel initialer eller en kod.</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="147" />
        <source>The reference is too long (64 at most).</source>
        <translation>Referensen är för lång (högst 64).</translation>
    </message>
    <message>
        <location filename="../../familjecenter_desktop/referrals/validation.py" line="159" />
        <source>The reference looks like an identity code. Use initials or a code of your own; the identity code has its own field.</source>
        <translation>Referensen ser ut som en personbeteckning. Använd initialer eller en egen kod; personbeteckningen har ett eget fält.</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../../familjecenter_desktop/ui/referrals/referrals_view.py" line="190" />
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
</context>
</TS>