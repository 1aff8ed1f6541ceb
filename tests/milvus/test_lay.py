"""The Milvus backend holds the lay questions and ranks like the full embedded build.

Both backends run the same search code (searcher.py) over their own indexes, so on the
evaluation set's dev questions their top 5 should be the same articles in the same
order; the lay rankings themselves must agree with and without an instrument filter,
and edited questions must make the lay collection stale.
"""

from __future__ import annotations

import json
import math
from dataclasses import replace

import pytest

from assistant.corpus.store import Corpus
from assistant.retrieval import indexing, milvus_load
from assistant.retrieval.backend import BackendError, EmbeddedBackend
from assistant.retrieval.config import SearchConfig
from assistant.retrieval.lay import LayQuestions, load_lay
from assistant.retrieval.milvus import MilvusRetriever
from assistant.retrieval.milvus_lay import lay_alias
from assistant.retrieval.milvus_server import LiteServer
from assistant.retrieval.search_plan import Source, dense_texts, plan
from assistant.settings import ROOT
from tests.milvus.helpers import FAST, CachingEmbedder, small_corpus

pytestmark = pytest.mark.milvus
SAMPLE = 60  # dev questions, spread over the split (every kind)
TOLERANCE = 0.05  # share of questions whose top 5 may differ (float ties)


def _dev_sample() -> list[str]:
    rows = [json.loads(x) for x in (ROOT / "eval" / "qa.jsonl").read_text().splitlines() if x]
    qs = [r["question"] for r in rows if r["split"] == "dev" and r["gold"]]
    step = max(1, len(qs) // SAMPLE)
    return qs[::step][:SAMPLE]


def _top5(backend: EmbeddedBackend | MilvusRetriever, q: str) -> list[tuple[str, int | None]]:
    return [(h.law, h.article) for h in backend.search(q, k=5)]


def test_milvus_holds_every_lay_question(milvus: MilvusRetriever) -> None:
    assert milvus.lay_alias == lay_alias(milvus.alias)
    assert len(milvus.questions.texts) == len(load_lay().texts) > 1000
    assert milvus_load.count(milvus.conn, milvus.lay_alias) == len(milvus.questions.texts)
    assert milvus.last_lay_load is not None and milvus.health().ok
    assert "lay questions" in milvus.health().detail


def test_top5_is_the_full_embedded_builds(
    milvus: MilvusRetriever, embedded: EmbeddedBackend, embedder: CachingEmbedder
) -> None:
    assert embedded.retriever.lay is not None  # the full build, lay questions on
    qs = _dev_sample()
    assert len(qs) >= 50
    differ = [q for q in qs if _top5(milvus, q) != _top5(embedded, q)]
    assert len(differ) <= math.ceil(TOLERANCE * len(qs)), differ
    q = "the cops took my brother last night, when do they have to tell us?"
    mil, emb = milvus.search(q, k=3), embedded.search(q, k=3)
    assert [h.chunk_id for h in mil] == [h.chunk_id for h in emb]
    assert mil[0].score == pytest.approx(emb[0].score, rel=1e-9)
    for m, e in zip(mil, emb, strict=True):  # per-method scores too (BM25 at float32 precision)
        assert m.scores.keys() == e.scores.keys()
        assert list(m.scores.values()) == pytest.approx(list(e.scores.values()), rel=1e-4)
    assert {"bm25", "dense", "rrf"} <= set(mil[0].scores)  # per-method scores, as embedded
    assert any(k.startswith("lay-") for h in mil for k in h.scores)


@pytest.mark.parametrize("laws", [None, ["spp-juvenile"], ["mps-procedures"], ["cpl", "guide"]])
def test_lay_rankings_agree_and_respect_the_filter(
    milvus: MilvusRetriever, embedded: EmbeddedBackend, laws: list[str] | None
) -> None:
    """The lay rankings themselves, request by request: the same article rows in the
    same order (Milvus filters before its limit, the embedded index after; lay_limit
    makes them meet), and only rows of the filtered instruments."""
    searcher = embedded.retriever
    q = "can my son's girlfriend be his guarantor so he gets out on bail while they investigate"
    reqs = [r for r in plan(q, "", SearchConfig(), searcher.engine.tokens, True, 50)
            if r.source is Source.LAY]  # fmt: skip
    assert {r.name for r in reqs} == {"lay-bm25", "lay-dense"}
    texts = dense_texts(reqs)
    vectors = dict(zip(texts, searcher.embedder.encode(texts), strict=True))
    scope = searcher.scope(laws)
    emb = searcher.engine.run(reqs, vectors, scope)
    mil = milvus.searcher.engine.run(reqs, vectors, milvus.searcher.scope(laws))
    for req, e, m in zip(reqs, emb, mil, strict=True):
        assert 0 < len(m) == len(e) <= req.depth, req.name
        assert [row for row, _ in m] == [row for row, _ in e], req.name
        if laws is not None:
            assert {milvus.chunks[row].law for row, _ in m} <= set(laws)
        assert [s for _, s in m] == pytest.approx([s for _, s in e], rel=1e-4, abs=1e-5)


def test_lay_hits_stay_inside_the_filter(milvus: MilvusRetriever) -> None:
    q = "the cops took my brother last night, when do they have to tell us?"
    hits = milvus.search(q, k=10, laws=["spp-juvenile"])
    assert len(hits) == 10 and {h.law for h in hits} == {"spp-juvenile"}
    assert any(k.startswith("lay-") for h in hits for k in h.scores)


def _edited(questions: LayQuestions, key: str, text: str) -> LayQuestions:
    i = questions.keys.index(key)
    return replace(questions, texts=(*questions.texts[:i], text, *questions.texts[i + 1 :]))


def test_edited_questions_make_the_lay_collection_stale(
    server: LiteServer, corpus: Corpus, embedder: CachingEmbedder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    small = small_corpus(corpus)
    before = MilvusRetriever.connect(small, embedder, server.uri, "laystale", FAST)
    key = before.questions.keys[0]
    new_text = "zyzzyva quokka flummox: can my grandson be questioned without me"
    edited = _edited(load_lay(), key, new_text)
    monkeypatch.setattr(indexing, "load_lay", lambda: edited)

    replica = MilvusRetriever(before.conn, "laystale", small, embedder, FAST)
    health = replica.health()
    assert not health.ok and "lay" in health.detail
    with pytest.raises(BackendError, match=r"laystale_lay.*lay sha256"):
        MilvusRetriever.connect(small, embedder, server.uri, "laystale", FAST,
                                load_if_stale=False)  # fmt: skip

    after = MilvusRetriever.connect(small, embedder, server.uri, "laystale", FAST)
    assert after.last_load is not None and after.last_load.reused  # chunks untouched
    lay = after.last_lay_load
    assert lay is not None and not lay.reused and "lay sha256" in lay.reason
    assert after.health().ok
    names = after.conn.client.list_collections()
    assert [n for n in names if n.startswith("laystale_lay_")] == [lay.collection]
    top = after.search("zyzzyva quokka flummox", k=1)[0]
    assert top.chunk_id.rsplit("#", 1)[0] == key and "lay-bm25" in top.scores
