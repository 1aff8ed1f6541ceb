"""Read an evaluation report folder (`legalqa eval --report DIR`) into plain data.

`load_report_view(folder)` returns either a `ReportView` (what the Evaluation page
shows) or a `NoReport` (why there is nothing to show and how to make a report). It
never raises on a missing folder, a missing, corrupt or partial `report.json`, odd
values or missing plots: an evaluator should see a message, not a traceback.

Aggregates are taken as the report stored them; only the per-kind tables of each
split are recomputed from the rows (the report stores per-kind figures over all
splits), with the same `build_report` the writer uses.

Example:
    >>> view = load_report_view(Path("eval/reports/latest"))
    >>> if isinstance(view, ReportView):
    ...     first = view.headline[0]  # Recall@5: first.overall, dict(first.values)["dev"]
    ... else:
    ...     print(view.reason, "Run:", view.command)
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.evaluation.results import build_report, report_from_json
from assistant.ui.report_failures import Failure, failures
from assistant.ui.report_tables import Ablations, Table, ablations

log = logging.getLogger(__name__)

MAKE_REPORT = "legalqa eval --report {folder}"
# (key in the report, label, what it measures, lower is better)
HEADLINE: tuple[tuple[str, str, str, bool], ...] = (
    ("recall@5", "Recall@5", "Share of gold articles among the top 5 hits", False),
    ("mrr@10", "MRR@10", "Mean reciprocal rank of the first gold article (top 10)", False),
    ("f2", "Citation F2", "F2 of the articles cited against the gold articles", False),
    ("fact_recall", "Fact recall", "Share of expected facts stated in the answer", False),
    ("computed_ok", "Computed accuracy", "Rule answers with the expected value", False),
    ("abstain_recall", "Abstention recall", "Unanswerable questions declined", False),
    ("false_abstention_rate", "False abstentions", "Answerable questions declined", True),
    ("invalid_citation_rate", "Invalid citations", "Citations not verbatim in the corpus", True),
)
KIND_COLUMNS = (
    "n",
    "recall@5",
    "mrr@10",
    "f2",
    "fact_recall",
    "computed_ok",
    "abstain_ok",
    "failed",
)
PLOTS = (
    ("metrics_by_kind.png", "Metrics by kind of question"),
    ("recall_at_k.png", "Recall@k, k = 1..10"),
    ("latency.png", "Latency per question (ms)"),
)
ALL = "all"


@dataclass(frozen=True)
class Metadata:
    """Where a report came from: when, which code, data, model and index."""

    started: str = ""
    git_sha: str = ""
    dataset: str = ""
    split: str = ""
    model: str = ""
    index_hash: str = ""
    n_cases: int | None = None


@dataclass(frozen=True)
class Headline:
    """One headline metric: overall value and one value per split (`(split, value)`)."""

    key: str
    label: str
    hint: str
    lower_is_better: bool
    overall: float | None
    values: tuple[tuple[str, float | None], ...]


@dataclass(frozen=True)
class Plot:
    name: str
    title: str
    path: Path


@dataclass(frozen=True)
class ReportView:
    folder: Path
    metadata: Metadata
    splits: tuple[tuple[str, int | None], ...]  # (split, number of cases)
    headline: tuple[Headline, ...]
    kinds: tuple[tuple[str, Table], ...]  # ("all", table), then one per split
    failures: tuple[Failure, ...]
    n_rows: int
    plots: tuple[Plot, ...]
    missing_plots: tuple[str, ...]
    ablations: Ablations | None
    command: str  # what writes this report again
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class NoReport:
    """Nothing to show: the reason, and the command that writes a report there."""

    folder: Path
    reason: str
    command: str


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _int(value: Any) -> int | None:
    n = _number(value)
    return None if n is None else int(n)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def metadata(meta: Mapping[str, Any]) -> Metadata:
    def text(key: str) -> str:
        value = meta.get(key)
        return "" if value is None else str(value)

    return Metadata(
        started=text("started"),
        git_sha=text("git_sha"),
        dataset=text("dataset"),
        split=text("split"),
        model=text("model_id"),
        index_hash=text("index_manifest_sha256"),
        n_cases=_int(meta.get("n_cases")),
    )


def headline(overall: Mapping[str, Any], by_split: Mapping[str, Any]) -> tuple[Headline, ...]:
    return tuple(
        Headline(key, label, hint, lower, _number(overall.get(key)),
                 tuple((s, _number(_dict(agg).get(key))) for s, agg in by_split.items()))
        for key, label, hint, lower in HEADLINE
    )  # fmt: skip


def kind_table(by_kind: Mapping[str, Any], columns: Sequence[str] = KIND_COLUMNS) -> Table:
    rows = [(kind, *(_number(_dict(agg).get(c)) for c in columns)) for kind, agg in by_kind.items()]
    return Table(("kind", *columns), tuple(rows))


def _kinds_per_split(data: Mapping[str, Any]) -> list[tuple[str, Table]]:
    """Per-kind tables within each split, recomputed from the rows (empty if unreadable)."""
    try:
        rows = report_from_json({"rows": data.get("rows", [])}).rows
    except Exception:  # a hand-edited row must not take the page down; the tables are extra
        log.warning("report rows unreadable; per-split kind tables skipped", exc_info=True)
        return []
    out = []
    for split in sorted({r.split for r in rows}):
        sub = build_report([r for r in rows if r.split == split])
        out.append((split, kind_table(sub.by_kind)))
    return out


def _read(path: Path) -> dict[str, Any] | str:
    """The parsed report.json, or why it cannot be used."""
    if not path.is_file():
        return f"There is no report.json in {path.parent}."
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        return f"{path} cannot be read ({type(e).__name__}: {e})."
    if not isinstance(data, dict) or not isinstance(data.get("overall"), dict):
        return f"{path} is incomplete: it has no overall metrics."
    return data


def load_report_view(
    folder: Path | str, command_folder: str | None = None
) -> ReportView | NoReport:
    """Everything the Evaluation page shows, or a `NoReport` saying why not."""
    folder = Path(folder)
    command = MAKE_REPORT.format(folder=command_folder or folder)
    data = _read(folder / "report.json")
    if isinstance(data, str):
        return NoReport(folder, data, command)
    warnings = [f"report.json has no {k}." for k in ("metadata", "by_split", "by_kind", "rows")
                if not isinstance(data.get(k), dict | list)]  # fmt: skip
    rows = data.get("rows") if isinstance(data.get("rows"), list) else []
    by_split = _dict(data.get("by_split"))
    kinds = [(ALL, kind_table(_dict(data.get("by_kind")))), *_kinds_per_split(data)]
    plots = tuple(Plot(n, t, folder / n) for n, t in PLOTS if (folder / n).is_file())
    return ReportView(
        folder=folder,
        metadata=metadata(_dict(data.get("metadata"))),
        splits=tuple((s, _int(_dict(agg).get("n"))) for s, agg in by_split.items()),
        headline=headline(data["overall"], by_split),
        kinds=tuple(kinds),
        failures=failures(rows),
        n_rows=len(rows),
        plots=plots,
        missing_plots=tuple(n for n, _ in PLOTS if not (folder / n).is_file()),
        ablations=ablations(folder / "ablations"),
        command=command,
        warnings=tuple(warnings),
    )


def manifest_hash(index_dir: Path) -> str | None:
    """The current index's manifest hash, as `legalqa eval` records it (first 16 hex
    digits of the SHA-256 of `current/manifest.json`); None without an index."""
    path = index_dir / "current" / "manifest.json"
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError:
        return None


def stale_index_note(view: ReportView, current: str | None) -> str | None:
    """Why the figures may not describe the app as it runs now, or None if they do
    (or it cannot be told: no hash on either side)."""
    recorded = view.metadata.index_hash
    if not recorded or not current or recorded == current:
        return None
    return (
        f"The search index has changed since this report was made (report: {recorded}, "
        f"now: {current}). Run {view.command} for figures of the current index."
    )
