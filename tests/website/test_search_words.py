"""Search text handling without the database: queries, folding, stems, highlighting."""

import pytest
from django.utils import translation

from website.search.words import MAX_LENGTH, fold, highlight, parse, search_text, snippet, stem


def test_fold_removes_lithuanian_diacritics_and_keeps_positions():
    text = "Išnaudojimas, ĄČĘĖĮŠŲŪŽ"
    assert fold(text) == "isnaudojimas, aceeisuuz"
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    "word", ["išnaudojimas", "isnaudojimas", "išnaudojimo", "išnaudojimą", "ISNAUDOJIMA"]
)
def test_lithuanian_forms_with_or_without_diacritics_share_a_stem(word):
    assert stem(word, "lt") == "isnaudojim"


def test_english_stems():
    assert stem("trafficking", "en") == stem("trafficked", "en") == "traffick"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("", "Type a word to search for."),
        ("   \n\t ", "Type a word to search for."),
        ("?!…", "Type at least one letter or number."),
        ("\x00", "Type a word to search for."),
        ("a" * (MAX_LENGTH + 1), "The search is too long. Use at most 100 characters."),
    ],
)
def test_bad_queries_get_a_message_and_no_stems(raw, message):
    with translation.override("en"):
        query = parse(raw, "en")
    assert query.error == message and query.stems == ()


def test_query_words_are_deduplicated_and_capped():
    query = parse("darbas darbo darbą " + " ".join(f"w{n}" for n in range(20)), "lt")
    assert query.stems[0] == "darb"
    assert len(query.stems) == 8


def test_highlight_marks_matching_words_and_escapes_the_rest():
    html = highlight("<b>Išnaudojimo</b> formos & darbas", ("isnaudojim",))
    assert html == "&lt;b&gt;<mark>Išnaudojimo</mark>&lt;/b&gt; formos &amp; darbas"


def test_snippet_is_plain_text_around_the_first_match():
    body = "<p>" + "žodis " * 80 + "<strong>išnaudojimas</strong> " + "kitas " * 80 + "</p>"
    text = snippet([body], ("isnaudojim",))
    assert "<mark>išnaudojimas</mark>" in text
    assert text.startswith("… ") and text.endswith(" …")
    assert "<p>" not in text and "<strong>" not in text


def test_search_text_is_the_folded_words_without_tags_or_entities():
    # What the SQLite index holds (PostgreSQL's parser skips tags and entities too).
    assert search_text("<p>Prekyba <b>žmonėmis</b>&nbsp;ir ЁЛКА</p>") == "prekyba zmonemis ir елка"
    assert search_text("") == search_text(None) == ""


def test_snippet_comes_from_the_first_text_with_a_match():
    text = snippet(
        ["<p>Apie darbą.</p>", "<p>Kitas tekstas apie išnaudojimą.</p>"], ("isnaudojim",)
    )
    assert text == "Kitas tekstas apie <mark>išnaudojimą</mark>."
    assert snippet(["", "<p>Be atitikmenų.</p>"], ("isnaudojim",)) == "Be atitikmenų."


def test_decomposed_letters_are_indexed_like_composed_ones():
    decomposed = "I\u0161naudojimas".replace("\u0161", "s\u030c")
    assert search_text(decomposed) == "isnaudojimas"


def test_cyrillic_folds_like_postgresql_unaccent():
    # unaccent folds ё and nothing else in Cyrillic; lower case is the database's.
    assert fold("ЁЛКА ёлка") == "елка елка"
    assert fold("ЙйЇїЄєҐґІіЎў") == "ййїїєєґґііўў"


@pytest.mark.parametrize("word", ["торговля", "торговли", "торговлей", "ТОРГОВЛЮ"])
def test_russian_forms_share_a_snowball_stem(word):
    assert stem(word, "ru") == "торговл"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["допомога", "допомогу", "допомогою", "допомозі"], "допомо"),
        (["людина", "людини", "людиною"], "людин"),
        (["люди", "людей", "людьми"], "люд"),
        (["торгівля", "торгівлі", "торгівлею"], "торгівл"),
        (["мова", "мови", "мовою"], "мов"),
    ],
)
def test_ukrainian_forms_share_a_prefix(words, expected):
    assert {stem(word, "uk") for word in words} == {expected}


def test_short_ukrainian_words_keep_every_letter():
    assert stem("її", "uk") == "її"
    assert stem("дім", "uk") == "дім"
    assert stem("рука", "uk") == "рук"  # at least three letters stay
