import pytest

from tests.consultations.conftest import ask  # noqa: F401 - fixtures
from tests.quiz.conftest import questionnaire, taker  # noqa: F401 - fixtures

BROKEN_CACHE = {"default": {"BACKEND": "tests.outage.broken_cache.BrokenCache"}}


@pytest.fixture
def cache_down(settings):
    """Every cache call fails from here on, as with Redis stopped."""
    settings.CACHES = BROKEN_CACHE
    from tests.outage.broken_cache import BrokenCache

    BrokenCache.calls = 0
    return BrokenCache


@pytest.fixture(autouse=True)
def _cache_state_fresh():
    """core.cache warns once per outage: each test starts with the cache up."""
    from core import cache

    cache._state["down"] = False
    yield
    cache._state["down"] = False
