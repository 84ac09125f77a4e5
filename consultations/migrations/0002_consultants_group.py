"""The "Consultants" group: reads and answers consultations, nothing else.

Content editors get no permission on consultations (core.permissions).
"""

from django.db import migrations

from core.permissions import grant

PERMISSIONS = {
    "consultations": {
        "consultation": ("view", "change"),
        "message": ("view", "add"),
    },
}


def forwards(apps, schema_editor):
    grant(apps, "Consultants", PERMISSIONS)


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Consultants").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0001_initial"),
        ("awareness", "0002_content_editors_group"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
