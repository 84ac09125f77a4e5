"""sitemap.xml (both languages, hreflang alternates), robots.txt, description and Open Graph."""

from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest

from tests.awareness.builders import news, organisation, resource, terms
from website.sitemaps import ContentSitemap

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def site(db, make_page):
    make_page(slug_lt="apie", slug_en="about")
    make_page(slug_lt="juodrastis", slug_en="draft", status="draft")
    news(1)
    news(2, status="draft")
    organisation("ksppc")
    resource("study", terms()["en"])


def sitemaps(client) -> list[str]:
    """The sitemaps /sitemap.xml lists (an index: one per kind of content, in pages)."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    return [loc.text for loc in root.findall("s:sitemap/s:loc", NS)]


def urls(client):
    """Every <url> of every sitemap the index lists."""
    for address in sitemaps(client):
        response = client.get(address.removeprefix("http://testserver"))
        assert response.status_code == 200, address
        yield from ElementTree.fromstring(response.content).findall("s:url", NS)


def entries(client) -> dict[str, dict[str, str]]:
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in urls(client)
    }


def test_every_public_address_in_both_languages(client, site):
    urls = entries(client)
    for path in (
        "/lt/apie/",
        "/en/about/",
        "/lt/naujienos/naujiena-1/",
        "/en/news/news-item-1/",
        "/lt/pagalba/ksppc/",
        "/en/help/ksppc/",
        "/lt/leidiniai/study/",
        "/en/resources/study/",
        "/lt/",
        "/en/facts/",
        "/lt/istorijos/",
        "/en/risk-test/",
    ):
        assert f"http://testserver{path}" in urls, path


def test_each_entry_names_its_translations_and_a_default(client, site):
    links = entries(client)["http://testserver/en/news/news-item-1/"]
    assert links == {
        "lt": "http://testserver/lt/naujienos/naujiena-1/",
        "en": "http://testserver/en/news/news-item-1/",
        # Not yet translated: its Russian and Ukrainian addresses show the text
        # in a fallback language (English first here), with a note.
        "ru": "http://testserver/ru/novosti/news-item-1/",
        "uk": "http://testserver/uk/novyny/news-item-1/",
        "x-default": "http://testserver/lt/naujienos/naujiena-1/",
    }


def test_every_entry_has_one_x_default_the_lithuanian_address(client, site):
    for url in urls(client):
        links = url.findall("x:link", NS)
        defaults = [link.get("href") for link in links if link.get("hreflang") == "x-default"]
        lithuanian = [link.get("href") for link in links if link.get("hreflang") == "lt"]
        assert defaults == lithuanian and len(defaults) == 1, url.find("s:loc", NS).text


def test_unpublished_content_is_left_out(client, site):
    urls = "\n".join(entries(client))
    assert "juodrastis" not in urls and "naujiena-2" not in urls
    assert "/admin/" not in urls and "paieska" not in urls


def test_the_index_lists_each_kind_and_pages_a_large_one(client, site, monkeypatch):
    assert sitemaps(client) == [
        f"http://testserver/sitemap-{section}.xml"
        for section in ("sections", "pages", "stories", "news", "organisations", "resources")
    ]
    # One published page in four languages, two addresses per sitemap page: two pages.
    monkeypatch.setattr(ContentSitemap, "limit", 2)
    pages = [address for address in sitemaps(client) if "sitemap-pages" in address]
    assert pages == [
        "http://testserver/sitemap-pages.xml",
        "http://testserver/sitemap-pages.xml?p=2",
    ]

    def locations(path):
        root = ElementTree.fromstring(client.get(path).content)
        return [url.find("s:loc", NS).text for url in root.findall("s:url", NS)]

    assert locations("/sitemap-pages.xml") == [
        "http://testserver/lt/apie/",
        "http://testserver/en/about/",
    ]
    second = locations("/sitemap-pages.xml?p=2")
    assert [urlsplit(loc).path.split("/")[1] for loc in second] == ["ru", "uk"]
    assert client.get("/sitemap-pages.xml?p=3").status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_robots_txt_points_to_the_sitemap_and_keeps_out_private_paths(client, db):
    response = client.get("/robots.txt")
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert text.startswith("User-agent: *\n")
    for path in ("/lt/admin/", "/en/admin/", "/lt/paieska/", "/en/search/"):
        assert f"Disallow: {path}\n" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


@pytest.mark.parametrize(
    "path",
    [
        "/lt/",
        "/en/help/",
        "/lt/naujienos/",
        "/en/news/news-item-1/",
        "/lt/leidiniai/",
        "/en/resources/study/",
        "/lt/faktai/",
        "/en/search/",
        "/lt/apie/",
        "/en/stories/",
        "/lt/pagalba/ksppc/",
    ],
)
def test_every_page_has_description_and_open_graph(client, site, path):
    html = client.get(path).content.decode()
    for needle in (
        '<meta name="description" content="',
        '<meta property="og:title" content="',
        '<meta property="og:description" content="',
        '<meta property="og:type" content="',
        f'<meta property="og:url" content="http://testserver{path}">',
        '<meta property="og:locale" content="',
        '<meta property="og:locale:alternate" content="',
    ):
        assert needle in html, needle
    assert '<meta name="description" content="">' not in html
    assert '<meta property="og:title" content="">' not in html


def test_news_item_is_an_article_with_its_own_title_and_summary(client, site):
    html = client.get("/en/news/news-item-1/").content.decode()
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="News item 1">' in html
    assert '<meta name="description" content="Summary 1">' in html
    assert '<meta property="og:locale" content="en_GB">' in html


def test_meta_text_is_escaped_once(client, db, make_page):
    make_page(title_en='Rights & "duties"', summary_en="A & B", slug_en="rights")
    html = client.get("/en/rights/").content.decode()
    assert '<meta property="og:title" content="Rights &amp; &quot;duties&quot;">' in html
    assert '<meta name="description" content="A &amp; B">' in html
