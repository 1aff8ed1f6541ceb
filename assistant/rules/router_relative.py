"""Days named relative to today: "three days ago", "yesterday", "tonight", "last Monday".

A bare weekday counts only beside a part of the day or a clock time ("Sunday night",
"9pm wednesday") or closing a clause told in the past ("got the decision monday"): alone,
"Monday" is too often a plan or a habit. Read by
`router_text.find_date`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

AGO_RE = re.compile(r"\b(\d{1,2}|one|two|three|four|five|six|seven|ten) (days?|weeks?) ago\b")
_WD = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
WEEKDAY_RE = re.compile(  # a bare weekday counts only beside a part of the day or a clock time
    rf"\b(last|on|this past)\s+{_WD}\b"
    rf"|\b(){_WD}"
    r"(?=\s+(?:morning|afternoon|evening|night)\b|\s+(?:at )?\d{1,2}(?::\d\d)?\s*(?:am|pm)\b)"
    # "9pm wednesday", "7.45 pm on sunday": the time told before the weekday
    rf"|(?:(?<=[ap]m )|(?<=[ap]m on )|(?<=[ap]\.m\. )){_WD}\b"
)
# "i got the rejection decision monday": a bare weekday closing a clause told in the past tense
# (not one of two: "it was the monday or the tuesday")
PAST_WEEKDAY_RE = re.compile(
    r"\b(?:got|received|was|were|came|gave|served|sent|took|handed|happened|told|read|arrested"
    r"|detained|rejected|refused|released|filed|lodged|submitted|applied|decided|notified"
    r"|summoned|searched|questioned|granted|approved|denied|returned|delivered|issued)\b"
    rf"(?:(?!\bor\b)[^.?!;:,\n]){{0,40}}?\b{_WD}(?=\s*(?:$|[.?!;:,\n]|and\b|but\b|so\b))"
)
WORD_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def relative_date(text: str, today: date) -> tuple[date | None, str, int]:
    """The day a relative phrase names ("three days ago", "yesterday", "last Monday"),
    the assumption stated ("" when none) and where the phrase starts (-1: none).

    >>> relative_date("he was taken last monday", date(2026, 3, 5))
    (datetime.date(2026, 3, 2), "took 'last monday' as 2026-03-02", 13)
    """
    m = AGO_RE.search(text)  # first: "three weeks ago today" is not today
    if m:
        n = (WORD_NUM.get(m.group(1)) or int(m.group(1))) * (7 if m.group(2)[0] == "w" else 1)
        return today - timedelta(days=n), "", m.start()
    if "day before yesterday" in text:
        return today - timedelta(days=2), "", text.find("day before yesterday")
    for word, back in (
        ("yesterday", 1),
        ("last night", 1),
        ("today", 0),
        ("this morning", 0),
        ("this afternoon", 0),
        ("this evening", 0),
        ("tonight", 0),
    ):
        at = re.search(rf"\b{word}\b", text)
        if at:
            return today - timedelta(days=back), "", at.start()
    m = WEEKDAY_RE.search(text)
    if m:
        prefix, name = m.group(1) or "", m.group(2) or m.group(4) or m.group(5)
        told, start = m.group(0), m.start()
    elif m := PAST_WEEKDAY_RE.search(text):
        prefix, name, told, start = "", m.group(1), m.group(1), m.start(1)
    else:
        return None, "", -1
    back = (today.weekday() - WEEKDAYS.index(name)) % 7
    if back == 0 and prefix in ("last", "this past"):
        back = 7
    got = today - timedelta(days=back)
    return got, f"took '{told}' as {got.isoformat()}", start
