"""Rank fusion, pure functions.

Reciprocal rank fusion (Cormack, Clarke & Büttcher, "Reciprocal Rank Fusion outperforms
Condorcet and individual Rank Learning Methods", SIGIR 2009):

    score(d) = Σ_r w_r / (k + rank_r(d))

with 1-based ranks (the best document of a ranking has rank 1) and k = 60, the
constant of the paper. Weights w_r default to 1 (plain RRF). A document missing from a
ranking gets nothing from it. Ties are broken by id (ascending), as Pyserini sorts by
(-score, docid), so the output never depends on the order of the input lists.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TypeVar

K = TypeVar("K", str, int)
RRF_K = 60


def _sorted(parts: Mapping[K, list[float]]) -> list[tuple[K, float]]:
    """Sum each id's contributions exactly (math.fsum, so the input order cannot change
    a total by a rounding bit) and sort best first, ties by id."""
    totals = {doc: math.fsum(p) for doc, p in parts.items()}
    return sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))


def rrf(
    rankings: Sequence[Sequence[K]],
    k: int = RRF_K,
    weights: Sequence[float] | None = None,
) -> list[tuple[K, float]]:
    """Fuse ranked id lists (best first); returns (id, fused score), best first.

    A duplicate inside one ranking counts once, at its best rank.

    >>> rrf([["a", "b"], ["b", "c"]])
    [('b', 0.03252247488101534), ('a', 0.01639344262295082), ('c', 0.016129032258064516)]
    """
    return sorted(rrf_scores(rankings, k, weights).items(), key=lambda kv: (-kv[1], kv[0]))


def rrf_scores(
    rankings: Sequence[Sequence[K]],
    k: int = RRF_K,
    weights: Sequence[float] | None = None,
) -> dict[K, float]:
    """`rrf`'s scores by id, unsorted (in order of first appearance), for callers that
    rank again anyway: sorting every fused id cost more than the fusion itself.

    >>> rrf_scores([["a", "b"], ["b", "c"]], k=0)
    {'a': 1.0, 'b': 1.5, 'c': 0.5}
    """
    weights = [1.0] * len(rankings) if weights is None else weights
    if len(weights) != len(rankings):
        raise ValueError(f"{len(rankings)} rankings but {len(weights)} weights")
    if k < 0:
        raise ValueError(f"the RRF constant must be >= 0, got {k}")
    total: dict[K, float] = {}  # an id's one contribution, or later its exact sum
    parts: dict[K, list[float]] = {}  # the contributions of ids ranked more than once
    for w, ranking in zip(weights, rankings, strict=True):
        # The rankings a search fuses hold each id once: one set says so, instead of a
        # look-up and an insertion per id (≈ 8 us a search)
        check = len(set(ranking)) != len(ranking)
        seen: set[K] = set()
        for den, doc in enumerate(ranking, k + 1):  # den = k + rank, rank from 1
            if check:
                if doc in seen:
                    continue
                seen.add(doc)
            if doc not in total:
                # + 0.0: what math.fsum makes of a lone value (only -0.0 changes, to 0.0)
                total[doc] = w / den + 0.0
            elif doc in parts:
                parts[doc].append(w / den)
            else:
                parts[doc] = [total[doc], w / den]
    # math.fsum: exact, so the order of the rankings cannot change a total by a rounding bit
    for doc, p in parts.items():
        total[doc] = math.fsum(p)
    return total


def weighted_sum(
    scored: Sequence[Mapping[K, float]], weights: Sequence[float]
) -> list[tuple[K, float]]:
    """Convex combination of min-max normalised scores (Fox & Shaw's CombSUM, 1994).

    Each score map is scaled to [0, 1] over its own candidates (a map whose scores are
    all equal scales to 1), then Σ_r w_r · norm_r(d). Ties are broken by id.

    >>> weighted_sum([{"a": 2.0, "b": 1.0}, {"b": 0.9, "c": 0.5}], [0.5, 0.5])
    [('a', 0.5), ('b', 0.5), ('c', 0.0)]
    """
    if len(weights) != len(scored):
        raise ValueError(f"{len(scored)} score maps but {len(weights)} weights")
    parts: dict[K, list[float]] = {}
    for w, scores in zip(weights, scored, strict=True):
        if not scores:
            continue
        lo, hi = min(scores.values()), max(scores.values())
        span = hi - lo
        for doc, s in scores.items():
            norm = (s - lo) / span if span > 0 else 1.0
            parts.setdefault(doc, []).append(w * norm)
    return _sorted(parts)
