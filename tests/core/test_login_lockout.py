"""Wrong passwords on the admin login (django-axes with core.signin.StaffLoginHandler):
per account and address, per address alone, a translated page, unlock, cool-off,
and no client address in a log line."""

import logging
from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessLog
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.db.models import F
from django.test import Client

from tests.signin import confirmed_device

PASSWORD = "a-long-password-2026"
OFFICE, ATTACKER = "198.51.100.7", "203.0.113.66"
PAUSED_LT = "Prisijungimas prie šios paskyros iš šio adreso sustabdytas iki"


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Many sign-ins here: a fast hasher (the real one is slow by design)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def staff(db) -> User:
    return User.objects.create_user("rasa", password=PASSWORD, is_staff=True)


def sign_in(username: str, password: str, address: str, client=None, language="lt", **headers):
    client = client or Client()
    response = client.post(
        f"/{language}/admin/login/",
        {"username": username, "password": password, "next": f"/{language}/admin/"},
        REMOTE_ADDR=address,
        **headers,
    )
    return client, response


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def fail(username: str, address: str, times: int, **headers) -> list[int]:
    return [sign_in(username, "wrong", address, **headers)[1].status_code for _ in range(times)]


def test_wrong_passwords_lock_the_account_from_that_address_only(staff, settings):
    assert settings.LOGIN_FAILURE_LIMIT == settings.AXES_FAILURE_LIMIT == 5
    assert fail("rasa", ATTACKER, 4) == [200] * 4
    _client, locked = sign_in("rasa", "wrong", ATTACKER)
    assert locked.status_code == 429
    assert PAUSED_LT in locked.text and "administratori" in locked.text
    assert "'nonce-" in locked["Content-Security-Policy"]
    # The right password is refused too, from that address.
    client, response = sign_in("rasa", PASSWORD, ATTACKER)
    assert response.status_code == 429 and not signed_in(client)
    # The staff member in their own office is not locked out.
    client, response = sign_in("rasa", PASSWORD, OFFICE)
    assert response.status_code == 302 and signed_in(client)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Signing in to this account from this address is paused until"),
        ("ru", "Вход в эту учётную запись с этого адреса приостановлен до"),
        ("uk", "Вхід до цього облікового запису з цієї адреси призупинено до"),
    ],
)
def test_the_lock_out_page_is_translated(staff, language, text):
    fail("rasa", ATTACKER, 4)
    _client, response = sign_in("rasa", "wrong", ATTACKER, language=language)
    assert response.status_code == 429 and text in response.text


def test_behind_a_proxy_the_client_address_comes_from_its_header(staff, settings):
    settings.CLIENT_IP_META_KEY = "HTTP_X_REAL_IP"
    proxy = "127.0.0.1"
    fail("rasa", proxy, 5, HTTP_X_REAL_IP=ATTACKER)
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}
    client, response = sign_in("rasa", PASSWORD, proxy, HTTP_X_REAL_IP=OFFICE)
    assert response.status_code == 302 and signed_in(client)


def test_one_address_guessing_many_accounts_is_stopped_at_the_higher_limit(staff, settings):
    settings.LOGIN_CLIENT_FAILURE_LIMIT = 8
    assert fail("rasa", ATTACKER, 4) == [200] * 4
    assert fail("jonas", ATTACKER, 3) == [200] * 3
    # The 8th failure from the address, on any account, pauses the address.
    assert fail("petras", ATTACKER, 1) == [429]
    paused = sign_in("rasa", PASSWORD, ATTACKER)[1]
    assert paused.status_code == 429
    assert "Prisijungimas iš šio adreso sustabdytas iki" in paused.text
    client, response = sign_in("rasa", PASSWORD, OFFICE)
    assert response.status_code == 302 and signed_in(client)


def test_the_lock_lifts_after_the_cool_off(staff, settings):
    assert timedelta(minutes=settings.LOGIN_COOLOFF_MINUTES) == settings.AXES_COOLOFF_TIME
    fail("rasa", ATTACKER, 5)
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=14))
    assert sign_in("rasa", PASSWORD, ATTACKER)[1].status_code == 429
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=2))
    client, response = sign_in("rasa", PASSWORD, ATTACKER)
    assert response.status_code == 302 and signed_in(client)
    # Old failures are deleted, not kept.
    assert not AccessAttempt.objects.exists()


def test_failures_while_locked_do_not_make_the_lock_longer(staff):
    fail("rasa", ATTACKER, 5)
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=10))
    fail("rasa", ATTACKER, 3)
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=6))
    assert sign_in("rasa", PASSWORD, ATTACKER)[1].status_code == 302


def test_an_administrator_unlocks_with_a_command(staff):
    fail("rasa", ATTACKER, 5)
    call_command("axes_reset_username", "rasa")
    client, response = sign_in("rasa", PASSWORD, ATTACKER)
    assert response.status_code == 302 and signed_in(client)


def test_an_administrator_unlocks_in_the_admin(staff, admin_client):
    fail("rasa", ATTACKER, 5)
    listing = admin_client.get("/lt/admin/axes/accessattempt/")
    assert listing.status_code == 200
    assert "Prisijungimo bandymai" in listing.text and "rasa" in listing.text
    assert "Prisijungimo apsauga" in admin_client.get("/lt/admin/").text
    attempt = AccessAttempt.objects.get(username="rasa")
    response = admin_client.post(
        "/lt/admin/axes/accessattempt/",
        {"action": "delete_selected", "_selected_action": [attempt.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert sign_in("rasa", PASSWORD, ATTACKER)[1].status_code == 302


def test_no_client_address_reaches_a_log_line_and_successes_are_not_recorded(staff, caplog):
    caplog.set_level(logging.DEBUG)
    fail("rasa", ATTACKER, 6, HTTP_USER_AGENT="Mozilla/5.0 Attacker")
    sign_in("rasa", PASSWORD, OFFICE)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "AXES" in logged  # django-axes did log, masked
    assert ATTACKER not in logged and OFFICE not in logged
    assert "rasa" not in logged and "Attacker" not in logged
    assert not AccessLog.objects.exists()


def test_the_second_step_follows_the_password(db):
    user = User.objects.create_user("konsultante", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Consultants"))
    confirmed_device(user)
    client, response = sign_in("konsultante", PASSWORD, OFFICE)
    assert response.status_code == 302 and response["Location"] == "/lt/admin/"
    assert client.get("/lt/admin/")["Location"].startswith("/lt/admin/two-step/verify/")


def test_signing_in_to_one_account_does_not_wipe_the_guesses_at_others(staff, settings):
    settings.LOGIN_CLIENT_FAILURE_LIMIT = 8
    User.objects.create_user("insider", password=PASSWORD, is_staff=True)
    fail("insider", ATTACKER, 1)
    fail("rasa", ATTACKER, 4)
    fail("jonas", ATTACKER, 2)
    assert sign_in("insider", PASSWORD, ATTACKER)[1].status_code == 302
    assert not AccessAttempt.objects.filter(username="insider").exists()
    assert AccessAttempt.objects.filter(ip_address=ATTACKER).count() == 2
    assert fail("petras", ATTACKER, 1) == [200]  # 7 failures counted from the address
    assert fail("petras", ATTACKER, 1) == [429]  # the 8th pauses it


def test_an_absurd_account_name_is_a_wrong_password_not_an_error(staff):
    """Over-long, with control characters: refused like any wrong password, and
    stored cut to a user name's length (PostgreSQL refuses longer, and NUL)."""
    for typed in ("Ж" * 1000, "rasa\x00\r\n" + "x" * 100):
        response = Client().post(
            "/lt/admin/login/", {"username": typed, "password": "wrong"}, REMOTE_ADDR=ATTACKER
        )
        assert response.status_code == 200 and "password" in response.context["form"].fields
    names = list(AccessAttempt.objects.values_list("username", flat=True))
    # The form itself refuses a NUL before any password is checked.
    assert names == ["Ж" * 150]
