"""Playwright fixtures: Debian's Chromium, no network beyond the live server.

``axe_check`` and the expected interface text live in helpers.py.

Every page opened here aborts (and records) any request to another origin,
except the quick-exit destination, which gets a tiny stand-in page. Console
errors, page errors and third-party requests fail the test at teardown.
"""

import os
import re
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
EXIT_PAGE = "<!doctype html><title>Weather</title><h1>Weather</h1>"
DEMO_PAGES = Path(settings.BASE_DIR) / "website" / "demo" / "data" / "pages.yaml"
# Chromium logs a failed document load as a console error; a 404 page is one.
STATUS_ERROR = re.compile(r"Failed to load resource: the server responded with a status of (\d+)")


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        message = (
            f"Chromium not found at {CHROMIUM}: install it with "
            "`apt-get install chromium` to run the browser tests"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class PageGuard:
    """What a test's pages did that they should not have."""

    def __init__(self, site: str):
        self.site = site
        self.exit_origin = origin(settings.QUICK_EXIT_URL)
        self.third_party: list[str] = []
        self.console_errors: list[str] = []
        self.allowed_statuses: set[int] = set()  # e.g. {404} for a not-found page

    def route(self, route):
        url = route.request.url
        if origin(url) == self.site:
            route.continue_()
        elif origin(url) == self.exit_origin:
            route.fulfill(status=200, content_type="text/html", body=EXIT_PAGE)
        else:
            self.third_party.append(url)
            route.abort()

    def on_console(self, message):
        if message.type != "error":
            return
        status = STATUS_ERROR.search(message.text)
        if status and (
            int(status[1]) in self.allowed_statuses
            or "favicon" in (message.location or {}).get("url", "")
        ):
            return
        self.console_errors.append(message.text)

    def on_page_error(self, error):
        self.console_errors.append(f"page error: {error}")


@pytest.fixture
def page_guard(live_server):
    return PageGuard(origin(live_server.url))


@pytest.fixture
def open_page(browser, page_guard):
    """open_page(**context_options) -> a guarded page in a fresh context."""
    contexts = []

    def open_(**options):
        context = browser.new_context(**options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        context.route("**/*", page_guard.route)
        page = context.new_page()
        page.on("console", page_guard.on_console)
        page.on("pageerror", page_guard.on_page_error)
        return page

    yield open_
    for context in contexts:
        context.close()
    assert not page_guard.third_party, f"third-party requests: {page_guard.third_party}"
    assert not page_guard.console_errors, f"console errors: {page_guard.console_errors}"


@pytest.fixture
def browser_page(open_page):
    return open_page()


@pytest.fixture
def site(live_server):
    """The live server's base URL, e.g. http://localhost:40123."""
    return live_server.url


@pytest.fixture
def pages(make_page, hotline):
    """A main-menu page with two sub-pages, another main-menu page, a hotline."""
    long_lt = "".join(f"<p>Pastraipa {n}: pavojaus ženklai ir pagalba.</p>" for n in range(12))
    long_en = "".join(f"<p>Paragraph {n}: warning signs and help.</p>" for n in range(12))
    parent = make_page(
        title_lt="Kaip atpažinti pavojų",
        title_en="Recognising the danger",
        slug_lt="kaip-atpazinti-pavoju",
        slug_en="recognising-the-danger",
        body_lt=long_lt,
        body_en=long_en,
    )
    child = make_page(
        parent=parent,
        title_lt="Darbo pasiūlymai užsienyje",
        title_en="Job offers abroad",
        slug_lt="darbo-pasiulymai-uzsienyje",
        slug_en="job-offers-abroad",
    )
    make_page(
        parent=parent,
        title_lt="Skolos vergovė",
        title_en="Debt bondage",
        slug_lt="skolos-vergove",
        slug_en="debt-bondage",
    )
    make_page(  # a second main-menu entry
        title_lt="Saugus darbas užsienyje",
        title_en="Working abroad safely",
        slug_lt="saugus-darbas-uzsienyje",
        slug_en="working-abroad-safely",
    )
    return SimpleNamespace(parent=parent, child=child)


@pytest.fixture
def demo(transactional_db):
    """The demo content (pages, hotlines, home page), once its pages.yaml exists."""
    if not DEMO_PAGES.exists():
        pytest.skip("the demo pages.yaml does not exist yet")
    call_command("load_demo", verbosity=0)
