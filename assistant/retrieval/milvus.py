"""MilvusRetriever: the `RetrievalBackend` on a Milvus server (standalone, distributed or
Milvus Lite), ranking exactly as the embedded backend does.

Two collections, each behind an alias: the chunks (`legalqa_chunks`, milvus_schema.py)
and the lay questions (`legalqa_chunks_lay`, milvus_lay.py), each with server-side BM25
(over our own BM25 terms by default: milvus_lexical.py) and our embeddings. A search is
the embedded backend's own (searcher.py: references, spelling, glossary, weighted RRF,
priors, one hit per article); only its rankings come from Milvus, one search per method
under the same instrument filter (milvus_engine.py), with the same depths and weights.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Collection, Sequence
from dataclasses import replace

from assistant.corpus.instruments import INSTRUMENTS
from assistant.corpus.store import Corpus
from assistant.retrieval import milvus_load as load
from assistant.retrieval.adapter import QueryAdapter
from assistant.retrieval.backend import BackendError, Health, merge_articles
from assistant.retrieval.chunking import Chunk, chunk_article, chunk_corpus
from assistant.retrieval.config import IndexConfig
from assistant.retrieval.dense import Embedder
from assistant.retrieval.indexing import lay_questions_for, query_adapter
from assistant.retrieval.lay import LayQuestions
from assistant.retrieval.milvus_config import MilvusConfig
from assistant.retrieval.milvus_conn import MilvusConnection, RetryPolicy
from assistant.retrieval.milvus_engine import MilvusEngine
from assistant.retrieval.milvus_lay import lay_alias, lay_payload, most_per_article
from assistant.retrieval.milvus_lexical import fingerprint, lexer
from assistant.retrieval.milvus_schema import Manifest, Payload, chunk_payload, quoted
from assistant.retrieval.searcher import Searcher
from assistant.retrieval.store import corpus_hash
from assistant.types import Article, Hit

__all__ = ["MilvusConfig", "MilvusRetriever"]
log = logging.getLogger(__name__)


class MilvusRetriever:
    """Search Milvus collections exactly as `HybridRetriever` searches the embedded index.

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
        self.last_load: load.LoadReport | None = None
        self.last_lay_load: load.LoadReport | None = None
        self._adapter: QueryAdapter | None = None
        self._set_corpus(corpus)

    @classmethod
    def connect(cls, corpus: Corpus, embedder: Embedder, uri: str = "",
                collection: str = "legalqa_chunks", config: MilvusConfig | None = None,
                load_if_stale: bool = True, force: bool = False,
                token: str = "") -> MilvusRetriever:  # fmt: skip
        """Connect, load the chunks and lay questions if missing or stale, then serve.

        Idempotent: when the collections already hold this corpus and these questions
        (same schema version, corpus hash, lay digest and model), nothing is written. With
        `load_if_stale=False` a stale collection raises BackendError instead (for app
        replicas that must not load); `force` rebuilds beside the served collections and
        switches; `token` authenticates ("user:password" or an API key).
        """
        cfg = config or MilvusConfig()
        conn = MilvusConnection.open(uri, cfg.retry, token)
        r = cls(conn, collection, corpus, embedder, cfg)

        def sync(alias: str, want: Manifest, payload: Payload) -> load.LoadReport:
            return load.sync(conn, alias, want, payload, allow_load=load_if_stale,
                             analyzer=cfg.analyzer, batch=cfg.batch, force=force)  # fmt: skip

        where = {a.id: a for a in corpus.articles}
        r.last_load = sync(collection, r.manifest(), chunk_payload(r.chunks, embedder, where,
                                                                    r.lex))  # fmt: skip
        if r.lay_alias is not None:
            lay = lay_payload(r.questions, embedder, r.lex)
            r.last_lay_load = sync(r.lay_alias, r.lay_manifest(), lay)
        return r

    @property
    def corpus(self) -> Corpus:
        return self._corpus

    @property
    def chunks(self) -> list[Chunk]:
        return self.searcher.chunks

    def _set_corpus(self, corpus: Corpus) -> None:
        """Take a corpus: its chunks, its articles' lay questions and a searcher over them."""
        self._corpus = corpus
        chunks = chunk_corpus(corpus.articles)
        on = IndexConfig(lay_questions=self.config.lay_questions,
                         query_adapter=self.config.query_adapter)  # fmt: skip
        self.questions: LayQuestions = lay_questions_for(on, chunks)
        # as embedded: no lay rankings when no article has questions
        self.lay_alias = lay_alias(self.alias) if self.questions.texts else None
        engine = MilvusEngine(self.conn, self.alias, self.lay_alias, chunks, self.config.lexical,
                              most_per_article(self.questions))  # fmt: skip
        if self._adapter is None:  # kept across upserts: an edit barely moves a linear map
            self._adapter = query_adapter(on, self.embedder, chunks, self.questions)
        self.searcher = Searcher(corpus, chunks, self.embedder, engine, self.config.search,
                                 self._adapter)  # fmt: skip

    def manifest(self, state: str = "ready") -> Manifest:
        """What the chunk collection must hold."""
        return Manifest(corpus_hash(self._corpus.articles), self.embedder.model_id,
                        self.embedder.dim, fingerprint(self.config.lexical), alias=self.alias,
                        state=state)  # fmt: skip

    def lay_manifest(self, state: str = "ready") -> Manifest:
        """What the lay collection must hold: these questions (their digest), whatever
        the wording of the articles they point at."""
        return Manifest("", self.embedder.model_id, self.embedder.dim,
                        fingerprint(self.config.lexical), alias=self.lay_alias or "", state=state,
                        lay_sha256=self.questions.digest())  # fmt: skip

    def search(self, query: str, k: int = 10, laws: Sequence[str] | None = None,
               asks: str | None = None) -> list[Hit]:  # fmt: skip
        """Best articles for the query, one hit per article, exact references first."""
        return self.searcher.search(query, k=k, laws=laws, asks=asks)

    # -- operator verbs -------------------------------------------------------
    def upsert(self, articles: Sequence[Article]) -> int:
        """Add or replace whole articles in the served collections; returns chunks written.

        A collection is marked `writing` first and `ready` (with the new corpus hash or lay
        digest) last, so if this is interrupted the next `connect` sees it and reloads.
        """
        bad = sorted({a.law for a in articles} - set(INSTRUMENTS))
        if bad:
            raise BackendError(f"unknown instrument(s) {', '.join(bad)}")
        if not articles:
            return 0
        chunks = [c for a in articles for c in chunk_article(a)]
        live = self._begin_write(self.alias)
        keys = quoted(sorted({a.id for a in articles}))
        old = load.ids_where(self.conn, live, f"article_id in {keys}")
        stale = sorted(old - {c.chunk_id for c in chunks})
        if stale:
            self.conn.call("delete", self.conn.client.delete, live, ids=stale)
        payload = chunk_payload(chunks, self.embedder, {a.id: a for a in articles}, self.lex)
        load.write(self.conn, live, payload, self.config.batch)
        self._end_write(live, merge_articles(self._corpus.articles, upserts=articles))
        self._rewrite_lay({a.id for a in articles})
        return len(chunks)

    def delete(self, article_ids: Sequence[str]) -> int:
        """Remove whole articles ("law:article") from the served collections."""
        if not article_ids:
            return 0
        live = self._begin_write(self.alias)
        expr = f"article_id in {quoted(sorted(set(article_ids)))}"
        ids = sorted(load.ids_where(self.conn, live, expr))
        if ids:
            self.conn.call("delete", self.conn.client.delete, live, ids=ids)
        self._end_write(live, merge_articles(self._corpus.articles, deletes=article_ids))
        self._rewrite_lay(set(article_ids))
        return len(ids)

    def _begin_write(self, alias: str) -> str:
        live = load.resolve(self.conn, alias)
        m = load.manifest_of(self.conn, live) if live else None
        if live is None or m is None:
            raise BackendError(f"Milvus collection {alias!r} is not loaded; reconnect")
        load.set_manifest(self.conn, live, m.with_state("writing"))
        return live

    def _end_write(self, live: str, articles: tuple[Article, ...] | None = None) -> None:
        """Flush, take the new corpus (chunk writes), and mark the collection current."""
        load.flush(self.conn, live)
        if articles is not None:
            self._set_corpus(Corpus(articles))
        m = load.manifest_of(self.conn, live)
        new = self.manifest() if articles is not None else self.lay_manifest()
        load.set_manifest(self.conn, live, replace(new, analyzer=m.analyzer) if m else new)

    def _rewrite_lay(self, article_ids: Collection[str]) -> None:
        """Give the lay collection these articles' questions as the corpus now has them."""
        if self.lay_alias is None:
            return
        live = self._begin_write(self.lay_alias)
        expr = f"article_id in {quoted(sorted(article_ids))}"
        old = sorted(load.ids_where(self.conn, live, expr, key="question_id"))
        if old:
            self.conn.call("delete", self.conn.client.delete, live, ids=old)
        mine = [i for i, key in enumerate(self.questions.keys) if key in article_ids]
        if mine:
            rows = lay_payload(self.questions, self.embedder, self.lex).rows(mine)
            self.conn.call("upsert", self.conn.client.upsert, live, rows)
        self._end_write(live)

    def count(self) -> int:
        """Chunks in the served collection."""
        return load.count(self.conn, self.alias)

    def health(self) -> Health:
        """Quick round trips, no retries: reachable, loaded, current, how many chunks."""
        t0 = time.perf_counter()
        probe = MilvusConnection(self.conn.client, self.conn.uri, RetryPolicy(
            timeout_s=min(self.config.retry.timeout_s, 3.0), attempts=1))  # fmt: skip
        try:
            version = probe.call("version check", probe.client.get_server_version)
            live = load.resolve(probe, self.alias)
            if live is None:
                return Health(False, self.name, f"{self.conn.uri}: no collection {self.alias!r}")
            m, n = load.manifest_of(probe, live), load.count(probe, live)
            detail = f"{self.conn.uri} (Milvus {version}), {self.alias} -> {live}, {n} chunks"
            why = m.why_stale(self.manifest()) if m else "no LegalQA manifest"
            if self.lay_alias is not None and not why:
                lay_why, lay_detail = self._lay_health(probe)
                why, detail = lay_why, f"{detail}; {lay_detail}"
        except BackendError as e:
            return Health(False, self.name, str(e), -1, (time.perf_counter() - t0) * 1000)
        ms = (time.perf_counter() - t0) * 1000
        return Health(not why, self.name, detail + (f"; stale: {why}" if why else ""), n, ms)

    def _lay_health(self, probe: MilvusConnection) -> tuple[str, str]:
        """(why the lay collection cannot serve, or ''; what it holds)."""
        alias = str(self.lay_alias)
        live = load.resolve(probe, alias)
        if live is None:
            return f"no collection {alias!r} (lay questions)", "no lay questions"
        m, n = load.manifest_of(probe, live), load.count(probe, live)
        why = m.why_stale(self.lay_manifest()) if m else "no LegalQA manifest"
        return (f"lay questions: {why}" if why else ""), f"{alias} -> {live}, {n} lay questions"

    def close(self) -> None:
        self.conn.close()
