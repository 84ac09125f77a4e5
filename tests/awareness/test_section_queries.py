"""The new sections' pages run a fixed number of queries, with 3 rows or 1,000."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from awareness.models import (
    City,
    Figure,
    Language,
    NewsItem,
    Organisation,
    Resource,
    Service,
    Theme,
)

BASE = 2  # the menu and the hotlines, on every page


def build(rows: int) -> None:
    terms = max(rows // 50, 2)
    cities = City.objects.bulk_create(
        City(slug=f"city-{n}", name_lt=f"Miestas {n}") for n in range(terms)
    )
    services = Service.objects.bulk_create(
        Service(slug=f"service-{n}", name_lt=f"Paslauga {n}") for n in range(terms)
    )
    languages = Language.objects.bulk_create(
        Language(slug=f"l{n}", name_lt=f"kalba {n}") for n in range(terms)
    )
    organisations = Organisation.objects.bulk_create(
        Organisation(
            slug=f"org-{n}",
            name_lt=f"Organizacija {n} išnaudojimas",
            description_lt="Padeda nukentėjusiems nuo išnaudojimo.",
            city=cities[n % terms],
        )
        for n in range(rows)
    )
    Organisation.services.through.objects.bulk_create(
        Organisation.services.through(organisation=org, service=services[n % terms])
        for n, org in enumerate(organisations)
    )
    Organisation.languages.through.objects.bulk_create(
        Organisation.languages.through(organisation=org, language=languages[n % terms])
        for n, org in enumerate(organisations)
    )
    now = timezone.now()
    NewsItem.objects.bulk_create(
        NewsItem(
            kind="event" if n % 3 == 0 else "news",
            title_lt=f"Naujiena {n} apie išnaudojimą",
            slug_lt=f"naujiena-{n}",
            summary_lt="Santrauka.",
            status="published",
            publish_at=now - timedelta(hours=n),
            event_start=now + timedelta(days=n) if n % 3 == 0 else None,
        )
        for n in range(rows)
    )
    Resource.objects.bulk_create(
        Resource(
            slug=f"resource-{n}",
            title_lt=f"Tyrimas {n} apie išnaudojimą",
            kind="study" if n % 2 else "report",
            url="https://www.example.org/",
            language=languages[n % terms],
            year=2000 + n % 25,
        )
        for n in range(rows)
    )
    themes = Theme.objects.bulk_create(
        Theme(slug=f"theme-{n}", title_lt=f"Tema {n}", description_lt="Aprašymas.")
        for n in range(max(rows // 10, 1))
    )
    Figure.objects.bulk_create(
        Figure(theme=themes[n % len(themes)], label_lt=f"Rodiklis {n}", value=Decimal(n), year=2021)
        for n in range(rows)
    )


PAGES = {
    # count, page, its services, its languages, two filters (terms, counts);
    # services alone count from their join table less the hidden rows (one more)
    "/lt/pagalba/": BASE + 9,
    "/en/help/?city=city-1&service=service-1": BASE + 8,
    "/lt/pagalba/org-1/": BASE + 3,  # organisation, its services, its languages
    # count, page, the kind counts, upcoming events
    "/lt/naujienos/": BASE + 4,
    "/en/news/?kind=event&page=1": BASE + 4,
    "/lt/naujienos/naujiena-1/": BASE + 1,
    # count, page (with its language), the type counts, the languages and their counts
    "/lt/leidiniai/": BASE + 5,
    "/en/resources/?type=study&language=l1": BASE + 5,
    "/lt/leidiniai/resource-1/": BASE + 1,
    "/lt/faktai/": BASE + 3,  # count, a page of themes, their figures
    # one per kind of content, and one to load the rows of each kind with matches
    # (pages, news, resources)
    "/lt/paieska/?q=isnaudojimas": BASE + 8,
    "/lt/naujienos.atom": 1,
}


@pytest.mark.parametrize("rows", [3, 1000])
@pytest.mark.parametrize(("path", "queries"), PAGES.items())
def test_queries_stay_flat(client, db, django_assert_num_queries, rows, path, queries):
    build(rows)
    with django_assert_num_queries(queries):
        response = client.get(path)
    assert response.status_code == 200


def test_search_post_is_flat_too(client, db, django_assert_num_queries):
    build(1000)
    with django_assert_num_queries(PAGES["/lt/paieska/?q=isnaudojimas"]):
        assert client.post("/en/search/", {"q": "išnaudojimas"}).status_code == 200


@pytest.mark.parametrize("rows", [3, 300])
@pytest.mark.parametrize(
    ("path", "queries"),
    # The index: a count per kind, the latest change of those that have one;
    # a sitemap page: the count and its rows. Each also runs the site's context
    # processor (the hotlines and the menu: two queries).
    [("/sitemap.xml", 10), ("/sitemap-news.xml", 4), ("/sitemap-organisations.xml", 4)],
)
def test_sitemap_queries_do_not_grow_with_rows(
    client, db, django_assert_num_queries, rows, path, queries
):
    build(rows)
    with django_assert_num_queries(queries):
        assert client.get(path).status_code == 200
