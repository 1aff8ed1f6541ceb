"""The `legalqa` CLI with hostile arguments and input: exit 0 with an answer, or a clear
`error:` / usage message, never a traceback; `legalqa batch` over a 10,000-line stream.

Most runs are in-process (Typer's CliRunner) with the session's real Assistant patched
in, so the model is loaded once; two subprocess runs check the real entry point, its
stdin/stdout streaming and, with a logging socket guard, that no connection leaves the
machine.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import assistant.cli_ask as cli_ask
from assistant import loading
from assistant.cli import app
from tests.reliability.conftest import guarded_env, net_attempts
from tests.reliability.faults import truncate
from tests.reliability.strategies import LAWS, QUESTIONS, hostile_text

pytestmark = pytest.mark.slow
runner = CliRunner()
LEGALQA = str(Path(sys.executable).with_name("legalqa"))
FIXTURE_OK = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


@pytest.fixture
def cli_bot(bot, monkeypatch: pytest.MonkeyPatch):
    """The CLI commands use the session's Assistant instead of loading their own."""
    monkeypatch.setattr(cli_ask, "_bot", lambda: bot)
    monkeypatch.setattr(loading, "load_retriever", lambda *a, **k: bot.retriever)
    return bot


def no_traceback(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"uncaught {type(result.exception).__name__}: {result.exception}"
    )
    assert "Traceback" not in result.output


def clear_failure(result) -> None:
    """A non-zero exit must come with a message saying what is wrong."""
    assert result.exit_code == 2, result.exit_code
    assert "error:" in result.output or "Usage:" in result.output, result.output


@settings(max_examples=40, deadline=None, suppress_health_check=FIXTURE_OK)
@given(text=hostile_text(), dashdash=st.booleans(), as_json=st.booleans())
def test_cli_ask_any_text(cli_bot, text: str, dashdash: bool, as_json: bool) -> None:
    args = ["ask", *(["--json"] if as_json else []), *(["--"] if dashdash else []), text]
    result = runner.invoke(app, args)
    no_traceback(result)
    if result.exit_code == 0:
        assert result.stdout.strip()
        if as_json:
            out = json.loads(result.stdout)
            assert out["answer"].strip() and out["route"]
    else:
        assert not dashdash, "after `--` any text is a question"
        clear_failure(result)  # e.g. text starting with "-" read as an option


@settings(max_examples=30, deadline=None, suppress_health_check=FIXTURE_OK)
@given(laws=LAWS, today=st.one_of(st.none(), st.text(max_size=12), st.dates().map(str)))
def test_cli_ask_any_options(cli_bot, laws: list[str] | None, today: str | None) -> None:
    args = ["ask", "How long can the police detain a suspect?"]
    for law in laws or []:
        args += ["--law", law]
    if today is not None:
        args += ["--today", today]
    result = runner.invoke(app, args)
    no_traceback(result)
    if result.exit_code != 0:
        clear_failure(result)


NUMBERS = st.one_of(
    st.integers(-10, 1000).map(str),
    st.integers().map(str),
    st.text(max_size=8),
    st.sampled_from(["83", "0", "-1", "1e3", "99999999999999999999999", "８３", "٨٣"]),
)
LAW_NAMES = st.one_of(
    st.sampled_from(["cpl", "guide", "spp-rules", "spp-juvenile", "mps-procedures"]),
    st.text(max_size=20),
)


@settings(max_examples=40, deadline=None, suppress_health_check=FIXTURE_OK)
@given(law=LAW_NAMES, number=NUMBERS)
def test_cli_article_any_arguments(cli_bot, law: str, number: str) -> None:
    result = runner.invoke(app, ["article", "--", law, number])
    no_traceback(result)
    if result.exit_code == 0:
        assert "Article" in result.stdout
    else:
        clear_failure(result)


@settings(max_examples=30, deadline=None, suppress_health_check=FIXTURE_OK)
@given(query=hostile_text(long=False), k=st.integers(-3, 10**6), as_json=st.booleans())
def test_cli_search_any_query(cli_bot, query: str, k: int, as_json: bool) -> None:
    args = ["search", "-k", str(k), *(["--json"] if as_json else []), "--", query]
    result = runner.invoke(app, args)
    no_traceback(result)
    if result.exit_code == 0 and as_json:
        assert isinstance(json.loads(result.stdout), list)
    elif result.exit_code != 0:
        clear_failure(result)


def _stream_10k() -> tuple[list[str], int]:
    """10,000 lines: 51 questions that reach retrieval; the rest empty questions (answered
    with a prompt to ask), blank, malformed, invalid and huge lines."""
    real = [json.dumps({"id": f"q{i}", "question": q}) for i, q in enumerate(QUESTIONS)]
    kinds = [
        "",
        "   ",
        "{not json",
        "[1, 2]",
        '{"question": 42}',
        '{"question": ""}',
        '{"question": "?"}',
        '{"question": "x", "laws": ["nope"]}',
        '{"question": "x", "today": "yesterday"}',
    ]
    lines, asked = [], 0
    for i in range(10_000):
        if i % 250 == 0:  # 40 real questions
            lines.append(real[(i // 250) % len(real)])
            asked += 1
        elif i % 1000 == 7:  # 10 hostile ones
            lines.append(json.dumps({"question": "<script>alert(1)</script>\u202e\ud800 bail?"}))
            asked += 1
        elif i in (5000, 7000):
            lines.append("z" * 1_100_000)  # over the line limit
        elif i == 9000:
            lines.append(json.dumps({"question": "detention " * 20_000 + "?"}))
        else:
            lines.append(kinds[i % len(kinds)])
    return lines, asked


def test_cli_batch_10k_lines_real_bot(cli_bot, tmp_path: Path) -> None:
    lines, _ = _stream_10k()
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    t0 = time.perf_counter()
    result = runner.invoke(app, ["batch", str(src), "-o", str(out)])
    elapsed = time.perf_counter() - t0
    no_traceback(result)
    assert result.exit_code == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(lines) == 10_000
    for n, (line, row) in enumerate(zip(lines, rows, strict=True), 1):
        if not line.strip():
            assert row["error"] == f"line {n}: blank line"
        assert ("error" in row) != ("answer" in row)
    answered = sum("answer" in r for r in rows)
    assert f"batch: {answered} answered, {10_000 - answered} errors" in result.stderr
    print(f"10,000 lines, {answered} answered, {elapsed:.1f} s")


# -- clear messages when files are missing or unusable ----------------------------------------


COMMANDS = [["ask", "bail?"], ["article", "cpl", "36"], ["search", "bail"], ["batch", "-"],
            ["index", "build", "--if-stale"]]  # fmt: skip


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_cli_missing_corpus_is_a_clear_error(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEGALQA_ARTICLES", str(tmp_path / "articles.jsonl"))
    result = runner.invoke(app, args, input='{"question": "bail?"}\n')
    no_traceback(result)
    clear_failure(result)
    assert "articles.jsonl" in result.output and "corpus build" in result.output


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_cli_damaged_corpus_is_a_clear_error(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bot_settings
) -> None:
    bad = tmp_path / "articles.jsonl"
    lines = bot_settings.articles_path.read_text(encoding="utf-8").splitlines(keepends=True)
    bad.write_text("".join(lines[:5]) + '{"law": "cpl", "article": \n' + "".join(lines[5:]))
    monkeypatch.setenv("LEGALQA_ARTICLES", str(bad))
    result = runner.invoke(app, args, input='{"question": "bail?"}\n')
    no_traceback(result)
    clear_failure(result)
    assert "articles.jsonl:6" in result.output


@pytest.mark.parametrize(
    "args", [c for c in COMMANDS if c[0] != "article"], ids=lambda a: " ".join(a[:2])
)
def test_cli_unusable_index_is_a_clear_error(
    args: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    good_index: Path,
    readonly,
    embedder,
) -> None:
    """Damaged index in a folder that cannot be written: say so, do not answer."""
    from tests.reliability.faults import ConstantEmbedder

    idx = tmp_path / "index"
    shutil.copytree(good_index, idx, symlinks=True)
    truncate((idx / "current").resolve() / "dense.faiss")
    readonly(idx)
    monkeypatch.setenv("LEGALQA_INDEX_DIR", str(idx))
    fast = ConstantEmbedder(embedder.model_id, embedder.dim)  # the doomed rebuild embeds all
    monkeypatch.setattr(loading, "SentenceEmbedder", lambda *_model: fast)
    result = runner.invoke(app, args, input='{"question": "bail?"}\n')
    no_traceback(result)
    clear_failure(result)
    assert "dense.faiss is damaged" in result.output and "cannot be rebuilt" in result.output
    assert '"answer"' not in result.output


# -- the real entry point -----------------------------------------------------------------------


def _read_line(stream, timeout: float) -> bytes:
    end = time.monotonic() + timeout
    buf = b""
    while not buf.endswith(b"\n"):
        left = end - time.monotonic()
        if left <= 0 or not select.select([stream], [], [], left)[0]:
            raise TimeoutError(f"no output line within {timeout} s (got {buf!r})")
        chunk = os.read(stream.fileno(), 1)
        if not chunk:
            break
        buf += chunk
    return buf


def test_subprocess_batch_streams_undecodable_input_offline(
    tmp_path: Path, good_index: Path
) -> None:
    """`legalqa batch -` answers line 1 before line 2 is written; bytes that are not UTF-8
    are one error (or answer) line, not a crash; nothing leaves the machine."""
    # Strict UTF-8 standard streams, as under an en_US.UTF-8 locale (C.UTF-8 would use
    # surrogateescape and hide the problem).
    env, netlog = guarded_env(
        tmp_path, LEGALQA_INDEX_DIR=str(good_index), PYTHONIOENCODING="utf-8:strict"
    )
    proc = subprocess.Popen(
        [LEGALQA, "batch", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        proc.stdin.write(b'{"question": "How long can the police detain a suspect?"}\n')
        proc.stdin.flush()
        first = json.loads(_read_line(proc.stdout, 300))
        assert first["answer"] and first["citations"]
        rest = [b'{"question": "bail \xff\xfe pending trial?"}', b"\xc3\x28 not json", b"",
                b'{"question": "\\ud800 detention?"}']  # fmt: skip
        out, err = proc.communicate(b"\n".join(rest) + b"\n", timeout=300)
    finally:
        proc.kill()
    rows = [json.loads(x) for x in out.decode("utf-8").splitlines()]
    assert len(rows) == len(rest), (rows, err.decode(errors="replace"))  # + the first line
    assert proc.returncode == 0 and b"Traceback" not in err, err.decode(errors="replace")
    assert net_attempts(netlog) == []


def test_subprocess_ask_undecodable_argv_offline(tmp_path: Path, good_index: Path) -> None:
    env, netlog = guarded_env(tmp_path, LEGALQA_INDEX_DIR=str(good_index))
    done = subprocess.run(
        [LEGALQA, "ask", "--json", b"\xff\xfe can I get bail pending trial?"],
        capture_output=True,
        env=env,
        timeout=300,
    )
    err = done.stderr.decode(errors="replace")
    assert done.returncode == 0 and "Traceback" not in err, err
    assert json.loads(done.stdout)["answer"]
    assert net_attempts(netlog) == []
