"""Averages over evaluation rows and latency percentiles (pure).

Undefined (None) values are skipped, as pytrec_eval/BEIR skip queries without qrels.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from assistant.evaluation.metrics import unique


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0-100) by linear interpolation between closest ranks.

    Hyndman & Fan (1996) definition 7, numpy's default: position h = (n - 1)q/100 in
    the sorted values, interpolating between floor(h) and ceil(h). None if empty.
    """
    if not 0 <= q <= 100:
        raise ValueError(f"q must be in [0, 100], got {q}")
    if not values:
        return None
    xs = sorted(values)
    h = (len(xs) - 1) * q / 100
    lo = math.floor(h)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (h - lo) * (xs[hi] - xs[lo])


def mean(values: Iterable[float | None]) -> float | None:
    """Arithmetic mean of the defined values; None if none is defined."""
    xs = [v for v in values if v is not None]
    return sum(xs) / len(xs) if xs else None


def macro_average(rows: Sequence[Mapping[str, float | None]]) -> dict[str, float | None]:
    """Per-metric mean over rows (macro-average), skipping undefined (None) values."""
    keys = unique(k for row in rows for k in row)
    return {str(k): mean(row.get(str(k)) for row in rows) for k in keys}


def group_by(
    rows: Sequence[Mapping[str, float | None]], labels: Sequence[str]
) -> dict[str, dict[str, float | None]]:
    """Macro-average per group label (e.g. per kind or split), labels sorted."""
    if len(rows) != len(labels):
        raise ValueError("rows and labels differ in length")
    groups: dict[str, list[Mapping[str, float | None]]] = {}
    for row, label in zip(rows, labels, strict=True):
        groups.setdefault(label, []).append(row)
    return {label: macro_average(groups[label]) for label in sorted(groups)}
