"""Content editors write and publish stories and keep the taxonomies."""

from django.db import migrations

from core.permissions import CONTENT_EDITORS, grant

PERMISSIONS = {
    "stories": {
        "story": ("add", "change", "delete", "view"),
        "warningsign": ("add", "change", "delete", "view"),
        "exploitationform": ("add", "change", "delete", "view"),
        "recruitmentmethod": ("add", "change", "delete", "view"),
    },
}


def forwards(apps, schema_editor):
    grant(apps, CONTENT_EDITORS, PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0001_initial"),
        ("awareness", "0002_content_editors_group"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
