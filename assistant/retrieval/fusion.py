"""Rank fusion, pure functions.

Reciprocal rank fusion (Cormack, Clarke & Büttcher, "Reciprocal Rank Fusion
outperforms Condorcet and individual Rank Learning Methods", SIGIR 2009):
score(d) = Σ_r w_r / (k + rank_r(d)), with 1-based ranks and k = 60 as in the
paper. Ties are broken by id, so output never depends on input order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

RRF_K = 60


def rrf(
    rankings: Sequence[Sequence[str]],
    k: int = RRF_K,
    weights: Sequence[float] | None = None,
) -> list[tuple[str, float]]:
    """Fuse ranked id lists; returns (id, fused score) best first.

    >>> rrf([["a", "b"], ["b", "c"]])[0][0]
    'b'
    """
    weights = weights or [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError("one weight per ranking")
    scores: dict[str, float] = {}
    for w, ranking in zip(weights, rankings, strict=True):
        seen: set[str] = set()
        for rank, doc in enumerate(ranking, 1):
            if doc in seen:  # a duplicate keeps its best rank only
                continue
            seen.add(doc)
            scores[doc] = scores.get(doc, 0.0) + w / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


def weighted_sum(
    scored: Sequence[Mapping[str, float]], weights: Sequence[float]
) -> list[tuple[str, float]]:
    """Min-max normalise each score map to [0, 1], then a weighted sum (ties by id)."""
    total: dict[str, float] = {}
    for w, scores in zip(weights, scored, strict=True):
        if not scores:
            continue
        lo, hi = min(scores.values()), max(scores.values())
        span = (hi - lo) or 1.0
        for doc, s in scores.items():
            total[doc] = total.get(doc, 0.0) + w * (s - lo) / span
    return sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))
