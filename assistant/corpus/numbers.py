"""English number words and ordinals, as the translations spell article numbers."""

from __future__ import annotations

import re

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
}  # fmt: skip
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
         "x": 10, "xi": 11, "xii": 12, "xiii": 13}  # fmt: skip
_ROMAN_OUT = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII"]
# Cardinal words one to ninety-nine, compounds hyphenated or spaced ("twenty-one").
CARDINALS: dict[str, int] = {
    **_UNITS,
    **_TENS,
    **{
        f"{t}{sep}{o}": tv + ov
        for t, tv in _TENS.items()
        for o, ov in _UNITS.items()
        if ov < 10
        for sep in "- "
    },
}

WORD = r"[A-Za-z]+(?:-[A-Za-z]+)?"


def word_to_int(word: str) -> int | None:
    """'seven' -> 7, 'twenty-fifth' -> 25, 'forty-two' -> 42, '17' -> 17; else None."""
    w = word.lower().strip()
    if w.isdigit():
        return int(w)
    if w in _UNITS:
        return _UNITS[w]
    if w in _TENS:
        return _TENS[w]
    if w in _ORDINALS:
        return _ORDINALS[w]
    m = re.fullmatch(r"([a-z]+)-([a-z]+)", w)
    if m and m.group(1) in _TENS:
        tail = m.group(2)
        unit = _UNITS.get(tail) or _ORDINALS.get(tail)
        if unit and unit < 10:
            return _TENS[m.group(1)] + unit
    return None


def ordinal_to_int(word: str) -> int | None:
    """Only ordinal forms: 'twenty-fifth' -> 25, '114th' -> 114, 'first' -> 1."""
    w = word.lower()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", w)
    if m:
        return int(m.group(1))
    if w in _ORDINALS:
        return _ORDINALS[w]
    m = re.fullmatch(r"([a-z]+)-([a-z]+)", w)
    if m and m.group(1) in _TENS and m.group(2) in _ORDINALS:
        return _TENS[m.group(1)] + _ORDINALS[m.group(2)]
    return None


def roman(n: int) -> str:
    return _ROMAN_OUT[n] if 0 < n < len(_ROMAN_OUT) else str(n)
