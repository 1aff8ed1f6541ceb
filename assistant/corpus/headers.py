"""Recognise article headers, including the damaged ones the translation produced.

Each recogniser gets the line, the number the sequence expects next, and whether
that number is otherwise absent from the text ahead (`expected_missing`); it
returns the article number, the text after the header, and a note saying how the
number was recovered (empty for an ordinary "Article N" header).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.corpus.numbers import ordinal_to_int, word_to_int

EXPLICIT = re.compile(r"^Article\s+(\d+)(?:st|nd|rd|th)?\s*[:：.]?\s*")
_BARE = re.compile(r"^(\d+)(st|nd|rd|th)?\s*([-–:.]?)\s*(?=[A-Za-z])")
_FIRST_WORD = re.compile(r"^([A-Za-z]+(?:-[A-Za-z]+)?)\s+")
_ITEM = re.compile(r"^(\(\s*\w+\s*\)|\d+\.|[a-z]\))\s*")
_INLINE = re.compile(r"(?<=[。.;；])\s*Article\s+(\d+)\s+(?=[A-Z])")


@dataclass(frozen=True)
class Header:
    number: int
    rest: str
    note: str = ""


def is_item(line: str) -> bool:
    """Enumerated items: "(1) …", "(a) …", "(five) …", "2. …"."""
    return bool(_ITEM.match(line))


def explicit_number(line: str) -> int | None:
    m = EXPLICIT.match(line)
    return int(m.group(1)) if m else None


def detect(line: str, expected: int, last: int, expected_missing: bool) -> Header | None:
    """Return the header this line starts with, or None for a continuation line."""
    m = EXPLICIT.match(line)
    if m:
        n = int(m.group(1))
        rest = line[m.end() :]
        if n <= last:  # duplicate or out of sequence: the position decides
            note = f"source header reads 'Article {n}' where Article {expected} belongs"
            return Header(expected, rest, note)
        return Header(n, rest)
    m = _BARE.match(line)
    if m and int(m.group(1)) == expected:
        if m.group(3) == "." and expected_missing is False:
            return None  # "3. …" is an item unless the sequence needs it
        return Header(
            expected,
            line[m.end() :],
            f"header written as a bare number {line[: m.end()].strip()!r}",
        )
    if is_item(line) or not expected_missing:
        return None
    m = _FIRST_WORD.match(line)
    if m:
        word = m.group(1)
        if ordinal_to_int(word) == expected:
            return Header(expected, line[m.end() :], f"header written as an ordinal {word!r}")
        if word_to_int(word) == expected and not word.isdigit():
            return Header(expected, line[m.end() :], f"header written as a number word {word!r}")
    return _number_in_first_words(line, expected)


def _number_in_first_words(line: str, expected: int) -> Header | None:
    """ "The cases over which 17 people's procuratorates …" is Article 17: the
    translation moved the header into the first sentence. Only the first twelve
    words are searched, and only when the sequence lacks this number."""
    words = line.split(" ")
    for i, w in enumerate(words[:12]):
        token = w.strip(",")
        if (
            token
            and token == w
            and word_to_int(token) == expected
            and ordinal_to_int(token) is None
        ):
            rest = " ".join(words[:i] + words[i + 1 :])
            return Header(expected, rest, f"number {token!r} found inside the first sentence")
    return None


def split_inline(text: str, current: int) -> tuple[str, int, str] | None:
    """Find "…。Article N+1 …" run together onto the end of Article N's line."""
    for m in _INLINE.finditer(text):
        if int(m.group(1)) == current + 1:
            return text[: m.start()].rstrip(), current + 1, text[m.end() :]
    return None
