"""Server-rendered bar charts: the geometry only, so it is testable without a browser.

One helper for every bar chart (the facts page, the quiz statistics in the admin).
The SVG is drawn by templates/includes/_bar_chart.html in a 320-unit-wide
view box, one unit per CSS pixel on a small phone, so the text stays legible
on the phones most visitors use. Labels sit above their bars and wrap.
"""

import textwrap
from dataclasses import dataclass
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import get_language

WIDTH = 320
LINE = 18  # label line height
BAR = 22  # bar thickness
GAP = 14  # space after each bar
LABEL_CHARS = 38  # characters per label line at the chart's font size
VALUE_ROOM = 150  # a value shorter than this bar width is written after the bar


@dataclass(frozen=True)
class Bar:
    lines: tuple[tuple[str, int], ...]  # label lines with their baselines
    value: str
    y: int
    width: int
    value_inside: bool


@dataclass(frozen=True)
class Chart:
    bars: tuple[Bar, ...]
    width: int
    height: int


def show_value(value: Decimal, unit: str = "") -> str:
    """28 million people, 62 % (Lithuanian), 62% (English), 7 000 / 7,000."""
    number = number_format(value.normalize() if value % 1 else int(value), force_grouping=True)
    if not unit:
        return number
    joiner = "" if unit == "%" and get_language() == "en" else "\N{NO-BREAK SPACE}"
    return f"{number}{joiner}{unit}"


def bar_chart(rows: list[tuple[str, Decimal, str]]) -> Chart:
    """``rows`` are (label, value, value as shown); bars are relative to the largest value."""
    top = max((value for _label, value, _shown in rows), default=Decimal(0))
    bars, y = [], 0
    for label, value, shown in rows:
        lines = []
        for text in textwrap.wrap(label, LABEL_CHARS) or [""]:
            y += LINE
            lines.append((text, y - 4))
        width = round(WIDTH * value / top) if top else 0
        bars.append(
            Bar(
                lines=tuple(lines),
                value=shown,
                y=y + 2,
                width=max(width, 2),
                value_inside=width >= WIDTH - VALUE_ROOM,
            )
        )
        y += 2 + BAR + GAP
    return Chart(bars=tuple(bars), width=WIDTH, height=max(y - GAP + 2, 1))
