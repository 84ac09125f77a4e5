"""manage.py rebuild_search_index: the search index's triggers and tables as the code
has them now, and every row indexed anew (website.search.index)."""

from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS, connections, transaction

from website.search import index


class Command(BaseCommand):
    help = (
        "Recreate the site search's triggers (and, on SQLite, its FTS5 tables) and index "
        "every row again. Safe to run at any time; needed after restoring a SQLite file "
        "written without Django, or after changing the searched fields or languages."
    )

    def add_arguments(self, parser):
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, **options):
        connection = connections[options["database"]]
        with transaction.atomic(using=options["database"]):
            index.rebuild(connection)
        kinds, languages = index.current()
        self.stdout.write(
            f"Search index rebuilt on {connection.vendor}: {len(kinds)} kinds of content "
            f"in {len(languages)} languages."
        )
