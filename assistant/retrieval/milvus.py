"""MilvusRetriever: the `RetrievalBackend` on a Milvus server (standalone, distributed or
Milvus Lite), with BM25 computed server-side and dense vectors from our own embedder.

Search mirrors the embedded default: exact article references first, then BM25 (Milvus's
built-in BM25 function, over our own BM25 terms by default: milvus_lexical.py) and dense
(inner product on our normalised embeddings) each take `depth` chunks under the same
instrument filter, fused server-side
by RRF with k = 60 (Cormack, Clarke & Büttcher, SIGIR 2009), and collapsed to one hit
per article. Only the fused score is returned by Milvus, so `Hit.scores` holds "rrf"
(plus "lookup" for exact references), not the per-method scores.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from pymilvus import AnnSearchRequest, RRFRanker, WeightedRanker

from assistant.corpus.instruments import INSTRUMENTS
from assistant.corpus.store import Corpus
from assistant.retrieval import milvus_load as load
from assistant.retrieval.backend import BackendError, Health, merge_articles
from assistant.retrieval.chunking import chunk_article, chunk_corpus
from assistant.retrieval.dense import Embedder
from assistant.retrieval.glossary import expand
from assistant.retrieval.milvus_conn import MilvusConnection, RetryPolicy
from assistant.retrieval.milvus_lexical import fingerprint, lexer
from assistant.retrieval.milvus_schema import OUTPUT_FIELDS, Manifest, quoted
from assistant.retrieval.milvus_search import (
    Row,
    article_order,
    best_per_article,
    law_filter,
    lookup,
    to_hits,
    valid_laws,
)
from assistant.retrieval.store import corpus_hash
from assistant.types import Article, Hit

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MilvusConfig:
    """Search and load knobs; the defaults match the embedded backend's defaults."""

    depth: int = 50  # candidates per method before fusion
    # "rrf" (server-side RRFRanker, the embedded default) or "weighted" (WeightedRanker;
    # Milvus normalises scores its own way, not like the embedded min-max weighted sum)
    fusion: str = "rrf"
    rrf_k: int = 60
    weights: tuple[float, float] = (1.0, 1.0)  # (bm25, dense), for fusion="weighted"
    glossary: bool = True  # append the glossary's corpus terms to the query
    lookup: bool = True  # exact article references first
    lexical: str = "client"  # BM25 terms: "client" (ours, as embedded) or "server" (Milvus)
    analyzer: str = "english"  # lexical="server" only; "portable" where the server lacks it
    batch: int = 256  # chunks per upsert request
    retry: RetryPolicy = field(default_factory=RetryPolicy)

    def __post_init__(self) -> None:
        if self.fusion not in ("rrf", "weighted"):
            raise ValueError(f"fusion must be 'rrf' or 'weighted', not {self.fusion!r}")
        lexer(self.lexical)  # validates the mode


class MilvusRetriever:
    """Search a Milvus collection like `HybridRetriever` searches the embedded index.

    Example:
        >>> r = MilvusRetriever.connect(corpus, SentenceEmbedder(default_model()),
        ...                             "http://127.0.0.1:19530", "legalqa_chunks")
        >>> [h.article for h in r.search("SPP Rules art. 83", k=3)][0]
        83
    """

    name = "milvus"

    def __init__(self, conn: MilvusConnection, alias: str, corpus: Corpus, embedder: Embedder,
                 config: MilvusConfig | None = None) -> None:  # fmt: skip
        self.conn, self.alias, self.embedder = conn, alias, embedder
        self.config = config or MilvusConfig()
        self.lex = lexer(self.config.lexical)
        self._set_corpus(corpus)
        self.last_load: load.LoadReport | None = None

    @classmethod
    def connect(cls, corpus: Corpus, embedder: Embedder, uri: str = "",
                collection: str = "legalqa_chunks", config: MilvusConfig | None = None,
                load_if_stale: bool = True, force: bool = False,
                token: str = "") -> MilvusRetriever:  # fmt: skip
        """Connect, load the corpus if the collection is missing or stale, then serve.

        Idempotent: when the collection already holds this corpus (same schema version,
        corpus hash and model), nothing is written. With `load_if_stale=False` a stale
        collection raises BackendError instead (for app replicas that must not load);
        `force` rebuilds beside the served collection and switches; `token` authenticates
        ("user:password" or an API key) on servers with authentication on.
        """
        cfg = config or MilvusConfig()
        conn = MilvusConnection.open(uri, cfg.retry, token)
        r = cls(conn, collection, corpus, embedder, cfg)
        chunks = chunk_corpus(corpus.articles)
        r.last_load = load.sync(conn, collection, chunks, r.manifest(), embedder,
                                corpus.articles, r.lex, allow_load=load_if_stale,
                                analyzer=cfg.analyzer, batch=cfg.batch, force=force)  # fmt: skip
        rep = r.last_load
        log.info("Milvus %s -> %s: %s", collection, rep.collection,
                 "up to date" if rep.reused else f"loaded {rep.written} chunks ({rep.reason})")  # fmt: skip
        return r

    @property
    def corpus(self) -> Corpus:
        return self._corpus

    def _set_corpus(self, corpus: Corpus) -> None:
        self._corpus = corpus
        self._order = article_order(corpus)

    def manifest(self, state: str = "ready") -> Manifest:
        return Manifest(corpus_hash(self._corpus.articles), self.embedder.model_id,
                        self.embedder.dim, fingerprint(self.config.lexical), alias=self.alias,
                        state=state)  # fmt: skip

    # -- searching ------------------------------------------------------------
    def search(self, query: str, k: int = 10, laws: Sequence[str] | None = None) -> list[Hit]:
        """Best articles for the query, one hit per article, exact references first."""
        if k <= 0:
            return []
        cfg = self.config
        laws = valid_laws(laws)
        exact = lookup(self._corpus, query, laws) if cfg.lookup else []
        text = expand(query) if cfg.glossary else query
        depth = max(cfg.depth, k)
        expr = law_filter(laws)
        vec = self.embedder.encode([text])[0].tolist()
        terms = self.lex(text)
        reqs = [AnnSearchRequest(data=[vec], anns_field="dense", param={"metric_type": "IP"},
                                 limit=depth, expr=expr)]  # fmt: skip
        if terms.strip():  # a query with no indexable word has no BM25 ranking
            reqs.insert(0, AnnSearchRequest(data=[terms], anns_field="sparse",
                        param={"metric_type": "BM25"}, limit=depth, expr=expr))  # fmt: skip
        weights = cfg.weights if len(reqs) == 2 else cfg.weights[1:]
        ranker = RRFRanker(cfg.rrf_k) if cfg.fusion == "rrf" else WeightedRanker(*weights)
        res = self._hybrid(reqs, ranker, 2 * depth)
        rows = [Row.from_result(h) for h in (res[0] if res else [])]
        ranked = best_per_article(rows, self._order)
        return to_hits(self._corpus, exact, ranked, k, method=cfg.fusion)

    def _hybrid(self, reqs: list[AnnSearchRequest], ranker: object, limit: int) -> list:
        def run() -> list:
            return self.conn.call("search", self.conn.client.hybrid_search, self.alias, reqs,
                                  ranker, limit=limit, output_fields=OUTPUT_FIELDS)  # fmt: skip

        try:
            return run()
        except BackendError as e:  # released after a server restart: load it and try again
            if "load" not in str(e).lower():
                raise
            load.ensure_loaded(self.conn, self.alias)
            return run()

    # -- operator verbs -------------------------------------------------------
    def upsert(self, articles: Sequence[Article]) -> int:
        """Add or replace whole articles in the served collection; returns chunks written.

        The collection is marked `writing` first and `ready` (with the new corpus hash)
        last, so if this is interrupted the next `connect` sees it and reloads.
        """
        bad = sorted({a.law for a in articles} - set(INSTRUMENTS))
        if bad:
            raise BackendError(f"unknown instrument(s) {', '.join(bad)}")
        if not articles:
            return 0
        chunks = [c for a in articles for c in chunk_article(a)]
        live = self._begin_write()
        keys = quoted(sorted({a.id for a in articles}))
        old = load.ids_where(self.conn, live, f"article_id in {keys}")
        stale = sorted(old - {c.chunk_id for c in chunks})
        if stale:
            self.conn.call("delete", self.conn.client.delete, live, ids=stale)
        load.write(self.conn, live, chunks, self.embedder, {a.id: a for a in articles},
                   self.lex, self.config.batch)  # fmt: skip
        self._end_write(live, merge_articles(self._corpus.articles, upserts=articles))
        return len(chunks)

    def delete(self, article_ids: Sequence[str]) -> int:
        """Remove whole articles ("law:article") from the served collection."""
        if not article_ids:
            return 0
        live = self._begin_write()
        expr = f"article_id in {quoted(sorted(set(article_ids)))}"
        ids = sorted(load.ids_where(self.conn, live, expr))
        if ids:
            self.conn.call("delete", self.conn.client.delete, live, ids=ids)
        self._end_write(live, merge_articles(self._corpus.articles, deletes=article_ids))
        return len(ids)

    def _begin_write(self) -> str:
        live = load.resolve(self.conn, self.alias)
        m = load.manifest_of(self.conn, live) if live else None
        if live is None or m is None:
            raise BackendError(f"Milvus collection {self.alias!r} is not loaded; reconnect")
        load.set_manifest(self.conn, live, m.with_state("writing"))
        return live

    def _end_write(self, live: str, articles: tuple[Article, ...]) -> None:
        load.flush(self.conn, live)
        self._set_corpus(Corpus(articles))
        m = load.manifest_of(self.conn, live)
        new = self.manifest()
        if m is not None:
            new = replace(new, analyzer=m.analyzer)
        load.set_manifest(self.conn, live, new)

    def count(self) -> int:
        """Chunks in the served collection."""
        return load.count(self.conn, self.alias)

    def health(self) -> Health:
        """One quick round trip, no retries: reachable, loaded, current, how many chunks."""
        t0 = time.perf_counter()
        probe = MilvusConnection(self.conn.client, self.conn.uri, RetryPolicy(
            timeout_s=min(self.config.retry.timeout_s, 3.0), attempts=1))  # fmt: skip
        try:
            version = probe.call("version check", probe.client.get_server_version)
            live = load.resolve(probe, self.alias)
            if live is None:
                return Health(False, self.name, f"{self.conn.uri}: no collection {self.alias!r}")
            m = load.manifest_of(probe, live)
            n = load.count(probe, live)
        except BackendError as e:
            return Health(False, self.name, str(e), -1, (time.perf_counter() - t0) * 1000)
        why = m.why_stale(self.manifest()) if m else "no LegalQA manifest"
        detail = f"{self.conn.uri} (Milvus {version}), {self.alias} -> {live}, {n} chunks"
        ms = (time.perf_counter() - t0) * 1000
        return Health(not why, self.name, detail + (f"; stale: {why}" if why else ""), n, ms)

    def close(self) -> None:
        self.conn.close()
