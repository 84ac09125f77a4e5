"""PostgreSQL's text search configuration for the site search (nothing on SQLite).

'site_search' is the 'simple' configuration with unaccent first, so words are
indexed lower-case and without diacritics: "išnaudojimas" -> "isnaudojimas".
unaccent is a trusted extension (PostgreSQL 13+): the database owner may
create it without being a superuser.
"""

from django.db import migrations

FORWARDS = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'site_search') THEN
        CREATE TEXT SEARCH CONFIGURATION site_search (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION site_search
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
    END IF;
END $$;
"""
BACKWARDS = "DROP TEXT SEARCH CONFIGURATION IF EXISTS site_search;"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARDS)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARDS)


class Migration(migrations.Migration):
    dependencies = [("awareness", "0003_directory_news_resources_facts")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
