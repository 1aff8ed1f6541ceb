"""Dates told without a month or a year: "on the 1st", "on 26.02", "the 3rd of this month"
(pure, linear-time; read by `router_text`, which states every assumption made).

Example:
    >>> from datetime import date
    >>> partial_dates("arrested on the 1st at 9pm", date(2026, 3, 5))
    [(9, datetime.date(2026, 3, 1), 'read "the 1st" as 1 March 2026')]
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from itertools import islice

from assistant.rules.router_clock import MAX_MATCHES
from assistant.rules.router_vocab import ORDINAL_ALT, day_number

MON = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|jul[yi]?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
ORD = r"(?:st|nd|rd|th)?"
DAY = rf"(\d{{1,2}}|{ORDINAL_ALT})"
# "on the 3rd of this month", "the 28th of last month": a day of the current or last month
MONTH_DAY_RE = re.compile(rf"\bthe {DAY}{ORD} (?:of )?(this|last|the previous) month\b")
# "on the last day of last month"
LAST_OF_MONTH_RE = re.compile(r"\bthe last day of (this|last|the previous) month\b")
# "arrested on the 1st": a day of this month, or of last month if it is still to come
BARE_DAY_RE = re.compile(
    rf"\bon the (\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\b|{MON}|this|last|the previous"
    r"|day|floor|time|attempt))"
)
# "received it on 26.02": day.month without a year, after "on" (a clock time has am/pm or h)
DAY_MONTH_RE = re.compile(
    r"\bon (\d{1,2})\.(\d{2})\b(?!\.\d|[\d:]|\s*(?:[ap]\.?m\b|h\b|hours?\b|o'clock))"
)
# words that correct a date just told ("on 30 january - sorry, on 31 january"), shared with
# `router_text.CORRECTION_RE`
DATE_FIX = r"sorry|i mean|i meant|correction|no wait|wait no|scratch that|make that|or rather"
# a day corrected after a full date: "on 2 march, no wait, the 3rd" (the same month)
CORRECTED_DAY_RE = re.compile(
    rf"\b(?:{DATE_FIX}|no, wait|actually),? (?:no,? )?(?:it was )?(?:on )?the (\d{{1,2}})"
    rf"(?:st|nd|rd|th)\b(?! (?:of\b|{MON}))"
)
Found = tuple[int, date | None, str]  # (offset in the text, the date or None, assumption)


def safe(y: int, m: int, d: int) -> date | None:
    """The date, or None when it does not exist (31 February)."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


# a question that looks ahead ("suppose the police receive the notice on 10 March"): a date
# without a year in the next two months is the coming one, not last year's
AHEAD = re.compile(
    r"\b(suppose|supposing|what if|imagine|hypothetical\w*|in a case where|let'?s say|next"
    r"|upcoming|scheduled|(is|are) (due|expected|going) to|plan(s|ned|ning)? to)\b"
)
AHEAD_DAYS = 62


def no_year(m: int, d: int, today: date, ahead: bool = False) -> tuple[date | None, str]:
    """The most recent such day not after `today` (or, when the question looks `ahead`, a
    day in the next two months), and the assumption made."""
    this = safe(today.year, m, d)
    if this is not None and this <= today:
        return this, f"no year given: took {today.year}"
    if ahead and this is not None and (this - today).days <= AHEAD_DAYS:
        return this, f"no year given: took {today.year} (the coming such date)"
    last = safe(today.year - 1, m, d)
    return last, f"no year given: took {today.year - 1} (the most recent such date)"


def month_end(year: int, month: int) -> date:
    """The last day of the month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def month_before(today: date) -> tuple[int, int]:
    return (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)


def last_day_numbered(day: int, today: date) -> date | None:
    """The latest date not after `today` whose day of the month is `day` (the 31st on
    5 March is 31 January)."""
    y, mon = today.year, today.month
    for _ in range(3):
        when = safe(y, mon, day)
        if when and when <= today:
            return when
        y, mon = month_before(date(y, mon, 1))
    return None


def partial_dates(text: str, today: date) -> list[Found]:
    """Every date the (cleaned) text gives without its month or year."""
    found: list[Found] = []
    for m in islice(MONTH_DAY_RE.finditer(text), MAX_MATCHES):
        y, mon = (today.year, today.month) if m.group(2) == "this" else month_before(today)
        found.append((m.start(), safe(y, mon, day_number(m.group(1))), ""))
    for m in islice(LAST_OF_MONTH_RE.finditer(text), MAX_MATCHES):
        y, mon = (today.year, today.month) if m.group(1) == "this" else month_before(today)
        found.append((m.start(), month_end(y, mon), ""))
    for m in islice(BARE_DAY_RE.finditer(text), MAX_MATCHES):
        when = last_day_numbered(int(m.group(1)), today)
        note = f'read "{m.group(0)[3:]}" as {when:%-d %B %Y}' if when else ""
        found.append((m.start(), when, note))
    for m in islice(DAY_MONTH_RE.finditer(text), MAX_MATCHES):
        day, mon = int(m.group(1)), int(m.group(2))
        if 1 <= mon <= 12:
            when, note = no_year(mon, day, today)
            found.append((m.start(), when, f"read {m.group(1)}.{m.group(2)} as day.month; {note}"))
    return found


def corrected_days(text: str, found: list[Found]) -> list[Found]:
    """A bare day the writer corrects a full date to ("on 2 march, no wait, the 3rd"): in the
    month and year of the date told just before it."""
    out: list[Found] = []
    for m in islice(CORRECTED_DAY_RE.finditer(text), MAX_MATCHES):
        told = [f for f in found if f[0] < m.start() and f[1] is not None]
        if told:
            base = max(told, key=lambda f: f[0])[1]
            assert base is not None
            when = safe(base.year, base.month, int(m.group(1)))
            note = f'read the corrected "the {m.group(1)}" as {when:%-d %B %Y}' if when else ""
            out.append((m.start(1), when, note))
    return out
