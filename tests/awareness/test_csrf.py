"""CSRF protection still holds with Referrer-Policy: no-referrer.

Browsers then send "Origin: null" on same-origin posts; Sec-Fetch-Site tells
the real origin, and the token is still required.
"""

import pytest
from django.contrib.auth.models import User
from django.test import Client


@pytest.fixture
def login_page(db):
    User.objects.create_user("staff", password="a-long-password-1", is_staff=True)
    client = Client(enforce_csrf_checks=True)
    client.get("/lt/admin/login/")
    return client, client.cookies["csrftoken"].value


def post_login(client, token, **headers):
    return client.post(
        "/lt/admin/login/",
        {
            "username": "staff",
            "password": "a-long-password-1",
            "csrfmiddlewaretoken": token,
            "next": "/lt/admin/",
        },
        headers=headers,
    )


def test_same_origin_post_with_null_origin_is_accepted(login_page):
    client, token = login_page
    response = post_login(client, token, origin="null", sec_fetch_site="same-origin")
    assert response.status_code == 302 and response["Location"] == "/lt/admin/"


@pytest.mark.parametrize("site", ["cross-site", "same-site", "none"])
def test_null_origin_from_elsewhere_is_refused(login_page, site):
    client, token = login_page
    assert post_login(client, token, origin="null", sec_fetch_site=site).status_code == 403


def test_null_origin_without_fetch_metadata_is_refused(login_page):
    client, token = login_page
    assert post_login(client, token, origin="null").status_code == 403


def test_the_token_is_still_required(login_page):
    client, _token = login_page
    response = post_login(client, "wrong" * 8, origin="null", sec_fetch_site="same-origin")
    assert response.status_code == 403


def test_refusal_is_a_translated_page(login_page):
    client, _token = login_page
    response = post_login(client, "wrong" * 8, origin="null", sec_fetch_site="same-origin")
    assert "Formos išsiųsti nepavyko" in response.text
