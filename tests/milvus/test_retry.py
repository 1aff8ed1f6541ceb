"""Retry policy and error classification, without a server."""

from __future__ import annotations

from pathlib import Path

import grpc
import pytest
from pymilvus.exceptions import MilvusException

from assistant.retrieval.backend import BackendError, BackendUnavailable
from assistant.retrieval.milvus_conn import (
    MilvusConnection,
    RetryPolicy,
    client_uri,
    is_transient,
)

pytestmark = pytest.mark.milvus
DOWN = MilvusException(2, "Fail connecting to server on 127.0.0.1:1, server unavailable")


class Flaky:
    def __init__(self, failures: list[Exception]) -> None:
        self.failures, self.calls = failures, 0
        self.kwargs: dict[str, object] = {}

    def __call__(self, **kwargs: object) -> str:
        self.calls += 1
        self.kwargs = kwargs
        if self.failures:
            raise self.failures.pop(0)
        return "ok"


def _conn(sleeps: list[float], attempts: int = 4) -> MilvusConnection:
    policy = RetryPolicy(timeout_s=2.0, attempts=attempts, backoff_s=0.1, max_backoff_s=0.3)
    return MilvusConnection(None, "http://127.0.0.1:1", policy, sleeps.append)  # type: ignore[arg-type]


def test_transient_failures_are_retried_with_backoff() -> None:
    sleeps: list[float] = []
    fn = Flaky([DOWN, DOWN, DOWN])
    assert _conn(sleeps).call("search", fn) == "ok"
    assert fn.calls == 4 and sleeps == [0.1, 0.2, 0.3]  # doubled, capped
    assert fn.kwargs == {"timeout": 2.0}


def test_giving_up_says_where_what_and_how_long() -> None:
    sleeps: list[float] = []
    with pytest.raises(BackendUnavailable) as err:
        _conn(sleeps, attempts=2).call("upsert", Flaky([DOWN, DOWN, DOWN]))
    msg = str(err.value)
    assert "http://127.0.0.1:1" in msg and "upsert" in msg and "2 attempt(s)" in msg


def test_a_refusal_is_not_retried() -> None:
    sleeps: list[float] = []
    fn = Flaky([MilvusException(1100, "field text exceeds max length", is_input_error=True)])
    with pytest.raises(BackendError, match="exceeds max length") as err:
        _conn(sleeps).call("upsert", fn)
    assert not isinstance(err.value, BackendUnavailable)
    assert fn.calls == 1 and sleeps == []


def test_classification() -> None:
    assert is_transient(DOWN)
    assert is_transient(MilvusException(65535, "anything", retriable=True))
    assert is_transient(MilvusException(1, "rpc: DEADLINE_EXCEEDED"))
    assert not is_transient(MilvusException(100, "collection not found"))
    assert not is_transient(ValueError("bad"))
    assert is_transient(ConnectionRefusedError())

    class Rpc(grpc.RpcError):
        def code(self) -> grpc.StatusCode:
            return grpc.StatusCode.UNAVAILABLE

    assert is_transient(Rpc())


def test_uri_forms(tmp_path: Path) -> None:
    assert client_uri("") == "http://127.0.0.1:19530"
    assert client_uri("http://10.0.0.5:19530") == "http://10.0.0.5:19530"
    assert client_uri(str(tmp_path / "m.db")) == str(tmp_path / "m.db")
    with pytest.raises(ValueError, match=r"\.db"):
        client_uri(str(tmp_path / "milvus"))
