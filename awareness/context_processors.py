from django.conf import settings
from django.db import DatabaseError
from django.db.models import Case, F, Q, Value, When, Window
from django.db.models.functions import RowNumber

from awareness.models import Hotline, Page
from core.middleware import database_failed
from core.pagecache import per_version

# The menu is on every page, so it is bounded whatever the number of pages: the
# first top-level pages and the first sub-pages of each (by menu order). A
# parent's page lists all its sub-pages, and the menu links there when it has
# more ("more" below).
MENU_TOP = 12
MENU_CHILDREN = 8


def site(request):
    """What every page shows: the menu, the hotlines and the quick exit.

    When the database is down the page still gets the hotlines from the
    settings and no menu; it then says so (``database_down``) and answers 503
    (core.middleware)."""
    context = {
        # Built once per content version in each process (core.pagecache.per_version).
        "hotlines": per_version(request, "hotlines", lambda: _hotlines(request)),
        "menu": per_version(request, "menu", lambda: _menu(request)),
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
    """The two-level menu from one query of at most MENU_TOP top-level pages
    and MENU_CHILDREN + 1 sub-pages of each (the one more says there are more)."""
    top = Page.objects.menu().filter(parent__isnull=True).values("pk")[:MENU_TOP]
    place = Window(RowNumber(), partition_by=[F("parent_id")], order_by=["menu_order", "pk"])
    limit = Case(When(parent__isnull=True, then=Value(MENU_TOP)), default=Value(MENU_CHILDREN + 1))
    try:
        pages = list(
            Page.objects.menu()
            .filter(Q(parent__isnull=True) | Q(parent__in=top))
            .annotate(place=place, limit=limit)
            .filter(place__lte=F("limit"))
            .only(
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
    tree = {
        page.pk: {"page": page, "children": [], "more": False}
        for page in pages
        if page.parent_id is None
    }
    for page in pages:
        if page.parent_id in tree:
            entry = tree[page.parent_id]
            if len(entry["children"]) < MENU_CHILDREN:
                entry["children"].append(page)
            else:
                entry["more"] = True
    return list(tree.values())
