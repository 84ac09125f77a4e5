"""Rate limits, CSRF, who may read consultations, and deleting old ones."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from consultations.models import Consultation, ConsultationStatus, Message
from tests.signin import sign_in_verified


def test_asking_is_rate_limited_with_a_clear_message(ask, settings):
    settings.CONSULTATION_RATES = {"ask": "3/h", "lookup": "20/h"}
    codes = [ask()[1] for _ in range(3)]
    assert all(codes)
    response, code = ask()
    assert code is None and response.status_code == 429
    assert "Per trumpą laiką išsiuntėte kelias formas" in response.text
    assert Consultation.objects.count() == 3


def test_code_lookups_are_rate_limited(client, db, settings):
    settings.CONSULTATION_RATES = {"ask": "5/h", "lookup": "4/h"}
    for _ in range(4):
        assert client.post("/en/consultation/answer/", {"code": "AAAA"}).status_code == 200
    response = client.post("/en/consultation/answer/", {"code": "AAAA"})
    assert response.status_code == 429 and "several forms in a short time" in response.text


def test_limits_are_per_client_and_kept_out_of_the_database(ask, client, settings):
    settings.CONSULTATION_RATES = {"ask": "1/h", "lookup": "20/h"}
    assert ask()[1]
    other = Client(REMOTE_ADDR="10.9.8.7")
    response = other.post(
        "/lt/konsultacija/", {"topic": "other", "question": "Klausimas", "language": "lt"}
    )
    assert "Jūsų kodas" in response.text
    stored = str(list(Consultation.objects.values())) + str(list(Message.objects.values()))
    assert "127.0.0.1" not in stored and "10.9.8.7" not in stored


def test_csrf_protects_the_form(db):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/lt/konsultacija/", {"topic": "other", "question": "x", "language": "lt"}
    )
    assert response.status_code == 403 and "Formos išsiųsti nepavyko" in response.text
    assert Consultation.objects.count() == 0


def test_the_form_page_sets_only_a_session_csrf_cookie(client, db):
    response = client.get("/lt/konsultacija/")
    cookie = response.cookies["csrftoken"]
    assert cookie["max-age"] == "" and cookie["expires"] == ""


def staff_client(group: str) -> Client:
    user = User.objects.create_user(group, password="x-long-password", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    sign_in_verified(client, user)
    client.user = user
    return client


def test_content_editors_cannot_open_consultations(ask):
    ask()
    editor = staff_client("Content editors")
    pk = Consultation.objects.get().pk
    assert editor.get("/lt/admin/consultations/consultation/").status_code == 403
    assert editor.get(f"/lt/admin/consultations/consultation/{pk}/change/").status_code == 403


def test_consultant_answers_in_the_admin(ask):
    ask()
    consultant = staff_client("Consultants")
    consultation = Consultation.objects.get()
    url = f"/lt/admin/consultations/consultation/{consultation.pk}/change/"
    assert "Norvegijoje" in consultant.get(url).text
    response = consultant.post(
        url,
        {
            "status": "new",
            "assigned_to": "",
            "messages-TOTAL_FORMS": "2",
            "messages-INITIAL_FORMS": "1",
            "messages-MIN_NUM_FORMS": "0",
            "messages-MAX_NUM_FORMS": "1000",
            "messages-0-id": consultation.messages.get().pk,
            "messages-0-consultation": consultation.pk,
            "messages-1-text": "Nemokėkite. Paskambinkite 8 800 91119.",
            "messages-1-consultation": consultation.pk,
        },
    )
    assert response.status_code == 302
    consultation.refresh_from_db()
    answer = consultation.messages.last()
    assert answer.author == "staff" and answer.staff_user == consultant.user
    assert (
        consultation.status == ConsultationStatus.ANSWERED
        and consultation.assigned_to == consultant.user
    )


def make(status: str, closed_days_ago: int | None) -> Consultation:
    consultation = Consultation.objects.create(
        code_hash=f"{status}{closed_days_ago}", topic="other", language="lt", status=status
    )
    Message.objects.create(consultation=consultation, author="visitor", text="t")
    if closed_days_ago is not None:
        Consultation.objects.filter(pk=consultation.pk).update(
            closed_at=timezone.now() - timedelta(days=closed_days_ago)
        )
    return consultation


def test_purge_deletes_old_closed_consultations_only(db, settings, capsys):
    settings.CONSULTATION_RETENTION_DAYS = 30
    old = make(ConsultationStatus.CLOSED, 40)
    recent = make(ConsultationStatus.CLOSED, 10)
    answered = make(ConsultationStatus.ANSWERED, None)
    new = make(ConsultationStatus.NEW, None)
    call_command("purge_consultations", "--dry-run")
    assert "Would delete 1 consultation(s) and 1 message(s)" in capsys.readouterr().out
    assert Consultation.objects.count() == 4
    call_command("purge_consultations")
    assert set(Consultation.objects.values_list("pk", flat=True)) == {
        recent.pk,
        answered.pk,
        new.pk,
    }
    assert not Message.objects.filter(consultation_id=old.pk).exists()


def test_closing_records_the_time_and_reopening_clears_it(db):
    consultation = make(ConsultationStatus.NEW, None)
    consultation.status = ConsultationStatus.CLOSED
    consultation.save()
    assert consultation.closed_at is not None
    consultation.status = ConsultationStatus.NEW
    consultation.save()
    assert consultation.closed_at is None


@pytest.mark.parametrize("url", ["/lt/konsultacija/", "/en/consultation/answer/"])
def test_pages_in_both_languages(client, db, url):
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("messages", [1, 50])
def test_reading_a_thread_runs_the_same_queries(ask, client, django_assert_num_queries, messages):
    _response, code = ask()
    consultation = Consultation.objects.get()
    Message.objects.bulk_create(
        Message(consultation=consultation, text=f"m{n}") for n in range(messages - 1)
    )
    with django_assert_num_queries(4):  # consultation, messages, menu, hotlines
        client.post("/lt/konsultacija/atsakymas/", {"code": code})


@pytest.mark.parametrize("header", [None, "garbage", "1.2.3.4, 5.6.7.8", ""])
def test_a_bad_proxy_header_never_breaks_the_form(client, db, settings, header):
    settings.CLIENT_IP_META_KEY = "HTTP_X_REAL_IP"
    headers = {} if header is None else {"x-real-ip": header}
    response = client.post(
        "/lt/konsultacija/",
        {"topic": "other", "question": "Klausimas", "language": "lt"},
        headers=headers,
    )
    assert response.status_code == 200 and "Jūsų kodas" in response.text


def test_a_rate_limited_reply_comes_back_so_nothing_typed_is_lost(ask, client, settings):
    _response, code = ask()
    settings.CONSULTATION_RATES = {"ask": "5/h", "lookup": "1/h"}
    client.post("/en/consultation/answer/", {"code": code})
    reply = "Thank you. One more question about my passport."
    response = client.post("/en/consultation/reply/", {"code": code, "text": reply})
    assert response.status_code == 429
    assert "Your message was not sent" in response.text
    assert f"readonly>{reply}</textarea>" in response.text
    assert f'value="{code}"' in response.text
    assert Message.objects.count() == 1


def test_forms_sent_back_for_correction_do_not_use_up_the_limit(ask, client, settings):
    settings.CONSULTATION_RATES = {"ask": "1/h", "lookup": "20/h"}
    for _ in range(3):
        response = client.post("/lt/konsultacija/", {"topic": "job-offer", "question": ""})
        assert response.status_code == 200
    assert ask()[1]  # the first real question still goes through
    assert ask()[0].status_code == 429
