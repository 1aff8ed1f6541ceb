"""Index-building helpers shared by the embedded retriever and the benchmarks."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

import numpy as np

from assistant.retrieval.chunking import Chunk
from assistant.retrieval.config import IndexConfig
from assistant.retrieval.dense import Embedder
from assistant.retrieval.lay import LayQuestions, load_lay


def manifest_params(icfg: IndexConfig) -> dict[str, object]:
    """The index parameters the manifest records; the lay questions' digest is among
    them, so editing the questions forces a rebuild."""
    return {**icfg.to_dict(), "lay_sha256": load_lay().digest() if icfg.lay_questions else None}


def lay_questions_for(icfg: IndexConfig, chunks: Sequence[Chunk]) -> LayQuestions:
    """The lay questions of the articles these chunks hold (none when switched off)."""
    if not icfg.lay_questions:
        return LayQuestions()
    return load_lay().restricted({c.article_key for c in chunks})


def first_rows(chunks: Sequence[Chunk]) -> dict[str, int]:
    """Article key -> the row of its first chunk (what a lay question's hit ranks)."""
    first: dict[str, int] = {}
    for i, c in enumerate(chunks):
        first.setdefault(c.article_key, i)
    return first


def lay_rows(questions: LayQuestions, chunks: Sequence[Chunk]) -> list[int]:
    """The chunk row each question ranks: its article's first part."""
    first = first_rows(chunks)
    return [first[k] for k in questions.keys]


def encode_all(embedder: Embedder, texts: list[str], progress: bool = False,
               batch: int = 16) -> np.ndarray:  # fmt: skip
    """Embed texts in length-sorted batches (little padding, small activations; measured
    faster and leaner than batches of 64), rows back in input order. A tqdm bar on stderr
    when asked and stderr is a terminal."""
    from tqdm import tqdm

    show = progress and sys.stderr.isatty() and not os.environ.get("CI")
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    for lo in tqdm(range(0, len(texts), batch), disable=not show, desc="embedding chunks",
                   unit="batch", file=sys.stderr):  # fmt: skip
        rows = order[lo : lo + batch]
        out[rows] = embedder.encode([texts[i] for i in rows])
    return out
