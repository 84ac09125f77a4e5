from django.apps import AppConfig
from django.conf import settings
from django.db import connections
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def add_sqlite_search(sender, connection, **kwargs) -> None:
    """The SQLite index's triggers fold text in Python (website.search.index)."""
    if connection.vendor == "sqlite":
        from website.search.words import search_text  # noqa: PLC0415

        connection.connection.create_function(
            "site_search_text", 1, search_text, deterministic=True
        )


def restore_search_triggers(sender, using, **kwargs) -> None:
    """After a migration rebuilt a searched table on SQLite (and lost its
    triggers with the old table), put the triggers back and index it anew."""
    from website.search import index  # noqa: PLC0415

    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    kinds, _languages = index.current()
    tables = connection.introspection.table_names()
    if index.fts_table(kinds[0].key, settings.LANGUAGE_CODE) not in tables:
        return  # website/0001 has not run: nothing installed yet
    if index.missing_triggers(connection):
        index.rebuild(connection)


class WebsiteConfig(AppConfig):
    """What ties the content apps together: home page, search, sitemap, demo."""

    name = "website"
    verbose_name = _("Website")

    def ready(self):
        # A signal because nothing else reaches every new database connection.
        connection_created.connect(add_sqlite_search, dispatch_uid="website-sqlite-search")
        post_migrate.connect(restore_search_triggers, dispatch_uid="website-search-triggers")
