"""The stories admin: the publishing rule in the form and in the bulk action."""

import re

import pytest
from django.contrib.auth.models import Group, User

from stories.models import Story, StoryStatus
from tests.signin import sign_in_verified


@pytest.fixture
def editor_client(client, db):
    user = User.objects.create_user("editor", password="x-long-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Content editors"))
    sign_in_verified(client, user)
    client.user = user
    return client


def form_data(forms, methods, **overrides) -> dict:
    data = {
        "title_lt": "Rūtos istorija",
        "title_en": "Rūta's story",
        "slug_lt": "rutos-istorija",
        "slug_en": "rutas-story",
        "pseudonym_lt": "Rūta",
        "pseudonym_en": "Rūta",
        "summary_lt": "",
        "summary_en": "",
        "body_lt": "<p>Tekstas</p>",
        "body_en": "<p>Text</p>",
        "illustration_alt_lt": "",
        "illustration_alt_en": "",
        "forms": [forms["forced-labour"].pk],
        "recruitment": [methods["job-ad"].pk],
        "destination": "DE",
        "period_start": "2019",
        "period_end": "",
        "age_group": "26-35",
        "is_composite": "on",
        "status": "draft",
        "publish_at_0": "",
        "publish_at_1": "",
        "source": "Interview 2024",
        "internal_notes": "",
        "warning_signs-TOTAL_FORMS": "1",
        "warning_signs-INITIAL_FORMS": "0",
        "warning_signs-MIN_NUM_FORMS": "0",
        "warning_signs-MAX_NUM_FORMS": "1000",
        "warning_signs-0-text_lt": "Paėmė pasą",
        "warning_signs-0-text_en": "Passport taken",
        "warning_signs-0-order": "1",
    }
    return data | overrides


def test_form_refuses_to_publish_without_the_records_and_saves_nothing(
    editor_client, forms, methods
):
    response = editor_client.post(
        "/en/admin/stories/story/add/", form_data(forms, methods, status="published")
    )
    assert response.status_code == 200
    assert "can be published only after the person" in response.text
    assert Story.objects.count() == 0


def test_form_records_who_ticked_consent_and_the_check(editor_client, forms, methods):
    data = form_data(forms, methods, status="review", consent_given="on", details_removed="on")
    response = editor_client.post("/en/admin/stories/story/add/", data)
    assert response.status_code == 302
    story = Story.objects.get()
    assert story.consent_recorded_by == editor_client.user
    assert story.anonymised_by == editor_client.user
    assert not story.is_public and story.warning_signs.get().text_en == "Passport taken"

    signs = {"warning_signs-TOTAL_FORMS": "0", "warning_signs-INITIAL_FORMS": "0"}
    response = editor_client.post(
        f"/en/admin/stories/story/{story.pk}/change/", data | signs | {"status": "published"}
    )
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.is_public


REVIEW_FIRST = "A story is read in review before it is published"


@pytest.mark.parametrize("existing", [False, True])
def test_form_refuses_draft_straight_to_published(
    editor_client, forms, methods, make_story, existing
):
    data = form_data(forms, methods, status="published", consent_given="on", details_removed="on")
    if existing:
        story = make_story(status=StoryStatus.DRAFT, slug_lt="kita", slug_en="other")
        url = f"/en/admin/stories/story/{story.pk}/change/"
    else:
        url = "/en/admin/stories/story/add/"
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert REVIEW_FIRST in response.text
    assert not Story.objects.published().exists()


def test_form_refusal_is_translated(editor_client, make_story, forms, methods):
    story = make_story(status=StoryStatus.DRAFT, slug_lt="kita", slug_en="other")
    data = form_data(forms, methods, status="published", consent_given="on", details_removed="on")
    response = editor_client.post(f"/lt/admin/stories/story/{story.pk}/change/", data)
    assert response.status_code == 200
    assert "Prieš paskelbiant istoriją ją perskaito kolega" in response.text


def test_bulk_publish_skips_drafts_and_says_why(editor_client, make_story):
    drafts = [make_story(status=StoryStatus.DRAFT) for _ in range(2)]
    in_review = make_story(status=StoryStatus.REVIEW)
    response = editor_client.post(
        "/en/admin/stories/story/",
        {"action": "publish", "_selected_action": [s.pk for s in [*drafts, in_review]]},
        follow=True,
    )
    assert [s.status for s in Story.objects.filter(pk__in=[d.pk for d in drafts])] == [
        StoryStatus.DRAFT
    ] * 2
    in_review.refresh_from_db()
    assert in_review.is_public
    assert "1 story published." in response.text
    assert "2 stories were skipped: they are drafts" in response.text
    assert "Send them to review first." in response.text


def test_unticking_consent_clears_the_record(editor_client, forms, methods, make_story):
    story = make_story(status=StoryStatus.DRAFT)
    data = form_data(forms, methods, slug_lt="kita", slug_en="other", details_removed="on")
    response = editor_client.post(
        f"/en/admin/stories/story/{story.pk}/change/",
        data | {"warning_signs-INITIAL_FORMS": "0", "warning_signs-TOTAL_FORMS": "0"},
    )
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.consent_recorded_at is None and story.anonymised_at is not None


def test_bulk_publish_respects_the_rule(editor_client, make_story):
    ready = make_story(status=StoryStatus.REVIEW)
    unchecked = make_story(status=StoryStatus.REVIEW, anonymised_at=None, title_en="Unchecked one")
    response = editor_client.post(
        "/en/admin/stories/story/",
        {"action": "publish", "_selected_action": [ready.pk, unchecked.pk]},
        follow=True,
    )
    ready.refresh_from_db()
    unchecked.refresh_from_db()
    assert ready.status == StoryStatus.PUBLISHED and ready.publish_at is not None
    assert unchecked.status == StoryStatus.REVIEW
    assert (
        "Not published, because consent or the anonymisation check is not recorded" in response.text
    )
    assert "Unchecked one" in response.text


def test_bulk_send_to_review_moves_drafts_only(editor_client, make_story):
    draft = make_story(status=StoryStatus.DRAFT)
    published = make_story()
    editor_client.post(
        "/en/admin/stories/story/",
        {"action": "send_to_review", "_selected_action": [draft.pk, published.pk]},
    )
    draft.refresh_from_db()
    published.refresh_from_db()
    assert draft.status == StoryStatus.REVIEW and published.status == StoryStatus.PUBLISHED


def test_list_shows_missing_languages_and_filters(editor_client, make_story):
    make_story(title_en="", slug_en="")  # a story's title, address and pseudonym count
    html = editor_client.get("/en/admin/stories/story/").text
    assert '<td class="field-missing_languages_display">EN, RU, UK</td>' in html
    status_filter = re.search(r'<details data-filter-title="status".*?</details>', html, re.S)
    assert status_filter, "no status filter"
    options = re.findall(r'<a href="\?status__exact=(\w+)">([^<]+)</a>', status_filter[0])
    assert options == [("draft", "Draft"), ("review", "In review"), ("published", "Published")]
    assert (
        editor_client.get("/en/admin/stories/story/", {"status__exact": "draft"}).status_code == 200
    )


def test_editors_may_edit_stories(db):
    codenames = set(
        Group.objects.get(name="Content editors").permissions.values_list("codename", flat=True)
    )
    assert {"add_story", "change_story", "add_exploitationform", "change_warningsign"} <= codenames
