"""Word tables for reading chat questions: common misspellings and ordinal day words (data).

Example:
    >>> fix_typos("wen do the polise have to let him go")
    'when do the police have to let him go'
    >>> ORDINALS["twenty-first"]
    21
"""

from __future__ import annotations

import re

# Misspellings seen in hurried chat messages, mapped to the word the patterns expect.
TYPOS = {
    "wen": "when",
    "whn": "when",
    "untill": "until",
    "til": "till",
    "polise": "police",
    "pollice": "police",
    "plice": "police",
    "detaind": "detained",
    "detianed": "detained",
    "dentained": "detained",
    "arested": "arrested",
    "arrestd": "arrested",
    "arrestted": "arrested",
    "deadine": "deadline",
    "dealine": "deadline",
    "procuratorat": "procuratorate",
    "procurator's": "procuratorate's",
    "prosecuter": "prosecutor",
    "prosecuters": "prosecutors",
    "surveilance": "surveillance",
    "survelliance": "surveillance",
    "guarentor": "guarantor",
    "guaranter": "guarantor",
    "elegible": "eligible",
    "eligable": "eligible",
    "pregant": "pregnant",
    "breastfeding": "breastfeeding",
    "interogate": "interrogate",
    "notifiy": "notify",
}
TYPO_RE = re.compile(r"\b(" + "|".join(re.escape(k) for k in TYPOS) + r")\b")
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = (
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)
ORDINALS: dict[str, int] = {
    **{w: i for i, w in enumerate(_UNITS, 1)},
    **{w: i for i, w in enumerate(_TEENS, 10)},
    "twentieth": 20,
    "thirtieth": 30,
    **{f"twenty-{w}": 20 + i for i, w in enumerate(_UNITS, 1)},
    **{f"twenty {w}": 20 + i for i, w in enumerate(_UNITS, 1)},
    "thirty-first": 31,
    "thirty first": 31,
}
# Longest first, so "twenty-first" wins over "first".
ORDINAL_ALT = "|".join(sorted(ORDINALS, key=len, reverse=True))


def fix_typos(text: str) -> str:
    """Replace the listed misspellings (lower-case text) by the expected words."""
    return TYPO_RE.sub(lambda m: TYPOS[m.group(1)], text)


def day_number(word: str) -> int:
    """A day of the month written as digits or as an ordinal word."""
    return ORDINALS[word] if word in ORDINALS else int(word)
