from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("quiz", "0004_publication_status_data"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="questionnaire",
            name="published",
        ),
    ]
