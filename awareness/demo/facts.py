"""Demo facts and figures (Lithuanian and English).

Every figure comes from the "Figures" section of the shared FACTS.md and the source
documents in shared/seeds/: the 2021 Global Estimates of Modern Slavery (ILO, Walk Free,
IOM; seeds/002), IOM Lithuania's summary of global data (seeds/000) and prekybazmonemis.lt.
Labels follow the wording of the sources. Ranges (IOM Belarus: 17-26% children;
1,500-2,000 Lithuanian women a year in the early 2000s) are left out, as a figure holds
a single number.
"""

_GE_SOURCE = {
    "lt": "2021 m. pasauliniai šiuolaikinės vergovės vertinimai (TDO, „Walk Free“, TMO)",
    "en": "2021 Global Estimates of Modern Slavery (ILO, Walk Free, IOM)",
}
_GE_URL = "https://www.ilo.org/"
_IOM_SOURCE = {
    "lt": "TMO Lietuvoje, pasaulinių duomenų apžvalga",
    "en": "IOM Lithuania's summary of global data",
}
_IOM_URL = "https://lithuania.iom.int/"
_PERCENT = {"lt": "proc.", "en": "%"}


def _iom(label_lt: str, label_en: str, value: str, year: int, year_end: int | None) -> dict:
    """A percentage from IOM Lithuania's summary of global data."""
    return {
        "label": {"lt": label_lt, "en": label_en},
        "value": value,
        "unit": _PERCENT,
        "year": year,
        "year_end": year_end,
        "source": _IOM_SOURCE,
        "source_url": _IOM_URL,
    }


def _slavery(label_lt: str, label_en: str, value: str) -> dict:
    return {
        "label": {"lt": label_lt, "en": label_en},
        "value": value,
        "unit": {"lt": "mln. žmonių", "en": "million people"},
        "year": 2021,
        "year_end": None,
        "source": _GE_SOURCE,
        "source_url": _GE_URL,
    }


THEMES = [
    {
        "slug": "modern-slavery",
        "display": "bars",
        "order": 10,
        "title": {"lt": "Šiuolaikinė vergovė pasaulyje", "en": "Modern slavery worldwide"},
        "description": {
            "lt": "Kiek žmonių bet kurią dieną gyvena šiuolaikinės vergovės sąlygomis: iš viso ir "
            "pagal formą, milijonais (2021 m.). Tai beveik kas 150-as pasaulio žmogus.",
            "en": "How many people are in modern slavery on any given day: in all and by form, "
            "in millions (2021). That is nearly one in every 150 people in the world.",
        },
        "figures": [
            _slavery("Iš viso", "In all", "50"),
            _slavery("Priverstinis darbas", "Forced labour", "28"),
            _slavery("Priverstinė santuoka", "Forced marriage", "22"),
        ],
    },
    {
        "slug": "victims-by-age",
        "display": "bars",
        "order": 20,
        "title": {"lt": "Aukos pagal amžių", "en": "Victims by age"},
        "description": {
            "lt": "Kokią dalį daugiau nei 200 000 pasaulyje 2020–2022 m. nustatytų prekybos "
            "žmonėmis aukų sudarė suaugusieji ir kokią – vaikai (procentais).",
            "en": "The share of adults and of children among the more than 200,000 victims of "
            "human trafficking detected worldwide in 2020–2022 (per cent).",
        },
        "figures": [
            _iom("Suaugusieji", "Adults", "62", 2020, 2022),
            _iom("Vaikai", "Children", "34", 2020, 2022),
        ],
    },
    {
        "slug": "women-and-girls",
        "display": "numbers",
        "order": 30,
        "title": {"lt": "Moterys ir mergaitės tarp aukų", "en": "Women and girls among victims"},
        "description": {
            "lt": "2022 m. dauguma pasaulyje nustatytų prekybos žmonėmis aukų buvo moterys ir "
            "mergaitės.",
            "en": "In 2022 most of the victims of human trafficking detected worldwide were "
            "women and girls.",
        },
        "figures": [_iom("Moterys ir mergaitės", "Women and girls", "61", 2022, None)],
    },
    {
        "slug": "women-by-form-of-crime",
        "display": "bars",
        "order": 40,
        "title": {
            "lt": "Nukentėjusios moterys pagal nusikaltimo formą",
            "en": "Women victims by form of crime",
        },
        "description": {
            "lt": "Nuo kokių nusikaltimų, TMO Lietuvoje pasaulinių duomenų apžvalgos teigimu, "
            "nukenčia moterys: dažniausiai – apie 66 proc. – nuo seksualinių nusikaltimų, "
            "ketvirtadalis – nuo apgaulingų darbo santykių, 10 proc. – nuo kitų formų "
            "nusikaltimų.",
            "en": "The crimes women fall victim to, as IOM Lithuania's summary of global data "
            "gives them: most often sexual crimes (about 66%), a quarter fraudulent employment "
            "relationships, and 10% other forms of crime.",
        },
        "figures": [
            _iom("Seksualiniai nusikaltimai", "Sexual crimes", "66", 2020, 2022),
            _iom(
                "Apgaulingi darbo santykiai",
                "Fraudulent employment relationships",
                "25",
                2020,
                2022,
            ),
            _iom("Kitų formų nusikaltimai", "Other forms of crime", "10", 2020, 2022),
        ],
    },
    {
        "slug": "victims-by-region-of-origin",
        "display": "bars",
        "order": 50,
        "title": {"lt": "Aukos pagal kilmės regioną", "en": "Victims by region of origin"},
        "description": {
            "lt": "Iš kokių pasaulio regionų kilusios 2020–2022 m. nustatytos prekybos žmonėmis "
            "aukos (procentais).",
            "en": "Where the victims of human trafficking detected in 2020–2022 came from "
            "(per cent).",
        },
        "figures": [
            _iom("Afrika", "Africa", "31", 2020, 2022),
            _iom("Azija", "Asia", "24", 2020, 2022),
            _iom("Europa", "Europe", "24", 2020, 2022),
            _iom("Šiaurės ir Pietų Amerika", "North and South America", "16", 2020, 2022),
        ],
    },
    {
        "slug": "european-union",
        "display": "numbers",
        "order": 60,
        "title": {"lt": "Aukos Europos Sąjungoje", "en": "Victims in the European Union"},
        "description": {
            "lt": "Kiek prekybos žmonėmis aukų kasmet užregistruojama Europos Sąjungoje; dvi iš "
            "trijų jų – moterys ir mergaitės.",
            "en": "How many victims of human trafficking are registered in the European Union "
            "every year; two in three of them are women and girls.",
        },
        "figures": [
            {
                "label": {
                    "lt": "Kasmet ES užregistruojama daugiau nei",
                    "en": "Registered in the EU every year: more than",
                },
                "value": "7000",
                "unit": {"lt": "aukų", "en": "victims"},
                # The source gives a yearly rate but no year, so the year stays empty.
                "year": None,
                "year_end": None,
                "source": {"lt": "prekybazmonemis.lt", "en": "prekybazmonemis.lt"},
                "source_url": "https://prekybazmonemis.lt/",
            }
        ],
    },
]
