"""Rank fusion: RRF against a hand computation, order independence, weighted sums."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.retrieval.fusion import RRF_K, rrf, rrf_scores, weighted_sum


def test_rrf_matches_hand_computation() -> None:
    # Cormack et al. 2009: score(d) = sum over rankings of 1 / (k + rank), rank from 1.
    bm25 = ["a", "b", "c"]
    dense = ["c", "a", "d"]
    fused = dict(rrf([bm25, dense], k=60))
    assert fused["a"] == pytest.approx(1 / 61 + 1 / 62)
    assert fused["b"] == pytest.approx(1 / 62)
    assert fused["c"] == pytest.approx(1 / 63 + 1 / 61)
    assert fused["d"] == pytest.approx(1 / 63)
    assert [d for d, _ in rrf([bm25, dense], k=60)] == ["a", "c", "b", "d"]


def test_rrf_constant_is_the_papers() -> None:
    assert RRF_K == 60


def test_rrf_weights_and_ties() -> None:
    # equal scores are ordered by id, whatever the input order
    assert rrf([["b"], ["a"]]) == [("a", 1 / 61), ("b", 1 / 61)]
    fused = dict(rrf([["a"], ["b"]], k=0, weights=[2.0, 1.0]))
    assert fused == {"a": 2.0, "b": 1.0}


def test_rrf_counts_a_duplicate_once_at_its_best_rank() -> None:
    assert dict(rrf([["a", "b", "a"]], k=0)) == {"a": 1.0, "b": 0.5}


def test_rrf_rejects_mismatched_weights_and_negative_k() -> None:
    with pytest.raises(ValueError, match="weights"):
        rrf([["a"], ["b"]], weights=[1.0])
    with pytest.raises(ValueError, match=">= 0"):
        rrf([["a"]], k=-1)


rankings = st.lists(
    st.lists(st.sampled_from("abcdefghij"), unique=True, max_size=10), min_size=1, max_size=4
)


@given(rankings, st.data())
def test_rrf_does_not_depend_on_the_order_of_the_rankings(ranks, data) -> None:
    weights = data.draw(st.lists(st.floats(0.1, 3.0), min_size=len(ranks), max_size=len(ranks)))
    order = data.draw(st.permutations(range(len(ranks))))
    shuffled = [ranks[i] for i in order]
    shuffled_w = [weights[i] for i in order]
    assert rrf(ranks, 10, weights) == rrf(shuffled, 10, shuffled_w)


@given(rankings)
def test_rrf_scores_are_sorted_and_ids_unique(ranks) -> None:
    out = rrf(ranks)
    assert [s for _, s in out] == sorted((s for _, s in out), reverse=True)
    assert len({d for d, _ in out}) == len(out) == len({d for r in ranks for d in r})


def test_weighted_sum_normalises_each_method() -> None:
    bm25 = {"a": 10.0, "b": 5.0, "c": 0.0}
    dense = {"b": 0.9, "c": 0.8, "d": 0.4}
    fused = dict(weighted_sum([bm25, dense], [1.0, 0.5]))
    assert fused["a"] == pytest.approx(1.0)
    assert fused["b"] == pytest.approx(0.5 + 0.5)
    assert fused["c"] == pytest.approx(0.0 + 0.5 * 0.8)
    assert fused["d"] == pytest.approx(0.0)
    assert weighted_sum([{"x": 3.0}, {}], [1.0, 1.0]) == [("x", 1.0)]
    with pytest.raises(ValueError):
        weighted_sum([bm25], [1.0, 1.0])


@given(st.lists(st.dictionaries(st.sampled_from("abcdef"), st.floats(0, 100)), min_size=1,
                max_size=3), st.randoms())  # fmt: skip
def test_weighted_sum_is_order_independent(maps, rnd) -> None:
    weights = [1.0 + i for i in range(len(maps))]
    pairs = list(zip(maps, weights, strict=True))
    rnd.shuffle(pairs)
    assert weighted_sum(maps, weights) == weighted_sum([m for m, _ in pairs], [w for _, w in pairs])


def _rrf_by_the_formula(
    rankings: list[list[str]], k: int, weights: list[float]
) -> dict[str, float]:
    """The first implementation: every contribution listed per id, each total math.fsum'd."""
    import math

    parts: dict[str, list[float]] = {}
    for w, ranking in zip(weights, rankings, strict=True):
        seen: set[str] = set()
        for rank, doc in enumerate(ranking, 1):
            if doc not in seen:
                seen.add(doc)
                parts.setdefault(doc, []).append(w / (k + rank))
    return {doc: math.fsum(p) for doc, p in parts.items()}


dup_rankings = st.lists(st.lists(st.sampled_from("abcdefghij"), max_size=12), min_size=1,
                        max_size=5)  # fmt: skip


@given(dup_rankings, st.data())
def test_rrf_scores_are_the_formulas_bit_for_bit_in_first_seen_order(ranks, data) -> None:
    weights = data.draw(st.lists(st.floats(-2.0, 3.0), min_size=len(ranks), max_size=len(ranks)))
    k = data.draw(st.integers(0, 60))
    expected = _rrf_by_the_formula(ranks, k, weights)
    got = rrf_scores(ranks, k, weights)
    assert list(got) == list(expected)  # same ids, in order of first appearance
    assert [repr(v) for v in got.values()] == [repr(v) for v in expected.values()]  # and -0.0
    assert rrf(ranks, k, weights) == sorted(expected.items(), key=lambda kv: (-kv[1], kv[0]))
