"""Resources: the PDF check (by content, with a size limit), files, filters, pages."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from PIL import Image

from awareness.apps import restore_list_indexes
from awareness.documents import validate_pdf
from awareness.models import Resource
from tests.awareness.builders import pdf_bytes, pdf_upload, resource, terms


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, "PNG")
    return out.getvalue()


def codes(upload) -> str:
    with pytest.raises(ValidationError) as error:
        validate_pdf(upload)
    return error.value.code


def test_a_real_pdf_passes():
    validate_pdf(pdf_upload())


def test_an_image_named_pdf_is_refused():
    fake = SimpleUploadedFile("report.pdf", png_bytes(), content_type="application/pdf")
    assert codes(fake) == "not_pdf"


def test_a_pdf_header_with_garbage_behind_it_is_refused():
    fake = SimpleUploadedFile("report.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 50)
    assert codes(fake) == "unreadable"


def test_a_pdf_named_otherwise_is_still_a_pdf():
    validate_pdf(SimpleUploadedFile("leaflet.bin", pdf_bytes(), content_type="text/plain"))


def test_password_protected_pdf_is_refused():
    assert codes(pdf_upload(password="secret")) == "encrypted"


def test_size_limit(settings):
    upload = pdf_upload(pages=3)
    settings.RESOURCE_MAX_UPLOAD_BYTES = upload.size - 1
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            validate_pdf(upload)
        assert error.value.code == "too_large"
        assert error.value.messages == [
            f"The file is {upload.size}\xa0bytes; the limit is {upload.size - 1}\xa0bytes."
        ]


def test_a_resource_needs_a_file_or_a_link_but_not_both(db):
    language = terms()["en"]
    item = Resource(title_lt="Tyrimas", slug="t", kind="study", language=language)
    with pytest.raises(ValidationError):
        item.full_clean()
    item.url = "https://www.ilo.org/"
    item.document = pdf_upload()
    with pytest.raises(ValidationError):
        item.full_clean()


def test_replacing_or_deleting_a_document_removes_the_old_file_once_saved(
    db, tmp_path, django_capture_on_commit_callbacks
):
    language = terms()["en"]
    item = resource("leaflet", language, url="", document=pdf_upload("first.pdf"))
    first = tmp_path / item.document.name
    assert first.exists() and item.document_size == first.stat().st_size
    with django_capture_on_commit_callbacks(execute=True):
        item.document = pdf_upload("second.pdf")
        item.save()
        assert first.exists()  # kept until the change is committed
    second = tmp_path / item.document.name
    assert not first.exists() and second.exists()
    with django_capture_on_commit_callbacks(execute=True):
        item.delete()
    assert not second.exists()


@pytest.fixture
def library(db):
    t = terms()
    resource("study-en", t["en"], title_en="Global estimates", kind="study")
    resource(
        "leaflet-lt", t["lt"], title_en="Leaflet", kind="leaflet", url="", document=pdf_upload()
    )
    resource("hidden", t["en"], title_en="Hidden report", status="draft")
    return t


def titles(response) -> list[str]:
    return [item.title for item in response.context["resources"]]


def test_list_and_filters(client, library):
    assert sorted(titles(client.get("/en/resources/"))) == ["Global estimates", "Leaflet"]
    assert titles(client.get("/en/resources/", {"type": "leaflet"})) == ["Leaflet"]
    assert titles(client.get("/en/resources/", {"language": "en"})) == ["Global estimates"]
    assert titles(client.get("/en/resources/", {"type": "study", "language": "lt"})) == []


def test_download_link_and_outbound_link(client, library):
    html = client.get("/en/resources/").content.decode()
    assert "download" in html and 'type="application/pdf"' in html
    assert 'href="https://www.example.org/study" rel="noopener noreferrer"' in html
    assert "Hidden report" not in html


def test_detail_page_and_the_file_itself(client, library):
    item = Resource.objects.get(slug="leaflet-lt")
    assert client.get("/en/resources/leaflet-lt/").status_code == 200
    download = client.get(item.document.url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF-")
    assert client.get("/en/resources/hidden/").status_code == 404


def test_admin_refuses_a_fake_pdf_with_a_message_and_keeps_the_rest(admin_client, library):
    fake = SimpleUploadedFile("study.pdf", png_bytes(), content_type="application/pdf")
    response = admin_client.post(
        "/en/admin/awareness/resource/add/",
        {
            "title_lt": "Naujas tyrimas",
            "slug": "new-study",
            "kind": "study",
            "language": library["lt"].pk,
            "document": fake,
            "status": "published",
        },
    )
    assert response.status_code == 200
    assert "Only PDF documents can be uploaded." in response.content.decode()
    assert 'value="Naujas tyrimas"' in response.content.decode()
    assert not Resource.objects.filter(slug="new-study").exists()


def test_admin_accepts_a_real_pdf(admin_client, library):
    response = admin_client.post(
        "/en/admin/awareness/resource/add/",
        {
            "title_lt": "Lankstinukas",
            "slug": "new-leaflet",
            "kind": "leaflet",
            "language": library["lt"].pk,
            "document": pdf_upload("Lankstinukas 2026.pdf"),
            "status": "published",
        },
    )
    assert response.status_code == 302
    saved = Resource.objects.get(slug="new-leaflet")
    assert saved.document.name.startswith("resources/lankstinukas-2026-")


def test_editing_a_resource_whose_file_is_missing_or_now_too_big_keeps_working(
    admin_client, library, settings, tmp_path
):
    item = Resource.objects.get(slug="leaflet-lt")
    (tmp_path / item.document.name).unlink()  # e.g. media not restored from a backup
    settings.RESOURCE_MAX_UPLOAD_BYTES = 10  # and the limit lowered since the upload
    response = admin_client.post(
        f"/en/admin/awareness/resource/{item.pk}/change/",
        {
            "title_lt": "Pataisytas pavadinimas",
            "slug": item.slug,
            "kind": item.kind,
            "language": item.language_id,
            "status": "published",
        },
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.title_lt == "Pataisytas pavadinimas" and item.document


def test_undated_resources_come_last_on_every_database(db):
    language = terms()["en"]
    resource("undated", language, title_en="Undated", year=None)
    resource("old", language, title_en="Old", year=2001)
    resource("new", language, title_en="New", year=2024)
    assert [r.slug for r in Resource.objects.all()] == ["new", "old", "undated"]


def _plan(sql: str) -> str:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # A few rows are read whole more cheaply than through any index, and
            # PostgreSQL rightly does so: here, can the list's query use it at all.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("EXPLAIN " + sql)
        else:
            cursor.execute("EXPLAIN QUERY PLAN " + sql)
        return "\n".join(" ".join(map(str, row)) for row in cursor.fetchall())


@pytest.mark.parametrize("language", ["lt", "en", "ru", "uk"])
def test_a_page_of_the_list_is_read_in_index_order(client, library, language):
    """The list's page query reads the language's order index, not a sort of
    every published resource (awareness/list_indexes.py)."""
    with translation.override(language):
        path = reverse("awareness:resources")
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    [page] = [
        query["sql"]
        for query in queries.captured_queries
        if 'FROM "awareness_resource"' in query["sql"] and "LIMIT" in query["sql"]
    ]
    plan = _plan(page)
    assert f"resource_order_{language}" in plan
    assert "TEMP B-TREE FOR ORDER BY" not in plan  # SQLite sorting
    assert "Sort Key" not in plan  # PostgreSQL sorting


def test_the_list_indexes_come_back_after_a_table_rebuild(db):
    """A later migration that rebuilds the table on SQLite drops indexes Django does
    not know; the post_migrate handler puts them back."""
    with connection.cursor() as cursor:
        for code in ("lt", "en", "ru", "uk"):
            cursor.execute(f"DROP INDEX resource_order_{code}")
    restore_list_indexes(sender=None, using="default")
    with connection.cursor() as cursor:
        names = connection.introspection.get_constraints(cursor, "awareness_resource")
    assert {f"resource_order_{code}" for code in ("lt", "en", "ru", "uk")} <= set(names)


def test_staff_preview_an_unpublished_resource(admin_client, library):
    response = admin_client.get("/en/resources/hidden/")
    assert response.status_code == 200 and "Preview" in response.text
    assert "no-cache" in response["Cache-Control"]
