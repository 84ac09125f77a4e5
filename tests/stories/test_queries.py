"""The story pages run a fixed number of queries, however many stories and tags."""

import pytest
from django.utils import timezone

from stories.models import ExploitationForm, RecruitmentMethod, Story, StoryStatus, WarningSign

# menu, hotlines, count, page, its forms, and per filter its terms and counts:
# alone, a filter counts its join table's rows less the hidden stories' (two queries).
LIST_QUERIES = 11
FILTERED_QUERIES = 10  # the chosen filter alone, the other joined (one query)
DETAIL_QUERIES = 7  # menu, hotlines, story, its forms, methods and signs, related stories


def build(stories: int, tags: int) -> Story:
    now = timezone.now()
    forms = ExploitationForm.objects.bulk_create(
        ExploitationForm(slug=f"form-{n}", name_lt=f"Forma {n}", order=n) for n in range(tags)
    )
    methods = RecruitmentMethod.objects.bulk_create(
        RecruitmentMethod(slug=f"method-{n}", name_lt=f"Būdas {n}", order=n) for n in range(tags)
    )
    created = Story.objects.bulk_create(
        Story(
            title_lt=f"Istorija {n}",
            slug_lt=f"istorija-{n}",
            pseudonym_lt="Rūta",
            period_start=2020,
            age_group="18-25",
            status=StoryStatus.PUBLISHED,
            publish_at=now,
            consent_recorded_at=now,
            anonymised_at=now,
        )
        for n in range(stories)
    )
    Story.forms.through.objects.bulk_create(
        Story.forms.through(story=story, exploitationform=forms[n % tags])
        for n, story in enumerate(created)
    )
    Story.forms.through.objects.bulk_create(
        Story.forms.through(story=story, exploitationform=forms[(n + 1) % tags])
        for n, story in enumerate(created)
    )
    Story.recruitment.through.objects.bulk_create(
        Story.recruitment.through(story=story, recruitmentmethod=methods[n % tags])
        for n, story in enumerate(created)
    )
    WarningSign.objects.bulk_create(
        WarningSign(story=story, text_lt=f"Ženklas {n}") for n, story in enumerate(created)
    )
    return created[0]


@pytest.mark.parametrize(("stories", "tags"), [(3, 2), (1000, 20)])
def test_list_queries_are_flat(client, db, django_assert_num_queries, stories, tags):
    build(stories, tags)
    with django_assert_num_queries(LIST_QUERIES):
        assert client.get("/lt/istorijos/").status_code == 200
    with django_assert_num_queries(FILTERED_QUERIES):
        assert client.get("/lt/istorijos/", {"form": "form-1", "page": 1}).status_code == 200


@pytest.mark.parametrize(("stories", "tags"), [(3, 2), (1000, 20)])
def test_detail_queries_are_flat(client, db, django_assert_num_queries, stories, tags):
    first = build(stories, tags)
    with django_assert_num_queries(DETAIL_QUERIES):
        assert client.get(f"/lt/istorijos/{first.slug_lt}/").status_code == 200
