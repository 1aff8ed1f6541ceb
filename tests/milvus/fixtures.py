"""Fixtures for the Milvus tests (conftest.py imports them when the [milvus] extra is
installed): a real `milvus-lite server` child process on a free loopback port, the real
embedding model (loaded once, with a shared vector cache so both backends embed each
text once), and the embedded backend to compare against.

Everything stays on loopback: the suite's socket guard does not see gRPC's own sockets,
so `_loopback_only` also refuses any Milvus URI that is not 127.0.0.0/8, ::1, localhost
or a local file.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Iterator
from urllib.parse import urlparse

import pytest

from assistant.corpus.store import Corpus, load_articles
from assistant.retrieval import milvus_conn
from assistant.retrieval.backend import EmbeddedBackend
from assistant.retrieval.config import IndexConfig
from assistant.retrieval.dense import SentenceEmbedder
from assistant.retrieval.hybrid import HybridRetriever
from assistant.retrieval.milvus import MilvusRetriever
from assistant.retrieval.milvus_server import LiteServer
from assistant.settings import Settings
from tests.milvus.helpers import FAST, CachingEmbedder


def _is_local(uri: str) -> bool:
    parsed = urlparse(uri)
    if parsed.scheme not in ("http", "https", "tcp", "grpc"):
        return True  # a Milvus Lite file path
    host = parsed.hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    real = milvus_conn.client_uri

    def guarded(uri: str) -> str:
        if not _is_local(uri.strip() or milvus_conn.DEFAULT_URI):
            raise RuntimeError(f"test tried to reach a non-loopback Milvus at {uri!r}")
        return real(uri)

    monkeypatch.setattr(milvus_conn, "client_uri", guarded)


@pytest.fixture(scope="session", autouse=True)
def _quiet_pymilvus() -> None:
    """pymilvus logs every failed RPC with a traceback; the tests check our own errors."""
    logging.getLogger("pymilvus").setLevel(logging.CRITICAL)


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiteServer]:
    """One milvus-lite server for the session, on 127.0.0.1 and a free port."""
    with LiteServer(tmp_path_factory.mktemp("milvus-data"), host="127.0.0.1") as s:
        yield s


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return Corpus(load_articles(Settings().articles_path))


@pytest.fixture(scope="session")
def embedder() -> CachingEmbedder:
    return CachingEmbedder(SentenceEmbedder(Settings().model_path))


@pytest.fixture(scope="session")
def embedded(corpus: Corpus, embedder: CachingEmbedder) -> EmbeddedBackend:
    """The embedded backend over the same corpus as built by default (lay questions on),
    in memory (index/ is untouched): what the Milvus backend must rank like."""
    return EmbeddedBackend(HybridRetriever.build(corpus, embedder, index_config=IndexConfig()))


@pytest.fixture(scope="session")
def milvus(server: LiteServer, corpus: Corpus, embedder: CachingEmbedder) -> MilvusRetriever:
    """The full corpus loaded into the session server under the default alias."""
    return MilvusRetriever.connect(corpus, embedder, server.uri, "legalqa_chunks", FAST)
