from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from awareness.demo import translated
from awareness.demo.loader import load_sections
from awareness.demo.pages import PAGES
from awareness.demo.site import HOME, HOTLINES
from awareness.models import HomePage, Hotline, Page
from quiz.demo_loader import load_questionnaires
from stories.demo_loader import load_stories


class Command(BaseCommand):
    help = (
        "Load the demo content (pages, hotlines, home page, stories, risk tests; the "
        "help directory, news, resources and facts) into a site without it. Each part "
        "loads only while it is empty, so running it again changes nothing."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        # Each later section (directory, news, resources, facts) loads while empty.
        sections = load_sections()
        if Page.objects.exists() or HomePage.objects.exists():
            # Staff have content (or the demo is in): never re-add what they deleted
            # or changed. `make run` calls this on every start.
            message = "Content already present: pages, stories and risk tests not loaded."
            self.stdout.write(f"{message} New sections: {sections} item(s) created.")
            return
        default = settings.LANGUAGE_CODE
        pages: dict[str, Page] = {}
        created = 0
        for data in PAGES:
            slug = data["slug"][default]
            page = Page.objects.filter(**{f"slug_{default}": slug}).first()
            if page is None:
                page = Page.objects.create(
                    parent=pages.get(data["parent"]) if data["parent"] else None,
                    menu_order=data["menu_order"],
                    published=True,
                    **translated(data, ("title", "slug", "summary", "body", "meta_description")),
                )
                created += 1
            pages[data["key"]] = page
        for data in HOTLINES:
            _line, new = Hotline.objects.get_or_create(
                tel=data["tel"],
                defaults={
                    "number": data["number"],
                    "order": data["order"],
                    **translated(data, ("name", "hours", "description")),
                },
            )
            created += new
        if not HomePage.objects.exists():
            HomePage.objects.create(
                **translated(
                    HOME, ("intro_title", "intro", "test_title", "test_text", "test_link_label")
                ),
            )
            created += 1
        created += load_stories(default)
        created += load_questionnaires(default) + sections
        self.stdout.write(self.style.SUCCESS(f"Demo content: {created} item(s) created."))
