"""Content editors also edit the help directory, news, resources and facts."""

from django.db import migrations

from core.permissions import CONTENT_EDITORS, grant

EDIT = ("add", "change", "delete", "view")
PERMISSIONS = {
    "awareness": {
        model: EDIT
        for model in (
            "service",
            "city",
            "language",
            "organisation",
            "newsitem",
            "resource",
            "theme",
            "figure",
        )
    },
}


def forwards(apps, schema_editor):
    grant(apps, CONTENT_EDITORS, PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("awareness", "0004_search_configuration")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
