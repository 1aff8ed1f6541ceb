"""Index-building helpers shared by the embedded retriever and the benchmarks."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence

import numpy as np

from assistant.retrieval import adapter
from assistant.retrieval.chunking import Chunk
from assistant.retrieval.config import IndexConfig
from assistant.retrieval.dense import Embedder
from assistant.retrieval.lay import LayQuestions, load_lay
from assistant.retrieval.store import file_hash


def manifest_params(icfg: IndexConfig) -> dict[str, object]:
    """The index parameters the manifest records; the lay questions' digest and the
    shipped query adapter's are among them, so editing either forces a rebuild."""
    shipped = adapter.SHIPPED
    return {**icfg.to_dict(), "lay_sha256": load_lay().digest() if icfg.lay_questions else None,
            "adapter_sha256": file_hash(shipped) if icfg.query_adapter and shipped.exists()
            else None}  # fmt: skip


def adapter_rows(questions: LayQuestions) -> tuple[list[str], list[str]]:
    """(article keys, texts) the adapter trains on: every lay question, and again with
    the glossary's corpus terms appended where it has any, because a search embeds the
    query that way (searcher.py) and the map should fit both forms."""
    from assistant.retrieval.glossary import expand  # glossary is not needed to build

    keys, texts = list(questions.keys), list(questions.texts)
    for key, text in zip(questions.keys, questions.texts, strict=True):
        if (longer := expand(text)) != text:
            keys.append(key)
            texts.append(longer)
    return keys, texts


def adapter_fingerprint(icfg: IndexConfig, model_id: str, chunks: Sequence[Chunk],
                        questions: LayQuestions) -> str:  # fmt: skip
    """What a query adapter for this index would be trained on (adapter.fingerprint)."""
    keys, texts = adapter_rows(questions)
    return adapter.fingerprint(model_id, keys, texts, [c.article_key for c in chunks],
                               [c.indexed(icfg.context_in_dense) for c in chunks])  # fmt: skip


def adapter_data(embedder: Embedder, chunks: Sequence[Chunk], questions: LayQuestions,
                 qvecs: np.ndarray, cvecs: np.ndarray,
                 ) -> tuple[np.ndarray, np.ndarray, list[str], list[str]]:  # fmt: skip
    """adapter.train's inputs: the lay questions' vectors `qvecs` plus those of their
    glossary-expanded forms (embedded here), the chunk vectors, and the keys of both."""
    keys, texts = adapter_rows(questions)
    extra = texts[len(questions.texts) :]
    if extra:
        qvecs = np.concatenate([qvecs, encode_all(embedder, extra)])
    return qvecs, cvecs, keys, [c.article_key for c in chunks]


def query_adapter(icfg: IndexConfig, embedder: Embedder, chunks: Sequence[Chunk],
                  questions: LayQuestions,
                  vectors: Callable[[], tuple[np.ndarray, np.ndarray]] | None = None,
                  ) -> adapter.QueryAdapter | None:  # fmt: skip
    """The adapter for this index: None when switched off or there are no lay questions;
    else the shipped one for this model, or one trained on `vectors()` = (question
    vectors, chunk vectors), computed only then (by default: embedded now)."""
    if not icfg.query_adapter or not questions.texts:
        return None

    def embedded() -> tuple[np.ndarray, np.ndarray]:
        from assistant.retrieval.lay_vectors import embed_questions  # it imports this module

        texts = [c.indexed(icfg.context_in_dense) for c in chunks]
        return embed_questions(embedder, questions.texts), encode_all(embedder, texts)

    def data() -> tuple[np.ndarray, np.ndarray, Sequence[str], Sequence[str]]:
        return adapter_data(embedder, chunks, questions, *(vectors or embedded)())

    fp = adapter_fingerprint(icfg, embedder.model_id, chunks, questions)
    return adapter.obtain(embedder.model_id, embedder.dim, fp, data)


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
