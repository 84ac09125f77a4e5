"""Per-client rate limits (django-ratelimit), shared by the search and the consultation.

The client's address is only ever a hashed cache key; nothing about the client
is stored in the database.

When the cache (Redis) fails, the limits fail OPEN: the request is treated as
not limited. Losing a visitor's question, or a search for help, is worse than a
short window without a limit; core.cache logs one warning without any visitor
data when that happens.
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest
from django_ratelimit import ALL
from django_ratelimit.core import is_ratelimited

from core import cache


def client_key(group: str, request: HttpRequest) -> str:
    """The client's address: from the proxy's header when configured and valid,
    else the connection's address. A bad header never breaks a form.

    An IPv6 client counts as its /64 network: one home or phone gets a whole
    /64, and would otherwise have more addresses than any limit could count.
    """
    header = settings.CLIENT_IP_META_KEY
    candidate = request.META.get(header, "").split(",")[0].strip() if header else ""
    try:
        address = ipaddress.ip_address(candidate)
    except ValueError:
        try:
            address = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
        except ValueError:
            return request.META.get("REMOTE_ADDR", "")
    if address.version == 6:
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False).network_address)
    return str(address)


def limited(request: HttpRequest, group: str, rate: str, increment: bool = True) -> bool:
    """True when this client has gone over ``rate`` for ``group`` (any method);
    False when the cache cannot be reached (fail open, see above)."""
    return cache.call(
        "rate limit",
        lambda: is_ratelimited(
            request, group=group, key=client_key, rate=rate, method=ALL, increment=increment
        ),
        False,
    )
