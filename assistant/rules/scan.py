"""Find explicit time periods in article text and check that the catalogue covers them.

A time expression is a number (digits or an English number word, optionally a range
such as "one to four") followed by hours, days, months or years. Every one found in
the corpus must overlap a catalogued phrase or a deliberate exclusion of the same
article; `uncovered` lists those that do not.

Example:
    >>> [s.text for s in find_periods("decide within 10 days, extended by one to four days")]
    ['10 days', 'one to four days']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.rules.model import Exclusion, TimeLimit
from assistant.types import Article

_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|sixty|ninety|"
    "twenty-four|forty-eight|seventy-two|a|an|half a"
)
_NUM = rf"(?:\d{{1,4}}|{_WORDS})"
PERIOD_RE = re.compile(
    rf"\b{_NUM}(?:\s?(?:to|-|or)\s?{_NUM})?[ \t-]+(?:hour|day|month|year)s?\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Period:
    """One time expression found in a text: its words and character span."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Gap:
    """A time expression of an article that the catalogue neither lists nor excludes."""

    law: str
    article: int
    text: str
    context: str


def find_periods(text: str) -> tuple[Period, ...]:
    """Every time expression in `text`, in order (linear time; no nested quantifiers)."""
    return tuple(Period(m.group(0), m.start(), m.end()) for m in PERIOD_RE.finditer(text))


def _occurrences(text: str, phrase: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(phrase)
    while phrase and at >= 0:
        spans.append((at, at + len(phrase)))
        at = text.find(phrase, at + 1)
    return spans


def uncovered_in(text: str, phrases: Iterable[str]) -> tuple[Period, ...]:
    """Time expressions of `text` that overlap no occurrence of any phrase."""
    spans = [s for p in phrases for s in _occurrences(text, p)]
    return tuple(
        p for p in find_periods(text) if not any(a < p.end and p.start < b for a, b in spans)
    )


def phrases_by_article(
    limits: Iterable[TimeLimit], exclusions: Iterable[Exclusion]
) -> dict[tuple[str, int], list[str]]:
    """All catalogued and excluded phrases, grouped by (law, article)."""
    out: dict[tuple[str, int], list[str]] = {}
    for lim in limits:
        for article, phrase in lim.phrases:
            out.setdefault((lim.law, article), []).append(phrase)
    for ex in exclusions:
        out.setdefault((ex.law, ex.article), []).append(ex.phrase)
    return out


def uncovered(
    articles: Iterable[Article], limits: Iterable[TimeLimit], exclusions: Iterable[Exclusion]
) -> tuple[Gap, ...]:
    """Every time expression in numbered articles that is neither catalogued nor excluded."""
    known = phrases_by_article(limits, exclusions)
    gaps = []
    for a in articles:
        if a.article is None:
            continue
        text = a.text
        for p in uncovered_in(text, known.get((a.law, a.article), ())):
            context = text[max(0, p.start - 60) : p.end + 60].replace("\n", " ")
            gaps.append(Gap(a.law, a.article, p.text, context))
    return tuple(gaps)
