"""The Evaluation page: the report reader (`report_view`) and the page under AppTest.

Reports are written to tmp by the real `write_report` (tests/ui/fixtures/eval_report.py),
so the tests depend on the report layout, never on the latest numbers.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from assistant.settings import ROOT, Settings
from assistant.ui.report_failures import filter_failures
from assistant.ui.report_tables import Table, markdown_tables
from assistant.ui.report_view import (
    NoReport,
    ReportView,
    load_report_view,
    manifest_hash,
    stale_index_note,
)
from tests.ui.fixtures.eval_report import XSS, write_small_report

HEADLINES = ("Recall@5", "MRR@10", "Citation F2", "Fact recall", "Computed accuracy",
             "Abstention recall", "False abstentions", "Invalid citations")  # fmt: skip
PLOTS = ("metrics_by_kind.png", "recall_at_k.png", "latency.png")


def view_of(folder: Path) -> ReportView:
    view = load_report_view(folder)
    assert isinstance(view, ReportView), view
    return view


@pytest.fixture(scope="module")
def full_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_small_report(tmp_path_factory.mktemp("report"))


def test_good_report(full_report: Path) -> None:
    view = view_of(full_report)
    m = view.metadata
    assert (m.started, m.git_sha, m.dataset, m.split) == (
        "2026-01-02T03:04:05Z", "abc1234", "eval/qa.jsonl", "all",
    )  # fmt: skip
    assert (m.model, m.index_hash, m.n_cases) == ("model@tiny", "feedbeef", 5)
    assert view.splits == (("dev", 2), ("test", 3)) and view.n_rows == 5
    recall = {h.key: h for h in view.headline}["recall@5"]
    assert recall.label == "Recall@5" and recall.overall == pytest.approx(0.6)
    assert dict(recall.values) == pytest.approx({"dev": 0.5, "test": 2 / 3})
    assert {h.key: h for h in view.headline}["false_abstention_rate"].lower_is_better
    kinds = dict(view.kinds)
    assert list(kinds) == ["all", "dev", "test"]
    assert [r["kind"] for r in kinds["all"].records()] == ["deadline", "lookup", "out_of_scope"]
    assert [r["kind"] for r in kinds["dev"].records()] == ["lookup"]
    deadline = kinds["test"].records()[0]
    assert deadline["kind"] == "deadline" and deadline["computed_ok"] == pytest.approx(0.5)
    assert [(f.id, f.split) for f in view.failures] == [("lookup-2", "dev"), ("deadline-9", "test")]
    f = view.failures[1]
    assert f.why == ("computed 2025-03-05, expected 2025-03-04",) and f.got == "Answer deadline-9"
    assert json.loads(f.expected)["gold"] == ["spp-rules:83"]
    assert json.loads(f.got_structured) == {"route": "retrieval"}
    assert [p.name for p in view.plots] == list(PLOTS) and view.missing_plots == ()
    assert all(p.path.is_file() for p in view.plots)
    assert view.ablations is not None and view.ablations.chart is not None
    titles = [t for t, _ in view.ablations.tables]
    assert titles == ["Overall", "Split dev", "Split test"]
    overall = view.ablations.tables[0][1]
    assert overall.columns == ("run", "recall@5", "f2", "n")
    assert [r[0] for r in overall.rows] == ["bm25", "production"]
    assert overall.records()[1]["recall@5"] == pytest.approx(0.6)
    assert view.warnings == ()


def test_missing_and_empty_folders_say_how_to_make_a_report(tmp_path: Path) -> None:
    for folder in (tmp_path / "nowhere", tmp_path):
        view = load_report_view(folder, "eval/reports/latest")
        assert isinstance(view, NoReport)
        assert "no report.json" in view.reason and str(folder) in view.reason
        assert view.command == "legalqa eval --report eval/reports/latest"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"metadata": {}, "overall": {"recall@5": 0.5', "cannot be read"),  # truncated
        ("\xff\xfe not json", "cannot be read"),
        ("[1, 2, 3]", "incomplete"),
        ('{"metadata": {"git_sha": "x"}, "rows": []}', "incomplete"),
        ('{"overall": [0.5]}', "incomplete"),
    ],
)
def test_corrupt_or_incomplete_json_gives_a_message(tmp_path: Path, text: str, reason: str) -> None:
    (tmp_path / "report.json").write_text(text, encoding="latin-1")
    view = load_report_view(tmp_path)
    assert isinstance(view, NoReport) and reason in view.reason
    assert view.command == f"legalqa eval --report {tmp_path}"


def test_partial_report_shows_what_it_has(tmp_path: Path) -> None:
    rows = [7, {"id": "x-1", "kind": "lookup", "split": "dev", "reasons": ["missed"],
                "metrics": {"recall@5": "high"}}]  # fmt: skip
    data = {"overall": {"recall@5": 0.25, "f2": "n/a", "mrr@10": True}, "rows": rows}
    (tmp_path / "report.json").write_text(json.dumps(data), encoding="utf-8")
    view = view_of(tmp_path)
    heads = {h.key: h for h in view.headline}
    assert heads["recall@5"].overall == 0.25 and heads["recall@5"].values == ()
    assert heads["f2"].overall is None and heads["mrr@10"].overall is None  # not numbers
    assert [f.id for f in view.failures] == ["x-1"] and view.failures[0].why == ("missed",)
    assert set(view.warnings) == {
        "report.json has no metadata.", "report.json has no by_split.", "report.json has no by_kind."
    }  # fmt: skip
    assert view.metadata.n_cases is None and view.splits == ()
    assert dict(view.kinds)["all"].rows == ()


def test_missing_plots_and_no_ablations(tmp_path: Path) -> None:
    view = view_of(write_small_report(tmp_path, plots=False, ablations=False))
    assert view.plots == () and view.missing_plots == PLOTS
    assert view.ablations is None
    (tmp_path / "latency.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert [p.name for p in view_of(tmp_path).plots] == ["latency.png"]


def test_markdown_tables() -> None:
    text = "# T\n\n## Split dev\n\n| run | f2 | n |\n|---|---|---|\n| a | – | 3 |\n| bad | 1 |\n"
    assert markdown_tables(text) == (
        ("Split dev", Table(("run", "f2", "n"), (("a", None, 3.0),))),
    )  # fmt: skip
    assert markdown_tables("no tables here\n| lone |") == ()


def test_filter_failures(full_report: Path) -> None:
    failures = view_of(full_report).failures
    ids = lambda fs: [f.id for f in fs]  # noqa: E731
    assert ids(filter_failures(failures)) == ["lookup-2", "deadline-9"]
    assert ids(filter_failures(failures, kinds=["deadline"])) == ["deadline-9"]
    assert ids(filter_failures(failures, splits=["dev"])) == ["lookup-2"]
    assert ids(filter_failures(failures, ["deadline"], ["dev"])) == []
    assert ids(filter_failures(failures, text="EXPECTED 2025")) == ["deadline-9"]


def test_stale_index_note(full_report: Path, tmp_path: Path) -> None:
    view = view_of(full_report)
    assert manifest_hash(tmp_path) is None  # no index: nothing to compare
    manifest = tmp_path / "current" / "manifest.json"
    manifest.parent.mkdir()
    manifest.write_bytes(b'{"model": "x"}')
    now = manifest_hash(tmp_path)
    assert now == hashlib.sha256(b'{"model": "x"}').hexdigest()[:16]
    note = stale_index_note(view, now)
    assert note and "report: feedbeef" in note and f"now: {now}" in note
    assert view.command in note
    assert stale_index_note(view, "feedbeef") is None and stale_index_note(view, None) is None


def test_report_dir_setting() -> None:
    assert Settings.from_env({}).report_dir == ROOT / "eval" / "reports" / "latest"
    assert Settings.from_env({"LEGALQA_REPORT_DIR": "/x/y"}).report_dir == Path("/x/y")


# --- the page ---------------------------------------------------------------------


def _page() -> None:
    from assistant.ui import evaluation_page

    evaluation_page.render()


@pytest.fixture
def page_for(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    def run(folder: Path, index_dir: Path | None = None) -> AppTest:
        monkeypatch.setenv("LEGALQA_REPORT_DIR", str(folder))
        monkeypatch.setenv("LEGALQA_INDEX_DIR", str(index_dir or folder / "no-index"))
        st.cache_resource.clear()  # Settings are cached per process
        at = AppTest.from_function(_page, default_timeout=60).run()
        assert not at.exception, at.exception
        return at

    yield run
    st.cache_resource.clear()


def test_page_shows_metrics_tables_and_plots(page_for, full_report: Path) -> None:
    at = page_for(full_report)
    titles = [m.value for m in at.markdown if m.value.startswith("**")]
    assert titles[:8] == [f"**{label}**" for label in HEADLINES]
    # each metric's box holds its dev then its test value
    metrics = [(m.label, m.value) for m in at.metric]
    assert len(metrics) == 16 and [m[0] for m in metrics] == ["dev", "test"] * 8
    assert metrics[:2] == [("dev", "0.500"), ("test", "0.667")]  # Recall@5
    assert metrics[8:10] == [("dev", "–"), ("test", "0.500")]  # computed: no deadline in dev
    assert len(at.get("image")) == 4  # three plots and the ablation chart
    assert at.caption[3].value == "dev: 2 cases · test: 3 cases"
    assert "abc1234" in at.caption[1].value and "model\u200b@tiny" in at.caption[1].value
    assert list(at.dataframe[0].value["kind"]) == ["deadline", "lookup", "out_of_scope"]
    at.radio(key="ev_kind_split").set_value("dev").run()
    assert list(at.dataframe[0].value["kind"]) == ["lookup"]
    assert [t.label for t in at.tabs] == ["Overall", "Split dev", "Split test"]


def test_page_downloads_and_stale_index_warning(
    page_for, full_report: Path, tmp_path: Path
) -> None:
    at = page_for(full_report)
    assert not at.warning  # no index to compare with
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Download summary.md", "Download report.json"]
    (tmp_path / "current").mkdir()
    (tmp_path / "current" / "manifest.json").write_text("{}", encoding="utf-8")
    at = page_for(full_report, index_dir=tmp_path)
    assert len(at.warning) == 1 and "index has changed" in at.warning[0].value


def test_page_failure_filters(page_for, full_report: Path) -> None:
    at = page_for(full_report)
    assert [e.label.split(" ")[0] for e in at.expander] == ["lookup-2", "deadline-9"]
    at.multiselect(key="ev_f_kind").select("deadline").run()
    assert [e.label.split(" ")[0] for e in at.expander] == ["deadline-9"]
    assert list(at.dataframe[-1].value["id"]) == ["deadline-9"]
    at.multiselect(key="ev_f_split").select("dev").run()
    assert not at.expander and "No failure matches" in at.info[0].value
    at.multiselect(key="ev_f_kind").unselect("deadline").run()
    assert [e.label.split(" ")[0] for e in at.expander] == ["lookup-2"]
    at.text_input(key="ev_f_text").input("nothing like this").run()
    assert not at.expander


def test_page_shows_report_text_as_data(page_for, full_report: Path) -> None:
    at = page_for(full_report)
    label = at.expander[0].label
    assert "<img" not in label and "&lt;img" in label and "\\*bold\\*" in label
    assert any(t.value == XSS for t in at.text)  # the answer, verbatim, as plain text
    rendered = " ".join(m.value for m in at.markdown)
    assert "<script" not in rendered and "](javascript" not in rendered


def test_page_without_report_says_how_to_make_one(page_for, tmp_path: Path) -> None:
    at = page_for(tmp_path)
    assert "no report.json" in at.info[0].value
    assert at.code[0].value == f"legalqa eval --report {tmp_path}"
    assert not at.metric
    (tmp_path / "report.json").write_text("{not json", encoding="utf-8")
    at = page_for(tmp_path)
    assert "cannot be read" in at.info[0].value and not at.exception


def _nav_pages() -> None:
    import streamlit as st

    from assistant.ui import nav

    st.text(";".join(f"{p.url_path}={p.title}" for p in nav.all_pages()))


def test_page_is_registered() -> None:
    at = AppTest.from_function(_nav_pages).run()  # st.Page needs a script run
    assert "evaluation=Evaluation" in at.text[0].value.split(";")
