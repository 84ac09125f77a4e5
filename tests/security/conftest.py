"""The security suite's set-up: the hypothesis profile, the demo site, relaxed
rate limits, how staff are signed in, what "no access" means, and the table of
bad inputs tried that ends the run.

SECURITY_FUZZ_EXAMPLES (environment; 20 by default) sets the number of examples
per form and language: three quarters of it per address and for the search form
(which runs a search each time), half for the admin's lists. Raise it for a
deeper run than CI's; SECURITY_DEEP=1 tries every admin URL in every language
for every group.
"""

import io
import os
import re
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from tests.security.inputs import TALLY
from tests.signin import sign_in_verified

# Reproducible in CI (derandomize), no example database written to disk, no
# timing (deadline). The function-scoped fixtures these tests use (db, settings,
# the demo site) hold nothing that changes between examples: every example
# builds its own Client, so no cookie is carried from one to the next.
hypothesis_settings.register_profile(
    "security",
    max_examples=int(os.environ.get("SECURITY_FUZZ_EXAMPLES", "20")),
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PROFILE = hypothesis_settings.get_profile("security")
# Addresses read parameters more simply than forms do: fewer examples each.
PROFILE_GET = hypothesis_settings(PROFILE, max_examples=max(1, PROFILE.max_examples * 3 // 4))
# The admin's lists are slow pages, and only staff reach them: half.
PROFILE_STAFF = hypothesis_settings(PROFILE, max_examples=max(1, PROFILE.max_examples // 2))


def new_client() -> Client:
    """A fresh anonymous client; a 500 comes back as a response, not an exception."""
    return Client(raise_request_exception=False)


def sign_in(client: Client, user) -> Client:
    """Sign a staff member in, second step passed (tests.signin): what is
    refused is then refused for want of the permission, not of the code."""
    sign_in_verified(client, user)
    return client


def assert_no_access(response, language: str, status: int = 403) -> None:
    """Refused: ``status`` (what Django answers a signed-in member without the
    permission: 403, or 404 for an app index showing nothing they may see), or a
    redirect to the admin's sign-in or verification page. Never a 200, never a
    redirect elsewhere."""
    if response.status_code == status:
        return
    assert response.status_code == 302, response.status_code
    target = urlsplit(response.headers["Location"])
    assert re.fullmatch(rf"/{language}/admin/(login|verify|otp)[\w/-]*", target.path), target
    assert target.query.startswith("next="), target


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The demo content, loaded once per module inside a transaction that is
    rolled back at the end (each test still runs in its own savepoint)."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", verbosity=0, stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def site(demo_site, db):
    """The demo site for one test (its changes undone after it)."""


@pytest.fixture
def open_limits(settings):
    """Rate limits far out of reach: these tests try input handling, not the limiter
    (test_rate_limited_pages_render tries the limiter)."""
    settings.CONSULTATION_RATES = {"ask": "100000/m", "lookup": "100000/m"}
    settings.SEARCH_RATE = "100000/m"


def pytest_terminal_summary(terminalreporter):
    if not TALLY.counts:
        return
    targets = sorted({target for target, _language in TALLY.counts})
    languages = sorted({language for _target, language in TALLY.counts})
    width = max(len(t) for t in targets)
    write = terminalreporter.write_line
    terminalreporter.section("bad inputs tried per form/URL and language")
    write(f"{'':{width}}  " + "  ".join(f"{lang:>5}" for lang in languages) + "  total")
    for target in targets:
        row = [TALLY.counts.get((target, lang), 0) for lang in languages]
        write(f"{target:{width}}  " + "  ".join(f"{n:>5}" for n in row) + f"  {sum(row):>5}")
    write(f"{'all':{width}}  " + " " * (7 * len(languages)) + f"{sum(TALLY.counts.values()):>5}")
