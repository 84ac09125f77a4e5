"""What a worker loads to serve readers: the libraries only editors' and staff's
actions need stay out until used (each worker's memory, issue #14's RSS target)."""

import os
import subprocess
import sys

from django.conf import settings

CHECK = """
import sys
import config.wsgi  # the settings, every app, its models and admin modules
from django.urls import get_resolver

for pattern in get_resolver().url_patterns:  # every URLconf and the views it names
    getattr(pattern, "url_patterns", None)
print(",".join(sorted(name for name in ("pypdf", "qrcode") if name in sys.modules)))
"""


def test_pdf_checking_and_qr_codes_are_not_loaded_for_readers():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_DEBUG": "false",
        "DJANGO_HTTPS": "false",
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "DJANGO_SECRET_KEY": "test-only",
        "DATABASE_URL": "sqlite://:memory:",
    }
    result = subprocess.run(
        [sys.executable, "-c", CHECK],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1:] in ([""], []), result.stdout


def test_they_still_load_when_used(db):
    from awareness.documents import validate_pdf  # noqa: PLC0415
    from tests.awareness.builders import pdf_upload  # noqa: PLC0415

    validate_pdf(pdf_upload())  # a real PDF passes: pypdf was imported on demand
    assert "pypdf" in sys.modules
