"""The move to one publication rule keeps every row's visibility."""

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from awareness.models import NewsItem, Organisation, Page, Resource, Theme
from quiz.models import Questionnaire
from stories.models import Story

BEFORE = [
    ("awareness", "0007_homepage_without_test_page"),
    ("quiz", "0002_content_editors_permissions"),
    ("stories", "0003_term_key_help"),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_existing_rows_keep_their_visibility():
    old = migrate(BEFORE)
    now = timezone.now()
    language = old.get_model("awareness", "Language").objects.create(slug="lt", name="lt")

    def page(slug, published):
        return old.get_model("awareness", "Page").objects.create(
            title=slug, title_lt=slug, slug=slug, slug_lt=slug, published=published
        )

    def news(slug, published, publish_at):
        return old.get_model("awareness", "NewsItem").objects.create(
            title_lt=slug, slug_lt=slug, summary_lt=".", published=published, publish_at=publish_at
        )

    def organisation(slug, published):
        return old.get_model("awareness", "Organisation").objects.create(
            name_lt=slug, slug=slug, description_lt=".", published=published
        )

    def resource(slug, published):
        return old.get_model("awareness", "Resource").objects.create(
            title_lt=slug, slug=slug, kind="study", url="https://example.org/",
            language=language, published=published,
        )  # fmt: skip

    def theme(slug, published):
        return old.get_model("awareness", "Theme").objects.create(
            title_lt=slug, slug=slug, description_lt=".", published=published
        )

    def questionnaire(slug, published):
        return old.get_model("quiz", "Questionnaire").objects.create(
            title_lt=slug, slug_lt=slug, published=published
        )

    def story(slug, status, publish_at):
        return old.get_model("stories", "Story").objects.create(
            title_lt=slug, slug_lt=slug, pseudonym_lt="R", period_start=2020,
            age_group="18-25", status=status, publish_at=publish_at,
            consent_recorded_at=now, anonymised_at=now,
        )  # fmt: skip

    shown = {
        Page: {page("shown", True).pk},
        Organisation: {organisation("shown", True).pk},
        Resource: {resource("shown", True).pk},
        Theme: {theme("shown", True).pk},
        Questionnaire: {questionnaire("shown", True).pk},
        NewsItem: {news("shown", True, now - timedelta(days=2)).pk},
        Story: {story("shown", "published", now - timedelta(days=1)).pk},
    }
    page("draft", False)
    organisation("hidden", False)
    resource("hidden", False)
    theme("hidden", False)
    questionnaire("draft", False)
    news("draft", False, now - timedelta(days=1))
    scheduled = news("scheduled", True, now + timedelta(days=1))
    story("draft", "draft", None)
    story("review", "review", None)
    story("scheduled", "published", now + timedelta(days=1))
    no_time = story("no-time", "published", None)  # only by hand in the database: was hidden

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    for model, pks in shown.items():
        assert set(model.objects.published().values_list("pk", flat=True)) == pks, model
    kept = NewsItem.objects.get(pk=scheduled.pk)
    assert kept.status == "published" and kept.publish_at == scheduled.publish_at
    assert NewsItem.objects.get(slug_lt="shown").publish_at == now - timedelta(days=2)
    assert Story.objects.get(pk=no_time.pk).status == "review"
    assert Page.objects.get(slug_lt="draft").status == "draft"


@pytest.mark.django_db(transaction=True)
def test_going_back_keeps_scheduled_rows_hidden():
    now = timezone.now()
    for slug, publish_at in (("now", None), ("past", now - timedelta(days=1))):
        Page.objects.create(title_lt=slug, slug_lt=slug, status="published", publish_at=publish_at)
    Page.objects.create(title_lt="later", slug_lt="later", status="published",
                        publish_at=now + timedelta(days=1))  # fmt: skip
    Questionnaire.objects.create(title_lt="later", slug_lt="later", status="published",
                                 publish_at=now + timedelta(days=1))  # fmt: skip
    old = migrate(BEFORE)
    pages = old.get_model("awareness", "Page").objects
    assert set(pages.filter(published=True).values_list("slug_lt", flat=True)) == {"now", "past"}
    assert not old.get_model("quiz", "Questionnaire").objects.filter(published=True).exists()
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
