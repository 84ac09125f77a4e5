"""The admin's statistics page: completion counts as SVG charts, tables and CSV."""

import csv
import io

from django.contrib.auth.models import User
from django.utils import timezone

from quiz.models import BandCount, ChoiceCount, DailyCompletions


def test_statistics_page_with_svg_charts_and_tables(staff, questionnaire):
    band = questionnaire.bands.first()
    DailyCompletions.objects.create(questionnaire=questionnaire, day="2026-11-20", count=4)
    DailyCompletions.objects.create(questionnaire=questionnaire, day=timezone.localdate(), count=7)
    BandCount.objects.create(band=band, count=9)
    choice = questionnaire.questions.first().choices.first()
    ChoiceCount.objects.create(choice=choice, count=5)
    html = staff.get(f"/en/admin/quiz/questionnaire/{questionnaire.pk}/statistics/").text
    assert (
        html.count('class="chart__svg"') == 3
        and html.count('<caption class="visually-hidden">') == 3
    )
    assert "Site administration" in html
    assert f'<th scope="row">{timezone.localdate().isoformat()}</th><td>7</td>' in html
    assert '<th scope="row">Low risk</th><td>9</td>' in html
    assert 'width="300"' in html  # the largest bar is full width


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
