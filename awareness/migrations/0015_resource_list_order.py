"""Indexes in the resource list's order, one per language (awareness/list_indexes.py
says why they are written by hand). Frozen here: the languages of this migration."""

from django.db import migrations

LANGUAGES = ("lt", "en", "ru", "uk")


def create(apps, schema_editor):
    nulls = " NULLS LAST" if schema_editor.connection.vendor == "postgresql" else ""
    for code in LANGUAGES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS resource_order_{code} ON awareness_resource "
            f"(status, year DESC{nulls}, title_{code})"
        )


def drop(apps, schema_editor):
    for code in LANGUAGES:
        schema_editor.execute(f"DROP INDEX IF EXISTS resource_order_{code}")


class Migration(migrations.Migration):
    dependencies = [("awareness", "0014_indexes_for_lists")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
