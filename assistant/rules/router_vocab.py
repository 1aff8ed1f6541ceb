"""Word tables for reading chat questions: common misspellings and ordinal day words (data).

Example:
    >>> fix_typos("wen do the polise have to let him go")
    'when do the police have to let him go'
    >>> fix_typos("is she eligble? can i be the gaurantor")
    'is she eligible? can i be the guarantor'
    >>> fix_typos("residental survelance, they wont tell the famly")
    "residential surveillance, they won't tell the family"
    >>> ORDINALS["twenty-first"]
    21
"""

from __future__ import annotations

import re

from assistant.corpus import numbers

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
    "notise": "notice",
    "notis": "notice",
    # contractions typed without the apostrophe ("they wont file the case")
    "wont": "won't",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "cant": "can't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "shouldnt": "shouldn't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "arent": "aren't",
    "r": "are",
    "fam": "family",
    "tues": "tuesday",  # weekday abbreviations in chat
    "weds": "wednesday",
    "thurs": "thursday",  # chat shorthand: "r they gonna lock her up"
}
# (not before ".10": "spp r.10" cites a rule)
TYPO_RE = re.compile(r"\b(" + "|".join(re.escape(k) for k in TYPOS) + r")\b(?!\.\d)")
# Key terms of the rules: a word one letter short of one ("eligble") or with two adjacent
# letters swapped ("gaurantor") is read as that term. Substituted letters are not, since
# they make other real words ("detailed" is not "detained").
KEY_TERMS = (
    "eligible allowed permitted qualify qualified approve approval permission guarantor "
    "surety police procuratorate prosecutor prosecutors prosecution conditional juvenile "
    "detain detained detention arrest arrested surveillance residential released pregnant "
    "breastfeeding nursing recidivist attorney custody sealed unsealed recusal withdraw "
    "family notify notice inform informed lawyer lawyers record sentenced reconsideration "
    "review deadline"
).split()
# Long terms are misspelt by two dropped letters too ("survelance", "procurtorate"). Only
# inner letters: dropping an end makes real words ("condition" from "conditional").
LONG_TERM = 10


def _near_misses(terms: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for t in terms:
        variants = {t[:i] + t[i + 1 :] for i in range(len(t))}
        variants |= {t[:i] + t[i + 1] + t[i] + t[i + 2 :] for i in range(len(t) - 1)}
        if len(t) >= LONG_TERM:
            inner = {t[:i] + t[i + 1 :] for i in range(1, len(t) - 1)}
            variants |= {v[:i] + v[i + 1 :] for v in inner for i in range(1, len(v) - 1)}
        out.update({v: t for v in variants if len(v) >= 5 and v != t})
    return out


# near misses that are words in their own right
REAL_WORDS = {"release", "rarest", "regnant", "layer", "layers", "sentence"}
NEAR_MISS = {
    k: v for k, v in _near_misses(KEY_TERMS).items() if k not in KEY_TERMS and k not in REAL_WORDS
}
WORD_RE = re.compile(r"\b[a-z]{5,}\b")
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
# Cardinal words up to ninety-nine ("seventeen", "twenty-one"), for ages, months and years.
CARDINALS: dict[str, float] = {
    **{w: float(n) for w, n in numbers.CARDINALS.items()},
    "half a": 0.5,
    "a couple of": 2.0,  # "he could get a couple of years"
    "couple of": 2.0,
}
# Longest first, so "twenty-first" wins over "first".
ORDINAL_ALT = "|".join(sorted(ORDINALS, key=len, reverse=True))


CARDINAL_ALT = "|".join(sorted(CARDINALS, key=len, reverse=True))


# "is that aloud", "are they aloud to": dictation's "allowed" (a text read aloud is not asked)
ALOUD_RE = re.compile(
    r"\b(is|are|was|were|isn't|aren't|it's|that's|not|be|been) (\w+ ){0,2}aloud\b"
)
# "for teen", "six teen": a spoken teen number split in two
SPLIT_TEEN_RE = re.compile(r"\b(for|four|fif|six|seven|eigh|nine) teen\b")


def fix_typos(text: str) -> str:
    """Replace the listed misspellings (lower-case text) by the expected words."""
    text = TYPO_RE.sub(lambda m: TYPOS[m.group(1)], text)
    text = ALOUD_RE.sub(lambda m: m.group(0)[: -len("aloud")] + "allowed", text)
    text = SPLIT_TEEN_RE.sub(lambda m: {"for": "four"}.get(m.group(1), m.group(1)) + "teen", text)
    return WORD_RE.sub(lambda m: NEAR_MISS.get(m.group(0), m.group(0)), text)


def day_number(word: str) -> int:
    """A day of the month written as digits or as an ordinal word."""
    return ORDINALS[word] if word in ORDINALS else int(word)
