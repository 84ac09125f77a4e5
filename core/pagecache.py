"""Pages for readers, drawn once per version of the content and served from the cache.

What is cached: the whole response (body and headers) to an anonymous GET that
could go to anyone — status 200, no cookie set, no form token used, nothing
marking it private, not streamed — per address (host, path, query string),
language and whether the client takes gzip. A visitor who reads sets no cookie,
so a request with the session cookie (staff) is never answered from the cache
nor stored, and its response is marked ``private, no-store`` so that no proxy
or CDN keeps it. The admin, ``/healthz``, ``/media/`` and ``/static/`` are never
cached; forms that carry a CSRF token (the consultation), search results and
the risk test's steps say ``no-store`` themselves and are left alone.

When it goes out of date: every cached page records the content version it was
drawn under. Saving, deleting or relinking a row of a public content model
(``PAGE_CACHE_CONTENT_APPS`` but ``PAGE_CACHE_NOT_CONTENT``) writes a new random
version once its transaction commits; from then on the old pages are misses.
The version is where every process sees it: in the shared cache when the cache
is Redis (one round trip reads the version and the page together), else in the
database (``core.ContentVersion``, one primary-key query per page). The database
row is the record in both cases; with Redis, each process compares the two every
``SYNC_SECONDS`` (and after a cache outage), so a version lost while Redis was
away is put right. A scheduled publication (``publish_at`` in the future) makes
the version go out of date by itself when it falls due. The key also holds a
fingerprint of the code (templates, Python sources, catalogues, the static
manifest): a deploy never serves pages drawn by the previous release.

When something fails: every cache call goes through core.cache (a dead Redis
means a page drawn afresh). When the version cannot be read (the database is
down), the last cached copy of the page is served: better than a 503.

The middleware sits early (after CORP, security and WhiteNoise, before GZip,
sessions, locale, CSP...): a hit skips everything after it, and the stored
headers are those the inner middleware added (CSP, Permissions-Policy,
X-Frame-Options, Content-Language, Vary, ETag); the outer ones (nosniff,
Referrer-Policy, COOP, HSTS, CORP) are added to the replay as to any response.
The stored body is the gzipped one when the client took gzip. Conditional GETs
(If-None-Match, If-Modified-Since) get a 304 from the cache too.
"""

import functools
import hashlib
import importlib
import logging
import secrets
import time
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

import django
from django.apps import apps
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connection, connections, transaction
from django.db.models import Min
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.http import HttpRequest, HttpResponse, QueryDict
from django.middleware.gzip import re_accepts_gzip
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
)
from django.utils.csp import CSP
from django.utils.http import parse_http_date_safe, split_directive_names, split_header_value

from core import cache
from core.models import ContentVersion
from core.publishing import PUBLISHED, Publishable

logger = logging.getLogger(__name__)

VERSION_KEY = "pagecache:version"
#: With Redis: how often a process checks the cache's version against the database's.
SYNC_SECONDS = 30
#: Longer query strings are not cached (they are not links the site makes).
MAX_QUERY_LENGTH = 256
#: Larger responses are not cached.
MAX_BYTES = 2 * 1024 * 1024
#: Parameters added by mail and social-media links; no page reads them. They are
#: dropped before the page is drawn, so a campaign link's clicks share one copy.
TRACKING_PARAMETERS = frozenset(
    {"fbclid", "gclid", "gbraid", "wbraid", "dclid", "msclkid", "yclid", "igshid", "ttclid"}
    | {"twclid", "mc_cid", "mc_eid", "_ga", "_gl"}
)
TRACKING_PREFIX = "utm_"
CONDITIONS = (
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_IF_MATCH",
    "HTTP_IF_UNMODIFIED_SINCE",
)
#: A response varying on anything else is not cached (Cookie: see _make_public).
NOT_SHARED = frozenset({"private", "no-store", "no-cache"})
VARY_ALLOWED = frozenset({"accept-encoding", "accept-language", "cookie"})
CSP_HEADER = str(CSP.HEADER_ENFORCE)

Version = tuple[str, float | None]  # (token, when the next scheduled publication falls due)
Entry = tuple[str, int, list[tuple[str, str]], bytes]  # (token, status, headers, body)


# --- The content version ---------------------------------------------------------------------


def _read_database() -> Version:
    """The version row, with one primary-key query (raises DatabaseError)."""
    table = connection.ops.quote_name(ContentVersion._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT token, changes_at FROM {table} WHERE id = 1")  # noqa: S608
        row = cursor.fetchone()
    return (row[0], row[1]) if row else ("", None)


def _next_scheduled_change() -> float | None:
    """When the next scheduled publication falls due, over every publishable model."""
    now = timezone.now()
    due = [
        model._default_manager.filter(status=PUBLISHED, publish_at__gt=now).aggregate(
            due=Min("publish_at")
        )["due"]
        for model in apps.get_models()
        if issubclass(model, Publishable)
    ]
    return min((moment.timestamp() for moment in due if moment), default=None)


def _new_version() -> Version:
    return (secrets.token_hex(8), _next_scheduled_change())


def bump() -> None:
    """Content changed: a new version in the database and, with Redis, in the cache.

    Called after the change is committed; never raises."""
    try:
        version = _new_version()
        updated = ContentVersion.objects.filter(pk=1).update(
            token=version[0], changes_at=version[1]
        )
        if not updated:
            ContentVersion.objects.update_or_create(
                pk=1, defaults={"token": version[0], "changes_at": version[1]}
            )
    except DatabaseError as error:
        logger.warning("The content version could not be written (%s).", type(error).__name__)
        return
    if cache.shared():
        cache.safe_set(VERSION_KEY, version, None)


def _replace_due(old: Version) -> Version | None:
    """The version's scheduled publication is due: one process writes a new
    version (compare-and-set on the row); the others take the row as it is now.
    None when it cannot be told."""
    try:
        new = _new_version()
        won = ContentVersion.objects.filter(pk=1, token=old[0]).update(
            token=new[0], changes_at=new[1]
        )
        if not won:
            new = _read_database()
    except DatabaseError:
        return None
    if new[1] is not None and time.time() >= new[1]:
        return None  # someone else is replacing it right now
    if cache.shared():
        cache.safe_set(VERSION_KEY, new, None)
    return new


def _valid(version) -> Version | None:
    """The version as read from the cache, if it is one (another release may have
    written something else under the key)."""
    if isinstance(version, tuple) and len(version) == 2 and isinstance(version[0], str):
        return version
    return None


class _Sync:
    """With Redis: when this process last compared the cache's version with the database's."""

    at = 0.0


def lookup(key: str) -> tuple[str | None, Entry | None]:
    """The current version's token (None: it cannot be read now) and the cached
    entry for ``key`` (whatever its version, None if there is none)."""
    if cache.shared():
        found = cache.safe_get_many([VERSION_KEY, key])
        if found is None:  # the cache failed: compare with the database once it is back
            _Sync.at = 0.0
            return None, None
        version, entry = _valid(found.get(VERSION_KEY)), found.get(key)
        now = time.monotonic()
        if version is None or now - _Sync.at >= SYNC_SECONDS:
            _Sync.at = now
            try:
                recorded = _read_database()
            except DatabaseError:
                recorded = None
            if recorded is not None and version is None:
                # add(), not set(): a bump meanwhile (row, then cache) must win.
                if cache.safe_add(VERSION_KEY, recorded, None) is False:
                    version = _valid(cache.safe_get(VERSION_KEY))
                else:
                    version = recorded
            elif recorded is not None and recorded != version:
                cache.safe_set(VERSION_KEY, recorded, None)
                version = recorded
    else:
        entry = cache.safe_get(key)
        try:
            version = _read_database()
        except DatabaseError:
            version = None
    if version is not None and version[1] is not None and time.time() >= version[1]:
        return (new[0] if (new := _replace_due(version)) else None), None
    return (version[0] if version is not None else None), entry


def read_token() -> str | None:
    """The current content version's token without a page (None: it cannot be
    read now, or a scheduled publication is due and the page cache will replace it)."""
    shared = cache.shared()
    version = _valid(cache.safe_get(VERSION_KEY)) if shared else None
    if version is None:
        try:
            version = _read_database()
        except DatabaseError:
            return None
        if shared:  # as lookup() does: add(), so that a bump meanwhile wins
            cache.safe_add(VERSION_KEY, version, None)
    if version[1] is not None and time.time() >= version[1]:
        return None
    return version[0]


_UNREAD = object()


def request_token(request: HttpRequest) -> str | None:
    """The content version this request is drawn under: the one the page cache
    read for it, else read once now."""
    token = getattr(request, "_content_version", _UNREAD)
    if token is _UNREAD:
        token = read_token()
        request._content_version = token
    return token


class _PerVersion:
    """What every page shows and only staff change (the menu, the hotlines), kept in
    this process for one content version: ``name`` -> (token, value)."""

    values: dict[str, tuple[str, object]] = {}


def per_version(request: HttpRequest, name: str, build, keep=None):
    """``build()``'s value, built once per content version in this process: a new
    version (any edit, core.pagecache.bump) builds it again. Built afresh every
    time when the page cache is off, the version cannot be read, or the build met
    a database failure (its fallback is not kept). ``keep(value)``, when given,
    says whether a value is kept: names that come from a request (a slug) must
    keep only what exists, so that made-up addresses cannot fill the memory."""
    if not settings.PAGE_CACHE_SECONDS:
        return build()
    token = request_token(request)
    if token is None:
        return build()
    kept = _PerVersion.values.get(name)
    if kept is not None and kept[0] == token:
        return kept[1]
    value = build()
    if not getattr(request, "database_down", False) and (keep is None or keep(value)):
        _PerVersion.values[name] = (token, value)
    return value


# --- What changes the version ----------------------------------------------------------------


class _Bumps:
    """A connection's count of changes registered and of those a bump covered."""

    def __init__(self):
        self.registered = 0
        self.covered = 0


class _Bump:
    """bump() after the commit, once for all the changes the transaction made:
    the first callback to run covers every change registered until then on its
    connection (one thread's, one transaction after another); the others skip."""

    def __init__(self, atomic):
        self.bumps = atomic.__dict__.setdefault("_page_cache_bumps", _Bumps())
        self.bumps.registered += 1
        self.number = self.bumps.registered

    def __call__(self) -> None:
        if self.number > self.bumps.covered:
            self.bumps.covered = self.bumps.registered
            bump()


def content_changed(using: str = DEFAULT_DB_ALIAS) -> None:
    """A public row was written: a new version once the transaction commits
    (not before: a reader could cache the old content under the new version)."""
    transaction.on_commit(_Bump(connections[using]), using=using, robust=True)


def _row_changed(sender, using=DEFAULT_DB_ALIAS, **kwargs) -> None:
    content_changed(using)


def _links_changed(sender, action: str, using=DEFAULT_DB_ALIAS, **kwargs) -> None:
    if action.startswith("post_"):
        content_changed(using)


def content_models() -> list[type]:
    """The models whose rows readers see (settings.PAGE_CACHE_CONTENT_APPS)."""
    ignored = {label.lower() for label in settings.PAGE_CACHE_NOT_CONTENT}
    return [
        model
        for label in settings.PAGE_CACHE_CONTENT_APPS
        for model in apps.get_app_config(label).get_models()
        if model._meta.label_lower not in ignored
    ]


def connect_signals() -> None:
    """Listen to the content models only: a receiver for every model would keep
    Django from deleting other rows (sessions, the audit trail) in bulk."""
    for model in content_models():
        uid = f"pagecache:{model._meta.label_lower}"
        post_save.connect(_row_changed, sender=model, dispatch_uid=uid)
        post_delete.connect(_row_changed, sender=model, dispatch_uid=uid)
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(_links_changed, sender=through, dispatch_uid=f"{uid}:{field.name}")
    # Data migrations and loaders write rows without signals: a migration run
    # (every deploy) starts the cache afresh.
    post_migrate.connect(_after_migrate, sender=apps.get_app_config("core"), dispatch_uid="pc")


def _after_migrate(**kwargs) -> None:
    bump()


# --- The key ---------------------------------------------------------------------------------


@functools.cache
def code_fingerprint() -> str:
    """A digest of what draws the pages: the project's templates, Python sources
    and compiled catalogues, the static files' manifest, Django's version and the
    settings a page shows. Computed once per process from the files' contents
    (not their times), so servers running the same release share their cache."""
    base = Path(settings.BASE_DIR)
    roots = {
        *(Path(folder) for engine in settings.TEMPLATES for folder in engine.get("DIRS", [])),
        *(Path(folder) for folder in settings.LOCALE_PATHS),
        Path(importlib.import_module(settings.ROOT_URLCONF).__file__).parent,  # config/
        *(Path(app.path) for app in apps.get_app_configs() if Path(app.path).parent == base),
    }
    files = {
        path
        for root in roots
        for path in root.rglob("*")
        if path.suffix in {".py", ".html", ".txt", ".xml", ".mo"}
        and "__pycache__" not in path.parts
    }
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if manifest.is_file():
        files.add(manifest)
    digest = hashlib.blake2b(digest_size=8)
    digest.update(django.__version__.encode())
    shown = (settings.QUICK_EXIT_URL, settings.SECURE_CSP, settings.PERMISSIONS_POLICY)
    digest.update(
        repr((*shown, settings.PAGE_BROWSER_MAX_AGE, settings.PAGE_SHARED_MAX_AGE)).encode()
    )
    for path in sorted(files):
        digest.update(str(path.relative_to(base) if path.is_relative_to(base) else path).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@functools.cache
def _excluded_prefixes() -> tuple[str, ...]:
    admin = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            admin.append(reverse("admin:index"))
    return ("/healthz", settings.STATIC_URL, settings.MEDIA_URL, *admin)


def _drop_tracking(request: HttpRequest) -> None:
    query = request.META.get("QUERY_STRING", "")
    if not query or len(query) > 4 * MAX_QUERY_LENGTH:
        return  # nothing to drop, or too long to be cached anyway
    pairs = parse_qsl(query, keep_blank_values=True)
    kept = [
        (name, value)
        for name, value in pairs
        if name not in TRACKING_PARAMETERS and not name.startswith(TRACKING_PREFIX)
    ]
    if len(kept) != len(pairs):
        request.META["QUERY_STRING"] = urlencode(kept)
        request.GET = QueryDict(request.META["QUERY_STRING"])


@functools.cache
def read_parameters() -> frozenset[str]:
    """The query parameters the site's pages read: ``page`` and ``p`` (lists, the
    sitemap) and every list's filter keys (core.listing.FilteredListView)."""
    from django.urls import get_resolver  # noqa: PLC0415

    from core.listing import FilteredListView  # noqa: PLC0415

    _patterns = get_resolver().url_patterns  # every view imported: every list is known
    lists, seen = list(FilteredListView.__subclasses__()), set()
    while lists:
        view = lists.pop()
        seen.add(view)
        lists += [sub for sub in view.__subclasses__() if sub not in seen]
    return frozenset({"page", "p"} | {key for view in seen for key in view.filters})


def cache_key(request: HttpRequest) -> str | None:
    """The page's key, or None when it is not to be cached: a host the site does
    not serve, a long query string, a parameter no page reads (made-up addresses
    must not fill the cache and push out the rate limits' counters), or the
    search's words (``q``: never even looked up, so no words reach a cache key)."""
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_LENGTH:
        return None
    if not set(request.GET) <= read_parameters():
        return None
    try:
        host = request.get_host()
    except Exception:  # noqa: BLE001 - DisallowedHost and the like: the full stack answers
        return None
    # The language the page will be drawn in, as LocaleMiddleware will choose it.
    language = translation.get_language_from_request(request, check_path=True)
    encoding = (
        "gz" if re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else "id"
    )
    address = f"{request.scheme}://{host}{request.get_full_path()}"
    digest = hashlib.blake2b(address.encode(), digest_size=16).hexdigest()
    return f"page:{code_fingerprint()}:{language}:{encoding}:{digest}"


# --- The middleware --------------------------------------------------------------------------


def signed_in(request: HttpRequest) -> bool:
    """A request from staff (or anyone with a session): never cached."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META


def _shareable(request: HttpRequest, response: HttpResponse) -> bool:
    """Whether the response is the same for every reader: it may be cached here
    and by any proxy or CDN."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if "CSRF_COOKIE_NEEDS_UPDATE" in request.META:
        # The page carries a form token: get_token() sets the key, and the CSRF
        # middleware sets it back to False once it has sent the cookie, so its
        # presence (not its value) is what tells.
        return False
    if NOT_SHARED & set(split_directive_names(response.get("Cache-Control", ""))):
        return False
    if not {field.lower() for field in _vary(response)} <= VARY_ALLOWED:
        return False
    if "'nonce-" in response.get(CSP_HEADER, ""):
        return False  # a nonce is for one response only
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def _vary(response: HttpResponse) -> list[str]:
    return list(split_header_value(response.get("Vary", "")))


def _make_public(response: HttpResponse) -> None:
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PAGE_BROWSER_MAX_AGE,
        s_maxage=settings.PAGE_SHARED_MAX_AGE,
    )
    # Sessions and CSRF add "Vary: Cookie" once they are looked at (the auth
    # context processor, a staff preview check). This response is the same with
    # any cookie; staff get their own pages, marked private (see signed_in()).
    vary = _vary(response)
    kept = [field for field in vary if field.lower() != "cookie"]
    if kept != vary:
        if kept:
            response.headers["Vary"] = ", ".join(kept)
        else:
            del response.headers["Vary"]


def _entry(token: str, response: HttpResponse) -> Entry:
    return (token, response.status_code, list(response.items()), response.content)


def _replay(entry: Entry) -> HttpResponse:
    _token, status, headers, body = entry
    return HttpResponse(body, status=status, headers=dict(headers))


def _conditional(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """A 304 (or 412) when the request's conditions say so, as
    ConditionalGetMiddleware answers for pages that are not cached."""
    etag = response.get("ETag")
    last_modified = response.get("Last-Modified")
    last_modified = last_modified and parse_http_date_safe(last_modified)
    if etag or last_modified:
        return get_conditional_response(
            request, etag=etag, last_modified=last_modified, response=response
        )
    return response


class PageCacheMiddleware:
    """See the module's docstring. Place it after WhiteNoise and before GZip."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if signed_in(request):
            response = self.get_response(request)
            add_never_cache_headers(response)  # never in a shared cache: private, no-store
            return response
        if request.method not in ("GET", "HEAD") or request.path.startswith(_excluded_prefixes()):
            return self.get_response(request)
        _drop_tracking(request)
        key = cache_key(request) if settings.PAGE_CACHE_SECONDS else None
        token = None
        if key is not None:
            token, entry = lookup(key)
            request._content_version = token
            if entry is not None and (token is None or entry[0] == token):
                # Fresh, or the version cannot be read: the last copy beats an error page.
                return _conditional(request, _replay(entry))
        # Drawn in full; the 304 (if any) is decided here, after the page is stored.
        conditions = {name: request.META.pop(name) for name in CONDITIONS if name in request.META}
        response = self.get_response(request)
        request.META.update(conditions)
        if not _shareable(request, response):
            return response
        _make_public(response)
        if token is not None and request.method == "GET" and len(response.content) <= MAX_BYTES:
            cache.safe_set(key, _entry(token, response), settings.PAGE_CACHE_SECONDS)
        return _conditional(request, response)
