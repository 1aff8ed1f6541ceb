"""BM25 over chunks with bm25s (sparse matrices; Lucene IDF)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import bm25s
import numpy as np

from assistant.retrieval.tokenize import tokenize

log = logging.getLogger(__name__)
PARAMS = {"k1": 1.2, "b": 0.75, "method": "lucene"}


class BM25Index:
    """Lexical scorer over a fixed list of texts.

    Example:
        >>> idx = BM25Index.build(["detention within 24 hours", "bail pending trial"])
        >>> idx.top(idx.scores("how long detention"), 1)
        [(0, ...)]
    """

    def __init__(self, model: bm25s.BM25, size: int) -> None:
        self._model = model
        self.size = size

    @classmethod
    def build(cls, texts: Sequence[str]) -> BM25Index:
        model = bm25s.BM25(k1=PARAMS["k1"], b=PARAMS["b"], method=PARAMS["method"])
        tokens = [tokenize(t) or ["__empty__"] for t in texts]
        model.index(tokens, show_progress=False)
        return cls(model, len(texts))

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every text for the query (zeros when no term is known)."""
        vocab = self._model.vocab_dict
        toks = [t for t in tokenize(query) if t in vocab]
        if not toks:
            return np.zeros(self.size, dtype=np.float32)
        return self._model.get_scores(toks)

    @staticmethod
    def top(scores: np.ndarray, k: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Top-k (index, score) with score > 0, ties broken by index."""
        s = scores if mask is None else np.where(mask, scores, 0.0)
        k = min(k, int(np.count_nonzero(s > 0)))
        if k <= 0:
            return []
        idx = np.argpartition(-s, k - 1)[:k]
        order = sorted(idx.tolist(), key=lambda i: (-float(s[i]), i))
        return [(i, float(s[i])) for i in order]

    def save(self, directory: Path) -> None:
        self._model.save(str(directory), show_progress=False)

    @classmethod
    def load(cls, directory: Path, size: int) -> BM25Index:
        model = bm25s.BM25.load(str(directory), show_progress=False, verbosity=0)
        if model.scores["num_docs"] != size:
            raise ValueError(f"BM25 index holds {model.scores['num_docs']} docs, expected {size}")
        return cls(model, size)
