"""Shared fixtures for the reliability suite.

- One real index, built (or copied from the project's verified `index/current`)
  once per session into a temporary folder; damage tests copy it again.
- One real `Assistant` over that copy, shared by every slow test.
- `net_log`: records every connection and name lookup a test makes, on top of the
  suite-wide guard in tests/conftest.py (which raises on non-loopback connects).
- `internal_errors`: counts exceptions swallowed by `Assistant.ask`'s last line of
  defence, so "no exception" means none, not "none that escaped".
"""

from __future__ import annotations

import ipaddress
import logging
import os
import shutil
import socket
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from assistant.settings import Settings
from tests.reliability.faults import ReadOnly

if TYPE_CHECKING:
    from assistant.assistant import Assistant
    from assistant.corpus.store import Corpus
    from assistant.retrieval.dense import SentenceEmbedder

REPO = Path(__file__).resolve().parents[2]


# -- the real index and assistant ---------------------------------------------------------


def copy_index(src: Path, dst: Path) -> Path:
    """A private copy of an index folder (the `current` symlink kept relative)."""
    shutil.copytree(src, dst, symlinks=True)
    return dst


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings.from_env()


@pytest.fixture(scope="session")
def corpus(settings: Settings) -> Corpus:
    from assistant.loading import load_corpus

    return load_corpus(settings)


@pytest.fixture(scope="session")
def embedder(settings: Settings) -> SentenceEmbedder:
    from assistant.retrieval.dense import SentenceEmbedder

    return SentenceEmbedder(settings.model_path)


@pytest.fixture(scope="session")
def good_index(
    tmp_path_factory: pytest.TempPathFactory, corpus: Corpus, embedder: SentenceEmbedder
) -> Path:
    """A verified index in a temporary folder: the project's current build, or a new one."""
    from assistant.retrieval.hybrid import HybridRetriever

    root = tmp_path_factory.mktemp("good") / "index"
    (root / "builds").mkdir(parents=True)
    live = REPO / "index" / "current"
    if live.exists():
        build = live.resolve()
        try:
            shutil.copytree(build, root / "builds" / build.name)
            (root / "current").symlink_to(Path("builds") / build.name)
        except (OSError, shutil.Error):  # pruned while copying (a rebuild elsewhere): build
            shutil.rmtree(root, ignore_errors=True)
    HybridRetriever.ensure(corpus, embedder, root)  # rebuilds only if the copy is stale
    return root


@pytest.fixture(scope="session")
def bot_settings(settings: Settings, good_index: Path) -> Settings:
    return replace(settings, index_dir=good_index)


@pytest.fixture(scope="session")
def bot(bot_settings: Settings) -> Assistant:
    """The one real Assistant shared by the slow tests (real model, real index copy)."""
    from assistant.assistant import Assistant

    return Assistant.from_settings(bot_settings)


@pytest.fixture
def readonly(monkeypatch: pytest.MonkeyPatch) -> Iterator[ReadOnly]:
    """`readonly(folder)`: writes inside the folder fail with PermissionError."""
    ro = ReadOnly(monkeypatch)
    yield ro
    ro.restore()


# -- swallowed exceptions -----------------------------------------------------------------


class ErrorCounter(logging.Handler):
    """Collects ERROR records of the assistant's loggers (e.g. `log.exception`)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def describe(self, start: int = 0) -> str:
        """The records logged since `start` (a previous `len(records)`)."""
        return "\n".join(
            f"{r.name}: {r.getMessage()}\n{self.format(r) if r.exc_info else ''}"
            for r in self.records[start : start + 3]
        )


@pytest.fixture(scope="session")
def internal_errors() -> Iterator[ErrorCounter]:
    handler = ErrorCounter()
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("assistant")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)


# -- network recording --------------------------------------------------------------------


def is_loopback(host: object) -> bool:
    host = str(host).split("%")[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class NetLog:
    """Every non-loopback connect / name lookup attempted while installed."""

    def __init__(self) -> None:
        self.attempts: list[str] = []


@pytest.fixture
def net_log(monkeypatch: pytest.MonkeyPatch) -> NetLog:
    """Record (and refuse) non-loopback connects and DNS lookups, even if code swallows
    the error the suite-wide guard raises."""
    log = NetLog()
    guarded_connect = socket.socket.connect
    guarded_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def wrap(real: Callable[..., Any]) -> Callable[..., Any]:
        def connect(self: socket.socket, address: object) -> Any:
            if isinstance(address, tuple) and not is_loopback(address[0]):
                log.attempts.append(f"connect {address!r}")
            return real(self, address)

        return connect

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host is not None and not is_loopback(host.decode() if isinstance(host, bytes) else host):
            log.attempts.append(f"getaddrinfo {host!r}")
            raise socket.gaierror(socket.EAI_NONAME, "name lookups are blocked in tests")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", wrap(guarded_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", wrap(guarded_connect_ex))
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return log


SITECUSTOMIZE = '''
"""Installed by the reliability tests: log and refuse non-loopback connections."""
import ipaddress, os, socket

_LOG = os.environ.get("LEGALQA_NETLOG", "")

def _loop(host):
    host = str(host).split("%")[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False

def _note(what):
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as f:
            f.write(what + "\\n")

def _wrap(real):
    def connect(self, address):
        if isinstance(address, tuple) and not _loop(address[0]):
            _note(f"connect {address!r}")
            raise OSError(101, "network blocked by the reliability tests")
        return real(self, address)
    return connect

_real_gai = socket.getaddrinfo

def _gai(host, *a, **k):
    name = host.decode() if isinstance(host, bytes) else host
    if name is not None and not _loop(name):
        _note(f"getaddrinfo {name!r}")
        raise socket.gaierror(socket.EAI_NONAME, "name lookups blocked by the reliability tests")
    return _real_gai(host, *a, **k)

socket.socket.connect = _wrap(socket.socket.connect)
socket.socket.connect_ex = _wrap(socket.socket.connect_ex)
socket.getaddrinfo = _gai
'''


def guarded_env(tmp: Path, **extra: str) -> tuple[dict[str, str], Path]:
    """Environment for a subprocess whose every non-loopback attempt is logged to a file."""
    site = tmp / "netguard"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp / "netlog.txt"
    env = {**os.environ, **extra}
    env["PYTHONPATH"] = os.pathsep.join(
        x for x in (str(site), str(REPO), env.get("PYTHONPATH", "")) if x
    )
    env["LEGALQA_NETLOG"] = str(log)
    env.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    return env, log


def net_attempts(log: Path) -> list[str]:
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []
