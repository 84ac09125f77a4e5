"""The production static set: hashed names, compressed copies, served by WhiteNoise."""

import gzip
import re

import brotli
import pytest

from tests.conftest import MANIFEST_STATIC


@pytest.fixture
def collected(settings, collected_static):
    """The hashed, compressed set (tests/conftest.py), served by WhiteNoise."""
    settings.STATIC_ROOT = collected_static
    settings.STORAGES = {**settings.STORAGES, "staticfiles": MANIFEST_STATIC}
    return collected_static


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def test_pages_link_hashed_files_that_exist_compressed(client, db, collected):
    html = client.get("/lt/").text
    js = re.search(r'src="/static/(js/quick-exit\.[0-9a-f]{12}\.js)"', html).group(1)
    # The stylesheet is inlined in pages (core/inline_style.py); the error pages
    # rendered without the database still link the file.
    css = next(p.relative_to(collected) for p in collected.glob("css/site.*.css"))
    for name in (js, css):
        assert (collected / name).exists()
        assert (collected / f"{name}.gz").exists()
        assert (collected / f"{name}.br").exists()


@pytest.mark.parametrize("name", ["css/site.css", "js/quick-exit.js"])
def test_static_files_are_sent_with_brotli_when_the_browser_takes_it(client, db, collected, name):
    plain = (collected / name).read_bytes()
    url = f"/static/{name}"

    response = client.get(url, headers={"accept-encoding": "gzip, deflate, br, zstd"})
    assert response.status_code == 200
    assert response["Content-Encoding"] == "br"
    assert "Accept-Encoding" in response["Vary"]
    compressed = body(response)
    assert brotli.decompress(compressed) == plain
    assert len(compressed) < len(plain) / 3

    response = client.get(url, headers={"accept-encoding": "gzip, deflate"})
    assert response["Content-Encoding"] == "gzip"
    gzipped = body(response)
    assert gzip.decompress(gzipped) == plain
    assert len(compressed) < len(gzipped)  # brotli is the smaller one

    response = client.get(url)
    assert "Content-Encoding" not in response
    assert body(response) == plain


def test_pages_are_gzipped_not_brotli(client, hotline):
    # HTML stays with Django's GZipMiddleware and its BREACH mitigation
    # (docs/performance.md, "Lighthouse" section, says why).
    response = client.get("/lt/", headers={"accept-encoding": "gzip, deflate, br"})
    assert response["Content-Encoding"] == "gzip"
    assert b"<!doctype html>" in gzip.decompress(response.content)
