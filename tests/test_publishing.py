"""One publication rule for every kind of content (core.publishing)."""

from datetime import timedelta

import pytest
from django.apps import apps
from django.contrib.auth.models import Permission, User
from django.utils import timezone

from awareness.models import Language, NewsItem, Organisation, Page, Resource, Theme
from core.publishing import Publishable, Status
from quiz.models import Questionnaire
from stories.models import Story
from tests.awareness.builders import news, organisation, resource, theme
from tests.signin import sign_in_verified


def make_page(n: int, **fields) -> Page:
    return Page.objects.create(title_lt=f"Puslapis {n}", slug_lt=f"puslapis-{n}", **fields)


def make_news(n: int, **fields) -> NewsItem:
    return news(n, **fields)


def make_organisation(n: int, **fields) -> Organisation:
    return organisation(f"org-{n}", **fields)


def make_resource(n: int, **fields) -> Resource:
    language, _new = Language.objects.get_or_create(slug="lt", defaults={"name_lt": "lietuvių"})
    return resource(f"resource-{n}", language, **fields)


def make_theme(n: int, **fields) -> Theme:
    return theme(f"theme-{n}", **fields)


def make_questionnaire(n: int, **fields) -> Questionnaire:
    return Questionnaire.objects.create(title_lt=f"Testas {n}", slug_lt=f"testas-{n}", **fields)


def make_story(n: int, **fields) -> Story:
    now = timezone.now()
    return Story.objects.create(
        title_lt=f"Istorija {n}",
        slug_lt=f"istorija-{n}",
        pseudonym_lt="Rūta",
        period_start=2019,
        age_group="26-35",
        consent_recorded_at=now,
        anonymised_at=now,
        **fields,
    )


MAKERS = {
    Page: make_page,
    NewsItem: make_news,
    Organisation: make_organisation,
    Resource: make_resource,
    Theme: make_theme,
    Questionnaire: make_questionnaire,
    Story: make_story,
}

HOUR = timedelta(hours=1)
# (status, publish_at relative to now or None, public?)
CASES = {
    "draft": ("draft", None, False),
    "draft with a past time": ("draft", -HOUR, False),
    "published now": ("published", None, True),
    "published earlier": ("published", -HOUR, True),
    "scheduled": ("published", HOUR, False),
}


def test_every_publishable_model_is_covered():
    publishable = {model for model in apps.get_models() if issubclass(model, Publishable)}
    assert publishable == set(MAKERS)


@pytest.mark.django_db
@pytest.mark.parametrize("model", MAKERS, ids=lambda model: model.__name__)
def test_published_and_is_public_agree(model):
    now = timezone.now()
    made = {}
    for n, (name, (status, offset, _public)) in enumerate(CASES.items(), start=1):
        row = MAKERS[model](n, status=status, publish_at=now + offset if offset else None)
        made[name] = model.objects.get(pk=row.pk)
    expected = {name for name, (_s, _o, public) in CASES.items() if public}
    assert {name for name, row in made.items() if row.is_public} == expected
    shown = set(model.objects.published().values_list("pk", flat=True))
    assert shown == {made[name].pk for name in expected}


@pytest.mark.django_db
@pytest.mark.parametrize("model", [Page, Organisation, Story], ids=lambda model: model.__name__)
def test_saving_as_published_dates_the_row(model):
    row = MAKERS[model](1, status="draft")
    assert row.publish_at is None
    row.status = Status.PUBLISHED
    row.save(update_fields=["status"])
    row.refresh_from_db()
    assert row.publish_at is not None and row.is_public


@pytest.mark.django_db
def test_rows_written_without_save_follow_the_rule_too():
    """bulk_create() and update() skip save(): an empty time is "as soon as published"."""
    Page.objects.bulk_create([Page(title_lt="Masinis", slug_lt="masinis", status="published")])
    draft = make_page(2)
    assert Page.objects.published().count() == 1
    Page.objects.filter(pk=draft.pk).publish()
    draft.refresh_from_db()
    assert draft.is_public and draft.publish_at is not None
    assert Page.objects.published().count() == 2


@pytest.mark.django_db
def test_bulk_publish_keeps_a_schedule():
    later = timezone.now() + HOUR
    scheduled = make_page(1, publish_at=later)
    Page.objects.all().publish()
    scheduled.refresh_from_db()
    assert scheduled.publish_at == later and not scheduled.is_public


def test_default_visibility_of_new_rows_is_kept():
    published_by_default = {Organisation, Resource, Theme}
    for model in MAKERS:
        default = model._meta.get_field("status").default
        assert (default == Status.PUBLISHED) == (model in published_by_default), model


# Staff preview: one mixin (StaffPreviewMixin) in every detail view.
DETAIL_VIEWS = [Page, NewsItem, Organisation, Resource, Story]


@pytest.mark.django_db
@pytest.mark.parametrize("model", DETAIL_VIEWS, ids=lambda model: model.__name__)
@pytest.mark.parametrize("status", ["draft", "scheduled"])
def test_visitors_get_404_and_editors_a_private_preview(client, model, status):
    fields = (
        {"status": "draft"}
        if status == "draft"
        else {"status": "published", "publish_at": timezone.now() + HOUR}
    )
    row = MAKERS[model](1, **fields)
    url = row.get_absolute_url()
    assert client.get(url).status_code == 404

    meta = model._meta
    editor = User.objects.create_user("editor", password="x", is_staff=True)
    editor.user_permissions.add(
        Permission.objects.get(
            content_type__app_label=meta.app_label, codename=f"change_{meta.model_name}"
        )
    )
    sign_in_verified(client, editor)
    response = client.get(url)
    assert response.status_code == 200
    assert response.context["preview"] is True
    assert "note--warning" in response.text  # the preview note
    cache_control = response["Cache-Control"]
    assert "no-store" in cache_control and "private" in cache_control


@pytest.mark.django_db
@pytest.mark.parametrize("model", DETAIL_VIEWS, ids=lambda model: model.__name__)
def test_public_rows_are_no_preview_and_cacheable_for_visitors(client, model):
    row = MAKERS[model](1, status="published")
    response = client.get(row.get_absolute_url())
    assert response.status_code == 200
    assert response.context["preview"] is False
    assert "no-store" not in response.get("Cache-Control", "")


@pytest.mark.django_db
@pytest.mark.parametrize("model", DETAIL_VIEWS, ids=lambda model: model.__name__)
def test_detail_pages_only_read(client, model):
    url = MAKERS[model](1, status="published").get_absolute_url()
    assert client.head(url).status_code == 200
    for method in (client.post, client.put, client.delete, client.options):
        assert method(url).status_code == 405
