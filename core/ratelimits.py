"""Per-client rate limits (django-ratelimit), shared by the search and the consultation.

The client's address is only ever a hashed cache key; nothing about the client
is stored in the database.
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest
from django_ratelimit import ALL
from django_ratelimit.core import is_ratelimited


def client_key(group: str, request: HttpRequest) -> str:
    """The client's address: from the proxy's header when configured and valid,
    else the connection's address. A bad header never breaks a form."""
    header = settings.CLIENT_IP_META_KEY
    candidate = request.META.get(header, "").split(",")[0].strip() if header else ""
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return request.META.get("REMOTE_ADDR", "")


def limited(request: HttpRequest, group: str, rate: str, increment: bool = True) -> bool:
    """True when this client has gone over ``rate`` for ``group`` (any method)."""
    return is_ratelimited(
        request, group=group, key=client_key, rate=rate, method=ALL, increment=increment
    )
