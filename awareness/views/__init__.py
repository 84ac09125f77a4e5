"""The awareness app's views, one module per section."""

from awareness.views.core import (
    bad_request,
    csrf_failure,
    healthz,
    home,
    media,
    page_detail,
    page_not_found,
    permission_denied,
    robots_txt,
    server_error,
)

__all__ = [
    "bad_request",
    "csrf_failure",
    "healthz",
    "home",
    "media",
    "page_detail",
    "page_not_found",
    "permission_denied",
    "robots_txt",
    "server_error",
]
