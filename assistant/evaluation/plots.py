"""PNG figures of evaluation reports (matplotlib, Agg canvas, no pyplot state).

matplotlib is an optional (dev) dependency, so `report.write_report` imports this
module lazily and skips the plots when it is missing.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from assistant.evaluation.results import Aggregate, Report

KIND_METRICS = ("recall@5", "f2", "fact_recall", "computed_ok", "abstain_ok")
RECALL_KS = tuple(range(1, 11))


def _value(agg: Aggregate, key: str) -> float:
    v = agg.get(key)
    return math.nan if v is None else float(v)


def _save(fig: Figure, path: Path) -> Path:
    FigureCanvasAgg(fig)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    return path


def grouped_bars(
    groups: Sequence[str],
    series: Mapping[str, Sequence[float]],
    path: Path,
    title: str,
    ylabel: str = "score",
) -> Path:
    """Bars for each group (x axis), one colour per series; NaN bars are left out."""
    fig = Figure(figsize=(min(16.0, max(6.0, 1.1 * len(groups) + 3)), 4.5), layout="constrained")
    ax = fig.add_subplot()
    width = 0.8 / max(1, len(series))
    for i, (name, values) in enumerate(series.items()):
        xs = [g + (i - (len(series) - 1) / 2) * width for g in range(len(groups))]
        ax.bar(xs, values, width=width, label=name)
    ax.set_xticks(range(len(groups)), list(groups), rotation=30, ha="right")
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    if all(0 <= v <= 1 for vs in series.values() for v in vs if not math.isnan(v)):
        ax.set_ylim(0, 1.05)
    fig.legend(loc="outside right upper", fontsize="small")
    return _save(fig, path)


def metrics_by_kind(report: Report, path: Path, metrics: Sequence[str] = KIND_METRICS) -> Path:
    """Bar chart of the main metrics per question kind."""
    kinds = list(report.by_kind)
    series = {key: [_value(report.by_kind[k], key) for k in kinds] for key in metrics}
    series = {k: v for k, v in series.items() if not all(math.isnan(x) for x in v)}
    return grouped_bars(kinds, series, path, "Metrics per kind")


def recall_curve(report: Report, path: Path, ks: Sequence[int] = RECALL_KS) -> Path:
    """Recall@k for k = 1..10, overall and per split."""
    fig = Figure(figsize=(6, 4.5), layout="constrained")
    ax = fig.add_subplot()
    curves = {"overall": report.overall} | {f"split {s}": a for s, a in report.by_split.items()}
    for name, agg in curves.items():
        ax.plot(list(ks), [_value(agg, f"recall@{k}") for k in ks], marker="o", label=name)
    ax.set_xlabel("k")
    ax.set_ylabel("recall@k")
    ax.set_xticks(list(ks))
    ax.set_ylim(0, 1.05)
    ax.set_title("Recall@k")
    ax.legend(fontsize="small")
    return _save(fig, path)


def latency_histogram(report: Report, path: Path, bins: int = 20) -> Path:
    """Histogram of per-case latency (ms), with p50 and p95 marked."""
    fig = Figure(figsize=(6, 4.5), layout="constrained")
    ax = fig.add_subplot()
    values = [r.latency_ms for r in report.rows if r.latency_ms is not None]
    ax.hist(values, bins=bins)
    for key, style in (("latency_p50", "--"), ("latency_p95", ":")):
        v = report.overall.get(key)
        if v is not None:
            ax.axvline(v, color="black", linestyle=style, label=f"{key[-3:]} {v:.0f} ms")
    ax.set_xlabel("latency (ms)")
    ax.set_ylabel("cases")
    ax.set_title("Latency")
    if values:
        ax.legend(fontsize="small")
    return _save(fig, path)


def compare_bars(runs: Mapping[str, Report], metrics: Sequence[str], path: Path) -> Path:
    """Grouped bar chart: one group per metric, one bar per run (overall values)."""
    series = {name: [_value(rep.overall, m) for m in metrics] for name, rep in runs.items()}
    return grouped_bars(list(metrics), series, path, "Run comparison (overall)")
