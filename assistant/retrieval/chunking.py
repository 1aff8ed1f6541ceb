"""Article-aware chunks: one per article; long articles split at paragraph or item boundaries.

Each chunk carries its instrument, article number and chapter/section heading as a
context line, so a part of a long article still says where it comes from. A single
paragraph longer than the window is split between sentences (never inside one, unless
a "sentence" alone exceeds the window, when it is cut between words). Every body is a
verbatim substring of the article's text, so quotes taken from a chunk can be checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.corpus.instruments import INSTRUMENTS
from assistant.types import Article

# all-MiniLM-L6-v2 reads 256 word pieces; ~180 English words plus the context line stay
# under that (checked against the real tokenizer in tests/retrieval/test_golden.py).
MAX_WORDS = 180
# Between sentences: whitespace after . ; : or right after the full-width 。；
_BOUNDARY = re.compile(r"(?<=[.;:])\s+|(?<=[。；])\s*(?=\S)")


def article_key(chunk_id: str) -> str:
    """The article (or explainer passage) a chunk id belongs to: "spp-rules:83#1" ->
    "spp-rules:83", "guide:p3#0" -> "guide:p3" (passages have no article number)."""
    return chunk_id.rsplit("#", 1)[0]


@dataclass(frozen=True)
class Chunk:
    """One indexed unit: a whole article, or one part of a long one.

    Example:
        >>> c = Chunk("spp-rules:83#1", "spp-rules", 83, 1, "SPP Rules Article 83", "Within...")
        >>> c.article_key, c.text
        ('spp-rules:83', 'SPP Rules Article 83\\nWithin...')
    """

    chunk_id: str  # "law:article#part" (explainer passages: "guide:p3#0")
    law: str
    article: int | None
    part: int
    context: str  # "SPP Rules Article 83 — Chapter IV Compulsory measures / Section IV ..."
    body: str

    @property
    def text(self) -> str:
        """What is shown and indexed by default: the context line, then the body."""
        return f"{self.context}\n{self.body}"

    def indexed(self, with_context: bool = True) -> str:
        """The text given to a retriever: with or without the context line."""
        return self.text if with_context else self.body

    @property
    def article_key(self) -> str:
        """The article (or explainer passage) this chunk belongs to: "law:article"."""
        return article_key(self.chunk_id)


def context_line(a: Article) -> str:
    short = INSTRUMENTS[a.law].short
    ref = f"Article {a.article}" if a.article is not None else "explainer"
    where = " / ".join(x for x in (a.chapter, a.section) if x)
    return f"{short} {ref}" + (f" — {where}" if where else "")


def _pieces(paragraph: str, max_words: int) -> list[tuple[str, str]]:
    """A paragraph as (separator, piece) pairs of at most `max_words` words each, cut
    between sentences (or between words inside an over-long sentence); the separators
    are the original whitespace, so joining the pairs gives the paragraph back."""
    if len(paragraph.split()) <= max_words:
        return [("", paragraph)]
    out: list[tuple[str, str]] = []
    cuts = [m.span() for m in _BOUNDARY.finditer(paragraph)]
    starts = [0] + [e for _, e in cuts]
    sep_before = {e: paragraph[s:e] for s, e in cuts}
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(paragraph)
        sentence = paragraph[start:end].rstrip()
        words = sentence.split(" ")
        for j in range(0, len(words), max_words):
            sep = sep_before.get(start, "") if j == 0 else " "
            out.append((sep, " ".join(words[j : j + max_words])))
    return out


def _pack(pieces: list[tuple[str, str]], max_words: int) -> list[str]:
    """Greedily join (separator, piece) pairs into parts of at most `max_words` words."""
    parts: list[str] = []
    current, words = "", 0
    for sep, piece in pieces:
        n = len(piece.split())
        if current and words + n > max_words:
            parts.append(current)
            current, words = "", 0
        current = f"{current}{sep}{piece}" if current else piece
        words += n
    if current or not parts:
        parts.append(current)
    return parts


def split_body(paragraphs: tuple[str, ...], max_words: int = MAX_WORDS) -> list[str]:
    """Parts of an article: whole paragraphs where possible, sentences where needed.

    >>> split_body(("one two", "three four", "five"), max_words=4)
    ['one two\\nthree four', 'five']
    """
    pieces: list[tuple[str, str]] = []
    for p in paragraphs:
        for j, (sep, piece) in enumerate(_pieces(p, max_words)):
            pieces.append(("\n" if j == 0 else sep, piece))
    return _pack(pieces, max_words)


def chunk_article(a: Article, max_words: int = MAX_WORDS) -> list[Chunk]:
    """The chunks of one article, ids `law:article#part` numbered from 0."""
    ctx = context_line(a)
    return [
        Chunk(f"{a.id}#{i}", a.law, a.article, i, ctx, body)
        for i, body in enumerate(split_body(a.paragraphs, max_words))
    ]


def chunk_corpus(articles: tuple[Article, ...], max_words: int = MAX_WORDS) -> list[Chunk]:
    """Chunks grouped by law in a fixed order (so each law is one contiguous id range)."""
    order = {k: i for i, k in enumerate(INSTRUMENTS)}
    arts = sorted(articles, key=lambda a: (order[a.law], a.article or 0, a.passage))
    return [c for a in arts for c in chunk_article(a, max_words)]
