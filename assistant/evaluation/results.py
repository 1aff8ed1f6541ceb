"""Evaluation results: per-case rows, aggregates, and their JSON form.

Aggregates (per kind, per split, overall) are macro-averages of the per-case metrics
(undefined values skipped), plus set-level figures computed over the group's rows:

* `abstain_precision`, `abstain_recall`, `false_abstention_rate` (`metrics.abstention_scores`);
* `invalid_citation_rate` = invalid citations / all citations (micro-average);
* `latency_p50`, `latency_p95` in ms (`aggregate.percentile`, linear interpolation);
* `n`, the number of cases.

The abstention and citation figures appear only for eval-set runs (rows that carry
`abstain_ok`), not for retrieval-only runs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from assistant.evaluation import aggregate as agg
from assistant.evaluation import metrics as m

Aggregate = dict[str, float | None]


@dataclass(frozen=True)
class CaseResult:
    """One scored case: what was asked, expected and returned, and how it scored."""

    id: str
    kind: str
    split: str
    question: str
    expected: dict[str, Any]
    got: dict[str, Any]
    metrics: dict[str, float | None]
    reasons: tuple[str, ...] = ()
    latency_ms: float | None = None
    abstained: bool = False
    should_abstain: bool = False
    n_citations: int = 0
    n_invalid: int | None = None

    @property
    def failed(self) -> bool:
        return bool(self.reasons)


@dataclass(frozen=True)
class Report:
    """All rows of one run with aggregates and run metadata.

    Example:
        >>> report = harness.run(cases, answer_fn)
        >>> report.overall["f2"], report.by_kind["deadline"]["computed_ok"]
        >>> [r.id for r in report.failures]
    """

    rows: tuple[CaseResult, ...]
    overall: Aggregate
    by_kind: dict[str, Aggregate]
    by_split: dict[str, Aggregate]
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def failures(self) -> tuple[CaseResult, ...]:
        return tuple(r for r in self.rows if r.failed)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (inverse: `report_from_json`)."""
        return {
            "metadata": self.metadata,
            "overall": self.overall,
            "by_kind": self.by_kind,
            "by_split": self.by_split,
            "rows": [asdict(r) | {"failed": r.failed} for r in self.rows],
        }


def aggregate(rows: Sequence[CaseResult]) -> Aggregate:
    """Aggregate metrics of a group of rows (see the module docstring)."""
    out: Aggregate = agg.macro_average([r.metrics for r in rows])
    if any("abstain_ok" in r.metrics for r in rows):
        ab = m.abstention_scores([r.abstained for r in rows], [r.should_abstain for r in rows])
        out["abstain_precision"] = ab.precision
        out["abstain_recall"] = ab.recall
        out["false_abstention_rate"] = ab.false_abstention_rate
        checked = [r for r in rows if r.n_invalid is not None]
        cites = sum(r.n_citations for r in checked)
        out["invalid_citation_rate"] = (
            sum(r.n_invalid or 0 for r in checked) / cites if cites else None
        )
    latencies = [r.latency_ms for r in rows if r.latency_ms is not None]
    out["latency_p50"] = agg.percentile(latencies, 50)
    out["latency_p95"] = agg.percentile(latencies, 95)
    out["n"] = len(rows)
    return out


def _groups(rows: Sequence[CaseResult], label: str) -> dict[str, Aggregate]:
    groups: dict[str, list[CaseResult]] = {}
    for r in rows:
        groups.setdefault(getattr(r, label), []).append(r)
    return {g: aggregate(groups[g]) for g in sorted(groups)}


def build_report(rows: Sequence[CaseResult], metadata: Mapping[str, Any] | None = None) -> Report:
    """Aggregate rows per kind, per split and overall into a `Report`."""
    return Report(
        rows=tuple(rows),
        overall=aggregate(rows),
        by_kind=_groups(rows, "kind"),
        by_split=_groups(rows, "split"),
        metadata=dict(metadata or {}),
    )


def _row_from_json(d: Mapping[str, Any]) -> CaseResult:
    return CaseResult(
        id=d["id"],
        kind=d["kind"],
        split=d["split"],
        question=d["question"],
        expected=d.get("expected", {}),
        got=d.get("got", {}),
        metrics=d.get("metrics", {}),
        reasons=tuple(d.get("reasons", ())),
        latency_ms=d.get("latency_ms"),
        abstained=d.get("abstained", False),
        should_abstain=d.get("should_abstain", False),
        n_citations=d.get("n_citations", 0),
        n_invalid=d.get("n_invalid"),
    )


def report_from_json(data: Mapping[str, Any]) -> Report:
    """Rebuild a `Report` from `Report.to_json()` output (aggregates are recomputed)."""
    rows = [_row_from_json(r) for r in data.get("rows", [])]
    return build_report(rows, data.get("metadata", {}))
