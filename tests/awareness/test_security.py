"""Headers, cookies and outbound requests: what a visitor's browser receives."""

import re

import pytest
from django.conf import settings
from django.utils.csp import CSP

PUBLIC = ["/lt/", "/en/", "/lt/pagalba/", "/en/help/", "/lt/nera-tokio/"]


@pytest.fixture
def pages(make_page, hotline):
    make_page(slug_lt="apie", slug_en="about")


@pytest.mark.parametrize("url", PUBLIC + ["/lt/apie/", "/en/about/"])
def test_reader_gets_no_cookie(client, pages, url):
    response = client.get(url)
    assert response.cookies == {}
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("url", PUBLIC)
def test_security_headers(client, pages, url):
    headers = client.get(url).headers
    policy = headers["Content-Security-Policy"]
    assert CSP.UNSAFE_INLINE not in policy and CSP.UNSAFE_EVAL not in policy
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert "geolocation=()" in headers["Permissions-Policy"]
    assert "camera=()" in headers["Permissions-Policy"]


def test_public_policy_has_no_nonce_but_admin_has_one(client, db):
    assert "nonce-" not in client.get("/lt/").headers["Content-Security-Policy"]
    admin = client.get("/lt/admin/login/").headers["Content-Security-Policy"]
    assert re.search(r"script-src 'self' 'nonce-[\w+/=-]+'", admin)
    assert CSP.UNSAFE_INLINE not in admin


@pytest.mark.parametrize(
    "path",
    ["/lt/admin/", "/en/admin/awareness/page/", "/lt/admin/awareness/page/add/", "/en/admin/quiz/"],
)
def test_every_admin_view_has_the_nonce_policy(admin_client, path):
    response = admin_client.get(path)
    assert response.status_code == 200
    policy = response.headers["Content-Security-Policy"]
    assert re.search(r"script-src 'self' 'nonce-[\w+/=-]+'", policy)
    assert re.search(r"style-src 'self' 'nonce-[\w+/=-]+'", policy)
    assert CSP.UNSAFE_INLINE not in policy and CSP.UNSAFE_EVAL not in policy


def test_a_public_page_seen_by_staff_keeps_the_strict_policy(admin_client, pages):
    policy = admin_client.get("/lt/apie/").headers["Content-Security-Policy"]
    # Only the inlined stylesheet's own hash besides 'self' (tests/core/test_inline_style.py).
    assert "nonce-" not in policy
    assert f"style-src 'self' {settings.SITE_STYLE_HASH};" in policy


def test_pages_load_nothing_from_another_origin(client, pages):
    html = client.get("/lt/apie/").text
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    external = [s for s in sources if s.startswith(("http:", "https:", "//"))]
    # Only the canonical/alternate links to this site and the quick exit link.
    assert all(
        s.startswith("http://testserver/") or s == "https://www.meteo.lt/" for s in external
    ), external
    assert "<script>" not in html and " style=" not in html and " on" + "click" not in html


def test_quick_exit_is_first_and_a_plain_safe_link(client, pages, settings):
    settings.QUICK_EXIT_URL = "https://weather.example/"
    html = client.get("/lt/").text
    body = html[html.index("<body") :]
    first_link = re.search(r"<a [^>]*>", body).group(0)
    assert 'href="https://weather.example/"' in first_link
    assert 'rel="nofollow noreferrer"' in first_link
    assert "Išeiti iš puslapio" in body[: body.index("</a>")]


def test_hotlines_and_112_on_every_page(client, pages):
    for url in PUBLIC + ["/en/about/"]:
        html = client.get(url).text
        assert 'href="tel:+37080091119"' in html, url
        assert 'href="tel:112"' in html, url


def test_the_admin_login_needs_no_login_as_djangos_own():
    from django.contrib import admin

    assert admin.site.login.login_required is False
