"""Every questionnaire keeps its visibility: published → status "published"
(with no publish time: "as soon as it is published", core.publishing), not
published → draft."""

from django.db import migrations
from django.db.models import Q
from django.utils import timezone

MODELS = ("questionnaire",)


def published_to_status(apps, schema_editor):
    for name in MODELS:
        rows = apps.get_model("quiz", name).objects
        rows.filter(published=True).update(status="published")
        rows.filter(published=False).update(status="draft")


def status_to_published(apps, schema_editor):
    """Back to the flag; a questionnaire scheduled for later stays unpublished."""
    public = Q(status="published") & (
        Q(publish_at__isnull=True) | Q(publish_at__lte=timezone.now())
    )
    for name in MODELS:
        rows = apps.get_model("quiz", name).objects
        rows.filter(public).update(published=True)
        rows.exclude(public).update(published=False)


class Migration(migrations.Migration):
    dependencies = [
        ("quiz", "0003_publication_status"),
    ]

    operations = [migrations.RunPython(published_to_status, status_to_published)]
