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


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        # an all-number date read day first when the writer also spells it out, or when the
        # month-first reading is still to come
        ("he was held on 02/03/2026, the 2nd of march", date(2026, 3, 2)),
        ("the notice came on 10/02/2026", date(2026, 2, 10)),  # not 2 October, still to come
        ("the notice came on 02/01/2026", date(2026, 2, 1)),  # month first, already past
        ("suppose the notice comes on 10/02/2026", date(2026, 10, 2)),  # looking ahead
        ("received on the last day of january", date(2026, 1, 31)),
        ("received on the last day of february 2024", date(2024, 2, 29)),
        ("served on the last day of last month", date(2026, 2, 28)),
        ("we got the letter wednesday, and then nothing", date(2026, 3, 4)),
        ("detained at twenty to eleven last night", datetime(2026, 3, 4, 22, 40)),
        ("taken in at five past nine this morning", datetime(2026, 3, 5, 9, 5)),
    ],
)
def test_dates_and_times_in_words(text: str, moment: object) -> None:
    assert find_when(clean(text), TODAY).moment == moment


@pytest.mark.parametrize(
    "text",
    [
        "i can't remember if it was the monday or the tuesday",  # two candidates: ask
        "he has to report every monday",  # a habit, not a day
        "the hearing is scheduled monday",  # a plan
    ],
)
def test_no_weekday_is_guessed(text: str) -> None:
    assert find_when(clean(text), TODAY).moment is None


def test_minutes_in_words_before_a_unit_are_no_time() -> None:
    when = find_when(clean("on 2 march he got five to ten years"), TODAY)
    assert when.moment == date(2026, 3, 2)


def test_day_first_reading_is_stated() -> None:
    said = find_when(clean("on 04/03/2026 (the 4th of march)"), TODAY).assumptions
    assert any("day/month/year" in a for a in said)
