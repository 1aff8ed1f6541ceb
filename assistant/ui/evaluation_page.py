"""Evaluation page: the latest `legalqa eval --report` folder, shown as data.

Everything taken from the report reaches the screen through `st.metric` values,
`st.dataframe`, `st.text`, `st.code` or `md_escape`, so a question or answer in the
report cannot inject Markdown or HTML. The folder is `Settings.report_dir`
(`LEGALQA_REPORT_DIR`, default `eval/reports/latest`).
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from assistant.settings import ROOT
from assistant.ui import loader
from assistant.ui.render import md_escape
from assistant.ui.report_failures import Failure, filter_failures
from assistant.ui.report_view import (
    ALL,
    NoReport,
    ReportView,
    Table,
    load_report_view,
    manifest_hash,
    stale_index_note,
)

SHOWN = 40  # failure expanders drawn at once; the table above lists them all
DOWNLOADS = (("summary.md", "text/markdown"), ("report.json", "application/json"))
CLIP = 100  # characters of the question in an expander label (the full text is inside)
FILES = ("report.json", "comparison.md", "comparison.png", "metrics_by_kind.png",
         "recall_at_k.png", "latency.png")  # fmt: skip


def _shown_path(path: Path) -> str:
    """A path relative to the project when inside it (shorter, and what users type)."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _stamp(folder: Path) -> tuple[tuple[str, int], ...]:
    """Modification times of the files read, so a new report is picked up at once."""
    paths = [p for name in FILES for p in (folder / name, folder / "ablations" / name)]
    return tuple((p.name, p.stat().st_mtime_ns) for p in paths if p.is_file())


@st.cache_resource(show_spinner=False, max_entries=4)
def _load(folder: str, stamp: tuple[tuple[str, int], ...]) -> ReportView | NoReport:
    return load_report_view(Path(folder), _shown_path(Path(folder)))


def _ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _metadata(view: ReportView) -> None:
    m = view.metadata
    parts = [
        f"Run {m.started or 'unknown'}",
        f"code {m.git_sha or 'unknown'}",
        f"dataset {_shown_path(Path(m.dataset)) if m.dataset else 'unknown'}",
        f"split {m.split or 'unknown'}",
        f"{m.n_cases if m.n_cases is not None else view.n_rows} cases",
        f"model {m.model or 'unknown'}",
        f"index {m.index_hash or 'unknown'}",
    ]
    st.caption(md_escape(" · ".join(parts)))
    st.caption(md_escape(f"Report folder: {_shown_path(view.folder)}"))


def _downloads(view: ReportView) -> None:
    files = [(n, m) for n, m in DOWNLOADS if (view.folder / n).is_file()]
    for col, (name, mime) in zip(st.columns(max(len(files), 1)), files, strict=False):
        data = (view.folder / name).read_bytes()
        col.download_button(
            f"Download {name}", data, file_name=name, mime=mime, key=f"ev-dl-{name}"
        )


def _headline(view: ReportView) -> None:
    """Each metric for every split side by side (dev next to test), or overall only."""
    st.subheader("Headline metrics")
    sizes = [f"{s}: {'?' if n is None else n} cases" for s, n in view.splits]
    st.caption(md_escape(" · ".join(sizes) or "Overall only: the report has no splits."))
    for start in range(0, len(view.headline), 2):
        for col, h in zip(st.columns(2), view.headline[start : start + 2], strict=False):
            better = "lower" if h.lower_is_better else "higher"
            box = col.container(border=True)
            box.markdown(f"**{h.label}**", help=f"{h.hint} ({better} is better).")
            values = h.values or (("overall", h.overall),)
            for cell, (split, value) in zip(box.columns(len(values)), values, strict=True):
                cell.metric(md_escape(split), _ratio(value))


def _table(table: Table, key: str) -> None:
    numbers = {c: st.column_config.NumberColumn(format="%.3f") for c in table.columns[1:]}
    if "n" in numbers:
        numbers["n"] = st.column_config.NumberColumn(format="%d")
    st.dataframe(table.records(), hide_index=True, column_config=numbers, key=key)


def _kinds(view: ReportView) -> None:
    st.subheader("By kind of question")
    tables = dict(view.kinds)
    names = list(tables)
    pick = st.radio(
        "Cases", names, horizontal=True, key="ev_kind_split",
        format_func=lambda s: "All splits" if s == ALL else f"{s} split",
    )  # fmt: skip
    _table(tables[pick or ALL], key="ev_kinds")
    st.caption("Macro-averages over the cases where a metric is defined; None = undefined.")


def _plots(view: ReportView) -> None:
    st.subheader("Plots")
    for plot in view.plots:
        st.image(str(plot.path), caption=plot.title, alt=plot.title)
    if view.missing_plots:
        st.caption(md_escape("Not in the report: " + ", ".join(view.missing_plots)))


def _ablations(view: ReportView) -> None:
    if view.ablations is None:
        return
    st.subheader("Retrieval ablations")
    st.caption("Each retriever variant on the questions with gold articles.")
    tables = view.ablations.tables
    if tables:
        titles = [md_escape(title) or "Table" for title, _ in tables]
        for i, (tab, (_, table)) in enumerate(zip(st.tabs(titles), tables, strict=True)):
            with tab:
                _table(table, key=f"ev_ablation_{i}")
    if view.ablations.chart is not None:
        st.image(str(view.ablations.chart), caption="Retrieval variants", alt="Ablation chart")


def _failure(f: Failure, i: int) -> None:
    question = f.question if len(f.question) <= CLIP else f.question[: CLIP - 1] + "…"
    with st.expander(md_escape(f"{f.id} ({f.kind}, {f.split}): {question}"), key=f"ev-f-{i}"):
        st.markdown("**Question**")
        st.text(f.question)
        st.markdown("**Expected**")
        st.code(f.expected, language="json", wrap_lines=True)
        st.markdown("**Got**")
        st.text(f.got or "(no answer)")
        st.code(f.got_structured, language="json", wrap_lines=True)
        st.markdown("**Why**")
        st.markdown("\n".join(f"- {md_escape(r)}" for r in f.why) or "(no reason recorded)")


def _failures(view: ReportView) -> None:
    st.subheader(f"Failures ({len(view.failures)} of {view.n_rows} cases)")
    left, mid, right = st.columns(3)
    kinds = left.multiselect("Kind", sorted({f.kind for f in view.failures}), key="ev_f_kind",
                             placeholder="All kinds")  # fmt: skip
    splits = mid.multiselect("Split", sorted({f.split for f in view.failures}), key="ev_f_split",
                             placeholder="All splits")  # fmt: skip
    text = right.text_input("Contains", key="ev_f_text", placeholder="id, question or reason")
    shown = filter_failures(view.failures, kinds, splits, text)
    if not shown:
        st.info("No failure matches these filters.")
        return
    rows = [{"id": f.id, "kind": f.kind, "split": f.split, "question": f.question,
             "why": "; ".join(f.why)} for f in shown]  # fmt: skip
    st.dataframe(rows, hide_index=True, key="ev_f_table")
    if len(shown) > SHOWN:
        st.caption(f"Details of the first {SHOWN} of {len(shown)}; narrow the filters for more.")
    for i, f in enumerate(shown[:SHOWN]):
        _failure(f, i)


def _no_report(view: NoReport) -> None:
    st.info(md_escape(view.reason))
    st.markdown("Write a report there with the evaluation command (add `--ablations` for "
                "the retriever variants):")  # fmt: skip
    st.code(view.command, language="bash")


def render() -> None:
    st.title("Evaluation")
    st.caption(
        "How well the assistant does on the evaluation set: retrieval, citations, facts, "
        "computed deadlines and abstention, on the dev and test splits."
    )
    folder = loader.base_settings().report_dir
    view = _load(str(folder), _stamp(folder))
    if isinstance(view, NoReport):
        _no_report(view)
        return
    _metadata(view)
    stale = stale_index_note(view, manifest_hash(loader.base_settings().index_dir))
    for warning in (*view.warnings, *([stale] if stale else [])):
        st.warning(md_escape(warning))
    _downloads(view)
    _headline(view)
    _kinds(view)
    _plots(view)
    _ablations(view)
    _failures(view)
