"""Load the corpus (and, the same way, the lay questions: milvus_lay.py) into Milvus
without ever serving a half-loaded collection. What a collection holds is a `Payload`.

Readers search an alias (`legalqa_chunks`). A load writes into a separate physical
collection named after the data (`legalqa_chunks_<digest>`), upserting by chunk id,
and only when every chunk is in, the count checks out and the collection is marked
ready does the alias switch to it; the previous collection is then dropped. So:

* re-running a finished load writes nothing (the alias already points at matching data);
* a load that dies half-way (server stopped, timeout) leaves the served collection as it
  was; the next run resumes the same staging collection, writing only missing chunks;
* a change of schema version, corpus or embedding model gives a new digest, so a new
  collection is built beside the old one and swapped in (blue/green).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from assistant.retrieval.backend import BackendError
from assistant.retrieval.milvus_conn import MilvusConnection
from assistant.retrieval.milvus_lexical import ANALYZERS, analyzer_choices
from assistant.retrieval.milvus_schema import Manifest, Payload, quoted

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadReport:
    """What `sync` did: which collection serves, and how many rows it wrote."""

    collection: str
    written: int
    reused: bool  # True when the served data already matched (nothing written)
    seconds: float
    reason: str = ""  # why a load was needed


def resolve(conn: MilvusConnection, alias: str) -> str | None:
    """The collection the alias points at; None if there is no such alias.

    Raise BackendError if `alias` is the name of a real collection (it must be an alias).
    """
    aliases = conn.call("list aliases", conn.client.list_aliases).get("aliases", [])
    if alias in aliases:
        return str(
            conn.call("describe alias", conn.client.describe_alias, alias)["collection_name"]
        )
    if conn.call("check collection", conn.client.has_collection, alias):
        raise BackendError(
            f"Milvus at {conn.uri} has a collection named {alias!r}, but that name must be an "
            "alias; drop the collection or set another LEGALQA_MILVUS_COLLECTION"
        )
    return None


def ensure_loaded(conn: MilvusConnection, name: str) -> None:
    """Load the collection into memory if it is not (e.g. after a server restart)."""
    state = conn.call("load state", conn.client.get_load_state, name).get("state")
    if getattr(state, "name", str(state)) != "Loaded":
        log.info("loading Milvus collection %s into memory (state %s)", name, state)
        conn.call("load collection", conn.client.load_collection, name)


def manifest_of(conn: MilvusConnection, name: str) -> Manifest | None:
    info = conn.call("describe collection", conn.client.describe_collection, name)
    return Manifest.from_properties(info.get("properties"))


def set_manifest(conn: MilvusConnection, name: str, m: Manifest) -> None:
    conn.call("write manifest", conn.client.alter_collection_properties, name,
              properties=m.to_properties())  # fmt: skip


def count(conn: MilvusConnection, name: str) -> int:
    rows = conn.call("count", conn.client.query, name, filter="", output_fields=["count(*)"],
                     consistency_level="Strong")  # fmt: skip
    return int(rows[0]["count(*)"]) if rows else 0


def ids_where(conn: MilvusConnection, name: str, expr: str, limit: int = 16_384,
              key: str = "chunk_id") -> set[str]:  # fmt: skip
    """Primary keys matching `expr` (at most `limit`, Milvus's cap for one query)."""
    rows = conn.call("list ids", conn.client.query, name, filter=expr,
                     output_fields=[key], limit=limit, consistency_level="Strong")  # fmt: skip
    return {str(r[key]) for r in rows}


def create(conn: MilvusConnection, name: str, want: Manifest, choices: Sequence[str],
           payload: Payload) -> Manifest:  # fmt: skip
    """Create the collection with the first analyzer the server accepts (Milvus Lite has
    no "english" one) and record the manifest as `loading`."""
    for i, choice in enumerate(choices):
        m = replace(want, state="loading", analyzer=choice)
        try:
            conn.call("create collection", conn.client.create_collection, name,
                      schema=payload.schema(want.dim, ANALYZERS[choice]),
                      index_params=payload.indexes(conn.client), properties=m.to_properties(),
                      consistency_level="Bounded")  # fmt: skip
            return m
        except BackendError as e:
            last = i == len(choices) - 1
            if last or ("tokenizer" not in str(e) and "analyzer" not in str(e)):
                raise
            log.warning("Milvus at %s has no %r analyzer (%s); trying %r", conn.uri, choice,
                        e, choices[i + 1])  # fmt: skip
    raise BackendError("no analyzer to try")


def write(conn: MilvusConnection, name: str, payload: Payload, batch: int = 256,
          resume: bool = False) -> int:  # fmt: skip
    """Make and upsert the payload's rows in batches (idempotent: keyed by primary key).

    With `resume`, rows already in the collection are skipped (a load that died
    half-way continues where it stopped); returns the number of rows written.
    """
    written, n = 0, len(payload.ids)
    for i in range(0, n, batch):
        part = list(range(i, min(i + batch, n)))
        if resume:
            expr = f"{payload.key} in {quoted([payload.ids[j] for j in part])}"
            have = ids_where(conn, name, expr, key=payload.key)
            part = [j for j in part if payload.ids[j] not in have]
        if part:
            conn.call("upsert", conn.client.upsert, name, payload.rows(part))
            written += len(part)
        log.debug("%s: %d/%d %s done", name, min(i + batch, n), n, payload.noun)
    return written


def sync(conn: MilvusConnection, alias: str, want: Manifest, payload: Payload, *,
         allow_load: bool = True, analyzer: str = "english", batch: int = 256,
         force: bool = False) -> LoadReport:  # fmt: skip
    """Make `alias` serve exactly the payload's rows; see the module docstring for the
    guarantees. `force` rebuilds into a new collection even when the served one is current.
    """
    t0 = time.monotonic()
    live = resolve(conn, alias)
    have = manifest_of(conn, live) if live else None
    reason = "no collection yet" if live is None else ""
    if live and have:
        ensure_loaded(conn, live)
        reason = have.why_stale(want)
        if not reason and count(conn, live) != len(payload.ids):
            reason = f"its count of {payload.noun} differs from the corpus"
        if not reason and force:
            reason = "a rebuild was requested"
        if not reason:
            log.info("Milvus %s -> %s: up to date", alias, live)
            return LoadReport(live, 0, True, time.monotonic() - t0)
    elif live:
        reason = "it carries no LegalQA manifest"
    if not allow_load:
        raise BackendError(f"Milvus collection {alias!r} cannot be served: {reason}; "
                           "run the loader (legalqa index build with LEGALQA_BACKEND=milvus)")  # fmt: skip
    log.warning("loading %d %s into Milvus at %s: %s", len(payload.ids), payload.noun,
                conn.uri, reason)  # fmt: skip
    target = f"{alias}_{want.digest}"
    if target == live:  # same data, but a write was interrupted: rebuild beside it
        target = f"{alias}_{want.digest}_{int(time.time())}"
    choices = analyzer_choices("client" if want.lexical.startswith("client") else "server",
                               analyzer)  # fmt: skip
    written = _fill(conn, target, want, payload, choices, batch)
    _switch(conn, alias, target, live)
    log.info("Milvus %s -> %s: wrote %d %s", alias, target, written, payload.noun)
    return LoadReport(target, written, False, time.monotonic() - t0, reason)


def _fill(conn: MilvusConnection, name: str, want: Manifest, payload: Payload,
          choices: list[str], batch: int) -> int:  # fmt: skip
    exists = conn.call("check collection", conn.client.has_collection, name)
    m = manifest_of(conn, name) if exists else None
    if exists and (m is None or not m.same_data(want)):
        conn.call("drop collection", conn.client.drop_collection, name)
        m = None
    if m is None:
        m = create(conn, name, want, choices, payload)
    ensure_loaded(conn, name)
    resume = count(conn, name) > 0  # an earlier load of this data stopped half-way
    written = write(conn, name, payload, batch, resume=resume)
    flush(conn, name)
    n, expected = count(conn, name), len(payload.ids)
    if n != expected:
        raise BackendError(f"Milvus collection {name} holds {n} {payload.noun} after loading, "
                           f"expected {expected}; it is left unserved")  # fmt: skip
    set_manifest(conn, name, m.with_state("ready"))
    return written


def flush(conn: MilvusConnection, name: str) -> None:
    try:
        conn.call("flush", conn.client.flush, name)
    except BackendError as e:  # some deployments refuse explicit flushes; data is durable anyway
        log.info("flush of %s not accepted (%s)", name, e)


def _switch(conn: MilvusConnection, alias: str, target: str, old: str | None) -> None:
    """Point the alias at `target`, then drop the other collections built for this alias
    (the one it replaced, and staging left by abandoned loads)."""
    client: Any = conn.client
    if old is None:
        conn.call("create alias", client.create_alias, target, alias)
    else:
        conn.call("switch alias", client.alter_alias, target, alias)
    log.info("Milvus alias %s -> %s", alias, target)
    for name in conn.call("list collections", client.list_collections):
        if name == target or not str(name).startswith(f"{alias}_"):
            continue
        m = manifest_of(conn, name)
        if m is not None and m.alias == alias:
            log.info("dropping superseded Milvus collection %s", name)
            conn.call("drop old collection", client.drop_collection, name)
