"""A story reaches visitors only when published, on time, with consent and the
anonymisation check recorded."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from stories.models import Story, StoryStatus


def test_published_queryset(make_story):
    shown = make_story()
    make_story(status=StoryStatus.DRAFT)
    make_story(status=StoryStatus.REVIEW)
    make_story(publish_at=timezone.now() + timedelta(days=1))
    assert list(Story.objects.published()) == [shown]


def test_scheduled_story_appears_when_its_time_comes(client, make_story):
    story = make_story(publish_at=timezone.now() + timedelta(hours=1))
    assert client.get("/lt/istorijos/istorija-1/").status_code == 404
    Story.objects.filter(pk=story.pk).update(publish_at=timezone.now() - timedelta(minutes=1))
    assert client.get("/lt/istorijos/istorija-1/").status_code == 200


def test_publishing_fills_in_the_publish_time(make_story):
    story = make_story(status=StoryStatus.DRAFT, publish_at=None)
    story.status = StoryStatus.PUBLISHED
    story.save()
    assert story.publish_at is not None and story.is_public


@pytest.mark.parametrize("missing", ["consent_recorded_at", "anonymised_at"])
def test_model_validation_refuses_publishing_without_the_records(make_story, missing):
    story = make_story(status=StoryStatus.DRAFT)
    setattr(story, missing, None)
    story.status = StoryStatus.PUBLISHED
    with pytest.raises(ValidationError) as error:
        story.full_clean()
    assert "status" in error.value.message_dict


@pytest.mark.parametrize("missing", ["consent_recorded_at", "anonymised_at"])
def test_database_refuses_publishing_without_the_records(make_story, missing):
    story = make_story(status=StoryStatus.DRAFT)
    Story.objects.filter(pk=story.pk).update(**{missing: None})
    with pytest.raises(IntegrityError), transaction.atomic():
        Story.objects.filter(pk=story.pk).update(status=StoryStatus.PUBLISHED)
    story.refresh_from_db()
    assert story.status == StoryStatus.DRAFT


def test_period_is_coarse(make_story):
    assert make_story(period_start=2019, period_end=None).period == "2019"
    assert make_story(period_start=2018, period_end=2020).period == "2018–2020"
    story = make_story(period_start=2020, period_end=2018)
    with pytest.raises(ValidationError) as error:
        story.full_clean()
    assert "period_end" in error.value.message_dict


def test_story_address_is_unique_per_language(make_story):
    make_story(slug_en="same")
    other = make_story()
    other.slug_en = "same"
    with pytest.raises(ValidationError) as error:
        other.full_clean()
    assert "slug_en" in error.value.message_dict
