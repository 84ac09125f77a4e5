"""Staff work in the admin, in Lithuanian and in English."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.browser.helpers import LANGS, TEXT, sign_in_to_admin
from tests.signin import confirmed_device

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("lang", LANGS)]

USERNAME, PASSWORD = "redaktore", "ilgas-slaptazodis-2026"
PAGES = {"lt": "Puslapiai", "en": "Pages"}
NEW = {
    "title_lt": "Nauja pagalbos tema",
    "slug_lt": "nauja-pagalbos-tema",
    "title_en": "New help topic",
    "slug_en": "new-help-topic",
    "body_lt": "Skambinkite nemokamai.",
    "body_en": "Call free of charge.",
}
# django-prose-editor's editable area (its menubar holds other .ProseMirror elements).
EDITOR = ".prose-editor > .ProseMirror"


@pytest.fixture
def staff_page(open_page, transactional_db):
    """A fresh page for a superuser (with an authenticator app) who has not logged in yet."""
    user = get_user_model().objects.create_superuser(USERNAME, "redaktore@example.com", PASSWORD)
    page = open_page()
    page.device = confirmed_device(user)
    return page


def log_in(page, site, lang):
    """Log in through the admin's login form and the second step, as staff do."""
    sign_in_to_admin(page, site, lang, USERNAME, PASSWORD, page.device)
    assert page.url == f"{site}/{lang}/admin/", (
        f"login did not reach the admin index: {page.title()!r} at {page.url}"
    )


def open_add_form(page, lang):
    page.locator("#content-main").get_by_role("link", name=PAGES[lang], exact=True).click()
    page.wait_for_url("**/admin/awareness/page/")
    page.locator(".object-tools a.addlink").click()
    page.wait_for_url("**/admin/awareness/page/add/")
    page.wait_for_selector(f"{EDITOR}", state="attached")


def type_into(page, field: str, code: str, value: str) -> None:
    """Type into one language of a translated field, opening its language tab first."""
    tab = page.locator(f'a[href="#tab_id_{field}_{code}"]')
    if tab.count():
        tab.click()
    target = f".field-body_{code} {EDITOR}" if field == "body" else f"#id_{field}_{code}"
    page.locator(target).press_sequentially(value)


def test_staff_member_logs_in_through_the_login_form(staff_page, site, lang):
    log_in(staff_page, site, lang)
    assert staff_page.locator("html").get_attribute("lang") == lang
    assert USERNAME in staff_page.locator("#user-tools").text_content()


def test_page_form_has_language_tabs_and_no_csp_violation(staff_page, site, lang):
    log_in(staff_page, site, lang)
    csp = []
    staff_page.on("console", lambda m: "Content Security Policy" in m.text and csp.append(m.text))
    open_add_form(staff_page, lang)
    staff_page.wait_for_load_state("networkidle")
    tabs = staff_page.locator(".ui-tabs").first.get_by_role("tab")
    assert [t.strip().lower() for t in tabs.all_inner_texts()] == ["lt", "en", "ru", "uk"]
    assert staff_page.locator('a[href="#tab_id_body_en"]').count() == 1
    assert csp == [], f"CSP violations on the admin change form: {csp}"


def test_staff_member_adds_a_page_and_previews_it_unpublished(staff_page, site, lang):
    page = staff_page
    log_in(page, site, lang)
    open_add_form(page, lang)
    for code in LANGS:
        type_into(page, "title", code, NEW[f"title_{code}"])
        # The admin fills in the address from the title as staff type.
        expect(page.locator(f"#id_slug_{code}")).to_have_value(NEW[f"slug_{code}"])
        type_into(page, "body", code, NEW[f"body_{code}"])
    page.locator('[name="_save"]').click()
    success = page.locator(".messagelist .success")
    success.wait_for()
    assert NEW[f"title_{lang}"] in success.inner_text()
    page.goto(f"{site}/{lang}/{NEW[f'slug_{lang}']}/")
    assert page.locator("h1").inner_text() == NEW[f"title_{lang}"]
    assert page.locator(".prose").inner_text().strip() == NEW[f"body_{lang}"]
    assert page.locator("main .note--warning").inner_text().startswith(TEXT[lang]["preview"])
