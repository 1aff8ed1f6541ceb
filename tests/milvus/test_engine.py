"""MilvusEngine turns requests into Milvus searches and hits into chunk rows (no server:
a fake client records the calls and returns canned hits)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from assistant.corpus.store import Corpus
from assistant.retrieval.chunking import chunk_corpus
from assistant.retrieval.lay import POOL
from assistant.retrieval.milvus_conn import MilvusConnection, RetryPolicy
from assistant.retrieval.milvus_engine import MilvusEngine, law_filter
from assistant.retrieval.milvus_schema import quoted
from assistant.retrieval.search_plan import Method, Request, Scope, Source
from tests.milvus.helpers import small_corpus

pytestmark = pytest.mark.milvus
LAW = "spp-juvenile"


class FakeClient:
    def __init__(self, hits: list[dict[str, Any]]) -> None:
        self.hits = hits
        self.calls: list[dict[str, Any]] = []

    def search(self, name: str, **kwargs: Any) -> list[list[dict[str, Any]]]:
        self.calls.append({"name": name, **kwargs})
        return [self.hits]


def _engine(corpus: Corpus, hits: list[dict[str, Any]]) -> tuple[MilvusEngine, FakeClient]:
    client = FakeClient(hits)
    conn = MilvusConnection(client, "fake", RetryPolicy(attempts=1))  # type: ignore[arg-type]
    chunks = chunk_corpus(small_corpus(corpus, LAW).articles)
    return MilvusEngine(conn, "a", "a_lay", chunks, "client", lay_most=5), client


def test_chunk_hits_become_rows_and_bm25_scores_are_positive(corpus: Corpus) -> None:
    chunks = chunk_corpus(small_corpus(corpus, LAW).articles)
    ids = [chunks[3].chunk_id, "nowhere:1#0", chunks[0].chunk_id]
    engine, client = _engine(corpus, [{"chunk_id": c, "distance": -2.0 + i}
                                      for i, c in enumerate(ids)])  # fmt: skip
    req = Request("bm25", Source.CHUNKS, Method.LEXICAL, 1.0, 50, ("bail", "guarant"), "bail")
    [rows] = engine.run([req], {}, Scope((LAW,), ((0, len(chunks)),)))
    # unknown ids skipped; Lite's negated BM25 undone, the (k1 + 1) factor divided out
    assert rows == [(3, pytest.approx(2.0 / 2.2)), (0, 0.0)]
    call = client.calls[0]
    assert call["name"] == "a" and call["data"] == ["bail guarant"] and call["limit"] == 50
    assert call["anns_field"] == "sparse" and call["filter"] == f'law in ["{LAW}"]'
    no_words = Request("bm25", Source.CHUNKS, Method.LEXICAL, 1.0, 50)
    assert engine.run([no_words], {}, Scope()) == [[]] and len(client.calls) == 1


def test_lay_hits_rank_first_chunks_once_each_with_the_right_pool(corpus: Corpus) -> None:
    chunks = chunk_corpus(small_corpus(corpus, LAW).articles)
    second = next(i for i, c in enumerate(chunks) if c.article_key != chunks[0].article_key)
    a, b = chunks[0].article_key, chunks[second].article_key
    hits = [{"article_id": k, "distance": d} for k, d in [(b, 0.9), (a, 0.8), (b, 0.7)]]
    engine, client = _engine(corpus, hits)
    req = Request("lay-dense", Source.LAY, Method.DENSE, 0.4, 20, text="q")
    vec = {"q": np.ones(4, dtype=np.float32)}
    assert engine.run([req], vec, Scope()) == [[(second, 0.9), (0, 0.8)]]
    engine.run([req], vec, Scope((LAW,), ((0, len(chunks)),)))
    # unfiltered: the embedded pool; filtered: enough questions for 20 articles of 5
    assert [c["limit"] for c in client.calls] == [20 * POOL, 20 * 5]
    assert client.calls[0]["name"] == "a_lay" and client.calls[0]["filter"] == ""
    assert client.calls[0]["output_fields"] == ["article_id"]


def test_filters_and_quoting() -> None:
    assert law_filter(None) == "" and law_filter(["cpl"]) == 'law in ["cpl"]'
    assert quoted(['a"b', "c\\d"]) == '["a\\"b", "c\\\\d"]'
