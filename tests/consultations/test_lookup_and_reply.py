"""The "read the answer" address: the look-up view (code only) and the reply view
(code and message). Whatever refuses a reply, the visitor gets the message back."""

import pytest

from consultations.models import Consultation, ConsultationStatus, Message

ANSWER = "/en/consultation/answer/"
REPLY_URL = "/en/consultation/reply/"
REPLY = "Thank you. One more question about my passport."


def unsent_shown(response, text: str = REPLY) -> bool:
    return "Your message was not sent" in response.text and f"readonly>{text}</textarea>" in (
        response.text
    )


def test_a_look_up_shows_the_thread_with_a_reply_form_carrying_the_code(ask, client):
    _response, code = ask()
    response = client.post(ANSWER, {"code": code})
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    assert "Man pasiūlė darbą Norvegijoje" in response.text
    assert f'<input type="hidden" name="code" value="{code}">' in response.text
    assert 'name="text"' in response.text


def test_a_look_up_without_a_code_asks_for_it(client, db):
    response = client.post(ANSWER, {"code": ""})
    assert response.status_code == 200 and "Please type your reference code." in response.text


def test_a_look_up_of_an_unknown_code_is_not_found(client, db):
    response = client.post(ANSWER, {"code": "WXYZ-WXYZ-WXYZ-WXYZ"})
    assert response.status_code == 200
    assert "We found no consultation with this code" in response.text
    assert "WXYZ-WXYZ-WXYZ-WXYZ" not in response.text  # the form starts empty again


def test_a_rate_limited_look_up_keeps_the_typed_code(client, db, settings):
    settings.CONSULTATION_RATES = {"ask": "5/h", "lookup": "1/h"}
    client.post(ANSWER, {"code": "ABCD"})
    response = client.post(ANSWER, {"code": "WXYZ-2345"})
    assert response.status_code == 429 and 'value="WXYZ-2345"' in response.text
    assert "no-store" in response["Cache-Control"]


def test_a_reply_is_stored_reopens_the_consultation_and_clears_the_form(ask, client):
    _response, code = ask()
    Consultation.objects.update(status=ConsultationStatus.ANSWERED)
    response = client.post(REPLY_URL, {"code": code, "text": REPLY})
    assert response.status_code == 200 and "Your message was sent." in response.text
    assert Message.objects.filter(text=REPLY, author=Message.Author.VISITOR).exists()
    assert Consultation.objects.get().status == ConsultationStatus.NEW
    assert f"{REPLY}</textarea>" not in response.text  # the form is empty again
    assert f'name="code" value="{code}"' in response.text


def test_replies_count_against_the_look_up_limit(ask, client, settings):
    _response, code = ask()
    settings.CONSULTATION_RATES = {"ask": "5/h", "lookup": "2/h"}
    assert client.post(REPLY_URL, {"code": code, "text": "one"}).status_code == 200
    assert client.post(ANSWER, {"code": code}).status_code == 200
    response = client.post(REPLY_URL, {"code": code, "text": REPLY})
    assert response.status_code == 429 and unsent_shown(response)
    assert Message.objects.count() == 2


def test_a_reply_to_an_unknown_code_is_not_found_and_gives_the_message_back(client, db):
    response = client.post(REPLY_URL, {"code": "ABCD-EFGH-JKMN-PQRS", "text": REPLY})
    assert "We found no consultation with this code" in response.text
    assert unsent_shown(response)
    assert Message.objects.count() == 0


def test_a_reply_without_its_code_gives_the_message_back(client, db):
    response = client.post(REPLY_URL, {"code": "", "text": REPLY})
    assert "Please type your reference code." in response.text and unsent_shown(response)


def test_a_reply_to_a_closed_consultation_gives_the_message_back(ask, client):
    _response, code = ask()
    Consultation.objects.update(status=ConsultationStatus.CLOSED)
    response = client.post(REPLY_URL, {"code": code, "text": REPLY})
    assert "This consultation is closed" in response.text and unsent_shown(response)
    assert 'name="text"' not in response.text
    assert Message.objects.count() == 1


@pytest.mark.parametrize(
    ("text", "error"),
    [("", "Please write your question."), ("x" * 4001, "Please keep it under 4000 characters")],
)
def test_a_reply_sent_back_for_correction_keeps_what_was_typed(ask, client, text, error):
    _response, code = ask()
    response = client.post(REPLY_URL, {"code": code, "text": text})
    assert response.status_code == 200 and error in response.text
    assert f"\n{text}</textarea>" in response.text
    assert Message.objects.count() == 1


def test_a_reply_sent_to_the_look_up_address_is_still_stored(ask, client):
    # A thread page opened before replies had their own address posts here.
    _response, code = ask()
    response = client.post(ANSWER, {"code": code, "text": REPLY})
    assert response.status_code == 200
    assert Message.objects.filter(text=REPLY).count() == 1


def test_the_reply_address_opened_as_a_page_leads_to_the_look_up(client, db):
    response = client.get("/lt/konsultacija/atsakyti/")
    assert response.status_code == 302
    assert response["Location"] == "/lt/konsultacija/atsakymas/"
