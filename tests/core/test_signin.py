"""Staff sign-in: the second step (django-otp) and the second step's set-up,
recovery codes and reset (core.signin)."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from consultations.models import Consultation
from tests.signin import confirmed_device, sign_in_verified, totp_code

PASSWORD = "a-long-password-2026"
WRONG_CODE_LT = "Šis kodas netinka"


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Many sign-ins here: a fast hasher (the real one is slow by design)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def consultation(client, db) -> Consultation:
    client.post(
        "/lt/konsultacija/",
        {"topic": "job-offer", "question": "Ar saugu važiuoti?", "language": "lt"},
    )
    return Consultation.objects.get()


def member(group: str) -> User:
    user = User.objects.create_user(group.lower(), password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


def logged_in(user) -> Client:
    """Past the password only, as after Django's admin login form."""
    client = Client()
    client.force_login(user)
    return client


def change_url(consultation) -> str:
    return f"/lt/admin/consultations/consultation/{consultation.pk}/change/"


def allow_next_try(device) -> None:
    """django-otp makes the next try wait after a wrong code: let that time pass
    (ten minutes: more than the wait after a few wrong codes, less than the cap
    after which the count starts again)."""
    type(device).objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - timedelta(minutes=10)
    )


def test_a_consultant_without_a_device_is_taken_to_set_up(consultation):
    client = logged_in(member("Consultants"))
    for url in (change_url(consultation), "/lt/admin/", "/lt/admin/password_change/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/lt/admin/two-step/?next=")
    assert "Ar saugu" not in client.get(change_url(consultation), follow=True).text


def test_setting_up_shows_a_server_drawn_qr_code_and_the_key_then_recovery_codes(consultation):
    user = member("Consultants")
    client = logged_in(user)
    page = client.get(f"/lt/admin/two-step/?next={change_url(consultation)}")
    assert page.status_code == 200
    html = page.text
    assert '<svg role="img"' in html and "<path" in html
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    secret = page.context["secret"]
    assert secret.replace(" ", "") in html.replace(" ", "") and len(secret.replace(" ", "")) == 32
    policy = page["Content-Security-Policy"]
    assert "'nonce-" in policy and "'unsafe-" not in policy
    assert "style=" not in html.split("<svg", 1)[1].split("</svg>")[0]
    # Reloading keeps the same key (the app may already hold it).
    assert client.get("/lt/admin/two-step/").context["secret"] == secret

    wrong = client.post("/lt/admin/two-step/", {"code": "000000"})
    assert WRONG_CODE_LT in wrong.text
    assert not TOTPDevice.objects.get(pk=device.pk).confirmed
    allow_next_try(device)

    done = client.post(
        "/lt/admin/two-step/", {"code": totp_code(device), "next": change_url(consultation)}
    )
    assert done.status_code == 200
    codes = done.context["codes"]
    assert len(codes) == 10 and len(set(codes)) == 10
    assert all(code in done.text for code in codes)
    assert "popieriuje" in done.text  # keep them on paper, offline
    assert TOTPDevice.objects.get(pk=device.pk).confirmed
    assert StaticToken.objects.filter(device__user=user).count() == 10
    assert client.get(change_url(consultation)).status_code == 200
    # Shown once: the page now says it is on, without the codes.
    status = client.get("/lt/admin/two-step/")
    assert status.status_code == 200 and "two-step-qr" not in status.text
    assert not any(code in status.text for code in codes), status.text


def test_a_consultant_with_a_device_must_type_a_code_at_every_sign_in(consultation):
    user = member("Consultants")
    device = confirmed_device(user)
    client = logged_in(user)
    response = client.get(change_url(consultation))
    assert response.status_code == 302
    assert response["Location"].startswith("/lt/admin/two-step/verify/?next=")
    # The set-up page cannot be used to skip the code or to see new codes.
    assert client.get("/lt/admin/two-step/").status_code == 302
    assert client.post("/lt/admin/two-step/", {"new_codes": "1"}).status_code == 302

    wrong = client.post("/lt/admin/two-step/verify/", {"code": "123456"})
    assert wrong.status_code == 200 and WRONG_CODE_LT in wrong.text
    assert client.get(change_url(consultation)).status_code == 302
    allow_next_try(device)

    right = client.post(
        "/lt/admin/two-step/verify/",
        {"code": totp_code(device), "next": change_url(consultation)},
    )
    assert right.status_code == 302 and right["Location"] == change_url(consultation)
    assert "Ar saugu" in client.get(change_url(consultation)).text


def test_the_second_step_never_sends_anyone_to_another_site(db):
    user = member("Consultants")
    device = confirmed_device(user)
    client = logged_in(user)
    response = client.post(
        "/lt/admin/two-step/verify/", {"code": totp_code(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/lt/admin/"


def test_a_used_app_code_cannot_be_replayed(db):
    user = member("Consultants")
    device = confirmed_device(user)
    code = totp_code(device)
    assert logged_in(user).post("/lt/admin/two-step/verify/", {"code": code}).status_code == 302
    again = logged_in(user).post("/lt/admin/two-step/verify/", {"code": code})
    assert again.status_code == 200 and WRONG_CODE_LT in again.text


def test_a_recovery_code_works_once_only(db):
    user = member("Consultants")
    confirmed_device(user)
    static = StaticDevice.objects.create(user=user, name="Recovery codes")
    static.token_set.create(token="abcd2345")
    first = logged_in(user).post("/lt/admin/two-step/verify/", {"code": "ABCD-2345"})
    assert first.status_code == 302 and first["Location"] == "/lt/admin/"
    allow_next_try(static)
    second = logged_in(user).post("/lt/admin/two-step/verify/", {"code": "abcd2345"})
    assert second.status_code == 200 and WRONG_CODE_LT in second.text


def test_repeated_wrong_codes_pause_the_second_step(db):
    user = member("Consultants")
    device = confirmed_device(user)
    client = logged_in(user)
    for _attempt in range(5):
        allow_next_try(device)
        client.post("/lt/admin/two-step/verify/", {"code": "000000"})
    device.refresh_from_db()
    assert device.throttling_failure_count == 5
    # Even the right code is refused now, with a translated message.
    paused = client.post("/en/admin/two-step/verify/", {"code": totp_code(device)})
    assert paused.status_code == 200 and "Too many wrong codes. Please wait" in paused.text
    paused_lt = client.post("/lt/admin/two-step/verify/", {"code": totp_code(device)})
    assert "Per daug neteisingų kodų" in paused_lt.text
    assert client.get("/lt/admin/").status_code == 302
    allow_next_try(device)
    assert client.post("/lt/admin/two-step/verify/", {"code": totp_code(device)}).status_code == 302
    assert client.get("/lt/admin/").status_code == 200


def test_reset_two_factor_removes_the_devices(db, capsys):
    user = member("Consultants")
    confirmed_device(user)
    StaticDevice.objects.create(user=user, name="Recovery codes").token_set.create(token="x")
    call_command("reset_two_factor", "consultants")
    assert "Deleted 2 two-step sign-in device(s) of consultants" in capsys.readouterr().out
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert not StaticDevice.objects.filter(user=user).exists()
    response = logged_in(user).get("/lt/admin/")
    assert response["Location"].startswith("/lt/admin/two-step/?next=")
    with pytest.raises(CommandError):
        call_command("reset_two_factor", "nobody")


def test_superusers_reset_a_device_from_the_users_list(admin_client, admin_user):
    user = member("Consultants")
    confirmed_device(user)
    response = admin_client.post(
        "/en/admin/auth/user/",
        {"action": "reset_two_step", "_selected_action": [user.pk]},
        follow=True,
    )
    assert "Two-step sign-in was reset for 1 user." in response.text
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert TOTPDevice.objects.filter(user=admin_user).exists()


def test_only_superusers_get_the_reset_action(db):
    manager = User.objects.create_user("manager", password=PASSWORD, is_staff=True)
    manager.user_permissions.add(*Permission.objects.filter(codename__endswith="_user"))
    client = Client()
    sign_in_verified(client, manager)
    html = client.get("/en/admin/auth/user/").text
    assert "reset_two_step" not in html


def test_an_editor_who_cannot_publish_signs_in_without_a_second_step_until_turning_it_on(db):
    editor = User.objects.create_user("editor", password=PASSWORD, is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="change_page"))
    client = logged_in(editor)
    index = client.get("/lt/admin/")
    assert index.status_code == 200
    assert 'href="/lt/admin/two-step/"' in index.text  # offered in the user tools
    setup = client.get("/lt/admin/two-step/")
    assert setup.status_code == 200 and "<svg" in setup.text
    device = TOTPDevice.objects.get(user=editor)
    assert client.post("/lt/admin/two-step/", {"code": totp_code(device)}).status_code == 200
    # From now on it is required at every sign-in.
    response = logged_in(editor).get("/lt/admin/awareness/page/")
    assert response["Location"].startswith("/lt/admin/two-step/verify/")


def test_publishing_stories_requires_the_second_step(db):
    editor = member("Content editors")
    assert editor.has_perm("stories.change_story")
    assert logged_in(editor).get("/lt/admin/")["Location"].startswith("/lt/admin/two-step/")
    superuser = User.objects.create_superuser("root", password=PASSWORD)
    assert logged_in(superuser).get("/lt/admin/")["Location"].startswith("/lt/admin/two-step/")


def test_half_signed_in_staff_see_the_public_site_as_a_visitor(make_page):
    make_page(slug_lt="juodrastis", status="draft")
    editor = member("Content editors")
    assert logged_in(editor).get("/lt/juodrastis/").status_code == 404
    client = Client()
    sign_in_verified(client, editor)
    assert client.get("/lt/juodrastis/").status_code == 200


def test_the_wait_after_wrong_codes_is_capped_at_the_cool_off(db, settings):
    """Someone who knows the password cannot keep the staff member out for days."""
    user = member("Consultants")
    device = confirmed_device(user)
    client = logged_in(user)
    # Twenty wrong codes: django-otp alone would make the next try wait six days.
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_count=20, throttling_failure_timestamp=timezone.now()
    )
    refused = client.post("/en/admin/two-step/verify/", {"code": totp_code(device)})
    assert "Too many wrong codes" in refused.text
    assert client.get("/lt/admin/").status_code == 302
    a_cool_off_ago = timezone.now() - timedelta(minutes=settings.LOGIN_COOLOFF_MINUTES, seconds=1)
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=a_cool_off_ago)
    signed = client.post("/lt/admin/two-step/verify/", {"code": totp_code(device)})
    assert signed.status_code == 302
    assert client.get("/lt/admin/").status_code == 200


def test_another_session_never_sees_the_key_being_set_up(db):
    """Someone else who knows the password opens the set-up page too: they are
    shown another key, which the staff member's app never holds."""
    user = member("Consultants")
    staff, intruder = logged_in(user), logged_in(user)
    first = staff.get("/lt/admin/two-step/")
    again = staff.get("/lt/admin/two-step/")
    other = intruder.get("/lt/admin/two-step/")
    keys = [page.context["secret"] for page in (first, again, other)]
    assert keys[0] == keys[1] != keys[2]
    device = TOTPDevice.objects.get(user=user, pk=staff.session["two_step_setup_device"])
    assert staff.post("/lt/admin/two-step/", {"code": totp_code(device)}).status_code == 200
    device.refresh_from_db()
    assert device.confirmed
    # The intruder's unconfirmed key is gone: only the staff member's app works.
    assert list(TOTPDevice.objects.filter(user=user)) == [device]


@pytest.mark.parametrize(
    "permission",
    [
        "consultations.change_consultation",
        "auth.change_user",
        "auth.change_group",
        "stories.add_story",
    ],
)
def test_every_right_to_read_consultations_or_grant_rights_needs_the_second_step(db, permission):
    app_label, codename = permission.split(".")
    user = User.objects.create_user("someone", password=PASSWORD, is_staff=True)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
    )
    response = logged_in(user).get("/lt/admin/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/lt/admin/two-step/")
