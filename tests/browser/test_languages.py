"""Russian and Ukrainian in a browser: the risk test to its result, switching among
all four languages (on a story, the help page and mid-test), axe-core clean."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from awareness.models import Page
from stories.models import Story
from tests.browser.helpers import axe_check, url_of
from tests.browser.quiz_helpers import answer, expected_band, load, progress, riskiest, safest

pytestmark = pytest.mark.browser

CYRILLIC = ("ru", "uk")
# Each language is named in itself in the switcher.
NAMES = {"lt": "Lietuvių", "en": "English", "ru": "Русский", "uk": "Українська"}
# lt -> en -> ru -> uk and back the same way.
ROUND = ["lt", "en", "ru", "uk", "ru", "en", "lt"]
LETTERS = {"ru": set("ыэъё"), "uk": set("іїєґ")}  # each one's own letters
RISK_TEST_PATHS = {"ru": "/ru/test-riska/", "uk": "/uk/test-ryzyku/"}
HELP_PATHS = {"lt": "/lt/pagalba/", "en": "/en/help/", "ru": "/ru/pomoshch/", "uk": "/uk/dopomoha/"}


def ui(lang: str, text: str, **values) -> str:
    with translation.override(lang):
        return translation.gettext(text) % values if values else translation.gettext(text)


def assert_in_language(text: str, lang: str) -> None:
    """Mostly Cyrillic letters, and the language's own letters among them."""
    letters = [char for char in text if char.isalpha()]
    cyrillic = [char for char in letters if "\u0400" <= char <= "\u04ff"]
    assert letters and len(cyrillic) / len(letters) > 0.8, text
    if len(letters) >= 60:  # a short heading may happen to lack them
        assert LETTERS[lang] & set(text.lower()), f"no {lang} letters in: {text}"
    other = LETTERS["uk" if lang == "ru" else "ru"]
    assert not other & set(text.lower()), f"letters of another language in the {lang} text: {text}"


def press(page, label: str) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name=label, exact=True).click()


def switch_to(page, lang: str) -> None:
    """Use the language switcher (a link, or a button mid-test)."""
    switcher = page.locator("nav.languages")
    target = switcher.get_by_role("link", name=NAMES[lang], exact=True)
    with page.expect_navigation():
        if target.count():
            target.click()
        else:
            switcher.get_by_role("button", name=NAMES[lang], exact=True).click()
    assert page.locator("html").get_attribute("lang") == lang


def walk(page, lang: str, questions, pick, first: int = 1) -> list:
    chosen, total = [], len(questions) + first - 1
    for number, question in enumerate(questions, start=first):
        assert page.locator("h1").inner_text() == getattr(question, f"text_{lang}")
        assert progress(page) == ui(
            lang, "Question %(number)s of %(total)s", number=number, total=total
        )
        choices = pick(question)
        answer(page, choices, lang)
        chosen += choices
        press(page, ui(lang, "See the result") if number == total else ui(lang, "Next"))
    return chosen


@pytest.mark.parametrize("lang", CYRILLIC)
@pytest.mark.parametrize("pick", [safest, riskiest], ids=["safest", "riskiest"])
def test_am_i_at_risk_taken_to_a_result(browser_page, site, demo, lang, pick):
    page = browser_page
    questionnaire, questions = load("am-i-at-risk", lang)
    page.goto(f"{site}{RISK_TEST_PATHS[lang]}")
    assert page.locator("html").get_attribute("lang") == lang
    page.get_by_role("link", name=getattr(questionnaire, f"title_{lang}"), exact=True).click()
    page.wait_for_url(f"{site}{url_of(questionnaire, lang)}")
    assert_in_language(page.locator("main").inner_text(), lang)
    press(page, ui(lang, "Start the test"))
    chosen = walk(page, lang, questions, pick)
    band = expected_band(questionnaire, chosen)
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("h1").inner_text() == ui(lang, "Your result")
    heading = page.locator("#band-heading").inner_text()
    assert heading == getattr(band, f"title_{lang}")
    assert_in_language(heading, lang)
    assert_in_language(page.locator("section.result").inner_text(), lang)
    assert page.locator("main [lang]").count() == 0, "no text of another language"
    if pick is riskiest:
        assert band.level == "high" and page.locator(".reasons li").count()
        assert_in_language(page.locator(".reasons").inner_text(), lang)


def test_switching_among_all_four_on_a_story(browser_page, site, demo):
    page = browser_page
    story = Story.objects.exclude(slug_ru="").exclude(slug_uk="").first()
    page.goto(f"{site}{url_of(story, 'lt')}")
    for lang in ROUND[1:]:
        switch_to(page, lang)
        assert page.url == f"{site}{url_of(story, lang)}"
        assert page.locator("h1").inner_text() == getattr(story, f"title_{lang}")
    assert len({url_of(story, lang) for lang in NAMES}) == 4


def test_switching_among_all_four_on_the_help_page(browser_page, site, demo):
    page = browser_page
    page.goto(f"{site}{HELP_PATHS['lt']}")
    for lang in ROUND[1:]:
        switch_to(page, lang)
        assert page.url == f"{site}{HELP_PATHS[lang]}"
        assert page.locator("h1").inner_text() == ui(lang, "Get help")
        assert page.locator('main a[href="tel:+37080091119"]').count() >= 1


def test_switcher_names_each_language_in_itself(browser_page, site, demo):
    page = browser_page
    page.goto(f"{site}/uk/")
    links = page.locator("nav.languages a")
    assert links.all_inner_texts() == list(NAMES.values())
    assert [link.get_attribute("lang") for link in links.all()] == list(NAMES)


@pytest.mark.parametrize(
    ("start", "then"), [("lt", "uk"), ("en", "ru"), ("uk", "ru"), ("ru", "lt")]
)
def test_switching_language_mid_test_keeps_the_answers(browser_page, site, demo, start, then):
    page = browser_page
    questionnaire, questions = load("am-i-at-risk", start)
    total = len(questions)
    page.goto(f"{site}{url_of(questionnaire, start)}")
    press(page, ui(start, "Start the test"))
    chosen = []
    for number, question in enumerate(questions[:2], start=1):
        assert progress(page) == ui(
            start, "Question %(number)s of %(total)s", number=number, total=total
        )
        chosen += safest(question)
        answer(page, safest(question), start)
        press(page, ui(start, "Next"))
    first, second = chosen
    switch_to(page, then)
    assert page.url == f"{site}{url_of(questionnaire, then)}"
    assert progress(page) == ui(then, "Question %(number)s of %(total)s", number=3, total=total)
    assert page.locator("h1").inner_text() == getattr(questions[2], f"text_{then}")
    if then in CYRILLIC:
        assert_in_language(page.locator("fieldset").inner_text(), then)
    press(page, ui(then, "Back"))
    assert progress(page) == ui(then, "Question %(number)s of %(total)s", number=2, total=total)
    assert page.get_by_label(getattr(second, f"text_{then}"), exact=True).is_checked()
    press(page, ui(then, "Back"))
    assert page.get_by_label(getattr(first, f"text_{then}"), exact=True).is_checked()


@pytest.mark.parametrize("lang", CYRILLIC)
def test_russian_and_ukrainian_pages_pass_axe(browser_page, site, demo, lang):
    page = browser_page
    story = Story.objects.exclude(**{f"slug_{lang}": ""}).first()
    questionnaire, _questions = load("am-i-at-risk", lang)
    with translation.override(lang):
        paths = [
            "/" + lang + "/",
            reverse("awareness:help"),
            url_of(story, lang),
            reverse("quiz:index"),
            url_of(questionnaire, lang),
            reverse("consultations:ask"),
            reverse("consultations:answer"),
        ]
    paths += [url_of(p, lang) for p in Page.objects.published().filter(parent__isnull=True)[:2]]
    for path in paths:
        response = page.goto(f"{site}{path}")
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == lang
        axe_check(page)
    page.goto(f"{site}{url_of(questionnaire, lang)}")
    press(page, ui(lang, "Start the test"))
    assert re.search(r"\d", progress(page))
    axe_check(page)
    press(page, ui(lang, "Next"))  # no answer: the error summary
    assert page.get_by_role("alert").is_visible()
    axe_check(page)
