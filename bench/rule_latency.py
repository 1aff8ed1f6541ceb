"""Latency of the rule path alone: `answer_rule_question` on every evaluation question.

    HF_HUB_OFFLINE=1 python -m bench.rule_latency            # this checkout
    HF_HUB_OFFLINE=1 python -m bench.rule_latency --old DIR  # another checkout, same questions

Each question is answered once untimed (warming the per-text caches as a chat would not),
then timed once; prints median, p95 and mean in ms. To compare two checkouts, alternate
runs of both (the machine is shared), as recorded in bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QA = ROOT / "eval" / "qa.jsonl"
TODAY = date(2026, 3, 5)
log = logging.getLogger("bench")


def measure() -> str:
    """One timed pass over the questions with the importable `assistant` package."""
    from assistant.rules import answer_rule_question

    rows = [json.loads(line) for line in QA.read_text(encoding="utf-8").splitlines() if line]
    asks = [(r["question"], r.get("history") or []) for r in rows]
    for q, h in asks:
        answer_rule_question(q, today=TODAY, history=h)
    times = []
    for q, h in asks:
        t0 = time.perf_counter()
        answer_rule_question(q, today=TODAY, history=h)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return (f"{len(times)} questions: median {statistics.median(times):.2f} ms, "
            f"p95 {times[int(0.95 * len(times))]:.2f} ms, mean {statistics.mean(times):.2f} ms")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--old", type=Path, help="measure another checkout's code instead")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.old is None:
        log.info("%s", measure())
        return 0
    # this file run as a script in the other checkout: `assistant` is imported from there
    env = {"PYTHONPATH": str(args.old.resolve()), "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, __file__], cwd=args.old, capture_output=True,
                         text=True, env=env)  # fmt: skip
    log.info("%s: %s", args.old, (out.stdout + out.stderr).strip().splitlines()[-1])
    return out.returncode


if __name__ == "__main__":
    sys.exit(main())
