"""Where uploads are kept: a folder by default, an S3-compatible bucket with
DJANGO_STORAGE=s3 (several app servers share it), and /media/ served through
the storage either way. Nothing here reaches the network: the bucket's answers
come from botocore's Stubber."""

import datetime
import io
import json

import pytest
from botocore.response import StreamingBody
from botocore.stub import ANY, Stubber
from django.core.files.base import ContentFile
from django.core.files.storage import InMemoryStorage, storages

from core.storage import S3MediaStorage
from tests.awareness.test_settings import run

MEDIA_CSP = "default-src 'none'; img-src 'self'; sandbox"
SHOW_STORAGE = "import json, config.settings as s; print(json.dumps(s.STORAGES['default']))"
PRODUCTION = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": "k" * 60,
    "DJANGO_ALLOWED_HOSTS": "prekybazmonemis.lt",
}
BUCKET = {
    "DJANGO_STORAGE": "s3",
    "AWS_STORAGE_BUCKET_NAME": "site-uploads",
    "AWS_S3_ENDPOINT_URL": "https://s3.example.net",
    "AWS_S3_REGION_NAME": "eu-central-1",
    "AWS_LOCATION": "media",
    "AWS_S3_ACCESS_KEY_ID": "AKIA-NOT-A-REAL-KEY",
    "AWS_S3_SECRET_ACCESS_KEY": "not-a-real-secret",
}
S3_OPTIONS = {
    "bucket_name": "site-uploads",
    "endpoint_url": "https://s3.example.net",
    "region_name": "eu-central-1",
    "location": "media",
    "file_overwrite": False,
    "default_acl": None,
    "max_memory_size": 2 * 1024 * 1024,
}


def storage_setting(**env) -> dict:
    result = run(SHOW_STORAGE, **PRODUCTION, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# --- The settings switch -----------------------------------------------------------


def test_uploads_go_to_a_folder_by_default():
    assert storage_setting() == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert storage_setting(DJANGO_STORAGE="local")["BACKEND"].endswith("FileSystemStorage")


def test_the_s3_switch_gives_a_private_bucket_storage_without_its_key():
    setting = storage_setting(**BUCKET)
    assert setting == {"BACKEND": "core.storage.S3MediaStorage", "OPTIONS": S3_OPTIONS}
    # The key is read by django-storages from the environment, never kept in settings.
    assert "not-a-real-secret" not in json.dumps(setting)


def test_the_s3_switch_without_a_bucket_or_with_a_typo_stops_the_start():
    result = run(SHOW_STORAGE, **PRODUCTION, DJANGO_STORAGE="s3")
    assert result.returncode != 0 and "needs AWS_STORAGE_BUCKET_NAME" in result.stderr
    result = run(SHOW_STORAGE, **PRODUCTION, DJANGO_STORAGE="S3-bucket")
    assert result.returncode != 0 and "DJANGO_STORAGE must be local or s3" in result.stderr


# --- The S3 storage ---------------------------------------------------------------------


@pytest.fixture
def bucket(settings):
    """The site's default storage is the S3 bucket of the settings above; its
    client answers from a Stubber, so nothing is sent anywhere."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "core.storage.S3MediaStorage",
            "OPTIONS": S3_OPTIONS | {"access_key": "AKIA-TEST", "secret_key": "test"},
        },
    }
    storage = storages["default"]
    with Stubber(storage.connection.meta.client) as stubber:
        yield storage, stubber
        stubber.assert_no_pending_responses()


def test_an_uploads_address_is_the_sites_own(bucket):
    storage, _stubber = bucket
    assert isinstance(storage, S3MediaStorage)
    assert storage.url("stories/a picture.webp") == "/media/stories/a%20picture.webp"
    assert (
        storage.url("resources/ataskaita-ąč.pdf") == "/media/resources/ataskaita-%C4%85%C4%8D.pdf"
    )
    client = storage.connection.meta.client
    assert client.meta.endpoint_url == "https://s3.example.net"
    assert client.meta.region_name == "eu-central-1"


def _head(content: bytes, content_type: str) -> dict:
    return {
        "ContentLength": len(content),
        "ContentType": content_type,
        "LastModified": datetime.datetime(2026, 11, 30, 12, 0, tzinfo=datetime.UTC),
        "ETag": '"0123456789abcdef"',
    }


def test_an_upload_is_stored_in_the_bucket_and_served_from_it(client, bucket):
    storage, stubber = bucket
    pdf = b"%PDF-1.4\n<html><script>alert(1)</script></html>\n"
    key = {"Bucket": "site-uploads", "Key": "media/resources/leaflet.pdf"}
    # Saving: is the name free (no), then the upload itself, private, typed.
    stubber.add_client_error("head_object", "404", http_status_code=404, expected_params=key)
    stubber.add_response(
        "put_object",
        {"ETag": '"0123456789abcdef"'},
        {**key, "Body": ANY, "ContentType": "application/pdf", "ChecksumAlgorithm": ANY},
    )
    name = storage.save("resources/leaflet.pdf", ContentFile(pdf))
    assert name == "resources/leaflet.pdf"

    # Serving: the view opens the object and reads its date and bytes (the
    # storage and s3transfer ask for the object's head three times in all).
    for _ in range(3):
        stubber.add_response("head_object", _head(pdf, "application/pdf"), key)
    body = StreamingBody(io.BytesIO(pdf), len(pdf))
    stubber.add_response("get_object", {**_head(pdf, "application/pdf"), "Body": body}, key)
    response = client.get("/media/resources/leaflet.pdf")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == pdf
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Length"] == str(len(pdf))
    assert response["Last-Modified"] == "Mon, 30 Nov 2026 12:00:00 GMT"
    assert response["Content-Disposition"] == 'attachment; filename="leaflet.pdf"'
    assert response["Content-Security-Policy"] == MEDIA_CSP
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_missing_object_is_a_404(client, db, bucket):
    _storage, stubber = bucket
    key = {"Bucket": "site-uploads", "Key": "media/resources/gone.pdf"}
    stubber.add_client_error("head_object", "404", http_status_code=404, expected_params=key)
    assert client.get("/media/resources/gone.pdf").status_code == 404


def test_a_key_the_bucket_refuses_is_a_404_not_an_error(client, db, bucket):
    """Without s3:ListBucket a bucket answers 403 for a missing key."""
    _storage, stubber = bucket
    key = {"Bucket": "site-uploads", "Key": "media/resources/hidden.pdf"}
    stubber.add_client_error("head_object", "403", http_status_code=403, expected_params=key)
    assert client.get("/media/resources/hidden.pdf").status_code == 404


# --- /media/ from a storage that is not a folder ------------------------------------------


@pytest.fixture
def memory(settings):
    """Uploads in memory: no MEDIA_ROOT, no file path, only the storage's API."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    storage = storages["default"]
    assert isinstance(storage, InMemoryStorage)
    return storage


def test_media_is_read_through_the_storage_not_the_disk(client, memory):
    picture = memory.save("stories/picture-480.webp", ContentFile(b"RIFF0000WEBPVP8 "))
    response = client.get(f"/media/{picture}")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"RIFF0000WEBPVP8 "
    assert response["Content-Type"] == "image/webp"
    assert "Content-Disposition" not in response  # a picture stays inline
    assert response["Content-Security-Policy"] == MEDIA_CSP

    leaflet = memory.save("resources/leaflet.pdf", ContentFile(b"%PDF-1.4\n"))
    first = client.get(f"/media/{leaflet}")
    assert first["Content-Disposition"] == 'attachment; filename="leaflet.pdf"'
    again = client.get(f"/media/{leaflet}", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 304
    assert again["Content-Disposition"] == 'attachment; filename="leaflet.pdf"'
    assert again["Content-Security-Policy"] == MEDIA_CSP


@pytest.mark.parametrize(
    "path",
    [
        "/media/resources/missing.pdf",
        "/media/resources/",
        "/media/resources",
        "/media/../resources/leaflet.pdf",
        "/media/resources/..%2f..%2fsecret",
        "/media/resources/leaflet.pdf%00",
        "/media/resources\\leaflet.pdf",
    ],
)
def test_a_path_that_names_no_upload_is_a_404(client, db, memory, path):
    memory.save("resources/leaflet.pdf", ContentFile(b"%PDF-1.4\n"))
    assert client.get(path).status_code in (400, 404)
