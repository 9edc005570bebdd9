"""The SVG charts drawn by the core: here, the calendar's month names."""

from datetime import date

import pytest

from quizapp.core import charts

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month_names(first: date) -> list[str]:
    days = 365
    chart = charts.calendar(
        "Study days", first, [0] * days, [""] * days, MONTHS, ("Mon", "Wed", "Fri"), charts.LIGHT
    )
    return [month for month in MONTHS for _ in range(chart.svg.count(f">{month}<"))]


@pytest.mark.parametrize(
    ("first", "named"),
    [
        (date(2025, 11, 27), ["Dec"] * 1 + ["Nov"] * 1),  # Nov 2025 is 1 column before Dec
        (date(2025, 11, 3), ["Dec"] * 1 + ["Nov"] * 2),  # Nov 2025 has 4 columns of its own
    ],
)
def test_the_first_month_is_named_only_when_it_has_room(first, named):
    names = month_names(first)
    assert sorted(n for n in names if n in ("Nov", "Dec")) == sorted(named)
    assert len(names) == len(named) + 10  # every other month once
