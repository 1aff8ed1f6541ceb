"""Query-side helpers for the Milvus backend (pure functions, no I/O).

They reproduce the embedded `HybridRetriever.search` contract on Milvus results: exact
article references first, then the fused ranking collapsed to one hit per article (its
best chunk, MAX aggregation), ties broken by corpus order so results are deterministic.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.corpus.instruments import INSTRUMENTS
from assistant.corpus.store import Corpus
from assistant.retrieval.chunking import Chunk, chunk_article
from assistant.retrieval.milvus_schema import quoted
from assistant.retrieval.references import Reference, find_references
from assistant.types import Hit


@dataclass(frozen=True)
class Row:
    """One chunk as Milvus returned it, with its fused score."""

    chunk_id: str
    law: str
    article: int | None
    text: str
    score: float

    @property
    def article_key(self) -> str:
        return self.chunk_id.rsplit("#", 1)[0]

    @classmethod
    def from_result(cls, hit: Mapping[str, Any]) -> Row:
        e = hit.get("entity", hit)
        art = int(e["article"])
        cid = str(hit.get("chunk_id") or hit.get("id") or e["chunk_id"])
        return cls(cid, str(e["law"]), None if art < 0 else art, str(e["text"]),
                   float(hit["distance"]))  # fmt: skip


def valid_laws(laws: Sequence[str] | None) -> list[str] | None:
    """Known instrument keys among `laws` (unknown ones are ignored, as embedded does);
    None means no filter."""
    return [x for x in laws if x in INSTRUMENTS] if laws else None


def law_filter(laws: Sequence[str] | None) -> str:
    """Milvus boolean expression restricting chunks to these instruments ('' = all)."""
    return "" if laws is None else f"law in {quoted(list(laws))}"


def lookup(corpus: Corpus, query: str, laws: Sequence[str] | None) -> list[Reference]:
    """Existing articles the query cites by number, within `laws` (a reference naming no
    instrument is looked up in every instrument), in the order cited."""
    found: list[Reference] = []
    for ref in find_references(query):
        cands = [ref.law] if ref.law else list(INSTRUMENTS)
        for law in cands:
            hit = Reference(law, ref.article)
            if (not laws or law in laws) and corpus.exists(law, ref.article) and hit not in found:
                found.append(hit)
    return found


def article_order(corpus: Corpus) -> dict[str, int]:
    """Article id -> position in chunk order (instrument order, number, passage)."""
    order = {k: i for i, k in enumerate(INSTRUMENTS)}
    arts = sorted(corpus.articles, key=lambda a: (order.get(a.law, 99), a.article or 0,
                                                  a.passage))  # fmt: skip
    return {a.id: i for i, a in enumerate(arts)}


def best_per_article(rows: Sequence[Row], order: Mapping[str, int]) -> list[Row]:
    """Each article's best chunk, best first; ties by corpus order, then chunk id."""
    best: dict[str, Row] = {}
    for r in rows:
        cur = best.get(r.article_key)
        if cur is None or (r.score, _neg(r.chunk_id)) > (cur.score, _neg(cur.chunk_id)):
            best[r.article_key] = r
    big = len(order)
    return sorted(best.values(), key=lambda r: (-r.score, order.get(r.article_key, big),
                                                r.chunk_id))  # fmt: skip


def _neg(s: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in s)


def to_hits(corpus: Corpus, exact: Sequence[Reference], ranked: Sequence[Row], k: int,
            method: str = "rrf") -> list[Hit]:  # fmt: skip
    """Exact references first (scored above the best fused article), then the ranking."""
    by_key = {r.article_key: r for r in ranked}
    top = ranked[0].score if ranked else 0.0
    hits: list[Hit] = []
    seen: set[str] = set()
    for i, ref in enumerate(exact):
        key = f"{ref.law}:{ref.article}"
        if key in seen:
            continue
        seen.add(key)
        row = by_key.get(key) or _first_chunk_row(corpus, ref)
        scores = {method: by_key[key].score if key in by_key else 0.0, "lookup": 1.0}
        hits.append(Hit(row.chunk_id, row.law, row.article, row.text,
                        top + len(exact) - i, len(hits) + 1, scores))  # fmt: skip
    for row in ranked:
        if len(hits) >= k:
            break
        if row.article_key in seen:
            continue
        seen.add(row.article_key)
        hits.append(Hit(row.chunk_id, row.law, row.article, row.text, row.score,
                        len(hits) + 1, {method: row.score}))  # fmt: skip
    return hits[:k]


def _first_chunk_row(corpus: Corpus, ref: Reference) -> Row:
    article = corpus.get(str(ref.law), ref.article)
    if article is None:  # lookup() only returns existing articles
        raise KeyError(f"{ref.law}:{ref.article}")
    c: Chunk = chunk_article(article)[0]
    return Row(c.chunk_id, c.law, c.article, c.text, 0.0)
