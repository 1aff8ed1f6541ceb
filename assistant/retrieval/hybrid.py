"""HybridRetriever: exact reference lookup first, then BM25 + dense fused, per article."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.corpus.instruments import INSTRUMENTS
from assistant.corpus.store import Corpus
from assistant.retrieval import store
from assistant.retrieval.bm25 import BM25Index, top_k
from assistant.retrieval.chunking import Chunk, chunk_corpus
from assistant.retrieval.config import Expansion, IndexConfig, SearchConfig
from assistant.retrieval.dense import DenseIndex, Embedder, valid_text
from assistant.retrieval.glossary import Glossary, additions, hinted_laws, load_glossary
from assistant.retrieval.indexing import encode_all, lay_questions_for, lay_rows, manifest_params
from assistant.retrieval.lay import LayIndex
from assistant.retrieval.lay_vectors import embed_questions
from assistant.retrieval.periods import asks_for_time, period_rows
from assistant.retrieval.ranking import Ranked, rank_articles
from assistant.retrieval.references import Reference, find_references, mentioned_laws
from assistant.retrieval.spelling import Speller
from assistant.types import Hit

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Lookup:
    """The article references in a query, split into those that exist and those that
    do not (which are reported, never replaced by a neighbouring article)."""

    found: tuple[Reference, ...] = ()
    missing: tuple[Reference, ...] = ()


class HybridRetriever:
    """Search the corpus by article reference, words and meaning.

    Example:
        >>> r = HybridRetriever.ensure(corpus, SentenceEmbedder(default_model()), Path("index"))
        >>> [h.article for h in r.search("SPP Rules art. 83", k=3)][0]
        83
    """

    def __init__(self, corpus: Corpus, chunks: list[Chunk], bm25: BM25Index, dense: DenseIndex,
                 embedder: Embedder, config: SearchConfig | None = None,
                 lay: LayIndex | None = None) -> None:  # fmt: skip
        self.corpus, self.chunks, self.bm25, self.dense = corpus, chunks, bm25, dense
        self.lay = lay
        self.embedder = embedder
        self.config = config or SearchConfig()
        self.glossary: Glossary = load_glossary()
        known = getattr(embedder, "vocabulary", frozenset())
        self.speller = Speller.from_texts((c.text for c in chunks), known)
        self._ranges: dict[str, tuple[int, int]] = {}
        self._row_of: dict[tuple[str, int], int] = {}
        self._article_of: list[int] = []
        keys: dict[str, int] = {}
        for i, c in enumerate(chunks):
            lo, _ = self._ranges.get(c.law, (i, i))
            self._ranges[c.law] = (lo, i + 1)
            if c.article is not None:
                self._row_of.setdefault((c.law, c.article), i)
            self._article_of.append(keys.setdefault(c.article_key, len(keys)))
        self._law_of = [c.law for c in chunks]
        self._period_rows = period_rows(self._article_of, (c.body for c in chunks))

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
        lay = None
        if questions.texts:
            qvecs = embed_questions(embedder, questions.texts, progress=progress)
            lay = LayIndex.build(questions.texts, qvecs, lay_rows(questions, chunks), icfg.k1,
                                 icfg.b, icfg.prefix)  # fmt: skip
        if index_dir is not None:
            with store.staging(index_dir) as build:
                store.write_chunks(build / "chunks.jsonl", chunks)
                bm25.save(build / "bm25")
                dense.save(build / "dense.faiss")
                if lay is not None:
                    lay.save(build / "lay")
                manifest = store.expected_manifest(corpus.articles, embedder.model_id,
                                                   manifest_params(icfg))  # fmt: skip
                final = store.publish(index_dir, build, manifest)
            log.info("index built: %d chunks, %d lay questions in %s", len(chunks),
                     len(questions.texts), final)  # fmt: skip
        return cls(corpus, chunks, bm25, dense, embedder, lay=lay)

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
            dense = DenseIndex.load(build / "dense.faiss", len(chunks), embedder.dim)
            n_lay = len(lay_questions_for(icfg, chunks).texts)
            lay = LayIndex.load(build / "lay", n_lay, embedder.dim, icfg.prefix) if n_lay else None
        except Exception as e:  # any parse failure means the files are unusable
            raise store.IndexProblem(f"index files unreadable ({e})") from e
        return cls(corpus, chunks, bm25, dense, embedder, lay=lay)

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

    # -- searching ------------------------------------------------------------
    def lookup(self, query: str, laws: Sequence[str] | None = None) -> Lookup:
        """Resolve the query's article references against the corpus.

        A reference naming no instrument is looked up in every instrument (within `laws`).
        """
        found: list[Reference] = []
        missing: list[Reference] = []
        for ref in find_references(query):
            cands = [ref.law] if ref.law else list(INSTRUMENTS)
            cands = [x for x in cands if not laws or x in laws]
            hits = [Reference(x, ref.article) for x in cands if (x, ref.article) in self._row_of]
            found += [h for h in hits if h not in found]
            if not hits and cands:
                missing.append(ref)
        return Lookup(tuple(found), tuple(missing))

    def search(self, query: str, k: int = 10, laws: Sequence[str] | None = None) -> list[Hit]:
        """Best articles for the query, one hit per article (its best chunk), best first.

        Articles the query cites by number come first; `laws` restricts every method
        before fusion, so a filtered search still fills k results when it can.
        """
        cfg = self.config
        if k <= 0:
            return []
        query = valid_text(query)
        laws = [x for x in laws if x in INSTRUMENTS] if laws else None
        ranges = [self._ranges[x] for x in laws if x in self._ranges] if laws is not None else None
        exact = self.lookup(query, laws) if cfg.lookup else Lookup()
        if exact.missing:
            log.info("no such article: %s", ", ".join(f"{r.law or ''} {r.article}"
                                                     for r in exact.missing))  # fmt: skip
        text = self.speller.correct(query) if cfg.spelling else query
        rankings, weights, per_method = self._rankings(text, max(cfg.depth, k), ranges)
        prior_laws = set(hinted_laws(query, self.glossary)) | set(mentioned_laws(query))
        timed = self._period_rows if asks_for_time(query) else frozenset()
        ranked = rank_articles(
            rankings, weights, law_of=self._law_of, article_of=self._article_of,
            prior_laws=prior_laws, prior=cfg.prior, fusion=cfg.fusion, rrf_k=cfg.rrf_k,
            aggregate=cfg.aggregate, boost_rows=timed, boost=cfg.period_prior,
        )  # fmt: skip
        return self._to_hits(exact.found, ranked, per_method, k)

    def _rankings(self, query: str, depth: int, ranges: list[tuple[int, int]] | None,
                  ) -> tuple[list[list[tuple[int, float]]], list[float], dict[str, dict[int, float]]]:  # fmt: skip
        """Each method's top chunk rows (filtered first), with their weights."""
        cfg = self.config
        adds = " ".join(additions(query, self.glossary)) if cfg.glossary else ""
        q_tokens, add_tokens = self.bm25.tokens(query), self.bm25.tokens(adds)
        rankings: list[list[tuple[int, float]]] = []
        weights: list[float] = []
        methods: dict[str, dict[int, float]] = {}

        def add(name: str, top: list[tuple[int, float]], weight: float) -> None:
            rankings.append(top)
            weights.append(weight)
            methods[name] = dict(top)

        if cfg.use_bm25:
            bm, toks = cfg.bm25_expansion, q_tokens + add_tokens
            add("bm25", top_k(self.bm25.scores(toks if bm is Expansion.MERGE else q_tokens),
                              depth, ranges), cfg.weights[0])  # fmt: skip
            if bm is Expansion.SEPARATE and add_tokens:
                add("bm25+", top_k(self.bm25.scores(toks), depth, ranges), cfg.glossary_weight)
        if cfg.use_dense:
            dm, expanded = cfg.dense_expansion, f"{query} {adds}"
            texts = [expanded if adds and dm is Expansion.MERGE else query]
            if adds and dm is Expansion.SEPARATE:
                texts.append(expanded)
            vecs = self.embedder.encode(texts)
            add("dense", self.dense.search(vecs[0], depth, ranges), cfg.weights[1])
            if len(vecs) > 1:
                add("dense+", self.dense.search(vecs[1], depth, ranges), cfg.glossary_weight)
            if self.lay is not None and cfg.lay_weights[1]:
                add("lay-dense", self.lay.semantic(vecs[0], cfg.lay_depth, ranges),
                    cfg.lay_weights[1])  # fmt: skip
        if self.lay is not None and cfg.lay_weights[0]:
            add("lay-bm25", self.lay.lexical(q_tokens, cfg.lay_depth, ranges), cfg.lay_weights[0])
        return rankings, weights, methods

    def _to_hits(self, exact: Sequence[Reference], ranked: list[Ranked],
                 per_method: dict[str, dict[int, float]], k: int) -> list[Hit]:  # fmt: skip
        rows = [self._row_of[(str(r.law), r.article)] for r in exact]
        fused = {self._article_of[x.row]: x for x in ranked}
        top = ranked[0].score if ranked else 0.0
        order = [(row, top + len(rows) - i, True) for i, row in enumerate(rows)]
        order += [(x.row, x.score, False) for x in ranked]
        hits: list[Hit] = []
        seen: set[int] = set()
        for row, score, is_exact in order:
            art = self._article_of[row]
            if art in seen:
                continue
            seen.add(art)
            best = fused[art].row if is_exact and art in fused else row
            scores = {m: v[best] for m, v in per_method.items() if best in v}
            scores["rrf"] = fused[art].score if art in fused else 0.0
            if is_exact:
                scores["lookup"] = 1.0
            c = self.chunks[best]
            hits.append(Hit(c.chunk_id, c.law, c.article, c.text, score, len(hits) + 1, scores))
            if len(hits) >= k:
                break
        return hits
