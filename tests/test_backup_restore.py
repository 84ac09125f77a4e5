"""The backup procedure of docs/operations.md works: a pg_dump of the demo site restores
into an empty database with every row, and the uploads' archive gives back every file.

PostgreSQL only: skipped on SQLite or without pg_dump/pg_restore, except in CI
(CI=true with DATABASE_URL on PostgreSQL), where a skip would hide a broken backup.
"""

import os
import shutil
import subprocess
import tarfile
import uuid

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection
from psycopg import sql

from awareness.models import Hotline, Language, Page, Resource
from consultations.models import Consultation, Message
from quiz.models import Choice, Question, Questionnaire
from stories.models import Story
from tests.awareness.builders import pdf_upload

# Every row of these is compared, column by column.
MODELS = [Story, Questionnaire, Question, Choice, Consultation, Message, Resource, Page, Hotline]


def _postgres_or_skip():
    on_postgres = connection.vendor == "postgresql"
    tools = all(shutil.which(tool) for tool in ("pg_dump", "pg_restore"))
    if on_postgres and tools:
        return
    in_ci = os.environ.get("CI") == "true" and os.environ.get("DATABASE_URL", "").startswith(
        "postgres"
    )
    reason = (
        "the backup and restore test needs PostgreSQL"
        if not on_postgres
        else "pg_dump and pg_restore are not installed"
    )
    if in_ci:
        pytest.fail(f"In CI on PostgreSQL, {reason}.")
    pytest.skip(f"{reason} (run with DATABASE_URL=postgres://...).")


@pytest.fixture
def pg():
    """Connection settings of the test database, for the PostgreSQL tools and psycopg."""
    _postgres_or_skip()
    settings = connection.settings_dict
    env = {**os.environ}
    if settings.get("PASSWORD"):
        env["PGPASSWORD"] = settings["PASSWORD"]
    args = [
        "--host",
        settings.get("HOST") or "localhost",
        "--port",
        str(settings.get("PORT") or 5432),
    ]
    if settings.get("USER"):
        args += ["--username", settings["USER"]]
    return {"settings": settings, "env": env, "args": args}


def connect(settings, name: str, **kwargs):
    return psycopg.connect(
        dbname=name,
        host=settings.get("HOST") or "localhost",
        port=settings.get("PORT") or 5432,
        user=settings.get("USER") or None,
        password=settings.get("PASSWORD") or None,
        **kwargs,
    )


@pytest.fixture
def empty_database(pg):
    """A new, empty database on the same server, dropped afterwards."""
    name = f"restore_{uuid.uuid4().hex[:12]}"
    with connect(pg["settings"], "postgres", autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(name)))
    try:
        yield name
    finally:
        with connect(pg["settings"], "postgres", autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def rows(cursor, table: str) -> list[tuple]:
    cursor.execute(sql.SQL("SELECT * FROM {} ORDER BY id").format(sql.Identifier(table)))
    return cursor.fetchall()


@pytest.mark.django_db(transaction=True)  # committed, so that pg_dump sees the rows
def test_a_dump_of_the_demo_site_restores_every_row_and_file(
    pg, empty_database, settings, tmp_path
):
    media = tmp_path / "media"
    settings.MEDIA_ROOT = media
    call_command("load_demo", verbosity=0)
    consultation = Consultation.objects.create(
        code_hash="b" * 64, topic="job-offer", language="lt", contact="Signal +370 600 00000"
    )
    Message.objects.create(
        consultation=consultation, author="visitor", text="Ar šis darbo pasiūlymas saugus?"
    )
    leaflet = Resource.objects.create(
        slug="backup-leaflet",
        title_lt="Lankstinukas",
        kind="leaflet",
        language=Language.objects.first() or Language.objects.create(slug="lt", name_lt="lietuvių"),
        document=pdf_upload("Lankstinukas.pdf", pages=2),
    )
    original_pdf = (media / leaflet.document.name).read_bytes()

    # The backup, as docs/operations.md runs it: the database, then the uploads.
    dump = tmp_path / "site.dump"
    subprocess.run(
        [
            shutil.which("pg_dump"),
            *pg["args"],
            "--format=custom",
            "--file",
            str(dump),
            pg["settings"]["NAME"],
        ],
        env=pg["env"],
        check=True,
        capture_output=True,
    )
    archive = tmp_path / "media.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(media, arcname="media")

    # The restore, into an empty database and an empty directory.
    subprocess.run(
        [
            shutil.which("pg_restore"),
            *pg["args"],
            "--no-owner",
            "--exit-on-error",
            "--single-transaction",
        ]
        + ["--dbname", empty_database, str(dump)],
        env=pg["env"],
        check=True,
        capture_output=True,
    )
    restored_media = tmp_path / "restored"
    with tarfile.open(archive) as tar:
        tar.extractall(restored_media, filter="data")

    counts = {}
    with connection.cursor() as source, connect(pg["settings"], empty_database) as restored:
        target = restored.cursor()
        for model in MODELS:
            table = model._meta.db_table
            expected = rows(source, table)
            assert rows(target, table) == expected, table
            counts[model.__name__] = len(expected)
    print("restored rows:", counts)  # noqa: T201 (the figures for the report, with -s)
    for model in (Story, Questionnaire, Question, Consultation, Message, Resource, Page):
        assert counts[model.__name__] >= 1, model.__name__
    assert counts["Consultation"] == Consultation.objects.count()

    # Every uploaded file is back, byte for byte.
    files = sorted(path.relative_to(media) for path in media.rglob("*") if path.is_file())
    assert files
    for relative in files:
        restored_file = restored_media / "media" / relative
        assert restored_file.read_bytes() == (media / relative).read_bytes()
    assert (restored_media / "media" / leaflet.document.name).read_bytes() == original_pdf
