"""When the database cannot be reached: a translated 503, never a 500.

Every page then answers 503 with ``Retry-After``, in the page's language (from
the URL prefix), with the quick exit and the hotlines from
``settings.FALLBACK_HOTLINES`` (the page needs nothing from the database). A
form posted in that moment comes back with everything the visitor typed, when
its view names how to show it again (``@when_database_down``). The site
recovers by itself: each request asks for a healthy connection
(``conn_health_checks``), so nothing needs a restart when the database returns.
"""

import logging
import time
from collections.abc import Callable

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers

try:  # Django wraps the driver's errors; a raw one is caught all the same.
    from psycopg import InterfaceError as PsycopgInterfaceError
    from psycopg import OperationalError as PsycopgOperationalError
except ImportError:  # pragma: no cover - psycopg is in requirements.txt
    PsycopgInterfaceError = PsycopgOperationalError = OperationalError

#: The errors that mean "the database is not there", not "this query is wrong".
DATABASE_DOWN_ERRORS = (
    OperationalError,
    InterfaceError,
    PsycopgOperationalError,
    PsycopgInterfaceError,
)
RETRY_AFTER_SECONDS = 30
WARNING_EVERY_SECONDS = 60

logger = logging.getLogger(__name__)
_last_warning = {"at": 0.0}

Renderer = Callable[[HttpRequest], HttpResponse]


def when_database_down(renderer: Renderer):
    """A view's POST that fails because the database is down is answered by
    ``renderer(request)``: the same form, filled in with what was sent, with
    ``form_not_sent`` in its context for the message (the status becomes 503).
    Put it above the view's other decorators."""

    def decorate(view):
        view.when_database_down = renderer
        return view

    return decorate


def database_failed(request: HttpRequest | None, error: Exception) -> None:
    """Note that a query failed because the database is down (the context
    processor carries on without it; the page then answers 503)."""
    if request is not None and isinstance(error, DATABASE_DOWN_ERRORS):
        request.database_down = True


def _warn(error: Exception) -> None:
    now = time.monotonic()
    if now - _last_warning["at"] >= WARNING_EVERY_SECONDS:
        _last_warning["at"] = now
        # The class only: a driver's message may quote a query's values.
        logger.warning("The database is unavailable (%s); answering 503.", type(error).__name__)


def _unavailable(response: HttpResponse) -> HttpResponse:
    response.status_code = 503
    response.reason_phrase = "Service Unavailable"
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def unavailable_page(request: HttpRequest) -> HttpResponse:
    """The 503 page: translated from the URL's language prefix, rendered
    without the context processors (they would ask the database)."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        body = loader.get_template("503.html").render(
            {
                "hotlines": settings.FALLBACK_HOTLINES,
                "quick_exit_url": settings.QUICK_EXIT_URL,
                "LANGUAGE_CODE": language,
            }
        )
    response = HttpResponse(body)
    add_never_cache_headers(response)
    return _unavailable(response)


class DatabaseUnavailableMiddleware:
    """Turns a database outage into a 503 (see the module's docstring).

    Place it after LocaleMiddleware (the page's language is active) and before
    the CSRF middleware (the form shown again keeps a valid token).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            getattr(request, "database_down", False)
            and response.status_code == 200
            and request.method in ("GET", "HEAD")
        ):
            # The page was drawn without the database (a form, the search box):
            # it works, but the site does not; say so to browsers and monitors.
            _unavailable(response)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        request.when_database_down = getattr(view_func, "when_database_down", None)

    def process_exception(self, request: HttpRequest, exception: Exception):
        if not isinstance(exception, DATABASE_DOWN_ERRORS):
            return None
        _warn(exception)
        request.database_down = True
        renderer = getattr(request, "when_database_down", None)
        if renderer is not None and request.method == "POST":
            try:
                response = renderer(request)
            except DATABASE_DOWN_ERRORS:
                pass
            else:
                add_never_cache_headers(response)
                return _unavailable(response)
        return unavailable_page(request)
