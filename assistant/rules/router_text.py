"""Read dates and times out of a chat question, stating every assumption made.

Handles "2026-03-01", "1 March 2026", "1st of March", "the first of March", "March 1st,
2026", "3/1/2026" (US month/day order unless impossible; the assumption is stated),
"2026/3/1", "today", "yesterday", "the day before yesterday", "N days ago", "last Monday",
"Sunday night"; the time of day is read by `router_clock` ("21:30", "9.30 pm", "noon" ...).
A date without a year is the most recent such date not after `today`. All patterns are
linear-time and the text is capped.

Example:
    >>> from datetime import date
    >>> find_when(clean("detained on 1 March at 9.30 pm"), date(2026, 3, 5)).moment
    datetime.datetime(2026, 3, 1, 21, 30)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice

from assistant.retrieval.chatspeak import expand
from assistant.rules.router_clock import ISO_RE, MAX_MATCHES, find_time
from assistant.rules.router_corrections import retract
from assistant.rules.router_days import (
    AHEAD,
    DATE_FIX,
    DAY,
    MON,
    ORD,
    corrected_days,
    month_end,
    no_year,
    partial_dates,
    safe,
)
from assistant.rules.router_dictation import comma_questions, emoji_stops, end_lines, punctuate
from assistant.rules.router_forms import form_answers
from assistant.rules.router_relative import relative_date
from assistant.rules.router_vocab import day_number, fix_typos

MAX_CHARS = 4000
MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july", "juli"),  # "juli": a common misspelling (German, Dutch)
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for m in names
}
DMY_RE = re.compile(rf"\b{DAY}{ORD}\s+(?:of\s+)?{MON}\.?(?:,?\s+(\d{{4}}))?\b")
MDY_RE = re.compile(
    rf"\b{MON}\.?\s+(?:the\s+)?{DAY}{ORD}\b(?!\s*(?:days?|hours?|weeks?|months?|years?)\b)"
    rf"(?:,?\s+(\d{{4}}))?"
)
SLASH_RE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")
# "on the last day of February": the month's end
LAST_DAY_RE = re.compile(rf"\bthe last day of {MON}\b(?:,?\s+(\d{{4}}))?")
# a date the user corrects to: "on 30 January - sorry, on 31 January", "no wait, the 3rd"
CORRECTION_RE = re.compile(rf"\b({DATE_FIX}|not the [\w ]{{1,20}}? but)\b[^.?!]{{0,20}}$")
# without a year only after a word that introduces a date ("received it on 3/3", "fri 27/2"), so a
# fraction ("3/4 of the deposit") or "24/7" is no date
SHORT_SLASH_RE = re.compile(
    r"\b(?:on|since|from|dated|received|served|issued|until|till|(?:mon|tue|wed|thu|fri|sat|sun)"
    r"[a-z]*\.?) (\d{1,2})/(\d{1,2})\b(?![/\d])"
)
# "27.02.2027", "27-02-2027": dots and dashes with the year last are written day first
DOTTED_RE = re.compile(r"\b(\d{1,2})([.-])(\d{1,2})\2(\d{4})\b")
DAY_FIRST_RE = re.compile(r"\b(day[- ]first|dd/mm|day/month)\b")


@dataclass(frozen=True)
class When:
    """A start read from the text: a date, a datetime, or None; plus assumptions made."""

    moment: date | datetime | None
    assumptions: tuple[str, ...] = ()
    has_date: bool = False
    has_time: bool = False


# "spp r.10", "art.83": the abbreviation's dot is no sentence end (the readers split at dots)
CITED_NUMBER = re.compile(r"\b([a-z]{1,5})\.(?=\d)")


def clean(text: object) -> str:
    """Lower-cased, NFKC-normalised, control-free text capped at MAX_CHARS, with chat
    shorthand written out (the retrieval's own table, so both read "b4" and "yrs" alike)
    and the listed misspellings repaired; a line break ends a sentence, a detail the writer
    corrects is read in its last version, a form's "label: none" is read as "no label", and a long unpunctuated (dictated) message gets
    sentence marks."""
    s = text if isinstance(text, str) else ""
    s = end_lines(unicodedata.normalize("NFKC", s[: MAX_CHARS * 2])[:MAX_CHARS])
    s = (
        s.replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )
    s = emoji_stops("".join(ch if ch.isprintable() else " " for ch in s))
    s = fix_typos(expand(s).lower())
    return comma_questions(punctuate(form_answers(retract(CITED_NUMBER.sub(r"\1 ", s)))))


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    return y + 2000 if y < 100 else y


def _slash(
    m: re.Match[str], day_first: bool = False, told: frozenset[tuple[int, int]] = frozenset(),
    today: date | None = None,
) -> tuple[date | None, str]:  # fmt: skip
    """An all-number date, month first unless impossible, written day first, or the day-first
    reading is the one the writer also spells out ("04/03/2026 (the 4th of March)": `told`
    holds the (month, day) of the dates in words) or the only one not still to come (`today`
    given only when the question does not look ahead)."""
    a, b, y = int(m.group(1)), int(m.group(2)), _year(m.group(3)) or 0
    if a > 12 or day_first:
        return safe(y, b, a), ""
    if b > 12:
        return safe(y, a, b), ""
    got, other = safe(y, a, b), safe(y, b, a)
    if a == b or got is None:
        return got, ""
    if other is not None and ((b, a) in told or (today is not None and other <= today < got)):
        why = "as the date in words says" if (b, a) in told else f"{got} is still to come"
        return other, f"read {m.group(0)} as day/month/year ({why})"
    return got, f"read {m.group(0)} as month/day/year; say if you meant {b}/{a} (day/month)"


def _short_slash(m: re.Match[str], today: date, day_first: bool) -> tuple[date | None, str]:
    """'3/3' or '25/12' with no year: the most recent such day, read month/day unless the
    first number cannot be a month (or the user writes day-first)."""
    a, b = int(m.group(1)), int(m.group(2))
    mon, day = (b, a) if a > 12 or day_first else (a, b)
    if mon > 12 or not 1 <= day <= 31:
        return None, ""
    got, note = no_year(mon, day, today)
    if a == b or a > 12 or b > 12 or day_first:
        return got, note
    return got, f"{note}; read {a}/{b} as month/day, say if you meant {b}/{a} (day/month)"


# Fixed-date days named in words ("on Christmas Eve 2026"); movable feasts are not read.
NAMED_DAYS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
}
NAMED_RE = re.compile(r"\b(" + "|".join(NAMED_DAYS) + r")(?:,? (\d{4}))?\b")


def _absolute(text: str, today: date) -> list[tuple[int, date | None, str]]:
    found: list[tuple[int, date | None, str]] = []
    ahead = AHEAD.search(text) is not None
    for m in islice(NAMED_RE.finditer(text), MAX_MATCHES):
        (mon, day), y = NAMED_DAYS[m.group(1)], _year(m.group(2))
        found.append(
            (m.start(), *((safe(y, mon, day), "") if y else no_year(mon, day, today, ahead)))
        )
    for m in islice(ISO_RE.finditer(text), MAX_MATCHES):
        found.append((m.start(), safe(int(m.group(1)), int(m.group(2)), int(m.group(3))), ""))
    for m in islice(DMY_RE.finditer(text), MAX_MATCHES):
        mon, day, y = MONTHS[m.group(2)], day_number(m.group(1)), _year(m.group(3))
        found.append(
            (m.start(), *((safe(y, mon, day), "") if y else no_year(mon, day, today, ahead)))
        )
    for m in islice(MDY_RE.finditer(text), MAX_MATCHES):
        mon, day, y = MONTHS[m.group(1)], day_number(m.group(2)), _year(m.group(3))
        found.append(
            (m.start(), *((safe(y, mon, day), "") if y else no_year(mon, day, today, ahead)))
        )
    for m in islice(LAST_DAY_RE.finditer(text), MAX_MATCHES):
        mon, y = MONTHS[m.group(1)], _year(m.group(2))
        end = month_end(y or today.year, mon)
        found.append((m.start(), *((end, "") if y else no_year(mon, end.day, today, ahead))))
    told = frozenset((d.month, d.day) for _, d, _ in found if d is not None)
    found += partial_dates(text, today)
    day_first, now = DAY_FIRST_RE.search(text) is not None, None if ahead else today
    for m in islice(SLASH_RE.finditer(text), MAX_MATCHES):
        found.append((m.start(), *_slash(m, day_first, told, now)))
    for m in islice(SHORT_SLASH_RE.finditer(text), MAX_MATCHES):
        found.append((m.start(1), *_short_slash(m, today, day_first)))
    for m in islice(DOTTED_RE.finditer(text), MAX_MATCHES):
        day, mon = int(m.group(1)), int(m.group(3))
        note = "" if day > 12 or day == mon else f"read {m.group(0)} as day.month.year"
        found.append((m.start(), safe(int(m.group(4)), mon, day), note))
    return found + corrected_days(text, found)  # "2 march, no wait, the 3rd"


def find_date(
    text: str, today: date, near: int | None = None
) -> tuple[date | None, tuple[str, ...], int]:
    """The date of the event, assumptions made, and its position in the text.

    Absolute dates win over relative words; among several, the one nearest to `near`
    (the position of the event word) is taken, or the first when `near` is None.
    """
    found = _absolute(text, today)
    if not found:
        got, note, pos = relative_date(text, today)
        return got, ((note,) if note else ()), pos
    key = (lambda f: (f[0],)) if near is None else (lambda f: (abs(f[0] - near), f[0]))
    fixed = [f for f in found if CORRECTION_RE.search(text, max(0, f[0] - 30), f[0])]
    pos, got, note = fixed[-1] if fixed else min(found, key=key)
    notes = [note] if note else []
    which = "the corrected one" if fixed else "the one next to the event"
    if got is None:
        notes = [f"'{text[pos : pos + 24].strip()}' is not a valid calendar date"]
    elif len({f[1] for f in found}) > 1:
        notes.append(f"several dates given: used {got.isoformat()}, {which}")
    return got, tuple(notes), pos


def find_when(text: str, today: date, near: int | None = None) -> When:
    """Date and time of the event in `text` (already cleaned), relative to `today`.

    `near` is the position of the event word; with several dates the nearest is used.
    """
    d, notes, pos = find_date(text, today, near)
    t, tnotes = find_time(text, pos if d is not None and pos >= 0 else near)
    if d is None:
        return When(None, notes, False, t is not None)
    moment: date | datetime = datetime.combine(d, t) if t is not None else d
    return When(moment, (*notes, *tnotes), True, t is not None)
