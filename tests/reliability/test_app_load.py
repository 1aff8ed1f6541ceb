"""The running app under load, on loopback, with every outgoing connection recorded.

One `streamlit run app.py` subprocess (real assistant over the session's index copy,
a `sitecustomize` guard logging any non-loopback connect or name lookup) serves:
several simulated sessions asking questions for a bounded time (bench/load_app.py),
and deep links with valid and hostile `law` / `article` query parameters.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.load_app import Session, free_port, load, start_app, wait_healthy
from tests.reliability.conftest import guarded_env, net_attempts

pytestmark = pytest.mark.slow
SCALE = float(os.environ.get("LEGALQA_RELIABILITY_SCALE", "1"))
SESSIONS = 4
SECONDS = 25 * SCALE


class App:
    def __init__(self, url: str, netlog: Path, log: Path, feedback: Path) -> None:
        self.url, self.netlog, self.log, self.feedback = url, netlog, log, feedback


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, good_index: Path) -> Iterator[App]:
    tmp = tmp_path_factory.mktemp("app")
    feedback = tmp / "feedback.jsonl"
    env, netlog = guarded_env(
        tmp, LEGALQA_INDEX_DIR=str(good_index), LEGALQA_FEEDBACK=str(feedback)
    )
    env.pop("LEGALQA_LLM", None)
    port = free_port()
    log = tmp / "streamlit.log"
    proc = start_app(port, env, log)
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_healthy(url, proc)
        yield App(url, netlog, log, feedback)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except Exception:
            proc.kill()


def test_sessions_under_load(app: App) -> None:
    report = load(app.url, sessions=SESSIONS, seconds=SECONDS)
    summary = report.summary()
    print("\nload test:", json.dumps(summary))
    assert report.errors == [], report.errors[:5]
    assert report.page_loads == SESSIONS and report.questions >= SESSIONS
    log = app.log.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in log, log[-3000:]
    assert not app.feedback.exists(), "feedback written without a user action"


@pytest.mark.parametrize(
    ("query", "expect"),
    [
        ("law=spp-rules&article=83", "legalqa-article"),
        ("law=%3Cscript%3Ealert(1)%3C%2Fscript%3E&article=1", "Unknown instrument in the link"),
        ("law=spp-rules&article=99999", "not a number"),
        ("law=spp-rules&article=83%3Cimg%20src%3Dx%3E", "not a number"),
        ("law=cpl&article=1", "not in the corpus"),
        ("article=83", ""),  # no law: the chat page ignores it
        ("law=spp-rules&law=cpl&article=36&article=x", ""),
    ],
)
def test_deep_links_are_validated(app: App, query: str, expect: str) -> None:
    s = Session(app.url)
    try:
        run = s.run(query=query)
    finally:
        s.close()
    assert run.problems == [], run.problems
    text = run.text()
    assert expect in text
    assert "<script>alert(1)" not in text and "<img src=x>" not in text


def test_app_start_and_answers_opened_no_connection(app: App) -> None:
    """Runs after the sessions above (module order): start, page runs and answers."""
    s = Session(app.url)
    try:
        s.run()
        run = s.run(question="Can my son see a lawyer after he is detained?")
    finally:
        s.close()
    assert run.problems == []
    assert net_attempts(app.netlog) == []
