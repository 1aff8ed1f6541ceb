"""The harness on the fakes in conftest.py, against hand-computed values."""

from __future__ import annotations

import math
from typing import Any

import pytest

from assistant.evaluation import harness
from assistant.evaluation.beir import BeirDataset
from assistant.evaluation.harness import SearchFn
from assistant.evaluation.schema import QACase


def test_overall_aggregates_match_hand_computation(qa_report: harness.Report) -> None:
    o = qa_report.overall
    assert o["n"] == 6
    assert o["recall@1"] == pytest.approx(0.375)  # A 0, B .5, D 0, F 1
    assert o["recall@5"] == pytest.approx(0.75)
    assert o["mrr@10"] == pytest.approx(0.625)  # .5, 1, 0, 1
    assert o["ndcg@10"] == pytest.approx((1 / math.log2(3) + 2) / 4)
    assert o["cite_precision"] == pytest.approx(0.375)  # 1, .5, 0, 0
    assert o["cite_recall"] == pytest.approx(0.375)
    assert o["f2"] == pytest.approx(0.375)  # 1, F2(.5,.5) = .5, 0, 0
    assert o["fact_recall"] == pytest.approx(0.5)  # 1, .5, 0
    assert o["computed_ok"] == 0.0  # D error, F abstained
    assert o["nonexistent_ok"] == 1.0
    assert o["abstain_ok"] == pytest.approx(5 / 6)
    assert o["error"] == pytest.approx(1 / 6)
    assert o["failed"] == pytest.approx(0.5)  # B, D, F
    assert o["abstain_precision"] == 0.5  # C right, F wrong
    assert o["abstain_recall"] == 1.0
    assert o["false_abstention_rate"] == pytest.approx(0.2)  # F of A B D E F
    assert o["invalid_citation_rate"] == pytest.approx(1 / 3)  # cpl:40 of 3 citations
    assert o["latency_p50"] == pytest.approx(150.0)  # [D~0, 50, 100, 200, 300, 400]
    assert o["latency_p95"] == pytest.approx(375.0)


def test_per_kind_and_split(qa_report: harness.Report, cases: list[QACase]) -> None:
    assert list(qa_report.by_kind) == sorted({c.kind for c in cases})
    assert qa_report.by_kind["lookup"]["mrr@10"] == 0.5
    assert qa_report.by_kind["out_of_scope"]["recall@1"] is None
    dev, test = qa_report.by_split["dev"], qa_report.by_split["test"]
    assert (dev["n"], test["n"]) == (2, 4)
    assert dev["f2"] == pytest.approx(0.75)
    assert dev["fact_recall"] == pytest.approx(0.75)
    assert dev["latency_p95"] == pytest.approx(290.0)  # 100 + .95 * 200
    assert dev["abstain_precision"] is None and dev["false_abstention_rate"] == 0.0
    assert test["recall@1"] == 0.5
    assert test["false_abstention_rate"] == pytest.approx(1 / 3)


def test_rows_carry_failures_and_reasons(qa_report: harness.Report) -> None:
    assert [r.id for r in qa_report.failures] == ["B", "D", "F"]
    rows = {r.id: r for r in qa_report.rows}
    assert rows["A"].got["hits"] == ["cpl:36", "spp-rules:83", "chunk:g1"]
    assert rows["A"].metrics["recall@1"] == 0.0 and rows["A"].metrics["recall@2"] == 1.0
    assert rows["B"].reasons == ("missing facts: legal aid", "invalid citations: cpl:40")
    assert rows["D"].got["error"] == "RuntimeError: index missing"
    assert rows["D"].reasons[0] == "error: RuntimeError: index missing"
    assert any(r.startswith("computed {} != expected") for r in rows["D"].reasons)
    assert rows["F"].reasons[0] == "abstained but should answer"
    assert rows["E"].metrics["nonexistent_ok"] == 1.0 and not rows["E"].failed
    assert rows["C"].expected["should_abstain"] is True
    assert qa_report.metadata == {"model": "fake", "git_sha": "abc", "n_cases": 6}


def test_record_passed_to_answer_fn(
    cases: list[QACase], capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[dict[str, Any]] = []

    def spy(record: dict[str, Any]) -> dict[str, Any]:
        seen.append(record)
        return {"id": record["id"], "answer": "", "route": "clarify", "abstained": False}

    harness.run(cases[:1], spy, laws=["cpl"], today="2024-03-01")
    assert seen == [
        {
            "id": "A",
            "question": "How long is detention?",
            "history": [{"role": "user", "content": "I was detained."}],
            "laws": ["cpl"],
            "today": "2024-03-01",
        }
    ]
    assert capsys.readouterr().err == ""  # no progress bar unless asked
    harness.run(cases[:1], spy, progress=True)
    assert "eval" in capsys.readouterr().err


def test_nonexistent_check_fails_when_cited_or_not_denied(cases: list[QACase]) -> None:
    case = cases[4]
    cited: dict[str, Any] = {"answer": "Article 999 does not exist.", "route": "lookup",
                             "citations": [{"law": "cpl", "article": 999, "quote": "x"}]}  # fmt: skip
    silent: dict[str, Any] = {"answer": "Article 999 covers bail.", "route": "lookup"}
    for output in (cited, silent):

        def answer(record: dict[str, Any], out: dict[str, Any] = output) -> dict[str, Any]:
            return {"id": record["id"], **out}

        rep = harness.run([case], answer)
        assert rep.rows[0].metrics["nonexistent_ok"] == 0.0
        assert rep.rows[0].failed


def test_non_dict_output_is_an_error(cases: list[QACase]) -> None:
    rep = harness.run(cases[:1], lambda r: "oops")  # type: ignore[arg-type, return-value]
    assert rep.rows[0].got["error"] == "answer_fn returned str, not a dict"
    assert rep.overall["invalid_citation_rate"] is None  # no validator given


def test_run_beir_known_answers(toy_beir: BeirDataset, toy_search: SearchFn) -> None:
    rep = harness.run_beir(toy_beir, toy_search, k=100)
    o = rep.overall
    assert o["n"] == 2  # q3 has no qrels
    assert o["recall@1"] == pytest.approx(0.25)  # .5, 0
    assert o["recall@3"] == 1.0
    assert o["recall@100"] == 1.0
    assert o["mrr@10"] == pytest.approx((1 + 1 / 3) / 2)  # duplicate d1 counted once
    # top-1: q1 returns {d2}: P 1, R .5, F2 = 2.5 / 4.5 ; q2 returns {d1}: 0
    assert o["f2"] == pytest.approx((2.5 / 4.5) / 2)
    assert o["precision"] == 0.5
    assert [r.id for r in rep.failures] == ["q2"]
    assert rep.by_kind["toy"]["n"] == 2 and list(rep.by_split) == ["test"]
    assert rep.metadata["f2_top"] == 1 and rep.metadata["dataset"] == "toy"
    assert "abstain_precision" not in o


def test_run_beir_ratio_rule_includes_ties(toy_beir: BeirDataset, toy_search: SearchFn) -> None:
    rep = harness.run_beir(toy_beir, toy_search, f2_ratio=0.9)
    q1 = rep.rows[0]
    assert q1.got["returned"] == ["d2", "d1"]  # 4.5 >= 0.9 * 5.0
    assert q1.metrics["f2"] == 1.0


def test_run_beir_survives_search_errors(toy_beir: BeirDataset) -> None:
    def boom(q: str) -> list[tuple[str, float]]:
        raise ValueError("no index")

    rep = harness.run_beir(toy_beir, boom)
    assert rep.overall["error"] == 1.0 and rep.overall["recall@10"] == 0.0
    assert rep.rows[0].reasons[0] == "error: ValueError: no index"


def test_select_returned_rules() -> None:
    res = [("a", 10.0), ("a", 9.9), ("b", 8.0), ("c", 7.9)]
    assert harness.select_returned(res) == ["a"]
    assert harness.select_returned(res, top=2) == ["a", "b"]
    assert harness.select_returned(res, ratio=0.8) == ["a", "b"]
    assert harness.select_returned([("a", -1.0), ("b", -1.0)], ratio=0.5) == ["a"]
    assert harness.select_returned([]) == []
    with pytest.raises(ValueError):
        harness.select_returned(res, top=0)


def test_nonexistent_phrases() -> None:
    from assistant.evaluation.scoring import says_nonexistent

    assert says_nonexistent("The SPP Rules have no Article 999.")  # "no article"
    assert says_nonexistent("Article 999 does NOT\nexist in that instrument.")
    assert says_nonexistent("That provision is not part of the MPS procedures.")
    assert not says_nonexistent("Article 999 allows detention for a year.")


def test_validator_sees_explainer_citations_and_malformed_ones_fail(
    cases: list[QACase],
) -> None:
    asked: list[tuple[str, int | None, str]] = []

    def validate(law: str, article: int | None, quote: str) -> bool:
        asked.append((law, article, quote))
        return True

    citations = [
        {"law": "guide", "article": None, "quote": "explainer"},
        {"law": "cpl", "article": "36", "quote": "q"},
        {"law": "cpl", "article": "Art. X", "quote": "bad"},
    ]
    output = {"answer": "", "route": "retrieval", "citations": citations}
    rep = harness.run(cases[:1], lambda r: {"id": r["id"], **output}, validate_citation=validate)
    assert asked == [("guide", None, "explainer"), ("cpl", 36, "q")]
    assert rep.rows[0].n_invalid == 1 and rep.rows[0].n_citations == 3
    assert "invalid citations: cpl:Art. X" in rep.rows[0].reasons
