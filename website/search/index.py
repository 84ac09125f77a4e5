"""The stored search index, kept by the database itself.

For each searchable kind of content and each language of the site, the index
holds the text a visitor of that language sees: per field, the first language
of ``fallback_order(language)`` with text (what modeltranslation shows). So a
row's Russian entry may hold its Ukrainian title and its English body.

- **PostgreSQL**: a ``search_<lang>`` tsvector column on the content's own table
  (not a model field: Django never reads it), filled by a ``BEFORE INSERT OR
  UPDATE`` trigger with the ``site_search`` configuration (awareness/0004) and
  weights A, B, C, D by field, and a GIN index on each. Not a generated column:
  PostgreSQL would accept ``to_tsvector('site_search', …)`` in one (the unaccent
  behind the configuration is hidden from its IMMUTABLE check), but a generated
  column forbids ``ALTER COLUMN … TYPE`` on the columns it reads, which Django
  issues for a field's new ``max_length``.
- **SQLite**: an FTS5 table per kind and language (``website_search_<kind>_<lang>``,
  one column per field, rowid = the row's id), kept by ``AFTER`` triggers. The
  text goes in as ``words.search_text`` makes it (tags removed, lower case,
  diacritics folded as ``unaccent`` folds them), through the ``site_search_text``
  function that ``website.apps`` registers on every connection Django opens,
  and is split by ``unicode61`` with ``remove_diacritics 0`` (the folding is
  ours, so й stays й as in PostgreSQL). A connection without the function (the
  ``sqlite3`` shell) cannot change those tables' text.

Everything here is idempotent: ``install`` creates what is missing and replaces
the triggers, ``fill`` rewrites the index from the rows. Migration
website/0001 runs both with the kinds and languages as they were then;
``manage.py rebuild_search_index`` runs both with the current ones.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings

from core.languages import fallback_order

CONFIG = "site_search"
WEIGHTS = ("A", "B", "C", "D")
# FTS5's own tokenizer, on text already folded in Python (see above).
TOKENIZE = "unicode61 remove_diacritics 0"


@dataclass(frozen=True)
class Indexed:
    """One kind of content as the index sees it."""

    key: str  # "stories"
    table: str  # "stories_story"
    fields: tuple[str, ...]  # translated fields, the title first (weight A)
    pk: str = "id"


Languages = dict[str, tuple[str, ...]]  # language -> the languages its text comes from


def current() -> tuple[tuple[Indexed, ...], Languages]:
    """The kinds (website.search.database.KINDS) and languages as the code has them now."""
    from website.search.database import KINDS  # noqa: PLC0415 - it imports the models

    kinds = tuple(
        Indexed(kind.key, kind.model._meta.db_table, kind.fields, kind.model._meta.pk.column)
        for kind in KINDS
    )
    return kinds, {code: tuple(fallback_order(code)) for code, _name in settings.LANGUAGES}


def column(language: str) -> str:
    """The PostgreSQL tsvector column of ``language``."""
    return f"search_{language}"


def fts_table(key: str, language: str) -> str:
    """The SQLite FTS5 table of a kind and language."""
    return f"website_search_{key}_{language}"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _shown(row: str, field: str, order: Iterable[str]) -> str:
    """SQL for the field's text in the first language of ``order`` that has some."""
    columns = ", ".join(f"NULLIF({row}{_quote(f'{field}_{code}')}, '')" for code in order)
    return f"COALESCE({columns}, '')"


def _text_columns(kind: Indexed, languages: Languages) -> list[str]:
    codes = sorted({code for order in languages.values() for code in order})
    return [_quote(f"{field}_{code}") for field in kind.fields for code in codes]


# --- PostgreSQL ---------------------------------------------------------------


def pg_vector(kind: Indexed, order: Iterable[str], row: str = "") -> str:
    """SQL for the weighted tsvector of one language (``row``: "NEW." in the trigger)."""
    order = tuple(order)
    return " || ".join(
        f"setweight(to_tsvector('{CONFIG}', {_shown(row, field, order)}), '{weight}')"
        for field, weight in zip(kind.fields, WEIGHTS, strict=False)
    )


def _pg_function(kind: Indexed) -> str:
    return _quote(f"{kind.table}_search")


def pg_install(kind: Indexed, languages: Languages) -> list[str]:
    table = _quote(kind.table)
    statements = [
        f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {_quote(column(code))} tsvector"
        for code in languages
    ]
    assignments = "\n".join(
        f"    NEW.{_quote(column(code))} := {pg_vector(kind, order, 'NEW.')};"
        for code, order in languages.items()
    )
    # The trigger fires on every update and the function compares the text
    # columns itself: a trigger's "UPDATE OF <columns>" list would make
    # PostgreSQL refuse any later ALTER COLUMN ... TYPE of those columns (a
    # migration changing a max_length), which a function body does not.
    texts = _text_columns(kind, languages)
    old_row = ", ".join(f"OLD.{name}" for name in texts)
    new_row = ", ".join(f"NEW.{name}" for name in texts)
    statements.append(
        f"CREATE OR REPLACE FUNCTION {_pg_function(kind)}() RETURNS trigger"
        f" LANGUAGE plpgsql AS $$\nBEGIN\n"
        f"    IF TG_OP = 'UPDATE' AND ROW({old_row}) IS NOT DISTINCT FROM ROW({new_row}) THEN\n"
        f"        RETURN NEW;\n    END IF;\n{assignments}\n    RETURN NEW;\nEND\n$$"
    )
    statements.append(f"DROP TRIGGER IF EXISTS search_index ON {table}")
    statements.append(
        f"CREATE TRIGGER search_index BEFORE INSERT OR UPDATE ON {table}"
        f" FOR EACH ROW EXECUTE FUNCTION {_pg_function(kind)}()"
    )
    statements += [
        f"CREATE INDEX IF NOT EXISTS {_quote(f'{kind.table}_{column(code)}')}"
        f" ON {table} USING gin ({_quote(column(code))})"
        for code in languages
    ]
    return statements


def pg_fill(kind: Indexed, languages: Languages) -> list[str]:
    assignments = ", ".join(
        f"{_quote(column(code))} = {pg_vector(kind, order)}" for code, order in languages.items()
    )
    return [f"UPDATE {_quote(kind.table)} SET {assignments}"]


def pg_uninstall(kind: Indexed, languages: Languages) -> list[str]:
    table = _quote(kind.table)
    return [
        f"DROP TRIGGER IF EXISTS search_index ON {table}",
        f"DROP FUNCTION IF EXISTS {_pg_function(kind)}()",
        *(f"ALTER TABLE {table} DROP COLUMN IF EXISTS {_quote(column(c))}" for c in languages),
    ]


# --- SQLite -------------------------------------------------------------------


def _sqlite_trigger(kind: Indexed, event: str) -> str:
    return _quote(f"website_search_{kind.key}_{event}")


def _sqlite_rows(kind: Indexed, languages: Languages, row: str) -> list[str]:
    """INSERTs of the row's text in every language's FTS table."""
    statements = []
    for code, order in languages.items():
        names = ", ".join(_quote(field) for field in kind.fields)
        values = ", ".join(
            f"site_search_text({_shown(row, field, order)})" for field in kind.fields
        )
        target = _quote(fts_table(kind.key, code))
        if row:
            statements.append(
                f"INSERT INTO {target} (rowid, {names}) VALUES ({row}{_quote(kind.pk)}, {values})"
            )
        else:
            statements.append(
                f"INSERT INTO {target} (rowid, {names})"
                f" SELECT {_quote(kind.pk)}, {values} FROM {_quote(kind.table)}"
            )
    return statements


def _sqlite_deletes(kind: Indexed, languages: Languages) -> list[str]:
    return [
        f"DELETE FROM {_quote(fts_table(kind.key, code))} WHERE rowid = old.{_quote(kind.pk)}"
        for code in languages
    ]


def sqlite_triggers(kind: Indexed) -> list[str]:
    return [_sqlite_trigger(kind, event) for event in ("insert", "update", "delete")]


def sqlite_install(kind: Indexed, languages: Languages) -> list[str]:
    table = _quote(kind.table)
    columns = ", ".join(_quote(field) for field in kind.fields)
    statements = [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {_quote(fts_table(kind.key, code))}"
        f" USING fts5({columns}, tokenize = '{TOKENIZE}', detail = column)"
        for code in languages
    ]
    statements += [f"DROP TRIGGER IF EXISTS {name}" for name in sqlite_triggers(kind)]
    insert, update, delete = sqlite_triggers(kind)
    inserts = "; ".join(_sqlite_rows(kind, languages, "new."))
    deletes = "; ".join(_sqlite_deletes(kind, languages))
    statements += [
        f"CREATE TRIGGER {insert} AFTER INSERT ON {table} BEGIN {inserts}; END",
        f"CREATE TRIGGER {update} AFTER UPDATE OF {', '.join(_text_columns(kind, languages))}"
        f" ON {table} BEGIN {deletes}; {inserts}; END",
        f"CREATE TRIGGER {delete} AFTER DELETE ON {table} BEGIN {deletes}; END",
    ]
    return statements


def sqlite_fill(kind: Indexed, languages: Languages) -> list[str]:
    statements = []
    for code in languages:
        statements.append(f"DELETE FROM {_quote(fts_table(kind.key, code))}")
    statements += _sqlite_rows(kind, languages, "")
    for code in languages:
        name = _quote(fts_table(kind.key, code))
        statements.append(f"INSERT INTO {name} ({name}) VALUES ('optimize')")
    return statements


def sqlite_uninstall(kind: Indexed, languages: Languages) -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {name}" for name in sqlite_triggers(kind)] + [
        f"DROP TABLE IF EXISTS {_quote(fts_table(kind.key, code))}" for code in languages
    ]


# --- Both ---------------------------------------------------------------------

_STATEMENTS = {
    "postgresql": {"install": pg_install, "fill": pg_fill, "uninstall": pg_uninstall},
    "sqlite": {"install": sqlite_install, "fill": sqlite_fill, "uninstall": sqlite_uninstall},
}


def statements(vendor: str, action: str, kinds, languages: Languages) -> list[str]:
    """The SQL of ``action`` (install, fill, uninstall) on ``vendor``; none on others."""
    build = _STATEMENTS.get(vendor, {}).get(action)
    return [sql for kind in kinds for sql in build(kind, languages)] if build else []


def run(connection, action: str, kinds=None, languages: Languages | None = None) -> None:
    if kinds is None or languages is None:
        kinds, languages = current()
    with connection.cursor() as cursor:
        for sql in statements(connection.vendor, action, kinds, languages):
            cursor.execute(sql)


def rebuild(connection) -> None:
    """Triggers and tables as the code has them now, and every row indexed anew."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # PostgreSQL alters no table with deferred checks still pending in the
            # transaction (rows just written): run them now.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    run(connection, "install")
    run(connection, "fill")


def missing_triggers(connection) -> list[str]:
    """SQLite triggers that should exist and do not: Django rebuilds a SQLite table
    to alter a column (new table, copy, drop, rename), and the triggers go with
    the old table. PostgreSQL alters tables in place: nothing is ever missing there."""
    if connection.vendor != "sqlite":
        return []
    kinds, _languages = current()
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        present = {_quote(name) for (name,) in cursor.fetchall()}
    return [name for kind in kinds for name in sqlite_triggers(kind) if name not in present]
