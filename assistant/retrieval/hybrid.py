"""HybridRetriever: the shared search (searcher.py) over an index built, saved and
verified in `index/` (bm25s + faiss, for the chunks and for the lay questions)."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.corpus.store import Corpus
from assistant.retrieval import store
from assistant.retrieval.adapter import QueryAdapter, sound
from assistant.retrieval.bm25 import BM25Index, top_k
from assistant.retrieval.chunking import Chunk, chunk_corpus
from assistant.retrieval.config import IndexConfig, SearchConfig
from assistant.retrieval.dense import DenseIndex, Embedder
from assistant.retrieval.indexing import (
    encode_all,
    lay_questions_for,
    lay_rows,
    manifest_params,
    query_adapter,
)
from assistant.retrieval.lay import LayIndex
from assistant.retrieval.lay_vectors import embed_questions
from assistant.retrieval.search_plan import Method, Request, Rows, Scope, Source
from assistant.retrieval.searcher import Lookup, Searcher

__all__ = ["EmbeddedEngine", "HybridRetriever", "Lookup", "SearchConfig"]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EmbeddedEngine:
    """The rankings from in-process indexes: bm25s and faiss over the chunks, and the
    lay questions' own pair (lay.py) when they are indexed."""

    bm25: BM25Index
    dense: DenseIndex
    lay: LayIndex | None = None

    @property
    def has_lay(self) -> bool:
        return self.lay is not None

    def tokens(self, text: str) -> list[str]:
        return self.bm25.tokens(text)

    def run(self, requests: Sequence[Request], vectors: Mapping[str, np.ndarray],
            scope: Scope) -> list[Rows]:  # fmt: skip
        return [self._one(r, vectors, scope.ranges) for r in requests]

    def _one(self, r: Request, vectors: Mapping[str, np.ndarray],
             ranges: Sequence[tuple[int, int]] | None) -> Rows:  # fmt: skip
        if r.source is Source.LAY:
            if self.lay is None:
                return []
            if r.method is Method.DENSE:
                return self.lay.semantic(vectors[r.key], r.depth, ranges)
            return self.lay.lexical(r.tokens, r.depth, ranges)
        if r.method is Method.DENSE:
            return self.dense.search(vectors[r.key], r.depth, ranges)
        return top_k(self.bm25.scores(r.tokens), r.depth, ranges)


class HybridRetriever(Searcher):
    """Search the corpus by article reference, words and meaning, from files in `index/`.

    Example:
        >>> r = HybridRetriever.ensure(corpus, SentenceEmbedder(default_model()), Path("index"))
        >>> [h.article for h in r.search("SPP Rules art. 83", k=3)][0]
        83
    """

    def __init__(self, corpus: Corpus, chunks: list[Chunk], bm25: BM25Index, dense: DenseIndex,
                 embedder: Embedder, config: SearchConfig | None = None,
                 lay: LayIndex | None = None, adapter: QueryAdapter | None = None,
                 ) -> None:  # fmt: skip
        self.bm25, self.dense, self.lay = bm25, dense, lay
        super().__init__(corpus, chunks, embedder, EmbeddedEngine(bm25, dense, lay), config,
                         adapter)  # fmt: skip

    # -- building and loading -------------------------------------------------
    @classmethod
    def build(cls, corpus: Corpus, embedder: Embedder, index_dir: Path | None = None,
              progress: bool = False, index_config: IndexConfig | None = None,
              ) -> HybridRetriever:  # fmt: skip
        """Chunk, index and embed the corpus; publish atomically into `index_dir` if given."""
        icfg = index_config or IndexConfig()
        chunks = chunk_corpus(corpus.articles, icfg.max_words)
        bm25 = BM25Index.build([c.indexed(icfg.context_in_bm25) for c in chunks], icfg.k1, icfg.b,
                               icfg.prefix)  # fmt: skip
        vecs = encode_all(embedder, [c.indexed(icfg.context_in_dense) for c in chunks], progress)
        dense = DenseIndex.build(vecs, icfg.dense_precision)
        questions = lay_questions_for(icfg, chunks)
        lay, adapter = None, None
        if questions.texts:
            qvecs = embed_questions(embedder, questions.texts, progress=progress)
            lay = LayIndex.build(questions.texts, qvecs, lay_rows(questions, chunks), icfg.k1,
                                 icfg.b, icfg.prefix)  # fmt: skip
            adapter = query_adapter(icfg, embedder, chunks, questions, lambda: (qvecs, vecs))
        if index_dir is not None:
            with store.staging(index_dir) as build:
                store.write_chunks(build / "chunks.jsonl", chunks)
                bm25.save(build / "bm25")
                dense.save(build / "dense.faiss")
                if lay is not None:
                    lay.save(build / "lay")
                if adapter is not None:
                    np.save(build / "adapter.npy", adapter.matrix)
                manifest = store.expected_manifest(corpus.articles, embedder.model_id,
                                                   manifest_params(icfg))  # fmt: skip
                final = store.publish(index_dir, build, manifest)
            log.info("index built: %d chunks, %d lay questions in %s", len(chunks),
                     len(questions.texts), final)  # fmt: skip
        return cls(corpus, chunks, bm25, dense, embedder, lay=lay, adapter=adapter)

    @classmethod
    def load(cls, corpus: Corpus, embedder: Embedder, index_dir: Path,
             index_config: IndexConfig | None = None) -> HybridRetriever:  # fmt: skip
        """Load a verified index; raise store.IndexProblem if missing, stale or damaged."""
        icfg = index_config or IndexConfig()
        expected = store.expected_manifest(
            corpus.articles, embedder.model_id, manifest_params(icfg)
        )
        build, _ = store.verify(index_dir, expected)
        try:
            chunks = store.read_chunks(build / "chunks.jsonl")
            bm25 = BM25Index.load(build / "bm25", len(chunks), icfg.prefix)
            dense = DenseIndex.load(build / "dense.faiss", len(chunks), embedder.dim,
                                    icfg.dense_precision)  # fmt: skip
            n_lay = len(lay_questions_for(icfg, chunks).texts)
            lay = LayIndex.load(build / "lay", n_lay, embedder.dim, icfg.prefix) if n_lay else None
            adapter = load_adapter(build / "adapter.npy", embedder.dim) if n_lay else None
        except Exception as e:  # any parse failure means the files are unusable
            raise store.IndexProblem(f"index files unreadable ({e})") from e
        return cls(corpus, chunks, bm25, dense, embedder, lay=lay, adapter=adapter)

    @classmethod
    def ensure(cls, corpus: Corpus, embedder: Embedder, index_dir: Path, progress: bool = False,
               index_config: IndexConfig | None = None) -> HybridRetriever:  # fmt: skip
        """Load the index, or rebuild it (saying why) when it is missing, stale or damaged."""
        try:
            return cls.load(corpus, embedder, index_dir, index_config)
        except store.IndexProblem as problem:
            log.warning("%s; rebuilding the index in %s", problem, index_dir)
            try:
                return cls.build(corpus, embedder, index_dir, progress, index_config)
            except OSError as e:
                raise store.IndexProblem(
                    f"{problem}, and it cannot be rebuilt in {index_dir} ({e.strerror or e}); "
                    "make the folder writable or set LEGALQA_INDEX_DIR"
                ) from e


def load_adapter(path: Path, dim: int) -> QueryAdapter | None:
    """The index's query adapter (None when it was built without one); a wrong shape or
    a non-finite value means a damaged file."""
    if not path.exists():
        return None
    matrix = np.load(path, allow_pickle=False)
    if not sound(matrix, dim):
        raise ValueError(f"query adapter is damaged (shape {matrix.shape}, expected ({dim}, "
                         f"{dim}), or values not finite)")  # fmt: skip
    return QueryAdapter(np.asarray(matrix, dtype=np.float32))
