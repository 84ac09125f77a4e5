"""Demo stories for the counter-trafficking awareness site (Lithuanian and English).

Every story is an ILLUSTRATIVE COMPOSITE: it is not one person's story but is built
from patterns described in the shared FACTS.md and the source documents in
shared/seeds/ (IOM Lithuania, IOM Vilnius, the IOM Belarus analytical snapshot, the
Klaipėda Social and Psychological Services Center, the ILO indicators of forced
labour). Like the stories on the original prekybazmonemis.lt ("based on true facts;
names have been changed"), each one is headed by a first name, an age and what
happened. Names are changed first names only; there are no surnames, no towns smaller
than a big city, no exact dates and no employer names. The only figures used are
those in the sources.

Contact data (hotlines, police, the MFA consular line) was last checked in November
2026; staff can correct it in the admin.

STORIES is a list of dicts, read by ``stories.demo_loader``. ``key`` is a stable
ASCII id; ``forms`` and ``recruitment`` use the keys of FORMS and RECRUITMENT below
(the taxonomy the loader creates); ``age_group`` is one of AGE_GROUPS; ``destination``
is an ISO 3166-1 alpha-2 code (LT for exploitation in Lithuania itself); the period is
given in years only. ``source`` is a staff-only note and is never shown to visitors.
Bodies use only the tags the editor allows (p, h2, h3, ul, li, strong, em, a,
blockquote, br); internal links point at page slugs from ``awareness.demo.pages``
in the same language; phone numbers are tel: links; there are no external links.
"""

FORMS = {
    "sexual-exploitation": {"lt": "Seksualinis išnaudojimas", "en": "Sexual exploitation"},
    "forced-labour": {"lt": "Priverstinis darbas", "en": "Forced labour"},
    "forced-criminality": {"lt": "Priverstinis nusikaltimų darymas", "en": "Forced criminality"},
    "forced-begging": {"lt": "Priverstinis elgetavimas", "en": "Forced begging"},
    "forced-marriage": {"lt": "Priverstinė santuoka", "en": "Forced marriage"},
    "online-exploitation": {"lt": "Išnaudojimas internete", "en": "Online exploitation"},
}

RECRUITMENT = {
    "job-ad": {"lt": "Darbo skelbimas", "en": "Job advertisement"},
    "job-offer-abroad": {"lt": "Darbo pasiūlymas užsienyje", "en": "Job offer abroad"},
    "acquaintance-or-partner": {
        "lt": "Pažįstamas, draugas ar partneris",
        "en": "Acquaintance, friend or partner",
    },
    "social-media": {"lt": "Socialiniai tinklai", "en": "Social media"},
    "agency": {"lt": "Įdarbinimo agentūra", "en": "Recruitment agency"},
}

AGE_GROUPS = ["under-18", "18-25", "26-35", "36-50", "over-50"]


_HOTLINE = '<a href="tel:+37080091119">8 800 91119</a>'
_ABROAD = '<a href="tel:+37061691119">+370 616 91119</a>'
_EMERGENCY = '<a href="tel:112">112</a>'
_POLICE = '<a href="tel:+37070060000">+370 700 60 000</a>'
_MFA = '<a href="tel:+37070652444">+370 706 52444</a>'

_NOTE_LT = (
    "<p><em>Tai iliustracinė istorija, sudaryta iš kelių tikrų atvejų modelių. "
    "Vardai ir detalės pakeisti.</em></p>"
)
_NOTE_EN = (
    "<p><em>This is an illustrative composite built from the patterns of several real "
    "cases. Names and details have been changed.</em></p>"
)


def _sources_lt(*items: str) -> str:
    return "<p><strong>Šaltiniai:</strong> " + "; ".join(items) + ".</p>"


def _sources_en(*items: str) -> str:
    return "<p><strong>Sources:</strong> " + "; ".join(items) + ".</p>"


# Source names, as cited at the end of each story.
_PZ_LT = "prekybazmonemis.lt (TMO Lietuvoje)"
_PZ_EN = "prekybazmonemis.lt (IOM Lithuania)"
_IOM_LT_LT = "TMO Lietuvoje"
_IOM_LT_EN = "IOM Lithuania"
_IOM_VILNIUS_LT = "TMO Vilniaus biuras"
_IOM_VILNIUS_EN = "IOM Vilnius"
_IOM_BY_LT = "TMO Baltarusijoje, analitinė tendencijų apžvalga (cituojamas Europolas)"
_IOM_BY_EN = "IOM Belarus analytical snapshot (citing Europol)"
_KSPPC_LT = "Klaipėdos socialinės ir psichologinės pagalbos centras"
_KSPPC_EN = "Klaipėda Social and Psychological Services Center"
_ILO_LT = "TDO priverstinio darbo rodikliai"
_ILO_EN = "ILO indicators of forced labour"
_MISSING = "missing.lt"
_URM = "keliauk.urm.lt"


STORIES = [
    # ------------------------------------------------------------------ 1
    {
        "key": "ruta-germany",
        "slug": {"lt": "ruta-darbas-vokietijoje", "en": "ruta-a-job-in-germany"},
        "title": {"lt": "Rūta, 26 m.: „darbas“ Vokietijoje", "en": "Rūta, 26: a ‘job’ in Germany"},
        "pseudonym": {"lt": "Rūta", "en": "Rūta"},
        "summary": {
            "lt": "Rūta atsiliepė į laikraščio skelbimą apie gerai apmokamą darbą Vokietijoje. "
            "Ten tarpininkas pasiėmė jos pasą, o vietoj atlyginimo ji gavo vis augančią „skolą“.",
            "en": "Rūta answered a newspaper advert for well-paid work in Germany. There a "
            "middleman took her passport, and instead of wages she got a ‘debt’ that kept "
            "growing.",
        },
        "body": {
            "lt": (
                "<p>Rūtai buvo 26 metai. Darbo ji ieškojo jau seniai, o mamai reikėjo pinigų "
                "gydymuisi. Laikraštyje Rūta pamatė skelbimą: darbas daržovių pakavimo įmonėje "
                "Vokietijoje, būstas suteikiamas, atlyginimas – apie 1 000 eurų per savaitę. "
                "Telefonu atsiliepęs vyras buvo mandagus ir žadėjo, kad kelionę apmokės "
                "darbdavys.</p>"
                "<h2>Kas nutiko</h2>"
                "<p>Vokietijoje Rūtą pasitiko tarpininkas. Jis paprašė paso – neva darbo "
                "sutarčiai sutvarkyti – ir jo nebegrąžino. Rūta gyveno ankštame kambaryje su "
                "keliomis kitomis moterimis ir dirbo nuo ankstyvo ryto iki vėlyvo vakaro, be "
                "laisvų dienų. Atlyginimą tarpininkas vis žadėjo sumokėti „kitą savaitę“. "
                "Užuot gavusi pinigų, ji išgirdo, kad yra skolinga už kelionę, būstą ir maistą. Ta skola "
                "tik augo.</p>"
                "<h2>Kai ji suprato</h2>"
                "<p>Kartą Rūta paprašė grąžinti pasą ir leisti jai grįžti namo. Tarpininkas "
                "atsakė, kad niekur ji nevažiuos, kol neatidirbs skolos. Tada Rūta suprato, kad "
                "tai ne darbas, o spąstai.</p>"
                "<h2>Kaip atėjo pagalba</h2>"
                "<p>Prieš išvykdama Rūta buvo įsiminusi sesers telefono numerį. Iš bendradarbės "
                "telefono ji paskambino seseriai, o ši – į pagalbos liniją "
                f"{_HOTLINE}. Konsultantė išklausė, patarė, ką daryti, ir padėjo susisiekti su "
                f"Užsienio reikalų ministerijos konsuline pagalba ({_MFA}). Netrukus Rūta "
                "saugiai grįžo į Lietuvą.</p>"
                "<h2>Šiandien</h2>"
                "<p>Grįžusi Rūta gavo psichologo ir teisininko pagalbą Kovos su prekyba "
                "žmonėmis ir išnaudojimu centre (KOPŽI, Lietuvos „Caritas“). Dabar ji dirba "
                "Lietuvoje pagal sutartį, kurią perskaitė ir suprato. Asmens dokumentą "
                "nešiojasi su savimi, o jo kopiją laiko atskirai.</p>"
                "<p>Ruošiatės dirbti svetur? Perskaitykite puslapį "
                '<a href="/lt/saugus-darbas-uzsienyje/">Saugus darbas užsienyje</a>.</p>'
                + _NOTE_LT
                + _sources_lt(_PZ_LT, _IOM_VILNIUS_LT, _ILO_LT)
            ),
            "en": (
                "<p>Rūta was 26. She had been looking for work for a long time, and her mother "
                "needed money for treatment. In a newspaper she saw an advert: packing "
                "vegetables in Germany, accommodation provided, pay of about 1,000 euros a "
                "week. The man who answered the phone was polite and promised that the "
                "employer would pay for the journey.</p>"
                "<h2>What happened</h2>"
                "<p>In Germany a middleman met Rūta. He asked for her passport – to sort out "
                "her contract, he said – and never gave it back. Rūta shared a cramped room "
                "with several other women and worked from early morning until late at night, "
                "with no days off. Her wages were always coming ‘next week’. Instead of pay, "
                "she was told she owed money for the journey, the room and her food. The debt "
                "only grew.</p>"
                "<h2>The moment she knew</h2>"
                "<p>One day Rūta asked for her passport back so that she could go home. The "
                "middleman said she was going nowhere until she had worked off her debt. That "
                "was when Rūta understood: this was not a job, it was a trap.</p>"
                "<h2>How help came</h2>"
                "<p>Before leaving, Rūta had learnt her sister's phone number by heart. She "
                "called her sister from a co-worker's phone, and her sister called the hotline "
                f"on {_HOTLINE}. The adviser listened, explained what to do and helped them "
                f"reach the Ministry of Foreign Affairs consular line ({_MFA}). Soon Rūta was "
                "safely back in Lithuania.</p>"
                "<h2>Today</h2>"
                "<p>Back home, Rūta got help from a psychologist and a lawyer at KOPŽI, the "
                "Centre against Human Trafficking and Exploitation run by Lithuanian Caritas. "
                "She now works in Lithuania under a contract she has read and understood. She "
                "carries her ID with her and keeps a copy somewhere separate.</p>"
                "<p>Planning to work abroad? Read "
                '<a href="/en/working-abroad-safely/">Working abroad safely</a>.</p>'
                + _NOTE_EN
                + _sources_en(_PZ_EN, _IOM_VILNIUS_EN, _ILO_EN)
            ),
        },
        "forms": ["forced-labour"],
        "recruitment": ["job-ad", "job-offer-abroad"],
        "destination": "DE",
        "period_start": 2021,
        "period_end": 2022,
        "age_group": "26-35",
        "warning_signs": [
            {
                "lt": "Žadamas atlyginimas gerokai didesnis nei įprasta, pavyzdžiui, 1 000 eurų "
                "per savaitę.",
                "en": "The pay promised is far above the usual rate – say 1,000 euros a week.",
            },
            {
                "lt": "Tarpininkas pasiima jūsų pasą ar asmens tapatybės kortelę.",
                "en": "A middleman takes your passport or ID card.",
            },
            {
                "lt": "Atlyginimas vis atidedamas „kitai savaitei“.",
                "en": "Your wages are always ‘coming next week’.",
            },
            {
                "lt": "Skola už kelionę, būstą ir maistą tik auga.",
                "en": "A debt for travel, housing and food only grows.",
            },
        ],
        "source": "Composite based on the original prekybazmonemis.lt story of a 26-year-old "
        "recruited by a newspaper job ad for Germany whose documents were taken (FACTS.md); "
        "pay promised far above the market, 1,000-2,000 euro a week, and real or invented "
        "debts (FACTS.md, recruitment tactics seen in Lithuania); Germany as a main "
        "destination (IOM Vilnius, seeds/001); ILO indicators: deception, retention of "
        "identity documents, withholding of wages, debt bondage, excessive overtime; "
        "self-test advice (memorise two numbers, carry ID and keep a copy separately).",
        "featured": True,
    },
    # ------------------------------------------------------------------ 2
    {
        "key": "laura-boyfriend-uk",
        "slug": {"lt": "laura-meile-kuri-tapo-spastais", "en": "laura-when-love-was-a-trap"},
        "title": {
            "lt": "Laura, 19 m.: meilė, kuri tapo spąstais",
            "en": "Laura, 19: when love was a trap",
        },
        "pseudonym": {"lt": "Laura", "en": "Laura"},
        "summary": {
            "lt": "Vaikinas pakvietė Laurą kartu išvažiuoti į Jungtinę Karalystę. Ten jis "
            "pasiėmė jos dokumentus ir privertė ją teikti seksualines paslaugas.",
            "en": "Laura's boyfriend invited her to move to the United Kingdom with him. There "
            "he took her documents and forced her to sell sex.",
        },
        "body": {
            "lt": (
                "<p>Laurai buvo 19 metų, kai ji susipažino su už save vyresniu vaikinu. Jis "
                "buvo dėmesingas, dovanojo dovanų, daug kalbėjo apie bendrą ateitį. Po kelių "
                "mėnesių jis pasiūlė kartu išvažiuoti į Jungtinę Karalystę. Sakė, kad ten turi "
                "draugų, kad abu greitai ras darbą ir susitaupys savo būstui.</p>"
                "<h2>Kas nutiko</h2>"
                "<p>Jiems atvykus viskas pasikeitė. Vaikinas pasiėmė Lauros asmens tapatybės "
                "kortelę ir telefoną – „kad nepamestų“. Jie apsigyveno bute su nepažįstamais žmonėmis. "
                "Netrukus jis pareiškė, kad jie skolingi už kelionę ir būstą, o skolą Laura "
                "turės atidirbti teikdama seksualines paslaugas. Visus pinigus pasiimdavo jis. "
                "Laurą veždavo iš vieno buto į kitą, adresai vis keitėsi.</p>"
                "<h2>Kai ji suprato</h2>"
                "<p>Ilgai Laura tikėjo, kad tai laikina ir kad vaikinas ją myli. Kai jis "
                "pagrasino viską papasakoti jos šeimai, ji suprato: žmogus, kuriuo ji "
                "pasitikėjo, ją išnaudoja. Tai nebuvo jos kaltė.</p>"
                "<h2>Kaip atėjo pagalba</h2>"
                "<p>Laura mokėjo atmintinai tetos telefono numerį. Vieną dieną, likusi viena, ji "
                "paprašė kaimynės telefono ir paskambino. Teta tą patį vakarą paskambino į "
                f"pagalbos liniją {_HOTLINE}. Konsultantai padėjo susisiekti su Užsienio "
                f"reikalų ministerijos konsuline pagalba ({_MFA}) ir vietos policija. Netrukus "
                "Laura buvo saugi.</p>"
                "<h2>Šiandien</h2>"
                "<p>Grįžusi Laura kreipėsi į Klaipėdos socialinės ir psichologinės pagalbos "
                "centrą. Ten ji gavo psichologinę ir teisinę pagalbą, o vėliau pradėjo mokytis "
                "profesijos. Sunkių dienų dar pasitaiko, bet sprendimus dėl savo gyvenimo Laura "
                "vėl priima pati.</p>"
                "<p>Daugiau apie šią išnaudojimo formą – puslapyje "
                '<a href="/lt/seksualinis-isnaudojimas/">Seksualinis išnaudojimas</a>.</p>'
                + _NOTE_LT
                + _sources_lt(_IOM_VILNIUS_LT, _KSPPC_LT, _PZ_LT)
            ),
            "en": (
                "<p>Laura was 19 when she met a boyfriend a few years older than her. He was "
                "attentive, gave her presents and talked a lot about their future together. A "
                "few months later he suggested they move to the United Kingdom. He said he had "
                "friends there, that they would both find work quickly and soon save up for a "
                "place of their own.</p>"
                "<h2>What happened</h2>"
                "<p>Once they arrived, everything changed. Her boyfriend took Laura's ID card "
                "and phone – ‘so you don't lose them’. They moved into a flat with people she "
                "did not know. Soon he told her they owed money for the journey and the flat, "
                "and that she would have to pay it off by selling sex. He took all the money. "
                "Laura was moved from one flat to another, and the address kept changing.</p>"
                "<h2>The moment she knew</h2>"
                "<p>For a long time Laura believed it was only for a while and that he loved "
                "her. When he threatened to tell her family everything, she understood: the "
                "person she had trusted was exploiting her. It was not her fault.</p>"
                "<h2>How help came</h2>"
                "<p>Laura knew her aunt's number by heart. One day, when she was alone, she "
                "borrowed a neighbour's phone and called her. That same evening her aunt "
                f"called the hotline on {_HOTLINE}. The advisers helped them reach the "
                f"Ministry of Foreign Affairs consular line ({_MFA}) and the local police. "
                "Soon Laura was safe.</p>"
                "<h2>Today</h2>"
                "<p>Back in Lithuania, Laura turned to the Klaipėda Social and Psychological "
                "Services Center. There she received psychological and legal help, and later "
                "started vocational training. She still has hard days, but once again she makes "
                "the decisions about her own life.</p>"
                "<p>More about this form of exploitation: "
                '<a href="/en/sexual-exploitation/">Sexual exploitation</a>.</p>'
                + _NOTE_EN
                + _sources_en(_IOM_VILNIUS_EN, _KSPPC_EN, _PZ_EN)
            ),
        },
        "forms": ["sexual-exploitation"],
        "recruitment": ["acquaintance-or-partner", "job-offer-abroad"],
        "destination": "GB",
        "period_start": 2022,
        "period_end": 2023,
        "age_group": "18-25",
        "warning_signs": [
            {
                "lt": "Naujas partneris greitai ima kalbėti apie bendrą išvykimą į užsienį.",
                "en": "A new partner soon starts talking about moving abroad together.",
            },
            {
                "lt": "Atvykus partneris pasiima jūsų dokumentus ir telefoną.",
                "en": "Once you arrive, your partner takes your documents and phone.",
            },
            {
                "lt": "Staiga atsiranda „skola“ už kelionę ar būstą.",
                "en": "Suddenly there is a ‘debt’ for the journey or the flat.",
            },
            {
                "lt": "Jūsų gyvenamoji vieta vis keičiasi.",
                "en": "Where you live keeps changing.",
            },
        ],
        "source": "Composite based on IOM Vilnius (seeds/001): recruiters close to the victim, "
        "including a boyfriend; the UK among the main destinations for Lithuanian women "
        "trafficked for sexual exploitation. Klaipėda Social and Psychological Services "
        "Center (seeds/004): signs of sexual exploitation (earnings handed over, changing "
        "addresses, no control of documents) and its survivor-oriented help (counselling, "
        "legal help, vocational training). Self-test advice: memorise two numbers.",
        "featured": False,
    },
    # ------------------------------------------------------------------ 3
    {
        "key": "tomas-sweden",
        "slug": {"lt": "tomas-statybos-svedijoje", "en": "tomas-building-work-in-sweden"},
        "title": {
            "lt": "Tomas, 44 m.: statybos Švedijoje",
            "en": "Tomas, 44: building work in Sweden",
        },
        "pseudonym": {"lt": "Tomas", "en": "Tomas"},
        "summary": {
            "lt": "Tomas per įdarbinimo agentūrą išvyko dirbti statybose Švedijoje. Pasas liko "
            "pas darbdavį, o atlyginimas ištirpo išskaitose.",
            "en": "Tomas went to work on building sites in Sweden through a recruitment "
            "agency. His passport stayed with the employer, and his pay vanished in "
            "deductions.",
        },
        "body": {
            "lt": (
                "<p>Tomas, 44 metų statybininkas, Lietuvoje uždirbdavo nedaug. Internete jis "
                "rado įdarbinimo agentūros skelbimą: statybų darbai Švedijoje, apgyvendinimas, "
                "atlyginimas kelis kartus didesnis nei namie. Agentūros atstovas skubino jį "
                "pasirašyti sutartį švedų kalba ir sakė, kad tai tik formalumas.</p>"
                "<h2>Kas nutiko</h2>"
                "<p>Švedijoje Tomą ir dar kelis vyrus apgyvendino perpildytame name toli nuo "
                "miesto. Darbdavys pasiėmė jų pasus – neva registracijai. Dirbo jie nuo aušros "
                "iki sutemų, be laisvų dienų. Atlyginimas vis vėlavo, o kai pagaliau buvo "
                "sumokėtas, iš jo buvo išskaičiuota už būstą, kelionę ir įrankius. Beveik "
                "nieko neliko.</p>"
                "<h2>Kai jis suprato</h2>"
                "<p>Kai vyrai paprašė sumokėti tai, kas buvo žadėta, darbdavys pagrasino: jei "
                "skųsis, jie bus išvaryti be pinigų ir be dokumentų, o policijai jis pasakys, "
                "kad jie dirbo nelegaliai. Tomas suprato, kad be paso ir pinigų jis "
                "įstrigo.</p>"
                "<h2>Kaip atėjo pagalba</h2>"
                "<p>Tomas prisiminė internete matęs pagalbos linijos numerį. Vieną vakarą jis "
                f"paskambino iš užsienio – {_ABROAD}. Konsultantas paaiškino, kad darbdavys "
                "neturi teisės laikyti jo paso, ir padėjo susisiekti su Užsienio reikalų "
                f"ministerijos konsuline pagalba ({_MFA}) bei policijos padaliniu, tiriančiu "
                f"prekybą žmonėmis ({_POLICE}). Policija bendradarbiavo su kolegomis "
                "Švedijoje, ir Tomas su kitais vyrais grįžo namo.</p>"
                "<h2>Šiandien</h2>"
                "<p>Lietuvoje Tomas kreipėsi į Vyrų krizių centrą, vieną iš NAPPŽ narių. "
                "Pokalbiai su psichologu padėjo atsikratyti gėdos jausmo. Dabar jis vėl dirba "
                "statybose Lietuvoje. Kai sūnus pradėjo kalbėti apie darbą užsienyje, jie kartu "
                "patikrino darbdavį ir sutartį.</p>"
                "<p>Prieš išvykdami perskaitykite puslapį "
                '<a href="/lt/saugus-darbas-uzsienyje/">Saugus darbas užsienyje</a>.</p>'
                + _NOTE_LT
                + _sources_lt(_IOM_VILNIUS_LT, _ILO_LT, _PZ_LT, _URM)
            ),
            "en": (
                "<p>Tomas, a 44-year-old builder, earned little in Lithuania. Online he found "
                "an advert from a recruitment agency: building work in Sweden, accommodation "
                "included, pay several times higher than at home. The agency's representative "
                "hurried him into signing a contract in Swedish and said it was just a "
                "formality.</p>"
                "<h2>What happened</h2>"
                "<p>In Sweden, Tomas and several other men were put up in an overcrowded house "
                "far from town. The employer took their passports – for ‘registration’, he "
                "said. They worked from dawn until dark, with no days off. Their pay was always "
                "late, and when it finally came, money had been taken off for housing, travel "
                "and tools. Almost nothing was left.</p>"
                "<h2>The moment he knew</h2>"
                "<p>When the men asked to be paid what they had been promised, the employer "
                "threatened them: if they complained, they would be thrown out with no money "
                "and no documents, and he would tell the police they had been working "
                "illegally. Tomas realised that without his passport or money he was "
                "stuck.</p>"
                "<h2>How help came</h2>"
                "<p>Tomas remembered seeing the hotline number online. One evening he called it "
                f"from abroad on {_ABROAD}. The adviser explained that an employer has no right "
                "to keep his passport, and helped him reach the Ministry of Foreign Affairs "
                f"consular line ({_MFA}) and the police unit that investigates trafficking "
                f"({_POLICE}). The police worked with their colleagues in Sweden, and Tomas and "
                "the other men came home.</p>"
                "<h2>Today</h2>"
                "<p>Back in Lithuania, Tomas turned to the Men's Crisis Centre, one of the "
                "members of NAPPŽ. Talking to a psychologist helped him let go of his shame. He "
                "works in construction in Lithuania again. When his son began talking about a "
                "job abroad, they checked the employer and the contract together.</p>"
                "<p>Before you go, read "
                '<a href="/en/working-abroad-safely/">Working abroad safely</a>.</p>'
                + _NOTE_EN
                + _sources_en(_IOM_VILNIUS_EN, _ILO_EN, _PZ_EN, _URM)
            ),
        },
        "forms": ["forced-labour"],
        "recruitment": ["agency", "job-offer-abroad"],
        "destination": "SE",
        "period_start": 2023,
        "period_end": None,
        "age_group": "36-50",
        "warning_signs": [
            {
                "lt": "Siūloma pasirašyti sutartį kalba, kurios nesuprantate.",
                "en": "You are asked to sign a contract in a language you do not understand.",
            },
            {
                "lt": "Darbdavys laiko jūsų pasą.",
                "en": "The employer keeps your passport.",
            },
            {
                "lt": "Iš atlyginimo išskaičiuojama už būstą, kelionę ir įrankius.",
                "en": "Money is taken off your pay for housing, travel and tools.",
            },
            {
                "lt": "Dirbate be poilsio dienų.",
                "en": "You work with no days off.",
            },
            {
                "lt": "Jums grasina, jei skundžiatės.",
                "en": "You are threatened if you complain.",
            },
        ],
        "source": "Composite based on IOM Vilnius (seeds/001): the Nordic states among the main "
        "destinations, advice on legal ways of working abroad; ILO indicators: deception, "
        "retention of identity documents, withholding of wages, abusive living conditions, "
        "excessive overtime, intimidation and threats; self-test advice (contract in a "
        "language you understand, an employer must not keep your ID, check the employer); "
        "contacts from keliauk.urm.lt; Men's Crisis Centre as a NAPPŽ member (FACTS.md).",
        "featured": False,
    },
    # ------------------------------------------------------------------ 4
    {
        "key": "vytautas-debt",
        "slug": {"lt": "vytautas-skola-be-pabaigos", "en": "vytautas-a-debt-without-end"},
        "title": {
            "lt": "Vytautas, 53 m.: skola be pabaigos",
            "en": "Vytautas, 53: a debt without end",
        },
        "pseudonym": {"lt": "Vytautas", "en": "Vytautas"},
        "summary": {
            "lt": "Kaimynas pasiūlė sumokėti Vytauto skolas, jei šis jas atidirbs Nyderlanduose. "
            "Ten iš jo pasiėmė pasą, o skola tik augo.",
            "en": "A neighbour offered to pay off Vytautas's debts if he worked them off in the "
            "Netherlands. There his passport was taken, and the debt only grew.",
        },
        "body": {
            "lt": (
                "<p>Vytautui buvo 53 metai, kai užsidarė įmonė, kurioje jis ilgai dirbo. "
                "Susikaupė skolų. Kaimynas, kurį Vytautas pažinojo daugelį metų, pasiūlė "
                "išeitį: jis sumokės skolas, o Vytautas jas atidirbs šiltnamiuose "
                "Nyderlanduose. Sakė, kad uždarbis ten geras, o skolą išskaičiuos iš "
                "atlyginimo.</p>"
                "<h2>Kas nutiko</h2>"
                "<p>Nyderlanduose Vytauto pasą pasiėmė „saugoti“ – kad nepabėgtų, kol "
                "neatsiskaitys. Jis dirbo ilgas valandas, be poilsio dienų. Vienas išeiti iš ūkio "
                "negalėjo, o telefonu leisdavo pasinaudoti tik retkarčiais, kitiems girdint. "
                "Prie senos skolos vis buvo pridedama nauja: už kelionę, lovą, maistą, net už "
                "darbo drabužius.</p>"
                "<h2>Kai jis suprato</h2>"
                "<p>Po kelių mėnesių Vytautas paprašė parodyti, kiek dar liko atidirbti. "
                "Paaiškėjo, kad skola didesnė nei pradžioje. Tada jis suprato, kad ši skola "
                "niekada nesibaigs – ji reikalinga tam, kad jis negalėtų išvykti.</p>"
                "<h2>Kaip atėjo pagalba</h2>"
                "<p>Vytautas mokėjo atmintinai dukters telefono numerį. Bendradarbis paskolino "
                "jam telefoną, ir jis papasakojo dukteriai, kas vyksta. Duktė paskambino į "
                f"pagalbos liniją {_HOTLINE}. Konsultantai, tėvui sutikus, padėjo kreiptis į "
                f"policijos padalinį, tiriantį prekybą žmonėmis ({_POLICE}). Policija susisiekė "
                "su kolegomis Nyderlanduose, o Užsienio reikalų ministerijos konsulinė pagalba "
                f"({_MFA}) padėjo Vytautui grįžti.</p>"
                "<h2>Šiandien</h2>"
                "<p>Lietuvoje Vytautui padėjo Kovos su prekyba žmonėmis ir išnaudojimu centras "
                "(KOPŽI, Lietuvos „Caritas“): iš pradžių – su būstu, vėliau – su dokumentais ir "
                "teisininko konsultacijomis dėl skolų. Dabar jis dirba netoli dukters namų. "
                "„Gėdytis turi ne aš“, – sako jis.</p>"
                "<p>Daugiau apie tai – puslapyje "
                '<a href="/lt/priverstinis-darbas/">Priverstinis darbas</a>.</p>'
                + _NOTE_LT
                + _sources_lt(_IOM_VILNIUS_LT, _ILO_LT, _PZ_LT)
            ),
            "en": (
                "<p>Vytautas was 53 when the company he had worked for over many years closed "
                "down. Debts piled up. A neighbour he had known for years offered a way out: he "
                "would pay off the debts, and Vytautas would work them off in greenhouses in the "
                "Netherlands. The money there was good, he said, and the debt would come out of "
                "his wages.</p>"
                "<h2>What happened</h2>"
                "<p>In the Netherlands, Vytautas's passport was taken ‘for safekeeping’ – so "
                "that he would not run off before he had paid. He worked long hours with no "
                "days off. He could not leave the farm on his own, and he was only allowed to "
                "use a phone now and then, with others listening. New charges kept being added "
                "to the old debt: for the journey, his bed, his food, even his work "
                "clothes.</p>"
                "<h2>The moment he knew</h2>"
                "<p>After a few months Vytautas asked to see how much he still owed. The debt "
                "was bigger than at the start. That was when he understood it would never end – "
                "it was there to stop him leaving.</p>"
                "<h2>How help came</h2>"
                "<p>Vytautas knew his daughter's number by heart. A co-worker lent him a phone, "
                "and he told her what was happening. His daughter called the hotline on "
                f"{_HOTLINE}. With her father's agreement, the advisers helped them contact "
                f"the police unit that investigates trafficking ({_POLICE}). The police worked "
                "with their colleagues in the Netherlands, and the Ministry of Foreign Affairs "
                f"consular line ({_MFA}) helped Vytautas get home.</p>"
                "<h2>Today</h2>"
                "<p>In Lithuania, KOPŽI, the Centre against Human Trafficking and Exploitation "
                "run by Lithuanian Caritas, helped him – first with somewhere to stay, then with "
                "his documents and legal advice about his debts. He now works near his "
                "daughter's home. ‘I'm not the one who should be ashamed,’ he says.</p>"
                "<p>Read more under "
                '<a href="/en/forced-labour/">Forced labour</a>.</p>'
                + _NOTE_EN
                + _sources_en(_IOM_VILNIUS_EN, _ILO_EN, _PZ_EN)
            ),
        },
        "forms": ["forced-labour"],
        "recruitment": ["acquaintance-or-partner", "job-offer-abroad"],
        "destination": "NL",
        "period_start": 2020,
        "period_end": 2021,
        "age_group": "over-50",
        "warning_signs": [
            {
                "lt": "Kažkas siūlo sumokėti jūsų skolas, jei jas atidirbsite.",
                "en": "Someone offers to pay your debts if you work them off.",
            },
            {
                "lt": "Jūsų pasą „saugo“ kitas žmogus.",
                "en": "Someone else ‘looks after’ your passport.",
            },
            {
                "lt": "Skola ne mažėja, o auga.",
                "en": "The debt grows instead of shrinking.",
            },
            {
                "lt": "Negalite laisvai išeiti ar paskambinti artimiesiems.",
                "en": "You cannot leave or call your family freely.",
            },
        ],
        "source": "Composite based on FACTS.md recruitment tactics seen in Lithuania (real or "
        "invented debts; recruiters close to the victim, including a neighbour, IOM Vilnius "
        "seeds/001); the Netherlands among the main destinations (IOM Vilnius, seeds/001); ILO "
        "indicators: debt bondage, retention of identity documents, restriction of movement, "
        "isolation, excessive overtime; self-test advice (memorise two numbers); KOPŽI as a "
        "NAPPŽ member (FACTS.md).",
        "featured": False,
    },
    # ------------------------------------------------------------------ 5
    {
        "key": "gabija-online",
        "slug": {"lt": "gabija-draugas-internete", "en": "gabija-a-friend-online"},
        "title": {
            "lt": "Gabija, 15 m.: „draugas“ internete",
            "en": "Gabija, 15: a ‘friend’ online",
        },
        "pseudonym": {"lt": "Gabija", "en": "Gabija"},
        "summary": {
            "lt": "Žaidimų forume Gabija susipažino su „bendraamžiu“, kuris išviliojo iš jos "
            "intymią nuotrauką ir ėmė grasinti. Pagalba atėjo per mokyklą.",
            "en": "On a gaming forum Gabija met a ‘boy her age’ who talked her into sending an "
            "intimate photo and then began to threaten her. Help came through her school.",
        },
        "body": {
            "lt": (
                "<p>Gabijai buvo 15 metų. Per pandemiją, kai pamokos vyko nuotoliniu būdu, ji "
                "daug laiko leisdavo žaidimų forume. Ten jai ėmė rašyti vaikinas, kuris sakėsi "
                "esąs 17 metų. Jam patiko ta pati muzika, jis gyrė Gabijos piešinius ir "
                "dovanodavo jai dovanų žaidime.</p>"
                "<h2>Kas nutiko</h2>"
                "<p>Netrukus jis pasiūlė kalbėtis privačiai ir paprašė niekam apie juos "
                "nepasakoti: „Suaugusieji vis tiek nesupras.“ Po kurio laiko paprašė nuotraukų, "
                "o vėliau – intymios nuotraukos. Kai Gabija ją atsiuntė, jo tonas pasikeitė. Jis "
                "ėmė reikalauti daugiau ir grasino, kad nuotrauką pamatys jos klasės draugai ir "
                "tėvai.</p>"
                "<h2>Kai ji suprato</h2>"
                "<p>Gabija suprato, kad šis žmogus – visai ne tas, kuo dėjosi. Ji bijojo ir "
                "gėdijosi, nustojo susitikinėti su draugais, ėmė prasčiau mokytis. Jai atrodė, "
                "kad kalta ji pati. Bet kaltas buvo tas, kuris ją apgavo ir jai grasino.</p>"
                "<h2>Kaip atėjo pagalba</h2>"
                "<p>Pokyčius pastebėjo klasės auklėtoja. Ji paprašė mokyklos socialinės "
                "pedagogės pasikalbėti su Gabija – ramiai ir nekaltinant. Gabija papasakojo "
                "viską. Gabija su mama kreipėsi į policiją, o pagalbos linijos "
                f"{_HOTLINE} konsultantai patarė šeimai, kaip palaikyti Gabiją ir kur gauti "
                "psichologo pagalbą.</p>"
                "<h2>Šiandien</h2>"
                "<p>Gabija vėl piešia ir susitinka su draugais. Su psichologe ji kalbėjosi ne "
                "vieną mėnesį. Dabar ji žino: intymiomis nuotraukomis dalytis nereikia, o jei "
                "kas nors grasina, nereikia su tuo likti vienai. Mokykloje ji padėjo parengti "
                "pamoką apie saugumą internete.</p>"
                "<p>Tėvams ir mokytojams: jei vaikui gresia pavojus, skambinkite "
                f"{_EMERGENCY}. Daugiau – puslapyje "
                '<a href="/lt/isnaudojimas-internete/">Išnaudojimas internete</a>.</p>'
                + _NOTE_LT
                + _sources_lt(_IOM_BY_LT, _PZ_LT)
            ),
            "en": (
                "<p>Gabija was 15. During the pandemic, when lessons were online, she spent a "
                "lot of time on a gaming forum. A boy who said he was 17 started writing to "
                "her there. He liked the same music, praised her drawings and gave her gifts in "
                "the game.</p>"
                "<h2>What happened</h2>"
                "<p>Soon he suggested they talk privately and asked her not to tell anyone about "
                "them: ‘Adults won't understand anyway.’ After a while he asked for photos, and "
                "later for an intimate one. Once Gabija had sent it, his tone changed. He "
                "demanded more and threatened that her classmates and parents would see the "
                "photo.</p>"
                "<h2>The moment she knew</h2>"
                "<p>Gabija realised that this person was not who he had pretended to be. She "
                "was frightened and ashamed; she stopped seeing her friends and her school work "
                "slipped. She felt it was her own fault. But the one to blame was the person who "
                "deceived and threatened her.</p>"
                "<h2>How help came</h2>"
                "<p>Her form teacher noticed the change. She asked the school's social worker "
                "to talk to Gabija – calmly and without blame. Gabija told her everything. "
                "Gabija and her mother went to the police, and the advisers on the "
                f"hotline, {_HOTLINE}, gave the family advice on how to support Gabija and "
                "where to find a psychologist.</p>"
                "<h2>Today</h2>"
                "<p>Gabija is drawing again and sees her friends. She talked with a "
                "psychologist for several months. Now she knows she never has to share "
                "intimate photos, and that if someone threatens her, she does not have to face "
                "it alone. At school she helped prepare a lesson on staying safe online.</p>"
                "<p>For parents and teachers: if a child is in danger, call "
                f"{_EMERGENCY}. Read more under "
                '<a href="/en/online-exploitation/">Online exploitation</a>.</p>'
                + _NOTE_EN
                + _sources_en(_IOM_BY_EN, _PZ_EN)
            ),
        },
        "forms": ["online-exploitation", "sexual-exploitation"],
        "recruitment": ["social-media"],
        "destination": "LT",
        "period_start": 2020,
        "period_end": 2021,
        "age_group": "under-18",
        "warning_signs": [
            {
                "lt": "Naujas draugas internete labai greitai tampa artimas ir daug giria.",
                "en": "A new online friend gets close very quickly, with lots of praise.",
            },
            {
                "lt": "Prašo pokalbius laikyti paslaptyje.",
                "en": "They ask you to keep your chats secret.",
            },
            {
                "lt": "Prašo intymių nuotraukų.",
                "en": "They ask for intimate photos.",
            },
            {
                "lt": "Gavęs nuotrauką, ima grasinti ją paskelbti.",
                "en": "Once they have a photo, they threaten to share it.",
            },
        ],
        "source": "Composite based on the IOM Belarus analytical snapshot (seeds/002, citing "
        "Europol): the COVID-19 pandemic raised the risk of online sexual exploitation of "
        "children; children targeted through social media, gaming forums and other "
        "platforms, drawn in through popular culture (music); children 17-26% of victims "
        "assisted. Self-test advice from prekybazmonemis.lt (do not share intimate photos). "
        "'They Have a Name' (seeds/003): emphasis on work with young people.",
        "featured": True,
    },
    # ------------------------------------------------------------------ 6
    {
        "key": "mindaugas-fraud",
        "slug": {"lt": "mindaugas-priverstas-sukciauti", "en": "mindaugas-made-to-commit-fraud"},
        "title": {
            "lt": "Mindaugas, 35 m.: priverstas sukčiauti",
            "en": "Mindaugas, 35: made to commit fraud",
        },
        "pseudonym": {"lt": "Mindaugas", "en": "Mindaugas"},
        "summary": {
            "lt": "Pažįstamas pasiūlė Mindaugui kambarį ir „lengvų pinigų“. Netrukus jis buvo "
            "verčiamas sukčiauti kitų naudai.",
            "en": "An acquaintance offered Mindaugas a room and ‘easy money’. Soon he was being "
            "made to commit fraud for others.",
        },
        "body": {
            "lt": (
                "<p>Mindaugui buvo 35 metai. Po skyrybų jis neteko darbo ir būsto, susikaupė "
                "skolų. Senas pažįstamas pasiūlė jam kambarį ir „lengvų pinigų“: tereikėjo "
                "pasirašyti kelis dokumentus.</p>"
                "<h2>Kas nutiko</h2>"
                "<p>Iš pradžių Mindaugą vedžiojo į bankus: jis atidarė kelias sąskaitas, savo "
                "vardu pasirašė paskolų ir telefonų sutartis. Korteles ir telefonus iškart "
                "pasiimdavo pažįstamas ir jo draugai. Vėliau Mindaugą privertė skambinti "
                "žmonėms ir apsimesti banko darbuotoju. Jo asmens tapatybės kortelę laikė jie, "
                "o „skola“ už kambarį ir maistą vis augo.</p>"
                "<h2>Kai jis suprato</h2>"
                "<p>Kai Mindaugas atsisakė skambinti, jam pagrasino: visos paskolos ir sąskaitos "
                "– jo vardu, tad į kalėjimą sės jis. Kartą per pokalbį jis išgirdo, kaip "
                "pagyvenusi moteris verkdama pasakoja, kad atidavė visas santaupas. Tą vakarą "
                "Mindaugas suprato, kad jį išnaudoja, o per jį skriaudžiami ir kiti "
                "žmonės.</p>"
                "<h2>Kaip atėjo pagalba</h2>"
                "<p>Mindaugas pats atėjo į policiją. Jo istorija buvo perduota Lietuvos "
                "kriminalinės policijos biuro padaliniui, tiriančiam prekybą žmonėmis "
                f"({_POLICE}). Tyrėjai išsiaiškino, kad ir jis buvo išnaudojamas. Pagalbos "
                f"linijos {_HOTLINE} konsultantai jį nukreipė į Vyrų krizių centrą.</p>"
                "<h2>Šiandien</h2>"
                "<p>Vyrų krizių centre Mindaugas gavo psichologo pagalbą ir teisines "
                "konsultacijas dėl jo vardu paimtų paskolų. Jis gyvena savarankiškai ir dirba. "
                "„Maniau, kad niekas manimi nepatikės. Patikėjo“, – sako jis.</p>"
                "<p>Jei jus privertė daryti nusikaltimą, jūs taip pat esate išnaudojimo auka. "
                "Daugiau – puslapyje "
                '<a href="/lt/priverstinis-nusikaltimu-darymas/">Priverstinis nusikaltimų '
                "darymas</a>.</p>" + _NOTE_LT + _sources_lt(_PZ_LT, _IOM_LT_LT, _ILO_LT, _URM)
            ),
            "en": (
                "<p>Mindaugas was 35. After his divorce he lost his job and his home, and debts "
                "piled up. An old acquaintance offered him a room and ‘easy money’: all he had "
                "to do was sign a few papers.</p>"
                "<h2>What happened</h2>"
                "<p>At first they took Mindaugas round the banks: he opened several accounts "
                "and signed loan and phone contracts in his own name. The acquaintance and his "
                "friends took the cards and phones straight away. Later they made Mindaugas "
                "call people and pretend to be a bank employee. They kept his ID card, and his "
                "‘debt’ for the room and food kept growing.</p>"
                "<h2>The moment he knew</h2>"
                "<p>When Mindaugas refused to make the calls, they threatened him: the loans and "
                "accounts were all in his name, so he was the one who would go to prison. Once, "
                "during a call, he heard an elderly woman crying as she said she had handed "
                "over all her savings. That evening Mindaugas understood that he was being "
                "exploited, and that other people were being harmed through him.</p>"
                "<h2>How help came</h2>"
                "<p>Mindaugas went to the police himself. His case was passed to the "
                "trafficking unit of the Lithuanian Criminal Police Bureau "
                f"({_POLICE}). The investigators found that he, too, had been exploited. "
                f"The advisers on the hotline, {_HOTLINE}, referred him to the Men's Crisis "
                "Centre.</p>"
                "<h2>Today</h2>"
                "<p>At the Men's Crisis Centre, Mindaugas received psychological support and "
                "legal advice about the loans taken out in his name. He lives on his own and "
                "has a job. ‘I thought nobody would believe me. They did,’ he says.</p>"
                "<p>If you were forced to commit a crime, you are a victim of exploitation too. "
                "Read more under "
                '<a href="/en/forced-criminality/">Forced criminality</a>.</p>'
                + _NOTE_EN
                + _sources_en(_PZ_EN, _IOM_LT_EN, _ILO_EN, _URM)
            ),
        },
        "forms": ["forced-criminality"],
        "recruitment": ["acquaintance-or-partner"],
        "destination": "LT",
        "period_start": 2021,
        "period_end": 2022,
        "age_group": "26-35",
        "warning_signs": [
            {
                "lt": "Siūlomi „lengvi pinigai“ vien už parašą.",
                "en": "You are offered ‘easy money’ just for a signature.",
            },
            {
                "lt": "Jūsų vardu atidaromos sąskaitos ir imamos paskolos.",
                "en": "Accounts are opened and loans taken out in your name.",
            },
            {
                "lt": "Kiti laiko jūsų asmens dokumentą ir banko korteles.",
                "en": "Others keep your ID and your bank cards.",
            },
            {
                "lt": "Grasinama, kad dėl visko kaltas būsite jūs.",
                "en": "You are told that you will take the blame for everything.",
            },
        ],
        "source": "Composite based on the original prekybazmonemis.lt story of a 35-year-old "
        "man exploited to commit fraud (FACTS.md); IOM Lithuania (seeds/000): forced "
        "commission of crimes as a form of trafficking, lasting psychological trauma; "
        "recruiters close to the victim and real or invented debts (FACTS.md); ILO "
        "indicators: abuse of vulnerability, retention of identity documents, debt bondage, "
        "intimidation and threats; police trafficking unit (keliauk.urm.lt); Men's Crisis "
        "Centre as a NAPPŽ member (FACTS.md).",
        "featured": False,
    },
    # ------------------------------------------------------------------ 7
    {
        "key": "olena-lithuania",
        "slug": {"lt": "olena-darbas-lietuvoje", "en": "olena-work-in-lithuania"},
        "title": {
            "lt": "Olena, 39 m.: darbas, kuris turėjo padėti",
            "en": "Olena, 39: the job that was meant to help",
        },
        "pseudonym": {"lt": "Olena", "en": "Olena"},
        "summary": {
            "lt": "Pabėgusi nuo karo, Olena Lietuvoje rado darbą per skelbimą socialiniame "
            "tinkle. Darbdavys pasiėmė jos dokumentus ir beveik nemokėjo.",
            "en": "After fleeing the war, Olena found work in Lithuania through a social media "
            "post. The employer took her documents and hardly paid her.",
        },
        "body": {
            "lt": (
                "<p>Olena su paaugliu sūnumi pabėgo nuo karo ir atvyko į Lietuvą. Socialinio "
                "tinklo grupėje, skirtoje atvykusiems, ji pamatė skelbimą gimtąja kalba: valymo "
                "darbas didmiestyje, būstas suteikiamas. Skelbimą įdėjęs vyras kalbėjo jos kalba "
                "ir atrodė norintis padėti.</p>"
                "<h2>Kas nutiko</h2>"
                "<p>Vyras pasiėmė Olenos dokumentus – neva leidimams sutvarkyti. Ji su sūnumi "
                "gyveno perpildytame bute, kurį taip pat nuomojo jis. Olena valė patalpas nuo "
                "ryto iki vakaro, dažnai ir savaitgaliais. Atlyginimą vyras mokėdavo retai ir "
                "mažesnį, nei žadėjo, nes išskaičiuodavo už būstą. Kai Olena paprašė "
                "sutarties, jis pagrasino: jei skųsis, ji neteks teisės likti Lietuvoje.</p>"
                "<h2>Kai ji suprato</h2>"
                "<p>Moteris, gyvenusi tame pačiame bute, papasakojo, kad tas pats vyras taip "
                "elgėsi ir su kitomis. Olena suprato, kad tai ne pagalba, o išnaudojimas – ir "
                "kad kažkas naudojasi jos baime.</p>"
                "<h2>Kaip atėjo pagalba</h2>"
                "<p>Olena lankė lietuvių kalbos kursus. Savanorė pastebėjo, kad ji labai "
                f"pavargusi, ir davė pagalbos linijos numerį {_HOTLINE}. Ten galima kalbėti "
                "lietuviškai, angliškai ir rusiškai. Konsultantė išklausė Oleną ir nukreipė ją "
                "į Klaipėdos socialinės ir psichologinės pagalbos centrą, kuris padeda ir "
                "užsienietėms, nukentėjusioms Lietuvoje. Centro darbuotojai padėjo atgauti "
                "dokumentus ir kreiptis į policiją.</p>"
                "<h2>Šiandien</h2>"
                "<p>Olena dirba pagal sutartį, kurią jai išvertė ir paaiškino. Sūnus lanko "
                "mokyklą, o ji pati toliau mokosi lietuvių kalbos. „Kai bėgi nuo karo, atrodo, "
                "kad turi būti dėkinga už bet ką. Bet teisių turiu ir aš“, – sako Olena.</p>"
                "<p>Kam skambinti ir kas vyksta paskambinus, rasite puslapyje "
                '<a href="/lt/kaip-gauti-pagalba/">Kaip gauti pagalbą</a>.</p>'
                + _NOTE_LT
                + _sources_lt(_IOM_LT_LT, _KSPPC_LT, _ILO_LT, _MISSING)
            ),
            "en": (
                "<p>Olena fled the war with her teenage son and came to Lithuania. In a social "
                "media group for new arrivals she saw a post in her own language: cleaning work "
                "in a big city, accommodation provided. The man who posted it spoke her language "
                "and seemed to want to help.</p>"
                "<h2>What happened</h2>"
                "<p>The man took Olena's documents – to sort out her permits, he said. She and "
                "her son lived in an overcrowded flat that he also rented out to them. Olena "
                "cleaned from morning till evening, often at weekends too. The man paid her "
                "rarely, and less than he had promised, because he took off money for the flat. "
                "When Olena asked for a contract, he threatened her: if she complained, she "
                "would lose the right to stay in Lithuania.</p>"
                "<h2>The moment she knew</h2>"
                "<p>A woman who lived in the same flat told her that the man had done the same "
                "to others. Olena understood that this was not help but exploitation – and that "
                "someone was using her fear.</p>"
                "<h2>How help came</h2>"
                "<p>Olena was going to Lithuanian language classes. A volunteer noticed how "
                f"exhausted she was and gave her the hotline number, {_HOTLINE}. You can speak "
                "Lithuanian, English or Russian there. The adviser listened to Olena and "
                "referred her to the Klaipėda Social and Psychological Services Center, which "
                "also helps foreign women exploited in Lithuania. The centre's staff helped her "
                "get her documents back and go to the police.</p>"
                "<h2>Today</h2>"
                "<p>Olena works under a contract that was translated and explained to her. Her "
                "son goes to school, and she keeps learning Lithuanian. ‘When you flee a war, "
                "you feel you should be grateful for anything. But I have rights too,’ she "
                "says.</p>"
                "<p>Who to call and what happens when you do: "
                '<a href="/en/how-to-get-help/">How to get help</a>.</p>'
                + _NOTE_EN
                + _sources_en(_IOM_LT_EN, _KSPPC_EN, _ILO_EN, _MISSING)
            ),
        },
        "forms": ["forced-labour"],
        "recruitment": ["social-media", "job-ad"],
        "destination": "LT",
        "period_start": 2022,
        "period_end": 2023,
        "age_group": "36-50",
        "warning_signs": [
            {
                "lt": "Darbdavys pasiima jūsų dokumentus „leidimams sutvarkyti“.",
                "en": "The employer takes your documents ‘to sort out permits’.",
            },
            {
                "lt": "Darbą ir būstą duoda tas pats žmogus.",
                "en": "The same person gives you both your job and your home.",
            },
            {
                "lt": "Atlyginimas mažesnis, nei žadėta, arba visai nemokamas.",
                "en": "Your pay is less than promised, or not paid at all.",
            },
            {
                "lt": "Grasinama, kad neteksite teisės likti šalyje.",
                "en": "You are threatened with losing the right to stay in the country.",
            },
        ],
        "source": "Composite based on IOM Lithuania (seeds/000): immigrants from the former "
        "Eastern Bloc increasingly affected in Lithuania; exploiters use the helplessness and "
        "distress of people fleeing war. Klaipėda Social and Psychological Services Center "
        "(seeds/004): help for foreign women trafficked to Lithuania; foreign victims often "
        "without their own documents. ILO indicators: abuse of vulnerability, retention of "
        "identity documents, withholding of wages, intimidation and threats. Hotline "
        "languages from missing.lt.",
        "featured": True,
    },
    # ------------------------------------------------------------------ 8
    {
        "key": "jonas-spain",
        "slug": {"lt": "jonas-mama-pastebejo", "en": "jonas-his-mother-noticed"},
        "title": {
            "lt": "Jonas, 20 m.: mama pastebėjo ženklus",
            "en": "Jonas, 20: his mother saw the signs",
        },
        "pseudonym": {"lt": "Jonas", "en": "Jonas"},
        "summary": {
            "lt": "Mokyklos draugas pakvietė Joną dirbti Ispanijoje. Kad kažkas negerai, "
            "pirmoji pastebėjo mama – ir paskambino į pagalbos liniją.",
            "en": "A school friend invited Jonas to work in Spain. His mother was the first to "
            "notice that something was wrong – and she called the hotline.",
        },
        "body": {
            "lt": (
                "<p>Jonui buvo 20 metų, kai mokyklos draugas, jau dirbantis Ispanijoje, parašė "
                "jam socialiniame tinkle: darbas šiltnamiuose, geri pinigai, viską sutvarkys "
                "jis. Darbo namie Jonas nerado, todėl išvažiavo.</p>"
                "<h2>Kas nutiko</h2>"
                "<p>Iš pradžių Jonas skambindavo mamai kasdien. Vėliau skambučių mažėjo, ir jis "
                "skambindavo vis iš kitų numerių – sakė, kad sugedo telefonas. Adresai, kuriuos "
                "jis minėjo, keitėsi. Kartą jis paprašė atsiųsti pinigų, nes „reikia kai ką "
                "sumokėti“. Jo balsas buvo išsigandęs. Vėliau paaiškėjo, kad Jonas kelias "
                "savaites dirbo be atlyginimo, darbuotojų pasus laikė „draugo“ darbdaviai, o į "
                "darbą visus veždavo grupėmis.</p>"
                "<h2>Kai mama suprato</h2>"
                "<p>Mama perskaitė pavojaus ženklus šioje svetainėje. Žmogus pats nedisponuoja "
                "savo pinigais ir dokumentais, jo adresai nuolat keičiasi, jį vežioja grupėmis "
                "– viskas sutapo. Ji nebuvo tikra, bet nusprendė paskambinti.</p>"
                "<h2>Kaip atėjo pagalba</h2>"
                f"<p>Mama paskambino į pagalbos liniją {_HOTLINE}, kurią administruoja Dingusių "
                "žmonių šeimų paramos centras. Konsultantė ją išklausė ir padėjo susisiekti su "
                f"Užsienio reikalų ministerijos konsuline pagalba ({_MFA}). Kai kelias dienas "
                "Jonas neatsiliepė, centro darbuotojai palaikė mamą. Netrukus, padedant "
                "konsulams, Jonas grįžo namo.</p>"
                "<h2>Šiandien</h2>"
                "<p>Jonas mokosi profesijos Lietuvoje. Iš pradžių jam buvo sunku kalbėti apie "
                "tai, kas nutiko, bet dabar jis sako draugams: prieš išvažiuodami patikrinkite "
                "darbdavį ir įsiminkite bent du artimųjų telefono numerius. Mama džiaugiasi, "
                "kad paskambino, nors ir abejojo.</p>"
                "<p>Skambinti gali ne tik nukentėjęs žmogus, bet ir jo artimieji. Kaip atpažinti "
                'pavojų, rasite puslapyje <a href="/lt/pavojaus-zenklai/">Pavojaus '
                "ženklai</a>.</p>"
                + _NOTE_LT
                + _sources_lt(_IOM_VILNIUS_LT, _KSPPC_LT, _MISSING, _URM)
            ),
            "en": (
                "<p>Jonas was 20 when a school friend who was already working in Spain messaged "
                "him on social media: work in greenhouses, good money, and the friend would "
                "sort everything out. Jonas could not find work at home, so he went.</p>"
                "<h2>What happened</h2>"
                "<p>At first Jonas called his mother every day. Then the calls became fewer, "
                "and he rang from a different number each time – his phone had broken, he said. "
                "The addresses he mentioned kept changing. Once he asked her to send money "
                "because he ‘had something to pay’. He sounded frightened. Later it turned out "
                "that Jonas had worked for weeks without pay, that his friend's bosses kept the "
                "workers' passports, and that everyone was driven to work in groups.</p>"
                "<h2>The moment his mother knew</h2>"
                "<p>His mother read the warning signs on this site. No control over your own "
                "money or documents, an address that keeps changing, being moved around in "
                "groups – it all matched. She was not sure, but she decided to call.</p>"
                "<h2>How help came</h2>"
                f"<p>She called the hotline on {_HOTLINE}, which is run by the Missing Persons' "
                "Families Support Centre. The adviser listened and helped her reach the "
                f"Ministry of Foreign Affairs consular line ({_MFA}). When Jonas did not answer "
                "for several days, the centre's staff supported his mother. Soon, with consular "
                "help, Jonas came home.</p>"
                "<h2>Today</h2>"
                "<p>Jonas is training for a trade in Lithuania. At first he found it hard to talk "
                "about what had happened, but now he tells his friends: before you go, check "
                "the employer and learn at least two phone numbers of people close to you by "
                "heart. His mother is glad she called, even though she had doubts.</p>"
                "<p>You don't have to be the person affected to call – family can call too. To "
                'recognise the danger, see <a href="/en/warning-signs/">Warning signs</a>.</p>'
                + _NOTE_EN
                + _sources_en(_IOM_VILNIUS_EN, _KSPPC_EN, _MISSING, _URM)
            ),
        },
        "forms": ["forced-labour"],
        "recruitment": ["acquaintance-or-partner", "social-media"],
        "destination": "ES",
        "period_start": 2023,
        "period_end": 2024,
        "age_group": "18-25",
        "warning_signs": [
            {
                "lt": "Artimas žmogus skambina vis iš kitų numerių.",
                "en": "Someone close keeps calling from different numbers.",
            },
            {
                "lt": "Jo adresai nuolat keičiasi.",
                "en": "Their address keeps changing.",
            },
            {
                "lt": "Jis pats nedisponuoja savo pinigais ir dokumentais.",
                "en": "They have no control over their own money or documents.",
            },
            {
                "lt": "Jį vežioja grupėmis, kažkam kontroliuojant.",
                "en": "They are moved around in groups under someone's control.",
            },
        ],
        "source": "Composite based on IOM Vilnius (seeds/001): recruiters close to the victim "
        "(a friend), Spain among the main destinations; Klaipėda Social and Psychological "
        "Services Center (seeds/004): signs in a third person (no control over passport or "
        "money, changing addresses, moved in groups under someone's control); hotline run by "
        "the Missing Persons' Families Support Centre, open to family members (missing.lt); "
        "MFA consular line (keliauk.urm.lt); self-test advice (check the employer, memorise "
        "two numbers).",
        "featured": False,
    },
]
