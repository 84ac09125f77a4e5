"""Indexes in the resource list's order, one per language, kept by hand.

The list shows the newest first, undated ones last, then by title in the
reader's language (Resource.Meta.ordering; modeltranslation turns "title" into
title_<language>). With these indexes a page reads its ten rows in index order
instead of sorting every published resource.

They cannot be Meta.indexes: PostgreSQL needs "DESC NULLS LAST" in the index to
match the order, and SQLite (whose DESC puts NULLs last anyway) refuses the NULLS
clause in CREATE INDEX. Migration awareness/0015 creates them; because a later
migration that rebuilds the table on SQLite would drop them with the old table,
``ensure`` runs after every migrate too (awareness.apps) and puts back any that
are missing.
"""

from django.conf import settings

TABLE = "awareness_resource"


def statements(vendor: str, languages) -> list[str]:
    nulls = " NULLS LAST" if vendor == "postgresql" else ""
    return [
        f"CREATE INDEX IF NOT EXISTS resource_order_{code} ON {TABLE} "
        f"(status, year DESC{nulls}, title_{code})"
        for code in languages
    ]


def ensure(connection) -> None:
    if TABLE not in connection.introspection.table_names():
        return
    columns = {
        column.name
        for column in connection.introspection.get_table_description(connection.cursor(), TABLE)
    }
    languages = [code for code, _name in settings.LANGUAGES if f"title_{code}" in columns]
    with connection.cursor() as cursor:
        for sql in statements(connection.vendor, languages):
            cursor.execute(sql)
