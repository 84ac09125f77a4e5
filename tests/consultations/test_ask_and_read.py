"""Asking anonymously, reading the answer with the code, following up."""

import logging

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail

from consultations.codes import ALPHABET, code_hash, new_code, normalise
from consultations.models import Consultation, ConsultationStatus, Message
from tests.consultations.conftest import QUESTION


def test_code_is_long_random_and_easy_to_type():
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200
    code = codes.pop()
    assert len(code) == 19 and code.count("-") == 3
    assert set(code.replace("-", "")) <= set(ALPHABET)
    assert normalise(code.lower().replace("-", " ")) == code


def test_asking_shows_the_code_once_and_stores_only_its_hash(ask):
    response, code = ask()
    assert response.status_code == 200 and code
    consultation = Consultation.objects.get()
    assert consultation.code_hash == code_hash(code) != code
    assert code not in str(list(Consultation.objects.values()))
    assert consultation.messages.get().text == QUESTION
    assert "no-store" in response["Cache-Control"]


def test_the_code_is_never_in_a_url(ask, client):
    response, code = ask()
    assert code not in response.get("Location", "")
    read = client.post("/lt/konsultacija/atsakymas/", {"code": code})
    assert read.status_code == 200 and read.request["PATH_INFO"] == "/lt/konsultacija/atsakymas/"
    assert 'action="/lt/konsultacija/atsakyti/"' in read.text  # the reply form
    assert code not in read.text.split('name="code"')[0]  # only in the hidden field


def test_read_the_staff_answer_and_follow_up(ask, client):
    _response, code = ask()
    consultation = Consultation.objects.get()
    Message.objects.create(consultation=consultation, text="Niekada nemokėkite už darbą.")
    consultation.status = ConsultationStatus.ANSWERED
    consultation.save()
    html = client.post("/lt/konsultacija/atsakymas/", {"code": code.lower()}).text
    assert "Niekada nemokėkite už darbą." in html and "Atsakyta" in html
    html = client.post(
        "/lt/konsultacija/atsakyti/", {"code": code, "text": "Ačiū. O jei jau sumokėjau?"}
    ).text
    assert "Jūsų žinutė išsiųsta." in html and "O jei jau sumokėjau?" in html
    consultation.refresh_from_db()
    assert consultation.status == ConsultationStatus.NEW and consultation.messages.count() == 3


def test_wrong_and_unknown_codes_answer_alike(ask, client):
    _response, code = ask()
    wrong = code[:-1] + ("2" if code[-1] != "2" else "3")
    answers = [
        client.post("/lt/konsultacija/atsakymas/", {"code": c}) for c in (wrong, new_code(), "ABCD")
    ]
    texts = {r.text.replace("csrfmiddlewaretoken", "") for r in answers}
    assert {r.status_code for r in answers} == {200}
    assert all("Konsultacijos su tokiu kodu neradome" in r.text for r in answers)
    assert len({len(t) for t in texts}) <= 2  # same page; only the CSRF token differs


def test_closed_consultation_takes_no_follow_up(ask, client):
    _response, code = ask()
    Consultation.objects.update(status=ConsultationStatus.CLOSED)
    html = client.post("/lt/konsultacija/atsakyti/", {"code": code, "text": "Dar vienas"}).text
    assert "Ši konsultacija užbaigta" in html
    assert Message.objects.count() == 1


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("question", "", "Parašykite savo klausimą."),
        ("question", "x" * 4001, "ne ilgesnis nei 4000 ženklų"),
        ("topic", "nothing", "Nurodykite tinkamą reikšmę"),
        ("website", "http://spam.example", "Palikite šį lauką tuščią."),
    ],
)
def test_bad_input_gets_a_translated_message_and_nothing_is_saved(ask, field, value, message):
    response, code = ask(**{field: value})
    assert code is None and response.status_code == 200
    assert message in response.text
    assert Consultation.objects.count() == 0


def test_consultants_get_a_notice_without_the_question(ask, django_capture_on_commit_callbacks):
    consultant = User.objects.create_user("c", email="c@example.org", is_staff=True)
    consultant.groups.add(Group.objects.get(name="Consultants"))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        ask()
    # Sent once the question is committed, never before.
    assert len(callbacks) == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["c@example.org"]
    assert QUESTION not in mail.outbox[0].body and "Norvegij" not in mail.outbox[0].subject
    assert "/lt/admin/consultations/consultation/" in mail.outbox[0].body


def test_no_message_text_in_a_log_line(ask, client, caplog):
    caplog.set_level(logging.DEBUG)
    _response, code = ask()
    client.post("/lt/konsultacija/atsakyti/", {"code": code, "text": "Slapta žinutė 42"})
    client.post("/lt/konsultacija/atsakymas/", {"code": "WRONG-CODE"})
    logged = caplog.text
    assert "Norvegijoje" not in logged and "Slapta žinutė" not in logged and code not in logged


def test_a_failed_notice_loses_nothing(ask, monkeypatch, django_capture_on_commit_callbacks):
    consultant = User.objects.create_user("c", email="c@example.org", is_staff=True)
    consultant.groups.add(Group.objects.get(name="Consultants"))

    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr("consultations.notify.send_mail", refuse)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response, code = ask()
    assert len(callbacks) == 1  # the notice was tried, after the commit
    assert response.status_code == 200 and code
    assert Consultation.objects.get().messages.count() == 1
