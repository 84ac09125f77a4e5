"""A cache backend that fails on every call, as Django's Redis cache does when
Redis is down (tests point CACHES at it)."""

from django.core.cache.backends.base import BaseCache


class CacheDown(ConnectionError):
    pass


class BrokenCache(BaseCache):
    calls = 0

    def __init__(self, location, params):
        super().__init__(params)

    def _fail(self, *args, **kwargs):
        type(self).calls += 1
        raise CacheDown("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    add = get = set = touch = delete = incr = decr = has_key = _fail
    get_many = set_many = delete_many = get_or_set = _fail

    def clear(self):
        """The suite empties the cache around each test; the site never does."""
