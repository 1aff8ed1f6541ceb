"""Hypothesis properties of the ranking and set metrics."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from assistant.evaluation import aggregate as agg
from assistant.evaluation import metrics as m

docs = st.lists(st.sampled_from("abcdefghij"), max_size=15)
gold = st.sets(st.sampled_from("abcdefghij"), min_size=1, max_size=6)
ks = st.integers(min_value=1, max_value=20)


def defined(value: float | None) -> float:
    assert value is not None
    return value


@given(docs, gold, ks)
def test_recall_is_monotone_in_k(ranked: list[str], rel: set[str], k: int) -> None:
    assert defined(m.recall_at_k(ranked, rel, k)) <= defined(m.recall_at_k(ranked, rel, k + 1))


@given(docs, gold, ks)
def test_ranking_metrics_lie_in_unit_interval(ranked: list[str], rel: set[str], k: int) -> None:
    for fn in (m.recall_at_k, m.mrr_at_k, m.ndcg_at_k):
        value = defined(fn(ranked, rel, k))
        assert 0.0 <= value <= 1.0 + 1e-12


@given(docs, gold, ks)
def test_mrr_positive_iff_recall_positive(ranked: list[str], rel: set[str], k: int) -> None:
    # some relevant doc in the top k  <=>  MRR@k > 0
    mrr, recall = defined(m.mrr_at_k(ranked, rel, k)), defined(m.recall_at_k(ranked, rel, k))
    assert (mrr > 0) == (recall > 0)


@given(st.sets(st.sampled_from("abcdefghij")), st.sets(st.sampled_from("abcdefghij")))
def test_set_scores_in_unit_interval(ret: set[str], gld: set[str]) -> None:
    s = m.set_scores(ret, gld)
    for value in (s.precision, s.recall, s.f2):
        assert 0.0 <= value <= 1.0
    assert min(s.precision, s.recall) - 1e-12 <= s.f2 <= max(s.precision, s.recall) + 1e-12


@given(st.lists(st.floats(min_value=0, max_value=1e6), min_size=1), st.floats(0, 100))
def test_percentile_within_range(values: list[float], q: float) -> None:
    p = defined(agg.percentile(values, q))
    assert min(values) - 1e-6 <= p <= max(values) + 1e-6


@given(st.text(max_size=40), st.lists(st.lists(st.text(max_size=5), max_size=3), max_size=4))
def test_fact_recall_in_unit_interval(answer: str, facts: list[list[str]]) -> None:
    value = m.fact_recall(answer, facts)
    if not facts:
        assert value is None
    else:
        assert 0.0 <= defined(value) <= 1.0
