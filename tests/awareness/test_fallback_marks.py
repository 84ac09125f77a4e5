"""A text shown in a fallback language carries its real lang and a visible note.

For each kind of page: an object written only in Lithuanian, shown on /en/ and
/uk/, has lang="lt" around its text and the note (detail pages) or the short
"(in Lithuanian)" marker (cards); an object with Ukrainian text on /uk/ has
neither.
"""

import re

import pytest
from django.utils import translation

from awareness.models import HomePage, Language
from tests.awareness import builders

NOTE = 'class="note">'
MARKER = 'class="fallback-marker"'


def main(html: str) -> str:
    """The page's main content (the header's language switcher has lang too)."""
    return re.search(r"<main.*</main>", html, re.S).group(0)


def path(obj, language: str) -> str:
    with translation.override(language):
        return obj.get_absolute_url()


def lt_only(fields: dict) -> dict:
    return {name: value for name, value in fields.items() if not name.endswith("_en")}


def with_uk(fields: dict) -> dict:
    return fields | {
        name.removesuffix("_lt") + "_uk": f"Українською {value}"
        for name, value in fields.items()
        if name.endswith("_lt") and not name.startswith("slug")
    }


def assert_marked(html: str, marker: str) -> None:
    content = main(html)
    assert 'lang="lt"' in content
    assert marker in content


def assert_not_marked(html: str) -> None:
    content = main(html)
    assert 'lang="lt"' not in content
    assert MARKER not in content
    assert "not yet available" not in content and "ще немає" not in content


# --- News ----------------------------------------------------------------------

NEWS_LT = {
    "title_lt": "Tik lietuviškai",
    "slug_lt": "tik-lietuviskai",
    "summary_lt": "Santrauka",
    "body_lt": "<p>Tekstas</p>",
    "title_en": "",
    "slug_en": "",
    "summary_en": "",
    "body_en": "",
}


@pytest.mark.parametrize("language", ["en", "uk"])
def test_lithuanian_only_news_is_marked(client, db, language):
    item = builders.news(**NEWS_LT)
    detail = client.get(path(item, language))
    assert detail.status_code == 200
    assert_marked(detail.text, NOTE)
    assert '<h1 lang="lt">Tik lietuviškai</h1>' in detail.text
    assert '<div class="prose" lang="lt">' in detail.text
    with translation.override(language):
        listing = client.get(f"/{language}/{translation.gettext('news/')}")
    assert_marked(listing.text, MARKER)
    assert_marked(client.get(f"/{language}/").text, MARKER)  # the home page's latest news


def test_news_in_ukrainian_is_not_marked(client, db):
    item = builders.news(**with_uk(NEWS_LT) | {"slug_uk": "tilky-ukrainskoiu"})
    assert_not_marked(client.get(path(item, "uk")).text)
    assert_not_marked(client.get("/uk/novyny/").text)
    assert_not_marked(client.get("/uk/").text)


def test_the_note_is_in_the_page_language(client, db):
    item = builders.news(**NEWS_LT)
    html = client.get(path(item, "uk")).text
    with translation.override("uk"):
        note = translation.gettext(
            "This text is not yet available in your language, so it is shown in %(name)s."
        )
    assert note.split("%")[0].strip() in html
    assert '<span class="fallback-marker"' not in main(html)  # a detail page has the note only


# --- Organisations ---------------------------------------------------------------

ORG_LT = {"name_en": "", "description_en": ""}


@pytest.mark.parametrize("language", ["en", "uk"])
def test_lithuanian_only_organisation_is_marked(client, db, language):
    org = builders.organisation("centras", **ORG_LT)
    assert_marked(client.get(path(org, language)).text, NOTE)
    with translation.override(language):
        listing = client.get(f"/{language}/{translation.gettext('help/')}")
    assert_marked(listing.text, MARKER)


def test_organisation_in_ukrainian_is_not_marked(client, db):
    org = builders.organisation(
        "centras", name_uk="Центр", description_uk="Допомагає постраждалим.", **ORG_LT
    )
    assert_not_marked(client.get(path(org, "uk")).text)
    assert_not_marked(client.get("/uk/dopomoha/").text)


# --- Resources ---------------------------------------------------------------------


@pytest.fixture
def lithuanian(db) -> Language:
    return Language.objects.create(slug="lt", name_lt="lietuvių", name_en="Lithuanian")


@pytest.mark.parametrize("language", ["en", "uk"])
def test_lithuanian_only_resource_is_marked(client, lithuanian, language):
    item = builders.resource("tyrimas", lithuanian, title_en="")
    assert_marked(client.get(path(item, language)).text, NOTE)
    with translation.override(language):
        listing = client.get(f"/{language}/{translation.gettext('resources/')}")
    assert_marked(listing.text, MARKER)


def test_resource_in_ukrainian_is_not_marked(client, lithuanian):
    item = builders.resource("tyrimas", lithuanian, title_uk="Дослідження")
    # The resource's own language is Lithuanian, shown as a fact, not a fallback.
    html = main(client.get(path(item, "uk")).text)
    assert 'lang="lt"' not in html and "ще немає" not in html
    assert MARKER not in main(client.get("/uk/materialy/").text)


# --- Facts -----------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "uk"])
def test_lithuanian_only_theme_is_marked(client, db, language):
    builders.theme(title_en="", description_en="")
    with translation.override(language):
        html = client.get(f"/{language}/{translation.gettext('facts/')}").text
    assert_marked(html, MARKER)
    assert '<h2 id="theme-global" lang="lt">' in html


def test_theme_in_ukrainian_is_not_marked(client, db):
    builders.theme(title_uk="Сучасне рабство", description_uk="Скільки людей.")
    html = main(client.get("/uk/fakty/").text)
    assert MARKER not in html
    assert '<h2 id="theme-global">' in html


# --- Pages and the home page ---------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "uk"])
def test_lithuanian_only_page_is_marked(client, make_page, language):
    parent = make_page(slug_lt="tevas", slug_en="parent", slug_uk="batko", title_uk="Батьківська")
    parent.body_uk = "<p>Текст</p>"
    parent.save()
    child = make_page(parent=parent, title_en="", slug_en="", body_en="")
    assert_marked(client.get(path(child, language)).text, NOTE)
    # The child's card on its parent's page, and the home page's menu.
    assert_marked(client.get(path(parent, language)).text, MARKER)


def test_page_in_ukrainian_is_not_marked(client, make_page):
    page = make_page(title_uk="Сторінка", slug_uk="storinka", body_uk="<p>Текст</p>")
    assert_not_marked(client.get("/uk/storinka/").text)
    assert page.pk


@pytest.mark.parametrize("language", ["en", "uk"])
def test_lithuanian_only_home_page_is_marked(client, db, language):
    HomePage.objects.create(
        intro_title_lt="Sveiki", intro_lt="<p>Įžanga</p>", test_title_lt="Testas"
    )
    html = client.get(f"/{language}/").text
    assert_marked(html, NOTE)
    assert '<h1 id="intro-heading" lang="lt">Sveiki</h1>' in html
    assert '<h2 id="test-heading" lang="lt">Testas</h2>' in html


def test_home_page_in_ukrainian_is_not_marked(client, db):
    HomePage.objects.create(intro_title_uk="Вітаємо", intro_uk="<p>Вступ</p>", test_title_uk="Тест")
    assert_not_marked(client.get("/uk/").text)


# --- Hotlines -----------------------------------------------------------------------


def test_hotline_in_a_fallback_language_is_marked(client, hotline):
    html = client.get("/uk/").text  # lt and en only: Ukrainian falls back to English
    assert '<span class="hotline__name" lang="en">National hotline</span>' in html
    hotline.name_en = ""
    hotline.save()
    assert '<span class="hotline__name" lang="lt">' in client.get("/uk/").text
    hotline.name_uk, hotline.hours_uk = "Національна лінія", "Цілодобово"
    hotline.save()
    html = client.get("/uk/").text
    assert '<span class="hotline__name">Національна лінія</span>' in html
    assert '<span class="hotline__hours">Цілодобово</span>' in html


def test_menu_entries_in_a_fallback_language_are_marked(client, make_page):
    make_page(title_lt="Tik lietuviškai", title_en="", slug_en="")
    make_page(title_uk="Українською", slug_uk="ukrainskoiu", body_uk="<p>Текст</p>")
    html = client.get("/uk/").text
    assert 'lang="lt">Tik lietuviškai</a>' in html
    assert '<a href="/uk/ukrainskoiu/">Українською</a>' in html
