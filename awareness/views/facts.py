from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from awareness.charts import bar_chart, show_value
from awareness.models import Display, Figure, Theme


@require_safe
def facts(request: HttpRequest) -> HttpResponse:
    """Each theme as a server-drawn chart (or key figures) with its data as a table."""
    themes = Theme.objects.published().prefetch_related(
        Prefetch("figures", queryset=Figure.objects.order_by("order", "pk"))
    )
    shown = []
    for theme in themes:
        figures = list(theme.figures.all())
        if not figures:
            continue
        shown.append(
            {
                "theme": theme,
                "figures": [(figure, show_value(figure.value, figure.unit)) for figure in figures],
                "chart": (
                    bar_chart([(f.label, f.value, f.unit) for f in figures])
                    if theme.display == Display.BARS
                    else None
                ),
            }
        )
    return render(request, "awareness/facts.html", {"themes": shown})
