"""The search limit against a shared address: a class of pupils is served, a flood is not."""

from types import SimpleNamespace

import pytest
from django.test import Client

SCHOOL = "203.0.113.7"  # one address for the whole class (the school's NAT)


@pytest.fixture
def clock(monkeypatch):
    """django-ratelimit's clock, moved by the test (fixed one-minute windows)."""
    now = SimpleNamespace(value=1_800_000_000.0)
    monkeypatch.setattr("django_ratelimit.core.time", SimpleNamespace(time=lambda: now.value))
    return now


def test_a_class_of_30_behind_one_address_is_never_refused(db, make_page, clock):
    make_page(title_en="Forms of exploitation", body_en="<p>Labour exploitation.</p>")
    pupils = [Client(REMOTE_ADDR=SCHOOL) for _ in range(30)]
    words = ["exploitation", "labour", "forms", "help", "work", "passport", "abroad", "job"]
    start, statuses = clock.value, []
    # Every pupil searches every 10 seconds for a lesson exercise: 180 searches a
    # minute from the one address, the whole class starting within a few seconds.
    for round_ in range(len(words)):
        for number, pupil in enumerate(pupils):
            clock.value = start + round_ * 10 + number * 0.1
            response = pupil.post("/en/search/", {"q": words[(round_ + number) % len(words)]})
            statuses.append(response.status_code)
    assert len(statuses) == 240
    assert set(statuses) == {200}


def test_a_flood_from_one_address_is_still_refused(db, clock, settings):
    flood = Client(REMOTE_ADDR=SCHOOL)
    limit = int(settings.SEARCH_RATE.split("/")[0])
    statuses = [flood.post("/en/search/", {"q": "job"}).status_code for _ in range(limit + 20)]
    assert statuses[:limit] == [200] * limit
    assert statuses[limit:] == [429] * 20
    # Another address is not held back by it.
    assert Client(REMOTE_ADDR="198.51.100.9").post("/en/search/", {"q": "job"}).status_code == 200
    # The next minute the address may search again.
    clock.value += 60
    assert flood.post("/en/search/", {"q": "job"}).status_code == 200


def test_the_consultation_limits_are_unchanged(settings):
    assert settings.CONSULTATION_RATES == {"ask": "5/h", "lookup": "20/h"}
