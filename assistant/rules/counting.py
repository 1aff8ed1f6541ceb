"""Date arithmetic under the Criminal Procedure Law's counting convention.

The hour or day on which a period begins is not counted: N days from day D ends at
the end of day D+N; N hours from time T ends at T+N hours; N months (or years) end on
the same day number N months later, or on the last day of that month when it has no
such day. Holidays are not modelled.

Example:
    >>> add(date(2026, 3, 1), 10, "days")
    datetime.date(2026, 3, 11)
    >>> add(date(2026, 1, 31), 1, "months")
    datetime.date(2026, 2, 28)
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta

Moment = date | datetime

CONVENTION = (
    "Counting convention (Criminal Procedure Law): the hour or day on which a period "
    "begins is not counted, so N days from day D end at the end of day D+N, N hours from "
    "time T end at T+N hours, and N months end on the same day number N months later "
    "(the month's last day if that day does not exist)."
)
HOLIDAYS = (
    "Holidays are not modelled: if a period ends on a public holiday the legal "
    "deadline may move; check with a lawyer."
)
END_OF_DAY = time(23, 59)


def is_timed(m: Moment) -> bool:
    """True when `m` carries a clock time (a datetime), False for a bare date."""
    return isinstance(m, datetime)


def day_of(m: Moment) -> date:
    """The calendar day of a date or datetime."""
    return m.date() if isinstance(m, datetime) else m


def as_datetime(m: Moment) -> datetime:
    """A datetime for ordering: a bare date stands for the end of that day."""
    return m if isinstance(m, datetime) else datetime.combine(m, END_OF_DAY)


def add_months(d: date, months: int) -> date:
    """Same day number `months` later (or earlier), clamped to the month's last day."""
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise ValueError("date out of range")
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(d.day, last))


def add(start: Moment, amount: int, unit: str) -> Moment:
    """End of a period of `amount` units starting at `start` (negative counts back).

    Hours need a clock time and keep it; days, months and years work on the calendar
    day (a clock time on `start` is dropped, since the starting day is not counted).
    Raises ValueError for an unknown unit, an hour period from a bare date, or a result
    outside the calendar.
    """
    if unit == "hours":
        if not isinstance(start, datetime):
            raise ValueError("an hour period needs a start time, not only a date")
        return start + timedelta(hours=amount)
    d = day_of(start)
    try:
        if unit == "days":
            return d + timedelta(days=amount)
    except OverflowError as e:
        raise ValueError("date out of range") from e
    if unit == "months":
        return add_months(d, amount)
    if unit == "years":
        return add_months(d, 12 * amount)
    raise ValueError(f"unknown unit {unit!r}; expected hours, days, months or years")


def unit_word(amount: int, unit: str) -> str:
    """'1 day', '10 days', '24 hours', '1 year'."""
    word = unit[:-1] if amount == 1 else unit
    return f"{amount} {word}"


def fmt(m: Moment) -> str:
    """Human form: '11 March 2026' or '2 March 2026 21:30'."""
    d = day_of(m)
    text = f"{d.day} {d.strftime('%B')} {d.year}"
    return f"{text} {m.strftime('%H:%M')}" if isinstance(m, datetime) else text


def latest_end(day: date, hours: int) -> str:
    """The latest end of an hour period begun at an unknown time of `day` (its last minute):
    'the end of 4 March 2026' for 24 hours from 3 March, '4 March 2026 12:00' for 12."""
    return end_words(datetime.combine(day + timedelta(days=1), time(0, 0)) + timedelta(hours=hours))


def end_words(m: datetime) -> str:
    """'the end of 4 March 2026' for midnight closing that day, else '4 March 2026 12:00'."""
    if m.time() == time(0, 0):
        return f"the end of {fmt(m.date() - timedelta(days=1))}"
    return fmt(m)


def iso(m: Moment) -> str:
    """Machine form: '2026-03-11' for dates, '2026-03-02T21:30' for hour periods."""
    return m.strftime("%Y-%m-%dT%H:%M") if isinstance(m, datetime) else m.isoformat()


def explain(start: Moment, amount: int, unit: str, end: Moment) -> str:
    """One arithmetic step, e.g. '1 March 2026 + 10 days = end of 11 March 2026'."""
    if unit == "hours":
        return f"{fmt(start)} + {unit_word(amount, unit)} = {fmt(end)}"
    first = "the starting day is not counted"
    if amount < 0:
        return f"end of {fmt(day_of(start))} - {unit_word(-amount, unit)} = end of {fmt(end)}"
    if unit in ("months", "years"):
        first = "same day number later, clamped to the month's last day"
    return f"{fmt(day_of(start))} + {unit_word(amount, unit)} ({first}) = end of {fmt(end)}"
