from django.apps import AppConfig
from django.db import connections
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def restore_list_indexes(sender, using, **kwargs) -> None:
    """Indexes kept by hand come back after a migration that rebuilt their table
    on SQLite (awareness/list_indexes.py)."""
    from awareness import list_indexes  # noqa: PLC0415

    list_indexes.ensure(connections[using])


class AwarenessConfig(AppConfig):
    name = "awareness"
    verbose_name = _("Site content")

    def ready(self):
        post_migrate.connect(
            restore_list_indexes, sender=self, dispatch_uid="awareness-list-indexes"
        )
