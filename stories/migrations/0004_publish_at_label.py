"""Stories follow the one publication rule (core.publishing): the publish time is
labelled as everywhere else, and an empty one now means "as soon as it is
published". Save() always filled it in, so only a row changed by hand in the
database could be published without one, and it was hidden: it goes back to
review, hidden still, for an editor to publish."""

from django.db import migrations, models


def hidden_stays_hidden(apps, schema_editor):
    Story = apps.get_model("stories", "Story")
    Story.objects.filter(status="published", publish_at__isnull=True).update(status="review")


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0003_term_key_help"),
    ]

    operations = [
        migrations.AlterField(
            model_name="story",
            name="publish_at",
            field=models.DateTimeField(
                blank=True,
                help_text="Empty: as soon as it is published. A future time schedules it.",
                null=True,
                verbose_name="publish at",
            ),
        ),
        migrations.RunPython(hidden_stays_hidden, migrations.RunPython.noop),
    ]
