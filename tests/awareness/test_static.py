"""The production static set: hashed names, compressed copies, served by WhiteNoise."""

import re

import pytest
from django.core.management import call_command

MANIFEST = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}


@pytest.fixture
def collected(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "staticfiles": MANIFEST}
    call_command("collectstatic", interactive=False, verbosity=0)
    return tmp_path


def test_pages_link_hashed_files_that_exist_compressed(client, db, collected):
    html = client.get("/lt/").text
    css = re.search(r'href="/static/(css/site\.[0-9a-f]{12}\.css)"', html).group(1)
    js = re.search(r'src="/static/(js/quick-exit\.[0-9a-f]{12}\.js)"', html).group(1)
    for name in (css, js):
        assert (collected / name).exists()
        assert (collected / f"{name}.gz").exists()
