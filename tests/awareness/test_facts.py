"""Facts and figures: the chart geometry (pure) and the page with its data tables."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from awareness.models import Display, Theme
from core.charts import WIDTH, bar_chart, show_value
from tests.awareness.builders import theme


def test_bars_are_proportional_to_the_largest_value():
    chart = bar_chart([("A", Decimal(50), ""), ("B", Decimal(25), ""), ("C", Decimal(0), "")])
    assert [bar.width for bar in chart.bars] == [WIDTH, WIDTH // 2, 2]  # 0 still shows a sliver
    assert chart.bars[0].value_inside and not chart.bars[1].value_inside


def test_long_labels_wrap_and_push_the_next_bar_down():
    long = "Prekyba žmonėmis seksualinio išnaudojimo tikslais ir kitos formos"
    chart = bar_chart([(long, Decimal(1), ""), ("B", Decimal(1), "")])
    first, second = chart.bars
    assert len(first.lines) == 2
    assert second.y > first.y + 22
    assert chart.height > second.y + 22 - 1


def test_values_are_written_the_way_each_language_writes_them():
    with translation.override("lt"):
        assert show_value(Decimal("7000"), "aukų") == "7\xa0000\xa0aukų"
        assert show_value(Decimal("62.00"), "%") == "62\xa0%"
        assert show_value(Decimal("1.50"), "") == "1,5"
    with translation.override("en"):
        assert show_value(Decimal("7000"), "victims") == "7,000\xa0victims"
        assert show_value(Decimal("62"), "%") == "62%"


def test_empty_chart_does_not_divide_by_zero():
    assert bar_chart([]).bars == ()
    assert bar_chart([("A", Decimal(0), "")]).bars[0].width == 2


def test_facts_page_draws_charts_with_title_description_and_a_data_table(client, db):
    theme()
    theme(
        "eu",
        figures=(("Registered every year", "7000"),),
        display=Display.NUMBERS,
        title_en="The EU",
    )
    theme("hidden", status="draft", title_en="Hidden theme")
    html = client.get("/en/facts/").content.decode()
    assert html.count("<svg") == 1  # the key-figures theme has no chart
    assert 'role="img" aria-labelledby="chart-global-title"' in html
    assert 'aria-describedby="chart-global-desc"' in html
    assert '<title id="chart-global-title">Modern slavery</title>' in html
    assert '<desc id="chart-global-desc">How many people live in modern slavery.</desc>' in html
    assert html.count("<table") == 2
    assert '<th scope="row">Forced labour</th>' in html
    assert "28\xa0million people" in html
    assert 'href="https://www.ilo.org/" rel="noopener noreferrer"' in html
    assert "7,000" in html
    assert "Hidden theme" not in html


def test_figures_are_in_the_visitors_language(client, db):
    theme()
    html = client.get("/lt/faktai/").content.decode()
    assert "Šiuolaikinė vergovė" in html and "28\xa0mln. žmonių" in html


def test_many_themes_are_split_into_pages(client, db):
    for n in range(12):
        theme(f"theme-{n}", title_en=f"Theme {n}")
    first = client.get("/en/facts/").content.decode()
    second = client.get("/en/facts/", {"page": 2}).content.decode()
    assert "Theme 0" in first and "Theme 11" not in first
    assert "Theme 11" in second and 'rel="prev"' in second
    assert client.get("/en/facts/", {"page": "x"}).status_code == 404


def test_a_key_figure_without_a_year_has_no_empty_brackets(client, db):
    made = theme("eu", figures=(("Registered every year", "7000"),), display=Display.NUMBERS)
    made.figures.update(year=None)
    html = client.get("/en/facts/").content.decode()
    assert "Registered every year</span>" in html and "()" not in html


def test_a_period_needs_its_first_year(db):
    figure = theme().figures.first()
    figure.year, figure.year_end = None, 2022
    with pytest.raises(ValidationError):
        figure.full_clean()


def figure_form(units: list[str], value: str = "62") -> dict:
    data = {
        "title_lt": "Aukos",
        "slug": "aukos",
        "description_lt": "Aprašymas.",
        "display": "bars",
        "order": 0,
        "status": "published",
        "figures-TOTAL_FORMS": len(units),
        "figures-INITIAL_FORMS": 0,
        "figures-MIN_NUM_FORMS": 0,
        "figures-MAX_NUM_FORMS": 1000,
    }
    for n, unit in enumerate(units):
        data |= {
            f"figures-{n}-label_lt": f"Rodiklis {n}",
            f"figures-{n}-value": value,
            f"figures-{n}-unit_lt": unit,
            f"figures-{n}-year": "2022",
            f"figures-{n}-order": n,
        }
    return data


def test_a_bar_chart_refuses_mixed_units(admin_client):
    response = admin_client.post("/en/admin/awareness/theme/add/", figure_form(["%", "victims"]))
    assert response.status_code == 200
    assert "must share one unit" in response.text and 'value="Rodiklis 0"' in response.text
    assert not Theme.objects.exists()


def test_the_lithuanian_admin_takes_a_decimal_comma(admin_client):
    response = admin_client.post("/lt/admin/awareness/theme/add/", figure_form(["%"], "62,5"))
    assert response.status_code == 302
    assert Theme.objects.get().figures.get().value == Decimal("62.5")
