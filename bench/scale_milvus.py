"""Scale benchmark: the embedded index (bm25s + faiss) vs Milvus on a synthetic corpus.

    .venv/bin/python -m bench.scale_milvus --chunks 100000 --queries 300

The corpus is the real one plus synthetic one-chunk articles made of real sentences
(deterministic, seeded) up to `--chunks` chunks. Each backend runs in its own process so
peak memory is its own: load time (embedded: BM25 + faiss build and save; Milvus: upsert
into a fresh collection, server-side BM25, index build, alias switch), the time to open
an already-loaded index, query latency median/p95 (unfiltered and filtered to one
instrument), and peak RSS (Milvus: client and server process). Embeddings come from a
hashing embedder by default (`--embedder hash`: engines, not the model, are compared;
`--embedder model` uses all-MiniLM-L6-v2 and is far slower to load at this size).
Milvus runs as a `milvus-lite server` child on loopback unless `--uri` names a server.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import logging
import multiprocessing as mp
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from assistant.corpus.instruments import INSTRUMENTS
from assistant.corpus.store import Corpus, load_articles
from assistant.retrieval.chunking import chunk_corpus
from assistant.settings import ROOT, Settings

log = logging.getLogger("bench.scale_milvus")
LAWS = list(INSTRUMENTS)


class HashEmbedder:
    """Deterministic pseudo-embeddings (a seeded Gaussian per text, L2-normalised)."""

    dim, model_id = 384, "hash-384"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            seed = int.from_bytes(hashlib.blake2b(t.encode(), digest_size=8).digest(), "little")
            v = np.random.default_rng(seed).standard_normal(self.dim)
            out[i] = v / np.linalg.norm(v)
        return out


def synthetic_corpus(n_chunks: int, seed: int = 7) -> Corpus:
    """The real corpus plus one-chunk articles of 2-6 real sentences, to `n_chunks`."""
    real = load_articles(Settings().articles_path)
    have = len(chunk_corpus(real))
    sentences = [s.strip() + "." for a in real for s in a.text.split(". ") if len(s.split()) > 3]
    rng = random.Random(seed)
    extra = []
    for i in range(max(0, n_chunks - have)):
        words: list[str] = []
        while len(words) < 40 or (len(words) < 140 and rng.random() < 0.6):
            words += rng.choice(sentences).split()
        a = real[0]
        extra.append(replace(a, law=LAWS[i % len(LAWS)], article=10_000 + i // len(LAWS),
                             chapter=f"Chapter S{i % 40}", section="", passage=0,
                             paragraphs=(" ".join(words[:150]),)))  # fmt: skip
    return Corpus((*real, *extra))


def questions(n: int) -> list[str]:
    rows = [json.loads(x) for x in (ROOT / "eval" / "qa.jsonl").read_text().splitlines() if x]
    qs = [r["question"] for r in rows if isinstance(r.get("question"), str) and r["question"]]
    return [qs[i % len(qs)] for i in range(n)]


def peak_mb(pid: int | str = "self") -> dict[str, float]:
    """Peak and current resident memory of a process (Linux /proc), in MB."""
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, val = line.partition(":")
        if key in ("VmHWM", "VmRSS"):
            out[key] = round(int(val.split()[0]) / 1024, 1)
    return out


def latencies(search: Callable[..., Any], qs: list[str], laws: list[str] | None) -> dict:
    for q in qs[:5]:  # warm-up
        search(q, k=10, laws=laws)
    ms = []
    for q in qs:
        t0 = time.perf_counter()
        search(q, k=10, laws=laws)
        ms.append((time.perf_counter() - t0) * 1000)
    ms.sort()
    return {"median_ms": round(statistics.median(ms), 2),
            "p95_ms": round(ms[min(len(ms) - 1, int(0.95 * len(ms)))], 2)}  # fmt: skip


def _embedder(kind: str) -> Any:
    if kind == "hash":
        return HashEmbedder()
    from assistant.retrieval.dense import SentenceEmbedder

    return SentenceEmbedder(Settings().model_path)


def run_embedded(n_chunks: int, n_queries: int, embedder_kind: str) -> dict:
    from assistant.retrieval.hybrid import HybridRetriever

    corpus, emb, qs = synthetic_corpus(n_chunks), _embedder(embedder_kind), questions(n_queries)
    base = peak_mb()
    with tempfile.TemporaryDirectory() as d:
        t0 = time.perf_counter()
        HybridRetriever.build(corpus, emb, Path(d))
        load_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        r = HybridRetriever.load(corpus, emb, Path(d))
        open_s = time.perf_counter() - t0
        out = {"backend": "embedded", "chunks": len(r.chunks), "load_s": round(load_s, 1),
               "open_s": round(open_s, 2), "query": latencies(r.search, qs, None),
               "query_filtered": latencies(r.search, qs, ["spp-rules"])}  # fmt: skip
    return {**out, "memory_mb": {"client": peak_mb(), "baseline": base}}


def run_milvus(n_chunks: int, n_queries: int, embedder_kind: str, uri: str = "") -> dict:
    from assistant.retrieval.milvus import MilvusRetriever
    from assistant.retrieval.milvus_server import LiteServer

    logging.getLogger("pymilvus").setLevel(logging.CRITICAL)
    corpus, emb, qs = synthetic_corpus(n_chunks), _embedder(embedder_kind), questions(n_queries)
    base = peak_mb()
    with tempfile.TemporaryDirectory() as d:
        lite = LiteServer(Path(d) / "milvus", ready_timeout_s=120)
        with contextlib.nullcontext(None) if uri else lite as server:
            target = uri or lite.uri
            alias = f"bench_{n_chunks}"
            t0 = time.perf_counter()
            r = MilvusRetriever.connect(corpus, emb, target, alias)
            load_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            r = MilvusRetriever.connect(corpus, emb, target, alias)
            open_s = time.perf_counter() - t0
            out = {"backend": "milvus", "chunks": r.count(), "load_s": round(load_s, 1),
                   "open_s": round(open_s, 2), "query": latencies(r.search, qs, None),
                   "query_filtered": latencies(r.search, qs, ["spp-rules"]),
                   "server": "external " + target if uri else "milvus-lite server child"}  # fmt: skip
            mem = {"client": peak_mb(), "baseline": base}
            if server is not None and server.pid is not None:
                mem["server"] = peak_mb(server.pid)
    return {**out, "memory_mb": mem}


def table(results: list[dict]) -> str:
    """The README table, one column per backend."""
    rows = [("chunks", lambda r: f"{r['chunks']:,}"), ("load (s)", lambda r: r["load_s"]),
            ("open loaded index (s)", lambda r: r["open_s"]),
            ("query median / p95 (ms)", lambda r: f"{r['query']['median_ms']} / {r['query']['p95_ms']}"),
            ("filtered query median / p95 (ms)",
             lambda r: f"{r['query_filtered']['median_ms']} / {r['query_filtered']['p95_ms']}"),
            ("peak RSS, app process (MB)", lambda r: r["memory_mb"]["client"]["VmHWM"]),
            ("peak RSS, server process (MB)",
             lambda r: r["memory_mb"].get("server", {}).get("VmHWM", "–"))]  # fmt: skip
    head = "| | " + " | ".join(r["backend"] for r in results) + " |"
    lines = [head, "|---" * (len(results) + 1) + "|"]
    lines += [f"| {name} | " + " | ".join(str(f(r)) for r in results) + " |" for name, f in rows]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--chunks", type=int, default=100_000)
    p.add_argument("--queries", type=int, default=300)
    p.add_argument("--backend", choices=["both", "embedded", "milvus"], default="both")
    p.add_argument("--embedder", choices=["hash", "model"], default="hash")
    p.add_argument("--uri", default="", help="an existing Milvus server (default: milvus-lite)")
    p.add_argument("--out", type=Path, help="also write the results as JSON here")
    a = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    jobs = [("embedded", run_embedded, (a.chunks, a.queries, a.embedder)),
            ("milvus", run_milvus, (a.chunks, a.queries, a.embedder, a.uri))]  # fmt: skip
    results = []
    ctx = mp.get_context("spawn")  # a fresh process per backend: its own peak memory
    for name, fn, args in jobs:
        if a.backend in ("both", name):
            with ctx.Pool(1) as pool:
                results.append(pool.apply(fn, args))
            log.info("%s: %s", name, json.dumps(results[-1]))
    if a.out:
        a.out.write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))


if __name__ == "__main__":
    main()
