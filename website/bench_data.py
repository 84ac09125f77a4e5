"""A large site for `make bench`: `manage.py load_bench_data`.

Thousands of published stories, news items, organisations, resources and pages,
in all four languages, and a year of risk-test counters, on top of the demo
content (loaded first). The texts are built from a few sentences per language in
a seeded random order, so that search has real words to rank and every run
makes the same site. Rows are written with bulk_create: fast, and no audit-trail
entries. Every slug starts with "bench-"; a kind of row already loaded is
skipped, so running it twice adds nothing.
"""

import random
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from awareness.models import City, Language, NewsItem, Organisation, Page, Resource, Service
from core.publishing import Status
from quiz.models import BandCount, ChoiceCount, DailyCompletions, Questionnaire
from stories.models import AgeGroup, ExploitationForm, RecruitmentMethod, Story, StoryStatus

BATCH = 500

# What the generated texts are made of: plain sentences on the site's themes.
SENTENCES = {
    "lt": [
        "Darbo pasiūlymas užsienyje atrodė saugus, bet agentūra paprašė sumokėti už kelionę.",
        "Darbdavys paėmė pasą ir pažadėjo jį grąžinti po pirmo atlyginimo.",
        "Skola už apgyvendinimą augo kiekvieną savaitę, o atlyginimas vis mažėjo.",
        "Paskambinkite nemokama pagalbos linija, jei kas nors kontroliuoja jūsų dokumentus.",
        "Prieš išvykdami pasitikrinkite įmonę registre ir pasirašykite sutartį suprantama kalba.",
        "Socialinė darbuotoja padėjo grįžti į Lietuvą ir gauti teisinę pagalbą.",
    ],
    "en": [
        "The job offer abroad looked safe, but the agency asked for money for the journey.",
        "The employer took the passport and promised to return it after the first wage.",
        "The debt for housing grew every week while the wage kept shrinking.",
        "Call the free helpline if someone controls your documents.",
        "Before leaving, check the company in the register and sign a contract you understand.",
        "A social worker helped with the return to Lithuania and with legal aid.",
    ],
    "ru": [
        "Предложение работы за границей казалось безопасным, "
        "но агентство попросило оплатить дорогу.",
        "Работодатель забрал паспорт и обещал вернуть его после первой зарплаты.",
        "Долг за жильё рос каждую неделю, а зарплата всё уменьшалась.",
        "Позвоните на бесплатную линию помощи, если кто-то контролирует ваши документы.",
        "Перед отъездом проверьте компанию в реестре и подпишите договор на понятном языке.",
        "Социальный работник помог вернуться в Литву и получить юридическую помощь.",
    ],
    "uk": [
        "Пропозиція роботи за кордоном здавалася безпечною, "
        "але агентство попросило оплатити дорогу.",
        "Роботодавець забрав паспорт і пообіцяв повернути його після першої зарплати.",
        "Борг за житло зростав щотижня, а зарплата дедалі меншала.",
        "Зателефонуйте на безкоштовну лінію допомоги, якщо хтось контролює ваші документи.",
        "Перед від'їздом перевірте компанію в реєстрі й підпишіть договір зрозумілою мовою.",
        "Соціальна працівниця допомогла повернутися до Литви й отримати правову допомогу.",
    ],
}
# Each kind's title in the four languages ({n}: its number).
TITLES = {
    "story": {"lt": "Pavyzdinė istorija {n}", "en": "Example story {n}",
              "ru": "Пример истории {n}", "uk": "Приклад історії {n}"},
    "news": {"lt": "Pavyzdinė naujiena {n}", "en": "Example news item {n}",
             "ru": "Пример новости {n}", "uk": "Приклад новини {n}"},
    "organisation": {"lt": "Pavyzdinė organizacija {n}", "en": "Example organisation {n}",
                     "ru": "Пример организации {n}", "uk": "Приклад організації {n}"},
    "resource": {"lt": "Pavyzdinis leidinys {n}", "en": "Example publication {n}",
                 "ru": "Пример публикации {n}", "uk": "Приклад публікації {n}"},
    "page": {"lt": "Pavyzdinis puslapis {n}", "en": "Example page {n}",
             "ru": "Пример страницы {n}", "uk": "Приклад сторінки {n}"},
}  # fmt: skip
DESTINATIONS = ["NO", "DE", "GB", "SE", "NL", "DK", "FI", "IE", "ES", "IT", "BE", "TR"]


@dataclass(frozen=True)
class Sizes:
    stories: int = 10_000
    news: int = 2_000
    organisations: int = 500
    resources: int = 1_000
    pages: int = 200
    days: int = 365


class Texts:
    """Seeded texts in every language of the site."""

    def __init__(self, seed: int):
        self.random = random.Random(seed)  # noqa: S311 - made-up texts, not secrets
        self.codes = [code for code, _name in settings.LANGUAGES]

    def paragraphs(self, count: int) -> list[int]:
        return [self.random.randrange(len(SENTENCES["en"])) for __ in range(count)]

    def fields(self, kind: str, n: int, *, body: str = "body", summary: str = "summary"):
        """{title_lt: ..., slug_lt: ..., summary_lt: ..., body_lt: ...} for every language."""
        order = self.paragraphs(6)
        values = {}
        for code in self.codes:
            sentences = [SENTENCES.get(code, SENTENCES["en"])[i] for i in order]
            values[f"title_{code}"] = TITLES[kind].get(code, TITLES[kind]["en"]).format(n=n)
            if summary:
                values[f"{summary}_{code}"] = " ".join(sentences[:2])
            if body:
                values[f"{body}_{code}"] = "".join(f"<p>{s}</p>" for s in sentences)
        return values

    def slugs(self, kind: str, n: int) -> dict[str, str]:
        return {f"slug_{code}": f"bench-{kind}-{n}-{code}" for code in self.codes}


def load(sizes: Sizes = Sizes(), seed: int = 2026) -> dict[str, int]:
    """Load what is not loaded yet; returns how many rows of each kind were added."""
    texts = Texts(seed)
    added = {}
    with transaction.atomic():
        added["stories"] = _stories(texts, sizes.stories)
        added["news"] = _news(texts, sizes.news)
        added["organisations"] = _organisations(texts, sizes.organisations)
        added["resources"] = _resources(texts, sizes.resources)
        added["pages"] = _pages(texts, sizes.pages)
        added["days"] = _counters(texts, sizes.days)
    return added


def _loaded(model, prefix: str) -> bool:
    return model.objects.filter(**{f"slug_{settings.LANGUAGE_CODE}__startswith": prefix}).exists()


def _stories(texts: Texts, count: int) -> int:
    if not count or _loaded(Story, "bench-story-"):
        return 0
    now = timezone.now()
    forms = list(ExploitationForm.objects.values_list("pk", flat=True))
    methods = list(RecruitmentMethod.objects.values_list("pk", flat=True))
    pick = texts.random
    stories = Story.objects.bulk_create(
        [
            Story(
                **texts.fields("story", n),
                **texts.slugs("story", n),
                **{f"pseudonym_{code}": f"R. {n}" for code in texts.codes},
                destination=pick.choice(DESTINATIONS),
                period_start=pick.randrange(2005, 2026),
                age_group=pick.choice(AgeGroup.values),
                status=StoryStatus.PUBLISHED,
                publish_at=now - timedelta(hours=n),
                consent_recorded_at=now,
                anonymised_at=now,
            )
            for n in range(1, count + 1)
        ],
        batch_size=BATCH,
    )
    _link(Story.forms.through, "story_id", "exploitationform_id", stories, forms, pick)
    _link(Story.recruitment.through, "story_id", "recruitmentmethod_id", stories, methods, pick)
    return len(stories)


def _link(through, own: str, other: str, rows, choices: list[int], pick: random.Random) -> None:
    if not choices:
        return
    links = [
        through(**{own: row.pk, other: choice})
        for row in rows
        for choice in pick.sample(choices, min(2, len(choices)))
    ]
    through.objects.bulk_create(links, batch_size=BATCH)


def _news(texts: Texts, count: int) -> int:
    if not count or _loaded(NewsItem, "bench-news-"):
        return 0
    now = timezone.now()
    items = NewsItem.objects.bulk_create(
        [
            NewsItem(
                **texts.fields("news", n),
                **texts.slugs("news", n),
                status=Status.PUBLISHED,
                publish_at=now - timedelta(days=n % 1800, hours=n),
            )
            for n in range(1, count + 1)
        ],
        batch_size=BATCH,
    )
    return len(items)


def _organisations(texts: Texts, count: int) -> int:
    if not count or Organisation.objects.filter(slug__startswith="bench-").exists():
        return 0
    cities = list(City.objects.values_list("pk", flat=True))
    services = list(Service.objects.values_list("pk", flat=True))
    pick = texts.random
    organisations = Organisation.objects.bulk_create(
        [
            Organisation(
                **{
                    f"name_{code}": value
                    for code, value in _titles(texts, "organisation", n).items()
                },
                **{
                    f"description_{code}": " ".join(SENTENCES.get(code, SENTENCES["en"])[:2])
                    for code in texts.codes
                },
                slug=f"bench-organisation-{n}",
                city_id=pick.choice(cities) if cities else None,
                phone="8 800 00000",
                tel="+37080000000",
                status=Status.PUBLISHED,
                order=n,
            )
            for n in range(1, count + 1)
        ],
        batch_size=BATCH,
    )
    _link(
        Organisation.services.through,
        "organisation_id",
        "service_id",
        organisations,
        services,
        pick,
    )
    return len(organisations)


def _titles(texts: Texts, kind: str, n: int) -> dict[str, str]:
    return {code: TITLES[kind].get(code, TITLES[kind]["en"]).format(n=n) for code in texts.codes}


def _resources(texts: Texts, count: int) -> int:
    if not count or Resource.objects.filter(slug__startswith="bench-").exists():
        return 0
    languages = list(Language.objects.values_list("pk", flat=True))
    if not languages:
        return 0
    pick = texts.random
    resources = Resource.objects.bulk_create(
        [
            Resource(
                **texts.fields("resource", n, body="", summary="description"),
                slug=f"bench-resource-{n}",
                kind=pick.choice(["study", "report", "leaflet", "video"]),
                url=f"https://www.example.org/bench/{n}",
                language_id=pick.choice(languages),
                year=pick.randrange(2005, 2027),
                status=Status.PUBLISHED,
            )
            for n in range(1, count + 1)
        ],
        batch_size=BATCH,
    )
    return len(resources)


def _pages(texts: Texts, count: int) -> int:
    """Sub-pages of the demo's top-level pages (the menu's second level: pages
    have two levels, and every published page is in the menu, which is part of
    what the bench measures)."""
    if not count or _loaded(Page, "bench-page-"):
        return 0
    parents = list(Page.objects.filter(parent__isnull=True).values_list("pk", flat=True))
    if not parents:
        return 0
    pick = texts.random
    pages = Page.objects.bulk_create(
        [
            Page(
                **texts.fields("page", n),
                **texts.slugs("page", n),
                parent_id=pick.choice(parents),
                status=Status.PUBLISHED,
                menu_order=1000 + n,
            )
            for n in range(1, count + 1)
        ],
        batch_size=BATCH,
    )
    return len(pages)


def _counters(texts: Texts, days: int) -> int:
    """A year of completions per day, and the band and answer counts to match."""
    questionnaires = list(Questionnaire.objects.prefetch_related("bands", "questions__choices"))
    if not days or not questionnaires:
        return 0
    today = timezone.localdate()
    pick = texts.random
    added = 0
    for questionnaire in questionnaires:
        known = set(
            DailyCompletions.objects.filter(questionnaire=questionnaire).values_list(
                "day", flat=True
            )
        )
        rows = [
            DailyCompletions(questionnaire=questionnaire, day=day, count=pick.randrange(5, 120))
            for day in (today - timedelta(days=d) for d in range(days))
            if day not in known
        ]
        DailyCompletions.objects.bulk_create(rows, batch_size=BATCH)
        added += len(rows)
        total = sum(row.count for row in rows)
        for band in questionnaire.bands.all():
            _add(BandCount, "band", band, total // max(1, questionnaire.bands.count()))
        for question in questionnaire.questions.all():
            choices = list(question.choices.all())
            for choice in choices:
                _add(ChoiceCount, "choice", choice, total // max(1, len(choices)))
    return added


def _add(model, field: str, target, count: int) -> None:
    row, _created = model.objects.get_or_create(**{field: target})
    model.objects.filter(pk=row.pk).update(count=row.count + count)
