"""Read the time of day out of a chat question, stating every assumption made.

Handles "21:30", "21:30h", "9.30 pm", "9pm", "noon", "midnight", "half past ten", "quarter
to nine", "twenty to eleven", "ten o'clock", "seven p.m.", "at nine in the morning", the time
in "2026-03-01 21:30", and "at 8" or "around 11" when the text names the part of the day
("yesterday evening"); "at 11 at night" is 23:00. Dates are
read by `router_text`. All patterns are linear-time.

Example:
    >>> find_time("detained at 9.30 pm")
    (datetime.time(21, 30), ())
"""

from __future__ import annotations

import re
from datetime import time
from itertools import islice

MAX_MATCHES = 8  # dates or times read per pattern
ISO_RE = re.compile(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ](\d{1,2}):(\d{2}))?\b")
CLOCK_RE = re.compile(r"(?<![\d/.:-])(\d{1,2})[:.](\d{2})(?![\d/:-]|\.\d)\s*(a\.?m\.?|p\.?m\.?)?")
AMPM_RE = re.compile(r"(?<![\d/.:-])(\d{1,2})\s*(a\.?m\.?|p\.?m\.?)(?![a-z])")

# "yesterday evening at 8", "sunday night around 11": an hour read with the part of the day
# ("at 10 this morning", "this morning at 10 to meet him"); a word other than these may be
# a unit or a count ("at 10 years", "about 3 people")
BARE_NUM_RE = re.compile(
    r"\b(?:at|around|about|by|near) (\d{1,2})(?: o'clock)?\b(?![:.]\d|\s*(?:[ap]\.?m\b|%))"
    r"(?=\s*(?:$|[^\w\s]|(?:to|this|that|in|on|and|or|when|the|we|i|he|she|they|yesterday"
    r"|today|last|for|so|but|with)\b))"
)
_HOURS = "one two three four five six seven eight nine ten eleven twelve".split()
HOUR_WORD = {w: i for i, w in enumerate(_HOURS, 1)}
# "at 9 in the morning", "at nine this morning", "at seven last night"
BARE_AT_RE = re.compile(
    rf"\bat (\d{{1,2}}|{'|'.join(_HOURS)})(?: o'clock)? (?:in the |this |last |yesterday |that )?"
    r"(morning|evening|afternoon|night)\b"
)
# "half past ten", "quarter to nine", "ten o'clock": the hour in words or digits
# ("twenty to eleven", "five past nine": minutes in words, not before a unit, so "five to ten
# years" is no time)
MINUTE_WORD = {"half": 30, "quarter": 15, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25,
               "twenty five": 25}  # fmt: skip
_MINUTES = "|".join(sorted(MINUTE_WORD, key=len, reverse=True))
WORD_CLOCK_RE = re.compile(
    rf"\b(?:({_MINUTES})(?: minutes)? (past|to) )?({'|'.join(_HOURS)}|\d{{1,2}})"
    r"(?(1)|(?= o'clock|(?<=[a-z]) ?[ap]\.?m\b))\b(?:\s*(a\.?m\.?|p\.?m\.?)(?![a-z]))?"
    r"(?!\s*(?:years?|yrs?|months?|days?|weeks?|hours?|minutes?|people|persons|times|yuan|rmb"
    r"|percent|of)\b)"
)
# "05/06/2026 (day first)", "dd/mm/yyyy": the writer says slashes put the day first
DAY_PART_RE = re.compile(r"\b(morning|afternoon|evening|night|tonight)\b")


def _hour(h: int, minute: int, ampm: str | None) -> time | None:
    if ampm:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ampm.startswith("p") else 0)
    if not (0 <= h <= 23 and 0 <= minute <= 59):
        return None
    return time(h, minute)


def find_time(text: str, near: int | None = None) -> tuple[time | None, tuple[str, ...]]:
    """The clock time nearest to `near` (or the first), with an assumption if am/pm is unclear."""
    found: list[tuple[int, int, int, str | None]] = []
    for m in islice(ISO_RE.finditer(text), MAX_MATCHES):
        if m.group(4):
            found.append((m.start(), int(m.group(4)), int(m.group(5)), None))
    for m in islice(CLOCK_RE.finditer(text), MAX_MATCHES):
        if not m.group(3) and text.endswith("on ", 0, m.start()):
            continue  # "on 10.05" is a day.month (router_days), "at 10.05" a time
        found.append((m.start(), int(m.group(1)), int(m.group(2)), m.group(3)))
    for m in islice(AMPM_RE.finditer(text), MAX_MATCHES):
        found.append((m.start(), int(m.group(1)), 0, m.group(2)))
    for m in islice(BARE_AT_RE.finditer(text), MAX_MATCHES):
        h = HOUR_WORD.get(m.group(1)) or int(m.group(1))
        found.append((m.start(), h, 0, "pm" if m.group(2) != "morning" else "am"))
    for m in islice(WORD_CLOCK_RE.finditer(text), MAX_MATCHES):
        h = HOUR_WORD.get(m.group(3)) or int(m.group(3))
        minute = MINUTE_WORD.get(m.group(1) or "", 0)
        if m.group(2) == "to":
            h, minute = (h - 1) % 24, 60 - minute
        found.append((m.start(), h, minute, m.group(4)))
    if DAY_PART_RE.search(text):
        for m in islice(BARE_NUM_RE.finditer(text), MAX_MATCHES):
            found.append((m.start(), int(m.group(1)), 0, None))
    for word, hh in (("noon", 12), ("midnight", 0)):
        if hit := re.search(rf"\b{word}\b", text):
            found.append((hit.start(), hh, 0, None))
    if not found:
        return None, ()
    pick = min(found, key=lambda f: (f[0],) if near is None else (abs(f[0] - near), f[0]))
    _, h, minute, ampm = pick
    # "at 2 at night" is 02:00, but "at 11 at night" and "at 8 in the evening" are pm
    part = re.search(r"\b(evening|tonight|afternoon)\b", text)
    night = h >= 6 and re.search(r"\bnight\b", text) is not None
    if not ampm and 1 <= h <= 11 and (part or night):
        said = "afternoon" if part and part.group(1) == "afternoon" else "evening"
        return _hour(h + 12, minute, None), (
            f"read {h}:{minute:02d} as {h + 12}:{minute:02d} ({said})",
        )
    return _hour(h, minute, ampm), ()
