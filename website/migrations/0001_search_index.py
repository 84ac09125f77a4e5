"""The stored search index (website.search.index): on PostgreSQL a tsvector column
per language with its trigger and GIN index on each searched table; on SQLite an
FTS5 table per kind and language with its triggers. Filled from the rows already
there. The kinds, fields and languages are written out as they are at this
migration; a later change to them needs a migration of its own (or
``manage.py rebuild_search_index``).
"""

from django.db import migrations

from website.search.index import Indexed, run

KINDS = (
    Indexed("pages", "awareness_page", ("title", "summary", "body")),
    Indexed("stories", "stories_story", ("title", "summary", "body")),
    Indexed("news", "awareness_newsitem", ("title", "summary", "body")),
    Indexed("resources", "awareness_resource", ("title", "description", "publisher")),
    Indexed("organisations", "awareness_organisation", ("name", "description")),
)
LANGUAGES = {
    "lt": ("lt", "en"),
    "en": ("en", "lt"),
    "ru": ("ru", "uk", "en", "lt"),
    "uk": ("uk", "ru", "en", "lt"),
}


def forwards(apps, schema_editor):
    run(schema_editor.connection, "install", KINDS, LANGUAGES)
    run(schema_editor.connection, "fill", KINDS, LANGUAGES)


def backwards(apps, schema_editor):
    run(schema_editor.connection, "uninstall", KINDS, LANGUAGES)


class Migration(migrations.Migration):
    dependencies = [
        ("awareness", "0004_search_configuration"),
        ("awareness", "0013_hotline_languages"),
        ("stories", "0006_russian_and_ukrainian"),
    ]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
