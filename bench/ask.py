"""Assistant benchmark (issues #5 and #3): warm `ask` latency per route and kind, a
200-question `legalqa batch` run, CLI start-up, one-thread query embedding, build memory.

    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.ask [--runs 5] [--out /tmp/ask.json]
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.ask --only ask batch   # a subset of sections

Prints markdown tables (recorded in bench/README.md, "Assistant: ask latency and batch").
Every eval question is timed (dev and test, history included): this measures speed only,
no answer is scored, so no test item informs any tuning.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import tempfile
from collections import defaultdict
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bench.timing import Latency, cpu_hog, run_child, timed

log = logging.getLogger("bench")
ROOT = Path(__file__).resolve().parents[1]
QA_PATH = ROOT / "eval" / "qa.jsonl"
LEGALQA = str(Path(sys.executable).with_name("legalqa"))
FIRST_QUERY = "the cops took my brother, when do they have to tell us?"
# --baseline, for A/B on the same tree and machine, the code before issue #5/#3 work: the
# library's own encode path (all torch threads, nothing remembered, batches of 32, no heap
# trim, glibc's default mmap threshold) and scikit-learn imported as sentence-transformers would
BASELINE_SETUP = ("import sklearn.metrics; from assistant.retrieval import dense; "
                  "dense.QUERY_TEXTS = 0; dense.SentenceEmbedder.encode.__defaults__ = (32,); "
                  "dense.release_freed_memory = dense.fixed_mmap_threshold = lambda: None")  # fmt: skip
BASELINE = (
    f"import sys; {BASELINE_SETUP}; from assistant.cli import main; sys.argv[0] = 'legalqa'; main()"
)
SECTIONS = ("ask", "batch", "startup", "threads", "build")
TARGETS = {"ask_median": 25.0, "ask_p95": 50.0, "batch_s": 20.0, "startup_s": 6.0,
           "peak_mb": 600.0, "build_s": 20.0}  # fmt: skip


def cli(*args: str) -> list[str]:
    """The `legalqa` command line (or the baseline's, see BASELINE)."""
    if dense_baseline():
        return [sys.executable, "-c", BASELINE, *args]
    return [LEGALQA, *args]


def dense_baseline() -> bool:
    from assistant.retrieval import dense

    return dense.QUERY_TEXTS == 0


def load_questions(path: Path = QA_PATH) -> list[dict[str, Any]]:
    """Every eval item as a batch record (question, history, id, kind); both splits."""
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [{"id": r["id"], "kind": r["kind"], "question": r["question"],
             "history": r.get("history") or []} for r in rows]  # fmt: skip


def warm_ask(bot: Any, items: list[dict[str, Any]], warmup: int = 10) -> dict[str, Any]:
    """Median/p95 of `bot.ask` over all items after `warmup` untimed calls."""
    for it in items[:warmup]:
        bot.ask(it["question"], it["history"])
    by_route: dict[str, list[float]] = defaultdict(list)
    by_kind: dict[str, list[float]] = defaultdict(list)
    every: list[float] = []
    for it in items:
        seconds, answer = timed(bot.ask, it["question"], it["history"])
        every.append(seconds)
        by_route[answer.route].append(seconds)
        by_kind[it["kind"]].append(seconds)
    return {"all": Latency.of(every),
            "route": {k: Latency.of(v) for k, v in sorted(by_route.items())},
            "kind": {k: Latency.of(v) for k, v in sorted(by_kind.items())}}  # fmt: skip


def batch_run(items: list[dict[str, Any]], n: int = 200) -> dict[str, Any]:
    """`legalqa batch in.jsonl -o out.jsonl` on `n` questions (cycled) as a child process."""
    records = [{k: items[i % len(items)][k] for k in ("id", "question", "history")}
               for i in range(n)]  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp, "in.jsonl"), Path(tmp, "out.jsonl")
        src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        load = os.getloadavg()
        r = run_child(cli("batch", str(src), "-o", str(dst)))
        lines = dst.read_text(encoding="utf-8").splitlines() if dst.exists() else []
    if r.code != 0 or len(lines) != n:
        raise SystemExit(f"legalqa batch failed ({r.code}, {len(lines)} lines): {r.stderr[-2000:]}")
    errors = sum("error" in json.loads(x) for x in lines)
    return {"n": n, "wall_s": r.seconds, "peak_mb": r.peak_mb, "errors": errors,
            "load_average": load, "stderr": r.stderr.strip().splitlines()[-1:]}  # fmt: skip


def startup(runs: int) -> dict[str, Any]:
    """Spawn-to-exit of one-shot commands, median of `runs` (first result printed)."""
    cmds = {"search": cli("search", FIRST_QUERY, "-k", "5"), "ask": cli("ask", FIRST_QUERY)}
    out: dict[str, Any] = {"runs": runs, "load_average": os.getloadavg()}
    for name, cmd in cmds.items():
        rs = [run_child(cmd) for _ in range(runs)]
        if any(r.code for r in rs):
            raise SystemExit(f"legalqa {name} failed: {rs[-1].stderr[-2000:]}")
        out[name] = {"median_s": statistics.median(r.seconds for r in rs),
                     "min_s": min(r.seconds for r in rs), "max_s": max(r.seconds for r in rs),
                     "peak_mb": max(r.peak_mb for r in rs)}  # fmt: skip
    return out


def threads(queries: list[str]) -> dict[str, Any]:
    """Single-query embedding: torch's default thread count vs one thread, idle and with a
    busy-looping process per core (the load other sessions or jobs put on the machine)."""
    import torch

    from assistant.retrieval.dense import SentenceEmbedder
    from assistant.settings import Settings

    emb = SentenceEmbedder(Settings.from_env().model_path)
    default = torch.get_num_threads()
    out: dict[str, Any] = {"default_threads": default}

    def measure(n: int) -> Latency:
        torch.set_num_threads(n)
        for q in queries[:5]:
            emb._model.encode([q])  # the library call, without our one-thread scope
        return Latency.of([timed(emb._model.encode, [q])[0] for q in queries])

    for load in ("idle", "hog"):
        with cpu_hog((os.cpu_count() or 1) if load == "hog" else 0):
            out[load] = {f"{n}_threads": measure(n) for n in sorted({default, 1})}
            out[load]["embedder.encode"] = Latency.of([timed(emb.encode, [q])[0] for q in queries])
    torch.set_num_threads(default)
    return out


def build(env: dict[str, str] | None = None) -> dict[str, Any]:
    """`legalqa index build` from scratch into a temporary folder: wall time and peak RSS."""
    with tempfile.TemporaryDirectory() as tmp:
        r = run_child(cli("index", "build", "--quiet"), {"LEGALQA_INDEX_DIR": tmp, **(env or {})})
    if r.code != 0:
        raise SystemExit(f"legalqa index build failed ({r.code}): {r.stderr[-2000:]}")
    return {"wall_s": r.seconds, "peak_mb": r.peak_mb}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS))
    p.add_argument("--runs", type=int, default=5, help="repetitions of each start-up command")
    p.add_argument("--batch-size", type=int, default=200)
    p.add_argument("--baseline", action="store_true", help="library encode path (A/B)")
    p.add_argument("--out", type=Path, help="write the numbers as JSON")
    args = p.parse_args()
    if args.baseline:
        exec(BASELINE_SETUP)  # the same setup as the baseline children
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    items = load_questions()
    report: dict[str, Any] = {"cpus": os.cpu_count(), "baseline": args.baseline}
    if "batch" in args.only:  # first: a child process on a quiet machine
        report["batch"] = batch_run(items, args.batch_size)
    if "startup" in args.only:
        report["startup"] = startup(args.runs)
    if "build" in args.only:
        report["build"] = [build() for _ in range(min(args.runs, 3))]
    if "ask" in args.only:
        from assistant.assistant import Assistant
        from assistant.settings import Settings

        bot = Assistant.from_settings(Settings.from_env())
        report["ask"] = {**warm_ask(bot, items), "load_average": os.getloadavg()}
    if "threads" in args.only:
        report["threads"] = threads([it["question"] for it in items[:60]])
    print(markdown(report))
    if args.out:
        args.out.write_text(json.dumps(report, default=_plain, indent=2))


def _plain(x: object) -> object:
    return asdict(x) if isinstance(x, Latency) else str(x)  # type: ignore[arg-type]


def _ok(value: float, key: str) -> str:
    return "yes" if value <= TARGETS[key] else "**no**"


def markdown(report: dict[str, Any]) -> str:
    """The numbers as markdown tables (pure)."""
    out: list[str] = []
    if "ask" in report:
        a = report["ask"]
        out += ["| warm `ask` | n | median ms | p95 ms | mean ms |", "|---|---:|---:|---:|---:|"]
        rows = [("**all**", a["all"])] + [(f"route {k}", v) for k, v in a["route"].items()]
        rows += [(f"kind {k}", v) for k, v in a["kind"].items()]
        out += [f"| {n} | {x.n} | {x.median:.2f} | {x.p95:.2f} | {x.mean:.2f} |" for n, x in rows]
        out += [f"\nmedian ≤ 25 ms: {_ok(a['all'].median, 'ask_median')}; p95 ≤ 50 ms: "
                f"{_ok(a['all'].p95, 'ask_p95')}; load average {_load(a['load_average'])}\n"]  # fmt: skip
    if "batch" in report:
        b = report["batch"]
        out += [f"`legalqa batch`, {b['n']} questions incl. start-up: {b['wall_s']:.2f} s "
                f"(≤ 20: {_ok(b['wall_s'], 'batch_s')}), peak RSS {b['peak_mb']:.0f} MB, "
                f"{b['errors']} errors, load average {_load(b['load_average'])}\n"]  # fmt: skip
    if "startup" in report:
        s = report["startup"]
        out += [f"| start-up (median of {s['runs']}) | median s | min s | max s | peak MB |",
                "|---|---:|---:|---:|---:|"]  # fmt: skip
        out += [f"| `legalqa {k}` | {s[k]['median_s']:.2f} | {s[k]['min_s']:.2f} | "
                f"{s[k]['max_s']:.2f} | {s[k]['peak_mb']:.0f} |" for k in ("search", "ask")]  # fmt: skip
        out += [f"\nload average {_load(s['load_average'])}\n"]
    if "build" in report:
        out += [f"`legalqa index build`: {b['wall_s']:.2f} s, peak RSS {b['peak_mb']:.0f} MB"
                for b in report["build"]] + [""]  # fmt: skip
    if "threads" in report:
        t = report["threads"]
        out += [f"| single-query embedding (default {t['default_threads']} threads) | idle "
                "median / p95 ms | CPU hog median / p95 ms |", "|---|---:|---:|"]  # fmt: skip
        out += [f"| {k} | {t['idle'][k]} | {t['hog'][k]} |" for k in t["idle"]]
    return "\n".join(out)


def _load(avg: tuple[float, ...]) -> str:
    return ", ".join(f"{x:.2f}" for x in avg)


if __name__ == "__main__":
    main()
