from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("awareness", "0009_publication_status_data"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="newsitem",
            name="awareness_n_publish_9ded45_idx",
        ),
        migrations.RemoveField(
            model_name="page",
            name="published",
        ),
        migrations.RemoveField(
            model_name="newsitem",
            name="published",
        ),
        migrations.RemoveField(
            model_name="organisation",
            name="published",
        ),
        migrations.RemoveField(
            model_name="resource",
            name="published",
        ),
        migrations.RemoveField(
            model_name="theme",
            name="published",
        ),
        migrations.AddIndex(
            model_name="newsitem",
            index=models.Index(
                fields=["status", "-publish_at"], name="awareness_n_status_d1988c_idx"
            ),
        ),
    ]
