"""Each hotline says which languages it answers in, in the page's language."""

from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import DatabaseError

from awareness.models import Hotline, Language
from tests.signin import sign_in_verified
from website.demo.loader import load_hotlines

NAMES = {
    "lt": ("lietuvių", "Lithuanian", "литовский", "литовська"),
    "en": ("anglų", "English", "английский", "англійська"),
    "ru": ("rusų", "Russian", "русский", "російська"),
}


@pytest.fixture
def answering(hotline):
    for order, (code, names) in enumerate(NAMES.items()):
        language = Language.objects.create(
            slug=code,
            order=order,
            **{
                f"name_{lang}": name
                for lang, name in zip(("lt", "en", "ru", "uk"), names, strict=True)
            },
        )
        hotline.languages.add(language)
    return hotline


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Answers in: Lithuanian, English, Russian"),
        ("lt", "Kalbos: lietuvių, anglų, rusų"),
        ("ru", "Отвечают на языках: литовский, английский, русский"),
        ("uk", "Відповідають мовами: литовська, англійська, російська"),
    ],
)
def test_hotline_names_the_languages_it_answers_in(client, answering, language, line):
    html = client.get(f"/{language}/").text
    assert f'<span class="hotline__languages">{line}</span>' in html


def test_hotline_without_languages_says_nothing_about_them(client, hotline):
    html = client.get("/en/").text
    # The body only: the inlined stylesheet in the head names the class too.
    assert "hotline__languages" not in html[html.index("<body") :]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Answers in: Lithuanian, English, Russian"),
        ("lt", "Kalbos: lietuvių, anglų, rusų"),
        ("uk", "Відповідають мовами: литовська, англійська, російська"),
    ],
)
def test_fallback_hotlines_name_their_languages_when_the_database_is_down(
    client, db, language, line
):
    with mock.patch.object(Hotline.objects, "filter", side_effect=DatabaseError):
        html = client.get(f"/{language}/").text
    assert f'<span class="hotline__languages">{line}</span>' in html


def test_demo_hotlines_answer_in_lithuanian_english_and_russian(db):
    call_command("load_demo", verbosity=0)
    for tel in ("+37080091119", "+37061691119"):
        line = Hotline.objects.get(tel=tel)
        assert sorted(line.languages.values_list("slug", flat=True)) == ["en", "lt", "ru"]


def test_demo_hotlines_bring_the_language_terms_they_need(db):
    """Staff may have deleted a term: the hotlines bring theirs back from directory.yaml."""
    Language.objects.create(slug="lt", name_lt="lietuvių", name_en="Lithuanian")
    load_hotlines()
    line = Hotline.objects.get(tel="+37080091119")
    assert sorted(line.languages.values_list("slug", flat=True)) == ["en", "lt", "ru"]
    assert Language.objects.get(slug="ru").name_uk == "російська"


def test_admin_edits_the_languages(client, answering):
    sign_in_verified(client, User.objects.create_superuser("admin", password="a-long-password-1"))
    html = client.get(f"/lt/admin/awareness/hotline/{answering.pk}/change/").text
    assert 'name="languages"' in html
    assert "selectfilter" in html.lower() or "SelectFilter" in html


def test_help_page_names_the_languages_too(client, answering):
    html = client.get("/en/help/").text
    assert '<p class="hotline__languages">Answers in: Lithuanian, English, Russian</p>' in html
