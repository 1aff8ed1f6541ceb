"""`legalqa ask | article | chat | batch`: the assistant from the terminal."""

from __future__ import annotations

import io
import json
import sys
import time
from datetime import date
from pathlib import Path

import typer

from assistant.cli import _fail, _setup_logging, app, load_errors
from assistant.settings import Settings


def _bot():
    """The assistant, or a one-line error (never a traceback) when files are unusable."""
    from assistant.assistant import Assistant

    try:
        return Assistant.from_settings(Settings.from_env())
    except load_errors() as e:
        _fail(str(e))


def _today(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail(f"--today must be YYYY-MM-DD, not {value!r}")
    return None


@app.command()
def ask(
    question: str,
    law: list[str] = typer.Option(None, "--law", help="Restrict to instrument(s)"),
    today: str = typer.Option(None, "--today", help="Reference date YYYY-MM-DD"),
    as_json: bool = typer.Option(False, "--json", help="The batch JSON object"),
) -> None:
    """Answer one question, with verified citations."""
    from assistant.batch import answer_to_json

    _setup_logging(quiet=True)
    answer = _bot().ask(question, (), law or None, _today(today))
    if as_json:
        typer.echo(json.dumps(answer_to_json(answer), ensure_ascii=False, indent=2))
    else:
        typer.echo(answer.text)
        typer.echo(f"\n[route: {answer.route}; {answer.latency_ms:.0f} ms]", err=True)


@app.command()
def article(law: str, number: int) -> None:
    """Print one article: `legalqa article spp-rules 83`."""
    from assistant.corpus.instruments import INSTRUMENTS
    from assistant.loading import load_corpus

    if law not in INSTRUMENTS:
        _fail(f"unknown law {law!r}; known: {', '.join(INSTRUMENTS)}")
    try:
        corpus = load_corpus(Settings.from_env())
    except load_errors() as e:
        _fail(str(e))
    art = corpus.get(law, number)
    if art is None:
        nums = corpus.numbers(law)
        has = f"it has Articles {nums[0]}–{nums[-1]}" if nums else "it has no numbered articles"
        _fail(f"{INSTRUMENTS[law].short} has no Article {number} ({has})")
    inst = INSTRUMENTS[law]
    typer.echo(f"{inst.title} ({inst.version})\nArticle {number} — {art.chapter} {art.section}\n")
    typer.echo(art.text)


@app.command()
def chat(law: list[str] = typer.Option(None, "--law")) -> None:
    """A terminal chat with history (empty line or Ctrl-D to quit)."""
    _setup_logging(quiet=True)
    bot = _bot()
    history: list[tuple[str, str]] = []
    typer.echo("Ask about Chinese criminal procedure. Empty line to quit.")
    while True:
        try:
            q = input("you> ")
        except (EOFError, KeyboardInterrupt):
            break
        if not q.strip():
            break
        answer = bot.ask(q, history, law or None)
        typer.echo(f"\n{answer.text}\n")
        history += [("user", q), ("assistant", answer.text)]


@app.command()
def batch(
    input_path: str = typer.Argument(..., metavar="INPUT", help="JSONL file, or - for stdin"),
    output: Path = typer.Option(None, "-o", "--output", help="Output JSONL (default stdout)"),
) -> None:
    """Answer a JSONL stream: one output line per input line, in order."""
    from assistant.batch import run_stream

    _setup_logging(quiet=True)
    if input_path != "-" and not Path(input_path).is_file():
        _fail(f"input file not found: {input_path}")
    t0 = time.perf_counter()
    bot = _bot()
    # Undecodable bytes become U+FFFD on stdin as in files: one bad line never ends the run.
    if input_path == "-":
        src = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    else:
        src = open(input_path, encoding="utf-8", errors="replace")  # noqa: SIM115
    dst = sys.stdout if output is None else output.open("w", encoding="utf-8")
    try:
        ok, bad = run_stream(bot, src, dst)
    finally:
        if input_path == "-":
            src.detach()  # leave the process's stdin open
        else:
            src.close()
        if dst is not sys.stdout:
            dst.close()
    typer.echo(f"batch: {ok} answered, {bad} errors, {time.perf_counter() - t0:.1f} s", err=True)
