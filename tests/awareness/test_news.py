"""News and events: list, detail in both languages, scheduling, the Atom feed."""

from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from awareness.models import NewsItem
from tests.awareness.builders import news

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def items(db):
    event = news(
        1,
        kind="event",
        title_en="Training in Vilnius",
        event_start=timezone.now() + timedelta(days=5),
        place_lt="Vilnius",
        place_en="Vilnius",
    )
    return {
        "event": event,
        "old": news(2, title_en="Website launched"),
        "draft": news(3, status="draft", title_en="Draft item"),
        "scheduled": news(
            4, publish_at=timezone.now() + timedelta(days=1), title_en="Tomorrow's item"
        ),
    }


def test_list_shows_published_items_newest_first(client, items):
    response = client.get("/en/news/")
    assert [item.title for item in response.context["items"]] == [
        "Training in Vilnius",
        "Website launched",
    ]
    html = response.content.decode()
    assert "Draft item" not in html and "Tomorrow" not in html
    assert [item.title for item in response.context["upcoming"]] == ["Training in Vilnius"]


def test_filter_events_only(client, items):
    response = client.get("/lt/naujienos/", {"kind": "event"})
    assert [item.pk for item in response.context["items"]] == [items["event"].pk]


def test_detail_in_both_languages_with_its_translated_address(client, items):
    lt = client.get("/lt/naujienos/naujiena-1/")
    en = client.get("/en/news/news-item-1/")
    assert lt.status_code == en.status_code == 200
    assert 'hreflang="en" href="http://testserver/en/news/news-item-1/"' in lt.content.decode()
    assert "Vilnius" in en.content.decode()


def test_drafts_and_scheduled_items_are_not_found(client, items):
    assert client.get("/en/news/news-item-3/").status_code == 404
    assert client.get("/en/news/news-item-4/").status_code == 404


def test_staff_preview_a_draft_without_caching(admin_client, items):
    response = admin_client.get("/en/news/news-item-3/")
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]


def test_event_needs_a_start_and_cannot_end_before_it(db):
    item = NewsItem(
        kind="event", title_lt="Renginys", slug_lt="renginys", summary_lt="Apie renginį."
    )
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "event_start" in error.value.message_dict
    item.event_start = timezone.now()
    item.event_end = item.event_start - timedelta(hours=1)
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "event_end" in error.value.message_dict


def test_slug_is_unique_per_language(items):
    copy = NewsItem(title_lt="Kita", slug_lt="naujiena-2", summary_lt="Kita naujiena.")
    with pytest.raises(ValidationError) as error:
        copy.full_clean()
    assert "slug_lt" in error.value.message_dict


@pytest.mark.parametrize(
    ("url", "language", "first_link"),
    [
        ("/lt/naujienos.atom", "lt", "http://testserver/lt/naujienos/naujiena-1/"),
        ("/en/news.atom", "en", "http://testserver/en/news/news-item-1/"),
    ],
)
def test_atom_feed_per_language(client, items, url, language, first_link):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 2  # no draft, nothing scheduled
    assert entries[0].find(f"{ATOM}link").get("href") == first_link
    assert entries[0].find(f"{ATOM}updated") is not None


def test_news_list_links_to_its_feed(client, items):
    html = client.get("/en/news/").content.decode()
    assert 'type="application/atom+xml"' in html and 'href="/en/news.atom"' in html


def test_home_shows_latest_news_featured_stories_and_hotlines(client, items, hotline):
    html = client.get("/en/").content.decode()
    assert "Latest news" in html
    assert html.index("Training in Vilnius") < html.index("Website launched")
    assert "Draft item" not in html
    assert "tel:+37080091119" in html


def test_feed_survives_control_characters_and_escapes_summaries(client, db):
    news(1, title_lt="Iš Word\x0bkopija", summary_lt='<img src=x onerror="alert(1)"> & kita')
    response = client.get("/lt/naujienos.atom")
    assert response.status_code == 200
    feed = ElementTree.fromstring(response.content)
    entry = feed.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == "Iš Word kopija"
    # type="html": the reader unescapes once and must get text, not a tag.
    assert (
        entry.find(f"{ATOM}summary").text
        == "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; kita"
    )
    assert feed.find(f"{ATOM}author/{ATOM}name").text == "Stop prekybai žmonėmis"


def test_an_event_within_one_local_day_shows_one_date(client, db, settings):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    vilnius = ZoneInfo(settings.TIME_ZONE)
    news(
        1,
        kind="event",
        event_start=datetime(2030, 3, 10, 1, 0, tzinfo=vilnius),  # still 9 March in UTC
        event_end=datetime(2030, 3, 10, 5, 0, tzinfo=vilnius),
    )
    html = client.get("/en/news/").content.decode()
    assert "March 10, 2030" in html and "–<time" not in html


def test_a_news_item_with_an_event_date_asks_which_it_is(db):
    item = NewsItem(
        kind="news",
        title_lt="Naujiena",
        slug_lt="naujiena",
        summary_lt="Apie naujieną.",
        place_en="Vilnius",
    )
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "kind" in error.value.message_dict
