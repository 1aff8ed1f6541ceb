"""Report writing and run comparison into tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.evaluation import harness, report

PNGS = ("recall_at_k.png", "metrics_by_kind.png", "latency.png")


def test_write_report_files_and_numbers(qa_report: harness.Report, tmp_path: Path) -> None:
    paths = report.write_report(qa_report, tmp_path / "run")
    names = sorted(p.name for p in paths)
    assert names == sorted(["report.json", "summary.md", *PNGS])
    for p in paths:
        assert p.exists() and p.stat().st_size > 0
    assert (tmp_path / "run" / "recall_at_k.png").read_bytes()[:4] == b"\x89PNG"
    md = (tmp_path / "run" / "summary.md").read_text()
    assert "| **overall** | 0.375 | " in md  # recall@1 overall
    assert "| split dev |" in md and "| kind lookup |" in md
    assert "0.625" in md  # mrr@10 overall
    assert "150.0" in md and "375.0" in md  # latency p50 / p95
    assert "0.333" in md  # invalid-citation rate
    assert "## Failures (3 of 6)" in md
    assert "### D (deadline, test)" in md
    assert "error: RuntimeError: index missing" in md
    assert "- **Question:** Can I have a lawyer?" in md
    assert "missing facts: legal aid" in md


def test_report_json_round_trip(qa_report: harness.Report, tmp_path: Path) -> None:
    report.write_report(qa_report, tmp_path, plots=False)
    data = json.loads((tmp_path / "report.json").read_text())
    assert data["overall"]["f2"] == pytest.approx(0.375)
    assert [r["id"] for r in data["rows"] if r["failed"]] == ["B", "D", "F"]
    back = report.load_report(tmp_path)
    assert back.rows == qa_report.rows
    assert back.overall == pytest.approx(qa_report.overall)
    assert back.by_kind == qa_report.by_kind
    assert back.metadata == qa_report.metadata


def test_beir_summary_has_deep_recall_and_f2(beir_report: harness.Report, tmp_path: Path) -> None:
    report.write_report(beir_report, tmp_path)
    md = (tmp_path / "summary.md").read_text()
    assert "recall@100" in md and "| f2 |" in md
    assert f"{(2.5 / 4.5) / 2:.3f}" in md  # F2 overall, top-1 rule
    assert "abstain_precision" not in md
    assert "### q2 (toy, test)" in md


def test_compare_runs_table_and_plot(
    qa_report: harness.Report, beir_report: harness.Report, tmp_path: Path
) -> None:
    runs = {"bm25": beir_report, "hybrid": qa_report}
    md = report.compare_runs(runs, tmp_path)
    assert (tmp_path / "comparison.md").read_text() == md
    assert (tmp_path / "comparison.png").read_bytes()[:4] == b"\x89PNG"
    lines = md.splitlines()
    header = next(line for line in lines if line.startswith("| run |"))
    assert header.split(" | ")[1:3] == ["recall@1", "recall@5"]
    assert "| bm25 | 0.250 |" in md
    assert "| hybrid | 0.375 |" in md
    assert "## Split test" in md and "## Split dev" in md
    only = report.compare_runs(runs, metrics=["f2"])
    assert "| run | f2 | n |" in only


def test_fmt_cells() -> None:
    assert report.fmt("f2", None) == "–"
    assert report.fmt("n", 6) == "6"
    assert report.fmt("latency_p50", 12.345) == "12.3"
    assert report.fmt("recall@1", 1 / 3) == "0.333"
