"""Every row keeps its visibility: published → status "published", not
published → draft. A news item keeps its publish time; other rows get none,
which means "as soon as it is published" (core.publishing)."""

from django.db import migrations
from django.db.models import Q
from django.utils import timezone

MODELS = ("page", "newsitem", "organisation", "resource", "theme")


def published_to_status(apps, schema_editor):
    for name in MODELS:
        rows = apps.get_model("awareness", name).objects
        rows.filter(published=True).update(status="published")
        rows.filter(published=False).update(status="draft")


def status_to_published(apps, schema_editor):
    """Back to the flag; a row scheduled for later stays unpublished (only news
    had a publish time before, so the others would otherwise show at once)."""
    now = timezone.now()
    due = Q(publish_at__isnull=True) | Q(publish_at__lte=now)
    for name in MODELS:
        rows = apps.get_model("awareness", name).objects
        public = Q(status="published") & (Q() if name == "newsitem" else due)
        rows.filter(public).update(published=True)
        rows.exclude(public).update(published=False)
    # A news item always had a publish time.
    apps.get_model("awareness", "newsitem").objects.filter(publish_at__isnull=True).update(
        publish_at=now
    )


class Migration(migrations.Migration):
    dependencies = [
        ("awareness", "0008_publication_status"),
    ]

    operations = [migrations.RunPython(published_to_status, status_to_published)]
