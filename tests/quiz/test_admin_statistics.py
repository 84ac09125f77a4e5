"""The admin's statistics page: completion counts as SVG charts, tables and CSV."""

import csv
import io
from decimal import Decimal

from django.contrib.auth.models import User
from django.utils import timezone

from core.charts import WIDTH, bar_chart
from quiz import admin_statistics
from quiz.models import BandCount, ChoiceCount, DailyCompletions

BAR_Y = 20  # the first bar, under its one-line label


def test_statistics_page_with_svg_charts_and_tables(staff, questionnaire):
    band = questionnaire.bands.first()
    DailyCompletions.objects.create(questionnaire=questionnaire, day="2026-11-20", count=4)
    DailyCompletions.objects.create(questionnaire=questionnaire, day=timezone.localdate(), count=7)
    BandCount.objects.create(band=band, count=9)
    choice = questionnaire.questions.first().choices.first()
    ChoiceCount.objects.create(choice=choice, count=5)
    response = staff.get(f"/en/admin/quiz/questionnaire/{questionnaire.pk}/statistics/")
    html = response.text
    # The site's bar chart (core.charts, includes/_bar_chart.html), named and described.
    assert html.count('<svg class="chart"') == 3 and html.count('role="img"') == 3
    for key in ("days", "bands", "choices"):
        assert f'aria-labelledby="chart-{key}-title" aria-describedby="chart-{key}-desc"' in html
    assert '<title id="chart-bands-title">Results per band</title>' in html
    assert "The same counts are in the table beside the chart.</desc>" in html
    assert html.count('<caption class="visually-hidden">') == 3
    assert "Site administration" in html
    assert f'<th scope="row">{timezone.localdate().isoformat()}</th><td>7</td>' in html
    assert '<th scope="row">Low risk</th><td>9</td>' in html
    assert f'<rect class="chart__bar" x="0" y="{BAR_Y}" width="{WIDTH}"' in html  # 9 of 9
    # Bars are SVG geometry: the admin's policy allows no inline style.
    assert " style=" not in html[html.index('<svg class="chart"') :]
    assert "'unsafe-" not in response.headers["Content-Security-Policy"]  # no unsafe-anything


def test_the_statistics_chart_is_core_charts_bar_chart():
    chart = admin_statistics.chart([("Low risk", 9), ("High risk", 3), ("Medium risk", 0)])
    assert chart == bar_chart(
        [
            ("Low risk", Decimal(9), "9"),
            ("High risk", Decimal(3), "3"),
            ("Medium risk", Decimal(0), "0"),
        ]
    )
    assert [bar.width for bar in chart.bars][:2] == [WIDTH, round(WIDTH / 3)]


def test_statistics_csv(staff, questionnaire):
    BandCount.objects.create(band=questionnaire.bands.first(), count=2)
    response = staff.get(f"/en/admin/quiz/questionnaire/{questionnaire.pk}/statistics.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["series", "label", "count"]
    assert ["bands", "Low risk", "2"] in rows
    assert response["Content-Type"].startswith("text/csv")


def test_statistics_need_permission(client, questionnaire):
    client.force_login(User.objects.create_user("plain", password="x", is_staff=True))
    url = f"/en/admin/quiz/questionnaire/{questionnaire.pk}/statistics/"
    assert client.get(url).status_code == 403
