"""One publication rule (core.publishing.Publishable): a status and a publish time
beside the old ``published`` flag; 0004 copies the flag, 0005 removes it."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("quiz", "0002_content_editors_permissions"),
    ]

    operations = [
        migrations.AddField(
            model_name="questionnaire",
            name="status",
            field=models.CharField(
                choices=[("draft", "Draft"), ("published", "Published")],
                default="draft",
                max_length=10,
                verbose_name="status",
            ),
        ),
        migrations.AddField(
            model_name="questionnaire",
            name="publish_at",
            field=models.DateTimeField(
                blank=True,
                help_text="Empty: as soon as it is published. A future time schedules it.",
                null=True,
                verbose_name="publish at",
            ),
        ),
    ]
