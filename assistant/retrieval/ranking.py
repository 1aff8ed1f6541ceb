"""From per-method chunk rankings to one article ranking (pure functions).

Order of operations in `rank_articles`: fuse the chunk rankings (RRF or a weighted sum
of normalised scores), multiply the fused score of chunks from the instrument(s) the
query points at by (1 + prior), multiply those of the rows picked by a question-type prior
(periods.py) by (1 + boost), then collapse chunks to articles (an article's score is
its best chunk's, or the sum over its chunks). Ties are broken by row / article index,
which follow the corpus order, so rankings are deterministic.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import partial
from typing import NamedTuple

from assistant.retrieval.config import Aggregate, Fusion
from assistant.retrieval.fusion import rrf, rrf_scores, weighted_sum


class Ranked(NamedTuple):
    """One article in the fused ranking: its index, fused score and best chunk row.

    A NamedTuple (immutable, as the frozen dataclass it replaced): one is made for every
    candidate article of every query, and a tuple is made in half the time."""

    article: int
    score: float
    row: int


# Ranked from an (article, score, row) tuple without the Python-level __new__ a NamedTuple
# call goes through (what that __new__ does, in C): 27 -> 14 us for 80 candidate articles
ranked_tuple = partial(tuple.__new__, Ranked)


def fuse(
    rankings: Sequence[Sequence[tuple[int, float]]],
    weights: Sequence[float],
    fusion: Fusion = Fusion.RRF,
    rrf_k: int = 60,
) -> dict[int, float]:
    """Fused score per chunk row from (row, score) lists, each best first."""
    if fusion is Fusion.RRF:
        fused = rrf([[row for row, _ in r] for r in rankings], rrf_k, weights)
    else:
        fused = weighted_sum([dict(r) for r in rankings], weights)
    return dict(fused)


def apply_prior(
    scores: dict[int, float],
    law_of: Sequence[str],
    laws: Collection[str],
    prior: float,
) -> dict[int, float]:
    """Scale the scores of rows whose instrument is in `laws` by (1 + prior)."""
    if not laws or prior == 0:
        return scores
    return {row: s * (1 + prior) if law_of[row] in laws else s for row, s in scores.items()}


def apply_boost(scores: dict[int, float], rows: Collection[int], boost: float) -> dict[int, float]:
    """Scale the scores of the given rows by (1 + boost) (the question-type prior).

    >>> apply_boost({0: 1.0, 1: 0.5}, {1}, 0.2)
    {0: 1.0, 1: 0.6}
    """
    if not rows or boost == 0:
        return scores
    return {row: s * (1 + boost) if row in rows else s for row, s in scores.items()}


def to_articles(
    scores: dict[int, float],
    article_of: Sequence[int],
    mode: Aggregate = Aggregate.MAX,
) -> list[Ranked]:
    """Collapse chunk scores to article scores, best first (ties: lower article index).

    An article's row is its best chunk (ties: the lower row). SUM adds its chunks' scores
    in the order of `scores`.

    >>> to_articles({0: 0.5, 1: 0.25, 2: 0.5}, [0, 0, 1], Aggregate.SUM)
    [Ranked(article=0, score=0.75, row=0), Ranked(article=1, score=0.5, row=2)]
    """
    best: dict[int, tuple[float, int]] = {}
    for row, s in scores.items():
        a = article_of[row]
        b = best.get(a)
        if b is None or s > b[0] or (s == b[0] and row < b[1]):
            best[a] = (s, row)
    if mode is Aggregate.SUM:
        total: dict[int, float] = {}
        for row, s in scores.items():
            a = article_of[row]
            total[a] = total.get(a, 0.0) + s
        order = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))
        return [Ranked(a, s, best[a][1]) for a, s in order]
    # (-score, article) orders as the key above; articles are unique, so rows never compare
    ranked = sorted([(-s, a, row) for a, (s, row) in best.items()])
    return list(map(ranked_tuple, [(a, -neg, row) for neg, a, row in ranked]))


def rank_articles(
    rankings: Sequence[Sequence[tuple[int, float]]],
    weights: Sequence[float],
    *,
    law_of: Sequence[str],
    article_of: Sequence[int],
    prior_laws: Collection[str] = (),
    prior: float = 0.0,
    fusion: Fusion = Fusion.RRF,
    rrf_k: int = 60,
    aggregate: Aggregate = Aggregate.MAX,
    boost_rows: Collection[int] = (),
    boost: float = 0.0,
) -> list[Ranked]:
    """Fuse, apply the instrument prior and the row boost, then aggregate to articles."""
    if fusion is Fusion.RRF and aggregate is Aggregate.MAX:
        # MAX does not depend on the order of the fused scores, so they are not sorted
        fused = rrf_scores([[row for row, _ in r] for r in rankings], rrf_k, weights)
    else:  # SUM adds in the order `fuse` gives (best first): kept, so sums stay bit-identical
        fused = fuse(rankings, weights, fusion, rrf_k)
    scaled = _scaled(fused, law_of, prior_laws, prior, boost_rows, boost)
    return to_articles(scaled, article_of, aggregate)


def _scaled(scores: dict[int, float], law_of: Sequence[str], laws: Collection[str],
            prior: float, rows: Collection[int], boost: float) -> dict[int, float]:  # fmt: skip
    """`apply_boost(apply_prior(scores, law_of, laws, prior), rows, boost)` in one pass:
    the same products, in the same order, for each row."""
    by_law, by_row = bool(laws) and prior != 0, bool(rows) and boost != 0
    if not (by_law or by_row):
        return scores
    out: dict[int, float] = {}
    for row, s in scores.items():
        if by_law and law_of[row] in laws:
            s = s * (1 + prior)
        if by_row and row in rows:
            s = s * (1 + boost)
        out[row] = s
    return out
