"""Our retriever's parts over an external BEIR corpus, built in memory.

Each document is indexed once as "title + newline + text": BM25 (`BM25Index`, its
own lexical tokens for documents and queries alike) and exact dense search (`DenseIndex`, the packaged embedding model). The
search functions reproduce the production query path without the parts that only
exist for our own corpus (article-reference lookup, instrument filters and priors,
chunking, spelling repair): BM25 only, dense only, the two fused as production fuses
them ("hybrid": the fusion method, RRF constant and weights of the default
`SearchConfig`), and hybrid with the production glossary applied to the query
("hybrid+glossary", the production configuration). Nothing is tuned to the external
benchmark: every setting is read from the production defaults.

Example:
    >>> index = DocIndex.build(load_beir(coliee_dir), SentenceEmbedder(default_model()))
    >>> fns = search_fns(index)
    >>> fns["hybrid+glossary"]("A contract for the benefit of a third party")[:1]
    [('537', 0.0327...)]
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from tqdm import tqdm

from assistant.evaluation.beir import BeirDataset
from assistant.evaluation.harness import SearchFn
from assistant.retrieval.bm25 import BM25Index, top_k
from assistant.retrieval.dense import DenseIndex, Embedder
from assistant.retrieval.fusion import rrf, weighted_sum
from assistant.retrieval.glossary import expand
from assistant.retrieval.hybrid import SearchConfig

DEPTH = 100  # candidates per method (at least), so Recall@100 is defined for every variant
BATCH = 64


def fuse(rankings: Sequence[Sequence[tuple[int, float]]], config: Any) -> list[tuple[int, float]]:
    """Fuse (row, score) rankings as the config says: weighted RRF or a weighted sum."""
    weights = list(config.weights)[: len(rankings)]
    if str(getattr(config, "fusion", "rrf")) == "weighted":
        return weighted_sum([dict(r) for r in rankings], weights)
    return rrf([[row for row, _ in r] for r in rankings], config.rrf_k, weights)


def doc_text(title: str, text: str) -> str:
    """What is indexed for one document."""
    return f"{title}\n{text}" if title else text


def encode(embedder: Embedder, texts: Sequence[str], progress: bool = False) -> np.ndarray:
    """Embed texts in batches, with an optional tqdm bar on stderr."""
    starts = range(0, len(texts), BATCH)
    bar = tqdm(starts, desc="embedding", unit="batch", disable=not progress, file=sys.stderr)
    parts = [embedder.encode(list(texts[i : i + BATCH])) for i in bar]
    return np.vstack(parts) if parts else np.zeros((0, embedder.dim), dtype=np.float32)


class CachedEmbedder:
    """An `Embedder` that remembers every text it has encoded (for one evaluation run).

    BEIR variants embed the same queries several times (dense, hybrid, the baseline);
    `prime` encodes them once, in batches, which is also much faster than one by one.
    """

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.dim = inner.dim
        self.model_id = inner.model_id
        self._cache: dict[str, np.ndarray] = {}

    def prime(self, texts: Sequence[str], progress: bool = False) -> None:
        todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
        for text, vec in zip(todo, encode(self.inner, todo, progress), strict=True):
            self._cache[text] = vec

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.prime([t for t in texts if t not in self._cache])
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([self._cache[t] for t in texts])


@dataclass(frozen=True)
class DocIndex:
    """BM25 and dense indexes over a BEIR corpus (rows follow `ids`)."""

    ids: tuple[str, ...]
    texts: tuple[str, ...]
    vectors: np.ndarray
    bm25: BM25Index
    dense: DenseIndex
    embedder: Embedder

    @classmethod
    def build(cls, data: BeirDataset, embedder: Embedder, progress: bool = False) -> DocIndex:
        ids = tuple(data.corpus)
        texts = tuple(doc_text(d.title, d.text) for d in data.corpus.values())
        vectors = encode(embedder, texts, progress)
        bm25, dense = BM25Index.build(texts), DenseIndex.build(vectors)
        return cls(ids, texts, vectors, bm25, dense, embedder)

    def bm25_rows(self, query: str, depth: int = DEPTH) -> list[tuple[int, float]]:
        return top_k(np.asarray(self.bm25.scores(self.bm25.tokens(query))), depth)

    def dense_rows(self, query: str, depth: int = DEPTH) -> list[tuple[int, float]]:
        return self.dense.search(self.embedder.encode([query])[0], min(depth, len(self.ids)))

    def hybrid(self, query: str, config: Any, depth: int = DEPTH) -> list[tuple[str, float]]:
        """The BM25 and dense rankings fused as `config` (a `SearchConfig`) says."""
        rankings = [self.bm25_rows(query, depth), self.dense_rows(query, depth)]
        return self.as_ids(fuse(rankings, config))

    def as_ids(self, rows: list[tuple[int, float]]) -> list[tuple[str, float]]:
        return [(self.ids[r], s) for r, s in rows]


def search_fns(index: DocIndex, config: Any = None, depth: int = DEPTH) -> dict[str, SearchFn]:
    """The variants, by name (see the module docstring), each `query -> [(id, score)]`.

    `config` defaults to the production `SearchConfig()`; each method contributes
    `max(depth, config.depth)` candidates.
    """
    cfg = SearchConfig() if config is None else config
    depth = max(depth, int(cfg.depth))
    fns: dict[str, Callable[[str], list[tuple[str, float]]]] = {
        "bm25": lambda q: index.as_ids(index.bm25_rows(q, depth)),
        "dense": lambda q: index.as_ids(index.dense_rows(q, depth)),
        "hybrid": lambda q: index.hybrid(q, cfg, depth),
        "hybrid+glossary": lambda q: index.hybrid(expand(q), cfg, depth),
    }
    return dict(fns)


PRODUCTION = "hybrid+glossary"  # the variant matching the production SearchConfig defaults
