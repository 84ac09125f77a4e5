"""Every catalogue loads; Lithuanian is complete and matches the code."""

from pathlib import Path

import polib
import pytest
from django.utils import translation

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted((ROOT / "locale").glob("*/LC_MESSAGES/django.po"))
LITHUANIAN = ROOT / "locale/lt/LC_MESSAGES/django.po"
LT_LETTERS = set("ąčęėįšųūžĄČĘĖĮŠŲŪŽ")


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_catalogue_loads_and_has_no_fuzzy_entry(path):
    catalogue = polib.pofile(str(path))
    assert len(catalogue) > 50
    assert catalogue.fuzzy_entries() == []


def test_no_lithuanian_msgstr_is_empty():
    catalogue = polib.pofile(str(LITHUANIAN))
    empty = [entry.msgid for entry in catalogue if not entry.obsolete and not entry.translated()]
    assert empty == []


def test_lithuanian_plurals_have_all_four_forms():
    for entry in polib.pofile(str(LITHUANIAN)):
        if entry.msgid_plural:
            assert len(entry.msgstr_plural) == 4 and all(entry.msgstr_plural.values())


def test_lithuanian_keeps_placeholders_and_markup():
    for entry in polib.pofile(str(LITHUANIAN)):
        for token in ("%(count)d", "%(name)s", "<a ", "</a>"):
            if token in entry.msgid:
                values = [entry.msgstr] if entry.msgstr else entry.msgstr_plural.values()
                assert all(token in value for value in values), entry.msgid


def test_lithuanian_is_written_with_lithuanian_letters():
    text = "".join(entry.msgstr for entry in polib.pofile(str(LITHUANIAN)))
    assert len(LT_LETTERS & set(text)) >= 7


def test_compiled_catalogue_is_used():
    with translation.override("lt"):
        assert translation.gettext("Exit this page") == "Išeiti iš puslapio"
