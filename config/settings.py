"""Settings for the site, read from the environment (see README.md).

DEBUG is off unless DJANGO_DEBUG=true. With DEBUG off the site refuses to
start without DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS.
"""

from datetime import timedelta
from importlib.util import find_spec
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from config.audit import tracked_models
from config.env import env_bool, env_int, env_list, env_str
from core import inline_style
from core.headers import static_file_headers

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. It is required when DEBUG is off "
            "(`make run` generates one into .secret_key)."
        )
    # Only ever used with DEBUG on, on a developer's machine.
    SECRET_KEY = "insecure-development-key-only-used-with-debug-on"  # noqa: S105

ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else []
)
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS is not set; it is required when DEBUG is off.")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation must come before the admin to patch its forms.
    "modeltranslation",
    "config.apps.CSPAdminConfig",  # django.contrib.admin with its own CSP (config/admin.py)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django_prose_editor",
    "django_countries",
    "django_ratelimit",
    # Staff sign-in: a second step (django-otp, TOTP and recovery codes) and
    # a lock-out after repeated wrong passwords (django-axes); core.signin.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "config.apps.AxesConfig",  # django-axes, named for the admin
    # The audit trail: what it records in config/audit.py, its admin in core/admin.py.
    "auditlog",
    # The project's own, from the bottom up: core is what every app uses, the
    # content apps build on it, website ties them together (docs/architecture.md).
    "core",
    "awareness",
    "stories",
    "quiz",
    "consultations",
    "website",
]

MIDDLEWARE = [
    # First, so that every response (static files included) carries it.
    "core.headers.CrossOriginResourcePolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Readers' pages from the cache (core/pagecache.py): a hit is answered here,
    # with the headers the middleware below added when the page was drawn.
    "core.pagecache.PageCacheMiddleware",
    # Pages are small but phones are slow: compress HTML (with Django's BREACH
    # mitigation). WhiteNoise serves static files already compressed.
    "django.middleware.gzip.GZipMiddleware",
    # An ETag for every page that may be stored (on the content before gzip),
    # and 304 answers to conditional GETs.
    "django.middleware.http.ConditionalGetMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # The database down: a translated 503 with Retry-After, forms shown again
    # with what was typed (core/middleware.py). After the language is known,
    # before the CSRF check.
    "core.middleware.DatabaseUnavailableMiddleware",
    "django.middleware.common.CommonMiddleware",
    "config.middleware.CsrfViewMiddleware",  # see its docstring
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Who did it: the signed-in user, for the audit trail's entries (config/audit.py).
    "auditlog.middleware.AuditlogMiddleware",
    # request.user.is_verified(): has this session passed the second step?
    "django_otp.middleware.OTPMiddleware",
    # Keeps a half-signed-in staff member (password only) out of the admin.
    "core.signin.SecondStepMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # django-axes wants to be last: it turns a locked-out login into our page.
    "axes.middleware.AxesMiddleware",
]

# django-axes first: it refuses a locked-out login before any password check.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "awareness.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The local-memory cache unless Redis is configured (a visitor's fresh machine
# may have no Redis). The cache holds rate-limit counters and readers' pages:
# when Redis is down every page keeps working (core/cache.py), and the short
# timeouts keep a dead or unreachable Redis from holding a worker for long.
REDIS_URL = env_str("REDIS_URL")
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 0.3, "socket_timeout": 0.5},
        }
        if REDIS_URL
        else {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            # Each worker's own: a few hundred pages (most 6-9 KB gzipped).
            "OPTIONS": {"MAX_ENTRIES": 600},
        }
    )
}

# Readers' pages (core/pagecache.py): anonymous GETs are kept in the cache above
# until staff change content (a new content version), at most this long (0: off).
PAGE_CACHE_SECONDS = env_int("DJANGO_PAGE_CACHE_SECONDS", 600)
# What browsers and shared caches (nginx, a CDN) are told about those pages:
# browsers ask again each time (a 304 when nothing changed); a shared cache may
# keep a page this long after an edit (edits clear only the site's own cache).
PAGE_BROWSER_MAX_AGE = 0
PAGE_SHARED_MAX_AGE = env_int("DJANGO_PAGE_SHARED_MAX_AGE", 60)
# A row saved, deleted or relinked in these apps changes what readers see...
PAGE_CACHE_CONTENT_APPS = ["awareness", "stories", "quiz"]
# ...except these, which no public page shows (the risk test's anonymous counts).
PAGE_CACHE_NOT_CONTENT = [
    "quiz.DailyCompletions",
    "quiz.BandCount",
    "quiz.ChoiceCount",
    "quiz.CompletionNonce",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------
# Adding a language: add it here, add locale/<code>/LC_MESSAGES/django.po,
# run `make messages` and `makemigrations` (new translated columns).
LANGUAGE_CODE = "lt"
LANGUAGES = [
    ("lt", _("Lithuanian")),
    ("en", _("English")),
    ("ru", _("Russian")),
    ("uk", _("Ukrainian")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = "Europe/Vilnius"
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = LANGUAGE_CODE
# A text missing in the visitor's language is shown in the closest language the
# reader is likely to understand, marked with its own `lang` and a visible note.
# Russian and Ukrainian readers first get the other East Slavic language (most
# Ukrainians in Lithuania read Russian; Russian readers from Belarus and Central
# Asia understand Ukrainian better than English or Lithuanian), then English,
# then Lithuanian. English readers get Lithuanian (every text exists in it).
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": (LANGUAGE_CODE, "en"),
    "ru": ("uk", "en", LANGUAGE_CODE),
    "uk": ("ru", "en", LANGUAGE_CODE),
}

# --- Static and media files -------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("DJANGO_STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT") or BASE_DIR / "media")
# Static files get the pages' CSP, nosniff and Cross-Origin-Resource-Policy.
WHITENOISE_ADD_HEADERS_FUNCTION = static_file_headers
# Django serves uploads itself unless the proxy does (DJANGO_SERVE_MEDIA=false).
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", True)
# Uploads stay in memory up to this size, so an image's original bytes (and
# their metadata) never touch a temporary file on disk.
FILE_UPLOAD_MAX_MEMORY_SIZE = 6 * 1024 * 1024
# Resources: uploaded PDFs up to this size (larger uploads get a clear message).
RESOURCE_MAX_UPLOAD_BYTES = env_int("DJANGO_RESOURCE_MAX_UPLOAD_MB", 20) * 1024 * 1024
# Where uploads are kept (docs/deployment.md, "More than one server"): a folder
# (DJANGO_MEDIA_ROOT) by default, which several app servers can share as a
# network file system; or an S3-compatible bucket (DJANGO_STORAGE=s3, with the
# optional requirements-s3.txt). Visitors always fetch uploads from this site's
# own /media/ (core.views.media reads them through the storage, or the proxy
# serves the folder): the bucket stays private and no browser asks another host.
MEDIA_STORAGE = env_str("DJANGO_STORAGE", "local").strip().lower() or "local"
if MEDIA_STORAGE == "local":
    DEFAULT_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
elif MEDIA_STORAGE == "s3":
    if not env_str("AWS_STORAGE_BUCKET_NAME"):
        raise ImproperlyConfigured("DJANGO_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME.")
    if not all(find_spec(package) for package in ("storages", "boto3")):
        raise ImproperlyConfigured(
            "DJANGO_STORAGE=s3 needs django-storages and boto3: pip install -r requirements-s3.txt"
        )
    # The key comes from AWS_S3_ACCESS_KEY_ID and AWS_S3_SECRET_ACCESS_KEY (or
    # AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, or the machine's role), read by
    # django-storages and boto3 themselves: it is never a setting here.
    DEFAULT_STORAGE = {
        "BACKEND": "core.storage.S3MediaStorage",
        "OPTIONS": {
            "bucket_name": env_str("AWS_STORAGE_BUCKET_NAME"),
            # Another provider's S3-compatible service, e.g. https://s3.example.net
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env_str("AWS_S3_REGION_NAME") or None,
            # A folder in the bucket (empty: the bucket's top).
            "location": env_str("AWS_LOCATION"),
            # As in a folder: a new upload never replaces another of the same name.
            "file_overwrite": False,
            # Private objects: only the site reads them (no public ACL).
            "default_acl": None,
            # A file being served stays in memory up to this size, then goes to
            # a temporary file.
            "max_memory_size": 2 * 1024 * 1024,
        },
    }
else:
    raise ImproperlyConfigured(f"DJANGO_STORAGE must be local or s3, not {MEDIA_STORAGE!r}.")
STORAGES = {
    "default": DEFAULT_STORAGE,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# --- Security ----------------------------------------------------------------
# DJANGO_HTTPS is on by default in production; `make run` turns it off because
# it serves plain HTTP on 127.0.0.1.
HTTPS = env_bool("DJANGO_HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
# The preload flag alone changes nothing until the domain is submitted to the
# browsers' preload list; it lets the owner do so.
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
if env_bool("DJANGO_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_FAILURE_VIEW = "core.views.csrf_failure"
# security.W003 looks for Django's own CSRF middleware by name; ours is a
# subclass that keeps every check and only accepts the "Origin: null" that
# no-referrer causes on same-origin posts (config.middleware, tests/awareness/test_csrf.py).
SILENCED_SYSTEM_CHECKS = ["security.W003"]
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
# Forms that need the CSRF cookie (the consultation) get one that ends with
# the browser session rather than staying a year on a possibly shared device.
CSRF_COOKIE_AGE = None
SESSION_COOKIE_SAMESITE = "Lax"
# Staff sessions end when the browser closes: admin devices may be shared.
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# ...and after this long without a request (only staff have sessions: a
# visitor who reads gets no cookie, an empty session is never saved).
STAFF_IDLE_MINUTES = env_int("DJANGO_STAFF_IDLE_MINUTES", 30)
SESSION_COOKIE_AGE = STAFF_IDLE_MINUTES * 60
SESSION_SAVE_EVERY_REQUEST = True
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# Public pages: only this site's own files, no inline script; one inline style,
# the site's stylesheet itself, allowed by its hash (core/inline_style.py: no
# render-blocking request). The hash is computed here, at start-up, from the
# same bytes the pages inline.
SITE_STYLE_HASH = inline_style.load().csp_source
SECURE_CSP = {
    "default-src": [CSP.NONE],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF, SITE_STYLE_HASH],
    "img-src": [CSP.SELF],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "manifest-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}
# The admin alone: Django's admin and the rich-text editor add a few inline
# <script> and <link> elements (the editor's import map, prepopulated-field
# data) that carry the per-request nonce; still no blanket inline allowance.
# Applied to every admin view by config.admin.CSPAdminSite.
# The rich-text editor (django-prose-editor 0.28, Tiptap) injects one fixed
# <style> element of base styles; its hash allows exactly that one. A browser
# test fails on any CSP violation in the admin, so an upgrade that changes it
# shows up.
PROSE_EDITOR_STYLE_HASH = "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"
ADMIN_CSP = SECURE_CSP | {
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE, PROSE_EDITOR_STYLE_HASH],
}
# modeltranslation's tabbed admin needs jQuery UI; by default it would load it
# from Google. Served from static/vendor/ instead: no third-party request.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
    )
}

# --- Staff sign-in (core.signin, docs/deployment.md) ---------------------------
# A second step is required for whoever holds one of these permissions (and for
# superusers); anyone else may turn it on, and then it is required for them too.
# Reading consultations (in the admin, "change" also shows them), writing or
# publishing stories, and changing who may do what (users, groups) all need it.
TWO_FACTOR_REQUIRED_PERMISSIONS = [
    "consultations.view_consultation",
    "consultations.change_consultation",
    "consultations.view_message",
    "consultations.change_message",
    "stories.add_story",
    "stories.change_story",
    "auth.add_user",
    "auth.change_user",
    "auth.add_group",
    "auth.change_group",
]
# The name an authenticator app shows next to the six-digit code.
OTP_TOTP_ISSUER = env_str("DJANGO_OTP_ISSUER", "prekybazmonemis.lt")
# Wrong codes make the next try wait 1, 2, 4, 8... seconds (django-otp's default
# factor, written here so it is never turned off by accident). The wait never
# grows past LOGIN_COOLOFF_MINUTES: the count starts again that long after the
# last wrong code (core.signin), so someone who knows a password cannot keep
# the real staff member out for days by typing wrong codes.
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1
# Device secrets are never shown in the admin.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
RECOVERY_CODE_COUNT = 10

# Wrong passwords (django-axes, with core.signin.StaffLoginHandler): one account
# from one client address is locked after LOGIN_FAILURE_LIMIT failures; the
# client address as a whole after LOGIN_CLIENT_FAILURE_LIMIT failures on any
# accounts. The lock lifts LOGIN_COOLOFF_MINUTES after the last counted failure.
# An attacker elsewhere can never lock a staff member out of their own address.
LOGIN_FAILURE_LIMIT = env_int("DJANGO_LOGIN_FAILURE_LIMIT", 5)
LOGIN_CLIENT_FAILURE_LIMIT = env_int("DJANGO_LOGIN_CLIENT_FAILURE_LIMIT", 20)
LOGIN_COOLOFF_MINUTES = env_int("DJANGO_LOGIN_COOLOFF_MINUTES", 15)
AXES_HANDLER = "core.signin.StaffLoginHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_COOLOFF_MINUTES)
# Failures while locked do not push the end of the lock further away.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.signin.client_address"
AXES_USERNAME_CALLABLE = "core.signin.login_username"
AXES_LOCKOUT_CALLABLE = "core.signin.locked_out"
AXES_ONLY_ADMIN_SITE = False
# No record of successful logins (it would keep every staff address for ever);
# failed attempts are kept only until their cool-off has passed.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ACCESS_FAILURE_LOG = False
# Nothing that identifies a client in a log line: addresses, names and browsers
# are masked in django-axes' messages.
AXES_VERBOSE = False
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "user_agent"]

# --- The site ----------------------------------------------------------------
# Where the quick-exit control sends a visitor: a neutral site (the weather).
QUICK_EXIT_URL = env_str("DJANGO_QUICK_EXIT_URL", "https://www.meteo.lt/")
# Shown when the database cannot be read (error pages); staff edit the real
# hotlines in the admin.
FALLBACK_HOTLINES = [
    {
        "name": _("National human trafficking hotline"),
        "number": "8 800 91119",
        "tel": "+37080091119",
        "hours": _("24/7, free in Lithuania"),
        # As the Hotline's languages show it: one plain translated text here.
        "answers_in": [_("Lithuanian, English, Russian")],
    },
    {"name": _("Emergency"), "number": "112", "tel": "112", "hours": _("24/7")},
]

# --- Online consultations -------------------------------------------------------
CONSULTATION_RETENTION_DAYS = env_int("DJANGO_CONSULTATION_RETENTION_DAYS", 90)
# Per client (a hash of its address, kept in the cache only), for POSTs.
CONSULTATION_RATES = {
    "ask": env_str("DJANGO_CONSULTATION_ASK_RATE", "5/h"),
    "lookup": env_str("DJANGO_CONSULTATION_LOOKUP_RATE", "20/h"),
}
# Searches one client address may run a minute. A search's cost is bounded (an
# index, at most 1,001 candidates a kind; docs/architecture.md, Search), so the
# limit is against floods, not readers: a class of 30 behind a school's one
# address, each searching every 10 seconds, makes 180 a minute and stays under
# it; a script sending five or more a second goes over within the minute.
SEARCH_RATE = env_str("DJANGO_SEARCH_RATE", "300/m")
# Behind a proxy: the request header with the client's address (e.g. HTTP_X_REAL_IP).
CLIENT_IP_META_KEY = env_str("DJANGO_CLIENT_IP_META_KEY")
if not REDIS_URL:
    # django-ratelimit wants a cache shared by all workers: Redis in production.
    # Without it (a local `make run`) each worker counts on its own, which is
    # still a limit; the check would otherwise stop the start.
    SILENCED_SYSTEM_CHECKS.append("django_ratelimit.E003")
# Django's own Redis cache is atomic and shared, just not on the library's list.
SILENCED_SYSTEM_CHECKS.append("django_ratelimit.W001")

# Notices to the consultants. On a local, plain-HTTP run (`make run`, `make dev`)
# they are printed to the console; in production (HTTPS on) they go by SMTP, to
# DJANGO_EMAIL_HOST or else to a mail server on this machine.
EMAIL_SMTP_HOST = env_str("DJANGO_EMAIL_HOST")
SMTP_MAILER = {
    "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    "OPTIONS": {
        "host": EMAIL_SMTP_HOST or "localhost",
        "port": env_int("DJANGO_EMAIL_PORT", 587 if EMAIL_SMTP_HOST else 25),
        "username": env_str("DJANGO_EMAIL_USER"),
        "password": env_str("DJANGO_EMAIL_PASSWORD"),
        "use_tls": env_bool("DJANGO_EMAIL_USE_TLS", bool(EMAIL_SMTP_HOST)),
        "timeout": 10,
    },
}
CONSOLE_MAILER = {"BACKEND": "django.core.mail.backends.console.EmailBackend"}
MAILERS = {"default": SMTP_MAILER if EMAIL_SMTP_HOST or HTTPS else CONSOLE_MAILER}
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "webmaster@localhost")

# --- Audit trail (django-auditlog) ---------------------------------------------
# What is recorded: config/audit.py. Kept AUDIT_RETENTION_DAYS (two years), then
# deleted by `manage.py purge_audit_trail` (docs/deployment.md).
AUDITLOG_INCLUDE_TRACKING_MODELS = tracked_models([code for code, _name in LANGUAGES])
AUDITLOG_MASK_CALLABLE = "config.audit.mask_text"
# A related object as it was named then (a consultant, a parent page), not its id.
AUDITLOG_USE_FK_STRING_REPRESENTATION = True
# No client addresses in the trail (nor in any log); no correlation id from a
# request header either: the trail is about staff accounts, not clients.
AUDITLOG_DISABLE_REMOTE_ADDR = True
AUDITLOG_CID_HEADER = None
AUDIT_RETENTION_DAYS = env_int("DJANGO_AUDIT_RETENTION_DAYS", 730)

# --- Logging -------------------------------------------------------------------
# Only warnings and errors, never request bodies: visitors' form text must not
# reach a log line. Every record is one line: control characters in the message,
# its arguments and a traceback are escaped (core/logging.py), so a path with
# %0d%0a cannot forge a line; IP addresses are replaced with [ip].
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "escaped": {
            "()": "core.logging.EscapingFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s: %(message)s",
            "redact_ips": True,
        }
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "escaped"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "WARNING")},
}
