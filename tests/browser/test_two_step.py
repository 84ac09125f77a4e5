"""A consultant's first sign-in: the password, then setting up the second step
from the QR page (typing the key shown, as an app would), the recovery codes,
and the admin; every page passes axe. In Lithuanian and in English."""

import base64
import time

import pytest
from django.contrib.auth.models import Permission, User
from django_otp.oath import TOTP
from playwright.sync_api import expect

from tests.browser.helpers import LANGS, axe_check

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("lang", LANGS)]

PASSWORD = "konsultante-ilgas-2026"
SET_UP = {"lt": "Dviejų žingsnių prisijungimo nustatymas", "en": "Set up two-step sign-in"}
CONTINUE = {"lt": "Kodus išsisaugojau – tęsti", "en": "I have kept them: continue"}


def code_for(key_text: str) -> str:
    """The six digits an authenticator app shows for the key typed by hand."""
    key = base64.b32decode(key_text.replace(" ", ""))
    generator = TOTP(key)
    generator.time = time.time()
    return f"{generator.token():06d}"


def test_a_consultant_sets_up_the_second_step_at_the_first_sign_in(open_page, site, lang):
    user = User.objects.create_user("konsultante", password=PASSWORD, is_staff=True)
    # As the Consultants group does (the live server's flushes remove the groups
    # the migrations made): reading consultations requires the second step.
    user.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="consultations", codename="view_consultation"
        )
    )
    page = open_page()
    page.goto(f"{site}/{lang}/admin/")
    page.locator("#id_username").fill("konsultante")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#login-form [type=submit]").click()
    page.wait_for_url("**/admin/two-step/?next=**")
    expect(page.locator("h1")).to_have_text(SET_UP[lang])
    # The QR code is drawn by the server, inline, and named for screen readers.
    expect(page.locator("#two-step-qr svg[role=img]")).to_be_visible()
    axe_check(page)
    page.locator("#id_code").fill(code_for(page.locator("#two-step-secret").inner_text()))
    page.locator("#two-step-form [type=submit]").click()
    codes = page.locator("#recovery-codes li")
    expect(codes).to_have_count(10)
    axe_check(page)
    page.get_by_role("link", name=CONTINUE[lang]).click()
    page.wait_for_url(f"{site}/{lang}/admin/")
    expect(page.locator("#content-main")).to_be_visible()
