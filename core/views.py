"""Views every part of the site shares: error pages, /healthz and uploads."""

import mimetypes
import posixpath
import re
import sys
from datetime import datetime
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.core.files.storage import storages
from django.db import DatabaseError, connection
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseNotModified
from django.shortcuts import render
from django.template import loader
from django.utils.csp import CSP, build_policy
from django.utils.http import content_disposition_header, http_date
from django.utils.translation import get_language
from django.views.decorators.http import require_safe
from django.views.static import was_modified_since

from core import cache
from core.middleware import DATABASE_DOWN_ERRORS, RETRY_AFTER_SECONDS, unavailable_page

# Uploads a browser may show in the page: the story illustrations (re-encoded
# JPEG, PNG or WebP). Everything else, PDFs first, is sent as a download.
INLINE_MEDIA_TYPES = {"image/jpeg", "image/png", "image/webp", "image/gif", "image/avif"}
# Even opened directly, an upload runs nothing, loads nothing but same-origin
# images and has no origin of its own (a PDF that is also an HTML page stays
# inert). img-src 'self' lets a browser's image viewer show an illustration
# opened in a tab; a CSP on an <img>'s response does not affect the page.
MEDIA_CSP = {"default-src": [CSP.NONE], "img-src": [CSP.SELF], "sandbox": True}


def _download_name(path: str) -> str:
    """The file's own name, reduced to characters safe in any header and file system."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", PurePosixPath(path).name).strip("._")
    return name[:120] or "download"


def _storage_name(path: str) -> str | None:
    """The upload's name in the storage, or None for a path that cannot name one
    (it leaves the uploads, or holds a NUL or a backslash)."""
    if "\x00" in path or "\\" in path:
        return None
    name = posixpath.normpath(path).lstrip("/")
    if name in ("", ".", "..") or name.startswith("../"):
        return None
    return name


def _storage_errors(storage) -> tuple[type[Exception], ...]:
    """What reading a missing or unreadable upload may raise: a bucket refusing a
    key it may not list (403) raises botocore's errors, which are not OSErrors.
    botocore is imported only when the storage is a bucket."""
    errors = (OSError, ValueError, SuspiciousOperation)
    if not any(cls.__module__.startswith("storages.backends.s3") for cls in type(storage).__mro__):
        return errors
    from botocore.exceptions import BotoCoreError, ClientError  # noqa: PLC0415

    return (*errors, BotoCoreError, ClientError)


def _modified(storage, name: str) -> datetime | None:
    try:
        return storage.get_modified_time(name)
    except (NotImplementedError, *_storage_errors(storage)):
        return None


@require_safe
def media(request: HttpRequest, path: str) -> HttpResponse:
    """Uploaded files, when no proxy serves them, read through the default
    storage (a folder, or a bucket every server shares: docs/deployment.md), so
    no server needs the file on its own disk.

    Sandboxed, never sniffed, same-origin only; anything but an image is a
    download (docs/deployment.md has the same rules for a proxy).
    """
    name = _storage_name(path)
    if name is None:
        raise Http404
    storage = storages["default"]
    try:
        upload = storage.open(name, "rb")
    except _storage_errors(storage):  # missing, a folder, a bad name, a refused key
        raise Http404 from None
    modified = _modified(storage, name)
    since = request.META.get("HTTP_IF_MODIFIED_SINCE")
    if modified is not None and not was_modified_since(since, modified.timestamp()):
        upload.close()
        response = HttpResponseNotModified()
    else:
        content_type, encoding = mimetypes.guess_type(name)  # as Django's static serve()
        response = FileResponse(upload, content_type=content_type or "application/octet-stream")
        response.headers.pop("Content-Disposition", None)  # set below, from the name
        if modified is not None:
            response["Last-Modified"] = http_date(modified.timestamp())
        if encoding:
            response["Content-Encoding"] = encoding
    content_type, _encoding = mimetypes.guess_type(name)
    if content_type not in INLINE_MEDIA_TYPES:
        response["Content-Disposition"] = content_disposition_header(True, _download_name(name))
    response[str(CSP.HEADER_ENFORCE)] = build_policy(MEDIA_CSP)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response


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
