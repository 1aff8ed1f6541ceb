"""The retrieval backend contract, and the embedded (bm25s + faiss) index behind it.

Two implementations satisfy `RetrievalBackend`: `EmbeddedBackend` (this module, over
`HybridRetriever`, one process) and `assistant.retrieval.milvus.MilvusRetriever` (a
Milvus server or Milvus Lite). The assistant, CLI, app and evaluation only call
`search` and read `corpus`, so they never know which one runs; the operator verbs
(`upsert`, `delete`, `count`, `health`) are shared too.

Units: `upsert` takes whole articles (they are chunked the same way on both backends);
`delete` takes article ids ("spp-rules:83", "guide:p3"); `count` counts chunks.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from assistant.corpus.store import Corpus
from assistant.retrieval.chunking import chunk_article
from assistant.retrieval.dense import Embedder
from assistant.retrieval.hybrid import HybridRetriever
from assistant.types import Article, Hit

log = logging.getLogger(__name__)


class BackendError(Exception):
    """The backend refused an operation (bad schema, bad request, stale data...)."""


class BackendUnavailable(BackendError):
    """The backend could not be reached, or did not answer in time, after retries."""


@dataclass(frozen=True)
class Health:
    """What `health()` reports; `ok` False never raises, so probes can poll it."""

    ok: bool
    backend: str  # "embedded" | "milvus"
    detail: str  # human-readable: where, what version, or what is wrong
    chunks: int = -1  # -1 when unknown (backend unreachable)
    latency_ms: float = 0.0


@runtime_checkable
class RetrievalBackend(Protocol):
    """Search plus the operator verbs, identical on every backend.

    Example:
        >>> backend: RetrievalBackend = EmbeddedBackend.ensure(corpus, embedder, Path("index"))
        >>> [h.article for h in backend.search("SPP Rules art. 83", k=3, laws=["spp-rules"])][0]
        83
        >>> backend.health().ok, backend.count() > 0
        (True, True)
    """

    @property
    def corpus(self) -> Corpus: ...

    def search(self, query: str, k: int = 10, laws: Sequence[str] | None = None,
               asks: str | None = None) -> list[Hit]:  # fmt: skip
        """Best articles first, one hit per article; exact references ("art. 83") first.
        `asks`: the wording the question-type priors read, if not the query's own."""
        ...

    def upsert(self, articles: Sequence[Article]) -> int:
        """Add or replace these articles (all their chunks); returns chunks written."""
        ...

    def delete(self, article_ids: Sequence[str]) -> int:
        """Remove these articles ("law:article"); returns chunks removed."""
        ...

    def count(self) -> int:
        """Chunks currently searchable."""
        ...

    def health(self) -> Health: ...


def merge_articles(
    current: Iterable[Article], upserts: Sequence[Article] = (), deletes: Iterable[str] = ()
) -> tuple[Article, ...]:
    """The corpus after replacing/adding `upserts` and removing `deletes` (by article id).

    >>> [a.id for a in merge_articles([a83, a84], upserts=[a83_new], deletes=["spp-rules:84"])]
    ['spp-rules:83']
    """
    new = {a.id: a for a in upserts}
    gone = set(deletes)
    kept = [new.pop(a.id, a) for a in current if a.id not in gone]
    return (*kept, *new.values())


def chunk_count(articles: Iterable[Article]) -> int:
    return sum(len(chunk_article(a)) for a in articles)


class EmbeddedBackend:
    """`RetrievalBackend` over the in-process `HybridRetriever` (the default).

    `upsert`/`delete` rebuild the in-memory index from the changed corpus (the saved
    index under `index/` is untouched; `legalqa index build` rebuilds it from the
    corpus file, which stays the source of truth).

    Example:
        >>> b = EmbeddedBackend.ensure(corpus, SentenceEmbedder(default_model()), Path("index"))
        >>> b.count(), b.health().ok
        (734, True)
    """

    name = "embedded"

    def __init__(self, retriever: HybridRetriever) -> None:
        self.retriever = retriever

    @classmethod
    def ensure(cls, corpus: Corpus, embedder: Embedder, index_dir: Path) -> EmbeddedBackend:
        return cls(HybridRetriever.ensure(corpus, embedder, index_dir))

    @property
    def corpus(self) -> Corpus:
        return self.retriever.corpus

    def search(self, query: str, k: int = 10, laws: Sequence[str] | None = None,
               asks: str | None = None) -> list[Hit]:  # fmt: skip
        return self.retriever.search(query, k=k, laws=laws, asks=asks)

    def upsert(self, articles: Sequence[Article]) -> int:
        self._rebuild(merge_articles(self.corpus.articles, upserts=articles))
        return chunk_count(articles)

    def delete(self, article_ids: Sequence[str]) -> int:
        ids = set(article_ids)
        removed = chunk_count(a for a in self.corpus.articles if a.id in ids)
        if removed:
            self._rebuild(merge_articles(self.corpus.articles, deletes=ids))
        return removed

    def count(self) -> int:
        return len(self.retriever.chunks)

    def health(self) -> Health:
        t0 = time.perf_counter()
        n = self.count()
        ok = n > 0
        detail = f"in-process index, {n} chunks" if ok else "the index is empty"
        return Health(ok, self.name, detail, n, (time.perf_counter() - t0) * 1000)

    def _rebuild(self, articles: tuple[Article, ...]) -> None:
        log.info("rebuilding the in-memory index over %d articles", len(articles))
        old = self.retriever
        self.retriever = HybridRetriever.build(Corpus(articles), old.embedder)
        self.retriever.config = old.config
