"""Chromium applies the inlined stylesheet under the strict CSP: no violation, no
stylesheet request (core/inline_style.py)."""

import pytest
from django.utils.csp import CSP

from tests.browser.helpers import LANGS, TEXT, url_of

pytestmark = pytest.mark.browser

# Installed before any page script (through DevTools, so the page's CSP does not
# apply to it): every CSP violation the document reports.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


def open_recording(open_page):
    page = open_page()
    page.add_init_script(RECORD_VIOLATIONS)
    stylesheets = []
    page.on("request", lambda r: r.resource_type == "stylesheet" and stylesheets.append(r.url))
    return page, stylesheets


def site_styles(page) -> dict:
    return page.evaluate(
        """() => ({
            brand: getComputedStyle(document.documentElement).getPropertyValue("--brand").trim(),
            bodyMargin: getComputedStyle(document.body).margin,
        })"""
    )


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("where", ["home", "content", "help"])
def test_inline_style_applies_without_a_csp_violation(open_page, site, pages, lang, where):
    path = {
        "home": f"/{lang}/",
        "content": url_of(pages.parent, lang),
        "help": TEXT[lang]["help_path"],
    }[where]
    page, stylesheets = open_recording(open_page)
    response = page.goto(f"{site}{path}")
    assert response.status == 200
    assert CSP.UNSAFE_INLINE not in response.headers["content-security-policy"]
    assert site_styles(page) == {"brand": "#0b4f8a", "bodyMargin": "0px"}
    assert page.evaluate("window.__violations") == []
    assert stylesheets == []  # nothing to wait for before the first paint
    # Console errors (Chromium logs a refused style as one) fail the test at teardown.


def test_without_the_hash_chromium_refuses_the_style(open_page, page_guard, site, pages, settings):
    """The check above can fail: a policy without the hash blocks the same style."""
    settings.SECURE_CSP = settings.SECURE_CSP | {"style-src": [CSP.SELF]}
    page, _stylesheets = open_recording(open_page)
    page.goto(f"{site}/en/")
    assert site_styles(page)["bodyMargin"] == "8px"  # the browser's default: not styled
    assert any(v.startswith("style-src") for v in page.evaluate("window.__violations"))
    assert any("Content Security Policy" in e for e in page_guard.console_errors)
    page_guard.console_errors.clear()  # expected here
