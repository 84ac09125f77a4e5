"""The demo risk tests in a browser: answered by clicking, with no cookie and no
answer in any address."""

import pytest

from tests.browser.helpers import LANGS, OTHER, TEXT, axe_check, url_of
from tests.browser.quiz_helpers import (
    KEYS,
    QUIZ_TEXT,
    Trail,
    answer,
    assert_result,
    load,
    progress,
    riskiest,
    safest,
    start,
    submit,
    walk,
)

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("lang", LANGS)]


@pytest.mark.parametrize("key", KEYS)
def test_safest_answers_give_the_low_band(browser_page, site, demo, lang, key):
    page = browser_page
    questionnaire, questions = load(key, lang)
    start(page, site, questionnaire, lang)
    chosen = walk(page, lang, questions, safest)
    assert_result(page, questionnaire, chosen, lang, "low")
    assert page.locator(".reasons").count() == 0


@pytest.mark.parametrize("key", KEYS)
def test_riskiest_answers_give_the_high_band_with_explanations(browser_page, site, demo, lang, key):
    page = browser_page
    questionnaire, questions = load(key, lang)
    start(page, site, questionnaire, lang)
    chosen = walk(page, lang, questions, riskiest)
    assert_result(page, questionnaire, chosen, lang, "high")
    shown = page.locator(".reasons li").all_inner_texts()
    explained = [getattr(c, f"explanation_{lang}") for c in chosen if c.explanation]
    assert shown and explained
    assert any(explanation in item for explanation in explained for item in shown)


def test_back_keeps_the_earlier_answer_which_can_be_changed(browser_page, site, demo, lang):
    page, text = browser_page, QUIZ_TEXT[lang]
    questionnaire, questions = load("am-i-at-risk", lang)
    total = len(questions)
    start(page, site, questionnaire, lang)
    first, second = walk(page, lang, questions[:2], safest, total=total)
    assert progress(page) == text["progress"].format(number=3, total=total)
    submit(page, text["back"])
    assert progress(page) == text["progress"].format(number=2, total=total)
    assert page.locator("h1").inner_text() == getattr(questions[1], f"text_{lang}")
    earlier = getattr(second, f"text_{lang}")
    assert page.get_by_label(earlier, exact=True).is_checked()
    changed = next(c for c in questions[1].choices.all() if c.pk != second.pk)
    answer(page, [changed], lang)
    assert not page.get_by_label(earlier, exact=True).is_checked()
    submit(page, text["next"])
    rest = walk(page, lang, questions[2:], safest, first=3, total=total)
    assert_result(page, questionnaire, [first, changed, *rest], lang, "low")


def test_switching_language_mid_test_keeps_the_answers(browser_page, site, demo, lang):
    page, other = browser_page, OTHER[lang]
    questionnaire, questions = load("am-i-at-risk", lang)
    total = len(questions)
    start(page, site, questionnaire, lang)
    first, second = walk(page, lang, questions[:2], safest, total=total)
    submit(page, TEXT[lang]["switch_to"])
    assert page.url.endswith(url_of(questionnaire, other))
    assert page.locator("html").get_attribute("lang") == other
    assert progress(page) == QUIZ_TEXT[other]["progress"].format(number=3, total=total)
    assert page.locator("h1").inner_text() == getattr(questions[2], f"text_{other}")
    submit(page, QUIZ_TEXT[other]["back"])
    assert page.get_by_label(getattr(second, f"text_{other}"), exact=True).is_checked()


def test_next_without_an_answer_shows_an_error_on_the_same_question(browser_page, site, demo, lang):
    page, text = browser_page, QUIZ_TEXT[lang]
    questionnaire, questions = load("someone-i-know", lang)
    start(page, site, questionnaire, lang)
    submit(page, text["next"])
    alert = page.get_by_role("alert")
    assert alert.is_visible()
    assert text["problem"] in alert.inner_text() and text["missing"] in alert.inner_text()
    assert "answer-error" in page.locator("fieldset").get_attribute("aria-describedby")
    assert page.locator("h1").inner_text() == getattr(questions[0], f"text_{lang}")
    assert progress(page) == text["progress"].format(number=1, total=len(questions))
    assert page.locator("input[name=answer]:checked").count() == 0
    first = questions[0].choices.all()[0]
    alert.get_by_role("link", name=text["missing"]).click()
    assert page.evaluate("document.activeElement.id") == f"answer-{first.pk}"
    answer(page, safest(questions[0]), lang)
    submit(page, text["next"])
    assert progress(page) == text["progress"].format(number=2, total=len(questions))


def test_taking_the_test_sets_no_cookie_and_keeps_answers_out_of_addresses(
    browser_page, site, demo, lang
):
    page, text = browser_page, QUIZ_TEXT[lang]
    questionnaire, questions = load("am-i-at-risk", lang)
    trail = Trail(page)
    start(page, site, questionnaire, lang, trail)
    submit(page, text["next"], trail)  # the missing-answer error
    chosen = walk(page, lang, questions[:3], riskiest, total=len(questions), trail=trail)
    submit(page, text["back"], trail)
    submit(page, text["next"], trail)
    chosen += walk(page, lang, questions[3:], riskiest, 4, len(questions), trail)
    assert_result(page, questionnaire, chosen, lang, "high")
    own = f"{site}{url_of(questionnaire, lang)}"
    trail.assert_private(own, chosen, lang, posts=1 + 1 + len(questions) + 2)


def test_result_prints_without_exit_control_and_menu(browser_page, site, demo, lang):
    page, text = browser_page, QUIZ_TEXT[lang]
    questionnaire, questions = load("someone-i-know", lang)
    start(page, site, questionnaire, lang)
    band = assert_result(page, questionnaire, walk(page, lang, questions, safest), lang, "low")
    print_button = page.get_by_role("button", name=text["print"])
    assert print_button.is_visible(), "print.js should reveal the Print button"
    assert print_button.get_attribute("hidden") is None
    exit_control, menu = page.locator("[data-quick-exit]"), page.locator("nav.menu")
    assert exit_control.is_visible() and menu.is_visible()
    page.emulate_media(media="print")
    assert not exit_control.is_visible()
    assert not menu.is_visible()
    assert page.get_by_role("heading", name=getattr(band, f"title_{lang}")).is_visible()


def test_without_javascript_the_test_works_and_print_is_marked_hidden(open_page, site, demo, lang):
    page = open_page(java_script_enabled=False)
    questionnaire, questions = load("someone-i-know", lang)
    start(page, site, questionnaire, lang)
    chosen = walk(page, lang, questions, riskiest)
    assert_result(page, questionnaire, chosen, lang, "high")
    assert page.locator("[data-print]").get_attribute("hidden") is not None


def test_without_javascript_the_print_button_is_not_shown(open_page, site, demo, lang):
    page = open_page(java_script_enabled=False)
    questionnaire, questions = load("someone-i-know", lang)
    start(page, site, questionnaire, lang)
    walk(page, lang, questions, safest)
    assert not page.locator("[data-print]").is_visible()


def test_risk_test_pages_pass_axe(browser_page, site, demo, lang):
    page, text = browser_page, QUIZ_TEXT[lang]
    questionnaire, questions = load("someone-i-know", lang)
    page.goto(f"{site}{url_of(questionnaire, lang)}")
    axe_check(page)
    submit(page, text["start"])
    axe_check(page)
    submit(page, text["next"])
    assert page.get_by_role("alert").is_visible()
    axe_check(page)
    chosen = walk(page, lang, questions, riskiest)
    assert_result(page, questionnaire, chosen, lang, "high")
    axe_check(page)
