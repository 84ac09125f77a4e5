"""Every public page, with its CSS and JS, at most 15 KB as a browser receives it
(compressed), with the demo content: issue #14's page-weight target.

`make audit` weighs every public page in all four languages through gunicorn;
this checks representative ones through Django and WhiteNoise, as served in
production (hashed static files with their .gz and .br copies).
"""

import gzip
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from quiz.models import Questionnaire
from stories.models import Story
from tests.conftest import MANIFEST_STATIC

MAX_BYTES = 15 * 1024
BROWSER = {"accept-encoding": "gzip, deflate, br, zstd"}


@pytest.fixture
def site(db, settings, collected_static):
    settings.STATIC_ROOT = collected_static
    settings.STORAGES = {**settings.STORAGES, "staticfiles": MANIFEST_STATIC}
    call_command("load_demo", verbosity=0)


def body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def weigh(client, path: str, post: dict | None = None) -> dict:
    if post is None:
        response = client.get(path, headers=BROWSER)
    else:
        response = client.post(path, post, headers=BROWSER)
    assert response.status_code == 200, path
    assert response["Content-Encoding"] == "gzip", path  # compressed as sent
    html_bytes = response.content
    html = gzip.decompress(html_bytes).decode()
    parts = {"html": len(html_bytes), "css": 0, "js": 0}
    linked = [("css", u) for u in re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)]
    linked += [("js", u) for u in re.findall(r'<script[^>]* src="([^"]+)"', html)]
    for kind, url in linked:
        asset = client.get(url, headers=BROWSER)
        assert asset.status_code == 200, url
        assert asset["Content-Encoding"] == "br", url
        parts[kind] += len(body(asset))
    parts["inline_css"] = len(re.findall(r"<style>", html))
    return parts


@pytest.mark.parametrize("lang", ["lt", "ru"])
def test_representative_pages_stay_within_15_kb(client, site, lang):
    with translation.override(lang):
        story = Story.objects.published().order_by("pk").first()
        quiz = Questionnaire.objects.published().order_by("pk").first()
        pages = {
            "home": (reverse("website:home"), None),
            "story list": (reverse("stories:list"), None),
            "story": (story.get_absolute_url(), None),
            "help": (reverse("awareness:help"), None),
            "facts": (reverse("awareness:facts"), None),
            "risk-test question 1": (quiz.get_absolute_url(), {"action": "start"}),
            "consultation": (reverse("consultations:ask"), None),
        }
    for name, (path, post) in pages.items():
        parts = weigh(client, path, post)
        # The stylesheet is in the HTML (core/inline_style.py), the script linked.
        assert parts["inline_css"] == 1 and parts["css"] == 0 and parts["js"] > 0, name
        total = parts["html"] + parts["css"] + parts["js"]
        assert total <= MAX_BYTES, f"{lang} {name}: {total} bytes ({parts})"
