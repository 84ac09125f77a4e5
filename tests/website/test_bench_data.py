"""manage.py load_bench_data: a large site in every language, published, once."""

import io

import pytest
from django.core.management import call_command
from django.utils import translation

from awareness.models import NewsItem, Organisation, Page, Resource
from quiz.models import DailyCompletions, Questionnaire
from stories.models import Story

SIZES = ["--stories=30", "--news=12", "--organisations=7", "--resources=9", "--pages=5"]


def load(*extra) -> str:
    out = io.StringIO()
    call_command("load_bench_data", *SIZES, "--days=20", *extra, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_it_adds_each_kind_published_in_every_language_and_only_once(client):
    assert "30 stories, 12 news, 7 organisations, 9 resources, 5 pages, 40 days" in load()
    assert Story.objects.published().filter(slug_lt__startswith="bench-").count() == 30
    assert NewsItem.objects.published().filter(slug_lt__startswith="bench-").count() == 12
    assert Organisation.objects.published().filter(slug__startswith="bench-").count() == 7
    assert Resource.objects.published().filter(slug__startswith="bench-").count() == 9
    pages = Page.objects.published().filter(slug_lt__startswith="bench-")
    assert pages.count() == 5
    # Sub-pages of top-level pages: pages have two levels.
    assert all(page.parent.parent_id is None for page in pages)
    story = Story.objects.get(slug_lt="bench-story-7-lt")
    for code, word in {"lt": "Pavyzdinė", "en": "Example", "ru": "Пример", "uk": "Приклад"}.items():
        assert getattr(story, f"title_{code}").startswith(word)
        assert getattr(story, f"body_{code}").startswith("<p>")
    assert story.forms.exists() and story.recruitment.exists()
    assert DailyCompletions.objects.count() == 20 * Questionnaire.objects.count()
    # A second run adds nothing.
    assert "0 stories, 0 news, 0 organisations, 0 resources, 0 pages, 0 days" in load()
    # The pages read it: a bench story in Ukrainian, the list in Russian.
    with translation.override("uk"):
        url = story.get_absolute_url()
    assert client.get(url).status_code == 200
    assert "Пример истории" in client.get("/ru/istorii/").text
