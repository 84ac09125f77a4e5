import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

from awareness.models import Hotline, Page
from tests.signin import sign_in_verified

PLAIN_STATIC = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
MANIFEST_STATIC = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}


@pytest.fixture(autouse=True)
def _plain_static_files(settings):
    """No collectstatic before tests: serve static files from the source tree.

    tests/awareness/test_static.py checks the hashed, compressed production set.
    """
    settings.STORAGES = {**settings.STORAGES, "staticfiles": PLAIN_STATIC}


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory):
    """The production static set (hashed names, .gz and .br copies), collected
    once per run: brotli at its best quality takes a while."""
    root = tmp_path_factory.mktemp("static")
    storages = {**django_settings.STORAGES, "staticfiles": MANIFEST_STATIC}
    with override_settings(STATIC_ROOT=root, STORAGES=storages):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits and replay nonces live in the cache: each test starts without any."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _pages_drawn_afresh(settings):
    """Each request draws its page (a view's query count is its own): the page
    cache is tested with the ``page_cache`` fixture (tests/core/test_page_cache.py).
    The servers the outage and two-server tests start run with it on."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def page_cache(settings):
    """Readers' pages cached as in production (and what every page shows kept per
    content version: each test's database starts again from the same version)."""
    from core.pagecache import _PerVersion  # noqa: PLC0415

    _PerVersion.values.clear()
    settings.PAGE_CACHE_SECONDS = 600
    yield settings
    _PerVersion.values.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's default language (requests change it)."""
    translation.activate(django_settings.LANGUAGE_CODE)
    yield
    translation.activate(django_settings.LANGUAGE_CODE)


@pytest.fixture
def make_page(db):
    counter = iter(range(1, 100_000))

    def make(**fields) -> Page:
        n = next(counter)
        values = {
            "title_lt": f"Puslapis {n}",
            "title_en": f"Page {n}",
            "slug_lt": f"puslapis-{n}",
            "slug_en": f"page-{n}",
            "body_lt": f"<p>Tekstas {n}</p>",
            "body_en": f"<p>Text {n}</p>",
            "status": "published",
            "menu_order": n,
        } | fields
        return Page.objects.create(**values)

    return make


@pytest.fixture
def hotline(db) -> Hotline:
    return Hotline.objects.create(
        name_lt="Nacionalinė pagalbos linija",
        name_en="National hotline",
        number="8 800 91119",
        tel="+37080091119",
        hours_lt="Visą parą",
        hours_en="24/7",
    )


@pytest.fixture
def admin_client(client, admin_user):
    """pytest-django's admin_client, past the second step of the sign-in."""
    sign_in_verified(client, admin_user)
    return client
