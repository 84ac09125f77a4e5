"""The demo content (manage.py load_demo), read in a browser in both languages."""

import pytest

from awareness.models import HomePage, Page
from tests.browser.helpers import LANGS, OTHER, TEXT, axe_check, url_of

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("lang", LANGS)]


def demo_pages():
    return list(Page.objects.published().select_related("parent"))


def test_demo_home_page_reads_and_its_call_button_works(browser_page, site, demo, lang):
    page, home = browser_page, HomePage.load()
    page.goto(f"{site}/{lang}/")
    assert page.locator("h1").inner_text() == getattr(home, f"intro_title_{lang}")
    axe_check(page)
    button = page.get_by_role("link", name=getattr(home, f"test_link_label_{lang}"))
    target = button.get_attribute("href")
    assert target.startswith(f"/{lang}/")
    button.click()
    page.wait_for_url(f"{site}{target}")
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("h1").is_visible()


def test_every_demo_page_reads_and_passes_axe(browser_page, site, demo, lang):
    page = browser_page
    for obj in demo_pages():
        response = page.goto(f"{site}{url_of(obj, lang)}")
        assert response.status == 200, obj
        assert page.locator("h1").inner_text() == getattr(obj, f"title_{lang}")
        assert page.locator("main .note").count() == 0, f"{obj} lacks {lang} text"
        switch = page.get_by_role("navigation", name=TEXT[lang]["language"]).get_by_role(
            "link", name=TEXT[lang]["switch_to"]
        )
        assert switch.get_attribute("href") == url_of(obj, OTHER[lang])
        axe_check(page)


def test_links_inside_demo_texts_all_work(browser_page, site, demo, lang):
    page, checked = browser_page, {}
    for obj in demo_pages():
        page.goto(f"{site}{url_of(obj, lang)}")
        for href in page.locator(".prose a[href^='/']").evaluate_all(
            "links => links.map(a => a.getAttribute('href'))"
        ):
            if href not in checked:
                checked[href] = page.request.get(f"{site}{href}").status
    broken = {href: status for href, status in checked.items() if status != 200}
    assert checked and not broken, f"broken links in {lang} demo texts: {broken}"


def test_demo_menu_reaches_a_sub_page(browser_page, site, demo, lang):
    page = browser_page
    child = Page.objects.published().filter(parent__isnull=False).select_related("parent").first()
    page.goto(f"{site}/{lang}/")
    menu = page.get_by_role("navigation", name=TEXT[lang]["main_menu"])
    menu.locator("summary").click()
    menu.get_by_role("link", name=getattr(child.parent, f"title_{lang}"), exact=True).click()
    page.wait_for_url(f"{site}{url_of(child.parent, lang)}")
    page.locator("main .cards").get_by_role(
        "link", name=getattr(child, f"title_{lang}"), exact=True
    ).click()
    page.wait_for_url(f"{site}{url_of(child, lang)}")
    assert page.locator("h1").inner_text() == getattr(child, f"title_{lang}")
    assert menu.locator('a[aria-current="page"]').get_attribute("href") == url_of(child, lang)


def test_demo_pages_reflow_at_400_percent_zoom(open_page, site, demo, lang):
    page = open_page(viewport={"width": 320, "height": 256})
    wide = []
    for obj in demo_pages():
        page.goto(f"{site}{url_of(obj, lang)}")
        if page.evaluate("document.documentElement.scrollWidth") > 321:
            wide.append(url_of(obj, lang))
    assert not wide, f"pages scrolling sideways at 320px: {wide}"
