"""Interleaved A/B of retrieval latency: another checkout's code against this one's.

    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.ab --old ../main [--passes 3]

Both checkouts load the same index in one process (bench/two_trees.py) and search the dev
questions (bench.evalset.load_cases("dev"), as bench/retrieval.py) with k = 10,
alternately: for each question one side and then the other, the side that goes first
swapping from question to question, so both see the same machine load. Two modes:

* with the query embedding: each side's remembered query vectors are cleared before
  every search, so every search embeds its question afresh;
* without it: each side's embedder is wrapped in a cache filled by one untimed pass
  (bench.ablation.CachingEmbedder), as `bench.retrieval.warm_latency` does.

Prints median / p95 / mean per side and the new/old ratio of the medians.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.ablation import CachingEmbedder
from bench.evalset import load_cases
from bench.timing import Latency
from bench.two_trees import describe, load_retriever

WARMUP = 10


def interleaved(sides: dict[str, Callable[[str], object]], queries: list[str],
                passes: int) -> dict[str, Latency]:  # fmt: skip
    """Latency of each side over `passes` passes of `queries`, the sides alternating."""
    names = list(sides)
    for q in queries[:WARMUP]:
        for name in names:
            sides[name](q)
    seconds: dict[str, list[float]] = {name: [] for name in names}
    for p in range(passes):
        for i, q in enumerate(queries):
            for name in names if (i + p) % 2 else names[::-1]:
                t = time.perf_counter()
                sides[name](q)
                seconds[name].append(time.perf_counter() - t)
    return {name: Latency.of(s) for name, s in seconds.items()}


def fresh(r: Any) -> Callable[[str], object]:
    """A search that embeds its question afresh (the embedder's recent vectors cleared)."""

    def search(q: str) -> object:
        r.embedder._recent.clear()
        return r.search(q, 10)

    return search


def cached(r: Any, queries: list[str]) -> Callable[[str], object]:
    """A search whose query vectors all come from a cache (filled here, untimed)."""
    r.embedder = CachingEmbedder(r.embedder)
    for q in queries:
        r.search(q, 10)
    return lambda q: r.search(q, 10)


def report(title: str, lat: dict[str, Latency]) -> None:
    print(f"\n{title}\n\n| code | n | median ms | p95 ms | mean ms |\n|---|---:|---:|---:|---:|")
    for name, x in lat.items():
        print(f"| {name} | {x.n} | {x.median:.3f} | {x.p95:.3f} | {x.mean:.3f} |")
    print(f"| new / old | | {lat['new'].median / lat['old'].median:.3f} | "
          f"{lat['new'].p95 / lat['old'].p95:.3f} | {lat['new'].mean / lat['old'].mean:.3f} |")  # fmt: skip


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--old", type=Path, required=True, help="the other checkout (e.g. main)")
    p.add_argument("--passes", type=int, default=3)
    p.add_argument("--skip-embedding", action="store_true", help="only the cached-vector mode")
    args = p.parse_args()
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    old, new = load_retriever(args.old.resolve()), load_retriever(None)
    queries = [c.query for c in load_cases("dev")]
    print(f"old: {describe(args.old.resolve())}\nnew: {describe(None)}")
    print(f"{len(queries)} dev questions x {args.passes} passes, load {os.getloadavg()[0]:.2f}")
    if not args.skip_embedding:
        report("with the query embedding",
               interleaved({"old": fresh(old), "new": fresh(new)}, queries, args.passes))  # fmt: skip
    sides = {"old": cached(old, queries), "new": cached(new, queries)}
    report("without the query embedding (vectors cached)", interleaved(sides, queries, args.passes))
    print(f"\nload after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
