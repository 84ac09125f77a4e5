"""The public story pages: list, filters with counts, pagination, detail."""

import re

import pytest
from django.contrib.auth.models import Permission, User

from stories.models import StoryStatus
from tests.signin import sign_in_verified


def titles(html: str) -> list[str]:
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


def test_list_in_both_languages(client, make_story):
    make_story()
    assert "Istorija 1" in client.get("/lt/istorijos/").text
    assert "Story 1" in client.get("/en/stories/").text


def test_filter_by_form_and_method_with_counts(client, make_story):
    make_story(title_en="Labour ad", form="forced-labour", method="job-ad")
    make_story(title_en="Labour online", form="forced-labour", method="social-media")
    make_story(title_en="Sexual online", form="sexual-exploitation", method="social-media")
    html = client.get("/en/stories/", {"form": "forced-labour"}).text
    assert sorted(titles(html)) == ["Labour ad", "Labour online"]
    # Counts of the other filter follow the selected form.
    assert re.search(r"Social media <span class=\"count\">\(1\)</span>", html)
    assert re.search(r"Sexual exploitation <span class=\"count\">\(1\)</span>", html)
    both = client.get("/en/stories/", {"form": "forced-labour", "recruitment": "social-media"}).text
    assert titles(both) == ["Labour online"]
    assert 'href="?recruitment=social-media" aria-current="true"' not in both
    assert 'aria-current="true">Social media' in both


def test_counts_leave_out_drafts_stories_in_review_and_scheduled_ones(client, make_story):
    from datetime import timedelta

    from django.utils import timezone

    for _ in range(2):
        make_story(form="forced-labour", method="job-ad")
    make_story(form="forced-labour", method="job-ad", status=StoryStatus.DRAFT)
    make_story(form="forced-labour", method="job-ad", status=StoryStatus.REVIEW)
    make_story(
        form="forced-labour", method="social-media", publish_at=timezone.now() + timedelta(days=1)
    )
    make_story(form="sexual-exploitation", method="social-media", status=StoryStatus.DRAFT)
    # No filter chosen: each filter counts from its join table, less the hidden stories.
    html = client.get("/en/stories/").text
    assert re.search(r"Forced labour <span class=\"count\">\(2\)</span>", html)
    assert re.search(r"Job advertisement <span class=\"count\">\(2\)</span>", html)
    # A form with only hidden stories, and a method with only a scheduled one, are left out.
    assert "Sexual exploitation" not in html and "Social media" not in html
    # One filter chosen: the other counts by joining, with the same answer.
    chosen = client.get("/en/stories/", {"form": "forced-labour"}).text
    assert re.search(r"Job advertisement <span class=\"count\">\(2\)</span>", chosen)
    assert "Social media" not in chosen


def test_unknown_filter_shows_no_story_and_a_way_back(client, make_story):
    make_story()
    html = client.get("/en/stories/", {"form": "no-such-form"}).text
    assert titles(html) == [] and "No story matches these filters yet." in html


def test_pagination_keeps_the_filter(client, make_story):
    for _ in range(12):
        make_story(form="forced-labour")
    html = client.get("/en/stories/", {"form": "forced-labour"}).text
    assert len(titles(html)) == 10
    assert 'href="?form=forced-labour&amp;page=2" rel="next"' in html
    assert len(titles(client.get("/en/stories/", {"form": "forced-labour", "page": 2}).text)) == 2


@pytest.mark.parametrize("page", ["999", "abc", "-1"])
def test_bad_page_number_is_a_clear_404(client, make_story, page):
    make_story()
    response = client.get("/en/stories/", {"page": page})
    assert response.status_code == 404 and "Page not found" in response.text


def test_detail_shows_signs_facts_composite_note_and_risk_test_call(client, make_story):
    story = make_story(signs=("Paėmė pasą", "Skola vis didėjo"), period_end=2020)
    html = client.get("/lt/istorijos/istorija-1/").text
    assert "<h1>Istorija 1</h1>" in html
    assert "<li>Paėmė pasą</li><li>Skola vis didėjo</li>" in html
    assert "2019–2020" in html and "Vokietija" in html and "26–35 metų" in html
    assert "sukurta remiantis keliais tikrais atvejais" in html
    assert "Atlikite rizikos testą" in html
    assert story.get_absolute_url()


def test_language_switch_leads_to_the_same_story(client, make_story):
    make_story()
    html = client.get("/lt/istorijos/istorija-1/").text
    assert '<a href="/en/stories/story-1/" lang="en" hreflang="en">English</a>' in html


def test_related_stories_share_a_form(client, make_story):
    make_story()
    make_story(title_lt="Panaši", form="forced-labour")
    make_story(title_lt="Kita forma", form="sexual-exploitation")
    html = client.get("/lt/istorijos/istorija-1/").text
    related = html[html.index("related-heading") :]
    assert "Panaši" in related and "Kita forma" not in related


def test_unpublished_story_is_hidden_but_staff_can_preview(client, make_story):
    make_story(status=StoryStatus.DRAFT, consent_recorded_at=None, anonymised_at=None)
    assert client.get("/lt/istorijos/istorija-1/").status_code == 404
    staff = User.objects.create_user("s", password="x", is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="change_story"))
    sign_in_verified(client, staff)
    response = client.get("/lt/istorijos/istorija-1/")
    assert response.status_code == 200 and "Peržiūra" in response.text


def test_staff_only_fields_never_reach_visitors(client, make_story):
    story = make_story()
    pages = [
        "/lt/",
        "/en/",
        "/lt/istorijos/",
        "/en/stories/",
        story.get_absolute_url(),
        "/en/stories/story-1/",
        "/lt/istorijos/?form=forced-labour",
    ]
    for url in pages:
        html = client.get(url).text
        assert "SECRET-SOURCE" not in html and "SECRET-NOTE" not in html, url


def test_featured_stories_on_the_home_page(client, make_story):
    make_story(title_lt="Rodoma", featured=True)
    make_story(title_lt="Nerodoma", featured=False)
    html = client.get("/lt/").text
    assert "Rodoma" in html and "Nerodoma" not in html


@pytest.mark.parametrize(
    "query",
    [{"form": "a\x00b"}, {"recruitment": "\x00"}, {"form": "x" * 500}, {"form": "<script>"}],
)
def test_junk_filters_are_ignored_not_a_500(client, make_story, query):
    make_story()
    response = client.get("/en/stories/", query)
    assert response.status_code == 200 and "Story 1" in response.text
