"""Persist and verify the index: build into a fresh folder, then switch atomically.

Layout: index/builds/<id>/{chunks.jsonl, bm25/, dense.faiss, manifest.json} and a
symlink index/current -> builds/<id>, replaced with os.replace so a reader sees
either the old complete build or the new one, never a half-written mix. The manifest
is written last and lists the SHA-256 of every file, so a truncated or damaged file,
or an index built for another corpus, model or parameters, is caught at load.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import time
from collections.abc import Iterator, Mapping
from dataclasses import asdict
from importlib import metadata
from pathlib import Path

from assistant.corpus.store import article_to_json
from assistant.retrieval.chunking import Chunk
from assistant.types import Article

log = logging.getLogger(__name__)
SCHEMA_VERSION = 2
MANIFEST = "manifest.json"
KEEP_BUILDS = 2  # the live build and the one before (a reader may still be opening it)


class IndexProblem(Exception):
    """The index cannot be used as it is; the message says why (missing, stale, damaged)."""


def corpus_hash(articles: tuple[Article, ...]) -> str:
    h = hashlib.sha256()
    for a in articles:
        h.update(article_to_json(a).encode())
    return h.hexdigest()


def file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def expected_manifest(
    articles: tuple[Article, ...], model_id: str, params: Mapping[str, object]
) -> dict[str, object]:
    """The fields a usable index must match (files and build time come on top)."""
    libs = {p: metadata.version(p) for p in ("bm25s", "faiss-cpu", "sentence-transformers")}
    return {
        "schema_version": SCHEMA_VERSION,
        "corpus_sha256": corpus_hash(articles),
        "model_id": model_id,
        "params": json.loads(json.dumps(params)),  # tuples -> lists, as read back
        "libraries": libs,
    }


def chunk_to_json(c: Chunk) -> str:
    return json.dumps(asdict(c), ensure_ascii=False, sort_keys=True)


def chunk_from_json(line: str) -> Chunk:
    return Chunk(**json.loads(line))


def write_chunks(path: Path, chunks: list[Chunk]) -> None:
    path.write_text("".join(chunk_to_json(c) + "\n" for c in chunks), encoding="utf-8")


def read_chunks(path: Path) -> list[Chunk]:
    return [chunk_from_json(x) for x in path.read_text(encoding="utf-8").splitlines() if x]


@contextlib.contextmanager
def staging(index_dir: Path) -> Iterator[Path]:
    """A fresh hidden build folder; removed again if anything inside the block fails."""
    builds = index_dir / "builds"
    builds.mkdir(parents=True, exist_ok=True)
    d = builds / f".tmp-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns()}"
    d.mkdir()
    try:
        yield d
    except BaseException:
        shutil.rmtree(d, ignore_errors=True)
        raise


def _files(build: Path) -> list[str]:
    names = (p.relative_to(build).as_posix() for p in build.rglob("*") if p.is_file())
    return sorted(n for n in names if n != MANIFEST)


def publish(index_dir: Path, build: Path, manifest: Mapping[str, object]) -> Path:
    """Checksum the files, write the manifest last, then switch `current` atomically."""
    full = {**manifest, "files": {f: file_hash(build / f) for f in _files(build)}}
    full["built_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    tmp = build / f".{MANIFEST}.tmp"
    tmp.write_text(json.dumps(full, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(tmp, build / MANIFEST)
    final = build.with_name(build.name.removeprefix(".tmp-"))
    build.rename(final)
    link = index_dir / f".current.{os.getpid()}"
    link.unlink(missing_ok=True)
    link.symlink_to(Path("builds") / final.name)
    os.replace(link, index_dir / "current")
    _prune(index_dir)
    return final


def _prune(index_dir: Path) -> None:
    done = [d for d in (index_dir / "builds").iterdir() if not d.name.startswith(".tmp-")]
    for d in sorted(done, key=lambda d: d.stat().st_mtime)[:-KEEP_BUILDS]:
        if d.resolve() != (index_dir / "current").resolve():
            shutil.rmtree(d, ignore_errors=True)


def verify(index_dir: Path, expected: Mapping[str, object]) -> tuple[Path, dict[str, object]]:
    """Return (build dir, manifest) or raise IndexProblem saying what is wrong."""
    current = index_dir / "current"
    if not index_dir.exists():
        raise IndexProblem(f"index folder {index_dir} does not exist")
    if not current.exists():
        raise IndexProblem(f"no built index in {index_dir}")
    build = current.resolve()
    try:
        manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise IndexProblem(f"index manifest unreadable ({e})") from e
    if not isinstance(manifest, dict):
        raise IndexProblem("index manifest is not a JSON object")
    for key, want in expected.items():
        if key == "libraries":
            continue  # a library upgrade is logged, not fatal: formats are versioned
        if manifest.get(key) != want:
            raise IndexProblem(f"index was built for a different {key.replace('_', ' ')}")
    if manifest.get("libraries") != expected.get("libraries"):
        log.info("index built with %s; running %s", manifest.get("libraries"),
                 expected.get("libraries"))  # fmt: skip
    files = manifest.get("files")
    if not isinstance(files, dict) or not files:
        raise IndexProblem("index manifest lists no files")
    for name, digest in files.items():
        path = build / name
        if not path.is_file():
            raise IndexProblem(f"index file {name} is missing")
        if file_hash(path) != digest:
            raise IndexProblem(f"index file {name} is damaged (checksum mismatch)")
    return build, manifest
