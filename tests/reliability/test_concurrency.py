"""One shared Assistant answering from 8 threads: zero errors, exactly the serial answers,
and memory that stops growing after warm-up.

Scale: `LEGALQA_RELIABILITY_SCALE` (default 1) multiplies the number of questions.
"""

from __future__ import annotations

import gc
import os
import random
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from assistant.types import Answer
from tests.reliability.conftest import ErrorCounter
from tests.reliability.strategies import HTML, INJECTIONS, QUESTIONS
from tests.reliability.test_fuzz_ask import check_answer, eval_questions

pytestmark = pytest.mark.slow
SCALE = float(os.environ.get("LEGALQA_RELIABILITY_SCALE", "1"))
THREADS = 8
ROUNDS = 5
PER_ROUND = int(400 * SCALE)  # 5 x 400 = 2,000 threaded + the serial baseline


def distinct_questions() -> list[str]:
    qs = [*eval_questions(50), *QUESTIONS]
    qs += [f"{h} {q}" for h, q in zip(HTML, QUESTIONS, strict=False)]
    qs += [f"{q} {i}" for i, q in zip(INJECTIONS, QUESTIONS, strict=False)]
    return list(dict.fromkeys(qs))


def key(a: Answer) -> tuple[object, ...]:
    """Everything an answer shows (latency excluded)."""
    hits = tuple((h.chunk_id, h.rank, round(h.score, 9)) for h in a.hits)
    return (a.text, a.route, a.citations, a.steps, tuple(sorted(a.computed.items())), hits)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def test_eight_threads_give_the_serial_answers(bot, internal_errors: ErrorCounter) -> None:
    questions = distinct_questions()
    t0 = time.perf_counter()
    serial = {q: key(bot.ask(q)) for q in questions}
    serial_s = time.perf_counter() - t0
    before = len(internal_errors.records)

    rng = random.Random(20241125)
    errors: list[str] = []
    mismatches: list[str] = []
    latencies: list[float] = []
    lock = threading.Lock()

    def one(q: str) -> None:
        try:
            t = time.perf_counter()
            a = bot.ask(q)
            dt = time.perf_counter() - t
            check_answer(a, bot.corpus)
            with lock:
                latencies.append(dt)
                if key(a) != serial[q]:
                    mismatches.append(q)
        except BaseException as e:  # every failure is counted
            with lock:
                errors.append(f"{type(e).__name__}: {e}")

    rss: list[float] = []
    asked = 0
    t0 = time.perf_counter()
    with ThreadPoolExecutor(THREADS) as pool:
        for _ in range(ROUNDS):
            batch: Sequence[str] = [rng.choice(questions) for _ in range(PER_ROUND)]
            list(pool.map(one, batch))
            asked += len(batch)
            gc.collect()
            rss.append(rss_mb())
    threaded_s = time.perf_counter() - t0

    latencies.sort()
    p50 = latencies[len(latencies) // 2] * 1000
    p95 = latencies[int(len(latencies) * 0.95)] * 1000
    print(
        f"\n{len(questions)} distinct questions serially in {serial_s:.1f} s; {asked} from "
        f"{THREADS} threads in {threaded_s:.1f} s (p50 {p50:.0f} ms, p95 {p95:.0f} ms); "
        f"errors {len(errors)}, mismatches {len(mismatches)}; RSS by round (MB) "
        + ", ".join(f"{x:.0f}" for x in rss)
    )
    assert not errors, errors[:5]
    assert len(internal_errors.records) == before, internal_errors.describe(before)
    assert not mismatches, f"{len(mismatches)} answers differ from the serial run: {mismatches[:3]}"
    # After warm-up (round 1), memory must stop growing: allow allocator noise only.
    growth = rss[-1] - rss[1]
    assert growth < max(40.0, 0.05 * rss[1]), f"RSS grew {growth:.0f} MB after warm-up: {rss}"
