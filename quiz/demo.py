"""Demo content for the two self-assessments (Lithuanian and English).

"Am I at risk?" is for people who are thinking about a job (often abroad) or who
are already in a job that feels wrong. "Could someone I know be a victim?" is for
people who are worried about someone else. Both are awareness tools, not a
diagnosis, and both say so in their introduction.

Sources (see shared FACTS.md and shared/seeds/): the ILO's eleven indicators of
forced labour; the recruitment tactics seen in Lithuania and the self-test's
"remember" list, as described by IOM Lithuania (prekybazmonemis.lt); the signs in
a third person described by the Klaipėda Social and Psychological Services Center
(ksppc.lt); and the "any yes to a key question" principle of professional
screening tools (the Vera Institute's TVIT). Phone numbers are the ones in
FACTS.md, as on the content pages (awareness/demo/pages.py); staff can correct
them in the admin.

Scoring: each answer carries 0 to 3 points. A single question counts one answer;
a "tick all that apply" question counts every ticked answer (at least one must be
ticked, and each has a "none of these" answer worth 0). Answers marked
``red_flag`` put the result in the highest band on their own, whatever the total,
following the screening principle that one yes to a key question is enough to
refer. The bands of each questionnaire cover every total from the lowest to the
highest possible, with no gap or overlap; run this file to check.

Texts are plain (no links); introductions and band advice use only p, ul, li,
strong and em. Phone numbers are written out as text.
"""

QUESTIONNAIRES = [
    # ================================================================ 1
    {
        "key": "am-i-at-risk",
        "slug": {"lt": "ar-man-gresia-pavojus", "en": "am-i-at-risk"},
        "title": {"lt": "Ar man gresia pavojus?", "en": "Am I at risk?"},
        "introduction": {
            "lt": (
                "<p>Šis testas padės suprasti, ar darbo pasiūlyme arba darbe, kurį jau "
                "dirbate, nėra pavojaus ženklų. Jis tinka ir tiems, kurie tik ruošiasi "
                "išvykti, ir tiems, kurie jau dirba.</p>"
                "<p>Atsakykite į 14 klausimų – tai užtruks apie tris minutes. Jei klausimas "
                "jums ne visai tinka, rinkitės artimiausią atsakymą.</p>"
                "<p>Jūsų atsakymai nesaugomi. Skaičiuojame tik, kiek kartų buvo pasirinktas "
                "kiekvienas atsakymas, – be jokių duomenų apie jus.</p>"
                "<p><strong>Tai informacinė priemonė, ne diagnozė.</strong> Testas negali "
                "tiksliai pasakyti, kas su jumis vyksta, bet padės pastebėti, į ką verta "
                "atkreipti dėmesį ir kur kreiptis.</p>"
                "<p>Jei jums gresia pavojus dabar, skambinkite 112.</p>"
                "<p><em>Klausimai parengti pagal Tarptautinės darbo organizacijos (TDO) "
                "priverstinio darbo rodiklius ir verbavimo pavojaus ženklus, kuriuos aprašė "
                "TMO (IOM) Lietuvoje.</em></p>"
            ),
            "en": (
                "<p>This test helps you see whether a job offer, or the job you are already "
                "doing, shows any warning signs. It works whether you are still planning to "
                "go or are already there.</p>"
                "<p>There are 14 questions, and it takes about three minutes. If a question "
                "does not quite fit, choose the answer that comes closest.</p>"
                "<p>Your answers are not saved. We only count how often each answer is "
                "chosen, with nothing that could identify you.</p>"
                "<p><strong>This is an awareness tool, not a diagnosis.</strong> It cannot "
                "tell you for certain what is happening, but it can show you what to look "
                "out for and where to turn.</p>"
                "<p>If you are in danger now, call 112.</p>"
                "<p><em>The questions are based on the International Labour Organization's "
                "(ILO) indicators of forced labour and the recruitment red flags described "
                "by IOM Lithuania.</em></p>"
            ),
        },
        "order": 10,
        "questions": [
            # ------------------------------------------------------------ 1
            {
                "text": {
                    "lt": "Kaip sužinojote apie šį darbą?",
                    "en": "How did you hear about the job?",
                },
                "help_text": {
                    "lt": "Galvokite apie darbą, kurį dirbate dabar, arba apie tą, kurį jums pasiūlė.",
                    "en": "Think of the job you have now, or the one you have been offered.",
                },
                "kind": "single",
                "choices": [
                    {
                        "text": {
                            "lt": "Tiesiogiai iš darbdavio arba per registruotą įdarbinimo agentūrą",
                            "en": "Directly from the employer, or through a registered employment agency",
                        },
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {
                            "lt": "Iš darbo skelbimo internete ar laikraštyje",
                            "en": "From a job advert online or in a newspaper",
                        },
                        "points": 1,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Dauguma skelbimų sąžiningi, tačiau apgaulingi atrodo lygiai "
                            "taip pat. Prieš sutikdami patikrinkite darbdavį.",
                            "en": "Most adverts are honest, but false ones look just the same. "
                            "Check the employer before you agree to anything.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Per draugą, pažįstamą, kaimyną ar partnerį",
                            "en": "Through a friend, acquaintance, neighbour or partner",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Lietuvoje verbuotojai dažnai būna artimi žmonės: draugas, "
                            "kaimynas ar vaikinas. Net pažįstamo žmogaus pasiūlymą verta "
                            "patikrinti.",
                            "en": "In Lithuania, recruiters are often people close to you: a "
                            "friend, a neighbour or a boyfriend. Even an offer from someone you "
                            "know is worth checking.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Iš žmogaus, su kuriuo susipažinau socialiniuose tinkluose ar pokalbiuose internete",
                            "en": "From someone I met on social media or in an online chat",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Žmogų, kurį pažįstate tik internete, sunku patikrinti. "
                            "Prekeiviai žmonėmis dažnai pirmiausia įgyja pasitikėjimą draugyste "
                            "ar meile.",
                            "en": "Someone you know only online is hard to check. Traffickers "
                            "often build trust through friendship or romance first.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 2
            {
                "text": {
                    "lt": "Ar atlyginimas panašus į tai, kiek paprastai mokama už tokį darbą?",
                    "en": "Is the pay similar to what people usually earn for this kind of work?",
                },
                "help_text": {
                    "lt": "Galvokite apie žadamą arba jau mokamą atlyginimą.",
                    "en": "Think of the pay you were promised or are getting now.",
                },
                "kind": "single",
                "choices": [
                    {
                        "text": {"lt": "Taip, panašus", "en": "Yes, about the same"},
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {"lt": "Nežinau", "en": "I don't know"},
                        "points": 1,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Pasidomėkite, kiek už tokį darbą toje šalyje paprastai "
                            "mokama. Jei pasiūlymo neturite su kuo palyginti, būkite ypač "
                            "atsargūs.",
                            "en": "Find out what this work usually pays in that country. If you "
                            "cannot compare the offer with anything, take extra care.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Ne, gerokai didesnis – pavyzdžiui, 1 000–2 000 eurų per savaitę už paprastą darbą",
                            "en": "No, it is much higher – for example 1,000 to 2,000 euros a week for simple work",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Gerokai didesnis nei įprasta atlyginimas – vienas dažniausių "
                            "masalų, kuriuos verbuotojai naudoja Lietuvoje.",
                            "en": "Pay far above the going rate is one of the most common lures "
                            "used by recruiters in Lithuania.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 3
            {
                "text": {
                    "lt": "Ar sumokėjote pinigų ar esate skolingi tam, kas jums surado darbą, – žmogui ar agentūrai?",
                    "en": "Have you paid, or do you owe, money to the person or agency that found you the job?",
                },
                "help_text": {
                    "lt": "Tai gali būti pinigai už patį darbą, kelionę, būstą ar dokumentus.",
                    "en": "This includes money for the job itself, travel, housing or documents.",
                },
                "kind": "single",
                "choices": [
                    {
                        "text": {
                            "lt": "Ne, nieko nemokėjau ir skolų neturiu",
                            "en": "No, I have paid nothing and owe nothing",
                        },
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {
                            "lt": "Sumokėjau mokestį arba kelionės ir būsto išlaidas išskaičiuos iš atlyginimo",
                            "en": "I paid a fee, or travel and housing will be taken from my pay",
                        },
                        "points": 1,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Mokesčiai ir išskaitos greitai gali virsti skola. Paprašykite, "
                            "kad visos išlaidos būtų nurodytos raštu.",
                            "en": "Fees and deductions can quickly turn into a debt. Ask for "
                            "every cost in writing.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Turiu skolą, bet nežinau, kokio ji dydžio, arba ji vis didėja",
                            "en": "I owe money, but I don't know how much, or the debt keeps growing",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Skola už kelionę, būstą ar maistą, kuri tik didėja, – dažnas "
                            "būdas priversti žmogų toliau dirbti.",
                            "en": "A debt for travel, housing or food that only grows is a "
                            "common way to keep people working.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Privalau atidirbti skolą, ir tik tada man leis išeiti",
                            "en": "I have a debt I must work off before I am allowed to leave",
                        },
                        "points": 3,
                        "red_flag": True,
                        "explanation": {
                            "lt": "Kai skolą reikia atidirbti, kad leistų išeiti, tai skolų "
                            "vergovė – vienas iš TDO priverstinio darbo rodiklių. Vien šis "
                            "ženklas jau yra rimtas pavojaus signalas.",
                            "en": "Having to work off a debt before you may leave is debt "
                            "bondage, one of the ILO indicators of forced labour. On its own it "
                            "is a serious warning sign.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 4
            {
                "text": {
                    "lt": "Ar turite rašytinę darbo sutartį?",
                    "en": "Do you have a written contract?",
                },
                "help_text": {"lt": "", "en": ""},
                "kind": "single",
                "choices": [
                    {
                        "text": {
                            "lt": "Taip, kalba, kurią suprantu, ir turiu jos kopiją",
                            "en": "Yes, in a language I understand, and I have my own copy",
                        },
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {
                            "lt": "Dar ne, bet ją pažadėjo",
                            "en": "Not yet, but I have been promised one",
                        },
                        "points": 1,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Nevažiuokite ir nepradėkite dirbti, kol neperskaitėte ir "
                            "nepasirašėte sutarties. Be jos sunku įrodyti, kas buvo žadėta.",
                            "en": "Do not travel or start work until you have read and signed "
                            "the contract. Without it, it is hard to prove what was promised.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Taip, bet kalba, kurios nesuprantu, arba neturiu jos kopijos",
                            "en": "Yes, but in a language I don't understand, or I have no copy",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Sutartyje, kurios negalite perskaityti, gali būti parašyta bet "
                            "kas. Paprašykite vertimo ir savo kopijos. Nesuprantate – "
                            "nepasirašykite.",
                            "en": "A contract you cannot read could say anything. Ask for a "
                            "translation and your own copy. If you don't understand it, don't "
                            "sign it.",
                        },
                    },
                    {
                        "text": {"lt": "Ne, sutarties nėra", "en": "No, there is no contract"},
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Be rašytinės sutarties sunku įrodyti, kokį atlyginimą ir "
                            "sąlygas jums žadėjo.",
                            "en": "Without a written contract you have little proof of the pay "
                            "and conditions you were promised.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 5
            {
                "text": {
                    "lt": "Ar žinote darbdavio pavadinimą ir adresą?",
                    "en": "Do you know the employer's name and address?",
                },
                "help_text": {
                    "lt": "Pavyzdžiui, įmonės pavadinimą ir darbo vietos adresą.",
                    "en": "For example, the company name and the address of the workplace.",
                },
                "kind": "single",
                "choices": [
                    {
                        "text": {
                            "lt": "Taip, ir patikrinau juos internete arba atsakingose institucijose",
                            "en": "Yes, and I have checked them online or with the authorities",
                        },
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {
                            "lt": "Taip, bet jų netikrinau",
                            "en": "Yes, but I have not checked them",
                        },
                        "points": 1,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Patikrinkite darbdavį internete arba atsakingose "
                            "institucijose. Jei abejojate, paskambinkite į pagalbos liniją ir "
                            "pasiteiraukite.",
                            "en": "Check the employer online or with the authorities. If in "
                            "doubt, call the hotline and ask.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Ne, turiu tik vardą, telefono numerį ar paskyrą socialiniame tinkle",
                            "en": "No, I only have a first name, a phone number or a social media profile",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Jei nežinote, kas yra darbdavys ir kur yra darbo vieta, kilus "
                            "bėdai jums padėti bus sunku.",
                            "en": "If you don't know who the employer is or where the work is, "
                            "it will be hard for anyone to help you if something goes wrong.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 6
            {
                "text": {
                    "lt": "Kelionė ir būstas: kurie teiginiai jums tinka? Galite pažymėti kelis.",
                    "en": "Travel and housing: which of these are true for you? Tick all that apply.",
                },
                "help_text": {
                    "lt": "Jei dar neišvykote, galvokite apie tai, ką jums pasakė.",
                    "en": "If you have not left yet, think about what you have been told.",
                },
                "kind": "multiple",
                "choices": [
                    {
                        "text": {
                            "lt": "Kelionę organizuoja ir apmoka tarpininkas",
                            "en": "The agent arranges and pays for my travel",
                        },
                        "points": 1,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Kai viską sutvarko kitas žmogus, tampate nuo jo priklausomi, "
                            "o kelionės išlaidos vėliau gali virsti skola.",
                            "en": "When someone else arranges everything, you depend on them, "
                            "and the cost of the trip can later be turned into a debt.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Nežinau adreso, kur gyvensiu ar dirbsiu",
                            "en": "I don't know the address where I will live or work",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Jei nežinote, kur būsite, nežinos ir jūsų artimieji. Prieš "
                            "išvykdami sužinokite adresą ir palikite jį žmogui, kuriuo "
                            "pasitikite.",
                            "en": "If you don't know where you will be, neither does your "
                            "family. Get the address before you go and leave it with someone "
                            "you trust.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Gyvenu ten, kur dirbu, arba man neleidžia pasirinkti, kur gyventi",
                            "en": "I live where I work, or I am not allowed to choose where I live",
                        },
                        "points": 1,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Kai darbdavys valdo ir jūsų būstą, sunkiau išeiti ar "
                            "paprašyti pagalbos.",
                            "en": "When your employer also controls your home, it is harder to "
                            "leave or to ask for help.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Viename kambaryje gyvena daug žmonių arba būstas nešvarus, šaltas ar nesaugus",
                            "en": "Many people share one room, or the place is dirty, cold or unsafe",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Žeminančios gyvenimo sąlygos – vienas iš TDO priverstinio "
                            "darbo rodiklių. Jūs turite teisę į saugų ir tinkamą būstą.",
                            "en": "Abusive living conditions are one of the ILO indicators of "
                            "forced labour. You have the right to a safe, decent place to live.",
                        },
                    },
                    {
                        "text": {"lt": "Nė vienas netinka", "en": "None of these"},
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                ],
            },
            # ------------------------------------------------------------ 7
            {
                "text": {
                    "lt": "Kas laiko jūsų pasą ar asmens tapatybės kortelę?",
                    "en": "Who keeps your passport or ID card?",
                },
                "help_text": {"lt": "", "en": ""},
                "kind": "single",
                "choices": [
                    {
                        "text": {"lt": "Dokumentai yra pas mane", "en": "I keep them myself"},
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {
                            "lt": "Manęs prašė juos atiduoti, bet jie vis dar pas mane",
                            "en": "Someone asked me to hand them over, but I still have them",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Darbdavys ar tarpininkas neturi teisės laikyti jūsų asmens "
                            "dokumento. Neatiduokite jo, nešiokitės su savimi, o kopiją "
                            "laikykite atskirai.",
                            "en": "An employer or agent must not keep your ID. Don't hand it "
                            "over: carry it with you, and keep a copy somewhere separate.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Juos laiko kažkas kitas – darbdavys, tarpininkas, partneris ar kitas žmogus",
                            "en": "Someone else keeps them – an employer, an agent, a partner or anyone else",
                        },
                        "points": 3,
                        "red_flag": True,
                        "explanation": {
                            "lt": "Laikydamas jūsų pasą ar asmens tapatybės kortelę, kitas "
                            "žmogus jus kontroliuoja. Tai vienas iš TDO priverstinio darbo "
                            "rodiklių, ir vien jis jau yra rimtas pavojaus signalas.",
                            "en": "Keeping your passport or ID is a way of controlling you, and "
                            "one of the ILO indicators of forced labour. On its own it is a "
                            "serious warning sign.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 8
            {
                "text": {
                    "lt": "Ar galėtumėte išeiti iš darbo ar iš vietos, kur gyvenate, jei norėtumėte?",
                    "en": "Could you leave the job, or the place where you live, if you wanted to?",
                },
                "help_text": {"lt": "", "en": ""},
                "kind": "single",
                "choices": [
                    {
                        "text": {
                            "lt": "Taip, galiu laisvai išeiti ir grįžti bei bet kada palikti šį darbą",
                            "en": "Yes, I can come and go freely and leave the job when I choose",
                        },
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {"lt": "Dar nepradėjau dirbti", "en": "I have not started yet"},
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {
                            "lt": "Nežinau – bijau, kas nutiktų, jei išeičiau",
                            "en": "I'm not sure – I'm afraid of what would happen if I left",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Baimė išeiti – svarbus ženklas. Jūs turite teisę palikti "
                            "darbą, o pagalbos linija padės tai padaryti saugiai.",
                            "en": "Being afraid to leave matters. You have the right to leave a "
                            "job, and the hotline can help you do it safely.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Ne – mane užrakina, stebi arba neleidžia niekur eiti be palydos",
                            "en": "No – I am locked in, watched, or not allowed out on my own",
                        },
                        "points": 3,
                        "red_flag": True,
                        "explanation": {
                            "lt": "Kai žmogų užrakina, stebi ar neleidžia išeiti, ribojama jo "
                            "judėjimo laisvė. Vien tai jau yra rimtas pavojaus signalas.",
                            "en": "Being locked in, watched or stopped from leaving is "
                            "restriction of movement. On its own it is a serious warning sign.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 9
            {
                "text": {
                    "lt": "Ar kas nors grasino jums ar jūsų šeimai arba naudojo prieš jus smurtą?",
                    "en": "Has anyone threatened you or your family, or used violence against you?",
                },
                "help_text": {
                    "lt": "Pavyzdžiui, grasino jums pakenkti, pranešti apie jus policijai ar "
                    "paviešinti jūsų nuotraukas.",
                    "en": "For example, threats to harm you, to report you to the police or to "
                    "share photos of you.",
                },
                "kind": "single",
                "choices": [
                    {
                        "text": {"lt": "Ne", "en": "No"},
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {
                            "lt": "Ant manęs rėkė, mane žemino ar gąsdino",
                            "en": "I have been shouted at, humiliated or made to feel afraid",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Bauginimais siekiama, kad žmogus paklustų. Niekas neturi "
                            "teisės su jumis taip elgtis.",
                            "en": "Intimidation is used to make people obey. No one has the "
                            "right to treat you like this.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Taip – grasino man ar mano šeimai arba prieš mane panaudojo smurtą",
                            "en": "Yes – I or my family have been threatened, or someone has used violence against me",
                        },
                        "points": 3,
                        "red_flag": True,
                        "explanation": {
                            "lt": "Grasinimai ir smurtas – rimti pavojaus signalai net ir po "
                            "vieną. Tai ne jūsų kaltė, ir su tuo neturite likti vieni.",
                            "en": "Threats and violence are serious warning signs on their own. "
                            "It is not your fault, and you do not have to face this alone.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 10
            {
                "text": {
                    "lt": "Ar jums laiku moka sutartą atlyginimą?",
                    "en": "Are you paid what was agreed, and on time?",
                },
                "help_text": {"lt": "", "en": ""},
                "kind": "single",
                "choices": [
                    {
                        "text": {"lt": "Taip", "en": "Yes"},
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {"lt": "Dar nepradėjau dirbti", "en": "I have not started yet"},
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {
                            "lt": "Moka mažiau nei sutarta arba vėluoja",
                            "en": "I get less than agreed, or it comes late",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Mažinamas ar vis atidedamas atlyginimas – vienas iš TDO "
                            "priverstinio darbo rodiklių.",
                            "en": "Pay that is cut or always ‘coming later’ is withholding of "
                            "wages, one of the ILO indicators of forced labour.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Visai nemoka arba mano atlyginimą pasiima kažkas kitas",
                            "en": "I am not paid at all, or someone else takes my pay",
                        },
                        "points": 3,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Darbas be atlyginimo, arba kai jūsų pinigus pasiima kitas "
                            "žmogus, – rimtas išnaudojimo ženklas.",
                            "en": "Working without pay, or having someone else take your money, "
                            "is a serious sign of exploitation.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 11
            {
                "text": {
                    "lt": "Kiek valandų per dieną dirbate ir ar turite laisvų dienų?",
                    "en": "How long are your working days, and do you get days off?",
                },
                "help_text": {"lt": "", "en": ""},
                "kind": "single",
                "choices": [
                    {
                        "text": {
                            "lt": "Dirbu įprastą darbo laiką, turiu poilsio ir laisvų dienų",
                            "en": "Normal hours, with rest and days off",
                        },
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {"lt": "Dar nepradėjau dirbti", "en": "I have not started yet"},
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {
                            "lt": "Dažnai dirbu labai ilgai, laisvų dienų mažai",
                            "en": "Often very long days, with few days off",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Per ilgos darbo valandos – vienas iš TDO priverstinio darbo "
                            "rodiklių. Jūs turite teisę ilsėtis.",
                            "en": "Excessive overtime is one of the ILO indicators of forced "
                            "labour. You have the right to rest.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Dirbu beveik be perstojo ir negaliu atsisakyti",
                            "en": "I work almost all the time and cannot say no",
                        },
                        "points": 3,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Kai verčia dirbti beveik be poilsio ir neleidžia atsisakyti, "
                            "tai rimtas išnaudojimo ženklas.",
                            "en": "Being made to work with hardly any rest, and no right to "
                            "refuse, is a serious sign of exploitation.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 12
            {
                "text": {
                    "lt": "Ar galite paskambinti artimiesiems ir draugams ar su jais susitikti, kai norite?",
                    "en": "Can you call or see your family and friends when you want to?",
                },
                "help_text": {"lt": "", "en": ""},
                "kind": "single",
                "choices": [
                    {
                        "text": {"lt": "Taip", "en": "Yes"},
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {
                            "lt": "Tik kartais arba kažkas klausosi mano pokalbių ar tikrina žinutes",
                            "en": "Only sometimes, or someone listens in or checks my messages",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Kai žmogų atskiria nuo tų, kuriais jis pasitiki, tai "
                            "izoliacija – vienas iš TDO priverstinio darbo rodiklių.",
                            "en": "Being cut off from the people you trust is isolation, one of "
                            "the ILO indicators of forced labour.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Ne – mano telefoną atėmė arba man neleidžia su niekuo susisiekti",
                            "en": "No – my phone has been taken, or I am not allowed to contact anyone",
                        },
                        "points": 3,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Darbdavys neturi teisės laikyti jūsų telefono. Be jo kur kas "
                            "sunkiau prašyti pagalbos, todėl įsiminkite bent du artimų žmonių "
                            "numerius.",
                            "en": "An employer must not keep your phone. Without it, asking for "
                            "help is much harder, so learn at least two numbers of people you "
                            "trust by heart.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 13
            {
                "text": {
                    "lt": "Jei su darbu kiltų bėdų, ar turėtumėte pinigų ir galimybę grįžti namo?",
                    "en": "If the job went wrong, would you have the money and a way to get home?",
                },
                "help_text": {
                    "lt": "Pavyzdžiui, santaupų, bilietą atgal ar žmogų, kuris padėtų.",
                    "en": "For example, savings, a return ticket or someone who would help.",
                },
                "kind": "single",
                "choices": [
                    {
                        "text": {"lt": "Taip", "en": "Yes"},
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {"lt": "Nežinau", "en": "I'm not sure"},
                        "points": 1,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Pasiruoškite atsarginį planą iš anksto: atsidėkite šiek tiek "
                            "pinigų ir įsiminkite du jums artimų žmonių telefono numerius.",
                            "en": "Make a plan B before you need one: put some money aside and "
                            "learn two phone numbers of people you trust by heart.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Ne – neturiu pinigų arba neturiu kur kitur eiti",
                            "en": "No – I have no money, or nowhere else to go",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Išnaudotojai naudojasi žmonėmis, kurie jaučiasi neturintys "
                            "kito pasirinkimo. Tai ne jūsų kaltė, ir pagalbos yra.",
                            "en": "Exploiters take advantage of people who feel they have no "
                            "other choice. This is not your fault, and help is there.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 14
            {
                "text": {
                    "lt": "Ar darbe arba tariantis dėl darbo nutiko kas nors iš šių dalykų? Pažymėkite visus tinkamus.",
                    "en": "At work, or while the job was being arranged, has any of this happened? Tick all that apply.",
                },
                "help_text": {
                    "lt": "Jei dar nepradėjote dirbti, atsakykite apie tai, kas nutiko iki šiol.",
                    "en": "If you have not started yet, answer about what has happened so far.",
                },
                "kind": "multiple",
                "choices": [
                    {
                        "text": {
                            "lt": "Darbas, atlyginimas ar sąlygos ne tokie, kokie buvo žadėti",
                            "en": "The job, pay or conditions are different from what I was promised",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Dažniausiai prekyba žmonėmis prasideda nuo melo apie darbą. "
                            "Apgaulė – vienas iš TDO priverstinio darbo rodiklių.",
                            "en": "Trafficking most often starts with lies about the job. "
                            "Deception is one of the ILO indicators of forced labour.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Man skiria baudas arba liepia mokėti už maistą, įrankius ar klaidas",
                            "en": "I am fined or charged for food, tools or mistakes",
                        },
                        "points": 1,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Baudos ir mokesčiai gali suryti atlyginimą ir virsti skola.",
                            "en": "Fines and charges can swallow your wages and turn into a debt.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Man nurodė, ką sakyti, jei kas nors paklaustų apie mano darbą",
                            "en": "I have been told what to say if anyone asks about my work",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Jei jums nurodo, ką sakyti apie darbą ar darbdavį, vadinasi, "
                            "kažkas turi ką slėpti.",
                            "en": "Being told what to say about your work or your boss is a "
                            "sign that someone has something to hide.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Dirbu be reikalingų apsaugos priemonių ar mokymų",
                            "en": "I work without the safety equipment or training I need",
                        },
                        "points": 1,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Pavojingas darbas be apsaugos – tai žalingos darbo sąlygos, "
                            "vienas iš TDO priverstinio darbo rodiklių.",
                            "en": "Dangerous work without protection counts as abusive working "
                            "conditions, one of the ILO indicators of forced labour.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Mane verčia daryti tai, kas nebuvo sutarta, pavyzdžiui, teikti seksualines paslaugas ar pažeisti įstatymą",
                            "en": "I am pushed to do things that were never agreed, such as selling sex or breaking the law",
                        },
                        "points": 3,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Prievarta teikti seksualines paslaugas ar daryti nusikaltimus "
                            "yra išnaudojimas, ir tai ne jūsų kaltė. Galite gauti "
                            "konfidencialią pagalbą.",
                            "en": "Being forced to sell sex or commit crimes is exploitation, "
                            "and it is not your fault. You can get confidential help.",
                        },
                    },
                    {
                        "text": {"lt": "Nieko iš to nenutiko", "en": "None of these"},
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                ],
            },
        ],
        "bands": [
            {
                "min": 0,
                "max": 3,
                "level": "low",
                "title": {"lt": "Pavojaus ženklų mažai", "en": "Few warning signs"},
                "advice": {
                    "lt": (
                        "<p>Jūsų atsakymai rodo, kad šiuo metu pavojaus ženklų mažai. Tai gera "
                        "žinia. Tačiau testas visko nepamato, o padėtis gali greitai "
                        "pasikeisti.</p>"
                        "<p>Ieškodami darbo ir dirbdami prisiminkite:</p>"
                        "<ul>"
                        "<li>patikrinkite darbdavį internete arba atsakingose institucijose;</li>"
                        "<li>pasirašykite tik tokią sutartį, kuri parašyta jums suprantama "
                        "kalba, ir pasilikite jos kopiją;</li>"
                        "<li>niekam neatiduokite asmens dokumento ar telefono – darbdavys "
                        "neturi teisės jų laikyti;</li>"
                        "<li>asmens dokumentą nešiokitės su savimi, o jo kopiją laikykite "
                        "atskirai;</li>"
                        "<li>įsiminkite bent du žmonių, kuriais pasitikite, telefono "
                        "numerius;</li>"
                        "<li>būkite atsargūs su nepažįstamųjų siūlomais gėrimais ar "
                        "maistu.</li>"
                        "</ul>"
                        "<p>Jei kas nors pasikeis ar kils abejonių, skambinkite į pagalbos "
                        "liniją 8 800 91119 – nemokamai, visą parą, konfidencialiai. Iš "
                        "užsienio – +370 616 91119.</p>"
                    ),
                    "en": (
                        "<p>Your answers show few warning signs at the moment. That is good "
                        "news. But a test cannot see everything, and things can change "
                        "quickly.</p>"
                        "<p>Whether you are looking for work or already working, remember:</p>"
                        "<ul>"
                        "<li>check the employer online or with the authorities;</li>"
                        "<li>sign a contract only if it is in a language you understand, and "
                        "keep a copy;</li>"
                        "<li>never hand over your ID or your phone – an employer must not keep "
                        "them;</li>"
                        "<li>carry your ID with you, and keep a copy of it somewhere "
                        "separate;</li>"
                        "<li>learn at least two phone numbers of people you trust by "
                        "heart;</li>"
                        "<li>be careful with drinks or food from strangers.</li>"
                        "</ul>"
                        "<p>If something changes or does not feel right, call the hotline on "
                        "8 800 91119 – free, 24/7 and confidential. From abroad, call "
                        "+370 616 91119.</p>"
                    ),
                },
            },
            {
                "min": 4,
                "max": 10,
                "level": "medium",
                "title": {"lt": "Yra pavojaus ženklų", "en": "Some warning signs"},
                "advice": {
                    "lt": (
                        "<p>Kai kurie jūsų atsakymai rodo pavojaus ženklus. Tai nereiškia, kad "
                        "tapote prekybos žmonėmis auka, tačiau verta sustoti ir viską "
                        "patikrinti, prieš žengdami toliau.</p>"
                        "<p>Perskaitykite paaiškinimus prie savo atsakymų ir:</p>"
                        "<ul>"
                        "<li>patikrinkite darbdavį internete arba atsakingose institucijose;</li>"
                        "<li>nepasirašykite to, ko nesuprantate, – paprašykite sutarties jums "
                        "suprantama kalba;</li>"
                        "<li>niekam neatiduokite asmens dokumento ar telefono;</li>"
                        "<li>asmens dokumentą nešiokitės su savimi, o jo kopiją laikykite "
                        "atskirai;</li>"
                        "<li>įsiminkite du žmonių, kuriais pasitikite, telefono numerius ir "
                        "pasakykite jiems, kur esate ar kur vykstate;</li>"
                        "<li>būkite atsargūs su nepažįstamųjų siūlomais gėrimais ar "
                        "maistu.</li>"
                        "</ul>"
                        "<p>Pasitarti galite paskambinę į pagalbos liniją "
                        "<strong>8 800 91119</strong> – nemokamai Lietuvoje, visą parą, "
                        "konfidencialiai. Iš užsienio – <strong>+370 616 91119</strong>. "
                        "Lietuvos piliečiai užsienyje taip pat gali kreiptis į Užsienio "
                        "reikalų ministerijos konsulinę pagalbą: "
                        "<strong>+370 706 52444</strong>. Jei gresia pavojus, skambinkite "
                        "<strong>112</strong>.</p>"
                    ),
                    "en": (
                        "<p>Some of your answers point to warning signs. This does not mean you "
                        "are a victim of trafficking, but it is worth stopping to check before "
                        "you go any further.</p>"
                        "<p>Read the notes on your answers, and:</p>"
                        "<ul>"
                        "<li>check the employer online or with the authorities;</li>"
                        "<li>do not sign anything you cannot understand – ask for a contract "
                        "in a language you know;</li>"
                        "<li>never hand over your ID or your phone;</li>"
                        "<li>carry your ID with you, and keep a copy somewhere separate;</li>"
                        "<li>learn two phone numbers of people you trust by heart, and tell "
                        "them where you are or where you are going;</li>"
                        "<li>be careful with drinks or food from strangers.</li>"
                        "</ul>"
                        "<p>You can talk it through with the hotline on "
                        "<strong>8 800 91119</strong> – free in Lithuania, 24/7 and "
                        "confidential. From abroad, call <strong>+370 616 91119</strong>. "
                        "Lithuanians abroad can also call the Ministry of Foreign Affairs "
                        "consular line on <strong>+370 706 52444</strong>. If you are in "
                        "danger, call <strong>112</strong>.</p>"
                    ),
                },
            },
            {
                "min": 11,
                "max": 46,
                "level": "high",
                "title": {"lt": "Rimti pavojaus ženklai", "en": "Serious warning signs"},
                "advice": {
                    "lt": (
                        "<p>Jūsų atsakymai rodo rimtus išnaudojimo ženklus. Kai kurie jų – "
                        "pavyzdžiui, kai kitas žmogus laiko jūsų dokumentus, jums grasina, "
                        "verčia atidirbti skolą ar neleidžia išeiti, – svarbūs net ir po "
                        "vieną. Tai ne diagnozė, bet nelikite su tuo vieni.</p>"
                        "<p><strong>Kreiptis pagalbos yra saugu.</strong> Pokalbis "
                        "konfidencialus, jus išklausys, o ką daryti toliau, nuspręsite jūs. "
                        "Tai ne jūsų kaltė.</p>"
                        "<ul>"
                        "<li>Gresia pavojus dabar? Skambinkite <strong>112</strong>.</li>"
                        "<li>Nacionalinė pagalbos linija: <strong>8 800 91119</strong> – "
                        "nemokamai Lietuvoje, visą parą, lietuvių, anglų ir rusų kalbomis. Iš "
                        "užsienio – <strong>+370 616 91119</strong>.</li>"
                        "<li>Lietuvos piliečiams užsienyje – Užsienio reikalų ministerijos "
                        "konsulinė pagalba: <strong>+370 706 52444</strong>.</li>"
                        "</ul>"
                        "<p>Jei galite, laikykite asmens dokumentą ar jo kopiją prie savęs, "
                        "įsiminkite du žmonių, kuriais pasitikite, telefono numerius ir būkite "
                        "atsargūs su nepažįstamųjų siūlomais gėrimais ar maistu. Jei kas nors "
                        "tikrina jūsų telefoną, ištrinkite šį puslapį iš naršymo istorijos.</p>"
                    ),
                    "en": (
                        "<p>Your answers show serious warning signs of exploitation. Some of "
                        "them – such as someone else keeping your documents, threats, a debt "
                        "you must work off or not being allowed to leave – matter even on their "
                        "own. This is not a diagnosis, but please do not stay alone with "
                        "it.</p>"
                        "<p><strong>It is safe to ask for help.</strong> The call is "
                        "confidential, someone will listen, and you decide what happens next. "
                        "It is not your fault.</p>"
                        "<ul>"
                        "<li>In danger right now? Call <strong>112</strong>.</li>"
                        "<li>National hotline: <strong>8 800 91119</strong> – free in "
                        "Lithuania, 24/7, in Lithuanian, English and Russian. From abroad: "
                        "<strong>+370 616 91119</strong>.</li>"
                        "<li>Lithuanians abroad: Ministry of Foreign Affairs consular help, "
                        "<strong>+370 706 52444</strong>.</li>"
                        "</ul>"
                        "<p>If you can, keep your ID or a copy of it with you, learn two phone "
                        "numbers of people you trust by heart, and be careful with drinks or "
                        "food from strangers. If someone checks your phone, delete this page "
                        "from your browsing history.</p>"
                    ),
                },
            },
        ],
    },
    # ================================================================ 2
    {
        "key": "someone-i-know",
        "slug": {"lt": "ar-pazistamam-gresia-pavojus", "en": "could-someone-i-know-be-a-victim"},
        "title": {
            "lt": "Ar pažįstamam žmogui gresia pavojus?",
            "en": "Could someone I know be a victim?",
        },
        "introduction": {
            "lt": (
                "<p>Nerimaujate dėl draugo, giminaičio, kaimyno ar kolegos? Šis testas padės "
                "pastebėti ženklus, kad žmogų gali išnaudoti ar kontroliuoti kiti.</p>"
                "<p>Atsakykite į 10 klausimų apie žmogų, dėl kurio nerimaujate, – tai užtruks "
                "apie dvi minutes. Jei atsakymo nežinote, nieko tokio: rinkitės "
                "„Nežinau“.</p>"
                "<p>Jūsų atsakymai nesaugomi. Skaičiuojame tik, kiek kartų buvo pasirinktas "
                "kiekvienas atsakymas, – be jokių duomenų apie jus ar tą žmogų.</p>"
                "<p><strong>Tai informacinė priemonė, ne diagnozė.</strong> Kas vyksta iš "
                "tikrųjų, gali pasakyti tik pats žmogus, padedamas specialistų. Tačiau net "
                "vienas atsakymas „taip“ į kurį nors pagrindinį klausimą – pavyzdžiui, kad žmogaus "
                "dokumentus laiko kiti, – jau yra priežastis pasitarti.</p>"
                "<p>Jei kam nors gresia pavojus dabar, skambinkite 112.</p>"
                "<p><em>Klausimai parengti pagal Klaipėdos socialinės ir psichologinės "
                "pagalbos centro aprašytus ženklus, rodančius, kad kitas žmogus gali būti "
                "išnaudojamas, ir TDO priverstinio darbo rodiklius. Vertinama taip, kaip "
                "specialistų atrankos klausimynuose (pavyzdžiui, „Vera Institute of "
                "Justice“ TVIT): pakanka vieno atsakymo „taip“ į kurį nors pagrindinį klausimą, kad "
                "būtų verta kreiptis pagalbos.</em></p>"
            ),
            "en": (
                "<p>Are you worried about a friend, relative, neighbour or colleague? This test "
                "helps you notice signs that someone may be exploited or controlled by "
                "others.</p>"
                "<p>There are 10 questions about the person you have in mind, and it takes "
                "about two minutes. If you don't know an answer, that is fine: choose ‘I "
                "don't know’.</p>"
                "<p>Your answers are not saved. We only count how often each answer is "
                "chosen, with nothing that could identify you or the other person.</p>"
                "<p><strong>This is an awareness tool, not a diagnosis.</strong> Only the "
                "person themselves, with the help of professionals, can say what is really "
                "happening. But even one ‘yes’ to a key question – such as someone else "
                "holding their documents – is reason to ask for advice.</p>"
                "<p>If someone is in danger now, call 112.</p>"
                "<p><em>The questions are based on the signs in another person described by "
                "the Klaipėda Social and Psychological Services Center and on the ILO's "
                "indicators of forced labour. They are scored the way professional "
                "screening tools (such as the Vera Institute of Justice's TVIT) are: a "
                "single ‘yes’ to a key question is enough to seek help.</em></p>"
            ),
        },
        "order": 20,
        "questions": [
            # ------------------------------------------------------------ 1
            {
                "text": {
                    "lt": "Kas laiko šio žmogaus pasą ar asmens tapatybės kortelę?",
                    "en": "Who keeps their passport or ID card?",
                },
                "help_text": {
                    "lt": "Galvokite apie žmogų, dėl kurio nerimaujate.",
                    "en": "Think of the person you are worried about.",
                },
                "kind": "single",
                "choices": [
                    {
                        "text": {"lt": "Pats žmogus", "en": "They keep them themselves"},
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {"lt": "Nežinau", "en": "I don't know"},
                        "points": 1,
                        "red_flag": False,
                        "explanation": {
                            "lt": "To daugelis nežino. Jei pasitaikys proga, atsargiai "
                            "paklauskite, ar dokumentai yra pas jį.",
                            "en": "Many people don't know this. If you get the chance, gently "
                            "ask whether they have their documents with them.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Atrodo, kad jo dokumentų nėra arba jie suklastoti",
                            "en": "Their documents seem to be missing or forged",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Dingę ar suklastoti dokumentai rodo, kad žmogų gali "
                            "kontroliuoti kažkas kitas.",
                            "en": "Missing or forged documents are a sign that someone else may "
                            "be in control.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Juos laiko kažkas kitas – darbdavys, „vadovas“ ar partneris",
                            "en": "Someone else keeps them – an employer, a ‘manager’ or a partner",
                        },
                        "points": 3,
                        "red_flag": True,
                        "explanation": {
                            "lt": "Kai žmogaus dokumentus laiko kitas, jį lengva kontroliuoti. "
                            "Tai vienas svarbiausių ženklų – vien jo pakanka, kad būtų verta "
                            "pasitarti su specialistais.",
                            "en": "When someone else holds a person's documents, that person can "
                            "easily be controlled. This is a key sign: on its own it is reason "
                            "to ask for advice.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 2
            {
                "text": {
                    "lt": "Ar jis pats tvarko savo pinigus?",
                    "en": "Do they control their own money?",
                },
                "help_text": {"lt": "", "en": ""},
                "kind": "single",
                "choices": [
                    {
                        "text": {"lt": "Taip", "en": "Yes"},
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {"lt": "Nežinau", "en": "I don't know"},
                        "points": 1,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Jei galite, atkreipkite dėmesį, ar jis turi savo pinigų ir "
                            "gali nusipirkti, ko jam reikia.",
                            "en": "If you can, notice whether they ever have money of their own "
                            "and can buy what they need.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Ne – uždirbtus pinigus atiduoda kitiems arba už jį sprendžia kažkas kitas",
                            "en": "No – they hand over what they earn, or someone else decides for them",
                        },
                        "points": 3,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Kai žmogus negali tvarkyti savo pinigų, tai vienas "
                            "pagrindinių išnaudojimo ženklų.",
                            "en": "Having no control over their own money is one of the main "
                            "signs that a person is being exploited.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 3
            {
                "text": {
                    "lt": "Ar jis gali laisvai išeiti ir grįžti, kada nori?",
                    "en": "Can they come and go as they wish?",
                },
                "help_text": {"lt": "", "en": ""},
                "kind": "single",
                "choices": [
                    {
                        "text": {"lt": "Taip", "en": "Yes"},
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {"lt": "Nežinau", "en": "I don't know"},
                        "points": 1,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Iš šono tai sunku pasakyti. Atkreipkite dėmesį, ar kada nors "
                            "matote jį vieną.",
                            "en": "It can be hard to tell from the outside. Notice whether you "
                            "ever see them on their own.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Jam reikia leidimo išeiti arba jis bijo išeiti",
                            "en": "They need permission to go out, or seem afraid to",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Jei žmogui reikia leidimo ar jis bijo išeiti, gali būti, kad "
                            "jo judėjimą kontroliuoja kiti.",
                            "en": "Needing permission, or being afraid to go out, suggests that "
                            "someone else controls where they go.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Ne – jį užrakina arba kažkas nuolat stebi",
                            "en": "No – they are locked in, or someone watches them all the time",
                        },
                        "points": 3,
                        "red_flag": True,
                        "explanation": {
                            "lt": "Užrakinimas ar nuolatinis stebėjimas – vienas svarbiausių "
                            "ženklų. Vien jo pakanka, kad būtų verta pasitarti, o jei žmogui "
                            "gresia pavojus dabar, skambinkite 112.",
                            "en": "Being locked in or watched all the time is a key sign. On its "
                            "own it is reason to ask for advice – or to call 112 if they are in "
                            "danger now.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 4
            {
                "text": {
                    "lt": "Ar žinote arba įtariate, kad kažkas grasina jam ar jo šeimai?",
                    "en": "Do you know or suspect that someone threatens them or their family?",
                },
                "help_text": {"lt": "", "en": ""},
                "kind": "single",
                "choices": [
                    {
                        "text": {"lt": "Ne", "en": "No"},
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {
                            "lt": "Nežinau, bet atrodo, kad jis kažko bijo",
                            "en": "I'm not sure, but they seem afraid of someone",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Jei žmogus ko nors bijo, tai verta vertinti rimtai, net jei "
                            "atvirų grasinimų negirdėjote.",
                            "en": "Fear of a particular person is worth taking seriously, even "
                            "if you have not heard any open threats.",
                        },
                    },
                    {
                        "text": {"lt": "Taip", "en": "Yes"},
                        "points": 3,
                        "red_flag": True,
                        "explanation": {
                            "lt": "Grasinimai žmogui ar jo šeimai – vienas svarbiausių ženklų. "
                            "Vien jų pakanka, kad būtų verta pasitarti.",
                            "en": "Threats against a person or their family are a key sign. On "
                            "their own they are reason to ask for advice.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 5
            {
                "text": {
                    "lt": "Kai bandote su juo kalbėtis, ar už jį atsako kažkas kitas arba visą laiką būna šalia?",
                    "en": "When you try to talk to them, does someone else answer for them or stay close by?",
                },
                "help_text": {"lt": "", "en": ""},
                "kind": "single",
                "choices": [
                    {
                        "text": {"lt": "Ne, jis kalba pats", "en": "No, they speak for themselves"},
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {"lt": "Kartais", "en": "Sometimes"},
                        "points": 1,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Žmogus, kuris visada būna šalia, gali jį sekti. Pabandykite "
                            "rasti progą pasikalbėti akis į akį.",
                            "en": "Someone who always stays close may be keeping watch. Try to "
                            "find a moment to talk on your own.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Taip, dažniausiai už jį kalba kažkas kitas",
                            "en": "Yes, someone else usually speaks for them",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Kai už žmogų visada kalba kiti, jis gali negalėti laisvai "
                            "papasakoti, kas vyksta.",
                            "en": "When others always speak for a person, that person may not be "
                            "free to say what is happening.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 6
            {
                "text": {
                    "lt": "Ar jis turi nuolatinę gyvenamąją vietą?",
                    "en": "Do they have a settled place to live?",
                },
                "help_text": {"lt": "", "en": ""},
                "kind": "single",
                "choices": [
                    {
                        "text": {
                            "lt": "Taip, jau kurį laiką gyvena tuo pačiu adresu",
                            "en": "Yes, they have lived at the same address for a while",
                        },
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {
                            "lt": "Nežinau, kur jis gyvena",
                            "en": "I don't know where they live",
                        },
                        "points": 1,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Jei nežinote, kur žmogus gyvena, kilus bėdai jam padėti "
                            "sunkiau.",
                            "en": "Not knowing where someone lives makes it harder to help if "
                            "something goes wrong.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Jo adresas vis keičiasi arba jis gyvena ten, kur dirba",
                            "en": "Their address keeps changing, or they live where they work",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Nuolat besikeičiantys adresai ar gyvenimas darbo vietoje – "
                            "ženklai, būdingi išnaudojamiems žmonėms.",
                            "en": "Addresses that keep changing, or living at the workplace, are "
                            "signs often seen in people who are exploited.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 7
            {
                "text": {
                    "lt": "Ar jį kartu su kitais vežioja kažkas, kas juos kontroliuoja, – pavyzdžiui, grupe veža į darbą ir atgal?",
                    "en": "Is someone in charge moving them around with others – for example, driving a group to work and back?",
                },
                "help_text": {"lt": "", "en": ""},
                "kind": "single",
                "choices": [
                    {
                        "text": {"lt": "Ne", "en": "No"},
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {"lt": "Nežinau", "en": "I don't know"},
                        "points": 1,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Atkreipkite dėmesį, kas jį atveža ir pasiima ir ar jis kada "
                            "nors keliauja vienas.",
                            "en": "Notice who drops them off and picks them up, and whether they "
                            "ever travel on their own.",
                        },
                    },
                    {
                        "text": {"lt": "Taip", "en": "Yes"},
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Vežiojimas grupėmis, kažkam kontroliuojant, – dažnas "
                            "prekybos žmonėmis ženklas.",
                            "en": "Being moved around in groups under someone's control is a "
                            "common sign of trafficking.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 8
            {
                "text": {
                    "lt": "Ar jis pats gali spręsti dėl savo darbo – kur, kada ir kiek dirbti?",
                    "en": "Do they have a say over their work – where, when and how long they work?",
                },
                "help_text": {"lt": "", "en": ""},
                "kind": "single",
                "choices": [
                    {
                        "text": {"lt": "Taip", "en": "Yes"},
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {"lt": "Nežinau", "en": "I don't know"},
                        "points": 1,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Jei pasitaikys proga, paklauskite, kaip jam sekasi darbe ir "
                            "kas nustato jo darbo valandas.",
                            "en": "If you get the chance, ask how work is going and who decides "
                            "their hours.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Ne, viską sprendžia kiti",
                            "en": "No, others decide everything",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Kai žmogus negali spręsti dėl savo darbo, gali būti, kad jį "
                            "kontroliuoja kiti.",
                            "en": "Having no say over their own work can mean that someone else "
                            "is in control.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 9
            {
                "text": {
                    "lt": "Ar jis sako, kad yra skolingas darbdaviui ar žmogui, kuris jam surado darbą?",
                    "en": "Do they say they owe money to an employer, or to whoever found them the job?",
                },
                "help_text": {"lt": "", "en": ""},
                "kind": "single",
                "choices": [
                    {
                        "text": {"lt": "Ne", "en": "No"},
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                    {
                        "text": {"lt": "Nežinau", "en": "I don't know"},
                        "points": 1,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Žmonės, kuriuos kontroliuoja skolomis, dažnai gėdijasi apie "
                            "tai kalbėti.",
                            "en": "People who are controlled through debt often feel ashamed to "
                            "talk about it.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Taip, ir skola vis didėja",
                            "en": "Yes, and the debt keeps growing",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Skola už kelionę, būstą ar maistą, kuri tik didėja, – dažnas "
                            "būdas priversti žmogų toliau dirbti.",
                            "en": "A debt for travel, housing or food that only grows is a "
                            "common way to keep people working.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Taip, ir jis turi ją atidirbti, kol jam leis išeiti",
                            "en": "Yes, and they must work it off before they can leave",
                        },
                        "points": 3,
                        "red_flag": True,
                        "explanation": {
                            "lt": "Kai skolą reikia atidirbti, kad leistų išeiti, tai skolų "
                            "vergovė – vienas iš TDO priverstinio darbo rodiklių.",
                            "en": "Having to work off a debt before leaving is debt bondage, one "
                            "of the ILO indicators of forced labour.",
                        },
                    },
                ],
            },
            # ------------------------------------------------------------ 10
            {
                "text": {
                    "lt": "Ar pastebėjote ką nors iš šių dalykų? Pažymėkite visus tinkamus.",
                    "en": "Have you noticed any of these? Tick all that apply.",
                },
                "help_text": {"lt": "", "en": ""},
                "kind": "multiple",
                "choices": [
                    {
                        "text": {
                            "lt": "Jis atrodo išsigandęs, neramus ar labai pavargęs",
                            "en": "They seem frightened, anxious or exhausted",
                        },
                        "points": 1,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Baimė ir nuovargis gali turėti įvairių priežasčių, tačiau "
                            "kartu su kitais ženklais jie svarbūs.",
                            "en": "Fear and exhaustion can have many causes, but together with "
                            "other signs they matter.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Jis turi sužalojimų, kurių nenori paaiškinti",
                            "en": "They have injuries they don't want to explain",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Nepaaiškinami sužalojimai gali rodyti smurtą. Fizinis "
                            "smurtas – vienas iš TDO priverstinio darbo rodiklių.",
                            "en": "Unexplained injuries may point to violence. Physical violence "
                            "is one of the ILO indicators of forced labour.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Jis atskirtas nuo artimųjų ir draugų arba nebeturi savo telefono",
                            "en": "They are cut off from family and friends, or no longer have their own phone",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Izoliuotam žmogui sunku paprašyti pagalbos. Izoliacija – "
                            "vienas iš TDO priverstinio darbo rodiklių.",
                            "en": "Someone who is cut off finds it hard to ask for help. "
                            "Isolation is one of the ILO indicators of forced labour.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Jis dirba labai ilgai ir beveik nepailsi",
                            "en": "They work very long hours with hardly any rest",
                        },
                        "points": 2,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Per ilgos darbo valandos – vienas iš TDO priverstinio darbo "
                            "rodiklių.",
                            "en": "Excessive overtime is one of the ILO indicators of forced "
                            "labour.",
                        },
                    },
                    {
                        "text": {
                            "lt": "Jis ruošiasi išvykti į darbą, kuris atrodo per geras, kad būtų tiesa",
                            "en": "They are about to leave for a job that sounds too good to be true",
                        },
                        "points": 1,
                        "red_flag": False,
                        "explanation": {
                            "lt": "Gerokai didesnis nei įprasta atlyginimas, pavyzdžiui, "
                            "1 000–2 000 eurų per savaitę, – dažnas masalas. Pasiūlykite "
                            "darbdavį patikrinti kartu.",
                            "en": "Pay far above the going rate – say 1,000 to 2,000 euros a "
                            "week – is a common lure. Offer to check the employer together.",
                        },
                    },
                    {
                        "text": {"lt": "Nieko iš to nepastebėjau", "en": "None of these"},
                        "points": 0,
                        "red_flag": False,
                        "explanation": {"lt": "", "en": ""},
                    },
                ],
            },
        ],
        "bands": [
            {
                "min": 0,
                "max": 2,
                "level": "low",
                "title": {"lt": "Kol kas ženklų nedaug", "en": "Few signs for now"},
                "advice": {
                    "lt": (
                        "<p>Jūsų atsakymai rodo nedaug ženklų, kad šis žmogus išnaudojamas. "
                        "Tai ramina, tačiau jūs jį pažįstate geriau nei bet koks testas. Jei "
                        "kas nors vis tiek neramina, pasitikėkite savo nuojauta.</p>"
                        "<p>Ką galite padaryti:</p>"
                        "<ul>"
                        "<li>palaikykite ryšį ir parodykite, kad su jumis jis gali kalbėtis "
                        "atvirai, be priekaištų;</li>"
                        "<li>jei jis ruošiasi dirbti užsienyje, pasiūlykite kartu patikrinti "
                        "darbdavį ir pasirašyti sutartį tik jam suprantama kalba;</li>"
                        "<li>priminkite niekam neatiduoti asmens dokumento ar telefono, "
                        "dokumento kopiją laikyti atskirai ir įsiminti bent du žmonių, kuriais "
                        "jis pasitiki, telefono numerius.</li>"
                        "</ul>"
                        "<p>Jei norite pasitarti, skambinkite į pagalbos liniją 8 800 91119 – "
                        "nemokamai, visą parą, konfidencialiai. Iš užsienio – "
                        "+370 616 91119.</p>"
                    ),
                    "en": (
                        "<p>Your answers show few signs that this person is being exploited. "
                        "That is reassuring, but you know them better than any test does. If "
                        "something still worries you, trust that feeling.</p>"
                        "<p>What you can do:</p>"
                        "<ul>"
                        "<li>stay in touch, and let them know they can talk to you openly, "
                        "without being judged;</li>"
                        "<li>if they are planning to work abroad, offer to check the employer "
                        "together, and remind them to sign a contract only in a language they "
                        "understand;</li>"
                        "<li>remind them never to hand over their ID or phone, to keep a copy "
                        "of their ID somewhere separate and to learn at least two phone numbers "
                        "of people they trust by heart.</li>"
                        "</ul>"
                        "<p>If you would like to talk it through, call the hotline on "
                        "8 800 91119 – free, 24/7 and confidential. From abroad, call "
                        "+370 616 91119.</p>"
                    ),
                },
            },
            {
                "min": 3,
                "max": 7,
                "level": "medium",
                "title": {
                    "lt": "Yra ženklų, kuriuos verta vertinti rimtai",
                    "en": "Some signs to take seriously",
                },
                "advice": {
                    "lt": (
                        "<p>Kai kurie jūsų atsakymai rodo, kad šį žmogų gali kontroliuoti ar "
                        "išnaudoti kiti. Tai ne diagnozė, tačiau verta veikti apgalvotai.</p>"
                        "<ul>"
                        "<li><strong>Pasikalbėkite su juo akis į akį</strong> – ramiai ir "
                        "nesmerkdami. Daugiau klausykite nei kalbėkite.</li>"
                        "<li><strong>Nesiaiškinkite</strong> su žmonėmis, kurie, jūsų manymu, "
                        "jį kontroliuoja. Tai gali būti pavojinga jums abiem.</li>"
                        "<li><strong>Leiskite jam spręsti pačiam.</strong> Spaudžiamas jis gali "
                        "užsisklęsti.</li>"
                        "<li>Pagalbos linijos numerį perduokite saugiai, pavyzdžiui, "
                        "pasakykite žodžiu, o ne užrašykite ant lapelio, kurį kas nors galėtų "
                        "rasti.</li>"
                        "</ul>"
                        "<p>Pasitarti galite ir patys: <strong>8 800 91119</strong> – nemokamai "
                        "Lietuvoje, visą parą, konfidencialiai; iš užsienio – "
                        "<strong>+370 616 91119</strong>. Jei žmogus yra Lietuvos pilietis ir "
                        "gyvena užsienyje, padėti gali Užsienio reikalų ministerijos konsulinė "
                        "pagalba: <strong>+370 706 52444</strong>. Jei kam nors gresia "
                        "pavojus, skambinkite <strong>112</strong>.</p>"
                    ),
                    "en": (
                        "<p>Some of your answers suggest that this person may be controlled or "
                        "exploited by others. This is not a diagnosis, but it is worth acting "
                        "with care.</p>"
                        "<ul>"
                        "<li><strong>Talk to them alone</strong>, calmly and without judging. "
                        "Listen more than you speak.</li>"
                        "<li><strong>Do not confront</strong> the people you think may be "
                        "controlling them. It could put you both at risk.</li>"
                        "<li><strong>Let them decide.</strong> Pushing can make them close "
                        "up.</li>"
                        "<li>Pass on the hotline number safely – for example, say it out loud "
                        "rather than writing it on a note someone else could find.</li>"
                        "</ul>"
                        "<p>You can also call for advice yourself: <strong>8 800 91119</strong> "
                        "– free in Lithuania, 24/7 and confidential; from abroad, "
                        "<strong>+370 616 91119</strong>. If the person is a Lithuanian citizen "
                        "living abroad, the Ministry of Foreign Affairs consular line can help: "
                        "<strong>+370 706 52444</strong>. If anyone is in danger, call "
                        "<strong>112</strong>.</p>"
                    ),
                },
            },
            {
                "min": 8,
                "max": 31,
                "level": "high",
                "title": {
                    "lt": "Rimti ženklai – pasitarkite su specialistais",
                    "en": "Serious signs – ask for advice",
                },
                "advice": {
                    "lt": (
                        "<p>Jūsų atsakymuose yra rimtų ženklų – pavyzdžiui, kai žmogaus "
                        "dokumentus laiko kiti, jam grasinama ar jis negali laisvai išeiti. "
                        "Net vieno tokio ženklo pakanka, kad būtų verta pasitarti. Tai ne "
                        "diagnozė, tačiau nelikite su tuo vieni.</p>"
                        "<p><strong>Kreiptis pagalbos yra saugu.</strong> Pokalbis "
                        "konfidencialus, o ką daryti toliau, nuspręsite jūs. Specialistai "
                        "padės apgalvoti, kaip padėti žmogui, nesukeliant jam pavojaus.</p>"
                        "<ul>"
                        "<li>Kam nors gresia pavojus dabar? Skambinkite "
                        "<strong>112</strong>.</li>"
                        "<li>Nacionalinė pagalbos linija: <strong>8 800 91119</strong> – "
                        "nemokamai Lietuvoje, visą parą, lietuvių, anglų ir rusų kalbomis. Iš "
                        "užsienio – <strong>+370 616 91119</strong>.</li>"
                        "<li>Jei žmogus – Lietuvos pilietis užsienyje: Užsienio reikalų "
                        "ministerijos konsulinė pagalba, <strong>+370 706 52444</strong>.</li>"
                        "</ul>"
                        "<p>Nesiaiškinkite su žmonėmis, kurie, jūsų manymu, jį kontroliuoja. "
                        "Jei galite, palaikykite su juo ryšį ir priminkite, kad pagalbos "
                        "yra.</p>"
                    ),
                    "en": (
                        "<p>Your answers include serious signs – such as someone else holding "
                        "the person's documents, threats, or not being free to leave. Even one "
                        "of these is reason to ask for advice. This is not a diagnosis, but "
                        "please do not keep it to yourself.</p>"
                        "<p><strong>It is safe to ask for help.</strong> The call is "
                        "confidential, and you decide what happens next. Specialists will help "
                        "you think through how to support the person without putting them at "
                        "risk.</p>"
                        "<ul>"
                        "<li>Is someone in danger right now? Call <strong>112</strong>.</li>"
                        "<li>National hotline: <strong>8 800 91119</strong> – free in "
                        "Lithuania, 24/7, in Lithuanian, English and Russian. From abroad: "
                        "<strong>+370 616 91119</strong>.</li>"
                        "<li>If the person is a Lithuanian citizen abroad: Ministry of Foreign "
                        "Affairs consular help, <strong>+370 706 52444</strong>.</li>"
                        "</ul>"
                        "<p>Do not confront the people you think are in control. If you can, "
                        "stay in touch with the person and let them know that help is "
                        "there.</p>"
                    ),
                },
            },
        ],
    },
]


def score_range(questionnaire: dict) -> tuple[int, int]:
    """The lowest and highest possible total of a questionnaire.

    A single question adds one answer's points; a multiple question adds every
    ticked answer's points, and at least one answer must be ticked.
    """
    low = high = 0
    for question in questionnaire["questions"]:
        points = [choice["points"] for choice in question["choices"]]
        low += min(points)
        high += max(points) if question["kind"] == "single" else sum(points)
    return low, high


if __name__ == "__main__":
    import re

    LANGUAGES = ("lt", "en")
    ALLOWED_TAGS = {"p", "ul", "li", "strong", "em"}
    # Model field limits (quiz/models.py).
    LIMITS = {"title": 200, "text": 300, "help_text": 300, "choice": 200, "explanation": 400}

    def both(field: dict, where: str, required: bool = True) -> None:
        assert set(field) == set(LANGUAGES), f"{where}: languages {sorted(field)}"
        filled = [bool(field[lang].strip()) for lang in LANGUAGES]
        assert all(filled) or not any(filled), f"{where}: only one language filled"
        if required:
            assert all(filled), f"{where}: empty"

    def plain(field: dict, where: str, limit: int) -> None:
        for lang in LANGUAGES:
            text = field[lang]
            assert "<" not in text and "http" not in text and "www." not in text, (
                f"{where} [{lang}]: markup or link"
            )
            assert len(text) <= limit, f"{where} [{lang}]: {len(text)} > {limit} characters"

    def html(field: dict, where: str, words: tuple[int, int] | None = None) -> None:
        for lang in LANGUAGES:
            text = field[lang]
            tags = set(re.findall(r"</?\s*([a-zA-Z0-9]+)", text))
            assert tags <= ALLOWED_TAGS, f"{where} [{lang}]: tags {sorted(tags - ALLOWED_TAGS)}"
            assert "href" not in text and "http" not in text and "www." not in text, (
                f"{where} [{lang}]: link"
            )
            if words:
                count = len(re.findall(r"\w[\w'’.,+-]*", re.sub(r"<[^>]+>", " ", text)))
                assert words[0] <= count <= words[1], f"{where} [{lang}]: {count} words"

    keys = [q["key"] for q in QUESTIONNAIRES]
    assert keys == ["am-i-at-risk", "someone-i-know"], keys
    for questionnaire in QUESTIONNAIRES:
        key = questionnaire["key"]
        for name in ("slug", "title", "introduction"):
            both(questionnaire[name], f"{key} {name}")
        plain(questionnaire["title"], f"{key} title", LIMITS["title"])
        html(questionnaire["introduction"], f"{key} introduction")

        questions = questionnaire["questions"]
        kinds = [q["kind"] for q in questions]
        assert set(kinds) <= {"single", "multiple"}, kinds
        red_flags = []
        for number, question in enumerate(questions, 1):
            where = f"{key} Q{number}"
            both(question["text"], where)
            both(question["help_text"], f"{where} help", required=False)
            plain(question["text"], where, LIMITS["text"])
            plain(question["help_text"], f"{where} help", LIMITS["help_text"])
            choices = question["choices"]
            if question["kind"] == "multiple":
                assert any(c["points"] == 0 for c in choices), f"{where}: no 'none' choice"
            for index, choice in enumerate(choices):
                letter = chr(ord("a") + index)
                cwhere = f"{where}{letter}"
                both(choice["text"], cwhere)
                plain(choice["text"], cwhere, LIMITS["choice"])
                assert isinstance(choice["points"], int) and 0 <= choice["points"] <= 3, cwhere
                assert isinstance(choice["red_flag"], bool), cwhere
                needs = choice["points"] > 0 or choice["red_flag"]
                both(choice["explanation"], f"{cwhere} explanation", required=needs)
                plain(choice["explanation"], f"{cwhere} explanation", LIMITS["explanation"])
                if choice["red_flag"]:
                    red_flags.append(f"Q{number}{letter}")

        low, high = score_range(questionnaire)
        bands = questionnaire["bands"]
        assert [b["level"] for b in bands] == ["low", "medium", "high"], key
        assert bands[0]["min"] == low, f"{key}: first band starts at {bands[0]['min']}, not {low}"
        assert bands[-1]["max"] == high, f"{key}: last band ends at {bands[-1]['max']}, not {high}"
        for band, following in zip(bands, bands[1:] + [None], strict=True):
            assert band["min"] <= band["max"], f"{key}: band {band['min']}-{band['max']}"
            if following is not None:
                assert following["min"] == band["max"] + 1, (
                    f"{key}: gap or overlap between {band['max']} and {following['min']}"
                )
            both(band["title"], f"{key} band {band['level']} title")
            plain(band["title"], f"{key} band {band['level']} title", LIMITS["title"])
            both(band["advice"], f"{key} band {band['level']} advice")
            html(band["advice"], f"{key} band {band['level']} advice", words=(80, 200))
        for total in range(low, high + 1):
            assert sum(b["min"] <= total <= b["max"] for b in bands) == 1, f"{key}: {total}"

        if key == "am-i-at-risk":
            assert 12 <= len(questions) <= 15, len(questions)
            assert kinds.count("multiple") == 2, kinds
        else:
            assert 8 <= len(questions) <= 10, len(questions)

        print(
            f"{key}: {len(questions)} questions ({kinds.count('multiple')} multiple), "
            f"scores {low}–{high}; bands "
            + ", ".join(f"{b['level']} {b['min']}–{b['max']}" for b in bands)
            + "; red flags "
            + ", ".join(red_flags)
        )
    print("All checks passed.")
