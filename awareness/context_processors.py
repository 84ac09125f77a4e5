from django.conf import settings
from django.db import DatabaseError

from awareness.models import Hotline, Page
from core.middleware import database_failed


def site(request):
    """What every page shows: the menu, the hotlines and the quick exit.

    When the database is down the page still gets the hotlines from the
    settings and no menu; it then says so (``database_down``) and answers 503
    (core.middleware)."""
    context = {
        "hotlines": _hotlines(request),
        "menu": _menu(request),
        "quick_exit_url": settings.QUICK_EXIT_URL,
    }
    if getattr(request, "database_down", False):
        context["database_down"] = True
    return context


def _hotlines(request=None):
    try:
        lines = Hotline.objects.filter(active=True).prefetch_related("languages")
        return list(lines) or settings.FALLBACK_HOTLINES
    except DatabaseError as error:
        # Error pages still show the numbers when the database is down.
        database_failed(request, error)
        return settings.FALLBACK_HOTLINES


def _menu(request=None) -> list[dict]:
    """The two-level menu from one query."""
    try:
        pages = list(
            Page.objects.menu().only(
                *[
                    f"{field}_{code}"
                    for field in ("title", "slug")
                    for code, _n in settings.LANGUAGES
                ],
                "parent_id",
                "menu_order",
                "status",
                "publish_at",
            )
        )
    except DatabaseError as error:
        database_failed(request, error)
        return []
    tree = {page.pk: {"page": page, "children": []} for page in pages if page.parent_id is None}
    for page in pages:
        if page.parent_id in tree:
            tree[page.parent_id]["children"].append(page)
    return list(tree.values())
