"""With the cache down (Redis stopped), every page and form keeps working.

A cache backend that raises on every call stands in for Redis; the real Redis
is stopped and started in test_live_outage.py.
"""

import logging

from django.contrib.auth.models import Group, User
from django.core import mail

from consultations.models import Consultation
from quiz.models import CompletionNonce, DailyCompletions
from tests.consultations.conftest import QUESTION
from tests.quiz.conftest import choice_id, state_of


def test_search_works_and_is_not_limited(client, cache_down, make_page):
    make_page(title_lt="Išnaudojimas darbe", body_lt="<p>Apie išnaudojimą</p>")
    for _ in range(3):
        response = client.post("/lt/paieska/", {"q": "isnaudojimas"})
        assert response.status_code == 200
        assert "<mark>" in response.text
    assert cache_down.calls >= 3  # the cache was asked, and failed each time


def test_a_question_is_stored_and_read_back(client, cache_down, ask, settings):
    settings.CONSULTATION_RATES = {"ask": "1/h", "lookup": "1/h"}
    for _ in range(2):  # over the limit: still taken (the limit fails open)
        response, code = ask()
        assert response.status_code == 200 and code
    assert Consultation.objects.count() == 2
    thread = client.post("/lt/konsultacija/atsakymas/", {"code": code})
    assert thread.status_code == 200 and QUESTION in thread.text
    reply = client.post("/lt/konsultacija/atsakyti/", {"code": code, "text": "Dar vienas"})
    assert reply.status_code == 200
    assert Consultation.objects.get(messages__text="Dar vienas")


def test_the_risk_test_counts_once_without_the_cache(client, cache_down, taker, questionnaire):
    taker.start()
    taker.answer(choice_id(questionnaire, 0, 1))
    taker.answer(choice_id(questionnaire, 1, 1))
    final = {"state": state_of(taker.response), "action": "next"}
    final["answer"] = [choice_id(questionnaire, 2, 2)]
    first = client.post(taker.url, final)
    assert first.status_code == 200 and "High risk" in first.text
    replay = client.post(taker.url, final)
    assert replay.status_code == 200 and "High risk" in replay.text
    # The replay guard is in the database: one completion, one nonce.
    assert DailyCompletions.objects.get().count == 1
    assert CompletionNonce.objects.count() == 1


def test_one_warning_without_visitor_data(client, cache_down, ask, caplog):
    caplog.set_level(logging.WARNING)
    ask()
    ask()
    client.post("/lt/paieska/", {"q": "slaptas-zodis"})
    warnings = [r for r in caplog.records if r.name == "core.cache"]
    assert len(warnings) == 1
    assert "Norvegij" not in caplog.text and "slaptas" not in caplog.text
    assert "127.0.0.1" not in caplog.text and "rl:" not in caplog.text


def test_healthz_notes_the_cache_down_and_stays_200(client, db, cache_down):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.text == "database: ok\ncache: down\n"


def test_consultants_are_told_after_commit(ask, cache_down, django_capture_on_commit_callbacks):
    consultant = User.objects.create_user("c", email="c@example.org", is_staff=True)
    consultant.groups.add(Group.objects.get(name="Consultants"))
    with django_capture_on_commit_callbacks(execute=True):
        response, code = ask()
    assert code and len(mail.outbox) == 1


def test_a_real_redis_client_on_a_closed_port_degrades(settings):
    """Django's Redis cache, with the settings' timeouts, pointed at a port
    where nothing listens: every call answers as an empty cache."""
    from tests.outage.servers import free_port

    options = {"socket_connect_timeout": 0.3, "socket_timeout": 0.5}
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
            "OPTIONS": options,
        }
    }
    from core import cache as safe

    assert safe.safe_add("k", 1, timeout=5) is None
    assert safe.safe_get("k", "default") == "default"
    assert safe.available() is False


def test_redis_is_configured_to_give_up_quickly():
    import ast
    import subprocess
    import sys

    from tests.awareness.test_settings import ROOT, clean_environ

    code = "import config.settings as s; print(s.CACHES['default']['OPTIONS'])"
    env = clean_environ() | {"DJANGO_DEBUG": "true", "REDIS_URL": "redis://127.0.0.1:6379/0"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    options = ast.literal_eval(result.stdout)
    assert 0 < options["socket_connect_timeout"] <= 0.5 and 0 < options["socket_timeout"] <= 1
