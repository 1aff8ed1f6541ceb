"""The `legalqa` command line (Typer). Thin: parse arguments, call the library, print."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import typer

from assistant.settings import Settings


def load_errors() -> tuple[type[BaseException], ...]:
    """Problems with files on disk that the CLI reports in one line, not a traceback.

    A function, not a constant: an `except` clause evaluates it only when something was
    raised, so `legalqa article`, `corpus` and `--help` never import the retrieval stack.
    """
    from assistant.retrieval.backend import BackendError
    from assistant.retrieval.store import IndexProblem

    return (OSError, ValueError, IndexProblem, BackendError)


app = typer.Typer(help="LegalQA: grounded answers over Chinese criminal-procedure rules.")
corpus_app = typer.Typer(help="Parse and check the source texts.")
app.add_typer(corpus_app, name="corpus")
log = logging.getLogger("legalqa")


def _setup_logging(quiet: bool = False) -> None:
    logging.basicConfig(
        level=logging.WARNING if quiet else logging.INFO,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    for noisy in ("faiss", "sentence_transformers", "transformers", "bm25s", "httpx"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


@corpus_app.command("build")
def corpus_build(
    out: Path = typer.Option(None, help="Output JSONL (default corpus/articles.jsonl)"),
) -> None:
    """Parse corpus/raw/*.txt into corpus/articles.jsonl (deterministic, atomic)."""
    from assistant.corpus.build import CorpusError, build_corpus

    settings = Settings.from_env()
    try:
        built = build_corpus(out or settings.articles_path, settings.raw_dir)
    except CorpusError as e:
        _fail(str(e))
    typer.echo(f"wrote {len(built.articles)} records to {out or settings.articles_path}")


@corpus_app.command("check")
def corpus_check() -> None:
    """Per instrument: articles found, expected range, missing numbers, recovered headers."""
    from assistant.corpus.build import CorpusError, check_corpus, parse_corpus

    try:
        built = parse_corpus(Settings.from_env().raw_dir)
    except CorpusError as e:
        _fail(str(e))
    checks, removed, front = check_corpus(built)
    bad = False
    for c in checks:
        rng = f"{c.expected[0]}-{c.expected[1]}" if c.expected else "n/a"
        typer.echo(f"{c.law:15} found {c.found:4}  expected range {rng}")
        for m in c.missing:
            typer.echo(f"    missing Article {m.article}: {m.reason}")
        for r in c.recovered:
            typer.echo(f"    recovered {r}")
        if c.unexplained:
            bad = True
            typer.echo(f"    UNEXPLAINED GAPS: {', '.join(map(str, c.unexplained))}")
    typer.echo(
        f"boilerplate lines removed: {removed}; front-matter lines (title, TOC) skipped: {front}"
    )
    if bad:
        raise typer.Exit(1)


index_app = typer.Typer(help="Build and inspect the retrieval index.")
app.add_typer(index_app, name="index")


@index_app.command("build")
def index_build(
    if_stale: bool = typer.Option(False, "--if-stale", help="Only rebuild a missing/stale index"),
    quiet: bool = typer.Option(False, "--quiet", help="No progress bar or info messages"),
) -> None:
    """Build index/ (BM25 arrays, faiss index, chunks, manifest) atomically."""
    from assistant.loading import load_backend

    _setup_logging(quiet)
    settings = Settings.from_env()
    try:  # the configured backend: embedded files, or the Milvus collection
        load_backend(settings, progress=not quiet, force=not if_stale)
    except load_errors() as e:
        _fail(str(e))
    if not quiet:
        typer.echo(f"index ready in {settings.index_dir}")


@app.command()
def search(
    query: str,
    k: int = typer.Option(10, "-k", help="How many articles"),
    law: list[str] = typer.Option(None, "--law", help="Restrict to instrument(s)"),
    as_json: bool = typer.Option(False, "--json", help="JSON output"),
) -> None:
    """Retrieve the best-matching articles for a query."""
    import json

    from assistant.answer.normalize import clean
    from assistant.loading import load_backend

    _setup_logging(quiet=True)
    try:
        retriever = load_backend(Settings.from_env())
    except load_errors() as e:
        _fail(str(e))
    hits = retriever.search(clean(query).text, k=k, laws=law or None)
    if as_json:
        rows = [{"rank": h.rank, "law": h.law, "article": h.article, "chunk_id": h.chunk_id,
                 "score": round(h.score, 6), "scores": h.scores, "text": h.text} for h in hits]  # fmt: skip
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for h in hits:
        first = h.text.split("\n", 1)[-1][:110].replace("\n", " ")
        typer.echo(f"{h.rank:2}. [{h.law} {h.article}] {h.score:.4f}  {first}")


def main() -> None:
    import assistant.cli_ask  # noqa: F401  (registers ask/article/chat/batch)
    from assistant import cli_eval  # noqa: F401  (registers eval)

    _setup_logging()
    app()


if __name__ == "__main__":
    main()
