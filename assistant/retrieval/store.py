"""Persist and verify the index: build into a fresh folder, then switch atomically.

Layout: index/builds/<id>/{chunks.jsonl, bm25/, dense.faiss, manifest.json} and a
symlink index/current -> builds/<id>, replaced with os.replace so a reader sees
either the old complete build or the new one, never a half-written mix.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
from dataclasses import asdict
from importlib import metadata
from pathlib import Path

from assistant.corpus.store import article_to_json
from assistant.retrieval.bm25 import PARAMS as BM25_PARAMS
from assistant.retrieval.chunking import MAX_WORDS, Chunk
from assistant.types import Article

log = logging.getLogger(__name__)
SCHEMA_VERSION = 1
FILES = ("chunks.jsonl", "dense.faiss", "bm25/data.csc.index.npy", "bm25/indices.csc.index.npy",
         "bm25/indptr.csc.index.npy", "bm25/vocab.index.json", "bm25/params.index.json")  # fmt: skip


class IndexProblem(Exception):
    """The index cannot be used as it is; `reason` says why (missing, stale, damaged)."""


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


def expected_manifest(articles: tuple[Article, ...], model_id: str) -> dict[str, object]:
    """The fields a usable index must match (files and build time come on top)."""
    libs = {p: metadata.version(p) for p in ("bm25s", "faiss-cpu", "sentence-transformers")}
    return {
        "schema_version": SCHEMA_VERSION,
        "corpus_sha256": corpus_hash(articles),
        "model_id": model_id,
        "params": {"chunk_max_words": MAX_WORDS, "bm25": BM25_PARAMS},
        "libraries": libs,
    }


def chunk_to_json(c: Chunk) -> str:
    return json.dumps(asdict(c), ensure_ascii=False, sort_keys=True)


def chunk_from_json(line: str) -> Chunk:
    return Chunk(**json.loads(line))


def new_build_dir(index_dir: Path) -> Path:
    builds = index_dir / "builds"
    builds.mkdir(parents=True, exist_ok=True)
    d = builds / f".tmp-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"
    d.mkdir()
    return d


def publish(index_dir: Path, build: Path, manifest: dict[str, object]) -> Path:
    """Checksum the files, write the manifest last, then switch `current` atomically."""
    manifest = {**manifest, "files": {f: file_hash(build / f) for f in FILES}}
    manifest["built_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    (build / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True))
    final = build.with_name(build.name.removeprefix(".tmp-"))
    build.rename(final)
    link = index_dir / f".current.{os.getpid()}"
    link.unlink(missing_ok=True)
    link.symlink_to(Path("builds") / final.name)
    os.replace(link, index_dir / "current")
    _prune(index_dir, keep=final.name)
    return final


def _prune(index_dir: Path, keep: str) -> None:
    for d in (index_dir / "builds").iterdir():
        if d.name != keep and not d.name.startswith(".tmp-"):
            shutil.rmtree(d, ignore_errors=True)


def verify(index_dir: Path, expected: dict[str, object]) -> tuple[Path, dict[str, object]]:
    """Return (build dir, manifest) or raise IndexProblem saying what is wrong."""
    current = index_dir / "current"
    if not index_dir.exists():
        raise IndexProblem(f"index folder {index_dir} does not exist")
    if not current.exists():
        raise IndexProblem(f"no built index in {index_dir}")
    build = current.resolve()
    try:
        manifest = json.loads((build / "manifest.json").read_text())
    except (OSError, ValueError) as e:
        raise IndexProblem(f"manifest unreadable ({e})") from e
    for key, want in expected.items():
        if key == "libraries":
            continue  # a library upgrade is logged, not fatal: formats are versioned
        if manifest.get(key) != want:
            raise IndexProblem(f"index was built for a different {key.replace('_', ' ')}")
    if manifest.get("libraries") != expected.get("libraries"):
        log.info(
            "index built with %s; running %s", manifest.get("libraries"), expected["libraries"]
        )
    for name, digest in dict(manifest.get("files", {})).items():
        path = build / name
        if not path.is_file():
            raise IndexProblem(f"index file {name} is missing")
        if file_hash(path) != digest:
            raise IndexProblem(f"index file {name} is damaged (checksum mismatch)")
    return build, manifest
