"""The "Content editors" group, granted permissions by each app's data migration."""

from django.contrib.auth import get_permission_codename

CONTENT_EDITORS = "Content editors"


def grant(apps, group_name: str, permissions: dict[str, dict[str, tuple[str, ...]]]) -> None:
    """Give ``group_name`` the ``{app: {model: (action, ...)}}`` permissions.

    Called from migrations with their historical ``apps``.
    """
    Group = apps.get_model("auth", "Group")
    group, _created = Group.objects.get_or_create(name=group_name)
    for app_label, models in permissions.items():
        for model_name, actions in models.items():
            model = apps.get_model(app_label, model_name)
            group.permissions.add(*(_permission(apps, model, action) for action in actions))


def _permission(apps, model, action: str):
    """The permission to ``action`` a ``model``, created now if it does not exist yet.

    Django creates permissions once all migrations have run (post_migrate), too late
    for a data migration. The row made here is the one Django would make, from the
    model's options: Django then finds it (by content type and codename) and adds
    nothing. A permission the model does not have is an error, not a silent no-op.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    opts = model._meta
    known = {
        get_permission_codename(default, opts): f"Can {default} {opts.verbose_name_raw}"
        for default in opts.default_permissions
    } | dict(opts.permissions)
    codename = get_permission_codename(action, opts)
    if codename not in known:
        raise LookupError(f"{opts.label} has no permission {codename!r}.")
    content_type, _created = ContentType.objects.get_or_create(
        app_label=opts.app_label, model=opts.model_name
    )
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": known[codename]}
    )
    return permission
