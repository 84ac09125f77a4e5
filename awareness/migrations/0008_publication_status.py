"""One publication rule (core.publishing.Publishable): a status and a publish time
beside the old ``published`` flag; 0009 copies the flag, 0010 removes it."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("awareness", "0007_homepage_without_test_page"),
    ]

    operations = [
        migrations.AddField(
            model_name="page",
            name="status",
            field=models.CharField(
                choices=[("draft", "Draft"), ("published", "Published")],
                default="draft",
                max_length=10,
                verbose_name="status",
            ),
        ),
        migrations.AddField(
            model_name="page",
            name="publish_at",
            field=models.DateTimeField(
                blank=True,
                help_text="Empty: as soon as it is published. A future time schedules it.",
                null=True,
                verbose_name="publish at",
            ),
        ),
        migrations.AddField(
            model_name="newsitem",
            name="status",
            field=models.CharField(
                choices=[("draft", "Draft"), ("published", "Published")],
                default="draft",
                max_length=10,
                verbose_name="status",
            ),
        ),
        migrations.AddField(
            model_name="organisation",
            name="status",
            field=models.CharField(
                choices=[("draft", "Draft"), ("published", "Published")],
                default="published",
                max_length=10,
                verbose_name="status",
            ),
        ),
        migrations.AddField(
            model_name="organisation",
            name="publish_at",
            field=models.DateTimeField(
                blank=True,
                help_text="Empty: as soon as it is published. A future time schedules it.",
                null=True,
                verbose_name="publish at",
            ),
        ),
        migrations.AddField(
            model_name="resource",
            name="status",
            field=models.CharField(
                choices=[("draft", "Draft"), ("published", "Published")],
                default="published",
                max_length=10,
                verbose_name="status",
            ),
        ),
        migrations.AddField(
            model_name="resource",
            name="publish_at",
            field=models.DateTimeField(
                blank=True,
                help_text="Empty: as soon as it is published. A future time schedules it.",
                null=True,
                verbose_name="publish at",
            ),
        ),
        migrations.AddField(
            model_name="theme",
            name="status",
            field=models.CharField(
                choices=[("draft", "Draft"), ("published", "Published")],
                default="published",
                max_length=10,
                verbose_name="status",
            ),
        ),
        migrations.AddField(
            model_name="theme",
            name="publish_at",
            field=models.DateTimeField(
                blank=True,
                help_text="Empty: as soon as it is published. A future time schedules it.",
                null=True,
                verbose_name="publish at",
            ),
        ),
        migrations.AlterField(
            model_name="newsitem",
            name="publish_at",
            field=models.DateTimeField(
                blank=True,
                help_text="Empty: as soon as it is published. A future time schedules it.",
                null=True,
                verbose_name="publish at",
            ),
        ),
    ]
