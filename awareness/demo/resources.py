"""Demo resources: studies, reports, leaflets and videos (Lithuanian and English).

Titles, publishers and contents come from the shared FACTS.md and the source documents
in shared/seeds/ (seeds/002 for the global estimates and IOM Belarus, seeds/003 for the
"They Have a Name" study, seeds/004 for Klaipėda's report and the European Women's
Lobby campaign). Links go only to the home page of the publisher's site, never to a
guessed deep link; the year is None where the sources do not give it. Documents whose
language the sources do not state are listed under English, the language in which the
sources name them.
"""

RESOURCES = [
    {
        "slug": "global-estimates-of-modern-slavery-2021",
        "kind": "report",
        "title": {
            "lt": "2021 m. pasauliniai šiuolaikinės vergovės vertinimai",
            "en": "2021 Global Estimates of Modern Slavery",
        },
        "description": {
            "lt": "Pasaulinis šiuolaikinės vergovės masto vertinimas: bet kurią dieną apie "
            "50 milijonų žmonių, iš jų apie 28 milijonai – priverstinio darbo ir 22 milijonai – "
            "priverstinės santuokos sąlygomis. Tinka visiems, kurie nori suprasti problemos "
            "mastą; ataskaitos anglų kalba ieškokite TDO svetainėje ilo.org.",
            "en": "The global estimate of modern slavery: on any given day about 50 million "
            "people, some 28 million in forced labour and 22 million in forced marriage. For "
            "anyone who wants to understand the scale of the problem; look for the report, in "
            "English, on the ILO website, ilo.org.",
        },
        "url": "https://www.ilo.org/",
        "language": "en",
        "year": 2022,
        "publisher": {"lt": "TDO, „Walk Free“ ir TMO", "en": "ILO, Walk Free and IOM"},
    },
    {
        "slug": "they-have-a-name-prevention-study",
        "kind": "study",
        "title": {
            "lt": "Tyrimas apie prekybos žmonėmis prevenciją Baltijos šalyse („They Have a Name“)",
            "en": "Study on the prevention of trafficking in human beings in the Baltic States "
            "(‘They Have a Name’)",
        },
        "description": {
            "lt": "Prekybos žmonėmis padėties Lietuvoje, Latvijoje ir Estijoje apžvalga: "
            "nacionalinė statistika, dažniausios prekybos žmonėmis formos, prevencijos "
            "strategijos ir gerosios praktikos pavyzdžiai. Skirta socialiniams darbuotojams, "
            "mokytojams, jaunimui, vidaus reikalų pareigūnams ir visiems, kurie dirba "
            "prevencijos srityje; tyrimą skelbia prieglauda „Safe House“ (patverums-dm.lv).",
            "en": "An overview of human trafficking in Lithuania, Latvia and Estonia: national "
            "statistics, the most common types of trafficking, prevention strategies and good "
            "practice. For social workers, teachers, young people, internal affairs officers "
            "and everyone working in prevention; the study is published by Shelter ‘Safe "
            "House’ (patverums-dm.lv).",
        },
        "url": "https://patverums-dm.lv/",
        "language": "en",
        "year": None,
        "publisher": {
            "lt": "Projektas „They Have a Name“ (Baltijos jūros valstybių taryba)",
            "en": "‘They Have a Name’ project (Council of the Baltic Sea States)",
        },
    },
    {
        "slug": "klaipeda-model-of-assistance",
        "kind": "report",
        "title": {
            "lt": "Pagalbos moterims, nukentėjusioms nuo prekybos žmonėmis, modelis Lietuvoje",
            "en": "Model of Assistance for Women Victims of Human Trafficking in Lithuania",
        },
        "description": {
            "lt": "Klaipėdos socialinės ir psichologinės pagalbos centro ataskaita (angl. „Model "
            "of Assistance for Women Victims of Human Trafficking in Lithuania“) apie prekybą "
            "žmonėmis Lietuvoje ir visapusišką pagalbą nukentėjusioms moterims. Skirta "
            "specialistams, norintiems išsamiau susipažinti su padėtimi; daugiau informacijos – "
            "centro svetainėje ksppc.lt.",
            "en": "A report by the Klaipėda Social and Psychological Services Center on human "
            "trafficking in Lithuania and on holistic help for women survivors. For "
            "professionals who want in-depth information; more on the centre's website, "
            "ksppc.lt.",
        },
        "url": "https://ksppc.lt/",
        "language": "en",
        "year": None,
        "publisher": {
            "lt": "Klaipėdos socialinės ir psichologinės pagalbos centras",
            "en": "Klaipėda Social and Psychological Services Center",
        },
    },
    {
        "slug": "iom-belarus-analytical-snapshot",
        "kind": "report",
        "title": {
            "lt": "Analitinė prekybos žmonėmis tendencijų Baltarusijoje apžvalga",
            "en": "Analytical snapshot of trafficking trends in Belarus",
        },
        "description": {
            "lt": "Nukentėjusiųjų pasakojimais paremta TMO Baltarusijoje apžvalga: kaip keitėsi "
            "prekyba žmonėmis, ypač per COVID-19 pandemiją, ir kodėl išaugo vaikų seksualinio "
            "išnaudojimo internete rizika. Naudinga visiems, kurie dirba su vaikais ir jaunimu; "
            "ieškokite jos TMO svetainėje iom.int.",
            "en": "A snapshot by IOM Belarus, based on survivors' stories: how trafficking has "
            "changed, especially during the COVID-19 pandemic, and why the risk of online "
            "sexual exploitation of children has grown. Useful for anyone who works with "
            "children and young people; look for it on IOM's website, iom.int.",
        },
        "url": "https://www.iom.int/",
        "language": "en",
        "year": None,
        "publisher": {"lt": "TMO Baltarusijoje", "en": "IOM Belarus"},
    },
    {
        "slug": "ewl-together-for-a-europe-free-from-prostitution",
        "kind": "video",
        "title": {
            "lt": "Kampanija „Together for a Europe free from Prostitution“: vaizdo įrašai ir "
            "kita medžiaga",
            "en": "‘Together for a Europe free from Prostitution’: campaign videos and materials",
        },
        "description": {
            "lt": "Europos moterų lobio kampanijos medžiaga apie prostituciją ir prekybą "
            "žmonėmis seksualinio išnaudojimo tikslais: informaciniai vaizdo įrašai, filmai, "
            "plakatai, taip pat informacija apie vietos organizacijas, kurių veikloje galima "
            "dalyvauti. Tinka šviečiantiems visuomenę; medžiagą rasite organizacijos "
            "svetainėje.",
            "en": "Materials from the European Women's Lobby campaign on prostitution and "
            "trafficking for sexual exploitation: awareness-raising videos, films and posters, "
            "and information on local organisations you can get involved with. For anyone "
            "raising awareness; you will find them on the organisation's website.",
        },
        "url": "https://www.womenlobby.org/",
        "language": "en",
        "year": None,
        "publisher": {"lt": "Europos moterų lobis", "en": "European Women's Lobby"},
    },
    {
        "slug": "ilo-indicators-of-forced-labour",
        "kind": "leaflet",
        "title": {
            "lt": "TDO priverstinio darbo rodikliai",
            "en": "ILO indicators of forced labour",
        },
        "description": {
            "lt": "Vienuolika Tarptautinės darbo organizacijos rodiklių, padedančių atpažinti "
            "priverstinį darbą, – nuo apgaulės ir judėjimo laisvės ribojimo iki dokumentų "
            "sulaikymo ir skolų vergovės. Skirta specialistams ir visiems, kurie nori atpažinti "
            "išnaudojimą; ieškokite TDO svetainėje ilo.org.",
            "en": "The International Labour Organization's eleven indicators of forced labour, "
            "from deception and restriction of movement to retention of identity documents "
            "and debt bondage. For professionals and anyone who wants to recognise "
            "exploitation; look for it on the ILO website, ilo.org.",
        },
        "url": "https://www.ilo.org/",
        "language": "en",
        "year": None,
        "publisher": {
            "lt": "Tarptautinė darbo organizacija (TDO)",
            "en": "International Labour Organization (ILO)",
        },
    },
]
