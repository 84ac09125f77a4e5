"""Cross-Origin-Resource-Policy everywhere; static files with the pages' CSP; uploads sandboxed."""

import io

import pytest
from django.test import Client
from PIL import Image

PAGE_CSP_START = "default-src 'none'; script-src 'self'"
MEDIA_CSP = "default-src 'none'; img-src 'self'; sandbox"


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "resources").mkdir()
    (tmp_path / "stories").mkdir()
    return tmp_path


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def test_pages_and_errors_carry_corp_and_their_csp(client, db):
    for url, status in (("/lt/", 200), ("/lt/no-such-page/", 404), ("/healthz", 200)):
        response = client.get(url)
        assert response.status_code == status
        assert response["Cross-Origin-Resource-Policy"] == "same-origin"
        assert response["X-Content-Type-Options"] == "nosniff"
    assert client.get("/lt/")["Content-Security-Policy"].startswith(PAGE_CSP_START)


def test_static_files_get_the_pages_csp_nosniff_and_corp(settings, db):
    settings.WHITENOISE_USE_FINDERS = True  # no collectstatic in the test run
    client = Client()  # a new handler: WhiteNoise reads its settings when it starts
    page_csp = client.get("/lt/")["Content-Security-Policy"]
    for path in ("/static/css/site.css", "/static/js/quick-exit.js"):
        response = client.get(path)
        assert response.status_code == 200
        assert response.__class__.__name__ != "HttpResponseNotFound"
        assert response["Content-Security-Policy"] == page_csp
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def test_a_polyglot_pdf_from_media_is_an_inert_download(client, media_root):
    polyglot = b"%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n"
    (media_root / "resources" / "leaflet-1a2b3c4d.pdf").write_bytes(polyglot)
    response = client.get("/media/resources/leaflet-1a2b3c4d.pdf")
    assert response.status_code == 200
    assert body(response) == polyglot
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="leaflet-1a2b3c4d.pdf"'
    assert response["Content-Security-Policy"] == MEDIA_CSP
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


@pytest.mark.parametrize(
    ("name", "download_name"),
    [
        ("page.html", "page.html"),
        ("drawing.svg", "drawing.svg"),
        ("notes", "notes"),
        ('we"ird name;.txt', "we_ird_name_.txt"),
        ("ataskaita ąčę.pdf", "ataskaita_.pdf"),
    ],
)
def test_anything_but_an_image_is_a_download_with_a_safe_name(
    client, media_root, name, download_name
):
    (media_root / "resources" / name).write_bytes(b"<svg onload=alert(1)>")
    response = client.get(f"/media/resources/{name}")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{download_name}"'
    assert response["Content-Security-Policy"] == MEDIA_CSP


def test_story_pictures_stay_inline_but_sandboxed(client, media_root):
    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, "WEBP")
    (media_root / "stories" / "picture-480.webp").write_bytes(out.getvalue())
    response = client.get("/media/stories/picture-480.webp")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert response.get("Content-Disposition", "inline").startswith("inline")
    assert response["Content-Security-Policy"] == MEDIA_CSP
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def test_a_revalidated_download_keeps_its_headers(client, media_root):
    (media_root / "resources" / "a.pdf").write_bytes(b"%PDF-1.4\n")
    first = client.get("/media/resources/a.pdf")
    again = client.get("/media/resources/a.pdf", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 304
    assert again["Content-Disposition"] == 'attachment; filename="a.pdf"'
    assert again["Content-Security-Policy"] == MEDIA_CSP
