"""The stylesheet is inlined in every page, allowed by its hash: no render-blocking request."""

import base64
import hashlib
import re

import pytest
from django.conf import settings
from django.utils.csp import CSP

from core import inline_style

STYLE = re.compile(r"<style>(.*?)</style>", re.S)


def style_src(policy: str) -> list[str]:
    directive = next(d.strip() for d in policy.split(";") if d.strip().startswith("style-src "))
    return directive.split()[1:]


def sha256_source(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


@pytest.mark.parametrize("url", ["/lt/", "/en/help/", "/ru/", "/uk/no-such-page/"])
def test_the_pages_inline_style_is_the_one_the_policy_allows(client, hotline, url):
    response = client.get(url)
    html = response.text
    head = html[: html.index("</head>")]
    styles = STYLE.findall(html)
    assert len(styles) == 1 and STYLE.search(head)
    # The browser hashes the element's exact text: recompute it from the page itself.
    allowed = style_src(response["Content-Security-Policy"])
    assert allowed == [CSP.SELF, sha256_source(styles[0])]
    assert CSP.UNSAFE_INLINE not in response["Content-Security-Policy"]
    # The text is the stylesheet, byte for byte, and nothing blocks the first paint.
    assert styles[0].encode() == inline_style.SITE_CSS.read_bytes()
    assert 'rel="stylesheet"' not in html


def test_the_hash_is_the_files_own():
    source = inline_style.SITE_CSS.read_bytes()
    expected = base64.b64encode(hashlib.sha256(source).digest()).decode()
    assert f"'sha256-{expected}'" == settings.SITE_STYLE_HASH
    # A known value, so the encoding itself is checked too.
    assert inline_style.csp_hash("") == "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"


def test_a_stylesheet_that_could_close_the_element_is_refused(tmp_path):
    css = tmp_path / "bad.css"
    css.write_text("p::after { content: '</style><script>'; }")
    with pytest.raises(ValueError, match="cannot be inlined"):
        inline_style.load(css)


def test_the_admin_keeps_its_own_style_policy(admin_client):
    policy = admin_client.get("/lt/admin/").headers["Content-Security-Policy"]
    assert settings.SITE_STYLE_HASH not in policy
    assert re.search(r"style-src 'self' 'nonce-[\w+/=-]+'", policy)
