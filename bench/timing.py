"""Timing and memory helpers for the benchmarks (bm25s `utils/benchmark.py` style)."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import resource
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Latency:
    """Per-call wall time in milliseconds over a list of calls."""

    n: int
    median: float
    p95: float
    mean: float

    @classmethod
    def of(cls, seconds: Sequence[float]) -> Latency:
        ms = sorted(s * 1000 for s in seconds)
        p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
        return cls(len(ms), statistics.median(ms), p95, statistics.fmean(ms))

    def __str__(self) -> str:
        return f"{self.median:.2f} / {self.p95:.2f}"


def time_calls(fn: Callable[[str], object], inputs: Sequence[str], warmup: int = 10,
               repeat: int = 1) -> Latency:  # fmt: skip
    """Time `fn` on every input (`repeat` passes) after `warmup` untimed calls."""
    for q in list(inputs)[:warmup]:
        fn(q)
    seconds = []
    for _ in range(repeat):
        for q in inputs:
            t = time.perf_counter()
            fn(q)
            seconds.append(time.perf_counter() - t)
    return Latency.of(seconds)


@dataclass(frozen=True)
class Run:
    """A child process: wall time from spawn to exit, peak RSS, exit code, output."""

    seconds: float
    peak_mb: float
    code: int
    stdout: str
    stderr: str


def run_child(cmd: Sequence[str], env: dict[str, str] | None = None) -> Run:
    """Run a command and measure it alone (os.wait4 gives this child's own rusage)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err, env={**os.environ, **(env or {})})
        _, status, usage = os.wait4(p.pid, 0)
        seconds = time.perf_counter() - t
        p.returncode = code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text = (out.read().decode(errors="replace"), err.read().decode(errors="replace"))
    return Run(seconds, usage.ru_maxrss / 1024, code, *text)


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn: Callable[..., T], *args: Any) -> tuple[float, T]:
    """(seconds, result) of one call."""
    t = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - t, result


def _spin() -> None:
    while True:
        pass


@contextlib.contextmanager
def cpu_hog(processes: int) -> Iterator[None]:
    """`processes` busy-looping children for the duration of the block (0: none), to
    measure latency on a loaded machine; they are terminated on exit."""
    ctx = multiprocessing.get_context("spawn")
    hogs = [ctx.Process(target=_spin, daemon=True) for _ in range(processes)]
    for h in hogs:
        h.start()
    try:
        time.sleep(0.5 if hogs else 0)  # let them reach the scheduler
        yield
    finally:
        for h in hogs:
            h.terminate()
            h.join()
