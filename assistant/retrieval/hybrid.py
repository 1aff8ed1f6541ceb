"""HybridRetriever: exact reference lookup, then BM25 + dense fused by RRF, per article."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.corpus.instruments import INSTRUMENTS
from assistant.corpus.store import Corpus
from assistant.retrieval import store
from assistant.retrieval.bm25 import BM25Index
from assistant.retrieval.chunking import Chunk, chunk_corpus
from assistant.retrieval.dense import DenseIndex, Embedder
from assistant.retrieval.fusion import rrf
from assistant.retrieval.glossary import expand
from assistant.retrieval.references import find_references
from assistant.types import Hit

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SearchConfig:
    """Retrieval knobs; defaults are the measured best on the dev split (eval/README.md)."""

    depth: int = 50  # candidates taken from each method before fusion
    rrf_k: int = 60
    weights: tuple[float, float] = (1.0, 1.0)  # (bm25, dense)
    glossary: bool = True
    use_bm25: bool = True
    use_dense: bool = True
    lookup: bool = True


class HybridRetriever:
    """Search the corpus by article reference, words and meaning.

    Example:
        >>> r = HybridRetriever.ensure(corpus, SentenceEmbedder(default_model()), Path("index"))
        >>> [h.article for h in r.search("SPP Rules art. 83", k=3)][0]
        83
    """

    def __init__(self, corpus: Corpus, chunks: list[Chunk], bm25: BM25Index, dense: DenseIndex,
                 embedder: Embedder, config: SearchConfig | None = None) -> None:  # fmt: skip
        self.corpus, self.chunks, self.bm25, self.dense = corpus, chunks, bm25, dense
        self.embedder = embedder
        self.config = config or SearchConfig()
        self._ranges: dict[str, tuple[int, int]] = {}
        for i, c in enumerate(chunks):
            lo, _ = self._ranges.get(c.law, (i, i))
            self._ranges[c.law] = (lo, i + 1)
        self._law_of = np.array([c.law for c in chunks])

    # -- building and loading -------------------------------------------------
    @classmethod
    def build(cls, corpus: Corpus, embedder: Embedder, index_dir: Path | None = None,
              progress: bool = False) -> HybridRetriever:  # fmt: skip
        chunks = chunk_corpus(corpus.articles)
        texts = [c.text for c in chunks]
        bm25 = BM25Index.build(texts)
        vecs = _encode_with_progress(embedder, texts, progress)
        dense = DenseIndex.build(vecs)
        r = cls(corpus, chunks, bm25, dense, embedder)
        if index_dir is not None:
            build = store.new_build_dir(index_dir)
            (build / "chunks.jsonl").write_text(
                "".join(store.chunk_to_json(c) + "\n" for c in chunks), encoding="utf-8"
            )
            bm25.save(build / "bm25")
            dense.save(build / "dense.faiss")
            store.publish(
                index_dir, build, store.expected_manifest(corpus.articles, embedder.model_id)
            )
        return r

    @classmethod
    def load(cls, corpus: Corpus, embedder: Embedder, index_dir: Path) -> HybridRetriever:
        """Load a verified index; raise store.IndexProblem if missing, stale or damaged."""
        expected = store.expected_manifest(corpus.articles, embedder.model_id)
        build, _ = store.verify(index_dir, expected)
        try:
            lines = (build / "chunks.jsonl").read_text(encoding="utf-8").splitlines()
            chunks = [store.chunk_from_json(x) for x in lines if x]
            bm25 = BM25Index.load(build / "bm25", len(chunks))
            dense = DenseIndex.load(build / "dense.faiss", len(chunks), embedder.dim)
        except Exception as e:  # any parse failure means the files are unusable
            raise store.IndexProblem(f"index files unreadable ({e})") from e
        return cls(corpus, chunks, bm25, dense, embedder)

    @classmethod
    def ensure(cls, corpus: Corpus, embedder: Embedder, index_dir: Path,
               progress: bool = False) -> HybridRetriever:  # fmt: skip
        """Load the index, or rebuild it (saying why) when it is missing, stale or damaged."""
        try:
            return cls.load(corpus, embedder, index_dir)
        except store.IndexProblem as problem:
            log.warning("%s; rebuilding the index in %s", problem, index_dir)
            try:
                return cls.build(corpus, embedder, index_dir, progress)
            except OSError as e:
                raise store.IndexProblem(
                    f"{problem}, and it cannot be rebuilt in {index_dir} ({e.strerror or e}); "
                    "make the folder writable or set LEGALQA_INDEX_DIR"
                ) from e

    # -- searching ------------------------------------------------------------
    def search(self, query: str, k: int = 10, laws: Sequence[str] | None = None) -> list[Hit]:
        """Best articles for the query, one hit per article (its best chunk), best first."""
        cfg = self.config
        laws = [x for x in laws if x in INSTRUMENTS] if laws else None
        exact = self._lookup(query, laws) if cfg.lookup else []
        text = expand(query) if cfg.glossary else query
        rankings, per_method = [], {}
        if cfg.use_bm25:
            mask = np.isin(self._law_of, laws) if laws else None
            top = BM25Index.top(self.bm25.scores(text), cfg.depth, mask)
            rankings.append([self.chunks[i].chunk_id for i, _ in top])
            per_method["bm25"] = {self.chunks[i].chunk_id: s for i, s in top}
        if cfg.use_dense:
            ranges = [self._ranges[x] for x in laws if x in self._ranges] if laws else None
            vec = self.embedder.encode([text])[0]
            top = self.dense.search(vec, cfg.depth, ranges)
            rankings.append([self.chunks[i].chunk_id for i, _ in top])
            per_method["dense"] = {self.chunks[i].chunk_id: s for i, s in top}
        weights = [
            w for w, on in zip(cfg.weights, (cfg.use_bm25, cfg.use_dense), strict=True) if on
        ]
        fused = rrf(rankings, cfg.rrf_k, weights)
        return self._to_hits(exact, fused, per_method, k)

    def _lookup(self, query: str, laws: Sequence[str] | None) -> list[Chunk]:
        out = []
        for ref in find_references(query):
            cands = [ref.law] if ref.law else list(INSTRUMENTS)
            for law in cands:
                if (laws and law not in laws) or not self.corpus.exists(law, ref.article):
                    continue
                out += [c for c in self.chunks if c.law == law and c.article == ref.article][:1]
        return out

    def _to_hits(self, exact: list[Chunk], fused: list[tuple[str, float]],
                 per_method: dict[str, dict[str, float]], k: int) -> list[Hit]:  # fmt: skip
        by_id = {c.chunk_id: c for c in self.chunks}
        ordered = [(c, 0.0, True) for c in exact] + [(by_id[cid], s, False) for cid, s in fused]
        hits: list[Hit] = []
        seen: set[tuple[str, int | None, int]] = set()
        for chunk, score, is_exact in ordered:
            key = (chunk.law, chunk.article, chunk.part if chunk.article is None else 0)
            if key in seen:
                continue
            seen.add(key)
            scores = {m: v[chunk.chunk_id] for m, v in per_method.items() if chunk.chunk_id in v}
            scores["rrf"] = score
            if is_exact:
                scores["lookup"] = 1.0
            fused_score = (
                1.0 + 1.0 / len(hits) if is_exact and hits else (2.0 if is_exact else score)
            )
            hits.append(Hit(chunk.chunk_id, chunk.law, chunk.article, chunk.text, fused_score,
                            len(hits) + 1, scores))  # fmt: skip
            if len(hits) >= k:
                break
        return hits


def _encode_with_progress(embedder: Embedder, texts: list[str], progress: bool) -> np.ndarray:
    """Embed in batches; a tqdm bar on stderr only when asked and stderr is a terminal."""
    from tqdm import tqdm

    show = progress and sys.stderr.isatty() and not os.environ.get("CI")
    batches = range(0, len(texts), 64)
    parts = [embedder.encode(texts[i : i + 64]) for i in tqdm(batches, disable=not show,
             desc="embedding chunks", unit="batch", file=sys.stderr)]  # fmt: skip
    return np.vstack(parts) if parts else np.zeros((0, embedder.dim), dtype=np.float32)
