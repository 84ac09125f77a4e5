"""Views every part of the site shares: error pages, /healthz and uploads."""

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import loader
from django.utils.translation import get_language
from django.views.decorators.http import require_safe
from django.views.static import serve


@require_safe
def media(request: HttpRequest, path: str) -> HttpResponse:
    """Uploaded files, when no proxy serves them (MEDIA_ROOT read per request)."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)


@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """200 when the database answers, 503 when it does not (for monitors)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


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
    """Rendered without context processors: the database may be the problem."""
    template = loader.get_template("500.html")
    body = template.render(
        {
            "hotlines": settings.FALLBACK_HOTLINES,
            "quick_exit_url": settings.QUICK_EXIT_URL,
            "LANGUAGE_CODE": get_language() or settings.LANGUAGE_CODE,
        }
    )
    return HttpResponse(body, status=500)
