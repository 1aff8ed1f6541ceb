"""Write a report directory and compare runs side by side.

`write_report(report, out_dir)` writes `report.json`, `summary.md` and, when
matplotlib is installed, `metrics_by_kind.png`, `recall_at_k.png` and
`latency.png`. `compare_runs({"bm25": r1, "hybrid": r2}, out_dir)` writes
`comparison.md` and `comparison.png` and returns the markdown.

Example:
    >>> paths = write_report(harness.run(cases, answer_fn), Path("eval/reports/run1"))
    >>> print(compare_runs({"bm25": load_report(a), "hybrid": load_report(b)}))
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from assistant.evaluation.results import Aggregate, CaseResult, Report, report_from_json

log = logging.getLogger(__name__)

RETRIEVAL = ("recall@1", "recall@3", "recall@5", "recall@10", "mrr@10", "ndcg@10")
ANSWERS = (
    "cite_precision", "cite_recall", "f2", "precision", "recall", "fact_recall",
    "computed_ok", "nonexistent_ok", "abstain_ok", "failed", "error",
)  # fmt: skip
SAFETY = ("abstain_precision", "abstain_recall", "false_abstention_rate", "invalid_citation_rate")
LATENCY = ("latency_p50", "latency_p95", "n")
COMPARE = ("recall@1", "recall@5", "recall@10", "mrr@10", "ndcg@10", "f2", "fact_recall")
NOTES = (
    "Notes: group values are macro-averages over cases, skipping cases where a metric is"
    " undefined (no gold articles, facts or expected values); `f2` = 5PR/(4P+R) over the"
    " distinct articles cited (or returned, for retrieval runs); abstention and invalid-"
    "citation rates are computed over the group's cases and citations; latency percentiles"
    " interpolate linearly between closest ranks; `–` = undefined."
)
_DEEP_RECALL = re.compile(r"^recall@(\d+)$")


def fmt(key: str, value: float | None) -> str:
    """Table cell: ratios to 3 places, latency to 1 place (ms), counts as integers."""
    if value is None:
        return "–"
    if key == "n":
        return str(int(value))
    return f"{value:.1f}" if key.startswith("latency") else f"{value:.3f}"


def _present(aggs: Sequence[Aggregate], keys: Sequence[str]) -> list[str]:
    return [k for k in keys if any(a.get(k) is not None for a in aggs)]


def _deep_recalls(aggs: Sequence[Aggregate]) -> list[str]:
    deep = {k for a in aggs for k in a if (m := _DEEP_RECALL.match(k)) and int(m[1]) > 10}
    return sorted(deep, key=lambda k: int(k.split("@")[1]))


def markdown_table(rows: Mapping[str, Aggregate], keys: Sequence[str], label: str = "") -> str:
    """A markdown table: one row per labelled aggregate, one column per metric key."""
    lines = [f"| {label} | " + " | ".join(keys) + " |", "|---" * (len(keys) + 1) + "|"]
    for name, agg in rows.items():
        lines.append(f"| {name} | " + " | ".join(fmt(k, agg.get(k)) for k in keys) + " |")
    return "\n".join(lines)


def _groups(report: Report) -> dict[str, Aggregate]:
    out = {"**overall**": report.overall}
    out |= {f"split {s}": a for s, a in report.by_split.items()}
    out |= {f"kind {k}": a for k, a in report.by_kind.items()}
    return out


def _clip(text: str, limit: int = 400) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _failure(row: CaseResult) -> str:
    exp, got = row.expected, row.got
    expected = {k: v for k, v in exp.items() if v not in ({}, [], None, False)}
    shown = {k: got.get(k) for k in ("route", "citations", "hits", "computed", "returned")}
    lines = [
        f"### {row.id} ({row.kind}, {row.split})",
        f"- **Question:** {_clip(row.question)}",
        f"- **Expected:** `{_clip(json.dumps(expected, ensure_ascii=False))}`",
        f"- **Got:** {_clip(got.get('answer', '')) or '(no answer)'}",
        f"- **Got (structured):** `{_clip(json.dumps({k: v for k, v in shown.items() if v}))}`",
        "- **Why:** " + "; ".join(row.reasons),
    ]
    return "\n".join(lines)


def summary_markdown(report: Report, max_failures: int = 200) -> str:
    """The `summary.md` text: metadata, metric tables per group, then the failures."""
    groups = _groups(report)
    aggs = list(groups.values())
    out = ["# Evaluation report", ""]
    out += [f"- {k}: `{v}`" for k, v in report.metadata.items()] + [""]
    sections = (
        ("Retrieval", [*RETRIEVAL, *_deep_recalls(aggs)]),
        ("Answers", list(ANSWERS)),
        ("Abstention and citation validity", list(SAFETY)),
        ("Latency (ms) and counts", list(LATENCY)),
    )
    for title, keys in sections:
        present = _present(aggs, keys)
        if present:
            out += [f"## {title}", "", markdown_table(groups, present), ""]
    out += [NOTES, ""]
    failures = report.failures
    out += [f"## Failures ({len(failures)} of {len(report.rows)})", ""]
    out += [_failure(r) + "\n" for r in failures[:max_failures]]
    if len(failures) > max_failures:
        out.append(f"... and {len(failures) - max_failures} more (see report.json)")
    return "\n".join(out).rstrip() + "\n"


def _plots(report: Report, out: Path) -> list[Path]:
    try:
        from assistant.evaluation import plots
    except ImportError:
        log.warning("matplotlib is not installed; skipping plots")
        return []
    paths = [plots.recall_curve(report, out / "recall_at_k.png")]
    if report.by_kind:
        paths.append(plots.metrics_by_kind(report, out / "metrics_by_kind.png"))
    paths.append(plots.latency_histogram(report, out / "latency.png"))
    return paths


def write_report(report: Report, out_dir: Path | str, plots: bool = True) -> list[Path]:
    """Write `report.json`, `summary.md` and (if `plots`) the PNG figures.

    Returns:
        The paths written.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    data = json.dumps(report.to_json(), ensure_ascii=False, indent=1, default=str)
    (out / "report.json").write_text(data + "\n", encoding="utf-8")
    (out / "summary.md").write_text(summary_markdown(report), encoding="utf-8")
    paths = [out / "report.json", out / "summary.md"]
    if plots:
        paths += _plots(report, out)
    log.info("wrote report to %s", out)
    return paths


def load_report(path: Path | str) -> Report:
    """Read a `report.json` (or a report directory containing one) back into a `Report`."""
    p = Path(path)
    p = p / "report.json" if p.is_dir() else p
    data: dict[str, Any] = json.loads(p.read_text(encoding="utf-8"))
    return report_from_json(data)


def compare_runs(
    runs: Mapping[str, Report],
    out_dir: Path | str | None = None,
    metrics: Sequence[str] | None = None,
) -> str:
    """Side-by-side overall metrics of named runs (e.g. "bm25", "dense", "hybrid").

    Also one table per split. With `out_dir`, writes `comparison.md` and (if
    matplotlib is installed) `comparison.png`, a grouped bar chart.

    Returns:
        The markdown.
    """
    overall = {name: rep.overall for name, rep in runs.items()}
    keys = list(metrics) if metrics else _present(list(overall.values()), COMPARE)
    keys = keys or [k for k in RETRIEVAL if k in next(iter(overall.values()), {})]
    out = ["# Run comparison", "", "## Overall", "", markdown_table(overall, [*keys, "n"], "run")]
    for split in sorted({s for rep in runs.values() for s in rep.by_split}):
        per = {name: rep.by_split.get(split, {}) for name, rep in runs.items()}
        out += ["", f"## Split {split}", "", markdown_table(per, [*keys, "n"], "run")]
    text = "\n".join(out) + "\n"
    if out_dir is not None:
        d = Path(out_dir)
        d.mkdir(parents=True, exist_ok=True)
        (d / "comparison.md").write_text(text, encoding="utf-8")
        try:
            from assistant.evaluation import plots
        except ImportError:
            log.warning("matplotlib is not installed; skipping comparison.png")
        else:
            plots.compare_bars(runs, keys, d / "comparison.png")
    return text
