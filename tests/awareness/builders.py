"""Small factories for the directory, news, resources and facts (bulk for query tests)."""

import io
from datetime import timedelta
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from pypdf import PdfWriter

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


def pdf_bytes(pages: int = 1, password: str | None = None) -> bytes:

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=200)
    if password:
        writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_upload(name: str = "leaflet.pdf", **kwargs) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, pdf_bytes(**kwargs), content_type="application/pdf")


def terms() -> dict:
    return {
        "vilnius": City.objects.create(slug="vilnius", name_lt="Vilnius", name_en="Vilnius"),
        "klaipeda": City.objects.create(slug="klaipeda", name_lt="Klaipėda", name_en="Klaipėda"),
        "shelter": Service.objects.create(slug="shelter", name_lt="Prieglauda", name_en="Shelter"),
        "legal-aid": Service.objects.create(
            slug="legal-aid", name_lt="Teisinė pagalba", name_en="Legal aid"
        ),
        "lt": Language.objects.create(slug="lt", name_lt="lietuvių", name_en="Lithuanian"),
        "en": Language.objects.create(slug="en", name_lt="anglų", name_en="English"),
    }


def organisation(slug: str, city=None, services=(), languages=(), **fields) -> Organisation:
    values = {
        "name_lt": f"Organizacija {slug}",
        "name_en": f"Organisation {slug}",
        "description_lt": "Padeda nukentėjusiems nuo išnaudojimo.",
        "description_en": "Helps people who were exploited.",
    } | fields
    org = Organisation.objects.create(slug=slug, city=city, **values)
    org.services.set(services)
    org.languages.set(languages)
    return org


def news(n: int = 1, **fields) -> NewsItem:
    values = {
        "title_lt": f"Naujiena {n}",
        "title_en": f"News item {n}",
        "slug_lt": f"naujiena-{n}",
        "slug_en": f"news-item-{n}",
        "summary_lt": f"Santrauka {n}",
        "summary_en": f"Summary {n}",
        "body_lt": "<p>Tekstas</p>",
        "body_en": "<p>Text</p>",
        "status": "published",
        "publish_at": timezone.now() - timedelta(days=n),
    } | fields
    return NewsItem.objects.create(**values)


def resource(slug: str, language: Language, **fields) -> Resource:
    values = {
        "title_lt": f"Leidinys {slug}",
        "title_en": f"Resource {slug}",
        "kind": "study",
        "url": "https://www.example.org/study",
        "year": 2022,
    } | fields
    return Resource.objects.create(slug=slug, language=language, **values)


def theme(
    slug: str = "global", figures=(("Forced labour", "28"), ("Forced marriage", "22")), **fields
) -> Theme:
    values = {
        "title_lt": "Šiuolaikinė vergovė",
        "title_en": "Modern slavery",
        "description_lt": "Kiek žmonių gyvena šiuolaikinėje vergovėje.",
        "description_en": "How many people live in modern slavery.",
    } | fields
    made = Theme.objects.create(slug=slug, **values)
    for order, (label, value) in enumerate(figures):
        Figure.objects.create(
            theme=made,
            label_lt=label,
            label_en=label,
            value=Decimal(value),
            unit_lt="mln. žmonių",
            unit_en="million people",
            year=2021,
            source_lt="TDO, Walk Free, TMO",
            source_en="ILO, Walk Free, IOM",
            source_url="https://www.ilo.org/",
            order=order,
        )
    return made
