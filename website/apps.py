from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _


def add_sqlite_search(sender, connection, **kwargs) -> None:
    """SQLite has no full-text search with diacritics folding: give it ours."""
    if connection.vendor == "sqlite":
        from website.search.database import sqlite_rank

        connection.connection.create_function("site_rank", -1, sqlite_rank, deterministic=True)


class WebsiteConfig(AppConfig):
    """What ties the content apps together: home page, search, sitemap, demo."""

    name = "website"
    verbose_name = _("Website")

    def ready(self):
        # A signal because nothing else reaches every new database connection.
        connection_created.connect(add_sqlite_search, dispatch_uid="website-sqlite-search")
