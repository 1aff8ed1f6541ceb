"""The age at the offence from a birth date told ("I was born in March 2007, and in January
this year I got into a fight"): the rules' age thresholds (14, 16, 18) read it as any stated
age. Pure: `today` settles "this year" and "last year".

Example:
    >>> from datetime import date
    >>> age_from_birth("born in march 2007. in january this year i got into a fight", date(2026, 3, 5))
    18.0
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from assistant.rules.router_text import MONTHS

_MON = r"(?:(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.? )?"
BIRTH_RE = re.compile(rf"\bborn (?:in |on )?(?:\d{{1,2}}(?:st|nd|rd|th)? )?{_MON}((?:19|20)\d\d)\b")
# the offence's month and year: "in january this year", "in may 2025", "last year"
WHEN_RE = re.compile(rf"\b(?:in |on |during |since )?{_MON}(this year|last year|(?:19|20)\d\d)\b")
THRESHOLDS = (14.0, 16.0, 18.0)  # the ages the rules compare with
ADULT = 18.0
# rules of the juvenile provisions that cover minors only (SPP Juvenile Arts. 26-27, 29)
MINORS_ONLY = frozenset(
    {"eligibility.juvenile_non_prosecution", "eligibility.conditional_non_prosecution"}
)


def adult_for_minors(rule_id: str, facts: Mapping[str, object]) -> bool:
    """A minors' rule with an adult's age told ("my husband is 40 ... will they not
    prosecute?"): when the router only guessed the rule, its "no" would answer a question
    nobody asked about the juvenile provisions."""
    age = facts.get("age_at_offence")
    return rule_id in MINORS_ONLY and isinstance(age, int | float) and age >= ADULT


def age_from_birth(text: str, today: date) -> float | None:
    """The (whole-year) age at the offence, or None when the birth date or the offence's year is
    not told, or when the unknown months leave it on either side of a threshold."""
    born = BIRTH_RE.search(text)
    if born is None:
        return None
    rest = text[: born.start()] + " " * (born.end() - born.start()) + text[born.end() :]
    when = next((m for m in WHEN_RE.finditer(rest) if m.group(2)), None)
    if when is None:
        return None
    year_word = when.group(2)
    year = {"this year": today.year, "last year": today.year - 1}.get(year_word) or int(year_word)
    birth_month = MONTHS.get(born.group(1) or "")
    month = MONTHS.get(when.group(1) or "")
    full = year - int(born.group(2))
    if birth_month and month and month != birth_month:
        return float(full - (month < birth_month))
    low, high = float(full - 1), float(full)  # the birthday may or may not have passed
    if low < 0 or any(low < t <= high for t in THRESHOLDS):
        return None
    return low
