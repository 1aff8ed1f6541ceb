"""The operator commands: `load` is idempotent, `status` is a probe (exit code)."""

from __future__ import annotations

import json

import pytest

from assistant.retrieval import milvus_admin
from assistant.retrieval.milvus import MilvusRetriever
from assistant.retrieval.milvus_server import LiteServer
from tests.milvus.helpers import CachingEmbedder

pytestmark = pytest.mark.milvus


@pytest.fixture
def _shared_model(monkeypatch: pytest.MonkeyPatch, embedder: CachingEmbedder) -> None:
    monkeypatch.setattr(milvus_admin, "load_embedder", lambda _settings: embedder)


@pytest.mark.usefixtures("_shared_model")
def test_load_then_status(
    milvus: MilvusRetriever, server: LiteServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert milvus_admin.main(["load", "--uri", server.uri, "--collection", milvus.alias]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["load"]["reused"] is True and out["health"]["ok"] is True
    assert out["lay"]["reused"] is True
    assert milvus_admin.main(["status", "--uri", server.uri, "--collection", milvus.alias]) == 0
    assert json.loads(capsys.readouterr().out)["chunks"] == milvus.count()


@pytest.mark.usefixtures("_shared_model")
def test_status_fails_for_a_missing_collection(
    server: LiteServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert milvus_admin.main(["status", "--uri", server.uri, "--collection", "nothing_here"]) == 1
    assert "no collection" in json.loads(capsys.readouterr().out)["detail"]
