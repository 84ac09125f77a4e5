from django.apps import AppConfig
from django.utils.autoreload import autoreload_started


class CoreConfig(AppConfig):
    """What every app uses: publishing, rich text, languages, lists, limits, tags."""

    name = "core"
    verbose_name = "Core"

    def ready(self) -> None:
        from core import pagecache

        pagecache.connect_signals()
        autoreload_started.connect(_watch_inline_style)


def _watch_inline_style(sender, **kwargs) -> None:
    """``make dev`` (runserver) restarts when the inlined stylesheet changes:
    its CSP hash is computed once, at start-up (core/inline_style.py)."""
    from core.inline_style import SITE_CSS

    sender.watch_dir(SITE_CSS.parent, SITE_CSS.name)
