"""Word stock for made-up services: real family-service words, invented places.

The municipality codes and names are the public ones of Southwest Finland, so
filters by municipality behave as with real data; every district, street and
service built from them is invented.
"""

from __future__ import annotations

# (code, Finnish, Finnish genitive, Swedish)
MUNICIPALITIES: list[tuple[str, str, str, str]] = [
    ("853", "Turku", "Turun", "Åbo"),
    ("202", "Kaarina", "Kaarinan", "S:t Karins"),
    ("680", "Raisio", "Raision", "Reso"),
    ("529", "Naantali", "Naantalin", "Nådendal"),
    ("734", "Salo", "Salon", "Salo"),
    ("895", "Uusikaupunki", "Uudenkaupungin", "Nystad"),
    ("430", "Loimaa", "Loimaan", "Loimaa"),
    ("445", "Parainen", "Paraisten", "Pargas"),
    ("423", "Lieto", "Liedon", "Lundo"),
    ("481", "Masku", "Maskun", "Masku"),
    ("503", "Mynämäki", "Mynämäen", "Virmo"),
    ("538", "Nousiainen", "Nousiaisten", "Nousis"),
    ("577", "Paimio", "Paimion", "Pemar"),
    ("738", "Sauvo", "Sauvon", "Sagu"),
    ("322", "Kemiönsaari", "Kemiönsaaren", "Kimitoön"),
    ("400", "Laitila", "Laitilan", "Letala"),
    ("761", "Somero", "Someron", "Somero"),
    ("608", "Pöytyä", "Pöytyän", "Pöytyä"),
    ("019", "Aura", "Auran", "Aura"),
    ("704", "Rusko", "Ruskon", "Rusko"),
    ("480", "Marttila", "Marttilan", "Marttila"),
    ("284", "Koski Tl", "Kosken", "Koskis"),
    ("833", "Taivassalo", "Taivassalon", "Tövsala"),
    ("918", "Vehmaa", "Vehmaan", "Vehmo"),
    ("304", "Kustavi", "Kustavin", "Gustavs"),
    ("631", "Pyhäranta", "Pyhärannan", "Pyhäranta"),
    ("561", "Oripää", "Oripään", "Oripää"),
]

# Invented district names: first part + second part, e.g. "Koivumäki".
DISTRICT_FIRST = [
    "Koivu", "Mänty", "Kallio", "Niitty", "Ranta", "Lehto", "Harju", "Kuusi",
    "Pihlaja", "Tammi", "Vaahtera", "Kivi", "Hiekka", "Sammal", "Kangas",
    "Lähde", "Joki", "Järvi", "Saari", "Puro", "Pelto", "Metsä", "Kukka",
    "Tuomi", "Leppä", "Haapa", "Kataja", "Pajun", "Ilves", "Kettu",
]  # fmt: skip
DISTRICT_SECOND = [
    ("mäki", "mäen"), ("ranta", "rannan"), ("niemi", "niemen"),
    ("lahti", "lahden"), ("kylä", "kylän"), ("vaara", "vaaran"),
    ("harju", "harjun"), ("puisto", "puiston"), ("laakso", "laakson"),
    ("salo", "salon"), ("korpi", "korven"), ("nummi", "nummen"),
]  # fmt: skip
STREET_ENDINGS = ["tie", "katu", "polku", "kuja", "raitti", "väylä", "rinne"]

# Service kinds: (key, fi, sv, en, bundle category, family tasks, PTV class).
SERVICE_KINDS: list[tuple[str, str, str, str, str, tuple[str, ...], str]] = [
    ("child_clinic", "lastenneuvola", "barnrådgivning", "child health clinic",
     "social_health", ("wellbeing",), "P5.2"),
    ("maternity_clinic", "äitiysneuvola", "mödrarådgivning", "maternity clinic",
     "social_health", ("wellbeing",), "P5.2"),
    ("family_counselling", "kasvatus- ja perheneuvola",
     "uppfostrings- och familjerådgivning", "family counselling clinic",
     "social_health", ("parenthood", "early_support"), "P3.7"),
    ("family_social_work", "perhesosiaalityö", "familjesocialarbete",
     "family social work", "social_health", ("early_support",), "P3.1"),
    ("home_help", "lapsiperheiden kotipalvelu", "hemservice för barnfamiljer",
     "home help for families with children", "social_health",
     ("early_support",), "P3.1"),
    ("family_work", "perhetyö", "familjearbete", "family work",
     "social_health", ("parenthood", "early_support"), "P3.1"),
    ("baby_family_work", "vauvaperhetyö", "familjearbete för babyfamiljer",
     "family work for families with babies", "social_health",
     ("wellbeing", "parenthood"), "P3.1"),
    ("daycare", "päiväkoti", "daghem", "day-care centre", "education",
     ("wellbeing",), "P6.1"),
    ("ecec", "varhaiskasvatus", "småbarnspedagogik",
     "early childhood education and care", "education", ("wellbeing",), "P6.1"),
    ("family_daycare", "perhepäivähoito", "familjedagvård", "family day care",
     "education", ("wellbeing",), "P6.1"),
    ("preschool", "esiopetus", "förskoleundervisning", "pre-primary education",
     "education", ("wellbeing",), "P6.2"),
    ("school_nurse", "kouluterveydenhuolto", "skolhälsovård",
     "school health care", "social_health", ("wellbeing",), "P5.3"),
    ("student_health", "opiskeluterveydenhuolto", "studerandehälsovård",
     "student health care", "social_health", ("wellbeing",), "P5.3"),
    ("school_social", "koulukuraattoripalvelut", "skolkuratorstjänster",
     "school social work", "education", ("early_support",), "P6.3"),
    ("speech_therapy", "puheterapia", "talterapi", "speech therapy",
     "specialised", ("early_support",), "P5.5"),
    ("child_psychiatry", "lastenpsykiatria", "barnpsykiatri",
     "child psychiatry", "specialised", ("early_support",), "P5.6"),
    ("child_welfare", "lastensuojelun avohuolto", "öppenvård inom barnskyddet",
     "child welfare community care", "specialised",
     ("early_support", "violence_prevention"), "P3.4"),
    ("mediation", "perheasioiden sovittelu", "familjemedling",
     "family mediation", "social_health", ("separation",), "P3.7"),
    ("separation", "eroauttaminen", "stöd vid separation",
     "separation support", "ngo", ("separation", "parenthood"), "P3.7"),
    ("violence", "lähisuhdeväkivaltatyö", "arbete mot våld i nära relationer",
     "work against intimate partner violence", "social_health",
     ("violence_prevention",), "P3.5"),
    ("meeting_place", "perheiden kohtaamispaikka", "mötesplats för familjer",
     "meeting place for families", "meeting_place",
     ("meeting_place",), "P3.2"),
    ("family_cafe", "perhekahvila", "familjecafé", "family café", "ngo",
     ("meeting_place", "diversity"), "P3.2"),
    ("family_club", "perhekerho", "familjeklubb", "family club", "ngo",
     ("meeting_place",), "P3.2"),
    ("parish_club", "seurakunnan perhekerho", "församlingens familjeklubb",
     "parish family club", "ngo", ("meeting_place",), "P3.2"),
    ("peer_group", "vertaistukiryhmä", "kamratstödsgrupp", "peer support group",
     "ngo", ("meeting_place", "parenthood"), "P3.2"),
    ("youth_centre", "nuorisotila", "ungdomsgård", "youth centre", "education",
     ("meeting_place",), "P28"),
    ("outreach_youth", "etsivä nuorisotyö", "uppsökande ungdomsarbete",
     "outreach youth work", "education", ("early_support",), "P28"),
    ("childbirth", "synnytysvalmennus", "förlossningsförberedelse",
     "childbirth preparation", "social_health", ("wellbeing", "parenthood"),
     "P5.2"),
    ("breastfeeding", "imetystuki", "amningsstöd", "breastfeeding support",
     "ngo", ("wellbeing",), "P5.2"),
    ("integration", "kotoutumista tukeva perhetoiminta",
     "familjeverksamhet som stöder integration",
     "family activities supporting integration", "municipal_wellbeing",
     ("diversity",), "P3.2"),
    ("music_play", "muskari", "musiklekskola", "music playschool",
     "municipal_wellbeing", ("meeting_place",), "P27"),
    ("sports_club", "lasten liikuntakerho", "idrottsklubb för barn",
     "children's sports club", "municipal_wellbeing", ("wellbeing",), "P27"),
    ("kela_benefit", "lapsiperheen etuudet", "förmåner för barnfamiljer",
     "benefits for families with children", "kela", ("wellbeing",), "P3.3"),
    ("e_service", "sähköinen perhekeskus", "elektroniskt familjecenter",
     "electronic family centre", "e_services", ("wellbeing",), "P3"),
]  # fmt: skip

# Who a service is for: (fi genitive plural, sv, en).
AUDIENCES = [
    ("vauvaperheiden", "babyfamiljer", "families with babies"),
    ("lapsiperheiden", "barnfamiljer", "families with children"),
    ("isien", "pappor", "fathers"),
    ("äitien", "mammor", "mothers"),
    ("nuorten", "unga", "young people"),
    ("monikielisten perheiden", "flerspråkiga familjer", "multilingual families"),
    ("uusperheiden", "ombildade familjer", "blended families"),
    ("yksinhuoltajien", "ensamförsörjare", "single parents"),
    ("odottavien perheiden", "väntande familjer", "expecting families"),
    ("erityistä tukea tarvitsevien lasten", "barn i behov av särskilt stöd",
     "children needing special support"),
]  # fmt: skip

# Long Finnish compounds as staff and families type them.
COMPOUND_FIRST = [
    "perhe", "lapsi", "lasten", "nuoriso", "vauva", "isä", "äiti", "kasvatus",
    "varhaiskasvatus", "päivähoito", "vertaistuki", "kohtaamis", "koulu",
    "oppilas", "opiskelu", "kotoutumis", "liikunta", "kulttuuri", "neuvola",
    "perhekeskus", "lapsiperhe", "esiopetus", "harrastus", "leikki",
]  # fmt: skip
COMPOUND_SECOND = [
    "neuvola", "kerho", "ryhmä", "työ", "palvelu", "ohjaus", "tuki", "paikka",
    "kahvila", "leikkipuisto", "valmennus", "terapia", "sovittelu",
    "kuraattori", "toiminta", "keskus", "vastaanotto", "ilta", "päivystys",
    "kotikäynti", "verkosto", "koordinaattori", "suunnitelma", "arviointi",
]  # fmt: skip

FI_VERBS = [
    "tarjoaa", "järjestää", "tukee", "ohjaa", "auttaa", "kokoaa", "neuvoo",
    "vahvistaa", "edistää", "seuraa",
]  # fmt: skip
FI_OBJECTS = [
    "lapsen kasvua ja kehitystä", "vanhemmuutta ja parisuhdetta",
    "perheen arkea", "vertaistukea ja yhteisöllisyyttä",
    "varhaista tukea pulmatilanteissa", "terveyttä ja hyvinvointia",
    "kielen ja vuorovaikutuksen kehitystä", "sovinnollista eroa",
    "turvallista kasvuympäristöä", "osallisuutta ja harrastuksia",
]  # fmt: skip
FI_EXTRAS = [
    "Toimintaan ei tarvita ilmoittautumista.",
    "Varaa aika puhelimitse tai sähköisen asioinnin kautta.",
    "Palvelu on maksuton ja luottamuksellinen.",
    "Ryhmä kokoontuu kerran viikossa koulujen lukukausien aikana.",
    "Tapaamiset voidaan järjestää myös kotikäynteinä.",
    "Tarvittaessa käytössä on tulkki.",
    "Tiloihin on esteetön sisäänkäynti pihan puolelta.",
    "Mukaan voi tulla myös isovanhempien kanssa.",
    "Ota mukaan neuvolakortti ja lapsen rokotustiedot.",
    "Ohjaajina toimivat koulutetut vapaaehtoiset ja perhetyöntekijät.",
    "Kahvitarjoilu on vapaaehtoista maksua vastaan.",
    "Syyslukukaudella teemana on lapsen uni ja ruokailu.",
]  # fmt: skip

SV_VERBS = [
    "erbjuder", "ordnar", "stöder", "handleder", "hjälper", "samlar",
    "ger råd om", "stärker", "främjar", "följer upp",
]  # fmt: skip
SV_OBJECTS = [
    "barnets växt och utveckling", "föräldraskapet och parförhållandet",
    "familjens vardag", "kamratstöd och gemenskap",
    "tidigt stöd i svåra situationer", "hälsa och välbefinnande",
    "språk och samspel", "separation i samförstånd",
    "en trygg uppväxtmiljö", "delaktighet och fritidsintressen",
]  # fmt: skip
SV_EXTRAS = [
    "Ingen anmälan behövs.",
    "Boka tid per telefon eller via e-tjänsten.",
    "Tjänsten är avgiftsfri och konfidentiell.",
    "Gruppen träffas en gång i veckan under skolterminerna.",
    "Träffarna kan också ordnas som hembesök.",
    "Vid behov finns tolk.",
    "Lokalen har en tillgänglig ingång från gården.",
    "Man kan också komma med mor- och farföräldrar.",
    "Ta med rådgivningskortet och barnets vaccinationsuppgifter.",
]  # fmt: skip

EN_VERBS = [
    "offers", "organises", "supports", "guides", "helps", "brings together",
    "advises on", "strengthens", "promotes", "follows",
]  # fmt: skip
EN_OBJECTS = [
    "the child's growth and development", "parenthood and the relationship",
    "everyday family life", "peer support and community",
    "early support in difficult situations", "health and wellbeing",
    "language and interaction", "consensual separation",
    "a safe environment to grow up in", "participation and hobbies",
]  # fmt: skip
EN_EXTRAS = [
    "No registration is needed.",
    "Book an appointment by phone or through the e-service.",
    "The service is free of charge and confidential.",
    "The group meets once a week during school terms.",
    "Meetings can also be arranged as home visits.",
    "An interpreter is available when needed.",
    "The premises have an accessible entrance from the yard.",
    "Grandparents are welcome too.",
    "Bring the clinic card and the child's vaccination record.",
]  # fmt: skip

FIRST_NAMES = [
    "Aino", "Eino", "Helmi", "Onni", "Siiri", "Väinö", "Linnea", "Elias",
    "Stina", "Johan", "Maja", "Oskar", "Ilona", "Leevi", "Ella", "Aarne",
]  # fmt: skip
LAST_NAMES = [
    "Keksitty", "Esimerkki", "Kuvitelma", "Mallinen", "Testilä", "Tekaistu",
    "Harjoitus", "Kokeilu", "Luonnos", "Sepite",
]  # fmt: skip
