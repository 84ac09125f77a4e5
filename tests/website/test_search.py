"""Site search on the database in use (the suite runs on PostgreSQL and on SQLite)."""

import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from stories.models import Story, StoryStatus
from tests.awareness.builders import news, organisation, resource, terms


@pytest.fixture
def content(db, make_page):
    make_page(
        title_lt="Išnaudojimo formos",
        title_en="Forms of exploitation",
        body_lt="<p>Darbo išnaudojimas ir prekyba žmonėmis.</p>",
        body_en="<p>Labour exploitation and human trafficking.</p>",
    )
    make_page(
        title_lt="Kur kreiptis",
        title_en="Where to turn",
        body_lt="<p>Jei patyrėte išnaudojimą, skambinkite.</p>",
        body_en="",  # English visitors see the Lithuanian text, and search it
    )
    make_page(title_lt="Juodraštis apie išnaudojimą", status="draft")
    now = timezone.now()
    Story.objects.create(
        title_lt="Rūtos istorija",
        slug_lt="rutos-istorija",
        pseudonym_lt="Rūta",
        summary_lt="Darbas Vokietijoje virto išnaudojimu.",
        period_start=2020,
        age_group="18-25",
        status=StoryStatus.PUBLISHED,
        publish_at=now,
        consent_recorded_at=now,
        anonymised_at=now,
    )
    news(1, title_lt="Mokymai apie prekybą žmonėmis", title_en="Training on trafficking")
    t = terms()
    organisation(
        "ksppc",
        city=t["klaipeda"],
        name_lt="Klaipėdos centras",
        description_lt="Psichologinė pagalba nukentėjusiems nuo išnaudojimo.",
    )
    resource("study", t["en"], title_lt="Išnaudojimo tyrimas", title_en="Exploitation study")


def post(client, language: str, q: str):
    path = {"lt": "/lt/paieska/", "en": "/en/search/", "ru": "/ru/poisk/", "uk": "/uk/poshuk/"}[
        language
    ]
    return client.post(path, {"q": q})


def found(response) -> dict[str, list[str]]:
    return {
        group["kind"].key: [str(item["title"]) for item in group["items"]]
        for group in response.context["groups"]
    }


@pytest.mark.parametrize("q", ["išnaudojimas", "isnaudojimas", "IŠNAUDOJIMO", "isnaudojima"])
def test_diacritics_and_endings_do_not_matter(client, content, q):
    results = found(post(client, "lt", q))
    assert results["pages"][0] == "<mark>Išnaudojimo</mark> formos"
    assert set(results) == {"pages", "stories", "resources", "organisations"}
    assert "Juodraštis apie <mark>išnaudojimą</mark>" not in results["pages"]  # unpublished


def test_results_are_grouped_by_kind_and_counted(client, content):
    response = post(client, "lt", "isnaudojimas")
    totals = {group["kind"].key: group["total"] for group in response.context["groups"]}
    assert totals == {"pages": 2, "stories": 1, "resources": 1, "organisations": 1}
    html = response.content.decode()
    assert html.index("results-pages") < html.index("results-stories")


def test_title_matches_rank_above_text_matches(client, content):
    pages = found(post(client, "lt", "išnaudojimas"))["pages"]
    assert pages == ["<mark>Išnaudojimo</mark> formos", "Kur kreiptis"]


def test_every_word_must_match(client, content):
    assert found(post(client, "lt", "prekyba žmonėmis"))["pages"] == ["Išnaudojimo formos"]
    assert found(post(client, "lt", "prekyba pingvinai")) == {}


def test_search_is_in_the_visitors_language_with_the_default_as_fallback(client, content):
    english = found(post(client, "en", "exploitation"))
    assert english["pages"] == ["Forms of <mark>exploitation</mark>"]
    assert english["resources"] == ["<mark>Exploitation</mark> study"]
    # "Where to turn" has no English text: its Lithuanian text is what English readers see.
    assert "Where to turn" in found(post(client, "en", "patyrėte"))["pages"]


def test_matched_words_are_highlighted_in_the_snippet(client, content):
    html = post(client, "lt", "skambinkite").content.decode()
    assert "<mark>skambinkite</mark>" in html


def test_get_with_q_works_for_links(client, content):
    response = client.get("/en/search/", {"q": "trafficking"})
    assert found(response)["news"] == ["Training on <mark>trafficking</mark>"]


@pytest.mark.parametrize(
    ("q", "message"),
    [
        ("", "Type a word to search for."),
        ("   ", "Type a word to search for."),
        ("\x00", "Type a word to search for."),
        ("a" * 500, "The search is too long. Use at most 100 characters."),
        ("&|!:*", "Type at least one letter or number."),
    ],
)
def test_bad_queries_get_a_clear_message_never_a_500(client, content, q, message):
    response = post(client, "en", q)
    assert response.status_code == 200
    assert response.context["error"] == message
    assert f'role="alert">{message}</p>' in response.content.decode()
    assert found(response) == {}


def test_sql_typed_as_a_query_is_searched_as_words_and_finds_nothing(client, content):
    response = post(client, "en", "'); DROP TABLE x; --")
    assert response.status_code == 200
    assert not response.context["error"]
    assert found(response) == {}
    assert "Nothing found for" in response.content.decode()


def test_query_operators_are_plain_words(client, content):
    # tsquery syntax typed by a visitor is just text, never an error.
    for q in ["prekyba & | !", "išnaud:*", "(darbas)", "a<->b"]:
        assert post(client, "lt", q).status_code == 200


def test_search_sets_no_cookie_needs_no_token_and_is_not_stored(client, content):
    csrf_client = client.__class__(enforce_csrf_checks=True)
    response = csrf_client.post("/en/search/", {"q": "exploitation"})
    assert response.status_code == 200
    assert response.cookies == {}
    assert "no-store" in response["Cache-Control"]
    assert 'name="robots" content="noindex"' in response.content.decode()


def test_header_search_form_posts_so_words_stay_out_of_addresses(client, db):
    html = client.get("/en/").content.decode()
    assert '<form class="site-search" method="post" action="/en/search/" role="search"' in html


def test_vendor_is_covered():
    # CI runs this file on both databases; this names which one ran.
    assert connection.vendor in {"postgresql", "sqlite"}


@pytest.mark.parametrize(
    ("language", "title", "q"),
    [
        ("en", "Modern slavery today", "slavery"),
        ("en", "A study of recruitment", "study"),
        ("en", "Work in Germany", "Germany"),
        ("lt", "Apie piliečiai", "piliečiai"),
        ("lt", "Ukrainiečių teisės", "ukrainiečių"),
    ],
)
def test_every_word_finds_itself_even_where_its_stem_is_no_prefix(
    client, db, make_page, language, title, q
):
    make_page(**{f"title_{language}": title})
    results = found(post(client, language, q))
    assert len(results["pages"]) == 1, results


@pytest.mark.parametrize("q", ["aͺb", "ͺ", "x²", "ﬁnd", "a_b", "'quoted'", "Łódź"])
def test_odd_unicode_never_breaks_the_search(client, content, q):
    assert post(client, "en", q).status_code == 200


def test_html_entities_in_text_are_not_words(client, db, make_page):
    make_page(title_en="Spaces", body_en="<p>one&nbsp;two &amp; three</p>")
    assert found(post(client, "en", "nbsp")) == {}
    assert found(post(client, "en", "two"))["pages"] == ["Spaces"]


def test_the_words_stay_out_of_the_page_title_and_form_history(client, content):
    html = post(client, "en", "exploitation").content.decode()
    assert "<title>Search –" in html and "exploitation –" not in html
    assert (
        'id="search-page-q" name="q" value="exploitation" maxlength="100" autocomplete="off"'
        in html
    )


def test_searching_is_rate_limited_with_a_clear_message(client, content, settings):
    settings.SEARCH_RATE = "3/m"
    for _ in range(3):
        assert post(client, "en", "exploitation").status_code == 200
    assert client.get("/en/search/").status_code == 200  # an empty form is not a search
    response = post(client, "en", "exploitation")
    assert response.status_code == 429
    assert "searched many times in a short time" in response.content.decode()


@pytest.fixture
def cyrillic(db, make_page):
    make_page(
        title_ru="Формы торговли людьми",
        title_uk="Форми торгівлі людьми",
        body_ru="<p>Борьба с торговлей людьми. Ёлка и мой дом.</p>",
        body_uk="<p>Де отримати допомогу, якщо її потребуєте.</p>",
    )
    make_page(
        title_ru="",  # no Russian: Russian readers see, and search, the Ukrainian text
        title_uk="Допомога в Литві",
        body_ru="",
        body_uk="<p>Гаряча лінія надає допомогу.</p>",
    )
    make_page(
        title_ru="Только по-русски",
        title_uk="",  # no Ukrainian: Ukrainian readers see the Russian text
        body_uk="",
        body_ru="<p>Помощь пострадавшим от торговли людьми.</p>",
    )


@pytest.mark.parametrize("q", ["торговля", "ТОРГОВЛЯ", "Торговлей", "торговли"])
def test_russian_words_find_their_other_forms_whatever_the_case(client, cyrillic, q):
    pages = found(post(client, "ru", q))["pages"]
    assert pages[0] == "Формы <mark>торговли</mark> людьми"
    assert "Только по-русски" in pages
    assert len(pages) == 2


@pytest.mark.parametrize("q", ["допомога", "допомогу", "ДОПОМОГОЮ", "допомозі"])
def test_ukrainian_words_find_their_other_forms_by_prefix(client, cyrillic, q):
    pages = found(post(client, "uk", q))["pages"]
    assert pages == ["<mark>Допомога</mark> в Литві", "Форми торгівлі людьми"]


def test_ukrainian_endings_and_plural_forms(client, cyrillic):
    assert found(post(client, "uk", "торгівля"))["pages"][0] == (
        "Форми <mark>торгівлі</mark> людьми"
    )
    assert "Форми торгівлі <mark>людьми</mark>" in found(post(client, "uk", "людей"))["pages"]


def test_yo_is_e_but_short_i_is_its_own_letter_on_both_databases(client, cyrillic):
    for q in ["ёлка", "елка", "ЕЛКУ"]:
        assert found(post(client, "ru", q))["pages"] == ["Формы торговли людьми"], q
    assert found(post(client, "ru", "мой"))["pages"] == ["Формы торговли людьми"]
    # unaccent keeps й apart from и, so the SQLite search does too.
    assert found(post(client, "ru", "мои")) == {}
    # Ukrainian ї is not і either.
    assert found(post(client, "uk", "її"))["pages"] == ["Форми торгівлі людьми"]
    assert found(post(client, "uk", "ii")) == {}


def test_cyrillic_search_follows_each_languages_fallback_order(client, cyrillic):
    # ru falls back to uk first: the page with only Ukrainian text is found in Ukrainian.
    assert found(post(client, "ru", "допомога"))["pages"] == ["<mark>Допомога</mark> в Литві"]
    # uk falls back to ru: the Russian-only page is found by its Russian words.
    assert found(post(client, "uk", "помощь"))["pages"] == ["Только по-русски"]
    # Lithuanian readers do not see the Cyrillic text and do not find it.
    assert found(post(client, "lt", "торговля")) == {}
    # The Russian text shown on /ru/ is not searched on /uk/ where Ukrainian text exists.
    assert found(post(client, "uk", "борьба")) == {}


@pytest.mark.parametrize(
    "q",
    ["сім'я", "сімʼя", "сім’я", "ҐҐҐ", "ё", "й", "Ї" * 100, "т̈орговля", "ѐѝ", "ӂӑ", "мой-дом"],
)
@pytest.mark.parametrize("language", ["ru", "uk"])
def test_odd_cyrillic_never_breaks_the_search(client, cyrillic, language, q):
    assert post(client, language, q).status_code == 200


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("ru", ["торговля", "ТОРГОВЛИ", "торговлей"]),
        ("uk", ["торгівля", "ТОРГІВЛІ", "торгівлею"]),
    ],
)
def test_the_demo_content_is_found_in_russian_and_ukrainian(client, db, language, forms):
    call_command("load_demo", verbosity=0)
    totals = [
        [
            (group["kind"].key, group["total"])
            for group in post(client, language, q).context["groups"]
        ]
        for q in forms
    ]
    assert totals[0] == totals[1] == totals[2]
    assert dict(totals[0]).get("pages", 0) >= 3, totals[0]
    first_page = found(post(client, language, forms[0]))["pages"][0]
    assert re.search("[а-яіїєґ]", first_page.lower()), first_page  # shown in Cyrillic


def test_a_result_shown_in_a_fallback_language_carries_its_lang(client, content):
    # "Where to turn" has no English text: English visitors see (and search) the
    # Lithuanian, marked as such; its English title and English results are not.
    html = post(client, "en", "skambinkite").content.decode()
    assert re.search(
        r'<li>\s*<a class="results__title"[^>]*>Where to turn</a>\s*<p lang="lt">', html
    )
    html = post(client, "en", "exploitation").content.decode()
    assert re.search(r'<li>\s*<a class="results__title"[^>]*>Forms of', html)
