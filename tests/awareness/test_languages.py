"""Language prefixes, redirects, translated paths, hreflang and canonical links."""

import pytest


@pytest.mark.parametrize(
    ("accept", "target"),
    [
        ("en-GB,en;q=0.9", "/en/"),
        ("lt-LT,lt;q=0.9,en;q=0.5", "/lt/"),
        ("de-DE,de;q=0.9", "/lt/"),
        ("", "/lt/"),
    ],
)
def test_root_redirects_to_the_visitors_language(client, db, accept, target):
    response = client.get("/", headers={"accept-language": accept} if accept else {})
    assert response.status_code == 302
    assert response["Location"] == target


def test_ui_paths_are_translated(client, db):
    assert client.get("/lt/pagalba/").status_code == 200
    assert client.get("/en/help/").status_code == 200
    assert client.get("/en/pagalba/").status_code == 404


def test_html_lang_hreflang_and_canonical(client, make_page):
    make_page(slug_lt="darbas", slug_en="work")
    html = client.get("/en/work/").text
    assert '<html lang="en">' in html
    assert '<link rel="canonical" href="http://testserver/en/work/">' in html
    assert '<link rel="alternate" hreflang="lt" href="http://testserver/lt/darbas/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/work/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/lt/darbas/">' in html


def test_switcher_leads_to_the_same_page_in_the_other_language(client, make_page):
    make_page(slug_lt="darbas", slug_en="work")
    html = client.get("/lt/darbas/").text
    assert '<a href="/en/work/" lang="en" hreflang="en">English</a>' in html
    assert 'href="/lt/darbas/" lang="lt" hreflang="lt" aria-current="true"' in html


def test_switcher_on_a_translated_path(client, db):
    html = client.get("/en/help/").text
    assert '<a href="/lt/pagalba/" lang="lt" hreflang="lt">Lietuviškai</a>' in html


def test_switcher_on_a_missing_page_offers_the_home_page(client, db):
    html = client.get("/en/no-such-page/").text
    assert '<a href="/lt/" lang="lt" hreflang="lt">Lietuviškai</a>' in html


def test_interface_is_in_lithuanian(client, db):
    html = client.get("/lt/").text
    assert '<html lang="lt">' in html
    assert "Pereiti prie pagrindinio turinio" in html
    assert "Reikia pagalbos? Skambinkite nemokamai" in html
