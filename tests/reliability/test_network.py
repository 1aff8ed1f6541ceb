"""No network at run time: building the index, answering and evaluating open no
connection beyond loopback, even without the HF_*_OFFLINE flags; Streamlit's usage
statistics are off; feedback and exports are written only locally, only on request.

Connections are recorded (not only refused) by the `net_log` fixture in-process and by
a `sitecustomize` guard in subprocesses, so an attempt that the code catches and
ignores still fails the test. Starting the app is checked in test_app_load.py.
"""

from __future__ import annotations

import builtins
import io
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.reliability.conftest import REPO, NetLog, guarded_env, net_attempts

LEGALQA = str(Path(sys.executable).with_name("legalqa"))


def test_streamlit_config_is_local_and_sends_no_statistics() -> None:
    cfg = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert cfg["browser"]["gatherUsageStats"] is False
    assert cfg["server"]["address"] == "127.0.0.1"
    assert cfg["server"].get("enableXsrfProtection", True) is True
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    run = makefile.split("\nrun:", 1)[1].split("\n\n", 1)[0]
    assert "--server.address 127.0.0.1" in run


@pytest.mark.slow
def test_cli_answers_without_offline_flags(tmp_path: Path, good_index: Path) -> None:
    """A fresh process with no HF_HUB_OFFLINE / TRANSFORMERS_OFFLINE: it loads the
    packaged model and the index and answers, and attempts no connection. (Building the
    index is checked in test_index_damage.py::test_edited_corpus_is_rebuilt_before_answering.)"""
    env, netlog = guarded_env(tmp_path, LEGALQA_INDEX_DIR=str(good_index))
    for flag in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
        env.pop(flag, None)
    done = subprocess.run(
        [LEGALQA, "ask", "--json", "How long can the procuratorate detain a suspect?"],
        capture_output=True,
        env=env,
        timeout=900,
    )
    err = done.stderr.decode(errors="replace")
    assert done.returncode == 0, err[-3000:]
    assert json.loads(done.stdout)["citations"]
    assert net_attempts(netlog) == [], "connection attempts without the offline flags"


@pytest.mark.slow
def test_answering_and_evaluating_open_no_connection(bot, net_log: NetLog) -> None:
    from assistant.evaluation.datasets import load_qa
    from assistant.evaluation.runner import evaluate

    cases = load_qa(REPO / "eval" / "qa.jsonl")[:12]
    report = evaluate(bot, cases)
    assert len(report.rows) == len(cases)
    for q in ("What does Article 83 of the SPP Rules say?", "Can I get bail while pregnant?"):
        bot.ask(q)
    assert net_log.attempts == []


def test_guard_records_attempts_even_when_swallowed(net_log: NetLog) -> None:
    """The recorder itself: a caught failure is still a recorded attempt."""
    import contextlib
    import socket

    with contextlib.suppress(Exception):  # what careless code does
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    assert net_log.attempts


# -- feedback and exports: local, and only when the user acts ----------------------------------


class Writes:
    """Every file opened for writing while installed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.paths: list[str] = []
        real_open, real_io_open, real_os_open = builtins.open, io.open, os.open

        def note(file: object) -> None:
            if isinstance(file, str | bytes | os.PathLike):
                self.paths.append(os.fsdecode(file))

        def open_(file, mode="r", *a, **k):  # type: ignore[no-untyped-def]
            if any(c in mode for c in "wax+"):
                note(file)
            return real_open(file, mode, *a, **k)

        def io_open(file, mode="r", *a, **k):  # type: ignore[no-untyped-def]
            if any(c in mode for c in "wax+"):
                note(file)
            return real_io_open(file, mode, *a, **k)

        def os_open(path, flags, *a, **k):  # type: ignore[no-untyped-def]
            if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
                note(path)
            return real_os_open(path, flags, *a, **k)

        monkeypatch.setattr(builtins, "open", open_)
        monkeypatch.setattr(io, "open", io_open)
        monkeypatch.setattr(os, "open", os_open)


def test_feedback_and_exports_are_written_only_locally_on_request(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, net_log: NetLog
) -> None:
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from assistant.ui import loader
    from tests.ui.conftest import FakeAssistant

    feedback = tmp_path / "feedback.jsonl"
    fake = FakeAssistant()
    monkeypatch.setenv("LEGALQA_FEEDBACK", str(feedback))
    monkeypatch.delenv("LEGALQA_LLM", raising=False)
    monkeypatch.setattr(loader, "build_assistant", lambda settings: fake)
    monkeypatch.setattr(loader, "build_corpus", lambda settings: fake.corpus)
    st.cache_resource.clear()
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=60).run()
    writes = Writes(monkeypatch)
    at.chat_input[0].set_value("How long is detention by the procuratorate?").run()
    at.chat_input[0].set_value("<b>and</b> the deadline?").run()
    assert not at.exception
    exports = [b for b in at.get("download_button")]
    assert len(exports) == 2
    assert not [p for p in writes.paths if not p.startswith("/dev/")], writes.paths
    assert not feedback.exists(), "feedback written before the user gave any"

    at.get("feedback")[0].set_value(1).run()  # thumbs up on the first answer
    assert not at.exception
    assert {Path(p) for p in writes.paths} == {feedback}
    rows = [json.loads(x) for x in feedback.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 1 and rows[0]["rating"] == "up"
    assert net_log.attempts == []
    st.cache_resource.clear()
