"""The cache, used so that its failure never breaks a page.

The cache (Redis in production) holds only short-lived, replaceable things: the
rate-limit counters and the pages readers get (core/pagecache.py). When it
cannot be reached every call here answers as if the cache were empty (a write
is dropped), and one warning is logged when it goes down (never a key, a value
or anything about the visitor), one info line when it is back.
"""

import logging
from collections.abc import Callable
from typing import Any

from django.core.cache import cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache

logger = logging.getLogger(__name__)

_state = {"down": False}


def _failed(operation: str, error: Exception) -> None:
    if not _state["down"]:
        _state["down"] = True
        # The error's class only: its text may name the key.
        logger.warning(
            "The cache is unavailable (%s during %s); carrying on without it.",
            type(error).__name__,
            operation,
        )


def _worked() -> None:
    if _state["down"]:
        _state["down"] = False
        logger.info("The cache is available again.")


def call(operation: str, function: Callable[[], Any], default: Any) -> Any:
    """``function()``, or ``default`` when the cache fails (any error: Redis
    down, a timeout, a refused connection)."""
    try:
        result = function()
    except Exception as error:  # noqa: BLE001 - any cache failure degrades the same way
        _failed(operation, error)
        return default
    _worked()
    return result


def safe_get(key: str, default: Any = None) -> Any:
    return call("get", lambda: cache.get(key, default), default)


def safe_get_many(keys: list[str]) -> dict[str, Any] | None:
    """The keys found (one round trip to Redis), or None when the cache failed."""
    return call("get_many", lambda: cache.get_many(keys), None)


def safe_set(key: str, value: Any, timeout: int | None) -> bool:
    """True if written; False when the cache failed (the value is simply not kept)."""
    return bool(call("set", lambda: cache.set(key, value, timeout=timeout) or True, False))


def shared() -> bool:
    """Whether every process (and every server) sees the same cache: Redis,
    not the local-memory cache each gunicorn worker keeps for itself."""
    return not isinstance(caches["default"], LocMemCache | DummyCache)


def safe_add(key: str, value: Any, timeout: int | None = None) -> bool | None:
    """True if added, False if the key was there, None when the cache failed."""
    return call("add", lambda: cache.add(key, value, timeout=timeout), None)


def available() -> bool:
    """Whether the cache answers a write and a read now (for /healthz)."""

    def probe() -> bool:
        cache.set("healthz:probe", 1, timeout=10)
        return cache.get("healthz:probe") == 1

    return bool(call("probe", probe, False))
