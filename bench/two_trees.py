"""Another checkout's `assistant` package beside this one, in one process.

For comparing old and new code on the same machine at the same moment: an interleaved
A/B of their latency (bench/ab.py) and a check that they return the same hits
(bench/equivalence.py). Timing two processes one after the other on a shared 2-core
machine measures the machine's load as much as the code.

Inside `checkout(root)`, `import assistant...` imports from `root`; objects made there
keep using that checkout's modules after the block (a function's globals are its own
module's), while `sys.modules` gets this checkout's modules back. Only imports that run
inside a function *after* the block would cross over; the search path has none (the
index build has some, so the old checkout only loads an index, never builds one).
"""

from __future__ import annotations

import contextlib
import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

PACKAGE = "assistant"


def _ours(name: str) -> bool:
    return name == PACKAGE or name.startswith(f"{PACKAGE}.")


@contextlib.contextmanager
def checkout(root: Path) -> Iterator[None]:
    """`import assistant...` resolves to `root`'s package inside the block."""
    saved = {name: sys.modules.pop(name) for name in list(sys.modules) if _ours(name)}
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    try:
        yield
    finally:
        sys.path.remove(str(root))
        for name in [n for n in sys.modules if _ours(n)]:
            del sys.modules[name]
        sys.modules.update(saved)


def load_retriever(root: Path | None) -> Any:
    """A HybridRetriever of `root`'s code (None: this checkout's) over the index in
    LEGALQA_INDEX_DIR, with its own SentenceEmbedder; the index is loaded, never built."""
    block = checkout(root) if root is not None else contextlib.nullcontext()
    with block:
        from assistant.corpus.store import Corpus, load_articles
        from assistant.retrieval.dense import SentenceEmbedder
        from assistant.retrieval.hybrid import HybridRetriever
        from assistant.settings import Settings

        s = Settings.from_env()
        embedder = SentenceEmbedder(s.model_path, s.query_precision)
        corpus = Corpus(load_articles(s.articles_path))
        return HybridRetriever.load(corpus, embedder, s.index_dir)


def describe(root: Path | None) -> str:
    """`root`'s commit (and whether its package has uncommitted changes), for the report."""
    where = str(root or Path(__file__).resolve().parents[1])
    commit = _git(where, "rev-parse", "--short", "HEAD")
    dirty = " + uncommitted changes" if _git(where, "status", "--porcelain", "--", PACKAGE) else ""
    return f"{where} @ {commit}{dirty}"


def _git(where: str, *args: str) -> str:
    done = subprocess.run(["git", "-C", where, *args], capture_output=True, text=True)
    return done.stdout.strip()
