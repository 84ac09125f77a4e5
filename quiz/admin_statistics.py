"""The admin's statistics page and CSV: the completion counts (quiz.completion_counts)
shown to staff as SVG charts and tables. Counts only, nothing about a visitor.
"""

import csv
from datetime import timedelta
from decimal import Decimal

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.charts import Chart, bar_chart, show_value
from quiz.models import Choice, DailyCompletions, Questionnaire, ResultBand

DAYS = 30


def _questionnaire(request, pk: int) -> Questionnaire:
    if not request.user.has_perm("quiz.view_questionnaire"):
        raise PermissionDenied
    return get_object_or_404(Questionnaire, pk=pk)


def collect(questionnaire: Questionnaire) -> dict:
    """Three series of (label, count) rows: per day, per band, per answer."""
    since = timezone.localdate() - timedelta(days=DAYS - 1)
    per_day = dict(
        DailyCompletions.objects.filter(questionnaire=questionnaire, day__gte=since).values_list(
            "day", "count"
        )
    )
    days = [(since + timedelta(days=n)) for n in range(DAYS)]
    bands = ResultBand.objects.filter(questionnaire=questionnaire).select_related("tally")
    choices = (
        Choice.objects.filter(question__questionnaire=questionnaire)
        .select_related("question", "tally")
        .order_by("question__order", "question", "order", "pk")
    )
    return {
        "days": [(day.isoformat(), per_day.get(day, 0)) for day in days],
        "bands": [(band.title, _count(band)) for band in bands],
        "choices": [(f"{c.question.text} — {c.text}", _count(c)) for c in choices],
    }


def _count(obj) -> int:
    try:
        return obj.tally.count
    except obj.__class__.tally.RelatedObjectDoesNotExist:
        return 0


def chart(rows: list[tuple[str, int]]) -> Chart:
    """The series drawn as the site's bar charts are (core.charts)."""
    values = [(label, Decimal(count)) for label, count in rows]
    return bar_chart([(label, value, show_value(value)) for label, value in values])


def statistics_view(request, pk: int):
    questionnaire = _questionnaire(request, pk)
    data = collect(questionnaire)
    sections = [
        ("days", _("Completed tests per day (last %(days)d days)") % {"days": DAYS}, _("Day")),
        ("bands", _("Results per band"), _("Result")),
        ("choices", _("How often each answer was chosen"), _("Question and answer")),
    ]
    charts = [
        {
            "key": key,
            "title": title,
            "label_heading": heading,
            "rows": data[key],
            "chart": chart(data[key]),
        }
        for key, title, heading in sections
    ]
    context = {
        **admin.site.each_context(request),
        "questionnaire": questionnaire,
        "charts": charts,
        "title": _("Statistics: %(title)s") % {"title": questionnaire.title},
        "opts": Questionnaire._meta,
        "has_view_permission": True,
    }
    return TemplateResponse(request, "admin/quiz/statistics.html", context)


def statistics_csv_view(request, pk: int) -> HttpResponse:
    questionnaire = _questionnaire(request, pk)
    data = collect(questionnaire)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="risk-test-{questionnaire.pk}.csv"'
    writer = csv.writer(response)
    writer.writerow([_("series"), _("label"), _("count")])
    for series in ("days", "bands", "choices"):
        for label, count in data[series]:
            writer.writerow([series, label, count])
    return response
