"""Staff sessions: they end after a while without a request, and a password
change ends every other session of that user (the current one stays)."""

from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from tests.signin import sign_in_verified

NEW_PASSWORD = "another-long-password-77"


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def test_staff_sessions_end_after_the_idle_time(admin_client, settings):
    assert settings.SESSION_COOKIE_AGE == settings.STAFF_IDLE_MINUTES * 60 == 30 * 60
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
    response = admin_client.get("/en/admin/")
    assert response.status_code == 200
    # A browser-session cookie: nothing kept on the device after it closes.
    assert response.cookies["sessionid"]["max-age"] == ""
    session = Session.objects.get()
    left = session.expire_date - timezone.now()
    assert timedelta(minutes=29) < left <= timedelta(minutes=30)
    # Each request starts the idle time again...
    Session.objects.update(expire_date=timezone.now() + timedelta(minutes=1))
    assert admin_client.get("/en/admin/").status_code == 200
    assert Session.objects.get().expire_date - timezone.now() > timedelta(minutes=29)
    # ...and after it has passed the staff member signs in again.
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    response = admin_client.get("/en/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/en/admin/login/")


def test_a_password_change_ends_the_other_sessions_and_keeps_this_one(admin_user):
    here, elsewhere = Client(), Client()
    sign_in_verified(here, admin_user)
    sign_in_verified(elsewhere, admin_user)
    assert elsewhere.get("/en/admin/").status_code == 200
    response = here.post(
        "/en/admin/password_change/",
        {
            "old_password": "password",
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
        },
    )
    assert response.status_code == 302 and response["Location"].endswith("/password_change/done/")
    # The session that changed it stays signed in, past the second step too.
    assert here.get("/en/admin/").status_code == 200
    response = elsewhere.get("/en/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/en/admin/login/")
    assert "_auth_user_id" not in elsewhere.session
