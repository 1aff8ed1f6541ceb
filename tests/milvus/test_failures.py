"""Connection failures: clear errors, bounded retries, and no partial data served."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from assistant.corpus.store import Corpus
from assistant.retrieval.backend import BackendError, BackendUnavailable
from assistant.retrieval.chunking import chunk_corpus
from assistant.retrieval.milvus import MilvusRetriever
from assistant.retrieval.milvus_conn import MilvusConnection, RetryPolicy
from assistant.retrieval.milvus_load import count, manifest_of
from assistant.retrieval.milvus_server import LiteServer, free_port
from tests.milvus.helpers import FAST, CachingEmbedder, small_corpus
from tests.milvus.test_loading import _amended, _ours

pytestmark = pytest.mark.milvus


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[LiteServer]:
    """A server this test may stop, freeze and restart (same data folder and port)."""
    with LiteServer(tmp_path / "data", host="127.0.0.1") as s:
        yield s


class StopsServer:
    """Embeds normally, but kills the server while embedding batch number `at`."""

    def __init__(self, inner: CachingEmbedder, server: LiteServer, at: int) -> None:
        self.inner, self.server, self.at = inner, server, at
        self.dim, self.model_id, self.calls = inner.dim, inner.model_id, 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        if self.calls == self.at:
            self.server.stop(kill=True)
        return self.inner.encode(texts)


def test_server_killed_mid_load(
    own_server: LiteServer, corpus: Corpus, embedder: CachingEmbedder
) -> None:
    v1 = small_corpus(corpus)
    cfg = replace(FAST, batch=8)
    r1 = MilvusRetriever.connect(v1, embedder, own_server.uri, "crash", cfg)
    served, n1 = r1.last_load.collection, r1.count()  # type: ignore[union-attr]
    v2 = _amended(v1)
    t0 = time.monotonic()
    with pytest.raises(BackendUnavailable) as err:
        MilvusRetriever.connect(v2, StopsServer(embedder, own_server, at=3), own_server.uri,
                                "crash", cfg)  # fmt: skip
    msg = str(err.value)
    assert own_server.uri in msg and "unreachable" in msg and "attempt" in msg
    assert time.monotonic() - t0 < 60

    own_server.start()  # same data folder and port: as after a crash and restart
    assert r1.search("guardian present during questioning", k=3)  # reconnects, reloads
    r = MilvusRetriever.connect(v1, embedder, own_server.uri, "crash", cfg, load_if_stale=False)
    assert r.last_load is not None and r.last_load.collection == served
    assert r.count() == n1  # the served collection was not touched
    art = v2.articles[0]
    hit = r.search(f"juvenile provisions article {art.article}", k=1)[0]
    assert "(amended)" not in hit.text
    staging = [n for n in _ours(r) if n != served]
    assert len(staging) == 1
    partial = count(r.conn, staging[0])
    assert 0 < partial < len(chunk_corpus(v2.articles))
    assert manifest_of(r.conn, staging[0]).state == "loading"  # type: ignore[union-attr]

    done = MilvusRetriever.connect(v2, embedder, own_server.uri, "crash", cfg)
    assert done.last_load is not None and done.last_load.collection == staging[0]
    assert done.last_load.written == len(chunk_corpus(v2.articles)) - partial  # resumed
    assert done.count() == len(chunk_corpus(v2.articles))  # nothing duplicated
    assert _ours(done) == [staging[0]]


def test_nothing_listening_fails_fast_and_clearly() -> None:
    uri = f"http://127.0.0.1:{free_port()}"
    t0 = time.monotonic()
    with pytest.raises(BackendUnavailable) as err:
        MilvusConnection.open(uri, RetryPolicy(timeout_s=1.0, attempts=3, backoff_s=0.05))
    assert uri in str(err.value) and "LEGALQA_MILVUS_URI" in str(err.value)
    assert time.monotonic() - t0 < 15


def test_stopped_server_search_raises_and_health_says_so(
    own_server: LiteServer, corpus: Corpus, embedder: CachingEmbedder
) -> None:
    r = MilvusRetriever.connect(small_corpus(corpus), embedder, own_server.uri, "down", FAST)
    own_server.stop()
    with pytest.raises(BackendUnavailable, match="unreachable"):
        r.search("guardian present during questioning")
    h = r.health()
    assert not h.ok and h.chunks == -1 and own_server.uri in h.detail


def test_frozen_server_times_out_clearly(
    own_server: LiteServer, corpus: Corpus, embedder: CachingEmbedder
) -> None:
    cfg = replace(FAST, retry=RetryPolicy(timeout_s=0.5, attempts=2, backoff_s=0.05))
    r = MilvusRetriever.connect(small_corpus(corpus), embedder, own_server.uri, "frozen", cfg)
    assert own_server.pid is not None
    os.kill(own_server.pid, signal.SIGSTOP)
    try:
        with pytest.raises(BackendUnavailable, match=r"did not answer search within 0\.5s"):
            r.search("guardian present during questioning")
    finally:
        os.kill(own_server.pid, signal.SIGCONT)


def test_a_real_collection_under_the_alias_name_is_refused(own_server: LiteServer) -> None:
    conn = MilvusConnection.open(own_server.uri, FAST.retry)
    conn.client.create_collection("taken", dimension=4)
    from assistant.retrieval.milvus_load import resolve

    with pytest.raises(BackendError, match="must be an alias"):
        resolve(conn, "taken")
