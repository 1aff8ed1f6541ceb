"""Retrieval benchmark: latency, build time, start-up, memory, 100k-chunk scale, and the
stock LangChain EnsembleRetriever on the same chunks and questions, in one run.

    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.retrieval [--split dev] [--scale 100000]
    make bench          # installs the [baseline] extra first

Prints markdown tables (recorded in bench/README.md); `--out file.json` saves the numbers.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from assistant.corpus.store import Corpus, load_articles
from assistant.retrieval.dense import DenseIndex, SentenceEmbedder
from assistant.retrieval.hybrid import EmbeddedEngine, HybridRetriever
from assistant.settings import Settings
from assistant.types import Hit
from bench import synthetic
from bench.ablation import CachingEmbedder
from bench.evalset import Scores, evaluate, load_cases
from bench.timing import Latency, peak_rss_mb, run_child, time_calls

log = logging.getLogger("bench")
LEGALQA = str(Path(sys.executable).with_name("legalqa"))
FIRST_QUERY = "the cops took my brother, when do they have to tell us?"


def startup_and_build(settings: Settings) -> dict[str, object]:
    """Child processes: a CLI search against the built index, and a CLI build from scratch."""
    search = run_child([LEGALQA, "search", FIRST_QUERY, "-k", "5"])
    with tempfile.TemporaryDirectory() as tmp:
        build = run_child([LEGALQA, "index", "build", "--quiet"], {"LEGALQA_INDEX_DIR": tmp})
    for name, r in (("search", search), ("build", build)):
        if r.code != 0:
            raise SystemExit(f"legalqa {name} failed ({r.code}): {r.stderr[-2000:]}")
    return {"start_to_first_result_s": search.seconds, "search_peak_mb": search.peak_mb,
            "cli_build_s": build.seconds, "build_peak_mb": build.peak_mb}  # fmt: skip


def warm_latency(r: HybridRetriever, queries: list[str]) -> dict[str, Latency]:
    """Median/p95 per query, with the query embedding and without it (vectors cached)."""
    real = r.embedder
    with_emb = time_calls(lambda q: r.search(q, 10), queries, repeat=3)
    r.embedder = cache = CachingEmbedder(real)
    for q in queries:  # fills the cache with exactly the texts search embeds
        r.search(q, 10)
    without = time_calls(lambda q: r.search(q, 10), queries, repeat=3)
    filtered = time_calls(lambda q: r.search(q, 10, laws=["spp-rules"]), queries, repeat=3)
    r.embedder = real
    assert cache.inner is real
    return {"with_embedding": with_emb, "without_embedding": without, "filtered_without": filtered}


def precision_ab(r: HybridRetriever, queries: list[str]) -> dict[str, object]:
    """Query latency with the query embedding in fp32 and in bf16, interleaved per question
    (alternating which goes first, nothing remembered between), and how far the top 10
    of the two agree."""
    emb = r.embedder
    if not isinstance(emb, SentenceEmbedder):
        return {}
    chosen = emb.query_precision
    seconds: dict[str, list[float]] = {"fp32": [], "bf16": []}
    top: dict[str, list[list[str]]] = {"fp32": [], "bf16": []}
    for i, q in enumerate(queries):
        for precision in ("fp32", "bf16")[:: 1 if i % 2 else -1]:
            emb.query_precision = precision
            emb._recent.clear()
            t = time.perf_counter()
            hits = r.search(q, 10)
            seconds[precision].append(time.perf_counter() - t)
            top[precision].append([h.chunk_id for h in hits])
    emb.query_precision = chosen
    same = sum(len(set(a) & set(b)) for a, b in zip(top["fp32"], top["bf16"], strict=True))
    top1 = sum(a[:1] == b[:1] for a, b in zip(top["fp32"], top["bf16"], strict=True))
    lat = {p: Latency.of(s) for p, s in seconds.items()}
    return {"chosen": chosen, "fp32": lat["fp32"], "bf16": lat["bf16"],
            "median_ratio": lat["bf16"].median / lat["fp32"].median,
            "top10_agreement": same / (10 * len(queries)), "top1_agreement": top1 / len(queries)}  # fmt: skip


def scale(r: HybridRetriever, queries: list[str], total: int) -> dict[str, object]:
    """Retrieval time excluding query embedding over a synthetic `total`-chunk corpus, per
    dense scan: the exact fp32 IndexFlatIP, "auto" (the default: from 10,000 chunks an
    8-bit shortlist re-scored exactly, dense_compact.py) and the fp16 scan. The scans
    take turns per question (the order alternating), so the machine's load falls on all
    alike; BM25 and fusion are the same code in every row. Agreement with the exact scan:
    the hits' top 10, whole hit lists with every score, and the dense top 50 alone."""
    out: dict[str, object] = {"load_before": os.getloadavg()}
    cache = CachingEmbedder(r.embedder)
    t = time.perf_counter()
    big = synthetic.build(r, cache, total)  # its dense index: fp32, exact
    out["build_s"] = time.perf_counter() - t
    out["chunks"] = len(big.chunks)
    scans = {"fp32": big.dense, "auto": big.dense.searched_as("auto"),
             "fp16": DenseIndex.build(big.dense.vectors(), "fp16")}  # fmt: skip
    seconds: dict[str, dict[str, list[float]]] = {p: {"search": [], "filtered": []} for p in scans}
    top: dict[str, list[list[tuple[str, float, tuple[tuple[str, float], ...]]]]] = {}
    for p in scans:  # warm-up, and fills the query-vector cache
        top[p] = [_hits(_use(big, scans[p]).search(q, 10)) for q in queries]
    for rep in range(2):
        for i, q in enumerate(queries):
            for p in list(scans)[:: 1 if (i + rep) % 2 else -1]:
                _use(big, scans[p])
                for name, laws in (("search", None), ("filtered", ["spp-rules"])):
                    t = time.perf_counter()
                    big.search(q, 10, laws=laws)
                    seconds[p][name].append(time.perf_counter() - t)
    for p in scans:
        out[p] = {name: Latency.of(s) for name, s in seconds[p].items()}
    out["load_after"] = os.getloadavg()
    out["peak_mb"] = peak_rss_mb()
    vecs = cache.encode(queries)  # the questions' own vectors, for the dense rankings alone
    for p in ("auto", "fp16"):
        a, b = top["fp32"], top[p]
        same = sum(len({x[0] for x in u} & {y[0] for y in v}) for u, v in zip(a, b, strict=True))
        out[f"{p}_top10_agreement"] = same / (10 * len(a))
        out[f"{p}_identical_lists"] = sum(u == v for u, v in zip(a, b, strict=True)) / len(a)
        same = sum(scans["fp32"].search(v, 50) == scans[p].search(v, 50) for v in vecs)
        out[f"{p}_dense_top50_identical"] = same / len(queries)
    _use(big, scans["fp32"])
    return out


def _use(big: HybridRetriever, dense: DenseIndex) -> HybridRetriever:
    """`big` searching with `dense` (the engine holds the index: setting `big.dense` alone
    changes nothing, which is why the fp16 row of the runs before speed4 was fp32 again)."""
    big.dense = dense
    big.engine = EmbeddedEngine(big.bm25, dense, big.lay)
    return big


def _hits(hits: list[Hit]) -> list[tuple[str, float, tuple[tuple[str, float], ...]]]:
    return [(h.chunk_id, h.score, tuple(sorted(h.scores.items()))) for h in hits]


def quality_and_baseline(r: HybridRetriever, split: str, model: str) -> dict[str, object]:
    """Ours and the stock LangChain ensemble on the same questions: quality and latency."""
    from bench.langchain_baseline import LangChainBaseline

    cases = load_cases(split)
    queries = [c.query for c in cases]
    t = time.perf_counter()
    lc = LangChainBaseline.build(r.chunks, model)
    lc_build = time.perf_counter() - t
    ours = evaluate(cases, lambda q: [(h.law, h.article) for h in r.search(q, 10)])
    theirs = evaluate(cases, lc.search)
    return {
        "split": split, "n": len(cases), "ours": ours, "langchain": theirs,
        "ours_latency": time_calls(lambda q: r.search(q, 10), queries, repeat=2),
        "langchain_latency": time_calls(lc.documents, queries, repeat=2),
        "langchain_build_s": lc_build,
    }  # fmt: skip


def in_process_build(corpus: Corpus, embedder: SentenceEmbedder) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        HybridRetriever.build(corpus, embedder, Path(tmp))
        return time.perf_counter() - t


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--split", nargs="+", default=["dev"], help="eval splits for quality")
    p.add_argument("--scale", type=int, default=100_000, help="synthetic corpus size (0: skip)")
    p.add_argument("--out", type=Path, help="write the numbers as JSON")
    args = p.parse_args()
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    settings = Settings.from_env()
    report: dict[str, object] = {"startup": startup_and_build(settings)}
    corpus = Corpus(load_articles(settings.articles_path))
    embedder = SentenceEmbedder(settings.model_path, settings.query_precision)
    r = HybridRetriever.ensure(corpus, embedder, settings.index_dir)
    queries = [c.query for c in load_cases("dev")]
    report["build_in_process_s"] = in_process_build(corpus, embedder)
    report["warm"] = warm_latency(r, queries)
    report["query_precision"] = precision_ab(r, queries)
    report["process_peak_mb_after_warm"] = peak_rss_mb()
    report["load_average"] = os.getloadavg()
    report["baseline"] = [quality_and_baseline(r, s, settings.model_path) for s in args.split]
    if args.scale:
        report["scale"] = scale(r, queries, args.scale)
    report["process_peak_mb"] = peak_rss_mb()
    from bench.report import markdown

    print(markdown(report))
    if args.out:
        args.out.write_text(json.dumps(report, default=_plain, indent=2))


def _plain(x: object) -> object:
    return asdict(x) if isinstance(x, Latency | Scores) else str(x)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
