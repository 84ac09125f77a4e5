"""Content editors edit the questionnaires and read their anonymous statistics."""

from django.db import migrations

from core.permissions import CONTENT_EDITORS, grant

PERMISSIONS = {
    "quiz": {
        "questionnaire": ("add", "change", "delete", "view"),
        "question": ("add", "change", "delete", "view"),
        "choice": ("add", "change", "delete", "view"),
        "resultband": ("add", "change", "delete", "view"),
    },
}


def forwards(apps, schema_editor):
    grant(apps, CONTENT_EDITORS, PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("quiz", "0001_initial"),
        ("awareness", "0002_content_editors_group"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
