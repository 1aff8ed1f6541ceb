"""Run the assistant's batch code path (or a bare retriever) over a dataset.

`run` feeds each eval case to `answer_fn` and scores the output with
`scoring.score_case`; `run_beir` scores a `search_fn` on a BEIR dataset. Both return
a `Report` (per-case rows + aggregates per kind, per split and overall) and write
nothing; `report.write_report` does the files.

Example:
    >>> report = run(load_qa("eval/qa.jsonl"), answer_fn, validate_citation=check)
    >>> report.overall["recall@5"], len(report.failures)
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from tqdm import tqdm

from assistant.evaluation import metrics as m
from assistant.evaluation.beir import BeirDataset
from assistant.evaluation.results import CaseResult, Report, build_report
from assistant.evaluation.schema import QACase
from assistant.evaluation.scoring import RANK_KS, ValidateCitation, score_case

__all__ = ["CaseResult", "Report", "SearchFn", "run", "run_beir", "select_returned"]

log = logging.getLogger(__name__)
AnswerFn = Callable[[dict[str, Any]], Mapping[str, Any]]
SearchFn = Callable[[str], Sequence[tuple[str, float]]]


def _record(case: QACase, laws: Sequence[str] | None, today: str | None) -> dict[str, Any]:
    history = [{"role": t.role, "content": t.content} for t in case.history]
    laws_list = list(laws) if laws is not None else None
    return {
        "id": case.id,
        "question": case.question,
        "history": history,
        "laws": laws_list,
        "today": today,
    }


def _call(fn: Callable[[Any], Any], arg: Any, case_id: str) -> tuple[Any, float, str | None]:
    """Call `fn(arg)`; return (result, wall milliseconds, error message or None)."""
    start = time.perf_counter()
    try:
        result, error = fn(arg), None
    except Exception as e:  # the harness must survive any failure of the system under test
        log.warning("case %s raised %s: %s", case_id, type(e).__name__, e)
        result, error = None, f"{type(e).__name__}: {e}"
    return result, (time.perf_counter() - start) * 1000.0, error


def _latency(output: Mapping[str, Any], wall_ms: float) -> float:
    reported = output.get("latency_ms")
    if isinstance(reported, int | float) and not isinstance(reported, bool):
        return float(reported)
    return wall_ms


def _expected(case: QACase) -> dict[str, Any]:
    return {
        "gold": list(case.gold_ids),
        "facts": [list(f) for f in case.facts],
        "expected": case.expected,
        "should_abstain": case.should_abstain,
    }


def _qa_row(
    case: QACase, output: Mapping[str, Any], latency: float, validate: ValidateCitation | None
) -> CaseResult:
    score = score_case(case, output, validate)
    return CaseResult(
        id=case.id,
        kind=case.kind,
        split=case.split,
        question=case.question,
        expected=_expected(case),
        got=score.got,
        metrics=score.metrics,
        reasons=score.reasons,
        latency_ms=latency,
        abstained=score.abstained,
        should_abstain=case.should_abstain,
        n_citations=score.n_citations,
        n_invalid=score.n_invalid,
    )


def run(
    cases: Iterable[QACase],
    answer_fn: AnswerFn,
    validate_citation: ValidateCitation | None = None,
    progress: bool = False,
    metadata: Mapping[str, Any] | None = None,
    laws: Sequence[str] | None = None,
    today: str | None = None,
) -> Report:
    """Answer every case with `answer_fn` and score the outputs.

    Args:
        cases: eval cases (`datasets.load_qa`).
        answer_fn: the batch code path, `record -> output` (see `scoring`); the record
            is `{"id", "question", "history", "laws", "today"}`. An exception or a
            non-dict result is recorded as an error output.
        validate_citation: `(law, article, quote) -> bool`; without it the invalid-
            citation rate is not measured.
        progress: show a tqdm bar on stderr.
        metadata: stored as is (model id, index manifest hash, git sha ...).
        laws, today: passed through in every record.

    Latency is the output's `latency_ms` if it is a number, else the wall time of the
    call.
    """
    rows = []
    for case in tqdm(list(cases), desc="eval", unit="q", disable=not progress, file=sys.stderr):
        output, wall, error = _call(answer_fn, _record(case, laws, today), case.id)
        if error is None and not isinstance(output, Mapping):
            error = f"answer_fn returned {type(output).__name__}, not a dict"
        if error is not None:
            output = {"id": case.id, "error": error}
        rows.append(_qa_row(case, output, _latency(output, wall), validate_citation))
    return build_report(rows, {**(metadata or {}), "n_cases": len(rows)})


def select_returned(
    results: Sequence[tuple[str, float]], top: int = 1, ratio: float | None = None
) -> list[str]:
    """The set a retriever "returns" for COLIEE F2, from a best-first ranked list.

    Rule: the first `top` distinct documents, plus, if `ratio` is given and the top
    score is positive, every further document scoring at least `ratio` x top score
    (ties with the cut-off are included). Default: top-1 only.

    >>> select_returned([("a", 10.0), ("b", 9.0), ("c", 4.0)], top=1, ratio=0.8)
    ['a', 'b']
    """
    if top < 1:
        raise ValueError(f"top must be >= 1, got {top}")
    seen: dict[str, float] = {}
    for doc, score in results:
        seen.setdefault(doc, score)
    docs = list(seen.items())
    chosen = [d for d, _ in docs[:top]]
    if ratio is not None and docs and docs[0][1] > 0:
        chosen += [d for d, s in docs[top:] if s >= ratio * docs[0][1]]
    return chosen


def _beir_row(
    qid: str,
    text: str,
    gold: set[str],
    results: Sequence[tuple[str, float]],
    k: int,
    f2_rule: tuple[int, float | None],
    wall: float,
    error: str | None,
    data: BeirDataset,
) -> CaseResult:
    ranked = [str(d) for d in m.unique(doc for doc, _ in results)][: max(k, 10)]
    returned = select_returned(list(results), *f2_rule)
    scores = m.set_scores(returned, gold)
    metrics: dict[str, float | None] = {
        f"recall@{i}": m.recall_at_k(ranked, gold, i) for i in RANK_KS
    }
    metrics[f"recall@{k}"] = m.recall_at_k(ranked, gold, k)
    metrics |= {"mrr@10": m.mrr_at_k(ranked, gold, 10), "ndcg@10": m.ndcg_at_k(ranked, gold, 10)}
    metrics |= {"precision": scores.precision, "recall": scores.recall, "f2": scores.f2}
    reasons = [f"error: {error}"] if error else []
    if scores.precision == 0:
        reasons.append(f"returned {returned} has none of {sorted(gold)}")
    metrics |= {"error": float(bool(error)), "failed": float(bool(reasons))}
    return CaseResult(
        id=qid,
        kind=data.name or "beir",
        split=data.split,
        question=text,
        expected={"gold": sorted(gold)},
        got={"hits": ranked[:10], "returned": returned},
        metrics=metrics,
        reasons=tuple(reasons),
        latency_ms=wall,
    )


def run_beir(
    dataset: BeirDataset,
    search_fn: SearchFn,
    k: int = 100,
    f2_top: int = 1,
    f2_ratio: float | None = None,
    progress: bool = False,
    metadata: Mapping[str, Any] | None = None,
) -> Report:
    """Score a retriever on the judged queries of a BEIR dataset.

    Args:
        dataset: from `datasets.load_beir`.
        search_fn: `query_text -> [(doc_id, score), ...]`, best first (ties are
            taken in the given order).
        k: depth for the extra `recall@k` metric (recall@1..10, MRR@10, nDCG@10
            always); the ranking is cut at `max(k, 10)`.
        f2_top, f2_ratio: the returned-set rule for COLIEE F2 (`select_returned`).
        progress: show a tqdm bar on stderr.
        metadata: stored as is.

    Rows use `kind = dataset.name` and `split = dataset.split`; a query whose
    search raises is scored as an empty ranking.
    """
    rows = []
    judged = dataset.judged_queries()
    for qid in tqdm(judged, desc="beir", unit="q", disable=not progress, file=sys.stderr):
        text = dataset.queries[qid]
        results, wall, error = _call(search_fn, text, qid)
        results = list(results or [])
        rule = (f2_top, f2_ratio)
        gold = dataset.relevant(qid)
        rows.append(_beir_row(qid, text, gold, results, k, rule, wall, error, dataset))
    meta = {"dataset": dataset.name, "split": dataset.split, "k": k, "f2_top": f2_top}
    meta |= {"f2_ratio": f2_ratio, "n_cases": len(rows), **(metadata or {})}
    return build_report(rows, meta)
