"""Markdown tables for bench.retrieval's numbers (pure)."""

from __future__ import annotations

from typing import Any

from bench.evalset import Scores
from bench.timing import Latency

TARGETS = {
    "median_with": 20.0, "p95_with": 30.0, "median_without": 1.0, "build_s": 20.0,
    "startup_s": 6.0, "peak_mb": 600.0, "scale_median": 10.0,
}  # fmt: skip


def _ok(value: float, limit: float) -> str:
    return "yes" if value <= limit else "**no**"


def _system(report: dict[str, Any]) -> list[str]:
    s, w = report["startup"], report["warm"]
    we, wo, wf = w["with_embedding"], w["without_embedding"], w["filtered_without"]
    rows = [
        ("query median, with query embedding (ms)", we.median, TARGETS["median_with"]),
        ("query p95, with query embedding (ms)", we.p95, TARGETS["p95_with"]),
        ("query median, without embedding (ms)", wo.median, TARGETS["median_without"]),
        ("query p95, without embedding (ms)", wo.p95, None),
        ("filtered (spp-rules) median, without embedding (ms)", wf.median, None),
        ("index build in process, model loaded (s)", report["build_in_process_s"],
         TARGETS["build_s"]),
        ("`legalqa index build` wall time incl. start-up (s)", s["cli_build_s"], None),
        ("process start to first result, `legalqa search` (s)", s["start_to_first_result_s"],
         TARGETS["startup_s"]),
        ("peak RSS, `legalqa search` process (MB)", s["search_peak_mb"], TARGETS["peak_mb"]),
        ("peak RSS, `legalqa index build` process (MB)", s["build_peak_mb"], TARGETS["peak_mb"]),
    ]  # fmt: skip
    out = ["| measure | value | target | met |", "|---|---:|---:|---|"]
    for name, value, limit in rows:
        target = f"≤ {limit:g}" if limit else ""
        met = _ok(value, limit) if limit else ""
        out.append(f"| {name} | {value:.2f} | {target} | {met} |")
    return out


def _scores(s: Scores) -> str:
    return f"{s.recall5:.3f} | {s.hit5:.3f} | {s.mrr10:.3f}"


def _baseline(b: dict[str, Any]) -> list[str]:
    ours, lc = b["ours"]["ALL"], b["langchain"]["ALL"]
    ol, ll = b["ours_latency"], b["langchain_latency"]
    out = [
        f"Split `{b['split']}`, {b['n']} questions with gold articles.",
        "",
        "| | Recall@5 | Hit@5 | MRR@10 | median ms | p95 ms |",
        "|---|---:|---:|---:|---:|---:|",
        f"| LegalQA hybrid | {_scores(ours)} | {ol.median:.1f} | {ol.p95:.1f} |",
        f"| LangChain EnsembleRetriever | {_scores(lc)} | {ll.median:.1f} | {ll.p95:.1f} |",
        f"| ratio ours / LangChain | {_ratio(ours.recall5, lc.recall5)} | "
        f"{_ratio(ours.hit5, lc.hit5)} | {_ratio(ours.mrr10, lc.mrr10)} | "
        f"{_ratio(ol.median, ll.median)} | {_ratio(ol.p95, ll.p95)} |",
        "",
        "Per kind (Recall@5 / MRR@10), ours vs LangChain:",
        "",
        "| kind | n | ours | LangChain |",
        "|---|---:|---|---|",
    ]
    for kind, s in b["ours"].items():
        t = b["langchain"][kind]
        out.append(f"| {kind} | {s.n} | {s.recall5:.2f} / {s.mrr10:.2f} | "
                   f"{t.recall5:.2f} / {t.mrr10:.2f} |")  # fmt: skip
    return out


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}" if b else "–"


SCANS = {"fp32": "IndexFlatIP (fp32, exact)",
         "auto": "auto: 8-bit shortlist (4k), exact fp32 re-scoring (default)",
         "fp16": "IndexScalarQuantizer fp16 scan"}  # fmt: skip


def _scale(sc: dict[str, Any]) -> list[str]:
    load = " → ".join(", ".join(f"{x:.2f}" for x in sc[k]) for k in ("load_before", "load_after"))
    out = [f"{sc['chunks']:,} chunks (synthetic corpus built in memory in {sc['build_s']:.0f} s; "
           f"bench process peak RSS {sc['peak_mb']:.0f} MB; load average {load}).", "",
           "| dense scan | median / p95 ms | filtered (spp-rules) median / p95 ms | target |",
           "|---|---:|---:|---|"]  # fmt: skip
    for p, name in SCANS.items():
        s: Latency = sc[p]["search"]
        met = _ok(s.median, TARGETS["scale_median"])
        out.append(f"| {name} | {s} | {sc[p]['filtered']} | median ≤ 10: {met} |")
    out.append("")
    for p in ("auto", "fp16"):
        out.append(f"{p} vs exact fp32: top-10 agreement {sc[f'{p}_top10_agreement']:.4f}, "
                   f"identical hit lists with every score {sc[f'{p}_identical_lists']:.4f}, "
                   f"identical dense top 50 {sc[f'{p}_dense_top50_identical']:.4f}")  # fmt: skip
    return out


def _precision(ab: dict[str, Any]) -> list[str]:
    """The fp32 / bf16 query-embedding A/B (bench.retrieval.precision_ab)."""
    f, b = ab["fp32"], ab["bf16"]
    return [f"Query embedding arithmetic, interleaved per question ({f.n} each; this machine's "
            f"choice under `auto`: {ab['chosen']}):", "",
            "| query embedding | median / p95 ms (search incl. embedding) |", "|---|---:|",
            f"| fp32 | {f} |", f"| bf16 (autocast) | {b} |",
            f"| ratio bf16 / fp32 (median) | {ab['median_ratio']:.2f} |", "",
            f"Top-10 agreement bf16 vs fp32: {ab['top10_agreement']:.3f}; "
            f"same top hit: {ab['top1_agreement']:.3f}."]  # fmt: skip


def markdown(report: dict[str, Any]) -> str:
    lines = ["### System", "", *_system(report), ""]
    if report.get("query_precision"):
        lines += ["### Query precision", "", *_precision(report["query_precision"]), ""]
    for b in report["baseline"]:
        lines += [
            "### Quality and latency vs the stock LangChain alternative",
            "",
            *_baseline(b),
            "",
        ]
    if "scale" in report:
        lines += [
            "### Scale (retrieval excluding query embedding)",
            "",
            *_scale(report["scale"]),
            "",
        ]
    load = ", ".join(f"{x:.2f}" for x in report["load_average"])
    lines.append(f"Load average when the warm latencies were taken: {load} (2 vCPUs).")
    return "\n".join(lines)
