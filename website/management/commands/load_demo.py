from django.core.management.base import BaseCommand

from core import pagecache
from website.demo.loader import load


class Command(BaseCommand):
    help = (
        "Load the demo content (pages, hotlines, home page, stories, risk tests; the "
        "help directory, news, resources and facts) into a site without it. Each part "
        "loads only while it is empty, so running it again changes nothing."
    )

    def handle(self, *args, **options):
        loaded = load()
        if loaded.created:
            # Rows written in bulk send no signals: cached pages start afresh.
            pagecache.bump()
        if loaded.site:
            message = f"Demo content: {loaded.created} item(s) created."
            self.stdout.write(self.style.SUCCESS(message))
        else:
            # Staff have content (or the demo is in): `make run` calls this on every start.
            message = "Content already present: pages, stories and risk tests not loaded."
            self.stdout.write(f"{message} New sections: {loaded.created} item(s) created.")
