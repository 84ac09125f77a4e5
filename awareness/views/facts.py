from django.core.paginator import InvalidPage, Paginator
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from awareness.models import Display, Figure, Theme
from core.charts import bar_chart, show_value

THEMES_PER_PAGE = 10


@require_safe
def facts(request: HttpRequest) -> HttpResponse:
    """Each theme as a server-drawn chart (or key figures) with its data as a table."""
    themes = Theme.objects.published().prefetch_related(
        Prefetch("figures", queryset=Figure.objects.order_by("order", "pk"))
    )
    paginator = Paginator(themes, THEMES_PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except InvalidPage as error:  # not a number, or past the end
        raise Http404 from error
    context = {
        "themes": [entry for theme in page if (entry := _theme_with_figures(theme))],
        "page_obj": page,
        "paginator": paginator,
        "is_paginated": page.has_other_pages(),
    }
    return render(request, "awareness/facts.html", context)


def _theme_with_figures(theme: Theme) -> dict | None:
    """The theme, its figures with their values formatted, and its bar chart when it is
    shown as bars; None when it has no figures (nothing to show)."""
    figures = [(figure, show_value(figure.value, figure.unit)) for figure in theme.figures.all()]
    if not figures:
        return None
    bars = theme.display == Display.BARS
    return {
        "theme": theme,
        "figures": figures,
        "chart": bar_chart([(f.label, f.value, shown) for f, shown in figures]) if bars else None,
    }
