"""The "Content editors" group, granted permissions by each app's data migration."""

from django.contrib.auth.management import create_permissions

CONTENT_EDITORS = "Content editors"


def grant(apps, group_name: str, permissions: dict[str, dict[str, tuple[str, ...]]]) -> None:
    """Give ``group_name`` the ``{app: {model: (action, ...)}}`` permissions.

    Called from migrations with their historical ``apps``. Permissions are
    normally created after all migrations, so make sure they exist first.
    """
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for app_label in permissions:
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
