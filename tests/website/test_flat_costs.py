"""Costs that stay flat: every public page runs the same queries on the demo site
and on the demo with a large site on top (website.bench_data), and no query of a
content table reads rows without a bound.

The large site is a few hundred rows of each kind (the bench's 10,000 stories
would make the test slow; the queries do not change with the number). Timings
belong to `make bench`, not here.
"""

import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from awareness.models import NewsItem, Organisation, Page, Resource
from quiz.models import Questionnaire
from stories.models import ExploitationForm, RecruitmentMethod, Story
from website.bench_data import Sizes, load

# Small: each list has a second page. Large: a few hundred rows of each kind.
SMALL = Sizes(stories=12, news=12, organisations=21, resources=21, pages=2, days=3)
LARGE = Sizes(stories=300, news=120, organisations=60, resources=80, pages=40, days=60)

# Tables that grow with what editors publish. Taxonomies, hotlines and
# questionnaires are short lists kept by staff and are read whole.
CONTENT_TABLES = (
    "stories_story",
    "stories_story_forms",
    "stories_story_recruitment",
    "awareness_newsitem",
    "awareness_organisation",
    "awareness_organisation_services",
    "awareness_resource",
    "awareness_page",
)
# A query is bounded when it reads a page of rows (LIMIT), counts (an
# aggregate), takes the first rows of each group (ROW_NUMBER, the menu) or
# reads rows it already knows by key (prefetching for a page of rows).
BOUNDED = re.compile(r"\bLIMIT\b|\bCOUNT\(|\bMAX\(|\bROW_NUMBER\(\)|_id\" IN \(\d")
FROM_TABLE = re.compile(r'\bFROM "(\w+)"')


def urls() -> dict[str, str]:
    """Every public page, with filters and a second page where a list has them."""
    story = Story.objects.published().order_by("pk").first()
    form = ExploitationForm.objects.first().slug
    method = RecruitmentMethod.objects.first().slug
    parent = Page.objects.published().filter(parent__isnull=True, children__isnull=False)[0]
    child = parent.children.published().first()
    news = NewsItem.objects.published().order_by("pk").first()
    organisation = Organisation.objects.published().filter(city__isnull=False).first()
    resource = Resource.objects.published().order_by("pk").first()
    questionnaire = Questionnaire.objects.published().first()
    with translation.override("lt"):
        return {
            "home": "/lt/",
            "home en": "/en/",
            "stories": "/lt/istorijos/",
            "stories filtered": f"/lt/istorijos/?form={form}&recruitment={method}",
            "stories page 2": "/lt/istorijos/?page=2",
            "story": story.get_absolute_url(),
            "help": "/lt/pagalba/",
            "help filtered": f"/lt/pagalba/?city={organisation.city.slug}",
            "organisation": organisation.get_absolute_url(),
            "news": "/lt/naujienos/",
            "news filtered": "/lt/naujienos/?kind=news",
            "news item": news.get_absolute_url(),
            "feed": "/lt/naujienos.atom",
            "resources": "/lt/leidiniai/",
            "resources filtered": f"/lt/leidiniai/?type={resource.kind}",
            "resource": resource.get_absolute_url(),
            "facts": "/lt/faktai/",
            "risk test": "/lt/rizikos-testas/",
            "risk test intro": f"/lt/rizikos-testas/{questionnaire.slug}/",
            "page with sub-pages": parent.get_absolute_url(),
            "sub-page": child.get_absolute_url(),
            "sitemap": "/sitemap.xml",
            "sitemap of stories": "/sitemap-stories.xml",
        }


def visit(client, pages: dict[str, str]) -> dict[str, list[str]]:
    """The SQL each page runs."""
    queries = {}
    for name, url in pages.items():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, (name, url, response.status_code)
        queries[name] = [query["sql"] for query in captured.captured_queries]
    return queries


def unbounded(sql: str) -> bool:
    tables = FROM_TABLE.findall(sql)
    return bool(tables) and tables[0] in CONTENT_TABLES and not BOUNDED.search(sql)


@pytest.fixture
def demo(db):
    call_command("load_demo", verbosity=0)


def remove_bench_rows() -> None:
    for model, field in [
        (Story, "slug_lt"),
        (NewsItem, "slug_lt"),
        (Organisation, "slug"),
        (Resource, "slug"),
        (Page, "slug_lt"),
    ]:
        model.objects.filter(**{f"{field}__startswith": "bench-"}).delete()


def test_every_public_page_runs_the_same_queries_with_few_and_many_rows(client, demo):
    load(SMALL)
    pages = urls()
    small = visit(client, pages)
    remove_bench_rows()
    added = load(LARGE)
    assert added["stories"] == LARGE.stories and added["pages"] == LARGE.pages
    large = visit(client, pages)
    grown = {
        name: (len(small[name]), len(large[name]))
        for name in pages
        if len(small[name]) != len(large[name])
    }
    assert grown == {}


def test_no_page_reads_a_content_table_without_a_bound(client, demo):
    load(LARGE)
    found = {
        name: sql
        for name, queries in visit(client, urls()).items()
        for sql in queries
        if unbounded(sql)
    }
    assert found == {}


def test_the_check_finds_an_unbounded_read():
    # What the test above would catch: the whole story table, or a page of it.
    assert unbounded('SELECT "stories_story"."id" FROM "stories_story" ORDER BY "id"')
    assert not unbounded('SELECT "stories_story"."id" FROM "stories_story" LIMIT 10')
    assert not unbounded('SELECT COUNT(*) AS "__count" FROM "stories_story"')
    assert not unbounded('SELECT "awareness_language"."id" FROM "awareness_language"')


def test_the_story_list_reads_only_a_page_and_counts(client, demo):
    load(LARGE)
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/lt/istorijos/?page=3")
    assert response.status_code == 200
    on_stories = [q["sql"] for q in captured.captured_queries if 'FROM "stories_story"' in q["sql"]]
    # The count, the page, and the two filters' counts (aggregates).
    assert len(on_stories) == 4
    assert sum("LIMIT 10 OFFSET 20" in sql for sql in on_stories) == 1
    assert sum("COUNT(" in sql for sql in on_stories) == 3
    # The counts beside the filters are right at this size too.
    total = Story.objects.published().count()
    assert f"{total} istorij" in response.text
    form = ExploitationForm.objects.first()
    with_form = Story.objects.published().filter(forms=form).count()
    assert with_form < total
    assert f'?form={form.slug}"' in response.text
    assert f"({with_form})" in response.text
