"""Views every part of the site shares: error pages, /healthz and uploads."""

import sys

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import loader
from django.utils.translation import get_language
from django.views.decorators.http import require_safe
from django.views.static import serve

from core import cache
from core.middleware import DATABASE_DOWN_ERRORS, RETRY_AFTER_SECONDS, unavailable_page


@require_safe
def media(request: HttpRequest, path: str) -> HttpResponse:
    """Uploaded files, when no proxy serves them (MEDIA_ROOT read per request)."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)


@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """For monitors: one line per dependency, ``database: ok|down`` and
    ``cache: ok|down``. 503 when the database is down (no page can be served),
    200 when only the cache is (degraded: every page works, rate limits are off)."""
    database_ok = _database_answers()
    cache_ok = cache.available()
    body = "".join(
        f"{name}: {'ok' if ok else 'down'}\n"
        for name, ok in (("database", database_ok), ("cache", cache_ok))
    )
    response = HttpResponse(body, status=200 if database_ok else 503, content_type="text/plain")
    if not database_ok:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def _database_answers() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return False
    return True


def _error(request, template: str, status: int) -> HttpResponse:
    return render(request, template, {"alternates_to_home": True}, status=status)


def bad_request(request, exception=None):
    return _error(request, "400.html", 400)


def permission_denied(request, exception=None):
    return _error(request, "403.html", 403)


def csrf_failure(request, reason=""):
    """A form sent without a valid token (an old page, cookies blocked)."""
    return _error(request, "403_csrf.html", 403)


def page_not_found(request, exception=None):
    return _error(request, "404.html", 404)


def server_error(request):
    """Rendered without context processors: the database may be the problem.

    A database outage that escaped the middleware (raised outside a view)
    still gets the 503 page."""
    if isinstance(sys.exc_info()[1], DATABASE_DOWN_ERRORS):
        return unavailable_page(request)
    template = loader.get_template("500.html")
    body = template.render(
        {
            "hotlines": settings.FALLBACK_HOTLINES,
            "quick_exit_url": settings.QUICK_EXIT_URL,
            "LANGUAGE_CODE": get_language() or settings.LANGUAGE_CODE,
        }
    )
    return HttpResponse(body, status=500)
