"""Demo content pages for the counter-trafficking awareness site (Lithuanian and English).

Every fact, figure, organisation and phone number comes from the shared FACTS.md
and the source documents in shared/seeds/; each page ends with its sources.
Contact data was last checked in November 2026 and staff can correct it in the
admin. Victim stories on the site are composites: names and details are changed.

PAGES is a list of dicts. ``key`` is a stable ASCII id, ``parent`` the key of the
parent page (the menu has two levels). Bodies use only the tags the editor allows
(p, h2, h3, ul, ol, li, strong, em, a, blockquote, br); internal links have the
form /<language>/<slug>/ and use the slugs defined here; phone numbers are tel:
links; there are no external links.
"""

_CHECKED_LT = "<p><em>Patikrinta: 2026 m. lapkritis.</em></p>"
_CHECKED_EN = "<p><em>Checked: November 2026.</em></p>"

_HOTLINE_LT = '<a href="tel:+37080091119">8 800 91119</a>'
_HOTLINE_EN = '<a href="tel:+37080091119">8 800 91119</a>'
_ABROAD = '<a href="tel:+37061691119">+370 616 91119</a>'
_EMERGENCY = '<a href="tel:112">112</a>'
_POLICE = '<a href="tel:+37070060000">+370 700 60 000</a>'
_MFA = '<a href="tel:+37070652444">+370 706 52444</a>'


def _sources(heading: str, *items: str) -> str:
    return f"<h2>{heading}</h2><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _lt_sources(*items: str) -> str:
    return _sources("Šaltiniai", *items)


def _en_sources(*items: str) -> str:
    return _sources("Sources", *items)


# Source names, as cited at the end of each page.
_GE_LT = "2021 m. pasauliniai šiuolaikinės vergovės vertinimai (2021 Global Estimates of Modern Slavery; TDO, „Walk Free“, TMO)"
_GE_EN = "2021 Global Estimates of Modern Slavery (ILO, Walk Free, IOM)"
_IOM_LT_LT = "TMO (IOM) Lietuvoje, lithuania.iom.int"
_IOM_LT_EN = "IOM Lithuania, lithuania.iom.int"
_IOM_VILNIUS_LT = "TMO (IOM) Vilniaus biuras: konsultacijos prieš prekybą moterimis"
_IOM_VILNIUS_EN = "IOM Vilnius: anti-trafficking consultations for women"
_IOM_BY_LT = "TMO (IOM) Baltarusijoje: analitinė prekybos žmonėmis tendencijų apžvalga"
_IOM_BY_EN = "IOM Belarus: analytical snapshot of trafficking trends"
_ILO_LT = "TDO priverstinio darbo rodikliai (ILO indicators of forced labour)"
_ILO_EN = "ILO indicators of forced labour"
_KSPPC_LT = "Klaipėdos socialinės ir psichologinės pagalbos centras, ksppc.lt"
_KSPPC_EN = "Klaipėda Social and Psychological Services Center, ksppc.lt"
_MISSING = "missing.lt"
_URM = "keliauk.urm.lt"
_PZ = "prekybazmonemis.lt"
_THAN_LT = "Projektas „They Have a Name“ (Baltijos jūros valstybių taryba; prieglauda „Safe House“, patverums-dm.lv)"
_THAN_EN = "“They Have a Name” project (Council of the Baltic Sea States; Shelter “Safe House”, patverums-dm.lv)"


PAGES = [
    # ------------------------------------------------------------------ 1
    {
        "key": "what-is-trafficking",
        "parent": None,
        "menu_order": 10,
        "slug": {"lt": "kas-yra-prekyba-zmonemis", "en": "what-is-human-trafficking"},
        "title": {"lt": "Kas yra prekyba žmonėmis", "en": "What is human trafficking"},
        "summary": {
            "lt": "Prekyba žmonėmis – tai kai žmogus apgaule, jėga ar pasinaudojant jo sunkia "
            "padėtimi įtraukiamas į išnaudojimą. Tai gali nutikti bet kam.",
            "en": "Human trafficking means drawing someone into exploitation by deceit, force "
            "or by taking advantage of a hard situation. It can happen to anyone.",
        },
        "meta_description": {
            "lt": "Kas yra prekyba žmonėmis, kaip ji prasideda ir kodėl gali paliesti bet ką. "
            "Paprastai apie reiškinį, skaičiai ir kur kreiptis pagalbos.",
            "en": "What human trafficking is, how it starts and why it can happen to anyone. "
            "Plain words, key figures and where to get help.",
        },
        "body": {
            "lt": (
                "<p>Prekyba žmonėmis – tai nusikaltimas, kai žmogus įtraukiamas į išnaudojimą. "
                "Dažniausiai viskas prasideda nuo pažado: geras darbas, didelis atlyginimas, "
                "nauja draugystė ar meilė. Vėliau paaiškėja, kad pažadai buvo melas, o išeiti "
                "nebeleidžiama.</p>"
                "<h2>Iš ko ji susideda</h2>"
                "<ul>"
                "<li><strong>Verbavimas.</strong> Žmogų suranda, įkalba, perveža ar apgyvendina.</li>"
                "<li><strong>Būdas.</strong> Naudojama apgaulė, jėga, grasinimai arba pasinaudojama "
                "žmogaus sunkia padėtimi – skolomis, skurdu, vienatve, baime.</li>"
                "<li><strong>Tikslas.</strong> Išnaudoti: priversti dirbti be atlyginimo, teikti "
                "seksualines paslaugas, daryti nusikaltimus, elgetauti ar tuoktis prieš savo valią.</li>"
                "</ul>"
                "<p>Jei žmogus sutiko važiuoti dirbti, tai nereiškia, kad jis sutiko būti apgautas "
                "ar išnaudojamas.</p>"
                "<h2>Tai gali nutikti bet kam</h2>"
                "<p>Nukenčia ir Lietuvos žmonės, ir tie, kurie atvyko į Lietuvą iš kitų šalių. "
                "TMO Lietuvoje pastebi, kad vis dažniau nukenčia imigrantai iš buvusio Rytų bloko "
                "šalių. Išnaudotojai naudojasi bejėgiškumu ir sunkia emocine būsena žmonių, kurie "
                "bėga nuo karo ar sunkios politinės ir ekonominės padėties.</p>"
                "<p>Verbuotojas dažnai būna ne nepažįstamasis, o artimas žmogus: pažįstamas, "
                "draugas, kaimynas ar vaikinas.</p>"
                "<blockquote>„Apie tai girdėjau. Tai gali nutikti bet kam. Bet niekada "
                "negalvojau, kad tai gali nutikti man.“ – nukentėjusio žmogaus žodžiai, "
                "užrašyti TMO Baltarusijoje</blockquote>"
                "<h2>Kiek žmonių tai paliečia</h2>"
                "<ul>"
                "<li>Bet kurią dieną pasaulyje apie 50 milijonų žmonių gyvena šiuolaikinės "
                "vergovės sąlygomis: apie 28 milijonai dirba priverstinį darbą, apie 22 milijonai "
                "gyvena priverstinėje santuokoje. Tai beveik kas 150-as pasaulio žmogus.</li>"
                "<li>2020–2022 m. pasaulyje nustatyta daugiau nei 200 000 prekybos žmonėmis aukų: "
                "62 proc. suaugusiųjų ir 34 proc. vaikų. 2022 m. 61 proc. aukų buvo moterys ir "
                "mergaitės.</li>"
                "<li>Pagal kilmę 31 proc. aukų – iš Afrikos, po 24 proc. – iš Azijos ir Europos, "
                "16 proc. – iš Amerikos žemynų.</li>"
                "<li>Europos Sąjungoje kasmet užregistruojama daugiau nei 7 000 aukų; dvi iš "
                "trijų – moterys ir mergaitės.</li>"
                "</ul>"
                "<p>Už kiekvieno skaičiaus – konkretus žmogus.</p>"
                "<h2>Jei atpažįstate save ar artimą žmogų</h2>"
                f"<p>Skambinkite nemokamai {_HOTLINE_LT} – linija veikia visą parą, pokalbis "
                f"konfidencialus. Iš užsienio – {_ABROAD}. Jei gresia pavojus, skambinkite "
                f"{_EMERGENCY}. Daugiau rasite puslapyje "
                '<a href="/lt/kaip-gauti-pagalba/">Kaip gauti pagalbą</a>.</p>'
                + _CHECKED_LT
                + _lt_sources(
                    _GE_LT,
                    _IOM_LT_LT + " (pasaulinių duomenų apžvalga)",
                    _IOM_BY_LT,
                    _PZ,
                    _MISSING,
                    _URM,
                )
            ),
            "en": (
                "<p>Human trafficking is a crime in which a person is drawn into exploitation. "
                "It usually starts with a promise: a good job, high pay, a new friendship or "
                "love. Later the promises turn out to be lies, and the person is not allowed "
                "to leave.</p>"
                "<h2>What it is made of</h2>"
                "<ul>"
                "<li><strong>Recruitment.</strong> Someone finds the person, talks them round, "
                "moves them or gives them somewhere to stay.</li>"
                "<li><strong>Means.</strong> Deception, force or threats, or taking advantage of "
                "a hard situation – debt, poverty, loneliness, fear.</li>"
                "<li><strong>Purpose.</strong> Exploitation: making someone work for no pay, sell "
                "sex, commit crimes, beg or marry against their will.</li>"
                "</ul>"
                "<p>Agreeing to travel for a job never means agreeing to be deceived or "
                "exploited.</p>"
                "<h2>It can happen to anyone</h2>"
                "<p>Both Lithuanians and people who have come to Lithuania from other countries "
                "are affected. IOM Lithuania sees more and more immigrants from the former "
                "Eastern Bloc among the victims. Exploiters prey on the helplessness and "
                "distress of people fleeing war or hard political and economic conditions.</p>"
                "<p>The recruiter is often not a stranger but someone close: an acquaintance, "
                "a friend, a neighbour or a boyfriend.</p>"
                "<blockquote>‘I have heard about the issue. It can happen to anyone. But I have "
                "never thought it could be me.’ – a survivor, quoted by IOM Belarus</blockquote>"
                "<h2>How many people are affected</h2>"
                "<ul>"
                "<li>On any given day about 50 million people live in modern slavery: about "
                "28 million in forced labour and 22 million in forced marriage. That is nearly "
                "one in every 150 people in the world.</li>"
                "<li>From 2020 to 2022 more than 200,000 victims were detected worldwide: 62% "
                "adults and 34% children. In 2022, 61% of victims were women and girls.</li>"
                "<li>By origin, 31% of victims came from Africa, 24% each from Asia and Europe, "
                "and 16% from the Americas.</li>"
                "<li>More than 7,000 victims are registered in the European Union every year; "
                "two in three are women and girls.</li>"
                "</ul>"
                "<p>Behind every number there is a person.</p>"
                "<h2>If you recognise yourself or someone close</h2>"
                f"<p>Call {_HOTLINE_EN} free of charge – the line is open 24 hours a day and "
                f"the call is confidential. From abroad, call {_ABROAD}. If you are in danger, "
                f"call {_EMERGENCY}. See also "
                '<a href="/en/how-to-get-help/">How to get help</a>.</p>'
                + _CHECKED_EN
                + _en_sources(
                    _GE_EN,
                    _IOM_LT_EN + " (summary of global data)",
                    _IOM_BY_EN,
                    _PZ,
                    _MISSING,
                    _URM,
                )
            ),
        },
    },
    # ------------------------------------------------------------------ 2
    {
        "key": "forms",
        "parent": None,
        "menu_order": 20,
        "slug": {"lt": "isnaudojimo-formos", "en": "forms-of-exploitation"},
        "title": {"lt": "Išnaudojimo formos", "en": "Forms of exploitation"},
        "summary": {
            "lt": "Prekyba žmonėmis turi daug veidų: nuo seksualinio išnaudojimo iki "
            "priverstinio darbo ar santuokos. Trumpai apie kiekvieną formą.",
            "en": "Human trafficking has many faces, from sexual exploitation to forced labour "
            "or forced marriage. A short guide to each form.",
        },
        "meta_description": {
            "lt": "Seksualinis išnaudojimas, priverstinis darbas, nusikaltimai, elgetavimas, "
            "santuoka ir išnaudojimas internete: kaip atpažinti.",
            "en": "Sexual exploitation, forced labour, forced crime, forced begging, forced "
            "marriage and online exploitation: how to recognise them.",
        },
        "body": {
            "lt": (
                "<p>Prekyba žmonėmis – ne tik seksualinė vergovė ar prievarta daryti "
                "nusikaltimus. Tai gali būti ir darbas sąlygomis, kurios pažeidžia žmogaus "
                "teises, ir nesumokėtas atlyginimas. Bet kuri išnaudojimo forma gali palikti "
                "psichologinę traumą visam gyvenimui.</p>"
                "<p>Žemiau – šešios formos. Kiekviename puslapyje rasite, kaip tai atrodo, į ką "
                "atkreipti dėmesį ir kur kreiptis.</p>"
                "<h2>Šešios formos</h2>"
                "<ul>"
                '<li><a href="/lt/seksualinis-isnaudojimas/">Seksualinis išnaudojimas</a> – '
                "žmogų verčia teikti seksualines paslaugas, o pinigus pasiima kiti.</li>"
                '<li><a href="/lt/priverstinis-darbas/">Priverstinis darbas</a> – darbas dėl '
                "apgaulės ar prievartos, dažnai be atlyginimo, su atimtais dokumentais ir "
                "„skolomis“.</li>"
                '<li><a href="/lt/priverstinis-nusikaltimu-darymas/">Priverstinis nusikaltimų '
                "darymas</a> – žmogų verčia sukčiauti ar daryti kitus nusikaltimus kitų "
                "naudai.</li>"
                '<li><a href="/lt/priverstinis-elgetavimas/">Priverstinis elgetavimas</a> – '
                "žmogų verčia prašyti išmaldos, o surinktus pinigus atima.</li>"
                '<li><a href="/lt/priverstine-santuoka/">Priverstinė santuoka</a> – santuoka '
                "be laisvo žmogaus sutikimo.</li>"
                '<li><a href="/lt/isnaudojimas-internete/">Išnaudojimas internete</a> – per '
                "socialinius tinklus, žaidimų forumus ar kitas platformas, ypač pavojinga "
                "vaikams ir jaunimui.</li>"
                "</ul>"
                "<h2>Ką svarbu žinoti</h2>"
                "<ul>"
                "<li>Išnaudojama ir Lietuvoje, ir užsienyje.</li>"
                "<li>Nukenčia moterys ir vyrai, suaugę ir vaikai.</li>"
                "<li>Pasaulyje apie 28 milijonus žmonių verčia dirbti, apie 22 milijonai gyvena "
                "priverstinėje santuokoje.</li>"
                "<li>Kaltas yra išnaudotojas, ne nukentėjęs žmogus.</li>"
                "</ul>"
                "<p>Jei kažkas skamba pažįstamai, perskaitykite "
                '<a href="/lt/pavojaus-zenklai/">pavojaus ženklus</a> arba skambinkite '
                f"{_HOTLINE_LT} (nemokamai, visą parą). Iš užsienio – {_ABROAD}.</p>"
                + _CHECKED_LT
                + _lt_sources(_IOM_LT_LT, _GE_LT, _PZ, _MISSING)
            ),
            "en": (
                "<p>Human trafficking is not only sexual slavery or being forced to commit "
                "crimes. It can also mean working in conditions that break a person's human "
                "rights, and wages that are never paid. Any form of exploitation can leave "
                "psychological trauma for the rest of a person's life.</p>"
                "<p>Below are six forms. Each page explains what it looks like, what to watch "
                "for and where to turn.</p>"
                "<h2>Six forms</h2>"
                "<ul>"
                '<li><a href="/en/sexual-exploitation/">Sexual exploitation</a> – someone is '
                "made to sell sex and others take the money.</li>"
                '<li><a href="/en/forced-labour/">Forced labour</a> – work obtained by '
                "deception or force, often unpaid, with documents taken away and ‘debts’ to "
                "pay off.</li>"
                '<li><a href="/en/forced-criminality/">Forced criminality</a> – someone is '
                "made to commit fraud or other crimes for someone else's gain.</li>"
                '<li><a href="/en/forced-begging/">Forced begging</a> – someone is made to '
                "beg and the money is taken from them.</li>"
                '<li><a href="/en/forced-marriage/">Forced marriage</a> – a marriage without '
                "a person's free consent.</li>"
                '<li><a href="/en/online-exploitation/">Online exploitation</a> – through '
                "social media, gaming forums or other platforms; a particular danger for "
                "children and young people.</li>"
                "</ul>"
                "<h2>Worth knowing</h2>"
                "<ul>"
                "<li>Exploitation happens in Lithuania as well as abroad.</li>"
                "<li>Women and men, adults and children are all affected.</li>"
                "<li>Worldwide, about 28 million people are in forced labour and about "
                "22 million in forced marriage.</li>"
                "<li>The exploiter is to blame, never the person who was exploited.</li>"
                "</ul>"
                "<p>If any of this sounds familiar, read the "
                '<a href="/en/warning-signs/">warning signs</a> or call '
                f"{_HOTLINE_EN} (free, 24/7). From abroad, call {_ABROAD}.</p>"
                + _CHECKED_EN
                + _en_sources(_IOM_LT_EN, _GE_EN, _PZ, _MISSING)
            ),
        },
    },
    # ------------------------------------------------------------------ 3a
    {
        "key": "sexual-exploitation",
        "parent": "forms",
        "menu_order": 10,
        "slug": {"lt": "seksualinis-isnaudojimas", "en": "sexual-exploitation"},
        "title": {"lt": "Seksualinis išnaudojimas", "en": "Sexual exploitation"},
        "summary": {
            "lt": "Kai žmogus verčiamas teikti seksualines paslaugas, o jo uždarbį pasiima "
            "kiti. Tai gali vykti bute, klube, gatvėje ar internete.",
            "en": "When someone is made to sell sex and others take the earnings. It can "
            "happen in a flat, a club, on the street or online.",
        },
        "meta_description": {
            "lt": "Seksualinis išnaudojimas: kaip jis prasideda, kokie jo požymiai ir kur "
            "kreiptis pagalbos Lietuvoje ir užsienyje.",
            "en": "Sexual exploitation: how it starts, the signs to look for and where to get "
            "help in Lithuania and abroad.",
        },
        "body": {
            "lt": (
                "<p>Seksualinis išnaudojimas – kai žmogus verčiamas teikti seksualines "
                "paslaugas, o jo uždarbį pasiima sąvadautojai ar prekeiviai žmonėmis. Tai gali "
                "būti prostitucija, išnaudojimas striptizo klubuose arba per internetą.</p>"
                "<h2>Kaip tai prasideda</h2>"
                "<p>Dažnai – nuo pasiūlymo dirbti užsienyje už labai didelį atlyginimą arba nuo "
                "draugystės ar meilės. Verbuotojas dažnai būna artimas žmogus: pažįstamas, "
                "draugas, kaimynas ar net vaikinas.</p>"
                "<p>Jau 2000-ųjų pradžioje buvo vertinama, kad kasmet 1 500–2 000 Lietuvos "
                "moterų parduodamos į viešnamius užsienyje. Dažniausiai – į Vokietiją, Šiaurės "
                "šalis, Jungtinę Karalystę, Ispaniją, Italiją, Belgiją, Nyderlandus ir Turkiją. "
                "Nukenčia ir moterys, atvežtos į Lietuvą iš kitų šalių.</p>"
                "<p>Europos Sąjungoje kasmet užregistruojama daugiau nei 7 000 prekybos "
                "žmonėmis aukų, dvi iš trijų – moterys ir mergaitės.</p>"
                "<h2>Požymiai</h2>"
                "<ul>"
                "<li>Žmogus negali pats spręsti, su kuo, kiek laiko ir kaip dažnai teikti "
                "paslaugas, ar naudoti prezervatyvą.</li>"
                "<li>Uždirbtus pinigus turi atiduoti kitiems.</li>"
                "<li>Neturi nuolatinės gyvenamosios vietos, adresai vis keičiasi.</li>"
                "<li>Neturi savo paso ar kitų dokumentų arba turi suklastotus.</li>"
                "<li>Vežiojamas grupėmis, o jo judėjimą ir kelionės dokumentus kontroliuoja "
                "kitas žmogus.</li>"
                "<li>Beveik nieko negali nuspręsti pats.</li>"
                "</ul>"
                "<h2>Ką daryti</h2>"
                "<p>Tai ne jūsų kaltė. Jei tai vyksta jums ar pažįstamam žmogui, skambinkite "
                f"{_HOTLINE_LT} (nemokamai, visą parą) arba iš užsienio {_ABROAD}. Pokalbis "
                "konfidencialus, o ką daryti toliau, nuspręsite jūs. Jei gresia pavojus, "
                f"skambinkite {_EMERGENCY}.</p>"
                "<p>Kaip atpažinti kitus ženklus, rasite puslapyje "
                '<a href="/lt/pavojaus-zenklai/">Pavojaus ženklai</a>.</p>'
                + _CHECKED_LT
                + _lt_sources(_KSPPC_LT, _IOM_VILNIUS_LT, _PZ, _MISSING)
            ),
            "en": (
                "<p>Sexual exploitation is when someone is made to sell sex and pimps or "
                "traffickers take the earnings. It can mean prostitution, exploitation in strip "
                "clubs or exploitation over the internet.</p>"
                "<h2>How it starts</h2>"
                "<p>Often with an offer of very well-paid work abroad, or with friendship or "
                "romance. The recruiter is often someone close: an acquaintance, a friend, a "
                "neighbour or even a boyfriend.</p>"
                "<p>In the early 2000s it was estimated that 1,500 to 2,000 Lithuanian women "
                "were sold to brothels abroad every year. The main destinations were Germany, "
                "the Nordic countries, the United Kingdom, Spain, Italy, Belgium, the "
                "Netherlands and Turkey. Women brought to Lithuania from other countries are "
                "exploited too.</p>"
                "<p>More than 7,000 victims of trafficking are registered in the European Union "
                "every year, and two in three are women and girls.</p>"
                "<h2>Signs</h2>"
                "<ul>"
                "<li>The person has no say over who the buyers are, how long and how often, or "
                "whether a condom is used.</li>"
                "<li>They must hand over what they earn.</li>"
                "<li>They have no permanent home and their address keeps changing.</li>"
                "<li>They do not hold their own passport or ID, or their documents are "
                "forged.</li>"
                "<li>They are moved around in groups, and someone else controls their travel "
                "and papers.</li>"
                "<li>They can make hardly any choices for themselves.</li>"
                "</ul>"
                "<h2>What you can do</h2>"
                "<p>It is not your fault. If this is happening to you or someone you know, call "
                f"{_HOTLINE_EN} (free, 24/7) or {_ABROAD} from abroad. The call is "
                "confidential and you decide what happens next. If you are in danger, call "
                f"{_EMERGENCY}.</p>"
                "<p>For more signs to look out for, see "
                '<a href="/en/warning-signs/">Warning signs</a>.</p>'
                + _CHECKED_EN
                + _en_sources(_KSPPC_EN, _IOM_VILNIUS_EN, _PZ, _MISSING)
            ),
        },
    },
    # ------------------------------------------------------------------ 3b
    {
        "key": "forced-labour",
        "parent": "forms",
        "menu_order": 20,
        "slug": {"lt": "priverstinis-darbas", "en": "forced-labour"},
        "title": {"lt": "Priverstinis darbas", "en": "Forced labour"},
        "summary": {
            "lt": "Kai žmogus dirba dėl apgaulės ar prievartos ir negali laisvai išeiti. "
            "Dažnai atimami dokumentai, nemokamas atlyginimas, auga „skola“.",
            "en": "When someone works because of deceit or force and cannot simply leave. "
            "Documents are taken, wages held back and ‘debts’ keep growing.",
        },
        "meta_description": {
            "lt": "Priverstinis darbas Lietuvoje ir užsienyje: kaip atpažinti apgaulingą "
            "darbo pasiūlymą, išnaudojimo požymiai ir kur kreiptis.",
            "en": "Forced labour in Lithuania and abroad: how to spot a false job offer, the "
            "signs of exploitation and where to get help.",
        },
        "body": {
            "lt": (
                "<p>Priverstinis darbas – kai žmogus dirba ne savo noru: jį apgavo, jam "
                "grasina arba jis negali išeiti, nes atimti dokumentai ar reikia atidirbti "
                "„skolą“. Pasaulyje priverstinį darbą dirba apie 28 milijonus žmonių.</p>"
                "<h2>Kaip tai prasideda</h2>"
                "<p>Dažnai – nuo darbo skelbimo arba pažįstamo žmogaus pasiūlymo. Žadamas "
                "atlyginimas, gerokai didesnis nei įprasta, pavyzdžiui, 1 000–2 000 eurų per "
                "savaitę. Kartais žmogui primetama tikra ar išgalvota skola, kurią esą reikia "
                "atidirbti.</p>"
                "<p>Vienoje istorijoje pasakojama apie 26 metų žmogų, kuris pagal laikraščio "
                "skelbimą išvyko dirbti į Vokietiją. Ten iš jo atėmė dokumentus.</p>"
                "<h2>Požymiai</h2>"
                "<ul>"
                "<li>Jums melavo apie darbą, atlyginimą ar sąlygas.</li>"
                "<li>Darbdavys ar tarpininkas pasiėmė jūsų pasą, asmens tapatybės kortelę ar "
                "telefoną.</li>"
                "<li>Atlyginimo nemoka arba vis atideda.</li>"
                "<li>„Skola“ už kelionę, būstą ar maistą tik didėja.</li>"
                "<li>Dirbate per daug valandų, be poilsio.</li>"
                "<li>Gyvenate ir dirbate žeminančiomis ar pavojingomis sąlygomis.</li>"
                "<li>Negalite laisvai išeiti, grasinama jums ar jūsų artimiesiems.</li>"
                "</ul>"
                "<p>Tarptautinė darbo organizacija (TDO) išskiria vienuolika priverstinio darbo "
                "rodiklių. Kartais net vienas jų gali reikšti priverstinį darbą. Visą sąrašą "
                'rasite puslapyje <a href="/lt/pavojaus-zenklai/">Pavojaus ženklai</a>.</p>'
                "<h2>Ką daryti</h2>"
                f"<p>Skambinkite {_HOTLINE_LT} (nemokamai, visą parą) arba iš užsienio "
                f"{_ABROAD}. Lietuvos piliečiai užsienyje taip pat gali kreiptis į Užsienio "
                f"reikalų ministerijos konsulinę pagalbą {_MFA}. Jei gresia pavojus, "
                f"skambinkite {_EMERGENCY}.</p>"
                "<p>Ruošiatės dirbti svetur? Perskaitykite puslapį "
                '<a href="/lt/saugus-darbas-uzsienyje/">Saugus darbas užsienyje</a>.</p>'
                + _CHECKED_LT
                + _lt_sources(_ILO_LT, _GE_LT, _IOM_VILNIUS_LT, _PZ, _MISSING, _URM)
            ),
            "en": (
                "<p>Forced labour is work a person does against their will: they were "
                "deceived, they are threatened, or they cannot leave because their documents "
                "were taken or they have a ‘debt’ to work off. Around 28 million people in the "
                "world are in forced labour.</p>"
                "<h2>How it starts</h2>"
                "<p>Often with a job advert or an offer from someone you know. The pay promised "
                "is far above the going rate – say 1,000 to 2,000 euros a week. Sometimes a "
                "real or invented debt is used to keep the person working.</p>"
                "<p>One story tells of a 26-year-old who answered a newspaper job advert for "
                "work in Germany. Once there, their documents were taken away.</p>"
                "<h2>Signs</h2>"
                "<ul>"
                "<li>You were lied to about the job, the pay or the conditions.</li>"
                "<li>An employer or agent has taken your passport, ID card or phone.</li>"
                "<li>Your wages are not paid, or are always ‘coming later’.</li>"
                "<li>Your ‘debt’ for travel, housing or food only grows.</li>"
                "<li>You work far too many hours without rest.</li>"
                "<li>You live and work in degrading or dangerous conditions.</li>"
                "<li>You cannot leave freely, or you or your family are threatened.</li>"
                "</ul>"
                "<p>The International Labour Organization (ILO) lists eleven indicators of "
                "forced labour. In some cases a single one can mean forced labour. You will find "
                'the full list under <a href="/en/warning-signs/">Warning signs</a>.</p>'
                "<h2>What you can do</h2>"
                f"<p>Call {_HOTLINE_EN} (free, 24/7) or {_ABROAD} from abroad. Lithuanian "
                "citizens abroad can also call the Ministry of Foreign Affairs consular line on "
                f"{_MFA}. If you are in danger, call {_EMERGENCY}.</p>"
                "<p>Planning to work abroad? Read "
                '<a href="/en/working-abroad-safely/">Working abroad safely</a>.</p>'
                + _CHECKED_EN
                + _en_sources(_ILO_EN, _GE_EN, _IOM_VILNIUS_EN, _PZ, _MISSING, _URM)
            ),
        },
    },
    # ------------------------------------------------------------------ 3c
    {
        "key": "forced-criminality",
        "parent": "forms",
        "menu_order": 30,
        "slug": {"lt": "priverstinis-nusikaltimu-darymas", "en": "forced-criminality"},
        "title": {"lt": "Priverstinis nusikaltimų darymas", "en": "Forced criminality"},
        "summary": {
            "lt": "Kai žmogų verčia sukčiauti ar daryti kitus nusikaltimus, o naudą pasiima "
            "kiti. Toks žmogus taip pat yra išnaudojimo auka.",
            "en": "When someone is made to commit fraud or other crimes and others take the "
            "profit. That person is a victim of exploitation too.",
        },
        "meta_description": {
            "lt": "Kai žmogų verčia daryti nusikaltimus kitų naudai: kaip tai veikia, kodėl "
            "sunku ištrūkti ir kur kreiptis konfidencialiai.",
            "en": "When someone is made to commit crimes for others: how it works, why it is "
            "hard to get out and where to get confidential help.",
        },
        "body": {
            "lt": (
                "<p>Kartais išnaudotojai verčia žmogų daryti nusikaltimus jų naudai, pavyzdžiui, "
                "sukčiauti. Pinigus ar kitą naudą pasiima jie, o nukentėjęs žmogus lieka su "
                "baime – ir dėl išnaudotojų, ir dėl to, ką padarė.</p>"
                "<p>Prekyba žmonėmis – ne tik seksualinis išnaudojimas. Prievarta daryti "
                "nusikaltimus taip pat yra viena jos formų ir palieka ilgam išliekančią "
                "psichologinę traumą.</p>"
                "<p>Vienoje istorijoje pasakojama apie 35 metų vyrą, kurį išnaudojo sukčiavimui. "
                "Nukenčia ir moterys, ir vyrai.</p>"
                "<h2>Kodėl taip sunku ištrūkti</h2>"
                "<p>Išnaudotojai gali:</p>"
                "<ul>"
                "<li>grasinti jums ar jūsų artimiesiems;</li>"
                "<li>tvirtinti, kad esate skolingi ir turite atidirbti;</li>"
                "<li>pasiimti jūsų dokumentus ar telefoną;</li>"
                "<li>atskirti jus nuo kitų žmonių;</li>"
                "<li>pasinaudoti jūsų sunkia padėtimi – skolomis, priklausomybe nuo jų, "
                "vienatve.</li>"
                "</ul>"
                "<p>Tai TDO priverstinio darbo rodikliai. Kartais net vienas jų reiškia "
                "išnaudojimą.</p>"
                "<h2>Pažadai, kurie turi sukelti įtarimą</h2>"
                "<ul>"
                "<li>Labai lengvas uždarbis, daug didesnis nei įprasta.</li>"
                "<li>Tikra ar išgalvota skola, kurią siūloma „atidirbti“.</li>"
                "<li>Pasiūlymas iš artimo žmogaus – pažįstamo, draugo, kaimyno ar partnerio.</li>"
                "</ul>"
                "<h2>Ką daryti</h2>"
                "<p>Jei jus privertė daryti nusikaltimą, jūs taip pat esate išnaudojimo auka. "
                f"Skambinkite {_HOTLINE_LT} (nemokamai, visą parą) arba iš užsienio {_ABROAD}. "
                "Pokalbis konfidencialus: jus išklausys ir padės suprasti, kokia pagalba "
                "galima. Ką daryti toliau, nuspręsite jūs.</p>"
                f"<p>Jei gresia pavojus, skambinkite {_EMERGENCY}. Policijos padalinys, tiriantis "
                f"prekybą žmonėmis, dirba visą parą: {_POLICE}.</p>"
                + _CHECKED_LT
                + _lt_sources(_IOM_LT_LT, _PZ, _ILO_LT, _MISSING, _URM)
            ),
            "en": (
                "<p>Sometimes exploiters make a person commit crimes for them – fraud, for "
                "example. They take the money or other gain, and the person they used is left "
                "with the fear: fear of the exploiters, and fear of what they were made to do.</p>"
                "<p>Human trafficking is not only sexual exploitation. Being forced to commit "
                "crimes is one of its forms too, and it leaves lasting psychological harm.</p>"
                "<p>One story tells of a 35-year-old man who was exploited to commit fraud. "
                "Both women and men are affected.</p>"
                "<h2>Why it is so hard to get out</h2>"
                "<p>Exploiters may:</p>"
                "<ul>"
                "<li>threaten you or your family;</li>"
                "<li>claim that you owe them money and must work it off;</li>"
                "<li>take your documents or your phone;</li>"
                "<li>cut you off from other people;</li>"
                "<li>take advantage of a hard situation – debts, depending on them, "
                "loneliness.</li>"
                "</ul>"
                "<p>These are among the ILO's indicators of forced labour. In some cases a single "
                "one of them means exploitation.</p>"
                "<h2>Offers that should make you wary</h2>"
                "<ul>"
                "<li>Very easy money, far above the usual rate.</li>"
                "<li>A real or invented debt you are told to ‘work off’.</li>"
                "<li>An offer from someone close – an acquaintance, a friend, a neighbour or a "
                "partner.</li>"
                "</ul>"
                "<h2>What you can do</h2>"
                "<p>If you were forced to commit a crime, you are a victim of exploitation too. "
                f"Call {_HOTLINE_EN} (free, 24/7) or {_ABROAD} from abroad. The call is "
                "confidential: someone will listen and help you understand what help is "
                "available. You decide what happens next.</p>"
                f"<p>If you are in danger, call {_EMERGENCY}. The police unit that investigates "
                f"trafficking works 24/7: {_POLICE}.</p>"
                + _CHECKED_EN
                + _en_sources(_IOM_LT_EN, _PZ, _ILO_EN, _MISSING, _URM)
            ),
        },
    },
    # ------------------------------------------------------------------ 3d
    {
        "key": "forced-begging",
        "parent": "forms",
        "menu_order": 40,
        "slug": {"lt": "priverstinis-elgetavimas", "en": "forced-begging"},
        "title": {"lt": "Priverstinis elgetavimas", "en": "Forced begging"},
        "summary": {
            "lt": "Kai žmogų verčia prašyti išmaldos, o surinktus pinigus atima kiti. Tai "
            "išnaudojimas, ne žmogaus pasirinkimas.",
            "en": "When someone is made to beg and the money is taken from them. It is "
            "exploitation, not a choice.",
        },
        "meta_description": {
            "lt": "Priverstinis elgetavimas: kaip atpažinti, kad elgetaujantį žmogų kažkas "
            "kontroliuoja, ir kaip saugiai pranešti.",
            "en": "Forced begging: how to tell that someone begging may be controlled by "
            "others, and how to report it safely.",
        },
        "body": {
            "lt": (
                "<p>Priverstinis elgetavimas – kai žmogų verčia prašyti išmaldos gatvėje ar "
                "kitose viešose vietose, o surinktus pinigus pasiima kiti. Išnaudotojai "
                "naudojasi žmogaus bejėgiškumu ir sunkia padėtimi: skurdu, skolomis, baime "
                "ar tuo, kad jis neturi kur dėtis.</p>"
                "<p>Iš šono toks žmogus gali atrodyti kaip bet kuris elgeta. Bet jis nesirenka "
                "nei vietos, nei laiko ir negali pasilikti pinigų.</p>"
                "<h2>Į ką atkreipti dėmesį</h2>"
                "<ul>"
                "<li>Žmogų į vietą atveža ir išsiveža kiti, kartais kelis kartu, grupe.</li>"
                "<li>Atrodo, kad jį kažkas stebi ar kontroliuoja.</li>"
                "<li>Jis neturi savo dokumentų ir negali pats tvarkyti pinigų.</li>"
                "<li>Jo gyvenamoji vieta vis keičiasi.</li>"
                "<li>Jis atrodo išsigandęs, labai pavargęs, alkanas ar sužeistas.</li>"
                "<li>Jis negali pats nuspręsti, kur, kiek ir kada „dirbti“.</li>"
                "</ul>"
                "<h2>Kodėl žmogus pats neprašo pagalbos</h2>"
                "<p>Jam gali būti grasinama, jis gali būti įtikintas, kad yra skolingas, "
                "atskirtas nuo kitų žmonių ar netekęs dokumentų. Tai TDO priverstinio darbo "
                "rodikliai – daugiau apie juos rasite puslapyje "
                '<a href="/lt/pavojaus-zenklai/">Pavojaus ženklai</a>.</p>'
                "<h2>Ką daryti, jei įtariate</h2>"
                "<ul>"
                "<li>Nesiaiškinkite su žmonėmis, kurie, jūsų manymu, kontroliuoja elgetaujantį "
                "žmogų. Tai gali būti pavojinga ir jums, ir jam.</li>"
                f"<li>Paskambinkite į pagalbos liniją {_HOTLINE_LT} (nemokamai, visą parą) ir "
                "papasakokite, ką matėte. Tai konfidencialu.</li>"
                f"<li>Jei žmogui gresia pavojus dabar, skambinkite {_EMERGENCY}.</li>"
                "</ul>"
                "<h2>Jei tai vyksta jums</h2>"
                f"<p>Skambinkite {_HOTLINE_LT} arba iš užsienio {_ABROAD}. Kalbama lietuviškai, "
                "angliškai ir rusiškai. Jūsų išklausys, o ką daryti toliau, nuspręsite jūs. "
                "Tai ne jūsų kaltė.</p>"
                + _CHECKED_LT
                + _lt_sources(_IOM_LT_LT, _KSPPC_LT, _ILO_LT, _MISSING)
            ),
            "en": (
                "<p>Forced begging is when someone is made to ask for money on the street or in "
                "other public places, and others take what they collect. Exploiters prey on "
                "a person's helplessness and hardship: poverty, debt, fear, or having nowhere "
                "else to go.</p>"
                "<p>From the outside the person may look like anyone else who begs. But they do "
                "not choose where or when, and they cannot keep the money.</p>"
                "<h2>What to look out for</h2>"
                "<ul>"
                "<li>Someone drops the person off and collects them, sometimes several people "
                "together, in a group.</li>"
                "<li>They seem to be watched or controlled by someone.</li>"
                "<li>They have no documents of their own and no control over money.</li>"
                "<li>Where they live keeps changing.</li>"
                "<li>They look frightened, exhausted, hungry or injured.</li>"
                "<li>They have no say over where, how long or when they ‘work’.</li>"
                "</ul>"
                "<h2>Why people don't ask for help</h2>"
                "<p>They may be threatened, told they owe a debt, cut off from other people or "
                "left without their documents. These are ILO indicators of forced labour – you "
                'can read more about them under <a href="/en/warning-signs/">Warning '
                "signs</a>.</p>"
                "<h2>If you are worried about someone</h2>"
                "<ul>"
                "<li>Do not confront the people you think are controlling them. It could put "
                "you and the person at risk.</li>"
                f"<li>Call the hotline on {_HOTLINE_EN} (free, 24/7) and describe what you saw. "
                "It is confidential.</li>"
                f"<li>If someone is in danger right now, call {_EMERGENCY}.</li>"
                "</ul>"
                "<h2>If this is happening to you</h2>"
                f"<p>Call {_HOTLINE_EN}, or {_ABROAD} from abroad. You can speak Lithuanian, "
                "English or Russian. Someone will listen, and you decide what happens next. "
                "It is not your fault.</p>"
                + _CHECKED_EN
                + _en_sources(_IOM_LT_EN, _KSPPC_EN, _ILO_EN, _MISSING)
            ),
        },
    },
    # ------------------------------------------------------------------ 3e
    {
        "key": "forced-marriage",
        "parent": "forms",
        "menu_order": 50,
        "slug": {"lt": "priverstine-santuoka", "en": "forced-marriage"},
        "title": {"lt": "Priverstinė santuoka", "en": "Forced marriage"},
        "summary": {
            "lt": "Santuoka, į kurią žmogus verčiamas be laisvo sutikimo. Pasaulyje "
            "priverstinėje santuokoje gyvena apie 22 milijonus žmonių.",
            "en": "A marriage someone is pushed into without their free consent. About "
            "22 million people worldwide live in a forced marriage.",
        },
        "meta_description": {
            "lt": "Priverstinė santuoka: kaip ji gali prasidėti, pavojaus ženklai ir kur "
            "kreiptis pagalbos Lietuvoje ar užsienyje.",
            "en": "Forced marriage: how it can begin, the warning signs and where to get help "
            "in Lithuania or abroad.",
        },
        "body": {
            "lt": (
                "<p>Priverstinė santuoka – kai žmogus tuokiasi ne savo noru: jį spaudžia, "
                "apgauna ar jam grasina šeima, partneris ar kiti žmonės. Tokioje santuokoje "
                "žmogų gali versti dirbti, lytiškai santykiauti, jį gali visiškai atskirti nuo "
                "kitų.</p>"
                "<p>Pagal 2021 m. pasaulinius šiuolaikinės vergovės vertinimus priverstinėje "
                "santuokoje gyvena apie 22 milijonus žmonių – beveik pusė iš maždaug "
                "50 milijonų, gyvenančių šiuolaikinės vergovės sąlygomis.</p>"
                "<h2>Kaip tai gali prasidėti</h2>"
                "<p>Išnaudotojai dažnai naudojasi draugyste ar meile. Greita pažintis, "
                "pasiūlymas tuoktis ir išvažiuoti į kitą šalį, dovanos ir dideli pažadai gali "
                "būti spąstai. Verbuotojas dažnai būna artimas žmogus – pažįstamas, draugas ar "
                "vaikinas.</p>"
                "<h2>Pavojaus ženklai</h2>"
                "<ul>"
                "<li>Jus verčia tuoktis, grasindami jums ar jūsų artimiesiems.</li>"
                "<li>Kažkas kitas laiko jūsų pasą ar asmens tapatybės kortelę.</li>"
                "<li>Negalite laisvai išeiti iš namų, susitikti su draugais ar paskambinti "
                "artimiesiems.</li>"
                "<li>Neturite savo pinigų ir negalite spręsti, kaip gyventi ar kur dirbti.</li>"
                "<li>Jus muša, žemina ar verčia lytiškai santykiauti.</li>"
                "</ul>"
                "<p>Tai sutampa su TDO priverstinio darbo rodikliais: izoliacija, grasinimai, "
                "smurtas, atimti dokumentai. Kartais net vienas ženklas reiškia išnaudojimą.</p>"
                "<h2>Ką daryti</h2>"
                "<p>Pasikalbėkite su žmogumi, kuriuo pasitikite, ir skambinkite "
                f"{_HOTLINE_LT} (nemokamai, visą parą) arba iš užsienio {_ABROAD}. Pokalbis "
                "konfidencialus, o sprendimus priimate jūs.</p>"
                "<p>Lietuvos piliečiai užsienyje gali skambinti ir Užsienio "
                f"reikalų ministerijos konsulinės pagalbos telefonu {_MFA}. Jei gresia pavojus, "
                f"skambinkite {_EMERGENCY}.</p>"
                "<p>Įsiminkite bent du jums artimų žmonių telefono numerius – jų prireiks, "
                "jei jūsų telefoną atimtų.</p>"
                + _CHECKED_LT
                + _lt_sources(_GE_LT, _ILO_LT, _IOM_VILNIUS_LT, _PZ, _MISSING, _URM)
            ),
            "en": (
                "<p>A forced marriage is one a person enters against their will: they are "
                "pressured, deceived or threatened by family, a partner or others. Inside such "
                "a marriage a person may be made to work or have sex, or be cut off from "
                "everyone else.</p>"
                "<p>According to the 2021 Global Estimates of Modern Slavery, about 22 million "
                "people live in a forced marriage – nearly half of the roughly 50 million people "
                "in modern slavery.</p>"
                "<h2>How it can begin</h2>"
                "<p>Exploiters often use friendship or romance. A fast relationship, a sudden "
                "proposal to marry and move abroad, gifts and big promises can all be a trap. "
                "The recruiter is often someone close – an acquaintance, a friend or a "
                "boyfriend.</p>"
                "<h2>Warning signs</h2>"
                "<ul>"
                "<li>You are pushed to marry through threats against you or your family.</li>"
                "<li>Someone else keeps your passport or ID card.</li>"
                "<li>You cannot leave the house, see friends or phone your family freely.</li>"
                "<li>You have no money of your own and no say over how you live or work.</li>"
                "<li>You are hit, humiliated or forced to have sex.</li>"
                "</ul>"
                "<p>These match the ILO's indicators of forced labour: isolation, threats, "
                "violence, documents taken away. In some cases a single sign means "
                "exploitation.</p>"
                "<h2>What you can do</h2>"
                "<p>Talk to someone you trust, and call "
                f"{_HOTLINE_EN} (free, 24/7) or {_ABROAD} from abroad. The call is "
                "confidential, and the decisions are yours.</p>"
                "<p>If you are a Lithuanian citizen abroad, you can call the Ministry of "
                f"Foreign Affairs consular line on {_MFA}. If you are in danger, call "
                f"{_EMERGENCY}.</p>"
                "<p>Learn at least two phone numbers of people you trust by heart, in case your "
                "phone is taken.</p>"
                + _CHECKED_EN
                + _en_sources(_GE_EN, _ILO_EN, _IOM_VILNIUS_EN, _PZ, _MISSING, _URM)
            ),
        },
    },
    # ------------------------------------------------------------------ 3f
    {
        "key": "online-exploitation",
        "parent": "forms",
        "menu_order": 60,
        "slug": {"lt": "isnaudojimas-internete", "en": "online-exploitation"},
        "title": {"lt": "Išnaudojimas internete", "en": "Online exploitation"},
        "summary": {
            "lt": "Išnaudotojai ieško aukų ir internete – socialiniuose tinkluose, žaidimų "
            "forumuose, pokalbiuose. Kaip atpažinti pavojų ir kur kreiptis.",
            "en": "Exploiters look for victims online too – on social media, gaming forums "
            "and in chats. How to spot the danger and where to turn.",
        },
        "meta_description": {
            "lt": "Išnaudojimas internete: kaip nusikaltėliai ieško vaikų ir jaunimo, "
            "pavojaus ženklai, patarimai tėvams ir kur kreiptis.",
            "en": "Online exploitation: how offenders target children and young people, "
            "warning signs, advice for parents and where to get help.",
        },
        "body": {
            "lt": (
                "<p>Išnaudojimas vis dažniau prasideda internete. Europolo duomenimis, "
                "COVID-19 pandemija smarkiai paskatino elektroninių nusikaltimų augimą, o kartu "
                "išaugo ir vaikų seksualinio išnaudojimo internete rizika.</p>"
                "<p>Vaikai ir jaunuoliai tampa taikiniu ir gyvai, ir internete – socialiniuose "
                "tinkluose, žaidimų forumuose ir kitose platformose. Nusikaltėliai naudojasi "
                "populiariąja kultūra – muzika, vaizdo įrašais, mada – kad įtrauktų pažeidžiamus "
                "jaunus žmones.</p>"
                "<p>TMO Baltarusijoje duomenimis, vaikai kasmet sudaro nuo 17 iki 26 proc. visų "
                "aukų, kurioms ji padeda. Dažniausiai jie išnaudojami seksualiai, taip pat ir "
                "gaminant pornografinę medžiagą.</p>"
                "<h2>Pavojaus ženklai</h2>"
                "<ul>"
                "<li>Naujas „draugas“ labai greitai tampa artimas, daug giria ir dovanoja.</li>"
                "<li>Prašo pokalbius laikyti paslaptyje.</li>"
                "<li>Prašo intymių nuotraukų ar vaizdo įrašų.</li>"
                "<li>Siūlo darbą ar kelionę su neįtikėtinai dideliu atlyginimu.</li>"
                "<li>Gavęs nuotrauką, ima grasinti ją paskelbti.</li>"
                "</ul>"
                "<h2>Kaip apsisaugoti</h2>"
                "<ul>"
                "<li>Nesidalykite intymiomis nuotraukomis.</li>"
                "<li>Apie pinigų, sveikatos ar šeimos rūpesčius kalbėkite tik su specialistais, "
                "ne su nepažįstamaisiais internete.</li>"
                "<li>Darbdavį patikrinkite internete arba atsakingose institucijose.</li>"
                "<li>Jei kažkas grasina, nelikite su tuo vieni: pasikalbėkite su žmogumi, "
                f"kuriuo pasitikite, ir skambinkite {_HOTLINE_LT} (nemokamai, visą parą).</li>"
                "</ul>"
                "<h2>Tėvams ir mokytojams</h2>"
                "<p>Kalbėkitės su vaikais ramiai ir nekaltindami. Vaikas, kuris nebijo būti "
                "nubaustas, greičiau papasakos, kas vyksta. Jei vaikui gresia pavojus, "
                f"skambinkite {_EMERGENCY}.</p>"
                "<p>Kaip naršyti saugiau ir nepalikti pėdsakų, rasite puslapyje "
                '<a href="/lt/saugumas-internete/">Saugumas internete</a>.</p>'
                + _CHECKED_LT
                + _lt_sources(_IOM_BY_LT + " (cituojamas Europolas)", _KSPPC_LT, _PZ, _MISSING)
            ),
            "en": (
                "<p>More and more exploitation starts online. According to Europol, the "
                "COVID-19 pandemic drove a sharp rise in cybercrime, and with it a greater risk "
                "of children being sexually exploited online.</p>"
                "<p>Children and young people are targeted in person and online – through "
                "social media, gaming forums and other platforms. Offenders use popular "
                "culture – music, videos, fashion – to draw vulnerable young people in.</p>"
                "<p>IOM Belarus reports that children make up 17% to 26% of the victims it helps "
                "each year. Most often they are sexually exploited, including in the making of "
                "pornographic material.</p>"
                "<h2>Warning signs</h2>"
                "<ul>"
                "<li>A new online ‘friend’ gets close very quickly, with lots of praise and "
                "gifts.</li>"
                "<li>They ask you to keep your chats secret.</li>"
                "<li>They ask for intimate photos or videos.</li>"
                "<li>They offer a job or a trip with unbelievably high pay.</li>"
                "<li>Once they have a photo, they threaten to share it.</li>"
                "</ul>"
                "<h2>Staying safe</h2>"
                "<ul>"
                "<li>Do not share intimate photos.</li>"
                "<li>Talk about money, health or family problems only with professionals, not "
                "with strangers online.</li>"
                "<li>Check any employer online or with the authorities.</li>"
                "<li>If someone threatens you, don't face it alone: talk to someone you trust "
                f"and call {_HOTLINE_EN} (free, 24/7).</li>"
                "</ul>"
                "<h2>For parents and teachers</h2>"
                "<p>Talk with children calmly and without blame. A child who is not afraid of "
                "being punished is more likely to tell you what is going on. If a child is in "
                f"danger, call {_EMERGENCY}.</p>"
                "<p>For ways to browse more safely and leave fewer traces, see "
                '<a href="/en/staying-safe-online/">Staying safe online</a>.</p>'
                + _CHECKED_EN
                + _en_sources(_IOM_BY_EN + " (citing Europol)", _KSPPC_EN, _PZ, _MISSING)
            ),
        },
    },
    # ------------------------------------------------------------------ 4
    {
        "key": "warning-signs",
        "parent": None,
        "menu_order": 30,
        "slug": {"lt": "pavojaus-zenklai", "en": "warning-signs"},
        "title": {"lt": "Pavojaus ženklai", "en": "Warning signs"},
        "summary": {
            "lt": "Vienuolika TDO priverstinio darbo rodiklių paprastais žodžiais, įtartini "
            "darbo pasiūlymai ir ženklai, kad pagalbos gali reikėti kitam žmogui.",
            "en": "The ILO's eleven indicators of forced labour in plain words, suspicious job "
            "offers, and signs that someone else may need help.",
        },
        "meta_description": {
            "lt": "Kaip atpažinti prekybą žmonėmis: 11 TDO priverstinio darbo rodiklių, "
            "įtartini darbo pasiūlymai ir ženklai kitam žmogui.",
            "en": "How to recognise trafficking: the ILO's 11 indicators of forced labour, "
            "suspicious job offers and signs in another person.",
        },
        "body": {
            "lt": (
                "<p>Prekybą žmonėmis ne visada lengva atpažinti. Šie ženklai padės suprasti, "
                "ar jums arba kitam žmogui gali grėsti pavojus.</p>"
                "<h2>Vienuolika TDO priverstinio darbo rodiklių</h2>"
                "<ol>"
                "<li><strong>Pasinaudojama sunkia padėtimi</strong> – skolomis, skurdu, baime, "
                "tuo, kad neturite kur dėtis.</li>"
                "<li><strong>Apgaulė</strong> – jums melavo apie darbą, atlyginimą ar sąlygas.</li>"
                "<li><strong>Ribojamas judėjimas</strong> – negalite laisvai išeiti ar "
                "išvykti.</li>"
                "<li><strong>Izoliacija</strong> – esate atskirti nuo kitų, jums neleidžiama "
                "bendrauti su artimaisiais.</li>"
                "<li><strong>Fizinis ir seksualinis smurtas.</strong></li>"
                "<li><strong>Bauginimai ir grasinimai</strong> – jums ar jūsų šeimai.</li>"
                "<li><strong>Atimti asmens dokumentai</strong> – pasas ar asmens tapatybės "
                "kortelė yra pas kitą žmogų.</li>"
                "<li><strong>Nemokamas atlyginimas</strong> arba jis vis atidedamas.</li>"
                "<li><strong>Skolų vergovė</strong> – „skola“, kurios neįmanoma atidirbti.</li>"
                "<li><strong>Žeminančios darbo ir gyvenimo sąlygos.</strong></li>"
                "<li><strong>Per ilgos darbo valandos</strong> – be poilsio, be laisvų "
                "dienų.</li>"
                "</ol>"
                "<p>Kartais net vienas rodiklis gali reikšti priverstinį darbą.</p>"
                "<h2>Įtartini darbo pasiūlymai</h2>"
                "<p>Lietuvoje pastebėti verbavimo būdai:</p>"
                "<ul>"
                "<li>žadamas atlyginimas, gerokai didesnis nei rinkoje, pavyzdžiui, "
                "1 000–2 000 eurų per savaitę;</li>"
                "<li>tikros ar išgalvotos skolos, kurias „reikia atidirbti“;</li>"
                "<li>draugystė ar meilė, po kurios netrukus pasiūlomas darbas ar kelionė;</li>"
                "<li>pasiūlymas ateina iš artimo žmogaus – pažįstamo, draugo, kaimyno, "
                "vaikino;</li>"
                "<li>darbdavys prašo atiduoti asmens dokumentą ar telefoną arba siūlo sutartį "
                "kalba, kurios nesuprantate.</li>"
                "</ul>"
                "<h2>Ženklai, kad pagalbos reikia kitam žmogui</h2>"
                "<ul>"
                "<li>Jis pats nedisponuoja savo pasu ar pinigais.</li>"
                "<li>Jo adresai nuolat keičiasi.</li>"
                "<li>Jis vežiojamas grupėmis, kažkam kontroliuojant.</li>"
                "<li>Jo dokumentai suklastoti arba jų nėra.</li>"
                "<li>Jis negali pats spręsti dėl savo darbo.</li>"
                "</ul>"
                "<h2>Ką daryti</h2>"
                f"<p>Jei atpažinote bent vieną ženklą, skambinkite {_HOTLINE_LT} (nemokamai, "
                f"visą parą) arba iš užsienio {_ABROAD}. Jei gresia pavojus – {_EMERGENCY}. "
                'Daugiau – puslapyje <a href="/lt/kaip-gauti-pagalba/">Kaip gauti '
                "pagalbą</a>.</p>"
                + _CHECKED_LT
                + _lt_sources(_ILO_LT, _IOM_VILNIUS_LT, _KSPPC_LT, _PZ, _MISSING)
            ),
            "en": (
                "<p>Trafficking is not always easy to recognise. These signs can help you tell "
                "whether you or someone else may be at risk.</p>"
                "<h2>The ILO's eleven indicators of forced labour</h2>"
                "<ol>"
                "<li><strong>Abuse of vulnerability</strong> – someone uses your debts, "
                "poverty, fear or having nowhere to go.</li>"
                "<li><strong>Deception</strong> – you were lied to about the job, pay or "
                "conditions.</li>"
                "<li><strong>Restriction of movement</strong> – you cannot come and go or "
                "leave freely.</li>"
                "<li><strong>Isolation</strong> – you are kept apart from others and not allowed "
                "to contact your family.</li>"
                "<li><strong>Physical and sexual violence.</strong></li>"
                "<li><strong>Intimidation and threats</strong> – against you or your "
                "family.</li>"
                "<li><strong>Retention of identity documents</strong> – someone else holds your "
                "passport or ID card.</li>"
                "<li><strong>Withholding of wages</strong> – you are not paid, or pay is always "
                "put off.</li>"
                "<li><strong>Debt bondage</strong> – a ‘debt’ you can never work off.</li>"
                "<li><strong>Abusive working and living conditions.</strong></li>"
                "<li><strong>Excessive overtime</strong> – no rest, no days off.</li>"
                "</ol>"
                "<p>In some cases a single indicator can mean forced labour.</p>"
                "<h2>Job offers that should ring alarm bells</h2>"
                "<p>Recruitment tactics seen in Lithuania:</p>"
                "<ul>"
                "<li>pay far above the going rate – say 1,000 to 2,000 euros a week;</li>"
                "<li>real or invented debts that you ‘have to work off’;</li>"
                "<li>friendship or romance, soon followed by a job or a trip;</li>"
                "<li>the offer comes from someone close – an acquaintance, a friend, a "
                "neighbour, a boyfriend;</li>"
                "<li>the employer asks for your ID or phone, or offers a contract in a language "
                "you do not understand.</li>"
                "</ul>"
                "<h2>Signs that someone else needs help</h2>"
                "<ul>"
                "<li>They have no control over their own passport or money.</li>"
                "<li>Their address keeps changing.</li>"
                "<li>They are moved around in groups under someone's control.</li>"
                "<li>Their documents are forged or missing.</li>"
                "<li>They have no say over their own work.</li>"
                "</ul>"
                "<h2>What to do</h2>"
                f"<p>If you recognise even one sign, call {_HOTLINE_EN} (free, 24/7) or "
                f"{_ABROAD} from abroad. If someone is in danger, call {_EMERGENCY}. See also "
                '<a href="/en/how-to-get-help/">How to get help</a>.</p>'
                + _CHECKED_EN
                + _en_sources(_ILO_EN, _IOM_VILNIUS_EN, _KSPPC_EN, _PZ, _MISSING)
            ),
        },
    },
    # ------------------------------------------------------------------ 5
    {
        "key": "working-abroad",
        "parent": None,
        "menu_order": 40,
        "slug": {"lt": "saugus-darbas-uzsienyje", "en": "working-abroad-safely"},
        "title": {"lt": "Saugus darbas užsienyje", "en": "Working abroad safely"},
        "summary": {
            "lt": "Ką patikrinti prieš išvykstant dirbti į užsienį ir ką daryti, jei kažkas "
            "negerai. Trumpas sąrašas ir svarbiausi telefonai.",
            "en": "What to check before you go to work abroad, and what to do if something "
            "goes wrong. A short checklist and the key phone numbers.",
        },
        "meta_description": {
            "lt": "Ruošiatės dirbti užsienyje? Patikrinkite darbdavį, sutartį ir dokumentus, "
            "įsiminkite svarbius numerius. Praktinis sąrašas.",
            "en": "Going to work abroad? Check the employer, the contract and your documents, "
            "and learn the key numbers. A practical checklist.",
        },
        "body": {
            "lt": (
                "<p>Darbas užsienyje gali būti gera galimybė. Kad jis netaptų spąstais, prieš "
                "išvykdami skirkite kelias minutes šiam sąrašui.</p>"
                "<h2>Prieš išvykdami</h2>"
                "<ol>"
                "<li><strong>Patikrinkite darbdavį</strong> internete arba atsakingose "
                "institucijose. Jei abejojate, paskambinkite į pagalbos liniją "
                f"{_HOTLINE_LT}.</li>"
                "<li><strong>Pasirašykite sutartį kalba, kurią suprantate.</strong> Nesuprantate "
                "– nepasirašykite.</li>"
                "<li><strong>Būkite atsargūs, jei žadama daug daugiau nei įprasta</strong>, "
                "pavyzdžiui, 1 000–2 000 eurų per savaitę.</li>"
                "<li><strong>Pasidarykite dokumentų kopijas</strong> ir laikykite jas atskirai "
                "nuo originalų. Kopiją palikite ir žmogui, kuriuo pasitikite.</li>"
                "<li><strong>Įsiminkite bent du telefono numerius</strong> žmonių, kuriais "
                "pasitikite. Jų prireiks, jei telefoną atimtų.</li>"
                "<li><strong>Papasakokite artimiesiems</strong>, kur ir pas ką važiuojate.</li>"
                "</ol>"
                "<h2>Būdami užsienyje</h2>"
                "<ul>"
                "<li><strong>Niekam neatiduokite asmens dokumento ar telefono.</strong> "
                "Darbdavys neturi teisės jų laikyti.</li>"
                "<li>Asmens dokumentą nešiokitės su savimi, o jo kopiją laikykite atskirai.</li>"
                "<li>Apie pinigų, sveikatos ar šeimos problemas kalbėkite tik su "
                "specialistais.</li>"
                "<li>Būkite atsargūs su nepažįstamųjų siūlomais gėrimais ar maistu.</li>"
                "<li>Nesidalykite intymiomis nuotraukomis.</li>"
                "</ul>"
                "<h2>Jei kažkas negerai</h2>"
                "<ul>"
                f"<li>Pagalbos linija iš užsienio: {_ABROAD} (visą parą; lietuvių, anglų ir rusų "
                f"kalbomis). Lietuvoje – {_HOTLINE_LT}, nemokamai.</li>"
                f"<li>Užsienio reikalų ministerijos konsulinė pagalba Lietuvos piliečiams "
                f"užsienyje: {_MFA}.</li>"
                f"<li>Policijos padalinys, tiriantis prekybą žmonėmis (visą parą): {_POLICE}.</li>"
                "<li>Jei gresia pavojus, skambinkite vietiniu pagalbos numeriu; Lietuvoje ir "
                f"kitose ES šalyse – {_EMERGENCY}.</li>"
                "</ul>"
                "<p>Daugiau apie įtartinus pasiūlymus rasite puslapyje "
                '<a href="/lt/pavojaus-zenklai/">Pavojaus ženklai</a>.</p>'
                + _CHECKED_LT
                + _lt_sources(
                    _PZ + " (savęs patikrinimo testo patarimai)", _IOM_VILNIUS_LT, _URM, _MISSING
                )
            ),
            "en": (
                "<p>Working abroad can be a real opportunity. To make sure it does not become a "
                "trap, take a few minutes over this list before you go.</p>"
                "<h2>Before you go</h2>"
                "<ol>"
                "<li><strong>Check the employer</strong> online or with the authorities. If in "
                f"doubt, call the hotline on {_HOTLINE_EN}.</li>"
                "<li><strong>Sign a contract in a language you understand.</strong> If you don't "
                "understand it, don't sign it.</li>"
                "<li><strong>Be wary of pay far above the usual rate</strong> – say 1,000 to "
                "2,000 euros a week.</li>"
                "<li><strong>Copy your documents</strong> and keep the copies apart from the "
                "originals. Leave a copy with someone you trust as well.</li>"
                "<li><strong>Learn by heart at least two phone numbers</strong> of people you "
                "trust. If your phone is taken, you will still be able to reach them.</li>"
                "<li><strong>Tell your family</strong> where you are going and who you will be "
                "working for.</li>"
                "</ol>"
                "<h2>While you are there</h2>"
                "<ul>"
                "<li><strong>Never hand over your ID or your phone.</strong> An employer must "
                "not keep them.</li>"
                "<li>Carry your ID with you, and keep a copy somewhere separate.</li>"
                "<li>Discuss money, health or family problems only with professionals.</li>"
                "<li>Be careful with drinks or food from strangers.</li>"
                "<li>Do not share intimate photos.</li>"
                "</ul>"
                "<h2>If something goes wrong</h2>"
                "<ul>"
                f"<li>Hotline from abroad: {_ABROAD} (24/7, in Lithuanian, English and "
                f"Russian). In Lithuania, {_HOTLINE_EN}, free of charge.</li>"
                "<li>Ministry of Foreign Affairs consular help for Lithuanians abroad: "
                f"{_MFA}.</li>"
                f"<li>Police trafficking unit (24/7): {_POLICE}.</li>"
                "<li>If you are in danger, call the local emergency number; in Lithuania and "
                f"elsewhere in the EU it is {_EMERGENCY}.</li>"
                "</ul>"
                "<p>For more on suspicious offers, see "
                '<a href="/en/warning-signs/">Warning signs</a>.</p>'
                + _CHECKED_EN
                + _en_sources(_PZ + " (advice from the self-test)", _IOM_VILNIUS_EN, _URM, _MISSING)
            ),
        },
    },
    # ------------------------------------------------------------------ 6
    {
        "key": "get-help",
        "parent": None,
        "menu_order": 50,
        "slug": {"lt": "kaip-gauti-pagalba", "en": "how-to-get-help"},
        "title": {"lt": "Kaip gauti pagalbą", "en": "How to get help"},
        "summary": {
            "lt": "Kam skambinti ir kas vyksta paskambinus. Pagalba nemokama ir "
            "konfidenciali, o sprendimus priimate jūs.",
            "en": "Who to call and what happens when you do. Help is free and confidential, "
            "and you make the decisions.",
        },
        "meta_description": {
            "lt": "Pagalbos linija 8 800 91119 visą parą, 112 pavojuje, policija ir _URM. Kas "
            "vyksta paskambinus ir kokios organizacijos padeda.",
            "en": "Hotline 8 800 91119 (24/7), 112 in danger, police and the MFA. What happens "
            "when you call and which organisations can help.",
        },
        "body": {
            "lt": (
                "<p>Nesvarbu, ar tai vyksta jums, ar nerimaujate dėl kito žmogaus – pagalbos "
                "galite kreiptis bet kada.</p>"
                "<h2>Kam skambinti</h2>"
                "<ul>"
                f"<li><strong>Gresia pavojus dabar:</strong> {_EMERGENCY}.</li>"
                f"<li><strong>Pagalbos linija nukentėjusiems nuo prekybos žmonėmis:</strong> "
                f"{_HOTLINE_LT} – nemokamai Lietuvoje, visą parą. Iš užsienio – {_ABROAD}. "
                "Kalbama lietuviškai, angliškai ir rusiškai.</li>"
                "<li><strong>Policija:</strong> Lietuvos kriminalinės policijos biuro padalinys, "
                f"tiriantis prekybą žmonėmis, {_POLICE}, visą parą.</li>"
                "<li><strong>Lietuvos piliečiams užsienyje:</strong> Užsienio reikalų "
                f"ministerijos konsulinė pagalba, {_MFA}.</li>"
                "</ul>"
                "<h2>Kas vyksta paskambinus į pagalbos liniją</h2>"
                "<ul>"
                "<li><strong>Tai nemokama.</strong> Skambutis Lietuvoje jums nieko "
                "nekainuoja.</li>"
                "<li><strong>Konfidencialumas garantuojamas.</strong> Galite kalbėti atvirai.</li>"
                "<li><strong>Jus išklausys.</strong> Galite užduoti klausimų, pasitarti, "
                "papasakoti tiek, kiek norite.</li>"
                "<li><strong>Jūs sprendžiate.</strong> Konsultantas paaiškins, kokia pagalba "
                "galima, o ar ja pasinaudoti, nuspręsite jūs. Jei norėsite, jus nukreips į "
                "organizaciją, kuri padės toliau.</li>"
                "</ul>"
                "<p>Skambinti gali ne tik nukentėjęs žmogus, bet ir šeimos narys, draugas ar "
                "specialistas.</p>"
                "<h2>Organizacijos, kurios padeda</h2>"
                "<p>Pagalbos liniją įsteigė Nacionalinė asociacija prieš prekybą žmonėmis "
                "(NAPPŽ), įkurta 2019 m., o ją administruoja Dingusių žmonių šeimų paramos centras. "
                "NAPPŽ vienija šias organizacijas:</p>"
                "<ul>"
                "<li>Alytaus moterų krizių centras;</li>"
                "<li>Dingusių žmonių šeimų paramos centras;</li>"
                "<li>Klaipėdos socialinės ir psichologinės pagalbos centras;</li>"
                "<li>Kovos su prekyba žmonėmis ir išnaudojimu centras (KOPŽI, Lietuvos "
                "„Caritas“);</li>"
                "<li>Vyrų krizių centras.</li>"
                "</ul>"
                "<p>Pavyzdžiui, Klaipėdos socialinės ir psichologinės pagalbos centras nuo "
                "2003 m. teikia nukentėjusiems socialinę, teisinę ir psichologinę pagalbą.</p>"
                "<p>Ruošiatės skambinti iš bendro ar stebimo telefono? Perskaitykite puslapį "
                '<a href="/lt/saugumas-internete/">Saugumas internete</a>.</p>'
                + _CHECKED_LT
                + _lt_sources(_MISSING, _URM, "vilnius.lt", _KSPPC_LT)
            ),
            "en": (
                "<p>Whether it is happening to you or you are worried about someone else, you "
                "can ask for help at any time.</p>"
                "<h2>Who to call</h2>"
                "<ul>"
                f"<li><strong>In danger right now:</strong> {_EMERGENCY}.</li>"
                f"<li><strong>National human trafficking hotline:</strong> {_HOTLINE_EN} – free "
                f"within Lithuania, 24/7. From abroad, {_ABROAD}. You can speak Lithuanian, "
                "English or Russian.</li>"
                "<li><strong>Police:</strong> the trafficking unit of the Lithuanian Criminal "
                f"Police Bureau, {_POLICE}, 24/7.</li>"
                "<li><strong>Lithuanian citizens abroad:</strong> Ministry of Foreign Affairs "
                f"consular help, {_MFA}.</li>"
                "</ul>"
                "<h2>What happens when you call the hotline</h2>"
                "<ul>"
                "<li><strong>It is free.</strong> Calling within Lithuania costs you "
                "nothing.</li>"
                "<li><strong>Confidentiality is guaranteed.</strong> You can speak openly.</li>"
                "<li><strong>Someone will listen.</strong> You can ask questions, talk things "
                "through and share as much or as little as you want.</li>"
                "<li><strong>You decide.</strong> The adviser will explain what help is "
                "available; whether you take it up is your choice. If you wish, they can put "
                "you in touch with an organisation that can help further.</li>"
                "</ul>"
                "<p>You don't have to be the person affected to call: family, friends and "
                "professionals can call too.</p>"
                "<h2>Organisations that help</h2>"
                "<p>The hotline was set up by the National Association against Trafficking in "
                "Human Beings (NAPPŽ), founded in 2019, and is run by the Missing Persons' "
                "Families Support Centre. NAPPŽ brings together:</p>"
                "<ul>"
                "<li>Alytus Women's Crisis Centre;</li>"
                "<li>Missing Persons' Families Support Centre;</li>"
                "<li>Klaipėda Social and Psychological Services Center;</li>"
                "<li>KOPŽI – Centre against Human Trafficking and Exploitation (Lithuanian "
                "Caritas);</li>"
                "<li>Men's Crisis Centre.</li>"
                "</ul>"
                "<p>The Klaipėda Social and Psychological Services Center, for example, has "
                "offered social, legal and psychological help to survivors since 2003.</p>"
                "<p>Calling from a shared or watched phone? Read "
                '<a href="/en/staying-safe-online/">Staying safe online</a> first.</p>'
                + _CHECKED_EN
                + _en_sources(_MISSING, _URM, "vilnius.lt", _KSPPC_EN)
            ),
        },
    },
    # ------------------------------------------------------------------ 7
    {
        "key": "for-professionals",
        "parent": None,
        "menu_order": 60,
        "slug": {"lt": "specialistams", "en": "for-professionals"},
        "title": {"lt": "Specialistams", "en": "For professionals"},
        "summary": {
            "lt": "Mokytojams, socialiniams darbuotojams, policijos pareigūnams ir medikams: "
            "kaip atpažinti galimą auką, kur nukreipti ir kaip padėti.",
            "en": "For teachers, social workers, police officers and health workers: how to "
            "identify a possible victim, where to refer and how to help.",
        },
        "meta_description": {
            "lt": "Prekybos žmonėmis atpažinimas specialistams: rodikliai, atrankos "
            "klausimynai, nukreipimas į pagalbos liniją ir pagalba aukai.",
            "en": "Identifying trafficking for professionals: indicators, screening tools, "
            "referral to the hotline and a survivor-oriented approach.",
        },
        "body": {
            "lt": (
                "<p>Mokytojai, socialiniai darbuotojai, policijos pareigūnai ir medikai dažnai "
                "pirmieji pastebi, kad kažkas negerai. Šis puslapis padės atpažinti galimą "
                "auką ir žinoti, ką daryti toliau.</p>"
                "<h2>Atpažinimo rodikliai</h2>"
                "<p>Remkitės vienuolika TDO priverstinio darbo rodiklių (jie išvardyti puslapyje "
                '<a href="/lt/pavojaus-zenklai/">Pavojaus ženklai</a>). Kartais net vieno '
                "rodiklio pakanka. Atkreipkite dėmesį, jei žmogus:</p>"
                "<ul>"
                "<li>pats nedisponuoja savo pasu ar pinigais;</li>"
                "<li>dažnai keičia gyvenamąją vietą;</li>"
                "<li>vežiojamas grupėmis, kažkam kontroliuojant;</li>"
                "<li>neturi dokumentų arba jie suklastoti;</li>"
                "<li>negali pats spręsti dėl savo darbo.</li>"
                "</ul>"
                "<h2>Atrankos klausimynai: „bent vienas taip“</h2>"
                "<p>Patikrinti atrankos įrankiai – „Vera Institute“ TVIT (ir jo trumpoji "
                "16 klausimų versija) bei keturių klausimų QYIT – vertina ne taškų sumą, o "
                "principu „bent vienas taip“: vieno teigiamo atsakymo į esminį klausimą "
                "pakanka, kad žmogų nukreiptumėte pagalbai. Šioje svetainėje esantis testas yra "
                "informacinė priemonė, ne diagnozė.</p>"
                "<h2>Nukreipimas</h2>"
                f"<p>Kilus įtarimui, skambinkite į pagalbos liniją {_HOTLINE_LT} (nemokamai, "
                f"visą parą; iš užsienio {_ABROAD}). Konsultuotis gali ir specialistai. Jei "
                f"gresia pavojus – {_EMERGENCY}. Policijos padalinys, tiriantis prekybą "
                f"žmonėmis: {_POLICE}.</p>"
                "<h2>Į nukentėjusįjį orientuota pagalba</h2>"
                "<p>Klaipėdos socialinės ir psichologinės pagalbos centras, taikantis visapusišką "
                "požiūrį, išskiria tris sėkmingos pagalbos raktus:</p>"
                "<ul>"
                "<li>nukentėjęs žmogus turi atgauti savo gyvenimo kontrolę ir pats priimti "
                "sprendimus;</li>"
                "<li>reikia konsultavimo ir psichikos sveikatos pagalbos, o prireikus – "
                "prieglobsčio, maisto ir drabužių;</li>"
                "<li>profesinis mokymas padeda išlaikyti save ir šeimą.</li>"
                "</ul>"
                "<p>Centras taip pat pabrėžia NVO, valdžios institucijų ir teisėsaugos "
                "bendradarbiavimą. TMO Lietuvoje rengia mokymus institucijoms, kaip atpažinti "
                "aukas ir joms padėti.</p>"
                "<h2>Tyrimas „They Have a Name“</h2>"
                "<p>Projekto „They Have a Name“ tyrime apžvelgiama prekybos žmonėmis padėtis "
                "Baltijos šalyse, dažniausios formos, prevencijos strategijos ir geroji praktika. "
                "Projektą vykdo prieglauda „Safe House“ (Latvija), „Active Youth“ (Lietuva) ir "
                "„Mittetulundusühing Eluliin“ (Estija), remia Baltijos jūros valstybių taryba. "
                "Tyrimas skirtas socialiniams darbuotojams, mokytojams, jaunimui ir vidaus "
                "reikalų pareigūnams.</p>"
                + _CHECKED_LT
                + _lt_sources(_ILO_LT, _KSPPC_LT, _THAN_LT, _IOM_LT_LT, _MISSING, _URM)
            ),
            "en": (
                "<p>Teachers, social workers, police officers and health workers are often the "
                "first to notice that something is wrong. This page will help you recognise a "
                "possible victim and know what to do next.</p>"
                "<h2>Identification indicators</h2>"
                "<p>Use the ILO's eleven indicators of forced labour (listed under "
                '<a href="/en/warning-signs/">Warning signs</a>). In some cases a single '
                "indicator is enough. Take note if the person:</p>"
                "<ul>"
                "<li>has no control over their own passport or money;</li>"
                "<li>keeps changing address;</li>"
                "<li>is moved around in groups under someone's control;</li>"
                "<li>has forged documents or none at all;</li>"
                "<li>has no say over their own work.</li>"
                "</ul>"
                "<h2>Screening tools: ‘any yes’</h2>"
                "<p>Validated screening tools – the Vera Institute's TVIT (and its 16-question "
                "short form) and the four-question QYIT – do not add up weighted scores. They "
                "work on an ‘any yes’ basis: a single yes to a key question is enough to refer "
                "the person for help. The self-test on this site is an awareness tool, not a "
                "diagnosis.</p>"
                "<h2>Referral</h2>"
                f"<p>If you have concerns, call the hotline on {_HOTLINE_EN} (free, 24/7; "
                f"{_ABROAD} from abroad). Professionals can call for advice too. If someone is "
                f"in danger, call {_EMERGENCY}. Police trafficking unit: {_POLICE}.</p>"
                "<h2>A survivor-oriented approach</h2>"
                "<p>The Klaipėda Social and Psychological Services Center takes a holistic, "
                "survivor-oriented approach and names three keys to helping survivors well:</p>"
                "<ul>"
                "<li>survivors must be empowered to take back control of their lives and make "
                "their own decisions;</li>"
                "<li>they need counselling and mental health support and, where needed, "
                "shelter, food and clothing;</li>"
                "<li>vocational training helps them provide for themselves and their "
                "families.</li>"
                "</ul>"
                "<p>The centre also calls for NGOs, government and law enforcement to work "
                "together. IOM Lithuania trains institutions to identify and assist "
                "victims.</p>"
                "<h2>The ‘They Have a Name’ study</h2>"
                "<p>A study from the ‘They Have a Name’ project looks at trafficking in the "
                "Baltic States: national statistics, the most common forms, prevention "
                "strategies and good practice. The project brings together Shelter ‘Safe "
                "House’ (Latvia), ‘Active Youth’ (Lithuania) and ‘Mittetulundusühing Eluliin’ "
                "(Estonia), with support from the Council of the Baltic Sea States. It is "
                "written for social workers, teachers, young people and internal affairs "
                "officers.</p>"
                + _CHECKED_EN
                + _en_sources(_ILO_EN, _KSPPC_EN, _THAN_EN, _IOM_LT_EN, _MISSING, _URM)
            ),
        },
    },
    # ------------------------------------------------------------------ 8
    {
        "key": "staying-safe-online",
        "parent": None,
        "menu_order": 70,
        "slug": {"lt": "saugumas-internete", "en": "staying-safe-online"},
        "title": {"lt": "Saugumas internete", "en": "Staying safe online"},
        "summary": {
            "lt": "Kokius pėdsakus palieka naršymas, kaip juos ištrinti ir kaip greitai "
            "išeiti iš šios svetainės, jei kas nors žiūri.",
            "en": "What traces browsing leaves, how to clear them, and how to leave this site "
            "quickly if someone is watching.",
        },
        "meta_description": {
            "lt": "Naršymo istorija, slapukai, privatusis naršymas ir greito išėjimo mygtukas: "
            "kaip saugiau skaityti šią svetainę.",
            "en": "Browsing history, cookies, private browsing and the quick-exit button: how "
            "to read this site more safely.",
        },
        "body": {
            "lt": (
                "<p>Jei kas nors tikrina jūsų telefoną ar kompiuterį, verta žinoti, kokius "
                "pėdsakus palieka naršymas ir kaip juos sumažinti.</p>"
                "<h2>Ką prisimena naršyklė</h2>"
                "<ul>"
                "<li><strong>Istorija</strong> – aplankytų puslapių sąrašas.</li>"
                "<li><strong>Talpykla</strong> (angl. <em>cache</em>) – išsaugotos puslapių "
                "dalys.</li>"
                "<li><strong>Automatinis pildymas</strong> – adresai ir žodžiai, kuriuos "
                "naršyklė pasiūlo rašant.</li>"
                "<li><strong>Atsisiųsti failai</strong> – lieka aplanke, kol jų neištrinsite.</li>"
                "<li><strong>Slapukai</strong> – nedideli failai, kuriuos įrašo svetainės.</li>"
                "</ul>"
                "<h2>Privatusis naršymas ir jo ribos</h2>"
                "<p>Privačiuoju (inkognito) režimu naršyklė, uždarius langą, neišsaugo istorijos, "
                "slapukų ir automatinio pildymo. Tačiau atsisiųsti failai ir žymės lieka, o "
                "tinklo savininkas (pavyzdžiui, darbdavys) ar sekimo programėlė telefone gali "
                "matyti, kur lankotės.</p>"
                "<h2>Kaip ištrinti istoriją</h2>"
                "<p>Naršyklės meniu atidarykite „Istorija“ ir pasirinkite naršymo duomenų "
                "išvalymą. Galite ištrinti tik kelis įrašus – visiškai tuščia istorija kartais "
                "kelia įtarimą. Jei skambinote į pagalbos liniją, prireikus ištrinkite ir "
                "skambutį iš skambučių sąrašo.</p>"
                "<h2>Bendri ar stebimi įrenginiai</h2>"
                "<p>Jei įrenginiu naudojatės ne vieni arba manote, kad jus stebi, naudokitės "
                "saugesniu įrenginiu: bibliotekos kompiuteriu ar patikimo draugo telefonu.</p>"
                "<h2>Greitas išėjimas</h2>"
                "<p>Kiekvieno puslapio viršuje yra mygtukas „Išeiti iš puslapio“. Jį paspaudus, iš "
                "karto atsidaro neutrali svetainė. Kompiuteryje galite tris kartus paspausti "
                "klavišą <strong>Shift</strong> – tai irgi išves iš svetainės. Atminkite: "
                "anksčiau aplankyti šios svetainės puslapiai naršymo istorijoje lieka, todėl "
                "ją išvalykite.</p>"
                "<h2>Ką daro ši svetainė</h2>"
                "<p>Skaitant šią svetainę neįrašomas joks slapukas, o jokie duomenys "
                "neperduodami trečiosioms šalims. Daugiau – puslapyje "
                '<a href="/lt/privatumas/">Privatumas</a>.</p>'
                f"<p>Jei reikia pagalbos, skambinkite {_HOTLINE_LT} (nemokamai, visą parą). "
                f"Pavojuje – {_EMERGENCY}.</p>"
                + _CHECKED_LT
                + _lt_sources("Šios svetainės techninė dokumentacija", _MISSING)
            ),
            "en": (
                "<p>If someone checks your phone or computer, it helps to know what traces "
                "browsing leaves behind and how to reduce them.</p>"
                "<h2>What your browser remembers</h2>"
                "<ul>"
                "<li><strong>History</strong> – a list of the pages you have visited.</li>"
                "<li><strong>Cache</strong> – saved parts of pages.</li>"
                "<li><strong>Autocomplete</strong> – addresses and words the browser suggests "
                "as you type.</li>"
                "<li><strong>Downloads</strong> – files stay in the folder until you delete "
                "them.</li>"
                "<li><strong>Cookies</strong> – small files that websites store.</li>"
                "</ul>"
                "<h2>Private browsing and its limits</h2>"
                "<p>In private (incognito) mode, the browser does not keep history, cookies or "
                "autocomplete once you close the window. But downloads and bookmarks stay, and "
                "the owner of the network (an employer, for example) or a tracking app on the "
                "phone may still see where you go.</p>"
                "<h2>Clearing your history</h2>"
                "<p>Open ‘History’ in the browser menu and choose to clear browsing data. You "
                "can delete just a few entries – a completely empty history can sometimes raise "
                "suspicion. If you called the hotline, you may want to delete the call from "
                "your call log too.</p>"
                "<h2>Shared or watched devices</h2>"
                "<p>If you share a device, or think you are being watched, use a safer one: a "
                "library computer or a trusted friend's phone.</p>"
                "<h2>Leaving quickly</h2>"
                "<p>At the top of every page there is an ‘Exit this page’ button. It takes you "
                "straight to a neutral website. On a computer you can also press the "
                "<strong>Shift</strong> key three times to leave. Remember: pages of this site "
                "you opened earlier stay in your browsing history, so clear it as well.</p>"
                "<h2>What this site does</h2>"
                "<p>Reading this site sets no cookies, and no data is sent to third parties. "
                'More under <a href="/en/privacy/">Privacy</a>.</p>'
                f"<p>If you need help, call {_HOTLINE_EN} (free, 24/7). In danger, call "
                f"{_EMERGENCY}.</p>"
                + _CHECKED_EN
                + _en_sources("This site's technical documentation", _MISSING)
            ),
        },
    },
    # ------------------------------------------------------------------ 9
    {
        "key": "about",
        "parent": None,
        "menu_order": 80,
        "slug": {"lt": "apie-svetaine", "en": "about-this-site"},
        "title": {"lt": "Apie svetainę", "en": "About this site"},
        "summary": {
            "lt": "Svetainę sukūrė TMO Lietuvoje, vėliau ją atnaujino kartu su Nacionaline "
            "asociacija prieš prekybą žmonėmis. Ką čia rasite.",
            "en": "The site was created by IOM Lithuania and later updated together with the "
            "National Association against Trafficking in Human Beings.",
        },
        "meta_description": {
            "lt": "Kas kuria šią svetainę prieš prekybą žmonėmis, ką joje rasite, kaip "
            "parengtos istorijos ir kokiomis kalbomis ji skelbiama.",
            "en": "Who runs this counter-trafficking site, what you will find here, how the "
            "stories are written and which languages it is in.",
        },
        "body": {
            "lt": (
                "<p>Ši svetainė skirta tam, kad žmonės nepatektų į prekeivių žmonėmis spąstus. "
                "Tai prevencinė informacija: kaip atpažinti pavojų savo ir artimųjų aplinkoje ir "
                "kur kreiptis pagalbos.</p>"
                "<h2>Kas ją kuria</h2>"
                "<p>Svetainę sukūrė Tarptautinės migracijos organizacijos biuras Lietuvoje "
                "(TMO Lietuvoje), veikiantis nuo 1998 m. Pirmąją svetainę prieš prekybą "
                "žmonėmis TMO Vilniaus biuras paleido dar 2002 m. vasarą. Vėliau svetainė buvo "
                "atnaujinta kartu su Nacionaline asociacija prieš prekybą žmonėmis (NAPPŽ).</p>"
                "<p>TMO Lietuvoje taip pat rengia mokymus institucijoms ir organizacijoms, kaip "
                "atpažinti prekybos žmonėmis aukas ir joms padėti.</p>"
                "<h2>Ką čia rasite</h2>"
                "<ul>"
                '<li>paprastą paaiškinimą, <a href="/lt/kas-yra-prekyba-zmonemis/">kas yra '
                'prekyba žmonėmis</a>, ir jos <a href="/lt/isnaudojimo-formos/">formas</a>;</li>'
                '<li><a href="/lt/pavojaus-zenklai/">pavojaus ženklus</a> ir patarimus, kaip '
                '<a href="/lt/saugus-darbas-uzsienyje/">saugiai dirbti užsienyje</a>;</li>'
                "<li>nukentėjusių žmonių istorijas;</li>"
                "<li>trumpą savęs patikrinimo testą – tai informacinė priemonė, ne "
                "diagnozė;</li>"
                '<li>informaciją, <a href="/lt/kaip-gauti-pagalba/">kaip gauti pagalbą</a>, '
                'ir puslapį <a href="/lt/specialistams/">specialistams</a>.</li>'
                "</ul>"
                "<h2>Apie istorijas</h2>"
                "<p>Istorijos paremtos tikrais faktais, tačiau vardai ir detalės pakeisti. Dažnai "
                "viena istorija sujungia kelių žmonių patirtis, kad nė vieno iš jų nebūtų "
                "galima atpažinti. Kiekvienos istorijos pradžioje nurodytas vardas, amžius ir "
                "išnaudojimo forma.</p>"
                "<h2>Kalbos</h2>"
                "<p>Svetainė skelbiama lietuvių ir anglų kalbomis. Ankstesnė jos versija buvo ir "
                "rusų bei ukrainiečių kalbomis. Pagalbos linija "
                f"{_HOTLINE_LT} atsiliepia lietuviškai, angliškai ir rusiškai.</p>"
                "<p>Kaip saugome jūsų privatumą, rasite puslapyje "
                '<a href="/lt/privatumas/">Privatumas</a>.</p>'
                + _CHECKED_LT
                + _lt_sources(_IOM_LT_LT, _IOM_VILNIUS_LT, _PZ, _MISSING)
            ),
            "en": (
                "<p>This site exists to help people avoid falling into traffickers' traps. It "
                "offers preventive information: how to recognise danger around you and the "
                "people close to you, and where to turn for help.</p>"
                "<h2>Who runs it</h2>"
                "<p>The site was created by the International Organization for Migration in "
                "Lithuania (IOM Lithuania), which has been active since 1998. IOM's Vilnius "
                "office launched its first counter-trafficking website back in the summer of "
                "2002. The site was later updated together with the National Association "
                "against Trafficking in Human Beings (NAPPŽ).</p>"
                "<p>IOM Lithuania also trains institutions and organisations to identify and "
                "assist victims of trafficking.</p>"
                "<h2>What you will find here</h2>"
                "<ul>"
                '<li>a plain explanation of <a href="/en/what-is-human-trafficking/">what '
                'human trafficking is</a> and its <a href="/en/forms-of-exploitation/">'
                "forms</a>;</li>"
                '<li><a href="/en/warning-signs/">warning signs</a> and advice on '
                '<a href="/en/working-abroad-safely/">working abroad safely</a>;</li>'
                "<li>survivors' stories;</li>"
                "<li>a short self-test – an awareness tool, not a diagnosis;</li>"
                '<li>information on <a href="/en/how-to-get-help/">how to get help</a>, and a '
                'page <a href="/en/for-professionals/">for professionals</a>.</li>'
                "</ul>"
                "<h2>About the stories</h2>"
                "<p>The stories are based on true facts, but names and details have been "
                "changed. Often one story brings together the experiences of several people, "
                "so that none of them can be recognised. Each story begins with a first name, an "
                "age and the form of exploitation.</p>"
                "<h2>Languages</h2>"
                "<p>The site is published in Lithuanian and English. An earlier version was also "
                "available in Russian and Ukrainian. The hotline on "
                f"{_HOTLINE_EN} answers in Lithuanian, English and Russian.</p>"
                "<p>To see how we protect your privacy, read "
                '<a href="/en/privacy/">Privacy</a>.</p>'
                + _CHECKED_EN
                + _en_sources(_IOM_LT_EN, _IOM_VILNIUS_EN, _PZ, _MISSING)
            ),
        },
    },
    # ------------------------------------------------------------------ 10
    {
        "key": "privacy",
        "parent": "about",
        "menu_order": 10,
        "slug": {"lt": "privatumas", "en": "privacy"},
        "title": {"lt": "Privatumas", "en": "Privacy"},
        "summary": {
            "lt": "Ko ši svetainė nerenka: jokių slapukų skaitytojams, jokios analitikos, "
            "jokių užklausų trečiosioms šalims. Testo atsakymai nesaugomi.",
            "en": "What this site does not collect: no cookies for readers, no analytics, no "
            "requests to third parties. Self-test answers are not stored.",
        },
        "meta_description": {
            "lt": "Privatumas: jokių slapukų skaitytojams, jokios analitikos, testo atsakymai "
            "nesaugomi, konsultacijų duomenys ištrinami.",
            "en": "Privacy: no cookies for readers, no analytics, self-test answers not "
            "stored, consultation data deleted after a set time.",
        },
        "body": {
            "lt": (
                "<p>Kai kuriems skaitytojams gali būti pavojinga, jei kas nors sužinotų, kad jie "
                "lankėsi šioje svetainėje. Todėl svetainė renka kuo mažiau duomenų.</p>"
                "<h2>Ko svetainė nedaro</h2>"
                "<ul>"
                "<li><strong>Jokių slapukų skaitytojams.</strong> Skaitant puslapius į jūsų "
                "įrenginį neįrašomas joks slapukas.</li>"
                "<li><strong>Jokios analitikos.</strong> Nenaudojame lankytojų sekimo ar "
                "analitikos įrankių.</li>"
                "<li><strong>Jokių užklausų trečiosioms šalims.</strong> Visi šriftai, "
                "paveikslėliai ir scenarijai įkeliami tik iš šios svetainės, todėl niekas kitas "
                "nesužino, kad čia lankėtės.</li>"
                "</ul>"
                "<h2>Savęs patikrinimo testas</h2>"
                "<p>Jūsų atsakymai į testo klausimus nesaugomi. Skaičiuojame tik, kiek testų "
                "per dieną buvo užbaigta, kiek kartų gautas kiekvienas rezultatas ir kiek "
                "kartų pasirinktas kiekvienas atsakymas – be jokių duomenų apie tai, kas "
                "testą atliko, ir be atsakymų rinkinių.</p>"
                "<h2>Serverio žurnalai</h2>"
                "<p>Kaip ir bet kuri svetainė, serveris gali rašyti techninius žurnalus, kad "
                "svetainė veiktų ir būtų apsaugota. Juose niekada nebūna to, ką įrašote į "
                "formas.</p>"
                "<h2>Konsultacija internetu</h2>"
                "<ul>"
                "<li>Pradėję konsultaciją gausite nuorodos kodą. Jį saugome tik kaip maišos "
                "reikšmę (angl. <em>hash</em>), todėl paties kodo iš mūsų duomenų atkurti "
                "neįmanoma. Kodą užsirašykite saugioje vietoje.</li>"
                "<li>Užbaigtos konsultacijos ištrinamos praėjus nustatytam dienų skaičiui "
                "(numatyta – 90 dienų).</li>"
                "<li>Konsultacijos forma naudoja vieną apsaugos slapuką, kuris saugo formą nuo "
                "klastočių. Jis ištrinamas uždarius naršyklę.</li>"
                "</ul>"
                "<h2>Darbuotojams</h2>"
                "<p>Tik darbuotojams skirta administravimo dalis naudoja sesijos slapuką, kad "
                "darbuotojas liktų prisijungęs. Jis ištrinamas uždarius naršyklę. Lankytojams "
                "šis slapukas neįrašomas.</p>"
                "<h2>Jūsų saugumas</h2>"
                "<p>Svetainė negali ištrinti to, ką prisimena jūsų naršyklė. Kaip sumažinti "
                'pėdsakus, rasite puslapyje <a href="/lt/saugumas-internete/">Saugumas '
                f"internete</a>. Reikia pagalbos? Skambinkite {_HOTLINE_LT} (nemokamai, visą "
                "parą).</p>"
                + _CHECKED_LT
                + _lt_sources("Šios svetainės techninė dokumentacija", _MISSING)
            ),
            "en": (
                "<p>For some readers of this site, it could be dangerous if someone found out "
                "they had visited. So the site collects as little as possible.</p>"
                "<h2>What this site does not do</h2>"
                "<ul>"
                "<li><strong>No cookies for readers.</strong> Reading pages stores no cookie on "
                "your device.</li>"
                "<li><strong>No analytics.</strong> We use no visitor tracking or analytics "
                "tools.</li>"
                "<li><strong>No requests to third parties.</strong> Fonts, images and scripts "
                "all come from this site alone, so nobody else learns that you were here.</li>"
                "</ul>"
                "<h2>The self-test</h2>"
                "<p>Your answers to the self-test are not stored. We only count how many tests "
                "were completed each day, how often each result came up and how often each "
                "answer was chosen – with nothing about who took a test and no sets of "
                "answers.</p>"
                "<h2>Server logs</h2>"
                "<p>Like any website, the server may keep technical logs to keep the site "
                "running and secure. They never contain what you type into forms.</p>"
                "<h2>Online consultation</h2>"
                "<ul>"
                "<li>When you start a consultation you get a reference code. We store it only "
                "as a hash, so the code itself cannot be recovered from our data. Keep a note "
                "of it somewhere safe.</li>"
                "<li>Closed consultations are deleted after a set number of days (90 by "
                "default).</li>"
                "<li>The consultation form uses one security cookie that protects it against "
                "forgery. It is deleted when you close the browser.</li>"
                "</ul>"
                "<h2>For staff</h2>"
                "<p>The staff-only admin area uses a session cookie to keep staff signed in. It "
                "is deleted when the browser is closed. Visitors never receive this "
                "cookie.</p>"
                "<h2>Your safety</h2>"
                "<p>This site cannot erase what your own browser remembers. To reduce the "
                'traces you leave, see <a href="/en/staying-safe-online/">Staying safe '
                f"online</a>. Need help? Call {_HOTLINE_EN} (free, 24/7).</p>"
                + _CHECKED_EN
                + _en_sources("This site's technical documentation", _MISSING)
            ),
        },
    },
]
