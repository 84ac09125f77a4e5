"""Language prefixes, redirects, translated paths, hreflang and canonical links."""

import pytest


@pytest.mark.parametrize(
    ("accept", "target"),
    [
        ("en-GB,en;q=0.9", "/en/"),
        ("lt-LT,lt;q=0.9,en;q=0.5", "/lt/"),
        ("uk", "/uk/"),
        ("uk-UA,uk;q=0.9,ru;q=0.8", "/uk/"),
        ("ru", "/ru/"),
        ("ru-RU,ru;q=0.9,en;q=0.5", "/ru/"),
        ("de-DE,de;q=0.9", "/lt/"),
        ("uz", "/lt/"),
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
    assert '<a href="/lt/pagalba/" lang="lt" hreflang="lt">Lietuvių</a>' in html


def test_switcher_on_a_missing_page_offers_the_home_page(client, db):
    html = client.get("/en/no-such-page/").text
    assert '<a href="/lt/" lang="lt" hreflang="lt">Lietuvių</a>' in html


def test_interface_is_in_lithuanian(client, db):
    html = client.get("/lt/").text
    assert '<html lang="lt">' in html
    assert "Pereiti prie pagrindinio turinio" in html
    assert "Reikia pagalbos? Skambinkite nemokamai" in html


def test_hreflang_alternates_for_all_four_languages(client, make_page):
    make_page(slug_lt="darbas", slug_en="work", slug_ru="rabota", slug_uk="robota")
    html = client.get("/uk/robota/").text
    assert '<html lang="uk">' in html
    assert '<link rel="canonical" href="http://testserver/uk/robota/">' in html
    for code, slug in [("lt", "darbas"), ("en", "work"), ("ru", "rabota"), ("uk", "robota")]:
        assert (
            f'<link rel="alternate" hreflang="{code}" href="http://testserver/{code}/{slug}/">'
            in html
        )
    assert html.count('hreflang="x-default"') == 1
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/lt/darbas/">' in html


def test_hreflang_alternates_on_a_section_use_its_translated_paths(client, db):
    html = client.get("/ru/pomoshch/").text
    for code, path in [("lt", "pagalba"), ("en", "help"), ("ru", "pomoshch"), ("uk", "dopomoha")]:
        assert (
            f'<link rel="alternate" hreflang="{code}" href="http://testserver/{code}/{path}/">'
            in html
        )


def test_switcher_names_every_language_in_itself(client, db):
    html = client.get("/en/help/").text
    assert '<a href="/lt/pagalba/" lang="lt" hreflang="lt">Lietuvių</a>' in html
    assert 'href="/en/help/" lang="en" hreflang="en" aria-current="true">English</a>' in html
    assert '<a href="/ru/pomoshch/" lang="ru" hreflang="ru">Русский</a>' in html
    assert '<a href="/uk/dopomoha/" lang="uk" hreflang="uk">Українська</a>' in html


@pytest.mark.parametrize("language", ["lt", "en", "ru", "uk"])
def test_switcher_is_the_same_in_every_interface_language(client, db, language):
    html = client.get(f"/{language}/").text
    for name in ("Lietuvių", "English", "Русский", "Українська"):
        assert f">{name}</a>" in html
