"""Demo news and events (Lithuanian and English).

Retold from the source documents in shared/seeds/: IOM Lithuania's news on the launch
of prekybazmonemis.lt (seeds/000), IOM Vilnius on its anti-trafficking consultations
(seeds/001), IOM Belarus on its analytical snapshot (seeds/002) and the "They Have a
Name" project of the Council of the Baltic Sea States (seeds/003). No year is stated
that the sources do not give. ``days_ago`` only dates the demo item when it is loaded;
for events the loader picks the year of the "MM-DD" dates (the latest past one), so
event texts are in the past tense. Each body ends with its source.
"""

_IOM_LT_SOURCE = {
    "lt": "TMO Lietuvoje, lithuania.iom.int",
    "en": "IOM Lithuania, lithuania.iom.int",
}
_THAN_SOURCE = {
    "lt": "Projektas „They Have a Name“ (Baltijos jūros valstybių taryba; prieglauda „Safe House“, "
    "patverums-dm.lv)",
    "en": "‘They Have a Name’ project (Council of the Baltic Sea States; Shelter ‘Safe House’, "
    "patverums-dm.lv)",
}
_THAN_CITE_LT = (
    "<p><em>Šaltinis: projektas „They Have a Name“ (Baltijos jūros valstybių taryba; prieglauda "
    '„Safe House“, <a href="https://patverums-dm.lv/">patverums-dm.lv</a>).</em></p>'
)
_THAN_CITE_EN = (
    "<p><em>Source: the ‘They Have a Name’ project (Council of the Baltic Sea States; Shelter "
    '‘Safe House’, <a href="https://patverums-dm.lv/">patverums-dm.lv</a>).</em></p>'
)
_NO_EVENT = {"event_start": None, "event_end": None, "place": {"lt": "", "en": ""}}

NEWS = [
    {
        "kind": "news",
        "slug": {
            "lt": "tmo-lietuvoje-pristato-svetaine-prekybazmonemis-lt",
            "en": "iom-lithuania-launches-prekybazmonemis-lt",
        },
        "days_ago": 3,
        "title": {
            "lt": "TMO Lietuvoje pristato naują svetainę prieš prekybą žmonėmis",
            "en": "IOM Lithuania launches a new website against human trafficking",
        },
        "summary": {
            "lt": "TMO Lietuvoje paleido svetainę prekybazmonemis.lt. Joje – informacija apie "
            "prekybą žmonėmis, nukentėjusiųjų istorijos ir testas, padedantis įvertinti riziką.",
            "en": "IOM Lithuania has launched prekybazmonemis.lt, with information on human "
            "trafficking, survivors' stories and a test that helps people judge their risk.",
        },
        "body": {
            "lt": (
                "<p>Tarptautinės migracijos organizacijos biuras Lietuvoje (TMO Lietuvoje) "
                "pristato naują svetainę <strong>prekybazmonemis.lt</strong>, skirtą kovai su "
                "prekyba žmonėmis. Joje rasite informacijos apie prekybos žmonėmis nusikaltimus, "
                "nukentėjusiųjų istorijų ir testą, kuris padeda įvertinti, ar žmogui gresia "
                "pavojus tapti prekybos žmonėmis auka.</p>"
                "<p>„Ši svetainė skirta informuoti žmones apie prekybos žmonėmis nusikaltimus. Tai "
                "prevencinė informacija, kurios pagrindinis tikslas – apsaugoti galimas aukas, kad "
                "jos nepatektų į spąstus. Pasaulyje apie 50 milijonų žmonių gyvena šiuolaikinės "
                "vergovės sąlygomis – tai milžiniškas skaičius, apimantis įvairias žmonių "
                "išnaudojimo formas. Prekyba žmonėmis – ne tik seksualinė vergovė ar prievarta "
                "daryti nusikaltimus, bet ir žmogaus teises pažeidžiančios darbo sąlygos ar "
                "nesumokėtas atlyginimas. Lietuvoje vis dažniau nukenčia imigrantai iš buvusio "
                "Rytų bloko šalių, o išnaudotojai naudojasi nuo karo ar sunkios politinės ir "
                "ekonominės padėties bėgančių žmonių bejėgiškumu ir sunkia psichologine bei "
                "emocine būsena. Mūsų tikslas – šviesti visuomenę ir padėti atpažinti tokius "
                "atvejus savo artimoje aplinkoje. Juk visada geriau kovoti su priežastimis nei su "
                "pasekmėmis“, – sako TMO Lietuvoje Migrantų pagalbos ir krizių valdymo skyriaus "
                "programos koordinatorė Dalia Kedavičienė.</p>"
                "<p>Skaičiuojama, kad 2020–2022 m. pasaulyje prekybos žmonėmis aukomis tapo "
                "daugiau nei 200 tūkst. žmonių: 62 proc. jų buvo suaugusieji, 34 proc. – vaikai. "
                "Pasaulinės statistikos duomenimis, 2022 m. dauguma aukų – 61 proc. – buvo moterys "
                "ir mergaitės. Moterys dažniausiai nukenčia nuo seksualinių nusikaltimų (apie 66 "
                "proc.), ketvirtadalis – nuo apgaulingų darbo santykių, dar 10 proc. – nuo kitų "
                "formų nusikaltimų. Daugiausia aukų – 31 proc. – yra iš Afrikos, po 24 proc. – iš "
                "Azijos ir Europos, o rečiausiai į nusikaltėlių spąstus patenka Šiaurės ir Pietų "
                "Amerikos gyventojai – apie 16 proc.</p>"
                "<p>„Norime pateikti kuo daugiau ir kuo išsamesnės informacijos, kad žmonės "
                "apskritai nepatektų į spąstus ir galėtų patys įvertinti, ar jiems negresia "
                "pavojus. Be to, TMO rengia mokymus institucijoms ir organizacijoms, kaip "
                "atpažinti prekybos žmonėmis aukas ir joms padėti“, – sako D. Kedavičienė.</p>"
                "<p>Didėjant migracijos srautams, prekyba žmonėmis tampa vis jautresne problema. "
                "Aukomis gali tapti ir lietuviai, ir iš kitų šalių į Lietuvą atvykę žmonės. "
                "Priverstinė prostitucija, darbas žeminančiomis sąlygomis ar prievarta daryti "
                "nusikaltimus palieka psichologinę traumą visam gyvenimui.</p>"
                '<p><em>Šaltinis: TMO Lietuvoje, <a href="https://lithuania.iom.int/">'
                "lithuania.iom.int</a>.</em></p>"
            ),
            "en": (
                "<p>The International Organization for Migration in Lithuania (IOM Lithuania) is "
                "launching a new website dedicated to combating human trafficking: "
                "<strong>prekybazmonemis.lt</strong>. It offers information about trafficking "
                "crimes, survivors' stories and a test that helps people judge whether they could "
                "become a victim of trafficking.</p>"
                "<p>‘This website is designed to inform people about human trafficking crimes. It "
                "is preventive information, and its main goal is to protect potential victims from "
                "falling into traps. There are about 50 million people in the world living in "
                "modern slavery – a huge number that covers many forms of exploitation. Human "
                "trafficking is not limited to sexual slavery or being forced to commit crimes; it "
                "can also mean working conditions that violate human rights, and unpaid wages. In "
                "Lithuania, immigrants from the former Eastern Bloc are increasingly affected, and "
                "exploiters take advantage of the helplessness and the difficult psychological and "
                "emotional state of people fleeing war or poor political and economic conditions. "
                "Our goal is to educate the public and help people recognise these cases around "
                "them. It is always better to fight the causes than the consequences,’ says Dalia "
                "Kedavičienė, Programme Coordinator in IOM Lithuania's Migrant Assistance and "
                "Crisis Management Department.</p>"
                "<p>It is estimated that from 2020 to 2022 more than 200,000 people worldwide "
                "became victims of human trafficking: 62% were adults and 34% children. According "
                "to global statistics, in 2022 the majority of victims – 61% – were women and "
                "girls. Women most often fall victim to sexual crimes (about 66%); a quarter are "
                "victims of fraudulent employment relationships, and another 10% of other forms of "
                "crime. Most victims come from Africa (31%), followed by Asia and Europe (24% "
                "each), while people in North and South America are at the lowest risk, at about "
                "16%.</p>"
                "<p>‘We want to provide as much detailed information as possible, so that people "
                "do not fall into traps in the first place and can judge for themselves whether "
                "they are at risk. IOM also trains institutions and organisations to identify and "
                "assist victims of human trafficking,’ says Ms Kedavičienė.</p>"
                "<p>As migration grows, human trafficking is becoming an ever more sensitive "
                "problem. Both Lithuanians and people who have come to Lithuania from other "
                "countries can become victims. Forced prostitution, work in degrading conditions "
                "or being forced to commit crimes leaves psychological trauma for life.</p>"
                '<p><em>Source: IOM Lithuania, <a href="https://lithuania.iom.int/">'
                "lithuania.iom.int</a>.</em></p>"
            ),
        },
        **_NO_EVENT,
        "source": _IOM_LT_SOURCE,
        "source_url": "https://lithuania.iom.int/",
    },
    {
        "kind": "event",
        "slug": {
            "lt": "projekto-they-have-a-name-mokymai-vilniuje",
            "en": "they-have-a-name-training-in-vilnius",
        },
        "days_ago": 10,
        "title": {
            "lt": "Projekto „They Have a Name“ mokymai Vilniuje",
            "en": "‘They Have a Name’ training in Vilnius",
        },
        "summary": {
            "lt": "Sausio 16–19 d. prekybos žmonėmis prevencijos projekto „They Have a Name“ "
            "organizacijų atstovai susirinko Vilniuje mokytis ir dalytis patirtimi.",
            "en": "From 16 to 19 January, the organisations in ‘They Have a Name’, a project on "
            "preventing human trafficking, met in Vilnius for training and to share "
            "experience.",
        },
        "body": {
            "lt": (
                "<p>Sausio 16–19 d. Vilniuje susirinko tarptautinio projekto „They Have a Name“ "
                "organizacijų atstovai. Projektas skirtas prekybos žmonėmis prevencijai, jame "
                "dalyvauja prieglauda „Safe House“ (Latvija), „Active Youth“ (Lietuva) ir "
                "„Mittetulundusühing Eluliin“ (Estija), o remia jį Baltijos jūros valstybių "
                "taryba.</p>"
                "<p>Susitikimo tikslas – mokymai ir keitimasis patirtimi profesinėmis temomis, "
                "susijusiomis su prekybos žmonėmis prevencija. Vyko įvairių sričių ekspertų "
                "paskaitos ir praktiniai užsiėmimai, o dalyvių bendravimas padėjo ieškoti ir rasti "
                "kūrybiškų prevencijos problemų sprendimų.</p>"
                "<p>Ypač įdomus ir vertingas buvo apsilankymas Lietuvos policijos prevencijos "
                "padalinyje: dalyviai susipažino su pareigūnų patirtimi ir aptarė, kaip prevencija "
                "vykdoma skirtingose šalyse. Didelis dėmesys skirtas darbui su jaunimu, nes jaunų "
                "žmonių švietimas ir informavimas – vienas svarbiausių veiksnių, padedančių "
                "užkirsti kelią prekybai žmonėmis.</p>"
                "<p>Mokymai baigėsi apsilankymu Lietuvos policijos muziejuje, kur į profesinius "
                "klausimus buvo galima pažvelgti iš istorinės perspektyvos.</p>" + _THAN_CITE_LT
            ),
            "en": (
                "<p>From 16 to 19 January, representatives of the organisations in the "
                "international project ‘They Have a Name’ gathered in Vilnius. The project focuses "
                "on preventing human trafficking and brings together Shelter ‘Safe House’ "
                "(Latvia), ‘Active Youth’ (Lithuania) and ‘Mittetulundusühing Eluliin’ (Estonia), "
                "with support from the Council of the Baltic Sea States.</p>"
                "<p>The meeting was a training course and an exchange of experience on "
                "professional topics in trafficking prevention. There were lectures and workshops "
                "with experts from different fields, and talking to each other helped the "
                "participants look for, and find, creative answers to the problems of "
                "prevention.</p>"
                "<p>A visit to the Lithuanian Police Prevention Unit was especially interesting "
                "and valuable: the participants heard about police officers' experience and "
                "discussed how prevention works in different countries. There was a special "
                "emphasis on work with young people, as educating and informing them is one of the "
                "most important factors in preventing human trafficking.</p>"
                "<p>The course ended with a visit to the Lithuanian Police Museum, which gave a "
                "historical perspective on professional issues.</p>" + _THAN_CITE_EN
            ),
        },
        "event_start": "01-16",
        "event_end": "01-19",
        "place": {"lt": "Vilnius", "en": "Vilnius"},
        "source": _THAN_SOURCE,
        "source_url": "https://patverums-dm.lv/",
    },
    {
        "kind": "news",
        "slug": {
            "lt": "tyrimas-apie-prekybos-zmonemis-prevencija-baltijos-salyse",
            "en": "study-on-preventing-trafficking-in-the-baltic-states",
        },
        "days_ago": 17,
        "title": {
            "lt": "Naujas tyrimas apie prekybos žmonėmis prevenciją Baltijos šalyse",
            "en": "New study on preventing human trafficking in the Baltic States",
        },
        "summary": {
            "lt": "Projekto „They Have a Name“ tyrime apžvelgiama prekybos žmonėmis padėtis "
            "Lietuvoje, Latvijoje ir Estijoje, prevencijos strategijos ir gerosios praktikos "
            "pavyzdžiai.",
            "en": "A study from the ‘They Have a Name’ project looks at human trafficking in "
            "Lithuania, Latvia and Estonia, at prevention strategies and at good practice.",
        },
        "body": {
            "lt": (
                "<p>Kova su prekyba žmonėmis – vienas Europos Sąjungos prioritetų. Vykdant "
                "projektą „They Have a Name“, kurį remia Baltijos jūros valstybių taryba, "
                "parengtas naujas tyrimas apie prekybos žmonėmis prevenciją Baltijos šalyse.</p>"
                "<p>Tyrimas parengtas glaudžiai bendradarbiaujant ir dalijantis žiniomis įvairioms "
                "nevyriausybinėms ir ekspertų organizacijoms Lietuvoje, Latvijoje ir Estijoje. Jo "
                "autoriai tikisi prisidėti prie kovos su prekyba žmonėmis Baltijos jūros "
                "regione.</p>"
                "<h2>Ką rasite tyrime</h2>"
                "<ul><li>prekybos žmonėmis padėties apžvalgą, parengtą remiantis nacionaline "
                "statistika;</li><li>dažniausias prekybos žmonėmis formas;</li><li>taikomas "
                "prevencijos strategijas;</li><li>gerąją kovos su prekyba žmonėmis organizacijų ir "
                "valstybės institucijų praktiką.</li></ul>"
                "<p>Tyrimą skaityti kviečiami socialiniai darbuotojai, mokytojai, jaunimas, vidaus "
                "reikalų pareigūnai ir visi, kurių kasdienis darbas susijęs su prekybos "
                "žmonėmis prevencija ir pagalba nukentėjusiems.</p>" + _THAN_CITE_LT
            ),
            "en": (
                "<p>Combating trafficking in human beings is a priority for the European Union. "
                "The ‘They Have a Name’ project, supported by the Council of the Baltic Sea "
                "States, has produced a new study on preventing human trafficking in the Baltic "
                "States.</p>"
                "<p>The study grew out of close cooperation and knowledge sharing between NGOs and "
                "expert organisations in Lithuania, Latvia and Estonia. Its authors hope to "
                "contribute to the fight against human trafficking in the Baltic Sea region.</p>"
                "<h2>What the study covers</h2>"
                "<ul><li>the current state of human trafficking, based on national "
                "statistics;</li><li>the most common types of trafficking;</li><li>existing "
                "prevention strategies;</li><li>good practice from anti-trafficking organisations "
                "and government agencies.</li></ul>"
                "<p>Social workers, teachers, young people, internal affairs officers and everyone "
                "whose daily work involves preventing trafficking or helping victims "
                "are invited to read it.</p>" + _THAN_CITE_EN
            ),
        },
        **_NO_EVENT,
        "source": _THAN_SOURCE,
        "source_url": "https://patverums-dm.lv/",
    },
    {
        "kind": "news",
        "slug": {
            "lt": "tmo-baltarusijoje-prekybos-zmonemis-tendencijos",
            "en": "iom-belarus-snapshot-of-trafficking-trends",
        },
        "days_ago": 24,
        "title": {
            "lt": "TMO Baltarusijoje: pagrindinės prekybos žmonėmis tendencijos",
            "en": "IOM Belarus snapshot reveals key trafficking trends",
        },
        "summary": {
            "lt": "Remdamasi nukentėjusiųjų pasakojimais, TMO Baltarusijoje parengė analitinę "
            "apžvalgą apie tai, kaip pastaraisiais metais, ypač dėl COVID-19 pandemijos, keitėsi "
            "prekybos žmonėmis tendencijos.",
            "en": "Drawing on survivors' stories, IOM Belarus has produced an analytical "
            "snapshot of how trafficking trends have changed in recent years, especially under "
            "the COVID-19 pandemic.",
        },
        "body": {
            "lt": (
                "<p>„Apie tai girdėjau. Tai gali nutikti bet kam. Bet niekada negalvojau, kad tai "
                "gali nutikti man.“ Šie nukentėjusio žmogaus žodžiai gerai parodo, kodėl "
                "kiekvienam verta skirti kelias minutes ir geriau suprasti, kas yra prekyba "
                "žmonėmis.</p>"
                "<p>Pagal 2021 m. pasaulinius šiuolaikinės vergovės vertinimus, kuriuos paskelbė "
                "Tarptautinė darbo organizacija (TDO), „Walk Free“ ir Tarptautinė migracijos "
                "organizacija (TMO), bet kurią dieną apie 50 milijonų žmonių gyvena šiuolaikinės "
                "vergovės sąlygomis: juos verčia dirbti prieš jų valią arba jie gyvena "
                "priverstinėje santuokoje. Tai beveik kas 150-as pasaulio žmogus. Šio nusikaltimo "
                "neišvengia nė viena šalis.</p>"
                "<p>TMO Baltarusijoje veikia nuo 1994 m., o prekybos žmonėmis aukoms padeda nuo "
                "2002 m. Norėdama geriau suprasti naujausias šio nusikaltimo tendencijas, "
                "organizacija kalbėjosi su nukentėjusiais ir, remdamasi jų gyvenimo istorijomis, "
                "parengė analitinę apžvalgą. Kai kurios tendencijos pastaraisiais metais "
                "pasikeitė, ypač dėl COVID-19 pandemijos.</p>"
                "<p>Per kelerius pastaruosius metus vaikai sudarė nuo 17 iki 26 proc. visų aukų, "
                "kurioms TMO Baltarusijoje kasmet padeda. Dažniausiai jie buvo išnaudojami "
                "seksualiai, taip pat ir pornografinei medžiagai gaminti. Europolo duomenimis, "
                "COVID-19 pandemija labai paskatino kibernetinių nusikaltimų augimą, todėl išaugo "
                "vaikų seksualinio išnaudojimo internete rizika. Nusikaltėliai vaikų ieško ir "
                "gyvai, ir internete – socialiniuose tinkluose, žaidimų forumuose ir kitose "
                "platformose, o pažeidžiamus jaunus žmones į seksualinį išnaudojimą gali įtraukti "
                "pasitelkę populiariąją kultūrą: muziką, vaizdo įrašus, madą.</p>"
                "<p>Patikimi duomenys padeda geriau ir greičiau atpažinti aukas ir suteikti joms "
                "kokybišką pagalbą.</p>"
                "<p><em>Šaltinis: TMO Baltarusijoje, analitinė prekybos žmonėmis tendencijų "
                "apžvalga; 2021 m. pasauliniai šiuolaikinės vergovės vertinimai (TDO, „Walk Free“, "
                "TMO).</em></p>"
            ),
            "en": (
                "<p>‘I have heard about the issue. It can happen to anyone. But I have never "
                "thought it could be me.’ These words of a survivor show why everyone should spend "
                "a couple of minutes learning more about human trafficking.</p>"
                "<p>On any given day about 50 million people are in modern slavery, either forced "
                "to work against their will or in a marriage they were forced into, according to "
                "the 2021 Global Estimates of Modern Slavery published by the International Labour "
                "Organization (ILO), Walk Free and the International Organization for Migration "
                "(IOM). That is nearly one in every 150 people in the world. No country is "
                "untouched by this crime.</p>"
                "<p>IOM has been present in Belarus since 1994 and has helped victims of "
                "trafficking there since 2002. To better understand the latest trends, IOM "
                "interviewed survivors and, based on their life stories, produced an analytical "
                "snapshot. Several trends have changed in recent years, especially under the "
                "influence of the COVID-19 pandemic.</p>"
                "<p>Over the past few years, children have made up between 17% and 26% of all the "
                "victims IOM Belarus assists each year. Most often they were sexually exploited, "
                "including in the production of pornographic material. According to Europol, the "
                "pandemic had a major impact on the growth of cybercrime, which raised the risk of "
                "online sexual exploitation of children. Children are targeted in person and "
                "online – through social media, gaming forums and other platforms – and criminals "
                "can use popular culture, such as music, videos and fashion, to draw vulnerable "
                "young people into sexual exploitation.</p>"
                "<p>Reliable data makes it more likely that victims are identified better and "
                "sooner and receive good-quality help.</p>"
                "<p><em>Source: IOM Belarus, analytical snapshot of trafficking trends; 2021 "
                "Global Estimates of Modern Slavery (ILO, Walk Free, IOM).</em></p>"
            ),
        },
        **_NO_EVENT,
        "source": {
            "lt": "TMO Baltarusijoje: analitinė prekybos žmonėmis tendencijų apžvalga",
            "en": "IOM Belarus: analytical snapshot of trafficking trends",
        },
        "source_url": "",
    },
    {
        "kind": "news",
        "slug": {
            "lt": "is-archyvo-tmo-vilniaus-biuras-plecia-konsultacijas",
            "en": "from-the-archive-iom-vilnius-expands-consultations",
        },
        "days_ago": 60,
        "title": {
            "lt": "Iš archyvo: TMO Vilniaus biuras plečia konsultacijas prieš prekybą žmonėmis",
            "en": "From the archive: IOM Vilnius expands anti-trafficking consultations",
        },
        "summary": {
            "lt": "Archyvinė TMO Vilniaus biuro naujiena: Nyderlandų Karalystės ambasados Vilniuje "
            "dotacija leido dviem pagalbos linijoms toliau konsultuoti, kaip teisėtai "
            "įsidarbinti užsienyje.",
            "en": "An archive story from IOM Vilnius: a grant from the Royal Embassy of the "
            "Netherlands in Vilnius kept two hotlines advising Lithuanians on legal ways to "
            "work abroad.",
        },
        "body": {
            "lt": (
                "<p><em>Tai archyvinė naujiena, todėl joje minimos pagalbos linijos ir "
                "konsultacijos šiandien gali būti nebeaktualios. Šiandien skambinkite nemokamu "
                "nacionalinės pagalbos linijos numeriu 8 800 91119 (visą parą).</em></p>"
                "<p>Nyderlandų Karalystės ambasados Vilniuje TMO skirta dotacija leis dviem "
                "pagalbos linijoms toliau konsultuoti Lietuvos žmones, kaip teisėtai įsidarbinti "
                "užsienyje. TMO Lietuvoje projektas, skirtas prekybos moterimis prevencijai "
                "konsultuojant internetu ir telefonu, apima dvi pagalbos linijas, kurios per "
                "pastaruosius metus sulaukė daugiau nei 1 000 klausimų apie prekybą žmonėmis ir "
                "darbą užsienyje, taip pat tiesiogines konsultacijas nukentėjusiems ir išvykti "
                "ketinantiems žmonėms, kuriems reikia ypatingos pagalbos.</p>"
                "<p>Projektas papildomas interaktyviu tinklalapiu, kuriame bus galima gauti "
                "patarimų ir pagalbos internetu. Virtualus konsultacijų kambarys taps svetainės "
                "prieš prekybą žmonėmis, kurią TMO Vilniaus biuras paleido 2002 m. vasarą, dalimi. "
                "Svetainė per dieną sulaukia 100–200 apsilankymų. Projekto tikslas – griauti mitus "
                "apie prekybą žmonėmis ir teikti objektyvią informaciją apie galimybes dirbti "
                "užsienyje. TMO Vilniaus biuras bendradarbiauja su užsienio šalių ambasadomis, "
                "nevyriausybinėmis organizacijomis, darbo birža, teisėtai veikiančiomis įdarbinimo "
                "agentūromis, teisėsaugos ir kitomis institucijomis.</p>"
                "<p>Tikslus prekybos moterimis iš Lietuvos mastas nežinomas, tačiau įvairiais "
                "vertinimais kasmet į viešnamius užsienyje parduodama 1 500–2 000 Lietuvos moterų. "
                "Pagrindinės paskirties šalys – Vokietija, Šiaurės šalys, Jungtinė Karalystė, "
                "Ispanija, Italija, Belgija, Nyderlandai ir Turkija. Verbuotojai vis dažniau "
                "užmezga asmeninį ryšį su būsima auka: nukentėjusios pasakoja, kad „darbą“ "
                "užsienyje joms pasiūlė artimas žmogus – pažįstamas, draugas, kaimynas ar net "
                "vaikinas.</p>"
                "<p>Nuo 2002 m. liepos TMO padėjo 23 prekybos žmonėmis aukoms iš Baltijos šalių, "
                "daugiausia iš Lietuvos. Vieniems padėta grįžti į Lietuvą, kitiems suteikta "
                "pagalba atvykus, apgyvendinimas, vietinis transportas, medicininė ir psichologinė "
                "pagalba. Kai kurie nukentėjusieji mokosi profesijos, jiems bus padėta susirasti "
                "darbą gimtojoje šalyje.</p>"
                "<p><em>Šaltinis: TMO Vilniaus biuras, naujiena apie konsultacijas prieš prekybą "
                "moterimis.</em></p>"
            ),
            "en": (
                "<p><em>This is an archive story, so the hotlines and consultations it mentions "
                "may no longer run as described. Today, call the national hotline on 8 800 91119 "
                "(free, 24/7).</em></p>"
                "<p>A grant from the Royal Embassy of the Netherlands in Vilnius to IOM will allow "
                "two hotlines to keep advising Lithuanians on legal ways of finding work abroad. "
                "The IOM Lithuania project ‘Prevention of Trafficking in Women: Interactive "
                "Consultations Via Internet and Telephone’ includes the two hotlines, which "
                "received more than 1,000 enquiries about trafficking and work abroad in the past "
                "year, as well as face-to-face consultations with victims and would-be migrants "
                "who need special help.</p>"
                "<p>A new component is being added: an interactive web page for online advice and "
                "help. The virtual consultation room will be part of the counter-trafficking "
                "website that IOM Vilnius launched in the summer of 2002, which has 100 to 200 "
                "visits a day. The project aims to dispel myths about trafficking and give "
                "objective information on working abroad. IOM Vilnius works with foreign "
                "embassies, NGOs, the labour exchange, legitimate employment agencies, law "
                "enforcement and other institutions.</p>"
                "<p>The exact extent of trafficking in women from Lithuania is unknown, but "
                "various estimates suggest that 1,500 to 2,000 Lithuanian women are sold to "
                "brothels abroad every year. The main destinations are Germany, the Nordic states, "
                "the United Kingdom, Spain, Italy, Belgium, the Netherlands and Turkey. Recruiters "
                "increasingly build a personal relationship with their victims: survivors say the "
                "person who offered them a ‘job’ abroad was close to them – an acquaintance, a "
                "friend, a neighbour or even a boyfriend.</p>"
                "<p>Since July 2002 IOM has assisted 23 victims of trafficking from the Baltic "
                "States, most of them from Lithuania. Some were helped to return to Lithuania; "
                "others received help on arrival, shelter, local transport, medical aid and "
                "psychological support. Some are in vocational training and will be helped to find "
                "a job in their home country.</p>"
                "<p><em>Source: IOM Vilnius, news on anti-trafficking consultations for "
                "women.</em></p>"
            ),
        },
        **_NO_EVENT,
        "source": {
            "lt": "TMO Vilniaus biuras: konsultacijos prieš prekybą moterimis",
            "en": "IOM Vilnius: anti-trafficking consultations for women",
        },
        "source_url": "",
    },
]
