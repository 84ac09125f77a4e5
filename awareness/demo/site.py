"""Demo hotlines and home page (sources: shared FACTS.md, checked November 2026)."""

HOTLINES = [
    {
        "tel": "+37080091119",
        "number": "8 800 91119",
        "order": 10,
        "name": {
            "lt": "Nacionalinė pagalbos linija prekybos žmonėmis klausimais",
            "en": "National human trafficking hotline",
        },
        "hours": {
            "lt": "Visą parą, nemokamai Lietuvoje",
            "en": "24/7, free of charge in Lithuania",
        },
        "description": {
            "lt": "Konfidencialu. Kalbama lietuviškai, angliškai ir rusiškai.",
            "en": "Confidential. Lithuanian, English and Russian spoken.",
        },
    },
    {
        "tel": "+37061691119",
        "number": "+370 616 91119",
        "order": 20,
        "name": {
            "lt": "Ta pati linija, skambinant iš užsienio",
            "en": "The same hotline, calling from abroad",
        },
        "hours": {"lt": "Visą parą", "en": "24/7"},
        "description": {
            "lt": "Šaltinis: missing.lt, keliauk.urm.lt (patikrinta 2026 m. lapkritį).",
            "en": "Source: missing.lt, keliauk.urm.lt (checked November 2026).",
        },
    },
]

HOME = {
    "intro_title": {
        "lt": "Prekyba žmonėmis gali paliesti kiekvieną",
        "en": "Human trafficking can happen to anyone",
    },
    "intro": {
        "lt": "<p>Pasaulyje apie 50 milijonų žmonių gyvena šiuolaikinės vergovės sąlygomis: "
        "juos verčia dirbti arba jie priversti gyventi santuokoje, kurios nesirinko "
        "(2021 m. pasauliniai šiuolaikinės vergovės vertinimai, TDO, „Walk Free“ ir TMO). "
        "Čia rasite, kaip atpažinti pavojų, kaip saugiai dirbti užsienyje ir kur "
        "kreiptis pagalbos. Pagalba nemokama ir konfidenciali.</p>",
        "en": "<p>About 50 million people live in modern slavery: forced to work, or in a "
        "marriage they did not choose (2021 Global Estimates of Modern Slavery, ILO, "
        "Walk Free and IOM). Here you can learn to recognise the danger, work abroad "
        "safely and find help. Help is free and confidential.</p>",
    },
    "test_title": {"lt": "Ar man gresia pavojus?", "en": "Am I at risk?"},
    "test_text": {
        "lt": "Svarstote darbo pasiūlymą užsienyje ar jaučiate, kad darbe kažkas negerai? "
        "Keli klausimai padės įvertinti situaciją. Atsakymai niekur neišsaugomi.",
        "en": "Thinking about a job offer abroad, or feel something is wrong at work? "
        "A few questions will help you judge the situation. Nothing you answer is saved.",
    },
    "test_link_label": {"lt": "Atlikite rizikos testą", "en": "Take the risk test"},
    "test_page_key": "warning-signs",
}
