from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app uses: publishing, rich text, languages, lists, limits, tags."""

    name = "core"
    verbose_name = "Core"

    def ready(self):
        from core import pagecache

        pagecache.connect_signals()
