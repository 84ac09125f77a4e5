"""Two app servers, one PostgreSQL database and one Redis: nothing that matters
is kept in one process.

Two gunicorn instances (gunicorn.conf.py as `make run` uses it, DEBUG off, two
workers each, each on its own free port) serve the suite's PostgreSQL test
database and its Redis database. The test writes its data committed
(``transaction=True``) so that both servers see it, and sends visitors' and
staff's requests to both in turn, as a load balancer would: risk-test steps,
consultation questions, the staff sign-in and edits. It then finds every count
and every message exactly once, the shared limits counted across both servers,
and no stale page on either server after an edit.

It runs in the PostgreSQL run of the suite with REDIS_URL set (as CI runs it) and
is skipped, with a message, on SQLite or without Redis (in CI, CI=true, a PostgreSQL
run without Redis fails instead).
"""

import os
import re
import threading
from contextlib import ExitStack
from http.cookiejar import CookieJar
from urllib.parse import quote
from urllib.request import HTTPCookieProcessor, build_opener, urlopen

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection
from django.db.models import Sum
from django.utils import translation
from django.utils.html import escape

from awareness.models import HomePage, Page
from consultations.codes import code_hash
from consultations.models import Consultation, Message
from quiz.models import BandCount, ChoiceCount, CompletionNonce, DailyCompletions
from tests.multiserver.forms import form_with
from tests.outage.servers import Answer, Site, Visitor, first, question_form
from tests.signin import confirmed_device, totp_code

pytestmark = [pytest.mark.multiserver, pytest.mark.django_db(transaction=True)]

COMPLETIONS = 8  # risk tests finished, spread over both servers
ASK_LIMIT = 6  # questions one client may send (DJANGO_CONSULTATION_ASK_RATE for the servers)
PASSWORD = "Two-servers-one-database-42"  # noqa: S105 - a throw-away test account
QUESTION = 'Ar saugu važiuoti į Norvegiją? <b>Alga</b> & "butas" – klausimas Nr. {n}'


def _database_url() -> str:
    """The suite's test database (its name after pytest-django made it)."""
    db = connection.settings_dict
    user = quote(db.get("USER") or "", safe="")
    password = quote(db.get("PASSWORD") or "", safe="")
    credentials = f"{user}:{password}@" if password else f"{user}@" if user else ""
    host = db.get("HOST") or "127.0.0.1"
    port = f":{db['PORT']}" if db.get("PORT") else ""
    return f"postgres://{credentials}{host}{port}/{quote(db['NAME'], safe='')}"


def _redis_answers() -> bool:
    try:
        cache.set("multiserver:probe", 1, timeout=5)
        return cache.get("multiserver:probe") == 1
    except Exception:  # noqa: BLE001 - any failure means no usable Redis
        return False


@pytest.fixture(scope="module")
def servers(django_db_setup, django_db_blocker, tmp_path_factory):
    """Servers A and B on the suite's test database and Redis database."""
    if connection.vendor != "postgresql":
        pytest.skip("two servers share one PostgreSQL: run with DATABASE_URL=postgres://...")
    # In CI's PostgreSQL run Redis is always there: missing, it is a failure.
    missing = pytest.fail if os.environ.get("CI") == "true" else pytest.skip
    if not settings.REDIS_URL:
        missing("two servers share one Redis: run with REDIS_URL=redis://...")
    with django_db_blocker.unblock():
        database_url = _database_url()
    if not _redis_answers():
        missing(f"no Redis answers at REDIS_URL ({settings.REDIS_URL})")
    environ = {
        # Static files from the source tree: no collectstatic in the test run.
        "DJANGO_SETTINGS_MODULE": "tests.gunicorn_settings",
        "DJANGO_SECRET_KEY": "one-secret-for-every-server",
        # Uploads on storage every server shares (here one folder).
        "DJANGO_MEDIA_ROOT": str(tmp_path_factory.mktemp("shared-media")),
        # A day's window, so that the limit cannot restart during the test.
        "DJANGO_CONSULTATION_ASK_RATE": f"{ASK_LIMIT}/d",
        "DJANGO_CONSULTATION_LOOKUP_RATE": "1000/d",
    }
    with ExitStack() as stack:
        sites = [
            Site(database_url, settings.REDIS_URL, workers=2, environ=environ) for _name in "AB"
        ]
        for site in sites:
            stack.callback(site.stop)
        # Run last-in first: both are asked to stop before either is waited for.
        stack.callback(lambda: [site.stopping() for site in sites])
        for site in sites:
            site.start(prepare=False, wait=False)
        for site in sites:
            site.wait_until_healthy(seconds=90)
        yield sites


@pytest.fixture
def demo(servers, settings):
    """The demo content, committed: both servers read it."""
    settings.MEDIA_ROOT = servers[0].env["DJANGO_MEDIA_ROOT"]
    call_command("load_demo", verbosity=0)
    return servers


class Browser:
    """One person's browser behind a load balancer: one cookie jar, and each
    request sent to the server named (0 is A, 1 is B)."""

    def __init__(self, sites: list[Site]):
        opener = build_opener(HTTPCookieProcessor(CookieJar()))
        self.visitors = [Visitor(site.base) for site in sites]
        for visitor in self.visitors:
            visitor.opener = opener

    def get(self, server: int, path: str) -> Answer:
        return self.visitors[server].get(path)

    def post(self, server: int, path: str, data) -> Answer:
        return self.visitors[server].post(path, data)


def _token(page: Answer) -> str:
    return first(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)


# --- The risk test --------------------------------------------------------------------


def _take_the_test(sites: list[Site], path: str, start: int) -> int:
    """Start on one server and send each step to the other in turn; after the
    result, send the last step again to the other server (a replay). Returns the
    number of answers given."""
    browser = Browser(sites)
    server = start
    page = browser.post(server, path, {"action": "start"})
    answers = 0
    last = None
    while 'name="answer"' in page.text:
        assert page.status == 200, page.text[:300]
        assert answers < 40, "the test never ended"
        state = first(r'name="state" value="([^"]+)"', page.text)
        answer = first(r'name="answer" value="(\d+)"', page.text)
        last = {"state": state, "action": "next", "answer": answer}
        server = 1 - server
        page = browser.post(server, path, last)
        answers += 1
    assert page.status == 200 and "Jūsų rezultatas" in page.text, page.text[:300]
    replay = browser.post(1 - server, path, last)
    assert replay.status == 200 and "Jūsų rezultatas" in replay.text
    return answers


def test_risk_tests_spread_over_both_servers_count_exactly_once(demo):
    sites = demo
    path = first(
        r'href="(/lt/rizikos-testas/[a-z0-9-]+/)"',
        Visitor(sites[0].base).get("/lt/rizikos-testas/").text,
    )
    answers: list[int] = []
    errors: list[BaseException] = []

    def take(n: int) -> None:
        try:
            answers.append(_take_the_test(sites, path, start=n % 2))
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    # Four visitors at once, twice: concurrent steps on both servers.
    for round_ in range(COMPLETIONS // 4):
        threads = [threading.Thread(target=take, args=(round_ * 4 + n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == [], errors[0]
    assert len(answers) == COMPLETIONS
    # Every test once, the replays of the last step on the other server not at all.
    assert DailyCompletions.objects.aggregate(n=Sum("count"))["n"] == COMPLETIONS
    assert BandCount.objects.aggregate(n=Sum("count"))["n"] == COMPLETIONS
    assert ChoiceCount.objects.aggregate(n=Sum("count"))["n"] == sum(answers)
    assert CompletionNonce.objects.count() == COMPLETIONS


# --- Consultations -----------------------------------------------------------------------


def _ask(browser: Browser, form_on: int, send_to: int, text: str) -> Answer:
    """The form from one server, sent to the other (as a balancer may do)."""
    token = _token(browser.get(form_on, "/lt/konsultacija/"))
    data = question_form(token, text)
    return browser.post(send_to, "/lt/konsultacija/", data)


def test_questions_spread_over_both_servers_are_each_stored_once(demo):
    sites = demo
    browser = Browser(sites)
    codes = {}
    for n in range(ASK_LIMIT):
        text = QUESTION.format(n=n)
        answer = _ask(browser, form_on=n % 2, send_to=1 - n % 2, text=text)
        assert answer.status == 200, answer.text[:300]
        codes[text] = first(r'<p class="code" id="code">([A-Z0-9-]+)</p>', answer.text)
    assert len(set(codes.values())) == ASK_LIMIT

    # The limit is counted in Redis for both servers and all their workers: the
    # next question from this client is refused on either server.
    for server in (0, 1):
        refused = _ask(browser, form_on=server, send_to=server, text=QUESTION.format(n="over"))
        assert refused.status == 429, (server, refused.text[:300])

    # Each question: one consultation, one message, in the database.
    assert Consultation.objects.count() == ASK_LIMIT
    for text in codes:
        assert Message.objects.filter(text=text).count() == 1
    assert set(Consultation.objects.values_list("messages__text", flat=True)) == set(codes)
    assert not Message.objects.filter(text=QUESTION.format(n="over")).exists()

    # Each code read back on the server that did not take the question, and a
    # reply sent there read back on the first.
    for n, (text, code) in enumerate(codes.items()):
        other = n % 2  # the question went to 1 - n % 2
        page = browser.get(other, "/lt/konsultacija/atsakymas/")
        thread = browser.post(
            other,
            "/lt/konsultacija/atsakymas/",
            {"csrfmiddlewaretoken": _token(page), "code": code},
        )
        assert thread.status == 200, thread.text[:300]
        assert thread.text.count(escape(text)) == 1
    text, code = next(iter(codes.items()))
    page = browser.get(0, "/lt/konsultacija/atsakymas/")
    reply = f"Papildau klausimą {code[-4:]}"
    sent = browser.post(
        0,
        "/lt/konsultacija/atsakyti/",
        {"csrfmiddlewaretoken": _token(page), "code": code, "text": reply},
    )
    assert sent.status == 200, sent.text[:300]
    page = browser.get(1, "/lt/konsultacija/atsakymas/")
    thread = browser.post(
        1, "/lt/konsultacija/atsakymas/", {"csrfmiddlewaretoken": _token(page), "code": code}
    )
    assert thread.text.count(escape(text)) == 1 and thread.text.count(reply) == 1
    assert Message.objects.filter(text=reply).count() == 1

    # A consultant answers in the admin on server B; the visitor reads the
    # answer, once, on server A.
    text, code = list(codes.items())[1]
    consultant = User.objects.create_superuser("konsultante", "k@example.org", PASSWORD)
    staff = Browser(sites)
    _sign_in(staff, 1, consultant)
    consultation = Consultation.objects.get(code_hash=code_hash(code))
    change_url = f"/lt/admin/consultations/consultation/{consultation.pk}/change/"
    page = staff.get(1, change_url)
    assert page.status == 200 and escape(text) in page.text
    new_message = first(r'<textarea name="(messages-\d+-text)"', page.text)
    answer = "Atsakymas: prieš važiuodami patikrinkite darbdavį."
    _edit(staff, 1, change_url, **{new_message: answer})
    page = browser.get(0, "/lt/konsultacija/atsakymas/")
    thread = browser.post(
        0, "/lt/konsultacija/atsakymas/", {"csrfmiddlewaretoken": _token(page), "code": code}
    )
    assert thread.text.count(escape(text)) == 1 and thread.text.count(escape(answer)) == 1
    assert list(consultation.messages.values_list("author", "text")) == [
        (Message.Author.VISITOR, text),
        (Message.Author.STAFF, answer),
    ]
    assert Message.objects.count() == ASK_LIMIT + 2


# --- Staff edits -----------------------------------------------------------------------------


def _sign_in(browser: Browser, server: int, user: User) -> None:
    """The admin's two steps, password then the app's code, on one server."""
    device = confirmed_device(user)
    login = browser.get(server, "/lt/admin/login/?next=/lt/admin/")
    form = form_with(login.text, "password")
    data = form.data(username=user.username, password=PASSWORD)
    second = browser.post(server, "/lt/admin/login/?next=/lt/admin/", data)
    assert second.status == 200 and 'name="code"' in second.text, second.text[:300]
    form = form_with(second.text, "code")
    action = form.attrs.get("action") or "/lt/admin/two-step/verify/?next=/lt/admin/"
    index = browser.post(server, action, form.data(code=totp_code(device)))
    assert index.status == 200 and 'id="logout-form"' in index.text, index.text[:300]


def _edit(browser: Browser, server: int, change_url: str, **changes: str) -> None:
    """Open the admin's change form on ``server`` and save it with ``changes``."""
    page = browser.get(server, change_url)
    assert page.status == 200, page.text[:300]
    form = form_with(page.text, next(iter(changes)))
    saved = browser.post(server, change_url, [*form.data(**changes), ("_save", "Save")])
    # Saved: the admin redirects to the list, which shows its success message.
    assert saved.status == 200 and 'class="success"' in saved.text, saved.text[:600]


def _reader_sees(sites: list[Site], path: str, new: str, old: str) -> None:
    """A reader without cookies, on each server: the new text, not the old."""
    for name, site in zip("AB", sites, strict=True):
        page = Visitor(site.base).get(path)
        assert page.status == 200, (name, path)
        assert new in page.text, f"server {name} shows a stale {path}"
        assert old not in page.text, f"server {name} still shows the old text of {path}"


def _own_words(html: str, page: str) -> str:
    """Words of a text that the page as served shows exactly once (not words
    that the title or the description repeat)."""
    for words in re.findall(r"\w[\w ]{28,58}\w", html):
        if page.count(words) == 1:
            return words
    raise AssertionError("no words of the text only the text has")


def test_staff_edits_on_either_server_show_at_once_on_both(demo):
    sites = demo
    editor = User.objects.create_superuser("redaktore", "redaktore@example.org", PASSWORD)
    home = HomePage.objects.get()
    with translation.override("lt"):
        page = Page.objects.filter(status="published", parent__isnull=False).first()
        page_path = page.get_absolute_url()
    # Readers on both servers first: any page cache now holds the old pages.
    before = {}
    for site in sites:
        for path in ("/lt/", page_path):
            before[path] = Visitor(site.base).get(path)
            assert before[path].status == 200 and "Set-Cookie" not in before[path].headers
    old_intro = _own_words(home.intro_lt, before["/lt/"].text)
    old_body = _own_words(page.body_lt, before[page_path].text)

    staff = Browser(sites)
    _sign_in(staff, 0, editor)
    # The session is in the database: server B knows the editor too.
    index = staff.get(1, "/lt/admin/")
    assert index.status == 200 and 'id="logout-form"' in index.text

    intro = "<p>Naujas įvadas, pakeistas serveryje A.</p>"
    _edit(staff, 0, f"/lt/admin/awareness/homepage/{home.pk}/change/", intro_lt=intro)
    assert HomePage.objects.get().intro_lt == intro
    _reader_sees(sites, "/lt/", "Naujas įvadas, pakeistas serveryje A.", old_intro)

    body = "<p>Naujas puslapio tekstas, pakeistas serveryje B.</p>"
    _edit(staff, 1, f"/lt/admin/awareness/page/{page.pk}/change/", body_lt=body)
    assert Page.objects.get(pk=page.pk).body_lt == body
    _reader_sees(sites, page_path, "Naujas puslapio tekstas, pakeistas serveryje B.", old_body)

    # And back on A, a second edit of the same page: B never shows the first.
    body = "<p>Antras pakeitimas, vėl serveryje A.</p>"
    _edit(staff, 0, f"/lt/admin/awareness/page/{page.pk}/change/", body_lt=body)
    _reader_sees(sites, page_path, "Antras pakeitimas, vėl serveryje A.", "serveryje B")


def test_an_upload_saved_once_is_served_by_both_servers(demo):
    """Uploads are on storage every server shares (here one folder for both;
    in production a network file system or an S3 bucket, docs/deployment.md)."""
    content = b"%PDF-1.4\n% one file for every server\n%%EOF\n"
    name = default_storage.save("resources/bendras-lankstinukas.pdf", ContentFile(content))
    for server, site in zip("AB", demo, strict=True):
        answer = urlopen(f"{site.base}/media/{name}", timeout=20)  # noqa: S310 - our http:// site
        assert answer.status == 200 and answer.read() == content, server
        assert answer.headers["Content-Disposition"].startswith("attachment"), server
