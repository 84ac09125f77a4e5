"""The "Content editors" group, with exactly what editing the site needs.

Later apps add their own models' permissions to it in their own migrations
(see CONTENT_EDITOR_PERMISSIONS there). Editors get no user, group or
consultation permissions.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Content editors"
PERMISSIONS = {
    "awareness": {
        "page": ("add", "change", "delete", "view"),
        "hotline": ("add", "change", "delete", "view"),
        "homepage": ("change", "view"),
    },
}


def grant(apps, schema_editor, permissions=PERMISSIONS, group_name=GROUP):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for app_label in permissions:
        # Permissions are normally created after all migrations; make sure
        # they exist on a fresh database.
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True  # a migration's app stub lacks it
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    group, _created = Group.objects.get_or_create(name=group_name)
    for app_label, models in permissions.items():
        for model, actions in models.items():
            codenames = [f"{action}_{model}" for action in actions]
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label, codename__in=codenames
                )
            )


def revoke(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("awareness", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
