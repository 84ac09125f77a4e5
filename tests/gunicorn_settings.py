"""The site's settings for tests that start gunicorn: static files from the source
tree (no collectstatic in the test run), everything else as in production."""

from config.settings import *  # noqa: F403
from config.settings import STORAGES

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
