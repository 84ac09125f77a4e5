"""Risk-test texts shown in a fallback language carry their lang and a note."""

import re

import pytest
from django.utils import translation


def main(html: str) -> str:
    return re.search(r"<main.*</main>", html, re.S).group(0)


def test_questionnaire_in_a_fallback_language_is_marked(client, questionnaire):
    # lt and en only: Ukrainian falls back (ru, en, lt) to English.
    html = main(client.get("/uk/test-ryzyku/").text)
    assert 'lang="en"' in html and 'class="fallback-marker"' in html
    with translation.override("uk"):
        intro = main(client.get(questionnaire.get_absolute_url()).text)
    assert '<h1 lang="en">Am I at risk?</h1>' in intro
    assert 'class="note"' in intro


@pytest.mark.parametrize("language", ["lt", "en"])
def test_questionnaire_in_its_own_language_is_not_marked(client, questionnaire, language):
    with translation.override(language):
        index, intro = (
            f"/{language}/{translation.gettext('risk-test/')}",
            questionnaire.get_absolute_url(),
        )
    for html in (main(client.get(index).text), main(client.get(intro).text)):
        assert "lang=" not in html.split('class="breadcrumb"')[-1].split("<form")[0]
        assert 'class="fallback-marker"' not in html
