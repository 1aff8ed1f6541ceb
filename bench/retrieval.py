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
from assistant.retrieval.hybrid import HybridRetriever
from assistant.settings import Settings
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
    """Retrieval time excluding query embedding over a synthetic `total`-chunk corpus,
    with the exact fp32 IndexFlatIP and with the fp16 scan."""
    out: dict[str, object] = {}
    t = time.perf_counter()
    big = synthetic.build(r, CachingEmbedder(r.embedder), total)
    out["build_s"] = time.perf_counter() - t
    out["chunks"] = len(big.chunks)
    for precision in ("fp32", "fp16"):
        if precision == "fp16":
            big.dense = DenseIndex.build(big.dense.vectors(), "fp16")
        for q in queries:  # warm-up, and fills the query-vector cache
            big.search(q, 10)
        out[precision] = {
            "search": time_calls(lambda q: big.search(q, 10), queries, repeat=2),
            "filtered": time_calls(lambda q: big.search(q, 10, laws=["spp-rules"]), queries,
                                   repeat=2),
            "top10": [[h.chunk_id for h in big.search(q, 10)] for q in queries],
        }  # fmt: skip
    out["peak_mb"] = peak_rss_mb()
    a, b = out["fp32"]["top10"], out["fp16"]["top10"]  # type: ignore[index]
    same = sum(len(set(x) & set(y)) for x, y in zip(a, b, strict=True))
    out["fp16_top10_agreement"] = same / (10 * len(a))
    return out


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
