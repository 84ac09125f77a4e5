"""The demo content, loaded by `manage.py load_demo` from one YAML file per section.

The files in data/ hold every language of an item side by side
(``{"title": {"lt": ..., "en": ...}}``); `translated()` turns that into the
modeltranslation columns (``title_lt``, ``title_en``) of settings.LANGUAGES.
SCHEMA names, per section, each list's translated fields and which of them need
every language; the tests check the data files against it.

Loading never brings back what staff deleted or changed, unless they emptied a
whole section (that section then loads again). Pages, hotlines, the
home page, stories and risk tests load only into a site with no page and no
home page yet. Each later section (directory, news, resources, facts) and each
directory taxonomy loads while it is empty, so an existing site gets a new
section once. Running it twice changes nothing.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

import yaml
from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from awareness.models import (
    City,
    Figure,
    HomePage,
    Hotline,
    Language,
    NewsItem,
    Organisation,
    Page,
    Resource,
    Service,
    Theme,
)
from core.publishing import Status
from quiz.models import Choice, Question, Questionnaire, ResultBand
from stories.models import ExploitationForm, RecruitmentMethod, Story, StoryStatus, WarningSign

DATA = Path(__file__).resolve().parent / "data"

Item = dict[str, Any]


@dataclass(frozen=True)
class Fields:
    """A list's translated fields; all but the optional ones need every language."""

    translated: tuple[str, ...]
    optional: tuple[str, ...] = ()
    nested: Mapping[str, "Fields"] = field(default_factory=dict)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(name for name in self.translated if name not in self.optional)

    def columns(self, item: Item) -> dict[str, str]:
        return translated(item, self.translated)


PAGE = Fields(("title", "slug", "summary", "body", "meta_description"))
HOTLINE = Fields(("name", "hours", "description"))
HOME = Fields(("intro_title", "intro", "test_title", "test_text", "test_link_label"))
TERM = Fields(("name",))
ORGANISATION = Fields(("name", "description", "opening_hours", "source"), ("opening_hours",))
NEWS = Fields(("title", "slug", "summary", "body", "place", "source"), ("place",))
RESOURCE = Fields(("title", "description", "publisher"))
FIGURE = Fields(("label", "unit", "source"))
THEME = Fields(("title", "description"), nested={"figures": FIGURE})
WARNING_SIGN = Fields(("text",))
STORY = Fields(
    ("title", "slug", "pseudonym", "summary", "body"), nested={"warning_signs": WARNING_SIGN}
)
CHOICE = Fields(("text", "explanation"), ("explanation",))
QUESTION = Fields(("text", "help_text"), ("help_text",), nested={"choices": CHOICE})
BAND = Fields(("title", "advice"))
QUESTIONNAIRE = Fields(
    ("title", "slug", "introduction"), nested={"questions": QUESTION, "bands": BAND}
)

# Lists whose items may wait for a translation: until one is there, the site
# shows the text in a fallback language, marked with its language and a note.
# Their items must be complete only in the languages the content is first
# written in; every other list needs every language the site offers.
WRITTEN_IN = ("lt", "en")
MAY_WAIT_FOR_TRANSLATION = {
    ("directory", "organisations"),
    ("news", "news"),
    ("resources", "resources"),
    ("facts", "themes"),
    ("stories", "stories"),
}


def required_languages(section: str, list_name: str) -> list[str]:
    """The languages every item of ``section``'s ``list_name`` must be written in."""
    codes = languages()
    if (section, list_name) in MAY_WAIT_FOR_TRANSLATION:
        return [code for code in codes if code in WRITTEN_IN]
    return codes


# Section (data/<section>.yaml) -> its lists -> the fields of their items.
SCHEMA: dict[str, dict[str, Fields]] = {
    "pages": {"pages": PAGE},
    "site": {"hotlines": HOTLINE, "home": HOME},
    "directory": {
        "services": TERM,
        "cities": TERM,
        "languages": TERM,
        "organisations": ORGANISATION,
    },
    "news": {"news": NEWS},
    "resources": {"resources": RESOURCE},
    "facts": {"themes": THEME},
    "stories": {"forms": TERM, "recruitment": TERM, "stories": STORY},
    "quiz": {"questionnaires": QUESTIONNAIRE},
}


def read(section: str) -> dict[str, list[Item]]:
    """A section's data file: {list name: [item, ...]}."""
    with (DATA / f"{section}.yaml").open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def translated(item: Item, fields: Iterable[str]) -> dict[str, str]:
    """{"title": {"lt": ..., "en": ...}} -> {"title_lt": ..., "title_en": ...}; missing is ""."""
    codes = languages()
    return {
        f"{name}_{code}": (item.get(name) or {}).get(code) or ""
        for name in fields
        for code in codes
    }


def _by_slug(model: type[models.Model], item: Item) -> models.QuerySet:
    """The objects with the item's slug in the default language."""
    default = settings.LANGUAGE_CODE
    return model.objects.filter(**{f"slug_{default}": item["slug"][default]})


class Loaded(NamedTuple):
    created: int
    site: bool  # False: the site had content, so pages, stories and risk tests were left alone


@transaction.atomic
def load() -> Loaded:
    created = load_sections()
    if Page.objects.exists() or HomePage.objects.exists():
        return Loaded(created, site=False)
    return Loaded(created + load_site(), site=True)


# --- The site: pages, hotlines, home page, stories and risk tests ------------


def load_site() -> int:
    return load_pages() + load_hotlines() + load_home() + load_stories() + load_quiz()


def load_pages() -> int:
    pages: dict[str, Page] = {}
    created = 0
    for item in read("pages")["pages"]:
        page = _by_slug(Page, item).first()
        if page is None:
            page = Page.objects.create(
                parent=pages.get(item.get("parent")),
                menu_order=item["menu_order"],
                status=Status.PUBLISHED,
                **PAGE.columns(item),
            )
            created += 1
        pages[item["key"]] = page  # children name their parent's key
    return created


def load_hotlines() -> int:
    """The hotlines and the languages each answers in (the directory's language
    terms, loaded before by load_terms; one staff deleted comes back)."""
    created, terms = 0, read("directory")["languages"]
    for item in read("site")["hotlines"]:
        line, new = Hotline.objects.get_or_create(
            tel=item["tel"],
            defaults={"number": item["number"], "order": item["order"], **HOTLINE.columns(item)},
        )
        if new:
            line.languages.set([_language(key, terms) for key in item.get("languages", [])])
        created += new
    return created


def load_home() -> int:
    if HomePage.objects.exists():
        return 0
    (item,) = read("site")["home"]
    HomePage.objects.create(**HOME.columns(item))
    return 1


def _story_terms(model: type[models.Model], rows: list[Item]) -> tuple[dict[str, Any], int]:
    terms, created = {}, 0
    for order, item in enumerate(rows, start=1):
        terms[item["key"]], new = model.objects.get_or_create(
            slug=item["key"], defaults={"order": order * 10, **TERM.columns(item)}
        )
        created += new
    return terms, created


def load_stories() -> int:
    data = read("stories")
    forms, created_forms = _story_terms(ExploitationForm, data["forms"])
    methods, created_methods = _story_terms(RecruitmentMethod, data["recruitment"])
    created = created_forms + created_methods
    now = timezone.now()
    for item in data["stories"]:
        if _by_slug(Story, item).exists():
            continue
        story = Story.objects.create(
            destination=item["destination"],
            period_start=item["period_start"],
            period_end=item.get("period_end"),
            age_group=item["age_group"],
            featured=item.get("featured", False),
            source=item["source"],
            # Composites: no real person to ask, but the check is still recorded.
            consent_recorded_at=now,
            anonymised_at=now,
            status=StoryStatus.PUBLISHED,
            publish_at=now,
            **STORY.columns(item),
        )
        story.forms.set([forms[key] for key in item["forms"]])
        story.recruitment.set([methods[key] for key in item["recruitment"]])
        WarningSign.objects.bulk_create(
            WarningSign(story=story, order=order, **WARNING_SIGN.columns(sign))
            for order, sign in enumerate(item["warning_signs"], start=1)
        )
        created += 1
    return created


def load_quiz() -> int:
    created = 0
    for item in read("quiz")["questionnaires"]:
        if _by_slug(Questionnaire, item).exists():
            continue
        questionnaire = Questionnaire.objects.create(
            order=item["order"], status=Status.PUBLISHED, **QUESTIONNAIRE.columns(item)
        )
        for order, question_item in enumerate(item["questions"], start=1):
            _question(questionnaire, question_item, order * 10)
        ResultBand.objects.bulk_create(
            ResultBand(
                questionnaire=questionnaire,
                min_score=band["min"],
                max_score=band["max"],
                level=band["level"],
                **BAND.columns(band),
            )
            for band in item["bands"]
        )
        created += 1
    return created


def _question(questionnaire: Questionnaire, item: Item, order: int) -> None:
    question = Question.objects.create(
        questionnaire=questionnaire, kind=item["kind"], order=order, **QUESTION.columns(item)
    )
    Choice.objects.bulk_create(
        Choice(
            question=question,
            points=choice["points"],
            red_flag=choice.get("red_flag", False),
            order=n * 10,
            **CHOICE.columns(choice),
        )
        for n, choice in enumerate(item["choices"], start=1)
    )


# --- Later sections: each loads while it is empty ----------------------------


def load_sections() -> int:
    created = load_terms()
    for model, load_section in SECTIONS:
        if not model.objects.exists():
            created += load_section()
    return created


def load_terms() -> int:
    """Each directory taxonomy while it is empty (staff may delete or rename entries)."""
    data, created = read("directory"), 0
    for model, name in ((Service, "services"), (City, "cities"), (Language, "languages")):
        if not model.objects.exists():
            model.objects.bulk_create(_term(model, item) for item in data[name])
            created += len(data[name])
    return created


def _term(model: type[models.Model], item: Item) -> models.Model:
    return model(slug=item["key"], order=item.get("order", 0), **TERM.columns(item))


def _language(key: str, rows: list[Item]) -> Language:
    """A resource's language; brought back only if staff deleted it and it is needed."""
    item = next(row for row in rows if row["key"] == key)
    language, _new = Language.objects.get_or_create(
        slug=key, defaults={"order": item.get("order", 0), **TERM.columns(item)}
    )
    return language


def load_organisations() -> int:
    rows = read("directory")["organisations"]
    cities = {city.slug: city for city in City.objects.all()}
    for order, item in enumerate(rows, start=1):
        organisation = Organisation.objects.create(
            slug=item["key"],
            order=item.get("order", order * 10),
            city=cities.get(item.get("city")),
            phone=item.get("phone", ""),
            tel=item.get("tel", ""),
            email=item.get("email", ""),
            website=item.get("website", ""),
            source_url=item.get("source_url", ""),
            # Left empty: staff set it when they have checked the contact details.
            checked=None,
            **ORGANISATION.columns(item),
        )
        organisation.services.set(Service.objects.filter(slug__in=item["services"]))
        organisation.languages.set(Language.objects.filter(slug__in=item["languages"]))
    return len(rows)


def _last(month_day: str, now: datetime) -> datetime:
    """The latest past date with this month and day, at 9:00 in the site's zone."""
    month, day = (int(part) for part in month_day.split("-"))
    year = now.year if (month, day) <= (now.month, now.day) else now.year - 1
    return timezone.make_aware(datetime.combine(date(year, month, day), time(9)))


def _published(item: Item, now: datetime, order: int) -> datetime:
    """The source's own date (`date`, at 9:00) where it gives one; else the moment of loading.

    An item whose source gives no date says so in its text; it is published when
    the demo loads, a second apart in the file's order, never on an invented day.
    """
    if item.get("date"):
        return timezone.make_aware(datetime.combine(item["date"], time(9)))
    return now - timedelta(seconds=order)


def load_news() -> int:
    rows = read("news")["news"]
    now = timezone.now()
    for order, item in enumerate(rows):
        start = _last(item["event_start"], now) if item.get("event_start") else None
        end = _last(item["event_end"], now) if item.get("event_end") else None
        if start and end and end < start:
            end = end.replace(year=end.year + 1)
        NewsItem.objects.create(
            kind=item["kind"],
            status=Status.PUBLISHED,
            publish_at=_published(item, now, order),
            event_start=start,
            event_end=end.replace(hour=17) if end else None,
            source_url=item.get("source_url", ""),
            **NEWS.columns(item),
        )
    return len(rows)


def load_resources() -> int:
    rows, languages = read("resources")["resources"], read("directory")["languages"]
    for item in rows:
        Resource.objects.create(
            slug=item["key"],
            kind=item["kind"],
            url=item["url"],
            language=_language(item["language"], languages),
            year=item.get("year"),
            **RESOURCE.columns(item),
        )
    return len(rows)


def load_facts() -> int:
    themes = read("facts")["themes"]
    created = len(themes)
    for item in themes:
        theme = Theme.objects.create(
            slug=item["key"], display=item["display"], order=item["order"], **THEME.columns(item)
        )
        for order, figure in enumerate(item["figures"], start=1):
            Figure.objects.create(
                theme=theme,
                value=Decimal(str(figure["value"])),
                year=figure.get("year"),
                year_end=figure.get("year_end"),
                source_url=figure.get("source_url", ""),
                order=order * 10,
                **FIGURE.columns(figure),
            )
            created += 1
    return created


# Model -> loader of each later section, in loading order.
SECTIONS: tuple[tuple[type[models.Model], Callable[[], int]], ...] = (
    (Organisation, load_organisations),
    (NewsItem, load_news),
    (Resource, load_resources),
    (Theme, load_facts),
)
