"""Shared fakes for the evaluation tests: six eval cases, a fake batch `answer_fn`
(one case raises), a citation validator, and a toy BEIR dataset with fixed results.

Hand-computed expectations for these live in `test_eval_harness.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from assistant.evaluation import harness
from assistant.evaluation.beir import BeirDataset, BeirDoc
from assistant.evaluation.schema import QACase, Turn

CASES = [
    QACase(
        "A", "lookup", "dev", "How long is detention?",
        history=(Turn("user", "I was detained."),),
        gold=(("spp-rules", 83),), facts=(("ten days", "10 days"),),
    ),
    QACase(
        "B", "rights", "dev", "Can I have a lawyer?",
        gold=(("cpl", 36), ("cpl", 39)), facts=(("lawyer",), ("legal aid",)),
    ),
    QACase("C", "out_of_scope", "test", "Weather?", should_abstain=True),
    QACase(
        "D", "deadline", "test", "When must they decide?", gold=(("spp-rules", 83),),
        facts=(("2024-03-11",),), expected={"deadline": "2024-03-11"},
    ),
    QACase(
        "E", "adversarial", "test", "What does CPL Article 999 say?",
        expected={"nonexistent": {"law": "cpl", "article": 999}},
    ),
    QACase(
        "F", "eligibility", "test", "Am I eligible?", gold=(("mps-procedures", 10),),
        expected={"eligible": True},
    ),
]  # fmt: skip


def _hit(law: str, article: int | None, chunk: str) -> dict[str, Any]:
    return {"law": law, "article": article, "chunk_id": chunk, "score": 1.0}


OUTPUTS: dict[str, dict[str, Any]] = {
    "A": {
        "answer": "Detention lasts\n10  Days.",
        "route": "lookup",
        "abstained": False,
        "citations": [{"law": "spp-rules", "article": 83, "quote": "ok"}],
        "hits": [
            _hit("cpl", 36, "c0"),
            _hit("spp-rules", 83, "c1"),
            _hit("spp-rules", 83, "c2"),
            _hit("guide", None, "g1"),
        ],
        "latency_ms": 100,
    },
    "B": {
        "answer": "You may hire a lawyer.",
        "route": "retrieval",
        "abstained": False,
        "citations": [
            {"law": "cpl", "article": 36, "quote": "good"},
            {"law": "cpl", "article": "40", "quote": "made up"},
        ],
        "hits": [_hit("cpl", 39, "a"), _hit("cpl", 36, "b")],
        "latency_ms": 300.0,
    },
    "C": {"answer": "I can only answer criminal-procedure questions.", "route": "abstain",
          "abstained": True, "citations": [], "hits": [], "latency_ms": 50},
    "E": {"answer": "Article 999 does not exist in the CPL.", "route": "lookup",
          "abstained": False, "citations": [], "hits": [], "latency_ms": 200},
    "F": {"answer": "I cannot tell.", "route": "abstain", "abstained": True, "citations": [],
          "hits": [_hit("mps-procedures", 10, "m")], "computed": {}, "latency_ms": 400},
}  # fmt: skip


def fake_answer(record: dict[str, Any]) -> dict[str, Any]:
    if record["id"] == "D":
        raise RuntimeError("index missing")
    return {"id": record["id"], **OUTPUTS[record["id"]]}


def not_article_40(law: str, article: int | None, quote: str) -> bool:
    return (law, article) != ("cpl", 40)


BEIR = BeirDataset(
    corpus={d: BeirDoc(d, d) for d in ("d1", "d2", "d3", "d4")},
    queries={"q1": "first", "q2": "second", "q3": "unjudged"},
    qrels={"q1": {"d1": 1, "d2": 1}, "q2": {"d3": 1, "d4": 0}},
    split="test",
    name="toy",
)
RESULTS = {
    "first": [("d2", 5.0), ("d1", 4.5), ("d3", 1.0)],
    "second": [("d1", 2.0), ("d1", 1.9), ("d4", 1.0), ("d3", 0.5)],
}


@pytest.fixture
def cases() -> list[QACase]:
    return list(CASES)


@pytest.fixture
def answer_fn() -> Callable[[dict[str, Any]], dict[str, Any]]:
    return fake_answer


@pytest.fixture
def toy_beir() -> BeirDataset:
    return BEIR


@pytest.fixture
def toy_search() -> Callable[[str], list[tuple[str, float]]]:
    return lambda q: RESULTS[q]


@pytest.fixture(scope="session")
def qa_report() -> harness.Report:
    meta = {"model": "fake", "git_sha": "abc"}
    return harness.run(CASES, fake_answer, validate_citation=not_article_40, metadata=meta)


@pytest.fixture(scope="session")
def beir_report() -> harness.Report:
    return harness.run_beir(BEIR, lambda q: RESULTS[q], k=100)
