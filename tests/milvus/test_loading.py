"""Loading is idempotent, stale collections are detected and replaced, writes work."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.corpus.store import Corpus
from assistant.retrieval.chunking import chunk_corpus
from assistant.retrieval.milvus import MilvusRetriever
from assistant.retrieval.milvus_load import count, manifest_of
from assistant.retrieval.milvus_schema import Manifest
from assistant.retrieval.milvus_server import LiteServer
from tests.milvus.helpers import FAST, CachingEmbedder, small_corpus

pytestmark = pytest.mark.milvus


def _ours(r: MilvusRetriever) -> list[str]:
    """The chunk collections built for this alias (the lay ones are `<alias>_lay_*`)."""
    names = r.conn.client.list_collections()
    mine = [n for n in names if n.startswith(f"{r.alias}_")]
    return sorted(n for n in mine if not n.startswith(f"{r.alias}_lay_"))


def _amended(corpus: Corpus, n: int = 3) -> Corpus:
    """The corpus with the first `n` articles' first paragraph changed."""
    arts = list(corpus.articles)
    for i in range(n):
        a = arts[i]
        arts[i] = replace(a, paragraphs=(a.paragraphs[0] + " (amended)", *a.paragraphs[1:]))
    return Corpus(arts)


def test_reconnect_writes_nothing_and_never_duplicates(
    server: LiteServer, corpus: Corpus, embedder: CachingEmbedder
) -> None:
    small = small_corpus(corpus)
    first = MilvusRetriever.connect(small, embedder, server.uri, "idem", FAST)
    assert first.last_load is not None and not first.last_load.reused
    again = MilvusRetriever.connect(small, embedder, server.uri, "idem", FAST)
    assert again.last_load is not None and again.last_load.reused
    assert again.last_load.written == 0
    assert again.last_lay_load is not None and again.last_lay_load.reused
    assert again.count() == first.count() == len(chunk_corpus(small.articles))
    assert _ours(again) == [first.last_load.collection]


def test_stale_corpus_is_reloaded_beside_and_swapped(
    server: LiteServer, corpus: Corpus, embedder: CachingEmbedder
) -> None:
    small = small_corpus(corpus)
    old = MilvusRetriever.connect(small, embedder, server.uri, "stale", FAST)
    new_corpus = _amended(small)
    new = MilvusRetriever.connect(new_corpus, embedder, server.uri, "stale", FAST)
    assert new.last_load is not None and not new.last_load.reused
    assert "corpus" in new.last_load.reason
    assert _ours(new) == [new.last_load.collection] != [old.last_load.collection]  # type: ignore[union-attr]
    a = new_corpus.articles[0]
    hit = new.search(f"juvenile provisions article {a.article}", k=1)[0]
    assert "(amended)" in hit.text
    assert new.health().ok and not old.health().ok  # old's corpus is no longer served


def test_other_schema_version_is_stale() -> None:
    m = Manifest("abc", "model", 384, state="ready")
    assert m.why_stale(m) == ""
    assert "schema version" in replace(m, schema_version=0).why_stale(m)
    assert "model id" in replace(m, model_id="other").why_stale(m)
    assert "lexical" in replace(m, lexical="client:0123").why_stale(m)
    assert "did not finish" in m.with_state("loading").why_stale(m)
    assert Manifest.from_properties(m.to_properties()) == m
    assert Manifest.from_properties({"unrelated": "1"}) is None


def test_upsert_and_delete_articles(
    server: LiteServer, corpus: Corpus, embedder: CachingEmbedder
) -> None:
    small = small_corpus(corpus)
    r = MilvusRetriever.connect(small, embedder, server.uri, "writes", FAST)
    total = r.count()
    a = small.articles[5]
    assert r.delete([a.id]) >= 1
    assert r.count() < total and not r.corpus.exists(a.law, a.article)  # type: ignore[arg-type]
    assert a.id not in r.questions.keys  # its lay questions went with it
    assert count(r.conn, str(r.lay_alias)) == len(r.questions.texts)
    assert all((h.law, h.article) != (a.law, a.article) for h in r.search(a.text[:200], k=10))
    changed = replace(a, paragraphs=("Guardians must be present (rewritten).",))
    assert r.upsert([changed]) == 1
    assert r.upsert([changed]) == 1  # idempotent
    assert r.count() == total - len(chunk_corpus((a,))) + 1
    top = r.search(f"juvenile provisions article {a.article}", k=1)[0]
    assert top.text.endswith("Guardians must be present (rewritten).")
    assert r.health().ok  # the stored corpus hash and lay digest follow the writes
    assert a.id in r.questions.keys and count(r.conn, str(r.lay_alias)) == len(r.questions.texts)
    again = MilvusRetriever.connect(r.corpus, embedder, server.uri, "writes", FAST)
    assert again.last_load is not None and again.last_load.reused


def test_server_side_analyzer_mode_falls_back_on_milvus_lite(
    server: LiteServer, corpus: Corpus, embedder: CachingEmbedder
) -> None:
    """lexical="server": Milvus analyses the raw text; Lite lacks "english", so the
    portable analyzer is used and recorded, and a changed mode is a different collection."""
    small = small_corpus(corpus)
    cfg = replace(FAST, lexical="server")
    r = MilvusRetriever.connect(small, embedder, server.uri, "servermode", cfg)
    live = r.last_load.collection  # type: ignore[union-attr]
    m = manifest_of(r.conn, live)
    assert m is not None and m.analyzer == "portable" and m.lexical == "server"
    assert r.search("guardian present during questioning of a minor", k=3)
    client = MilvusRetriever.connect(small, embedder, server.uri, "servermode", FAST)
    assert client.last_load is not None and "lexical" in client.last_load.reason


def test_forced_rebuild_swaps_in_a_new_collection(
    server: LiteServer, corpus: Corpus, embedder: CachingEmbedder
) -> None:
    small = small_corpus(corpus)
    before = MilvusRetriever.connect(small, embedder, server.uri, "forced", FAST)
    after = MilvusRetriever.connect(small, embedder, server.uri, "forced", FAST, force=True)
    assert after.last_load is not None and after.last_load.reason == "a rebuild was requested"
    assert _ours(after) == [after.last_load.collection] != [before.last_load.collection]  # type: ignore[union-attr]
    assert after.count() == before.count() and after.health().ok
