"""Dates told without a month or a year, and clock times beside them (router_days)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from assistant.rules.router_text import clean, find_when

TODAY = date(2026, 3, 5)


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("arrested on the 1st at 9pm", datetime(2026, 3, 1, 21, 0)),
        ("detained on the 28th", date(2026, 2, 28)),
        ("detained on the 31st", date(2026, 1, 31)),  # February has none: January
        ("i received the notice on 26.02.", date(2026, 2, 26)),
        ("on 10.05 at 9pm", datetime(2025, 5, 10, 21, 0)),  # a day.month, not 10:05
        ("at 10.05 yesterday", datetime(2026, 3, 4, 10, 5)),  # a clock time after "at"
        ("i asked at the detention centre this morning at 10", datetime(2026, 3, 5, 10, 0)),
    ],
)
def test_partial_dates_and_times(text: str, moment: object) -> None:
    assert find_when(clean(text), TODAY).moment == moment


@pytest.mark.parametrize("text", ["on the 3rd floor", "on the 45th", "on 31.02", "on 9.30 pm"])
def test_no_date_is_made_up(text: str) -> None:
    assert find_when(clean(text), TODAY).moment is None


def test_the_assumption_is_stated() -> None:
    said = find_when(clean("arrested on the 1st"), TODAY).assumptions
    assert any("1 March 2026" in a for a in said)
