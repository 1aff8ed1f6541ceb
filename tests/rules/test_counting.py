"""The counting convention on hand-worked examples (month ends, leap years, year end)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from assistant.rules.counting import CONVENTION, HOLIDAYS, add, add_months, explain, fmt, iso


@pytest.mark.parametrize(
    "start,months,end",
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2026, 5, 31), -1, date(2026, 4, 30)),
    ],
)
def test_add_months(start: date, months: int, end: date) -> None:
    assert add_months(start, months) == end


def test_days_hours_and_years() -> None:
    assert add(date(2026, 12, 31), 1, "days") == date(2027, 1, 1)
    assert add(date(2028, 2, 28), 1, "days") == date(2028, 2, 29)
    assert add(datetime(2026, 3, 1, 21, 30), 24, "hours") == datetime(2026, 3, 2, 21, 30)
    assert add(datetime(2026, 12, 31, 23, 0), 12, "hours") == datetime(2027, 1, 1, 11, 0)
    assert add(date(2028, 2, 29), 1, "years") == date(2029, 2, 28)
    assert add(datetime(2026, 3, 1, 23, 59), 10, "days") == date(2026, 3, 11)


def test_errors_are_clear() -> None:
    with pytest.raises(ValueError, match="start time"):
        add(date(2026, 3, 1), 24, "hours")
    with pytest.raises(ValueError, match="unknown unit"):
        add(date(2026, 3, 1), 1, "weeks")
    with pytest.raises(ValueError, match="range"):
        add(date(9999, 12, 31), 1, "days")


def test_formatting_and_explanation() -> None:
    assert fmt(date(2026, 3, 11)) == "11 March 2026"
    assert fmt(datetime(2026, 3, 2, 9, 5)) == "2 March 2026 09:05"
    assert iso(datetime(2026, 3, 2, 9, 5)) == "2026-03-02T09:05"
    step = explain(date(2026, 3, 1), 10, "days", date(2026, 3, 11))
    assert "not counted" in step and "end of 11 March 2026" in step
    assert "not counted" in CONVENTION and "not modelled" in HOLIDAYS
