"""Shared helpers for the browser tests: expected interface text and axe-core."""

from django.utils import translation

LANGS = ("lt", "en")
OTHER = {"lt": "en", "en": "lt"}

TEXT = {
    "lt": {
        "exit": "Išeiti iš puslapio",
        "breadcrumb": "Naršymo kelias",
        "menu": "Meniu",
        "main_menu": "Pagrindinis meniu",
        "language": "Kalba",
        "switch_to": "English",
        "preview": "Peržiūra",
        "press_two": "paspauskite dar 2 kartus",
        "fallback_note": "Šio teksto jūsų kalba dar nėra",
        "help_path": "/lt/pagalba/",
    },
    "en": {
        "exit": "Exit this page",
        "breadcrumb": "Breadcrumb",
        "menu": "Menu",
        "main_menu": "Main menu",
        "language": "Language",
        "switch_to": "Lietuvių",
        "preview": "Preview",
        "press_two": "press 2 more times",
        "fallback_note": "This text is not yet available in your language",
        "help_path": "/en/help/",
    },
}


def axe_check(page) -> None:
    """Fail listing every serious or critical axe-core violation on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    bad = [v for v in results.response["violations"] if v.get("impact") in ("serious", "critical")]
    assert not bad, f"axe violations on {page.url}:\n" + "\n".join(
        f"- {v['impact']} {v['id']}: {v.get('help', '')} "
        f"{[node['target'] for node in v['nodes']][:5]}"
        for v in bad
    )


def url_of(obj, lang: str) -> str:
    """The object's address in ``lang`` (translated slugs)."""
    with translation.override(lang):
        return obj.get_absolute_url()


def sign_in_to_admin(page, site: str, lang: str, username: str, password: str, device) -> None:
    """Sign in as staff do: the password on the admin's login form, then the
    second step, typing the code the user's authenticator app would show now
    (``device``: their confirmed TOTP device, tests.signin.confirmed_device)."""
    from tests.signin import totp_code

    page.goto(f"{site}/{lang}/admin/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("#login-form [type=submit]").click()
    page.wait_for_url("**/admin/two-step/verify/**")
    page.locator("#id_code").fill(totp_code(device))
    page.locator("#two-step-form [type=submit]").click()
    page.wait_for_load_state()
