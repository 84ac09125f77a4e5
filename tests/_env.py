"""Environment for the test run, set before Django's settings load.

Loaded with ``-p tests._env`` (pytest.ini), earlier than any conftest.
Values already in the environment win (DATABASE_URL for PostgreSQL, say).
"""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "only-for-the-test-suite")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("DJANGO_HTTPS", "false")
os.environ.setdefault("DJANGO_DEBUG", "false")
# Playwright's sync API runs an event loop in the test thread; the live
# server's database access from that thread is safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
