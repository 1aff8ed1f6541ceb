"""Known-answer tests for `assistant.evaluation.metrics` (values computed by hand)."""

from __future__ import annotations

import math
from datetime import date, datetime

import pytest

from assistant.evaluation import aggregate as agg
from assistant.evaluation import metrics as m


def test_recall_at_k_known_answers() -> None:
    ranked = ["a", "x", "b", "y", "c"]
    rel = {"a", "b", "c", "z"}
    assert m.recall_at_k(ranked, rel, 1) == 0.25
    assert m.recall_at_k(ranked, rel, 3) == 0.5
    assert m.recall_at_k(ranked, rel, 5) == 0.75
    assert m.recall_at_k(ranked, rel, 50) == 0.75


def test_duplicates_count_once_and_do_not_use_up_k() -> None:
    # unique ranking is a, x, b: "a" repeated must not push "b" out of the top 3
    ranked = ["a", "a", "x", "a", "b"]
    assert m.recall_at_k(ranked, {"a", "b"}, 3) == 1.0
    assert m.recall_at_k(ranked, {"a", "b"}, 2) == 0.5
    assert m.mrr_at_k(["x", "x", "b"], {"b"}, 10) == 0.5


def test_no_gold_is_undefined() -> None:
    assert m.recall_at_k(["a"], set(), 5) is None
    assert m.mrr_at_k(["a"], [], 5) is None
    assert m.ndcg_at_k(["a"], [], 5) is None


def test_empty_ranking_scores_zero() -> None:
    assert m.recall_at_k([], {"a"}, 5) == 0.0
    assert m.mrr_at_k([], {"a"}, 5) == 0.0
    assert m.ndcg_at_k([], {"a"}, 5) == 0.0


def test_k_must_be_positive() -> None:
    with pytest.raises(ValueError, match="k must be"):
        m.recall_at_k(["a"], {"a"}, 0)


def test_mrr_known_answers() -> None:
    assert m.mrr_at_k(["a", "b"], {"a"}, 10) == 1.0
    assert m.mrr_at_k(["x", "y", "a"], {"a", "b"}, 10) == pytest.approx(1 / 3)
    assert m.mrr_at_k(["x", "y", "a"], {"a"}, 2) == 0.0


def test_ndcg_known_answer() -> None:
    # relevant at ranks 1 and 3 of 3, two relevant documents:
    # DCG = 1/log2(2) + 1/log2(4) = 1.5 ; IDCG = 1 + 1/log2(3)
    got = m.ndcg_at_k(["a", "x", "b"], {"a", "b"}, 3)
    assert got == pytest.approx(1.5 / (1 + 1 / math.log2(3)))
    assert m.ndcg_at_k(["a", "b"], {"a", "b"}, 10) == pytest.approx(1.0)
    # ideal is cut at k: one slot, three relevant -> perfect if rank 1 relevant
    assert m.ndcg_at_k(["a", "b", "c"], {"a", "b", "c"}, 1) == 1.0
    # single relevant at rank 2: 1/log2(3)
    assert m.ndcg_at_k(["x", "a"], {"a"}, 10) == pytest.approx(1 / math.log2(3))


def test_ties_keep_the_given_order() -> None:
    # metrics never re-sort: the caller's order is the ranking (ties included)
    assert m.mrr_at_k(["x", "a"], {"a"}, 10) == 0.5
    assert m.mrr_at_k(["a", "x"], {"a"}, 10) == 1.0


def test_set_scores_and_f2_known_answers() -> None:
    s = m.set_scores(["a", "b", "x"], ["a", "b", "c", "d"])
    assert (s.precision, s.recall) == (pytest.approx(2 / 3), 0.5)
    # F2 = 5PR / (4P + R) = 5 * 2/3 * 1/2 / (8/3 + 1/2) = (5/3) / (19/6) = 10/19
    assert s.f2 == pytest.approx(10 / 19)
    assert m.set_scores(["a"], ["a"]) == m.SetScores(1.0, 1.0, 1.0)


def test_set_scores_edge_cases() -> None:
    assert m.set_scores([], ["a"]) == m.SetScores(0.0, 0.0, 0.0)
    assert m.set_scores(["x"], ["a"]) == m.SetScores(0.0, 0.0, 0.0)
    assert m.set_scores([], []) == m.SetScores(1.0, 1.0, 1.0)
    assert m.set_scores(["x"], []) == m.SetScores(0.0, 1.0, 0.0)
    assert m.set_scores(["a", "a"], ["a"]) == m.SetScores(1.0, 1.0, 1.0)


def test_f_beta_zero_and_f1() -> None:
    assert m.f_beta(0.0, 0.0) == 0.0
    assert m.f_beta(0.5, 1.0, beta=1.0) == pytest.approx(2 / 3)
    assert m.f_beta(1.0, 0.5) == pytest.approx(5 * 0.5 / (4 + 0.5))


def test_citation_scores_dedupe_refs() -> None:
    got = m.citation_scores([("cpl", 36), ("cpl", 36), ("cpl", 39)], [("cpl", 36)])
    assert (got.precision, got.recall) == (0.5, 1.0)


def test_macro_average_of_f2() -> None:
    rows = [{"f2": m.set_scores(["a"], ["a"]).f2}, {"f2": m.set_scores(["x"], ["a"]).f2}]
    assert agg.macro_average(rows) == {"f2": 0.5}


def test_fact_recall_normalises_case_and_whitespace() -> None:
    answer = "The procuratorate must decide\n within   TEN days."
    facts = [["10 days", "ten days"], ["procuratorate"], ["appeal"]]
    assert m.fact_recall(answer, facts) == pytest.approx(2 / 3)
    assert m.fact_found("a  b", ["A\tB"])
    assert not m.fact_found("anything", [""])
    assert m.fact_recall("x", []) is None
    assert m.fact_recall("", [["x"]]) == 0.0


def test_abstention_scores_known_answers() -> None:
    abstained = [True, True, False, False, True]
    should = [True, False, True, False, False]
    s = m.abstention_scores(abstained, should)
    assert s.precision == pytest.approx(1 / 3)
    assert s.recall == 0.5
    assert s.false_abstention_rate == pytest.approx(2 / 3)


def test_abstention_scores_undefined_parts() -> None:
    s = m.abstention_scores([False, False], [False, False])
    assert s == m.AbstentionScores(None, None, 0.0)
    assert m.abstention_scores([], []) == m.AbstentionScores(None, None, None)
    with pytest.raises(ValueError):
        m.abstention_scores([True], [])


def test_computed_correct() -> None:
    assert m.computed_correct({}, {"deadline": "x"}) is None
    assert m.computed_correct({"nonexistent": {}}, {}) is None
    assert m.computed_correct({"deadline": "2024-03-01"}, {"deadline": date(2024, 3, 1)})
    assert m.computed_correct({"deadline": "2024-03-01"}, {"deadline": " 2024-03-01 "})
    assert not m.computed_correct({"deadline": "2024-03-01"}, {"deadline": "2024-03-02"})
    assert not m.computed_correct({"deadline": "2024-03-01"}, {})
    assert m.computed_correct({"eligible": True}, {"eligible": True})
    assert not m.computed_correct({"eligible": True}, {"eligible": "true"})
    assert m.computed_correct({"eligible": None}, {"eligible": None})
    assert not m.computed_correct({"eligible": None}, {})
    assert m.computed_correct({"deadline": "2026-03-02T21:30"}, {"deadline": "2026-03-02 21:30:00"})
    assert m.computed_correct(
        {"deadline": "2026-03-02T21:30"}, {"deadline": datetime(2026, 3, 2, 21, 30)}
    )
    assert not m.computed_correct({"deadline": "2026-03-02T21:30"}, {"deadline": "2026-03-02"})
    assert not m.computed_correct({"deadline": "2026-03-02"}, {"deadline": "2026-03-02T00:00"})
    assert m.computed_correct({"deadline": "Ten days"}, {"deadline": "ten  days"})
    both = {"deadline": "2024-03-01", "latest": "2024-03-08"}
    assert not m.computed_correct(both, {"deadline": "2024-03-01", "latest": "x"})


def test_percentile_linear_interpolation() -> None:
    xs = [10.0, 20.0, 30.0, 40.0]
    assert agg.percentile(xs, 50) == 25.0  # h = 1.5
    assert agg.percentile(xs, 95) == pytest.approx(38.5)  # h = 2.85 -> 30 + .85 * 10
    assert agg.percentile(xs, 0) == 10.0
    assert agg.percentile(xs, 100) == 40.0
    assert agg.percentile([7.0], 95) == 7.0
    assert agg.percentile([5.0, 5.0, 1.0], 50) == 5.0  # ties
    assert agg.percentile([], 50) is None
    with pytest.raises(ValueError):
        agg.percentile(xs, 101)


def test_mean_and_grouping() -> None:
    assert agg.mean([None, 1.0, 0.0]) == 0.5
    assert agg.mean([None]) is None
    rows: list[dict[str, float | None]] = [{"r": 1.0}, {"r": 0.0, "f": None}, {"r": None, "f": 1.0}]
    assert agg.macro_average(rows) == {"r": 0.5, "f": 1.0}
    got = agg.group_by(rows, ["b", "a", "b"])
    assert list(got) == ["a", "b"]
    assert got["b"] == {"r": 1.0, "f": 1.0}
    assert got["a"] == {"r": 0.0, "f": None}
