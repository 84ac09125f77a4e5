"""Visitors' journeys through the public site, in Lithuanian and in English."""

import pytest
from django.conf import settings

from tests.browser.helpers import LANGS, OTHER, TEXT, url_of

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("lang", LANGS)]


def test_home_page_has_heading_hotline_and_exit_first_in_tab_order(browser_page, site, pages, lang):
    page = browser_page
    page.goto(f"{site}/{lang}/")
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("h1").is_visible()
    assert page.locator('a[href="tel:+37080091119"]').count() >= 1
    exit_link = page.locator("[data-quick-exit-link]")
    assert exit_link.inner_text().strip() == TEXT[lang]["exit"]
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.hasAttribute('data-quick-exit-link')")


def test_exit_control_stays_in_view_after_scrolling_to_the_bottom(open_page, site, pages, lang):
    page = open_page(viewport={"width": 375, "height": 500})
    page.goto(f"{site}{url_of(pages.parent, lang)}")
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    assert page.evaluate("window.scrollY") > 500, "the page should be long enough to scroll"
    box = page.locator("[data-quick-exit-link]").bounding_box()
    assert box is not None
    assert box["y"] >= 0 and box["y"] + box["height"] <= 500
    assert box["x"] >= 0 and box["x"] + box["width"] <= 375


def test_language_switcher_leads_to_the_same_page_in_the_other_language(
    browser_page, site, pages, lang
):
    page, other = browser_page, OTHER[lang]
    page.goto(f"{site}{url_of(pages.parent, lang)}")
    switcher = page.get_by_role("navigation", name=TEXT[lang]["language"])
    switcher.get_by_role("link", name=TEXT[lang]["switch_to"]).click()
    page.wait_for_url(f"{site}{url_of(pages.parent, other)}")
    assert url_of(pages.parent, other) != url_of(pages.parent, lang)
    assert page.locator("html").get_attribute("lang") == other
    assert page.locator("h1").inner_text() == getattr(pages.parent, f"title_{other}")
    switcher = page.get_by_role("navigation", name=TEXT[other]["language"])
    switcher.get_by_role("link", name=TEXT[other]["switch_to"]).click()
    page.wait_for_url(f"{site}{url_of(pages.parent, lang)}")
    assert page.locator("h1").inner_text() == getattr(pages.parent, f"title_{lang}")


def test_menu_leads_to_a_child_page_marked_as_current(browser_page, site, pages, lang):
    page = browser_page
    page.goto(f"{site}/{lang}/")
    menu = page.get_by_role("navigation", name=TEXT[lang]["main_menu"])
    menu.locator("summary", has_text=TEXT[lang]["menu"]).click()
    parent_title = getattr(pages.parent, f"title_{lang}")
    menu.get_by_role("link", name=parent_title, exact=True).click()
    page.wait_for_url(f"{site}{url_of(pages.parent, lang)}")
    assert page.locator("h1").inner_text() == parent_title
    menu.locator("summary").click()
    child_title = getattr(pages.child, f"title_{lang}")
    menu.get_by_role("link", name=child_title, exact=True).click()
    page.wait_for_url(f"{site}{url_of(pages.child, lang)}")
    assert page.locator("h1").inner_text() == child_title
    current = menu.locator('a[aria-current="page"]')
    assert current.count() == 1
    assert current.get_attribute("href") == url_of(pages.child, lang)


def test_quick_exit_click_replaces_the_history_entry(browser_page, site, pages, lang):
    page = browser_page
    first, second = f"{site}/{lang}/", f"{site}{url_of(pages.parent, lang)}"
    page.goto(first)
    page.goto(second)
    page.locator("[data-quick-exit-link]").click()
    page.wait_for_url(settings.QUICK_EXIT_URL)
    assert page.locator("h1").inner_text() == "Weather"
    page.go_back()
    assert page.url == first, "Back must skip the page the visitor left"


def test_pressing_shift_three_times_leaves_the_site(browser_page, site, pages, lang):
    page = browser_page
    page.goto(f"{site}{url_of(pages.parent, lang)}")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(settings.QUICK_EXIT_URL)
    assert page.title() == "Weather"


def test_pressing_shift_once_announces_two_more_presses(browser_page, site, pages, lang):
    page = browser_page
    page.goto(f"{site}/{lang}/")
    status = page.locator("[data-quick-exit-status]")
    assert status.text_content() == ""
    page.keyboard.press("Shift")
    assert TEXT[lang]["press_two"] in status.text_content()
    assert page.url.startswith(site)


def test_without_javascript_exit_is_a_plain_link_and_menu_still_opens(open_page, site, pages, lang):
    page = open_page(java_script_enabled=False)
    page.goto(f"{site}{url_of(pages.parent, lang)}")
    assert page.locator("h1").inner_text() == getattr(pages.parent, f"title_{lang}")
    assert page.locator(".prose p").first.is_visible()
    exit_link = page.get_by_role("link", name=TEXT[lang]["exit"])
    assert exit_link.get_attribute("href") == settings.QUICK_EXIT_URL
    assert set(exit_link.get_attribute("rel").split()) == {"nofollow", "noreferrer"}
    menu = page.get_by_role("navigation", name=TEXT[lang]["main_menu"])
    menu.locator("summary").click()
    assert menu.locator("details").get_attribute("open") is not None
    assert menu.get_by_role("link", name=getattr(pages.child, f"title_{lang}")).is_visible()
    exit_link.click()
    page.wait_for_url(settings.QUICK_EXIT_URL)


def test_reading_and_switching_language_sets_no_cookie(browser_page, site, pages, lang):
    page = browser_page
    page.goto(f"{site}/{lang}/")
    page.goto(f"{site}{url_of(pages.parent, lang)}")
    page.get_by_role("navigation", name=TEXT[lang]["language"]).get_by_role(
        "link", name=TEXT[lang]["switch_to"]
    ).click()
    page.wait_for_url(f"{site}{url_of(pages.parent, OTHER[lang])}")
    assert page.context.cookies() == []


def test_missing_translation_shows_a_note_and_marks_the_text_language(
    browser_page, site, make_page, lang
):
    other = OTHER[lang]
    draft = make_page(**{f"body_{lang}": "", f"body_{other}": "<p>Only one language</p>"})
    page = browser_page
    page.goto(f"{site}{url_of(draft, lang)}")
    note = page.locator("main .note")
    assert TEXT[lang]["fallback_note"] in note.inner_text()
    prose = page.locator(".prose")
    assert prose.get_attribute("lang") == other
    assert prose.inner_text().strip() == "Only one language"
