"""The demo content: idempotent loading, both languages, no broken link or 5xx."""

import re
from urllib.parse import urljoin, urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from awareness.models import (
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
from core.languages import missing_languages
from website.demo.loader import read

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PAGES = read("pages")["pages"]


@pytest.fixture
def demo(db):
    call_command("load_demo", verbosity=0)


def counts() -> tuple[int, int, int]:
    return Page.objects.count(), Hotline.objects.count(), HomePage.objects.count()


def test_loading_twice_changes_nothing(demo):
    before = counts()
    snapshot = list(Page.objects.values())
    call_command("load_demo", verbosity=0)
    assert counts() == before
    assert list(Page.objects.values()) == snapshot


def test_loading_keeps_staff_edits(demo):
    page = Page.objects.first()
    page.title_lt = "Redaktoriaus pavadinimas"
    page.save()
    call_command("load_demo", verbosity=0)
    page.refresh_from_db()
    assert page.title_lt == "Redaktoriaus pavadinimas"


def test_every_demo_page_is_complete_in_both_languages(demo):
    assert Page.objects.published().count() == len(PAGES) >= 9
    for page in Page.objects.all():
        assert missing_languages(page) == [], page.slug_lt
        for code in LANGUAGES:
            assert getattr(page, f"slug_{code}") and getattr(page, f"title_{code}")


def test_demo_pages_cite_their_sources(demo):
    for page in Page.objects.all():
        assert "Šaltiniai" in page.body_lt or "šaltin" in page.body_lt.lower(), page.slug_lt
        assert "Source" in page.body_en, page.slug_en


def test_demo_hotlines_are_the_national_ones(demo):
    assert set(Hotline.objects.values_list("tel", flat=True)) >= {"+37080091119", "+37061691119"}


CRAWL_LIMIT = 400  # addresses per language: the demo has far fewer
SKIPPED = ("/static/", "/media/", *(f"/{code}/admin/" for code in LANGUAGES))


def crawl(client, start: str) -> dict[str, int]:
    """Follow every internal link from ``start`` (bounded); return {url: status}.

    Links into another language (the switcher) are checked but not followed.
    """
    seen: dict[str, int] = {}
    queue = [start]
    while queue and len(seen) < CRAWL_LIMIT:
        url = queue.pop()
        if url in seen:
            continue
        response = client.get(url)
        seen[url] = response.status_code
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        if not url.startswith(start):
            continue
        for href in re.findall(r'href="([^"#]+)', response.text):
            target = urlsplit(urljoin(url, href))
            internal = target.scheme in ("", "http") and target.netloc in ("", "testserver")
            if internal and not target.path.startswith(SKIPPED):
                queue.append(target.path)  # filters and page numbers: same views
    return seen


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_broken_internal_link_and_no_error_in_any_language(client, demo, language):
    statuses = crawl(client, f"/{language}/")
    broken = {url: status for url, status in statuses.items() if status != 200}
    assert broken == {}
    assert len(statuses) >= len(PAGES) + 2


@pytest.mark.parametrize("language", ["ru", "uk"])
def test_crawl_of_russian_and_ukrainian_stays_in_that_language(client, demo, language):
    """The home page, the menu and the lists lead to every translated demo page."""
    statuses = crawl(client, f"/{language}/")
    assert len(statuses) < CRAWL_LIMIT, "the crawl hit its bound before finishing"
    paths = set(statuses)
    with translation.override(language):
        expected = {page.get_absolute_url() for page in Page.objects.published()}
        expected |= {
            reverse(name) for name in ("awareness:help", "quiz:index", "consultations:ask")
        }
    assert expected <= paths
    others = {path for path in paths if not path.startswith(f"/{language}/")}
    assert others, "the language switcher should lead to the other languages"
    assert all(path.startswith(tuple(f"/{code}/" for code in LANGUAGES)) for path in others)


def test_loading_again_never_brings_back_what_staff_deleted(demo):
    Hotline.objects.filter(tel="+37061691119").delete()
    Page.objects.filter(slug_en="privacy").delete()
    call_command("load_demo", verbosity=0)
    assert not Hotline.objects.filter(tel="+37061691119").exists()
    assert not Page.objects.filter(slug_en="privacy").exists()


def test_demo_sections_are_complete_in_both_languages_and_cite_sources(demo):
    assert Organisation.objects.count() >= 7
    for org in Organisation.objects.all():
        assert org.name_lt and org.name_en and org.description_lt and org.description_en
        assert org.source_lt and org.source_en, org.slug
        assert org.phone or org.email or org.website, f"{org.slug} has no contact detail"
        assert org.checked is None, "staff set the checked date, not the loader"
    assert NewsItem.objects.published().filter(kind="event").exists()
    for item in NewsItem.objects.all():
        assert set(missing_languages(item)) <= {"ru", "uk"}, item.slug_lt  # may wait
        assert item.source_lt and item.source_en
    assert Resource.objects.count() >= 5
    for theme in Theme.objects.all():
        for figure in theme.figures.all():
            assert figure.label_en and figure.label_lt and figure.source_lt and figure.source_en


def test_demo_search_finds_with_and_without_diacritics(client, demo):
    with_marks = client.post("/lt/paieska/", {"q": "išnaudojimas"}).context["groups"]
    without = client.post("/lt/paieska/", {"q": "isnaudojimas"}).context["groups"]
    assert [g["total"] for g in with_marks] == [g["total"] for g in without]
    assert sum(g["total"] for g in without) >= 10


def test_new_sections_load_into_a_site_that_had_the_earlier_demo(demo):
    Organisation.objects.all().delete()
    Theme.objects.all().delete()
    call_command("load_demo", verbosity=0)
    assert Organisation.objects.exists() and Theme.objects.exists()
    assert Page.objects.count() == len(PAGES)


def test_loading_again_never_brings_back_a_deleted_service_or_language(demo):
    Service.objects.filter(slug="hotline").delete()
    Language.objects.filter(slug="et").delete()
    call_command("load_demo", verbosity=0)
    assert not Service.objects.filter(slug="hotline").exists()
    assert not Language.objects.filter(slug="et").exists()
