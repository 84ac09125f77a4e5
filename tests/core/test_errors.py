"""Error pages: translated, with the hotlines, never a stack trace."""

import pytest
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.db import OperationalError
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns
from core import views


def boom(request):
    raise RuntimeError("secret internals")


def forbidden(request):
    raise PermissionDenied


def suspicious(request):
    raise SuspiciousOperation("bad")


urlpatterns = [
    path("lt/boom/", boom),
    path("lt/forbidden/", forbidden),
    path("lt/suspicious/", suspicious),
    *site_urlpatterns,
]
handler400 = views.bad_request
handler403 = views.permission_denied
handler404 = views.page_not_found
handler500 = views.server_error


def test_404_is_translated_and_shows_hotlines(client, hotline):
    lt = client.get("/lt/nera-tokio-puslapio/")
    en = client.get("/en/no-such-page/")
    assert lt.status_code == en.status_code == 404
    assert "Puslapis nerastas" in lt.text and "Page not found" in en.text
    assert 'href="tel:+37080091119"' in lt.text and 'href="tel:112"' in en.text


@pytest.mark.urls(__name__)
def test_500_has_no_stack_trace_and_shows_hotlines(client, db):
    client.raise_request_exception = False
    response = client.get("/lt/boom/")
    assert response.status_code == 500
    assert "secret internals" not in response.text and "Traceback" not in response.text
    assert "Įvyko klaida" in response.text
    assert 'href="tel:+37080091119"' in response.text


@pytest.mark.urls(__name__)
def test_500_page_renders_when_the_database_is_down(client, db, monkeypatch):
    def broken(*args, **kwargs):
        raise OperationalError("down")

    monkeypatch.setattr("awareness.models.Hotline.objects.filter", broken)
    client.raise_request_exception = False
    response = client.get("/lt/boom/")
    assert response.status_code == 500 and "8 800 91119" in response.text


@pytest.mark.urls(__name__)
def test_403_and_400_are_translated_pages(client, db):
    forbidden_page = client.get("/lt/forbidden/")
    assert forbidden_page.status_code == 403
    assert "Šio puslapio atidaryti negalite" in forbidden_page.text
    bad = client.get("/lt/suspicious/")
    assert bad.status_code == 400 and "Užklausoje buvo klaida" in bad.text


def test_unknown_host_gets_400_not_a_trace(client, db):
    client.raise_request_exception = False
    response = client.get("/lt/", headers={"host": "evil.example"})
    assert response.status_code == 400
    assert "Traceback" not in response.text and "DisallowedHost" not in response.text


def test_hotlines_fall_back_when_the_database_fails(client, db, monkeypatch):
    def broken(*args, **kwargs):
        raise OperationalError("down")

    monkeypatch.setattr("awareness.models.Hotline.objects.filter", broken)
    assert "8 800 91119" in client.get("/lt/nera/").text
