import secrets

from django.db import migrations, models


def first_version(apps, schema_editor):
    """The one row the page cache reads (core/pagecache.py)."""
    ContentVersion = apps.get_model("core", "ContentVersion")
    ContentVersion.objects.using(schema_editor.connection.alias).get_or_create(
        pk=1, defaults={"token": secrets.token_hex(8)}
    )


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="ContentVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("token", models.CharField(max_length=32)),
                ("changes_at", models.FloatField(blank=True, null=True)),
            ],
        ),
        migrations.RunPython(first_version, migrations.RunPython.noop),
    ]
