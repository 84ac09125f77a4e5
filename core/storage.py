"""Uploads in an S3-compatible bucket that every app server shares
(DJANGO_STORAGE=s3 in config/settings.py; needs requirements-s3.txt).

The bucket stays private. An upload's address is the site's own
``/media/<name>``, as with the folder: core.views.media reads the file through
this storage and sends it with the uploads' headers, so a visitor's browser
never asks another host (no third-party request, no signed bucket address in a
page).
"""

from urllib.parse import urljoin

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage
from storages.utils import clean_name


class S3MediaStorage(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None) -> str:
        """``MEDIA_URL`` and the name, as Django's FileSystemStorage gives it."""
        return urljoin(settings.MEDIA_URL, filepath_to_uri(clean_name(name)).lstrip("/"))
