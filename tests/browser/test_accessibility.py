"""axe-core finds no serious or critical problem; pages reflow at 400% zoom."""

import pytest

from tests.browser.helpers import LANGS, TEXT, axe_check, url_of

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("lang", LANGS)]


def test_home_page_passes_axe(browser_page, site, pages, lang):
    browser_page.goto(f"{site}/{lang}/")
    axe_check(browser_page)


def test_content_page_passes_axe(browser_page, site, pages, lang):
    browser_page.goto(f"{site}{url_of(pages.parent, lang)}")
    assert browser_page.locator("h1").inner_text() == getattr(pages.parent, f"title_{lang}")
    axe_check(browser_page)


def test_child_page_passes_axe(browser_page, site, pages, lang):
    browser_page.goto(f"{site}{url_of(pages.child, lang)}")
    assert browser_page.get_by_role("navigation", name=TEXT[lang]["breadcrumb"]).is_visible()
    axe_check(browser_page)


def test_help_page_passes_axe(browser_page, site, pages, lang):
    response = browser_page.goto(f"{site}{TEXT[lang]['help_path']}")
    assert response.status == 200
    assert browser_page.locator('main a[href="tel:+37080091119"]').is_visible()
    axe_check(browser_page)


def test_not_found_page_passes_axe(browser_page, page_guard, site, pages, lang):
    page_guard.allowed_statuses.add(404)
    response = browser_page.goto(f"{site}/{lang}/no-such-page/")
    assert response.status == 404
    assert browser_page.locator("html").get_attribute("lang") == lang
    axe_check(browser_page)


@pytest.mark.parametrize("where", ["home", "content"])
def test_page_reflows_at_400_percent_zoom(open_page, site, pages, lang, where):
    """320x256 CSS pixels is a 1280x1024 screen at 400%: no sideways scrolling."""
    page = open_page(viewport={"width": 320, "height": 256})
    page.goto(f"{site}/{lang}/" if where == "home" else f"{site}{url_of(pages.parent, lang)}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320 + 1
    page.get_by_role("navigation", name=TEXT[lang]["main_menu"]).locator("summary").click()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320 + 1


def test_language_switcher_fits_a_360_pixel_phone(open_page, site, pages, lang):
    """All four languages, each a 44 px tap target, with no sideways scrolling."""
    page = open_page(viewport={"width": 360, "height": 640})
    page.goto(f"{site}/{lang}/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360 + 1
    links = page.get_by_role("navigation", name=TEXT[lang]["language"]).get_by_role("link")
    assert links.all_inner_texts() == ["Lietuvių", "English", "Русский", "Українська"]
    for link in links.all():
        box = link.bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360
