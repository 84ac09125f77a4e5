"""Redis and PostgreSQL stopped and started under the running site.

The test starts its own Redis and PostgreSQL on free ports (never the shared
servers), migrates and loads the demo into them, serves the site under gunicorn
as `make run` does, and drives it over HTTP while it stops and starts each.
It runs once, in the PostgreSQL run of the suite; it is skipped with a message
where redis-server or PostgreSQL's server programs are missing, except in CI
(CI=true), where that fails.
"""

import os

import pytest
from django.conf import settings
from django.utils.html import escape
from redis import Redis as RedisClient

from tests.outage.servers import (
    Missing,
    Postgres,
    Redis,
    Site,
    Visitor,
    first,
    question_form,
)

pytestmark = pytest.mark.outage

QUESTION = 'Ar saugu važiuoti į Norvegiją? <b>Alga</b> & "butas" – ačiū, ščiūžė'
HOTLINE = "8 800 91119"
# What each URL answered in each phase, printed at the end (`-s` shows it).
FIGURES: dict[str, dict[str, int]] = {}


def note(phase: str, what: str, status: int) -> None:
    FIGURES.setdefault(phase, {})[what] = status


@pytest.fixture(scope="module")
def servers():
    if "postgresql" not in settings.DATABASES["default"]["ENGINE"]:
        pytest.skip("the outage tests run once, in the PostgreSQL run of the suite")
    redis = postgres = site = None
    try:
        try:
            redis, postgres = Redis(), Postgres()
        except Missing as missing:
            if os.environ.get("CI") == "true":
                pytest.fail(f"outage tests: {missing}")
            pytest.skip(f"outage tests: {missing}")
        redis.start()
        postgres.start()
        site = Site(postgres.url, redis.url)
        site.start()
        yield redis, postgres, site
    finally:
        for stop in (site and site.stop, redis and redis.stop, postgres and postgres.remove):
            if stop:
                try:
                    stop()
                except Exception as error:  # noqa: BLE001 - clean up the rest regardless
                    print(f"outage test clean-up: {error!r}")
        for phase, answers in FIGURES.items():
            print(f"\n{phase}:")
            for what, status in answers.items():
                print(f"  {status}  {what}")


@pytest.fixture(scope="module")
def demo(servers):
    """The demo's addresses: a story in each language and the risk tests."""
    _redis, _postgres, site = servers
    visitor = Visitor(site.base)
    return {
        "story_lt": first(
            r'href="(/lt/istorijos/[a-z0-9-]+/)"', visitor.get("/lt/istorijos/").text
        ),
        "story_en": first(r'href="(/en/stories/[a-z0-9-]+/)"', visitor.get("/en/stories/").text),
        "test_lt": first(
            r'href="(/lt/rizikos-testas/[a-z0-9-]+/)"', visitor.get("/lt/rizikos-testas/").text
        ),
        "test_en": first(r'href="(/en/risk-test/[a-z0-9-]+/)"', visitor.get("/en/risk-test/").text),
    }


def take_the_test(visitor: Visitor, path: str, phase: str) -> None:
    """Start, answer every question with its first choice, get the result."""
    page = visitor.post(path, {"action": "start"})
    for _step in range(30):
        note(phase, f"POST {path} (a step)", page.status)
        assert page.status == 200, page.text[:300]
        if 'name="answer"' not in page.text:
            break
        state = first(r'name="state" value="([^"]+)"', page.text)
        answer = first(r'name="answer" value="(\d+)"', page.text)
        page = visitor.post(path, {"state": state, "action": "next", "answer": answer})
    note(phase, f"POST {path} (the result)", page.status)
    assert page.status == 200 and ("Jūsų rezultatas" in page.text or "Your result" in page.text)


def ask(visitor: Visitor, text: str) -> tuple[int, str]:
    form = visitor.get("/lt/konsultacija/")
    token = first(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text)
    data = question_form(token, text)
    return visitor.post("/lt/konsultacija/", data)


def stored(postgres: Postgres, text: str) -> int:
    return postgres.query("SELECT count(*) FROM consultations_message WHERE text = %s", text)


def test_redis_stopped_every_page_and_form_works(servers, demo):
    redis, postgres, site = servers
    visitor = Visitor(site.base)
    redis.stop()
    phase = "Redis stopped"
    for path in ("/lt/", demo["story_lt"], "/en/", demo["story_en"], "/lt/pagalba/"):
        answer = visitor.get(path)
        note(phase, f"GET {path}", answer.status)
        assert answer.status == 200, path
    search = visitor.post("/lt/paieska/", {"q": "išnaudojimas"})
    note(phase, "POST /lt/paieska/ (search)", search.status)
    assert search.status == 200 and "<mark>" in search.text
    take_the_test(visitor, demo["test_lt"], phase)
    text = f"{QUESTION} (Redis)"
    sent = ask(visitor, text)
    note(phase, "POST /lt/konsultacija/ (a question)", sent.status)
    assert sent.status == 200
    assert stored(postgres, text) == 1
    code = first(r'<p class="code" id="code">([A-Z0-9-]+)</p>', sent.text)
    thread = visitor.post(
        "/lt/konsultacija/atsakymas/", {"csrfmiddlewaretoken": _token(visitor), "code": code}
    )
    note(phase, "POST /lt/konsultacija/atsakymas/ (the answer, with the code)", thread.status)
    assert thread.status == 200 and escape(text) in thread.text
    health = visitor.get("/healthz")
    note(phase, "GET /healthz", health.status)
    assert health.status == 200 and health.text == "database: ok\ncache: down\n"

    redis.start()
    phase = "Redis started again (same gunicorn)"
    health = visitor.get("/healthz")
    note(phase, "GET /healthz", health.status)
    assert health.status == 200 and health.text == "database: ok\ncache: ok\n"
    again = ask(visitor, f"{QUESTION} (Redis back)")
    note(phase, "POST /lt/konsultacija/ (a question)", again.status)
    assert again.status == 200 and stored(postgres, f"{QUESTION} (Redis back)") == 1
    search = visitor.post("/en/search/", {"q": "help"})
    note(phase, "POST /en/search/", search.status)
    assert search.status == 200


def _token(visitor: Visitor) -> str:
    return first(
        r'name="csrfmiddlewaretoken" value="([^"]+)"', visitor.get("/lt/konsultacija/").text
    )


def test_postgres_stopped_every_page_not_cached_answers_503_and_nothing_is_lost(servers, demo):
    redis, postgres, site = servers
    visitor = Visitor(site.base)
    token = _token(visitor)
    pid = site.process.pid
    pages = {
        "lt": [
            "/lt/",
            "/lt/pagalba/",
            "/lt/istorijos/",
            demo["story_lt"],
            "/lt/paieska/?q=pagalba",
            "/lt/rizikos-testas/",
            demo["test_lt"],
            "/lt/konsultacija/",
            "/lt/naujienos/",
        ],
        "en": [
            "/en/",
            "/en/help/",
            "/en/stories/",
            demo["story_en"],
            "/en/search/?q=help",
            "/en/risk-test/",
            demo["test_en"],
            "/en/consultation/",
        ],
        "ru": ["/ru/"],
        "uk": ["/uk/"],
    }
    says = {
        "lt": "Pabandykite dar kartą po kelių minučių",
        "en": "Please try again in a few minutes",
        "ru": "попробуйте ещё раз через несколько минут",
        "uk": "спробуйте ще раз за кілька хвилин",
    }
    # No page cached so far but one read just before the outage (core/pagecache.py).
    RedisClient.from_url(redis.url).flushdb()
    read_before = visitor.get("/en/news/")
    assert read_before.status == 200
    postgres.stop()
    phase = "PostgreSQL stopped"
    # Its last copy is served: better than the 503 page.
    cached = visitor.get("/en/news/")
    note(phase, "GET /en/news/ (read before the outage)", cached.status)
    assert cached.status == 200 and cached.text == read_before.text
    for language, paths in pages.items():
        for path in paths:
            answer = visitor.get(path)
            note(phase, f"GET {path}", answer.status)
            assert answer.status == 503, (path, answer.text[:300])
            assert answer.headers.get("Retry-After") == "30", path
            assert f'<html lang="{language}">' in answer.text, path
            assert says[language] in answer.text, path
            assert HOTLINE in answer.text and 'href="tel:112"' in answer.text, path
            assert "data-quick-exit" in answer.text and "Traceback" not in answer.text
    health = visitor.get("/healthz")
    note(phase, "GET /healthz", health.status)
    assert health.status == 503 and health.text == "database: down\ncache: ok\n"
    data = {
        "csrfmiddlewaretoken": token,
        "topic": "job-offer",
        "question": QUESTION,
        "language": "lt",
        "contact": "",
        "website": "",
    }
    sent = visitor.post("/lt/konsultacija/", data)
    note(phase, "POST /lt/konsultacija/ (a question)", sent.status)
    assert sent.status == 503 and sent.headers.get("Retry-After") == "30"
    assert escape(QUESTION) in sent.text and "<b>Alga</b>" not in sent.text
    assert "nieko nebuvo išsiųsta" in sent.text and HOTLINE in sent.text
    search = visitor.post("/en/search/", {"q": "forced labour"})
    note(phase, "POST /en/search/", search.status)
    assert search.status == 503 and 'value="forced labour"' in search.text

    postgres.start()
    phase = "PostgreSQL started again (same gunicorn)"
    assert site.process.poll() is None and site.process.pid == pid
    for path in ("/healthz", "/lt/", demo["story_en"], "/lt/konsultacija/"):
        answer = visitor.get(path)
        note(phase, f"GET {path}", answer.status)
        assert answer.status == 200, (path, answer.text[:300])
    again = visitor.post("/lt/konsultacija/", data)
    note(phase, "POST /lt/konsultacija/ (the same question, sent again)", again.status)
    assert again.status == 200
    assert stored(postgres, QUESTION) == 1
