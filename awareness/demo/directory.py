"""Demo help directory: services, places, languages and organisations (Lithuanian and English).

Every organisation, phone number, website, place and service comes from the shared
FACTS.md and the source documents in shared/seeds/ (IOM Lithuania's news, missing.lt,
vilnius.lt, keliauk.urm.lt, ksppc.lt and the "They Have a Name" project of the Council
of the Baltic Sea States). Where the sources give no city, language, e-mail or phone,
the field is left empty rather than guessed. Contact data was last checked in November
2026; staff can correct it in the admin.
"""

_CHECKED_LT = " (patikrinta 2026 m. lapkritį)"
_CHECKED_EN = " (checked November 2026)"

# The national hotline, as people read it and as it is dialled.
_HOTLINE = "8 800 91119"
_HOTLINE_TEL = "+37080091119"


def _source(lt: str, en: str) -> dict[str, str]:
    return {"lt": lt + _CHECKED_LT, "en": en + _CHECKED_EN}


_NAPPZ_SOURCE = _source(
    "Nacionalinė asociacija prieš prekybą žmonėmis (NAPPŽ): missing.lt, vilnius.lt",
    "National Association against Trafficking in Human Beings (NAPPŽ): missing.lt, vilnius.lt",
)
_THAN_SOURCE = _source(
    "Projektas „They Have a Name“ (Baltijos jūros valstybių taryba; prieglauda „Safe House“, "
    "patverums-dm.lv)",
    "‘They Have a Name’ project (Council of the Baltic Sea States; Shelter ‘Safe House’, "
    "patverums-dm.lv)",
)

SERVICES = [
    {
        "slug": "shelter",
        "order": 10,
        "name": {"lt": "Apgyvendinimas (prieglauda)", "en": "Shelter"},
    },
    {"slug": "legal-aid", "order": 20, "name": {"lt": "Teisinė pagalba", "en": "Legal aid"}},
    {
        "slug": "psychological-support",
        "order": 30,
        "name": {"lt": "Psichologinė pagalba", "en": "Psychological support"},
    },
    {
        "slug": "return-assistance",
        "order": 40,
        "name": {"lt": "Pagalba grįžtant namo", "en": "Help to return home"},
    },
    {"slug": "hotline", "order": 50, "name": {"lt": "Pagalbos linija", "en": "Hotline"}},
    {
        "slug": "social-support",
        "order": 60,
        "name": {"lt": "Socialinė pagalba", "en": "Social support"},
    },
]

CITIES = [
    {"slug": "vilnius", "order": 10, "name": {"lt": "Vilnius", "en": "Vilnius"}},
    {"slug": "klaipeda", "order": 20, "name": {"lt": "Klaipėda", "en": "Klaipėda"}},
    {"slug": "alytus", "order": 30, "name": {"lt": "Alytus", "en": "Alytus"}},
]

LANGUAGES = [
    {"slug": "lt", "order": 10, "name": {"lt": "lietuvių", "en": "Lithuanian"}},
    {"slug": "en", "order": 20, "name": {"lt": "anglų", "en": "English"}},
    {"slug": "ru", "order": 30, "name": {"lt": "rusų", "en": "Russian"}},
    {"slug": "uk", "order": 40, "name": {"lt": "ukrainiečių", "en": "Ukrainian"}},
    {"slug": "lv", "order": 50, "name": {"lt": "latvių", "en": "Latvian"}},
    {"slug": "et", "order": 60, "name": {"lt": "estų", "en": "Estonian"}},
]

ORGANISATIONS = [
    {
        "slug": "nappz",
        "order": 10,
        "name": {
            "lt": "Nacionalinė asociacija prieš prekybą žmonėmis (NAPPŽ)",
            "en": "National Association against Trafficking in Human Beings (NAPPŽ)",
        },
        "description": {
            "lt": "Asociacija įkurta 2019 m. ir vienija penkias organizacijas, padedančias "
            "nukentėjusiems nuo prekybos žmonėmis. Jos nacionalinė pagalbos linija "
            "8 800 91119 veikia visą parą, ją administruoja Dingusių žmonių šeimų paramos "
            "centras. Kartu su TMO Lietuvoje asociacija atnaujino svetainę prekybazmonemis.lt.",
            "en": "Founded in 2019, the association brings together five organisations that "
            "help people affected by human trafficking. Its national hotline, 8 800 91119, is "
            "open 24/7 and is run by the Missing Persons' Families Support Centre. Together "
            "with IOM Lithuania, the association updated the prekybazmonemis.lt website.",
        },
        "services": ["hotline"],
        "city": None,
        "phone": _HOTLINE,
        "tel": _HOTLINE_TEL,
        "email": "",
        "website": "",
        "opening_hours": {"lt": "Pagalbos linija – visą parą", "en": "Hotline: 24/7"},
        "languages": ["lt", "en", "ru"],
        "source": _source(
            "missing.lt, vilnius.lt, keliauk.urm.lt; TMO Lietuvoje, lithuania.iom.int",
            "missing.lt, vilnius.lt, keliauk.urm.lt; IOM Lithuania, lithuania.iom.int",
        ),
    },
    {
        "slug": "missing-persons-families-support-centre",
        "order": 20,
        "name": {
            "lt": "Dingusių žmonių šeimų paramos centras",
            "en": "Missing Persons' Families Support Centre",
        },
        "description": {
            "lt": "Centras administruoja nacionalinę pagalbos liniją prekybos žmonėmis "
            "klausimais: Lietuvoje skambinkite nemokamu numeriu 8 800 91119, iš užsienio – "
            "+370 616 91119. Linija veikia visą parą, pokalbiai konfidencialūs, kalbama "
            "lietuviškai, angliškai ir rusiškai. Centras yra NAPPŽ narys.",
            "en": "The centre runs the national human trafficking hotline: call 8 800 91119 "
            "free of charge within Lithuania, or +370 616 91119 from abroad. The line is open "
            "24/7, calls are confidential, and Lithuanian, English and Russian are spoken. The "
            "centre is a member of NAPPŽ.",
        },
        "services": ["hotline"],
        "city": None,
        "phone": _HOTLINE,
        "tel": _HOTLINE_TEL,
        "email": "",
        "website": "https://missing.lt/",
        "opening_hours": {"lt": "Visą parą", "en": "24/7"},
        "languages": ["lt", "en", "ru"],
        "source": _source(
            "missing.lt, vilnius.lt, keliauk.urm.lt", "missing.lt, vilnius.lt, keliauk.urm.lt"
        ),
    },
    {
        "slug": "ksppc",
        "order": 30,
        "name": {
            "lt": "Klaipėdos socialinės ir psichologinės pagalbos centras",
            "en": "Klaipėda Social and Psychological Services Center",
        },
        "description": {
            "lt": "Nuo 2003 m. centras vykdo programą prieš prekybą žmonėmis ir teikia "
            "nukentėjusiems socialinę, teisinę ir psichologinę pagalbą. Jis taiko visapusišką, "
            "į nukentėjusį žmogų orientuotą požiūrį ir padeda tiek Lietuvos žmonėms, dažnai ir "
            "jų šeimoms, tiek užsienietėms, kurias prekeiviai žmonėmis atvežė į Lietuvą. "
            "Centras yra NAPPŽ narys.",
            "en": "Since 2003 the centre has run an anti-trafficking programme that offers "
            "survivors social, legal and psychological help. Its approach is holistic and "
            "survivor-oriented: it helps Lithuanian survivors, often with their families, and "
            "foreign women trafficked to Lithuania. The centre is a member of NAPPŽ.",
        },
        "services": ["social-support", "legal-aid", "psychological-support"],
        "city": "klaipeda",
        "phone": "",
        "tel": "",
        "email": "",
        "website": "https://ksppc.lt/",
        "opening_hours": {"lt": "", "en": ""},
        "languages": [],
        "source": _source("ksppc.lt; missing.lt", "ksppc.lt; missing.lt"),
    },
    {
        "slug": "alytus-womens-crisis-centre",
        "order": 40,
        "name": {"lt": "Alytaus moterų krizių centras", "en": "Alytus Women's Crisis Centre"},
        "description": {
            "lt": "Centras yra Nacionalinės asociacijos prieš prekybą žmonėmis (NAPPŽ) narys. "
            "Pagalbos galite kreiptis ir paskambinę į NAPPŽ pagalbos liniją 8 800 91119 "
            "(nemokamai, visą parą).",
            "en": "The centre is a member of the National Association against Trafficking in "
            "Human Beings (NAPPŽ). You can also get help by calling the NAPPŽ hotline on "
            "8 800 91119 (free, 24/7).",
        },
        "services": [],
        "city": "alytus",
        "phone": "",
        "tel": "",
        "email": "",
        "website": "",
        "opening_hours": {"lt": "", "en": ""},
        "languages": [],
        "source": _NAPPZ_SOURCE,
    },
    {
        "slug": "kopzi",
        "order": 50,
        "name": {
            "lt": "Kovos su prekyba žmonėmis ir išnaudojimu centras (KOPŽI, Lietuvos „Caritas“)",
            "en": "Centre against Human Trafficking and Exploitation (KOPŽI, Lithuanian Caritas)",
        },
        "description": {
            "lt": "KOPŽI – Lietuvos „Caritas“ centras, kovojantis su prekyba žmonėmis ir "
            "išnaudojimu. Centras yra Nacionalinės asociacijos prieš prekybą žmonėmis (NAPPŽ) "
            "narys. Pagalbos galite kreiptis ir paskambinę į NAPPŽ pagalbos liniją 8 800 91119 "
            "(nemokamai, visą parą).",
            "en": "KOPŽI is Lithuanian Caritas's centre against human trafficking and "
            "exploitation. It is a member of the National Association against Trafficking in "
            "Human Beings (NAPPŽ). You can also get help by calling the NAPPŽ hotline on "
            "8 800 91119 (free, 24/7).",
        },
        "services": [],
        "city": None,
        "phone": "",
        "tel": "",
        "email": "",
        "website": "",
        "opening_hours": {"lt": "", "en": ""},
        "languages": [],
        "source": _NAPPZ_SOURCE,
    },
    {
        "slug": "mens-crisis-centre",
        "order": 60,
        "name": {"lt": "Vyrų krizių centras", "en": "Men's Crisis Centre"},
        "description": {
            "lt": "Centras yra Nacionalinės asociacijos prieš prekybą žmonėmis (NAPPŽ) narys. "
            "Pagalbos galite kreiptis ir paskambinę į NAPPŽ pagalbos liniją 8 800 91119 "
            "(nemokamai, visą parą).",
            "en": "The centre is a member of the National Association against Trafficking in "
            "Human Beings (NAPPŽ). You can also get help by calling the NAPPŽ hotline on "
            "8 800 91119 (free, 24/7).",
        },
        "services": [],
        "city": None,
        "phone": "",
        "tel": "",
        "email": "",
        "website": "",
        "opening_hours": {"lt": "", "en": ""},
        "languages": [],
        "source": _NAPPZ_SOURCE,
    },
    {
        "slug": "iom-lithuania",
        "order": 70,
        "name": {
            "lt": "Tarptautinės migracijos organizacijos biuras Lietuvoje (TMO Lietuvoje)",
            "en": "International Organization for Migration in Lithuania (IOM Lithuania)",
        },
        "description": {
            "lt": "TMO Lietuvoje veikia nuo 1998 m. ir rengia mokymus institucijoms bei "
            "organizacijoms, kaip atpažinti prekybos žmonėmis aukas ir joms padėti. Biuras sukūrė "
            "svetainę prekybazmonemis.lt. TMO Vilniaus biuras yra padėjęs nukentėjusiems "
            "grįžti į Lietuvą ir suteikęs jiems apgyvendinimą, medicininę bei psichologinę "
            "pagalbą.",
            "en": "IOM Lithuania has been active since 1998 and trains institutions and "
            "organisations to identify and assist victims of trafficking. It created the "
            "prekybazmonemis.lt website. IOM's Vilnius office has helped survivors return to "
            "Lithuania and has given them shelter, medical aid and psychological support.",
        },
        "services": ["return-assistance"],
        "city": "vilnius",
        "phone": "",
        "tel": "",
        "email": "",
        "website": "https://lithuania.iom.int/",
        "opening_hours": {"lt": "", "en": ""},
        "languages": [],
        "source": _source(
            "TMO Lietuvoje, lithuania.iom.int; TMO Vilniaus biuro naujienos apie konsultacijas "
            "prieš prekybą moterimis",
            "IOM Lithuania, lithuania.iom.int; IOM Vilnius news on anti-trafficking "
            "consultations for women",
        ),
    },
    {
        "slug": "safe-house-latvia",
        "order": 80,
        "name": {"lt": "Prieglauda „Safe House“ (Latvija)", "en": "Shelter ‘Safe House’ (Latvia)"},
        "description": {
            "lt": "Latvijos prieglauda „Safe House“ turi visą parą veikiančią pagalbos liniją "
            "+371 28612120. Kartu su „Active Youth“ (Lietuva) ir „Mittetulundusühing Eluliin“ "
            "(Estija) ji vykdo prekybos žmonėmis prevencijos projektą „They Have a Name“, kurį "
            "remia Baltijos jūros valstybių taryba.",
            "en": "The Latvian shelter ‘Safe House’ runs a helpline that is open 24/7 on "
            "+371 28612120. With ‘Active Youth’ (Lithuania) and ‘Mittetulundusühing Eluliin’ "
            "(Estonia) it runs ‘They Have a Name’, a project on preventing human trafficking "
            "supported by the Council of the Baltic Sea States.",
        },
        "services": ["shelter", "hotline"],
        "city": None,
        "phone": "+371 28612120",
        "tel": "+37128612120",
        "email": "",
        "website": "https://patverums-dm.lv/",
        "opening_hours": {"lt": "Pagalbos linija – visą parą", "en": "Helpline: 24/7"},
        "languages": [],
        "source": _THAN_SOURCE,
    },
    {
        "slug": "active-youth",
        "order": 90,
        "name": {"lt": "„Active Youth“ (Lietuva)", "en": "‘Active Youth’ (Lithuania)"},
        "description": {
            "lt": "„Active Youth“ – Lietuvos partnerė prekybos žmonėmis prevencijos projekte "
            "„They Have a Name“, kurį remia Baltijos jūros valstybių taryba. Projekto mokymuose "
            "Vilniuje ypač daug dėmesio skirta darbui su jaunimu.",
            "en": "‘Active Youth’ is the Lithuanian partner in ‘They Have a Name’, a project on "
            "preventing human trafficking supported by the Council of the Baltic Sea States. "
            "The project's training in Vilnius put special emphasis on work with young people.",
        },
        "services": [],
        "city": None,
        "phone": "",
        "tel": "",
        "email": "",
        "website": "",
        "opening_hours": {"lt": "", "en": ""},
        "languages": [],
        "source": _THAN_SOURCE,
    },
    {
        "slug": "criminal-police-bureau",
        "order": 100,
        "name": {
            "lt": "Lietuvos kriminalinės policijos biuro padalinys, tiriantis prekybą žmonėmis",
            "en": "Lithuanian Criminal Police Bureau: trafficking unit",
        },
        "description": {
            "lt": "Į policijos padalinį, tiriantį prekybą žmonėmis, galite kreiptis visą parą "
            "telefonu +370 700 60 000. Jei pavojus gresia dabar, skambinkite 112.",
            "en": "You can contact the police trafficking unit 24/7 on +370 700 60 000. If you "
            "are in danger right now, call 112.",
        },
        "services": [],
        "city": None,
        "phone": "+370 700 60 000",
        "tel": "+37070060000",
        "email": "",
        "website": "",
        "opening_hours": {"lt": "Visą parą", "en": "24/7"},
        "languages": [],
        "source": _source("keliauk.urm.lt", "keliauk.urm.lt"),
    },
    {
        "slug": "mfa-consular-help",
        "order": 110,
        "name": {
            "lt": "Užsienio reikalų ministerija: konsulinė pagalba",
            "en": "Ministry of Foreign Affairs: consular help",
        },
        "description": {
            "lt": "Lietuvos piliečiai, patekę į bėdą užsienyje, gali kreiptis į Užsienio reikalų "
            "ministerijos konsulinę pagalbą telefonu +370 706 52444. Šį ir kitus pagalbos "
            "kontaktus skelbia ministerijos svetainė keliautojams keliauk.urm.lt.",
            "en": "Lithuanian citizens in trouble abroad can call the Ministry of Foreign "
            "Affairs for consular help on +370 706 52444. The ministry's website for "
            "travellers, keliauk.urm.lt, lists this and other help contacts.",
        },
        "services": [],
        "city": None,
        "phone": "+370 706 52444",
        "tel": "+37070652444",
        "email": "",
        "website": "https://keliauk.urm.lt/",
        "opening_hours": {"lt": "", "en": ""},
        "languages": [],
        "source": _source("keliauk.urm.lt", "keliauk.urm.lt"),
    },
]
