"""Loads the directory, news, resources and facts demo content.

Each section loads only while it is empty, so `make run` never re-adds what
staff deleted or changed, and a site that had the earlier demo gets the new
sections once.
"""

from datetime import datetime, time, timedelta
from decimal import Decimal

from django.utils import timezone

from awareness.demo import translated
from awareness.demo.directory import CITIES, LANGUAGES, ORGANISATIONS, SERVICES
from awareness.demo.facts import THEMES
from awareness.demo.news import NEWS
from awareness.demo.resources import RESOURCES
from awareness.models import (
    City,
    Figure,
    Language,
    NewsItem,
    Organisation,
    Resource,
    Service,
    Theme,
)

CHECKED = datetime(2026, 11, 1).date()


def load_terms() -> int:
    """Each taxonomy while it is empty (staff may delete or rename entries)."""
    created = 0
    for model, rows in ((Service, SERVICES), (City, CITIES), (Language, LANGUAGES)):
        if not model.objects.exists():
            model.objects.bulk_create(_term(model, data) for data in rows)
            created += len(rows)
    return created


def _term(model, data: dict):
    return model(slug=data["slug"], order=data.get("order", 0), **translated(data, ("name",)))


def _language(slug: str) -> Language:
    """A resource's language; brought back only if staff deleted it and it is needed."""
    data = next(row for row in LANGUAGES if row["slug"] == slug)
    language, _new = Language.objects.get_or_create(
        slug=slug, defaults={"order": data.get("order", 0), **translated(data, ("name",))}
    )
    return language


def load_directory() -> int:
    if Organisation.objects.exists():
        return 0
    cities = {city.slug: city for city in City.objects.all()}
    for order, data in enumerate(ORGANISATIONS, start=1):
        organisation = Organisation.objects.create(
            slug=data["slug"],
            order=data.get("order", order * 10),
            city=cities.get(data["city"]) if data["city"] else None,
            phone=data["phone"],
            tel=data["tel"],
            email=data["email"],
            website=data["website"],
            source_url=data.get("source_url", ""),
            checked=CHECKED,
            **translated(data, ("name", "description", "opening_hours", "source")),
        )
        organisation.services.set(Service.objects.filter(slug__in=data["services"]))
        organisation.languages.set(Language.objects.filter(slug__in=data["languages"]))
    return len(ORGANISATIONS)


def _last(month_day: str, now: datetime) -> datetime:
    """The latest past date with this month and day, at 9:00 in the site's zone."""
    month, day = (int(part) for part in month_day.split("-"))
    year = now.year if (month, day) <= (now.month, now.day) else now.year - 1
    return timezone.make_aware(datetime.combine(datetime(year, month, day).date(), time(9)))


def load_news() -> int:
    if NewsItem.objects.exists():
        return 0
    now = timezone.now()
    for data in NEWS:
        start = _last(data["event_start"], now) if data.get("event_start") else None
        end = _last(data["event_end"], now) if data.get("event_end") else None
        if start and end and end < start:
            end = end.replace(year=end.year + 1)
        NewsItem.objects.create(
            kind=data["kind"],
            published=True,
            publish_at=now - timedelta(days=data["days_ago"]),
            event_start=start,
            event_end=end.replace(hour=17) if end else None,
            source_url=data.get("source_url", ""),
            **translated(data, ("title", "slug", "summary", "body", "place", "source")),
        )
    return len(NEWS)


def load_resources() -> int:
    if Resource.objects.exists():
        return 0
    for data in RESOURCES:
        Resource.objects.create(
            slug=data["slug"],
            kind=data["kind"],
            url=data["url"],
            language=_language(data["language"]),
            year=data.get("year"),
            **translated(data, ("title", "description", "publisher")),
        )
    return len(RESOURCES)


def load_facts() -> int:
    if Theme.objects.exists():
        return 0
    created = 0
    for data in THEMES:
        theme = Theme.objects.create(
            slug=data["slug"],
            display=data["display"],
            order=data["order"],
            **translated(data, ("title", "description")),
        )
        for order, figure in enumerate(data["figures"], start=1):
            Figure.objects.create(
                theme=theme,
                value=Decimal(figure["value"]),
                year=figure["year"],
                year_end=figure.get("year_end"),
                source_url=figure.get("source_url", ""),
                order=order * 10,
                **translated(figure, ("label", "unit", "source")),
            )
            created += 1
    return created + len(THEMES)


def load_sections() -> int:
    return load_terms() + load_directory() + load_news() + load_resources() + load_facts()
