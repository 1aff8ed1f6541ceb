"""Failed cases of an evaluation report as plain data, and the page's failure filter.

A case failed when its row in `report.json` is marked `failed` or lists reasons; the
fields kept are those `summary.md` shows (question, expectations, answer, why).

Example:
    >>> fs = failures([{"id": "q1", "kind": "lookup", "split": "dev", "reasons": ["missed"]}])
    >>> [f.id for f in filter_failures(fs, kinds=["lookup"], text="MISS")]
    ['q1']
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Failure:
    """A failed case: what was asked and expected, what came back, and why it failed."""

    id: str
    kind: str
    split: str
    question: str
    expected: str  # JSON of the non-empty expectations
    got: str  # the answer text
    got_structured: str  # JSON of route, citations, hits, computed
    why: tuple[str, ...]


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def failure(row: Mapping[str, Any]) -> Failure:
    """A failure from one `report.json` row (the fields `summary.md` lists)."""
    exp, got = _dict(row.get("expected")), _dict(row.get("got"))
    expected = {k: v for k, v in exp.items() if v not in ({}, [], None, False)}
    shown = {k: got.get(k) for k in ("route", "citations", "hits", "computed", "returned")}
    reasons = row.get("reasons")
    return Failure(
        id=str(row.get("id", "")),
        kind=str(row.get("kind", "")),
        split=str(row.get("split", "")),
        question=str(row.get("question", "")),
        expected=_json(expected),
        got=str(got.get("answer") or ""),
        got_structured=_json({k: v for k, v in shown.items() if v}),
        why=tuple(str(r) for r in reasons) if isinstance(reasons, list) else (),
    )


def failures(rows: Sequence[Any]) -> tuple[Failure, ...]:
    """The failed cases among `report.json` rows, in report order (odd rows skipped)."""
    return tuple(
        failure(r) for r in rows if isinstance(r, dict) and (r.get("failed") or r.get("reasons"))
    )


def filter_failures(
    failures: Sequence[Failure],
    kinds: Sequence[str] = (),
    splits: Sequence[str] = (),
    text: str = "",
) -> tuple[Failure, ...]:
    """The failures of the chosen kinds and splits (none chosen = all) whose id,
    question or reasons contain `text` (case-insensitive)."""
    needle = text.strip().casefold()
    return tuple(
        f
        for f in failures
        if (not kinds or f.kind in kinds)
        and (not splits or f.split in splits)
        and (not needle or needle in " ".join((f.id, f.question, *f.why)).casefold())
    )
