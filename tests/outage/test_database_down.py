"""With the database down: a translated 503 with Retry-After and the hotlines,
and a form sent in that moment comes back with everything typed.

Every query fails through ``connection.execute_wrapper`` as it does with the
server stopped; test_live_outage.py stops a real PostgreSQL.
"""

from contextlib import contextmanager

import pytest
from django.db import OperationalError, connection
from django.test import Client
from django.utils.html import escape

from consultations.models import Consultation, Message
from quiz.models import DailyCompletions
from tests.consultations.conftest import QUESTION
from tests.quiz.conftest import choice_id, state_of

TYPED = 'Ar saugu važiuoti į Norvegiją? <b>Alga</b> & "butas" – ačiū'


@contextmanager
def database_down(only: str = ""):
    """Every query (or those containing ``only``) fails as with the server gone."""

    def fail(execute, sql, params, many, context):
        if only in sql:
            raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(fail):
        yield


PAGES = {
    "lt": [
        "/lt/",
        "/lt/pagalba/",
        "/lt/istorijos/",
        "/lt/istorijos/kazkas/",
        "/lt/rizikos-testas/",
        "/lt/konsultacija/",
        "/lt/paieska/?q=pagalba",
        "/lt/naujienos/",
        "/lt/apie/",
    ],
    "en": [
        "/en/",
        "/en/help/",
        "/en/stories/",
        "/en/risk-test/",
        "/en/consultation/",
        "/en/search/?q=help",
        "/en/news/",
    ],
}
SAYS = {"lt": "Pabandykite dar kartą po kelių minučių", "en": "Please try again in a few minutes"}


@pytest.mark.parametrize("language", ["lt", "en"])
def test_every_page_answers_a_translated_503(client, db, language):
    client.raise_request_exception = False
    with database_down():
        for path in PAGES[language]:
            response = client.get(path)
            assert response.status_code == 503, path
            assert response["Retry-After"] == "30"
            assert f'<html lang="{language}">' in response.text, path
            assert 'href="tel:+37080091119"' in response.text and 'href="tel:112"' in response.text
            assert SAYS[language] in response.text, path
            assert "Traceback" not in response.text and "Connection refused" not in response.text
            assert "no-store" in response["Cache-Control"]


def test_healthz_names_the_database(client, db):
    with database_down():
        response = client.get("/healthz")
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert response.text == "database: down\ncache: ok\n"


def test_a_question_comes_back_whole_and_the_token_still_works(db):
    client = Client(enforce_csrf_checks=True)
    form_page = client.get("/lt/konsultacija/")
    token = client.cookies["csrftoken"].value
    assert form_page.status_code == 200
    data = {
        "csrfmiddlewaretoken": token,
        "topic": "job-offer",
        "question": TYPED,
        "language": "uk",
        "contact": "mano@pastas.lt",
        "website": "",
    }
    headers = {"origin": "http://testserver"}
    with database_down():
        response = client.post("/lt/konsultacija/", data, headers=headers)
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert escape(TYPED) in response.text
    assert "<b>Alga</b>" not in response.text
    assert 'value="job-offer" required id="id_topic_0" checked>' in response.text
    assert '<option value="uk" selected lang="uk">' in response.text
    assert 'value="mano@pastas.lt"' in response.text
    assert "nieko nebuvo išsiųsta" in response.text
    assert 'name="csrfmiddlewaretoken"' in response.text
    assert Consultation.objects.count() == 0
    # The database is back: the same form, sent again, is stored.
    again = client.post("/lt/konsultacija/", data, headers=headers)
    assert again.status_code == 200
    assert Message.objects.get().text == TYPED


def test_half_a_question_is_never_saved(client, db):
    client.raise_request_exception = False
    data = {"topic": "job-offer", "question": TYPED, "language": "lt", "contact": "", "website": ""}
    with database_down(only='INSERT INTO "consultations_message"'):
        response = client.post("/lt/konsultacija/", data)
    assert response.status_code == 503
    assert escape(TYPED) in response.text
    assert Consultation.objects.count() == 0


def test_a_reply_and_a_look_up_come_back(client, ask):
    _response, code = ask()
    with database_down():
        reply = client.post("/lt/konsultacija/atsakyti/", {"code": code, "text": TYPED})
        lookup = client.post("/en/consultation/answer/", {"code": code})
    assert reply.status_code == lookup.status_code == 503
    assert escape(TYPED) in reply.text and f'value="{code}"' in reply.text
    assert f'value="{code}"' in lookup.text and 'lang="en"' in lookup.text
    assert Message.objects.count() == 1  # only the question
    assert QUESTION in client.post("/lt/konsultacija/atsakymas/", {"code": code}).text


def test_a_search_comes_back_with_its_words(client, db):
    with database_down():
        response = client.post("/lt/paieska/", {"q": "išnaudojimas <darbe>"})
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert 'value="išnaudojimas &lt;darbe&gt;"' in response.text


def test_a_risk_test_step_can_be_sent_again(client, taker, questionnaire):
    taker.start()
    taker.answer(choice_id(questionnaire, 0, 1))
    taker.answer(choice_id(questionnaire, 1, 1))
    state = state_of(taker.response)
    last = choice_id(questionnaire, 2, 2)
    with database_down():
        response = client.post(taker.url, {"state": state, "action": "next", "answer": [last]})
    assert response.status_code == 503
    assert f'name="state" value="{state}"' in response.text
    assert f'name="answer" value="{last}"' in response.text
    assert DailyCompletions.objects.count() == 0
    # Sent again once the database is back: the result, counted.
    result = client.post(taker.url, {"state": state, "action": "next", "answer": [last]})
    assert result.status_code == 200 and "High risk" in result.text
    assert DailyCompletions.objects.get().count == 1


def test_the_notice_runs_after_the_commit_and_never_fails_the_question(
    ask, django_capture_on_commit_callbacks, caplog
):
    # The database goes away just after the question is committed: the notice's
    # query (the consultants) fails, the visitor still gets the code.
    with (
        database_down(only='FROM "auth_user"'),
        django_capture_on_commit_callbacks(execute=True) as callbacks,
    ):
        response, code = ask()
    assert len(callbacks) == 1
    assert response.status_code == 200 and code
    assert Consultation.objects.count() == 1
    assert "Could not read the consultants" in caplog.text
