"""The help directory, news, resources, facts and search in a browser, in both languages."""

import re
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import formats, timezone, translation
from playwright.sync_api import expect

from awareness.models import Language, NewsItem, Organisation, Resource, Theme
from tests.awareness.builders import pdf_upload, resource
from tests.browser.helpers import LANGS, axe_check, url_of

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("lang", LANGS)]

SECTION_TEXT = {
    "lt": {
        "all": "Visos vietovės",
        "org_filters": "Organizacijų filtrai",
        "city": "Miestas ar vietovė",
        "orgs_found": "Rastos organizacijos",
        "where": "Kur",
        "website": "Interneto svetainė",
        "latest_news": "Naujienos",
        "resource_filters": "Leidinių filtrai",
        "type": "Rūšis",
        "leaflet": "Lankstinukas",
        "download": "Atsisiųsti PDF",
        "search_site": "Ieškoti svetainėje",
        "search_words": "Ieškomi žodžiai",
        "search_groups": (
            "Informacija",
            "Istorijos",
            "Naujienos ir renginiai",
            "Leidiniai",
            "Kur kreiptis pagalbos",
        ),
        "empty_search": "Įveskite ieškomą žodį.",
        "data_caption": "{title}: duomenys",
        "columns": ["Rodiklis", "Reikšmė", "Metai", "Šaltinis"],
        "in_all": ("Iš viso", "50\N{NO-BREAK SPACE}mln. žmonių"),
    },
    "en": {
        "all": "All places",
        "org_filters": "Filter organisations",
        "city": "City or place",
        "orgs_found": "Organisations found",
        "where": "Where",
        "website": "Website",
        "latest_news": "Latest news",
        "resource_filters": "Filter resources",
        "type": "Type",
        "leaflet": "Leaflet",
        "download": "Download the PDF",
        "search_site": "Search the site",
        "search_words": "Words to search for",
        "search_groups": (
            "Information",
            "Stories",
            "News and events",
            "Resources",
            "Where to get help",
        ),
        "empty_search": "Type a word to search for.",
        "data_caption": "{title}: the data",
        "columns": ["Figure", "Value", "Year", "Source"],
        "in_all": ("In all", "50\N{NO-BREAK SPACE}million people"),
    },
}
# A word typed without diacritics, its expected match (folded), and a pair of
# spellings, without and with diacritics, that must find the same first result.
SEARCH = {
    "lt": {"word": "isnaudojimas", "stem": "isnaudojim", "pair": ("isnaudojimas", "išnaudojimas")},
    "en": {"word": "exploitation", "stem": "exploit", "pair": ("klaipeda", "Klaipėda")},
}
CITY = "klaipeda"  # the demo city with a single organisation (website/demo/data/directory.yaml)
ORGANISATION = "ksppc"  # that organisation, which has a website
EVENT = "projekto-they-have-a-name-mokymai-vilniuje"  # the demo event (website/demo/data/news.yaml)


def path(name: str, lang: str, **kwargs) -> str:
    with translation.override(lang):
        return reverse(name, kwargs=kwargs or None)


def counted(singular: str, plural: str, n: int, lang: str) -> str:
    with translation.override(lang):
        return translation.ngettext(singular, plural, n) % {"counter": n}


def fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKD", c.lower())[0] for c in text)


def term_link(group, label: str):
    return group.get_by_role("link", name=re.compile(rf"^{re.escape(label)} \(\d+\)$"))


def filter_group(page, nav_label: str, group_label: str):
    return page.get_by_role("navigation", name=nav_label).get_by_role("list", name=group_label)


def described(container, term: str):
    """The <dd> after the <dt> reading ``term`` inside ``container``."""
    return container.locator("dt", has_text=re.compile(rf"^{re.escape(term)}$")).locator(
        "xpath=following-sibling::dd[1]"
    )


def search_from_header(page, site: str, lang: str, words: str):
    """Type into the header's box, press Enter: the words are posted to the search page."""
    box = page.get_by_label(SECTION_TEXT[lang]["search_site"], exact=True)
    box.fill(words)
    with page.expect_navigation(url=f"{site}{path('website:search', lang)}") as navigation:
        box.press("Enter")
    assert navigation.value.request.method == "POST"
    assert urlsplit(page.url).query == "", "the words must stay out of the address"


def first_result(page) -> tuple[str, str]:
    link = page.locator("main section.results .results__title").first
    return link.inner_text(), link.get_attribute("href")


def assert_grouped_results(page, lang: str, stem: str) -> None:
    groups = page.locator("main section.results")
    assert groups.count() >= 1
    labels = "|".join(re.escape(label) for label in SECTION_TEXT[lang]["search_groups"])
    for group in groups.all():
        heading = re.fullmatch(rf"({labels}) \((\d+)\)", group.locator("h2").inner_text())
        assert heading, f"unexpected group heading {group.locator('h2').inner_text()!r}"
        shown = group.locator("li").count()
        assert 1 <= shown <= int(heading[2])
        assert group.get_by_role("heading", name=heading[0]).count() == 1
    marks = page.locator("main section.results mark").all_inner_texts()
    assert marks, "the matched words should be highlighted"
    assert all(fold(mark).startswith(stem) for mark in marks), marks


# --- Help directory -----------------------------------------------------------


def test_city_filter_narrows_the_directory_and_all_restores_it(browser_page, site, demo, lang):
    page, text = browser_page, SECTION_TEXT[lang]
    help_path = path("awareness:help", lang)
    published = Organisation.objects.published()
    in_city = list(published.filter(city__slug=CITY))
    assert 0 < len(in_city) < published.count()
    page.goto(f"{site}{help_path}")
    found = page.get_by_role("region", name=text["orgs_found"])
    cards = found.locator(".card")
    assert cards.count() == published.count()
    cities = filter_group(page, text["org_filters"], text["city"])
    all_link = cities.get_by_role("link", name=text["all"], exact=True)
    assert all_link.get_attribute("aria-current") == "true"

    city_name = getattr(in_city[0].city, f"name_{lang}")
    term_link(cities, city_name).click()
    page.wait_for_url(f"{site}{help_path}?city={CITY}#directory")
    assert found.locator("[role=status]").inner_text() == counted(
        "%(counter)s organisation", "%(counter)s organisations", len(in_city), lang
    )
    assert cards.count() == len(in_city)
    assert sorted(found.locator(".card__title").all_inner_texts()) == sorted(
        getattr(org, f"name_{lang}") for org in in_city
    )
    for card in cards.all():
        assert described(card, text["where"]).inner_text() == city_name
    assert term_link(cities, city_name).get_attribute("aria-current") == "true"
    assert all_link.get_attribute("aria-current") is None

    all_link.click()
    page.wait_for_url(re.compile(rf"{re.escape(site + help_path)}\??(#directory)?$"))
    assert cards.count() == published.count()
    assert all_link.get_attribute("aria-current") == "true"
    assert term_link(cities, city_name).get_attribute("aria-current") is None


def test_an_organisation_links_out_without_referrer_or_opener(browser_page, site, demo, lang):
    page, text = browser_page, SECTION_TEXT[lang]
    organisation = Organisation.objects.get(slug=ORGANISATION)
    name = getattr(organisation, f"name_{lang}")
    page.goto(f"{site}{path('awareness:help', lang)}")
    page.get_by_role("region", name=text["orgs_found"]).get_by_role(
        "link", name=name, exact=True
    ).click()
    page.wait_for_url(f"{site}{url_of(organisation, lang)}")
    assert page.locator("h1").inner_text() == name
    assert described(page.locator("main"), text["where"]).inner_text() == getattr(
        organisation.city, f"name_{lang}"
    )
    website = described(page.locator("main"), text["website"]).get_by_role("link")
    assert website.get_attribute("href") == organisation.website
    assert {"noopener", "noreferrer"} <= set(website.get_attribute("rel").split())


# --- News ---------------------------------------------------------------------


def test_latest_news_on_the_home_page_leads_to_the_item(browser_page, site, demo, lang):
    page, text = browser_page, SECTION_TEXT[lang]
    item = NewsItem.objects.newest().first()
    title = getattr(item, f"title_{lang}")
    page.goto(f"{site}/{lang}/")
    latest = page.get_by_role("region", name=text["latest_news"])
    assert latest.locator(".card").count() == 3
    latest.get_by_role("link", name=title, exact=True).click()
    page.wait_for_url(f"{site}{url_of(item, lang)}")
    assert page.locator("h1").inner_text() == title
    published = timezone.localtime(item.publish_at)
    with translation.override(lang):
        shown = formats.date_format(published, "DATE_FORMAT")
    date = page.locator("article .meta time")
    assert date.inner_text() == shown
    assert date.get_attribute("datetime").startswith(published.date().isoformat())


def test_an_event_from_the_news_list_shows_its_place(browser_page, site, demo, lang):
    page, text = browser_page, SECTION_TEXT[lang]
    event = NewsItem.objects.get(slug_lt=EVENT)
    title = getattr(event, f"title_{lang}")
    page.goto(f"{site}{path('awareness:news', lang)}")
    card = page.locator("main .card").filter(has=page.get_by_role("link", name=title, exact=True))
    assert card.locator(".meta").inner_text().endswith(", Vilnius")
    card.get_by_role("link", name=title, exact=True).click()
    page.wait_for_url(f"{site}{url_of(event, lang)}")
    assert page.locator("h1").inner_text() == title
    assert described(page.locator("article"), text["where"]).inner_text() == "Vilnius"


# --- Resources ----------------------------------------------------------------


def test_a_pdf_resource_downloads_and_the_type_filter_narrows_the_list(
    browser_page, site, demo, settings, tmp_path, lang
):
    settings.MEDIA_ROOT = tmp_path
    page, text = browser_page, SECTION_TEXT[lang]
    leaflet = resource(
        "kaip-atpazinti-isnaudojima",
        Language.objects.get(slug="lt"),
        kind="leaflet",
        url="",
        document=pdf_upload("kaip-atpazinti.pdf"),
        title_lt="Kaip atpažinti išnaudojimą darbe",
        title_en="How to recognise exploitation at work",
        year=2025,
    )
    assert (tmp_path / leaflet.document.name).is_file()
    title = getattr(leaflet, f"title_{lang}")
    resources_path = path("awareness:resources", lang)
    published = Resource.objects.published()

    page.goto(f"{site}{resources_path}")
    card = page.locator("main .card").filter(has=page.get_by_role("link", name=title, exact=True))
    with translation.override(lang):
        size = filesizeformat(leaflet.document_size)
    button = card.get_by_role(
        "link", name=re.compile(rf"^{re.escape(text['download'])} \(.+\)\s*:\s*{re.escape(title)}$")
    )
    assert button.inner_text().startswith(f"{text['download']} ({size})")
    with page.expect_download() as download_info:
        button.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    assert Path(download.path()).read_bytes().startswith(b"%PDF-")

    leaflets = list(published.filter(kind="leaflet"))
    assert leaflet in leaflets and 1 < len(leaflets) < published.count()
    types = filter_group(page, text["resource_filters"], text["type"])
    term_link(types, text["leaflet"]).click()
    page.wait_for_url(f"{site}{resources_path}?type=leaflet")
    assert page.locator("main [role=status]").inner_text() == counted(
        "%(counter)s resource", "%(counter)s resources", len(leaflets), lang
    )
    assert sorted(page.locator("main .card__title").all_inner_texts()) == sorted(
        getattr(r, f"title_{lang}") for r in leaflets
    )
    assert term_link(types, text["leaflet"]).get_attribute("aria-current") == "true"


# --- Search -------------------------------------------------------------------


def test_header_search_finds_words_with_or_without_diacritics(browser_page, site, demo, lang):
    page, words = browser_page, SEARCH[lang]
    page.goto(f"{site}/{lang}/")
    search_from_header(page, site, lang, words["word"])
    assert page.get_by_label(SECTION_TEXT[lang]["search_words"]).input_value() == words["word"]
    assert_grouped_results(page, lang, words["stem"])
    sections = page.locator("main section.results").count()
    with translation.override(lang):
        status = translation.ngettext(
            "Results in %(counter)s section for “%(q)s”.",
            "Results in %(counter)s sections for “%(q)s”.",
            sections,
        ) % {"counter": sections, "q": words["word"]}
    assert page.locator("main [role=status]").inner_text() == status

    plain, accented = words["pair"]
    if plain != words["word"]:
        search_from_header(page, site, lang, plain)
    expected = first_result(page)
    search_from_header(page, site, lang, accented)
    assert page.locator("main section.results").count() >= 1
    assert first_result(page) == expected

    title, href = expected
    page.locator("main section.results .results__title").first.click()
    page.wait_for_url(f"{site}{href}")
    assert page.locator("h1").inner_text() == title


def test_an_empty_search_says_what_to_do(browser_page, site, demo, lang):
    page, text = browser_page, SECTION_TEXT[lang]
    search_path = path("website:search", lang)
    page.goto(f"{site}{search_path}")
    words = page.get_by_label(text["search_words"])
    words.fill("")
    with page.expect_navigation(url=f"{site}{search_path}") as navigation:
        page.locator("main form[role=search] button[type=submit]").click()
    assert navigation.value.request.method == "POST"
    alert = page.get_by_role("alert")
    assert alert.inner_text() == text["empty_search"]
    assert words.get_attribute("aria-invalid") == "true"
    assert words.get_attribute("aria-describedby") == alert.get_attribute("id")
    assert page.locator("main section.results").count() == 0


def test_search_buttons_are_in_the_page_language(browser_page, site, demo, lang):
    page = browser_page
    page.goto(f"{site}{path('website:search', lang)}")
    buttons = page.locator("form[role=search] button[type=submit]").all_inner_texts()
    assert len(buttons) == 2
    if lang == "en":
        assert buttons == ["Search", "Search"]
    else:
        assert "Search" not in buttons, f"English button text on a Lithuanian page: {buttons}"


# --- Facts --------------------------------------------------------------------


def test_first_chart_is_named_by_its_title_and_followed_by_its_data(browser_page, site, demo, lang):
    page, text = browser_page, SECTION_TEXT[lang]
    theme = Theme.objects.get(slug="modern-slavery")
    title = getattr(theme, f"title_{lang}")
    page.goto(f"{site}{path('awareness:facts', lang)}")
    chart = page.locator("main svg[role=img]").first
    chart_title = chart.locator("title")
    assert chart_title.text_content() == title
    assert chart.get_attribute("aria-labelledby").split()[0] == chart_title.get_attribute("id")
    expect(chart).to_have_accessible_name(re.compile(rf"^{re.escape(title)}(\s|$)"))
    values = chart.locator("text.chart__value").all_text_contents()
    assert len(values) == 3

    table = chart.locator("xpath=ancestor::figure[1]/following-sibling::*[1]").locator("table")
    assert table.locator("caption").inner_text() == text["data_caption"].format(title=title)
    assert table.locator("thead th").all_inner_texts() == text["columns"]
    rows = table.locator("tbody tr")
    assert rows.count() == len(values)
    label, value = text["in_all"]
    first = rows.first
    assert first.locator("th").inner_text() == label
    assert first.locator("td").first.text_content() == value == values[0]
    assert [row.locator("td").first.text_content() for row in rows.all()] == values


# --- Accessibility ------------------------------------------------------------


def _open_section(page, site: str, lang: str, where: str) -> None:
    if where == "help-filtered":
        page.goto(f"{site}{path('awareness:help', lang)}?city={CITY}")
    elif where == "organisation":
        page.goto(f"{site}{url_of(Organisation.objects.get(slug=ORGANISATION), lang)}")
    elif where == "news-list":
        page.goto(f"{site}{path('awareness:news', lang)}")
    elif where == "news-item":
        page.goto(f"{site}{url_of(NewsItem.objects.get(slug_lt=EVENT), lang)}")
    elif where == "resources":
        page.goto(f"{site}{path('awareness:resources', lang)}")
    elif where == "resource":
        page.goto(f"{site}{url_of(Resource.objects.published().first(), lang)}")
    elif where == "facts":
        page.goto(f"{site}{path('awareness:facts', lang)}")
    elif where == "search":
        page.goto(f"{site}/{lang}/")
        search_from_header(page, site, lang, SEARCH[lang]["word"])
    assert page.locator("h1").inner_text().strip()


@pytest.mark.parametrize(
    "where",
    [
        "help-filtered",
        "organisation",
        "news-list",
        "news-item",
        "resources",
        "resource",
        "facts",
        "search",
    ],
)
def test_section_passes_axe(browser_page, site, demo, lang, where):
    _open_section(browser_page, site, lang, where)
    axe_check(browser_page)


# --- Without JavaScript -------------------------------------------------------


def test_without_javascript_the_city_filter_and_header_search_work(open_page, site, demo, lang):
    page, text = open_page(java_script_enabled=False), SECTION_TEXT[lang]
    help_path = path("awareness:help", lang)
    in_city = Organisation.objects.published().filter(city__slug=CITY)
    page.goto(f"{site}{help_path}")
    cities = filter_group(page, text["org_filters"], text["city"])
    city_name = getattr(in_city.first().city, f"name_{lang}")
    term_link(cities, city_name).click()
    page.wait_for_url(f"{site}{help_path}?city={CITY}#directory")
    found = page.get_by_role("region", name=text["orgs_found"])
    assert sorted(found.locator(".card__title").all_inner_texts()) == sorted(
        getattr(org, f"name_{lang}") for org in in_city
    )
    assert term_link(cities, city_name).get_attribute("aria-current") == "true"

    search_from_header(page, site, lang, SEARCH[lang]["word"])
    assert_grouped_results(page, lang, SEARCH[lang]["stem"])
