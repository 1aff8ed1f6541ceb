"""The Milvus tests run only when the optional [milvus] extra (pymilvus, milvus-lite) is
installed; `make install` installs it, so `make test` always runs them."""

from __future__ import annotations

from importlib.util import find_spec

if find_spec("pymilvus") and find_spec("milvus_lite"):
    from tests.milvus.fixtures import (  # noqa: F401  (fixtures, found by pytest by name)
        _loopback_only,
        _quiet_pymilvus,
        corpus,
        embedded,
        embedder,
        milvus,
        server,
    )
else:
    collect_ignore_glob = ["test_*.py"]
