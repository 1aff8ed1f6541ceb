"""Helpers shared by the Milvus tests (imported, not fixtures)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from assistant.corpus.store import Corpus
from assistant.retrieval.dense import SentenceEmbedder
from assistant.retrieval.milvus import MilvusConfig
from assistant.retrieval.milvus_conn import RetryPolicy

# A short back-off so failure tests finish quickly (0.05 + 0.1 + 0.2 s of waiting).
FAST = MilvusConfig(retry=RetryPolicy(timeout_s=5.0, attempts=4, backoff_s=0.05))


class CachingEmbedder:
    """The real model, memoised by text: both backends and every test share vectors."""

    def __init__(self, inner: SentenceEmbedder) -> None:
        self.inner, self.dim, self.model_id = inner, inner.dim, inner.model_id
        self.cache: dict[str, np.ndarray] = {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if todo:
            self.cache.update(zip(todo, self.inner.encode(todo), strict=True))
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([self.cache[t] for t in texts]).astype(np.float32)


def small_corpus(corpus: Corpus, law: str = "spp-juvenile") -> Corpus:
    """One instrument only: quick to load for the load and failure tests."""
    return Corpus(corpus.by_law(law))
