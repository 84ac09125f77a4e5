"""Queries per page stay the same however much content there is."""

import pytest

from awareness.models import HomePage, Hotline, Language

# The hotlines and the languages they answer in are one query each; a
# top-level page counts its sub-pages (they are listed a page at a time).
EXPECTED = {"/lt/": 6, "/en/help/": 9, "/lt/puslapis-1/": 6, "/en/page-2/": 6}


def grow(make_page, top_level: int, children: int) -> None:
    parents = [make_page() for _ in range(top_level)]
    for parent in parents:
        for _ in range(children):
            make_page(parent=parent)
    languages = [
        Language.objects.create(slug=code, name_lt=code, name_en=code) for code in ("lt", "en")
    ]
    for n in range(top_level):
        line = Hotline.objects.create(name_lt=f"Linija {n}", number=str(n), tel=f"+3706{n:07d}")
        line.languages.set(languages)


@pytest.fixture
def small_site(make_page):
    grow(make_page, top_level=2, children=1)
    HomePage.objects.create(intro_title_lt="Sveiki")


@pytest.fixture
def large_site(make_page):
    grow(make_page, top_level=40, children=5)
    HomePage.objects.create(intro_title_lt="Sveiki")


@pytest.mark.parametrize(("url", "queries"), EXPECTED.items())
def test_queries_with_little_content(client, small_site, django_assert_num_queries, url, queries):
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(("url", "queries"), EXPECTED.items())
def test_queries_with_a_lot_of_content(client, large_site, django_assert_num_queries, url, queries):
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200
