"""Frozen value types shared by every part of the assistant.

They carry data between the parser, the retrievers, the rule module and the
answer builder; none of them holds behaviour beyond small derived properties.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Instrument:
    """One source instrument (a law key plus what to tell users about it)."""

    key: str
    title: str
    short: str
    body: str
    year: int
    version: str


@dataclass(frozen=True)
class Article:
    """One parsed provision: an article, or an explainer passage (`article` None).

    `paragraphs` are the source paragraphs in order (enumerated items are their
    own paragraphs); `text` is the paragraphs joined by newlines, so every quote
    can be checked as a verbatim substring of `text`.
    """

    law: str
    article: int | None
    chapter: str
    section: str
    paragraphs: tuple[str, ...]
    source: str
    line_start: int
    line_end: int
    passage: int = 0  # ordinal of an explainer passage; 0 for real articles
    note: str = ""  # how the number was recovered when the header was damaged

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def id(self) -> str:
        num = self.article if self.article is not None else f"p{self.passage}"
        return f"{self.law}:{num}"


@dataclass(frozen=True)
class Missing:
    """An article number the instrument's range implies but the text lacks."""

    law: str
    article: int
    reason: str


@dataclass(frozen=True)
class Hit:
    """One retrieval result, best first (`rank` is 1-based, as in TREC runs)."""

    chunk_id: str
    law: str
    article: int | None
    text: str
    score: float
    rank: int
    scores: dict[str, float] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Citation:
    """A citation shown to the user: the article and a verbatim quote from it."""

    law: str
    article: int | None
    quote: str


@dataclass(frozen=True)
class Answer:
    """What `Assistant.ask` returns."""

    text: str
    route: str  # lookup | rule | retrieval | abstain | clarify
    citations: tuple[Citation, ...] = ()
    hits: tuple[Hit, ...] = ()
    computed: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    steps: tuple[str, ...] = ()
    latency_ms: float = 0.0
    query: str = ""  # the (possibly rewritten) query used for retrieval

    @property
    def abstained(self) -> bool:
        return self.route == "abstain"
