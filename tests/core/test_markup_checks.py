"""What the external HTML checkers found (shared reviews, December 2026), kept fixed."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.awareness.builders import news

# HTML's datetime attribute: whole seconds at most to three decimals, then an offset.
HTML_DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?([+-]\d\d:\d\d|Z)$")


@pytest.mark.django_db
def test_time_elements_carry_no_microseconds(client):
    start = timezone.now().replace(microsecond=816487) + timedelta(days=3)
    item = news(
        1,
        kind="event",
        event_start=start,
        event_end=start + timedelta(hours=2),
        publish_at=timezone.now().replace(microsecond=123456) - timedelta(days=1),
    )
    for url in ("/en/news/", item.get_absolute_url(), "/en/"):
        values = re.findall(r'<time datetime="([^"]+)"', client.get(url).text)
        assert values, url
        assert all(HTML_DATETIME.match(value) for value in values), (url, values)


@pytest.mark.django_db
def test_an_error_on_a_radio_group_links_to_its_first_button(client):
    html = client.post("/en/consultation/", {"question": "A question long enough."}).text
    link = re.search(r'<div class="error-summary".*?</div>', html, re.S).group(0)
    targets = re.findall(r'href="#([^"]*)"', link)
    assert "id_topic_0" in targets
    assert all(target and f'id="{target}"' in html for target in targets)


@pytest.mark.django_db
def test_the_footer_says_exactly_which_page_sets_a_cookie(client):
    reading = client.get("/en/")
    assert reading.cookies == {}
    assert "Only the consultation form sets one security cookie" in reading.text
    assert "sets no cookies for readers" not in reading.text
    assert client.get("/en/consultation/").cookies  # the form's CSRF cookie
