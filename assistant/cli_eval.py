"""`legalqa eval`: score the assistant, its retriever or an external benchmark.

Thin: parse options, call `assistant.evaluation`, print a short table, and write files
only when an output option (`--report`, `--export-beir`) is given.

Modes (one per call):

* default: the eval set (`--dataset`, `--split`) through the `legalqa batch` code path;
* `--generic PATH`: any question/answer JSONL, fields named by `--*-field`;
* `--beir DIR`: our retriever on an external BEIR corpus indexed in memory;
* `--export-beir DIR`: write our corpus and eval set in BEIR format, then stop.

`--ablations` adds the retrieval variants (BM25, dense, hybrid, hybrid + glossary,
production, LangChain baseline) side by side, on the eval set or the BEIR dataset.

Report directory (`--report DIR`; `make eval` and the app's Evaluation page use
`eval/reports/latest`): `report.json`, `summary.md`, `metrics_by_kind.png`,
`recall_at_k.png`, `latency.png`, and with `--ablations` `ablations/comparison.md` and
`ablations/comparison.png`.
"""

from __future__ import annotations

import hashlib
import logging
import subprocess
import time
from pathlib import Path
from typing import Any

import typer

from assistant.cli import _fail, _setup_logging, app
from assistant.settings import ROOT, Settings

DEFAULT_DATASET = ROOT / "eval" / "qa.jsonl"
LATEST_REPORT = ROOT / "eval" / "reports" / "latest"
REPORT_HELP = "Write report.json, summary.md and PNG plots here (the app reads eval/reports/latest)"
BEIR_COLUMNS = ("recall@1", "recall@5", "recall@10", "recall@100", "mrr@10", "ndcg@10", "f2")


def load_assistant(settings: Settings, progress: bool) -> Any:
    """The assistant exactly as `legalqa batch` builds it (patched in tests)."""
    from assistant.assistant import Assistant

    return Assistant.from_settings(settings, progress=progress)


def load_embedder(settings: Settings) -> Any:
    """The packaged (or configured) sentence embedder (patched in tests)."""
    from assistant.loading import load_embedder as configured

    return configured(settings)


def _sha256(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path.is_file() else None


def _git(*args: str) -> str:
    try:
        out = subprocess.run(["git", *args], cwd=ROOT, text=True, capture_output=True,
                             timeout=10, check=False)  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return ""
    return out.stdout.strip()


def _git_sha() -> str:
    """HEAD's short sha, with "+dirty" when tracked files differ from it."""
    sha = _git("rev-parse", "--short", "HEAD") or "unknown"
    return sha + ("+dirty" if _git("status", "--porcelain", "--untracked-files=no") else "")


def run_metadata(settings: Settings, **extra: Any) -> dict[str, Any]:
    """What a report records about its run: code, index, model, data and time."""
    manifest = settings.index_dir / "current" / "manifest.json"
    meta = {"git_sha": _git_sha(), "index_manifest_sha256": _sha256(manifest)}
    meta["started"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    return meta | {k: (str(v) if isinstance(v, Path) else v) for k, v in extra.items()}


def _export(settings: Settings, dataset: Path, split: str, out: Path) -> None:
    from assistant.evaluation.datasets import export_beir, load_qa
    from assistant.evaluation.runner import select_split
    from assistant.loading import load_corpus

    cases = select_split(load_qa(dataset), split)
    articles = load_corpus(settings).articles
    splits = export_beir(articles, cases, out)
    typer.echo(f"| corpus | queries | {' | '.join(f'qrels {s}' for s in splits)} |")
    typer.echo("|---" * (2 + len(splits)) + "|")
    counts = [str(sum(1 for c in cases if c.split == s and c.gold)) for s in splits]
    typer.echo(f"| {len(articles)} | {len(cases)} | {' | '.join(counts)} |")
    typer.echo(f"wrote BEIR files to {out}", err=True)


def _beir(settings: Settings, directory: Path, split: str, ablations: bool, quiet: bool,
          report_dir: Path | None) -> None:  # fmt: skip
    from assistant.evaluation import ablations as abl
    from assistant.evaluation import external
    from assistant.evaluation.baseline import langchain_ensemble
    from assistant.evaluation.datasets import load_beir
    from assistant.evaluation.report import compare_runs, markdown_table, write_report
    from assistant.retrieval.glossary import expand

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import
    data = load_beir(directory, split)
    t0 = time.perf_counter()
    embedder = external.CachedEmbedder(load_embedder(settings))
    index = external.DocIndex.build(data, embedder, progress=not quiet)
    queries = [data.queries[q] for q in data.judged_queries()]
    embedder.prime(queries + [expand(q) for q in queries], progress=not quiet)
    fns = external.search_fns(index)
    if not ablations:
        fns = {external.PRODUCTION: fns[external.PRODUCTION]}
    else:
        abl.add_baseline(fns, lambda: langchain_ensemble(
            index.ids, index.texts, embedder, external.DEPTH, index.vectors))  # fmt: skip
    meta = run_metadata(settings, benchmark=directory, model_id=embedder.model_id,
                        f2_rule="top-1 article", min_depth=external.DEPTH)  # fmt: skip
    reports = abl.run_beir_variants(fns, data, progress=not quiet)
    for rep in reports.values():
        rep.metadata.update(meta)
    overall = {name: rep.overall for name, rep in reports.items()}
    typer.echo(markdown_table(overall, [*BEIR_COLUMNS, "n"], "variant"))
    typer.echo(f"{data.name}: {time.perf_counter() - t0:.0f} s", err=True)
    if report_dir is not None:
        write_report(reports[external.PRODUCTION], report_dir)
        if ablations:
            compare_runs(reports, report_dir / "ablations", [*BEIR_COLUMNS])
        typer.echo(f"wrote report to {report_dir}", err=True)


def _cases(dataset: Path, split: str, generic: Path | None, fields: dict[str, Any]) -> list[Any]:
    from assistant.evaluation.datasets import load_generic_qa, load_qa
    from assistant.evaluation.runner import select_split

    cases = load_generic_qa(generic, **fields) if generic else load_qa(dataset)
    selected = select_split(cases, split)
    if not selected:
        _fail(f"no cases in split {split!r} of {generic or dataset}")
    return selected


def _qa(settings: Settings, cases: list[Any], ablations: bool, quiet: bool,
        report_dir: Path | None, source: Path, split: str) -> None:  # fmt: skip
    from assistant.evaluation import ablations as abl
    from assistant.evaluation import runner
    from assistant.evaluation.report import compare_runs, write_report

    try:
        bot = load_assistant(settings, progress=not quiet)
    except Exception as e:  # any load failure is reported, not traced
        _fail(f"cannot load the assistant ({type(e).__name__}: {e})")
    meta = run_metadata(settings, dataset=source, split=split,
                        model_id=getattr(bot.retriever.embedder, "model_id", None))  # fmt: skip
    report = runner.evaluate(bot, cases, progress=not quiet, metadata=meta)
    typer.echo(runner.short_table(report))
    errors = sum(1 for r in report.rows if r.metrics.get("error"))
    if errors:
        typer.echo(f"warning: {errors} case(s) raised an error (see the failures)", err=True)
    reports = {}
    if ablations:
        questions = [c.question for c in cases]
        fns = abl.corpus_variants(bot.retriever, questions, progress=not quiet)
        reports = abl.run_variants(fns, bot.corpus.articles, cases, progress=not quiet)
        typer.echo("\n" + compare_runs(reports, metrics=abl.COLUMNS[:-2]))
    if report_dir is not None:
        write_report(report, report_dir)
        (report_dir / "summary.md").write_text(runner.full_summary(report), encoding="utf-8")
        if reports:
            compare_runs(reports, report_dir / "ablations", abl.COLUMNS[:-2])
        typer.echo(f"wrote report to {report_dir}", err=True)


@app.command("eval")
def eval_command(
    dataset: Path = typer.Option(DEFAULT_DATASET, "--dataset", help="Eval-set JSONL"),
    split: str = typer.Option("all", "--split", help="dev | test | all"),
    report: Path = typer.Option(None, "--report", metavar="DIR", help=REPORT_HELP),
    beir: Path = typer.Option(None, "--beir", metavar="DIR",
                              help="Evaluate the retriever on a BEIR dataset (in memory)"),
    beir_split: str = typer.Option("test", "--beir-split", help="qrels/<split>.tsv to use"),
    generic: Path = typer.Option(None, "--generic", metavar="PATH",
                                 help="Generic question/answer JSONL instead of --dataset"),
    question_field: str = typer.Option("question", "--question-field"),
    answer_field: str = typer.Option("answer", "--answer-field"),
    id_field: str = typer.Option("id", "--id-field"),
    gold_field: str = typer.Option(None, "--gold-field", help="Gold 'law:N' refs (optional)"),
    ablations: bool = typer.Option(False, "--ablations", help="Retrieval variants side by side"),
    export_beir: Path = typer.Option(None, "--export-beir", metavar="DIR",
                                     help="Write corpus + eval set as BEIR, then stop"),
    quiet: bool = typer.Option(False, "--quiet", help="No progress bars or info messages"),
) -> None:  # fmt: skip
    """Evaluate the assistant (or its retriever) and print a short table."""
    _setup_logging(quiet)
    if quiet:  # main() may already have configured logging at INFO
        logging.getLogger().setLevel(logging.WARNING)
    if split not in ("dev", "test", "all"):
        _fail(f"--split must be dev, test or all, not {split!r}")
    if sum(x is not None for x in (beir, generic, export_beir)) > 1:
        _fail("use at most one of --beir, --generic and --export-beir")
    settings = Settings.from_env()
    from assistant.evaluation.schema import DatasetError

    try:
        if export_beir is not None:
            return _export(settings, dataset, split, export_beir)
        if beir is not None:
            return _beir(settings, beir, beir_split, ablations, quiet, report)
        fields = {"question_field": question_field, "answer_field": answer_field,
                  "id_field": id_field, "gold_field": gold_field}  # fmt: skip
        cases = _cases(dataset, split, generic, fields)
        _qa(settings, cases, ablations, quiet, report, generic or dataset, split)
    except (DatasetError, FileNotFoundError) as e:
        _fail(str(e))
