"""Article-aware chunks: one per article, long articles split at paragraph boundaries.

Each chunk carries its instrument, article number and chapter/section heading as a
context line, so a part of a long article still says where it comes from.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.corpus.instruments import INSTRUMENTS
from assistant.types import Article

# all-MiniLM-L6-v2 reads 256 word pieces; ~180 English words stay under that
# with the context line included.
MAX_WORDS = 180


@dataclass(frozen=True)
class Chunk:
    chunk_id: str  # "law:article#part" (explainer passages: "guide:p3#0")
    law: str
    article: int | None
    part: int
    context: str  # "SPP Rules Article 83 — Chapter IV Compulsory measures / Section IV Detention"
    body: str

    @property
    def text(self) -> str:
        """What is indexed: the context line, then the body."""
        return f"{self.context}\n{self.body}"


def context_line(a: Article) -> str:
    short = INSTRUMENTS[a.law].short
    ref = f"Article {a.article}" if a.article is not None else "explainer"
    where = " / ".join(x for x in (a.chapter, a.section) if x)
    return f"{short} {ref}" + (f" — {where}" if where else "")


def _parts(paragraphs: tuple[str, ...], max_words: int) -> list[list[str]]:
    parts: list[list[str]] = [[]]
    words = 0
    for p in paragraphs:
        n = len(p.split())
        if parts[-1] and words + n > max_words:
            parts.append([])
            words = 0
        parts[-1].append(p)
        words += n
    return parts


def chunk_article(a: Article, max_words: int = MAX_WORDS) -> list[Chunk]:
    """Split at paragraph/item boundaries; a single over-long paragraph stays whole."""
    ctx = context_line(a)
    base = a.id
    return [
        Chunk(f"{base}#{i}", a.law, a.article, i, ctx, "\n".join(ps))
        for i, ps in enumerate(_parts(a.paragraphs, max_words))
    ]


def chunk_corpus(articles: tuple[Article, ...], max_words: int = MAX_WORDS) -> list[Chunk]:
    """Chunks grouped by law in a fixed order (so each law is one contiguous id range)."""
    order = {k: i for i, k in enumerate(INSTRUMENTS)}
    arts = sorted(articles, key=lambda a: (order[a.law], a.article or 0, a.passage))
    return [c for a in arts for c in chunk_article(a, max_words)]
