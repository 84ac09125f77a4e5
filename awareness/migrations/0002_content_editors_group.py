"""The "Content editors" group, with exactly what editing the site needs.

Later apps add their own models' permissions to it in their own migrations.
Editors get no user, group or consultation permissions.
"""

from django.db import migrations

from core.permissions import CONTENT_EDITORS, grant

PERMISSIONS = {
    "awareness": {
        "page": ("add", "change", "delete", "view"),
        "hotline": ("add", "change", "delete", "view"),
        "homepage": ("change", "view"),
    },
}


def forwards(apps, schema_editor):
    grant(apps, CONTENT_EDITORS, PERMISSIONS)


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=CONTENT_EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("awareness", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
