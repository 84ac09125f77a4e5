"""manage.py load_bench_data: the demo content, then a large site on top (website.bench_data)."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection

from core import pagecache
from website.bench_data import Sizes, load


class Command(BaseCommand):
    help = (
        "Load the demo content, then thousands of published stories, news items, "
        "organisations, resources and pages in every language, and a year of "
        "risk-test counts, for `make bench`. Never on a real site."
    )

    def add_arguments(self, parser):
        defaults = Sizes()
        for name in ("stories", "news", "organisations", "resources", "pages", "days"):
            parser.add_argument(f"--{name}", type=int, default=getattr(defaults, name))
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, **options):
        call_command("load_demo", verbosity=0)
        sizes = Sizes(
            **{
                name: max(0, options[name])
                for name in ("stories", "news", "organisations", "resources", "pages", "days")
            }
        )
        added = load(sizes, seed=options["seed"])
        pagecache.bump()  # written in bulk, without signals: cached pages start afresh
        if connection.vendor == "postgresql":
            # Statistics for the new rows now, as a live database has them
            # (autovacuum would gather them only later): the bench's first
            # requests are planned with the indexes. SQLite keeps none unless
            # asked, on a live site too, so it is left as it is.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        summary = ", ".join(f"{count} {name}" for name, count in added.items())
        self.stdout.write(f"Bench data added: {summary}.")
