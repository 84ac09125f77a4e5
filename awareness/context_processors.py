from django.conf import settings
from django.db import DatabaseError

from awareness.models import Hotline, Page


def site(request):
    """What every page shows: the menu, the hotlines and the quick exit."""
    return {
        "hotlines": _hotlines(),
        "menu": _menu(),
        "quick_exit_url": settings.QUICK_EXIT_URL,
    }


def _hotlines():
    try:
        lines = Hotline.objects.filter(active=True).prefetch_related("languages")
        return list(lines) or settings.FALLBACK_HOTLINES
    except DatabaseError:
        # Error pages still show the numbers when the database is down.
        return settings.FALLBACK_HOTLINES


def _menu() -> list[dict]:
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
    except DatabaseError:
        return []
    tree = {page.pk: {"page": page, "children": []} for page in pages if page.parent_id is None}
    for page in pages:
        if page.parent_id in tree:
            tree[page.parent_id]["children"].append(page)
    return list(tree.values())
