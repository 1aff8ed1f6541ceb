"""Start-up (issue #3): importing the CLI loads no retrieval stack; commands that need it
import it themselves, and their one-line file errors still work (tests/reliability)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("assistant.retrieval.backend", "bm25s", "faiss", "torch", "sentence_transformers")


def test_cli_import_is_light() -> None:
    code = (
        "import sys, assistant.cli, assistant.cli_ask, assistant.cli_eval; "
        f"print([m for m in {HEAVY!r} if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout  # fmt: skip
    assert out.strip() == "[]"


def test_load_errors_name_the_file_problems() -> None:
    from assistant.cli import load_errors
    from assistant.retrieval.backend import BackendError
    from assistant.retrieval.store import IndexProblem

    assert {OSError, ValueError, IndexProblem, BackendError} <= set(load_errors())
