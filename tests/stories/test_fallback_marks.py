"""A story shown in a fallback language carries lang="lt" and a note; one in
Ukrainian on /uk/ has neither."""

import re

import pytest
from django.utils import translation


def main(html: str) -> str:
    return re.search(r"<main.*</main>", html, re.S).group(0)


LT_ONLY = {"title_en": "", "slug_en": "", "pseudonym_en": "", "body_en": "", "summary_en": ""}


@pytest.mark.parametrize("language", ["en", "uk"])
def test_lithuanian_only_story_is_marked(client, make_story, language):
    story = make_story(**LT_ONLY)
    with translation.override(language):
        url, listing = story.get_absolute_url(), f"/{language}/{translation.gettext('stories/')}"
    detail = main(client.get(url).text)
    assert '<h1 lang="lt">Istorija' in detail
    assert '<div class="prose" lang="lt">' in detail
    assert 'class="note"' in detail
    cards = main(client.get(listing).text)
    assert 'lang="lt"' in cards and 'class="fallback-marker"' in cards


def test_story_in_ukrainian_is_not_marked(client, make_story):
    story = make_story(
        title_uk="Історія", slug_uk="istoriia", pseudonym_uk="Рута", body_uk="<p>Текст</p>"
    )
    story.warning_signs.update(text_uk="Забрали документи")
    with translation.override("uk"):
        url = story.get_absolute_url()
    for html in (main(client.get(url).text), main(client.get("/uk/istorii/").text)):
        assert 'lang="lt"' not in html and 'lang="en"' not in html
        assert 'class="fallback-marker"' not in html
