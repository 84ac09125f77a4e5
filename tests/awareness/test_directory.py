"""The help page's organisation directory: filters without JavaScript, details, links."""

import pytest
from django.core.exceptions import ValidationError

from tests.awareness.builders import organisation, terms


@pytest.fixture
def directory(db):
    t = terms()
    organisation(
        "ksppc",
        city=t["klaipeda"],
        services=[t["shelter"], t["legal-aid"]],
        languages=[t["lt"], t["en"]],
        name_lt="Klaipėdos centras",
        name_en="Klaipėda centre",
        website="https://ksppc.lt/",
        phone="8 800 91119",
        tel="+37080091119",
    )
    organisation("iom", city=t["vilnius"], services=[t["legal-aid"]], name_en="IOM Lithuania")
    organisation("hidden", city=t["vilnius"], status="draft", name_en="Hidden organisation")
    return t


def names(response) -> list[str]:
    return [org.name for org in response.context["organisations"]]


def test_help_lists_published_organisations_and_hotlines(client, directory, hotline):
    response = client.get("/en/help/")
    # Alphabetical in the visitor's language (staff can set an order first).
    assert names(response) == ["IOM Lithuania", "Klaipėda centre"]
    html = response.content.decode()
    assert "8 800 91119" in html and "tel:+37080091119" in html
    assert "Hidden organisation" not in html


def test_filter_by_city(client, directory):
    response = client.get("/en/help/", {"city": "klaipeda"})
    assert names(response) == ["Klaipėda centre"]
    assert 'aria-current="true"' in response.content.decode()


def test_filter_by_service_and_city_together(client, directory):
    assert names(client.get("/lt/pagalba/", {"service": "legal-aid"})) == [
        "Klaipėdos centras",
        "Organizacija iom",
    ]
    both = client.get("/lt/pagalba/", {"service": "legal-aid", "city": "vilnius"})
    assert names(both) == ["Organizacija iom"]


def test_filter_options_count_with_the_other_filter_kept(client, directory):
    response = client.get("/en/help/", {"service": "shelter"})
    city = next(f for f in response.context["filters"] if f["key"] == "city")
    # Only Klaipėda has a shelter; Vilnius (0) is left out of the options.
    assert [(o.value, o.count) for o in city["options"]] == [("klaipeda", 1)]


def test_unknown_city_shows_none_with_a_way_back(client, directory):
    response = client.get("/en/help/", {"city": "nowhere"})
    assert names(response) == []
    assert "Show all organisations" in response.content.decode()


@pytest.mark.parametrize("junk", ["<script>", "a\x00b", "x" * 500])
def test_junk_filter_values_are_ignored(client, directory, junk):
    response = client.get("/en/help/", {"city": junk})
    assert response.status_code == 200
    assert names(response) == ["IOM Lithuania", "Klaipėda centre"]


def test_organisation_page_shows_contact_details_and_safe_outbound_link(client, directory):
    response = client.get("/lt/pagalba/ksppc/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<a href="https://ksppc.lt/" rel="noopener noreferrer">' in html
    assert "Prieglauda, Teisinė pagalba" in html
    assert "lietuvių, anglų" in html


def test_unpublished_organisation_is_not_found(client, directory):
    assert client.get("/en/help/hidden/").status_code == 404


def test_phone_needs_both_forms(db):
    org = organisation("x", phone="8 800 91119", tel="")
    with pytest.raises(ValidationError):
        org.full_clean()
    org.tel = "8 800 91119"  # spaces are not dialable
    with pytest.raises(ValidationError):
        org.full_clean()
    org.tel = "+37080091119"
    org.full_clean()


def test_filter_links_jump_to_the_directory(client, directory):
    html = client.get("/en/help/").content.decode()
    assert 'href="?city=klaipeda#directory"' in html


def test_headings_on_the_help_page_follow_their_order(client, directory):
    html = client.get("/en/help/").content.decode()
    assert '<h3 id="filter-city">City or place</h3>' in html
    assert ">All places</a>" in html and ">All services</a>" in html


def test_staff_preview_an_unpublished_organisation(admin_client, directory):
    response = admin_client.get("/en/help/hidden/")
    assert response.status_code == 200 and "Preview" in response.text


def test_switching_language_keeps_the_filters(client, directory):
    html = client.get("/en/help/", {"city": "klaipeda"}).content.decode()
    assert '<a href="/lt/pagalba/?city=klaipeda" lang="lt" hreflang="lt">' in html
