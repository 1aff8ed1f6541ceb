"""A Milvus connection that retries transient failures and explains the rest.

Every call goes through `MilvusConnection.call(op, ...)`: it passes a per-call timeout,
retries what may succeed on a second try (server unreachable, deadline exceeded, rate
limited) with exponential back-off, and turns what is left into `BackendUnavailable`
(could not reach / no answer in time) or `BackendError` (the server said no), each
naming the server, the operation and the cause.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlparse

import grpc
from pymilvus import MilvusClient
from pymilvus.exceptions import ErrorCode, MilvusException

from assistant.retrieval.backend import BackendError, BackendUnavailable

log = logging.getLogger(__name__)
T = TypeVar("T")
DEFAULT_URI = "http://127.0.0.1:19530"
_TRANSIENT_GRPC = {grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED,
                   grpc.StatusCode.RESOURCE_EXHAUSTED, grpc.StatusCode.ABORTED}  # fmt: skip
_TRANSIENT_WORDS = ("unavailable", "fail connecting", "connection refused", "deadline",
                    "timed out", "timeout", "server is not ready", "rate limit")  # fmt: skip


@dataclass(frozen=True)
class RetryPolicy:
    """Timeouts and back-off. Waits are backoff_s, 2x, 4x... capped at max_backoff_s.

    Example:
        >>> RetryPolicy(attempts=1)  # health probes: answer now, never wait
    """

    timeout_s: float = 10.0  # per call
    attempts: int = 4  # tries per call, the first included
    backoff_s: float = 0.25
    max_backoff_s: float = 4.0

    def waits(self) -> list[float]:
        return [min(self.backoff_s * 2**i, self.max_backoff_s) for i in range(self.attempts - 1)]


def is_transient(e: BaseException) -> bool:
    """Could the same request succeed if sent again a little later?"""
    if isinstance(e, grpc.RpcError) and hasattr(e, "code"):
        return e.code() in _TRANSIENT_GRPC
    if isinstance(e, MilvusException):
        if e.retriable or e.code == ErrorCode.RATE_LIMIT:
            return True
        if e.is_input_error:
            return False
        return any(w in str(e.message).lower() for w in _TRANSIENT_WORDS)
    return isinstance(e, ConnectionError | TimeoutError)


def _reason(e: BaseException) -> str:
    if isinstance(e, MilvusException):
        return str(e.message) or type(e).__name__
    if isinstance(e, grpc.RpcError) and hasattr(e, "details"):
        return f"{e.code().name}: {e.details()}"
    return str(e) or type(e).__name__


def client_uri(uri: str) -> str:
    """The URI pymilvus needs: a server address as given, or an absolute `.db` path
    (Milvus Lite embedded in this process). Raise ValueError for anything else."""
    uri = uri.strip() or DEFAULT_URI
    parsed = urlparse(uri)
    if parsed.scheme in ("http", "https", "tcp", "grpc", "unix"):
        return uri
    path = Path(uri).expanduser()
    if path.suffix != ".db":
        raise ValueError(
            f"LEGALQA_MILVUS_URI {uri!r} is neither a server address (http://host:19530) "
            "nor a Milvus Lite file path ending in .db"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    return str(path.resolve())


class MilvusConnection:
    """A `MilvusClient` whose calls retry with back-off and fail with clear messages.

    Example:
        >>> conn = MilvusConnection.open("http://127.0.0.1:19530")
        >>> conn.call("list collections", conn.client.list_collections)
        ['legalqa_chunks_3f2a...']
    """

    def __init__(self, client: MilvusClient, uri: str, policy: RetryPolicy,
                 sleep: Callable[[float], None] = time.sleep) -> None:  # fmt: skip
        self.client, self.uri, self.policy, self._sleep = client, uri, policy, sleep

    @classmethod
    def open(cls, uri: str, policy: RetryPolicy | None = None, token: str = "",
             sleep: Callable[[float], None] = time.sleep) -> MilvusConnection:  # fmt: skip
        """Connect (retrying while the server is unreachable) and check it answers."""
        policy = policy or RetryPolicy()
        try:
            target = client_uri(uri)
        except (ValueError, OSError) as e:
            raise BackendError(str(e)) from e
        shown = uri.strip() or DEFAULT_URI

        def connect() -> MilvusClient:
            return MilvusClient(uri=target, token=token, timeout=policy.timeout_s)

        probe = cls(None, shown, policy, sleep)  # type: ignore[arg-type]
        client = probe.call("connect", connect, timeout=None)
        conn = cls(client, shown, policy, sleep)
        conn.call("version check", client.get_server_version)
        return conn

    def call(self, op: str, fn: Callable[..., T], *args: Any, timeout: float | None = -1.0,
             **kwargs: Any) -> T:  # fmt: skip
        """fn(*args, timeout=..., **kwargs), retried on transient failures.

        `timeout` -1 means the policy's per-call timeout; None passes none (for calls
        that take no timeout argument).
        """
        if timeout is not None:
            kwargs["timeout"] = self.policy.timeout_s if timeout == -1.0 else timeout
        waits = self.policy.waits()
        t0 = time.monotonic()
        for attempt in range(len(waits) + 1):
            try:
                return fn(*args, **kwargs)
            except Exception as e:
                if not is_transient(e):
                    raise BackendError(f"Milvus at {self.uri}: {op} failed: {_reason(e)}") from e
                if attempt == len(waits):
                    raise self._unavailable(op, e, attempt + 1, time.monotonic() - t0) from e
                log.warning("Milvus %s failed (%s); retry %d/%d in %.2fs", op, _reason(e),
                            attempt + 1, len(waits), waits[attempt])  # fmt: skip
                self._sleep(waits[attempt])
        raise AssertionError("unreachable")  # pragma: no cover

    def _unavailable(self, op: str, e: BaseException, tries: int, spent: float) -> Exception:
        reason = _reason(e)
        low = reason.lower()
        if "deadline" in low or "timed out" in low or "timeout" in low:
            what = f"did not answer {op} within {self.policy.timeout_s:g}s"
        else:
            what = f"is unreachable ({op} failed)"
        return BackendUnavailable(
            f"Milvus at {self.uri} {what}; gave up after {tries} attempt(s) over {spent:.1f}s. "
            f"Cause: {reason}. Check that the server is running and LEGALQA_MILVUS_URI is right."
        )

    def close(self) -> None:
        try:
            self.client.close()
        except Exception as e:  # closing a dead connection is not worth an error
            log.debug("closing the Milvus client: %s", e)
