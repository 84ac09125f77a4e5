"""Every catalogue loads; Lithuanian, Russian and Ukrainian are complete, keep
placeholders and markup, and are written in their own alphabets."""

import re
from pathlib import Path

import polib
import pytest
from django.utils import translation

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted((ROOT / "locale").glob("*/LC_MESSAGES/django.po"))
# English is the source language: its msgstr stay empty by design.
TRANSLATED = ("lt", "ru", "uk")
LT_LETTERS = set("ąčęėįšųūžĄČĘĖĮŠŲŪŽ")
UK_ONLY = set("іїєґІЇЄҐ")  # letters Russian does not have
RU_ONLY = set("ыэъёЫЭЪЁ")  # letters Ukrainian does not have
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]")
TAGS = re.compile(r"</?[a-z]+")
CODES = re.compile(r"\b[A-Z0-9][A-Z0-9-]+\b")  # acronyms and sample codes: IOM, ABCD-EFGH
URL_PATH = re.compile(r"[a-z0-9./<>:_-]+")  # a translated URL path segment, e.g. help/


def catalogue(code: str) -> polib.POFile:
    return polib.pofile(str(ROOT / "locale" / code / "LC_MESSAGES" / "django.po"))


def entries(code: str) -> list[polib.POEntry]:
    return [entry for entry in catalogue(code) if not entry.obsolete]


def translations(entry: polib.POEntry) -> list[str]:
    return [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())


def plural_count(code: str) -> int:
    header = catalogue(code).metadata["Plural-Forms"]
    return int(re.search(r"nplurals\s*=\s*(\d+)", header)[1])


def cyrillic_share(text: str) -> float:
    letters = [char for char in text if char.isalpha()]
    return sum("\u0400" <= char <= "\u04ff" for char in letters) / max(1, len(letters))


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_catalogue_loads_and_has_no_fuzzy_entry(path):
    catalogue = polib.pofile(str(path))
    assert len(catalogue) > 50
    assert catalogue.fuzzy_entries() == []


def test_every_language_of_the_site_has_a_catalogue():
    assert {path.parent.parent.name for path in CATALOGUES} >= {"en", *TRANSLATED}


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_msgstr_is_empty(code):
    empty = [entry.msgid for entry in entries(code) if not entry.translated()]
    assert empty == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_translated_catalogues_hold_the_same_messages_as_english(code):
    english = {(entry.msgctxt, entry.msgid) for entry in entries("en")}
    assert {(entry.msgctxt, entry.msgid) for entry in entries(code)} == english


@pytest.mark.parametrize(("code", "forms"), [("lt", 4), ("ru", 4), ("uk", 4)])
def test_plurals_have_every_form_of_the_language(code, forms):
    assert plural_count(code) == forms
    plurals = [entry for entry in entries(code) if entry.msgid_plural]
    assert plurals
    for entry in plurals:
        assert sorted(entry.msgstr_plural) == list(range(forms)), entry.msgid
        assert all(value.strip() for value in entry.msgstr_plural.values()), entry.msgid


@pytest.mark.parametrize("code", TRANSLATED)
def test_placeholders_and_markup_are_kept(code):
    problems = []
    for entry in entries(code):
        # Every plural form must show the number: Russian and Ukrainian use the
        # "one" form for 21, 31...
        wanted = set(PLACEHOLDER.findall(entry.msgid_plural or entry.msgid))
        allowed = wanted | set(PLACEHOLDER.findall(entry.msgid))
        tags = sorted(TAGS.findall(entry.msgid))
        for value in translations(entry):
            if not wanted <= set(PLACEHOLDER.findall(value)) <= allowed:
                problems.append(f"placeholders: {entry.msgid!r} -> {value!r}")
            if sorted(TAGS.findall(value)) != tags:
                problems.append(f"markup: {entry.msgid!r} -> {value!r}")
    assert problems == []


def test_lithuanian_is_written_with_lithuanian_letters():
    text = "".join(entry.msgstr for entry in catalogue("lt"))
    assert len(LT_LETTERS & set(text)) >= 7


@pytest.mark.parametrize("code", ["ru", "uk"])
def test_russian_and_ukrainian_are_written_in_cyrillic(code):
    """Each message with words is mostly Cyrillic (sample slugs aside); URL paths
    are transliterated to plain Latin letters (help/ -> pomoshch/)."""
    latin, paths = [], []
    for entry in entries(code):
        for value in translations(entry):
            if URL_PATH.fullmatch(entry.msgid) and entry.msgid.endswith(("/", ".atom")):
                if not URL_PATH.fullmatch(value):
                    paths.append(value)
                continue
            words = CODES.sub("", PLACEHOLDER.sub("", re.sub(r"<[^>]+>", "", value)))
            if sum(char.isalpha() for char in words) >= 4 and cyrillic_share(words) < 0.5:
                latin.append(value)
    assert latin == []
    assert paths == []


def test_ukrainian_uses_its_own_letters_and_russian_does_not():
    ukrainian = "".join(value for entry in entries("uk") for value in translations(entry))
    russian = "".join(value for entry in entries("ru") for value in translations(entry))
    assert set("іїє") <= set(ukrainian.lower())
    assert not RU_ONLY & set(ukrainian)
    assert set("ыэъё") & set(russian.lower())
    assert not UK_ONLY & set(russian)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("lt", "Išeiti iš puslapio"),
        ("ru", "Уйти с этой страницы"),
        ("uk", "Вийти з цієї сторінки"),
    ],
)
def test_compiled_catalogue_is_used(code, text):
    with translation.override(code):
        assert translation.gettext("Exit this page") == text
