"""Quality floors for the regression test: record them from a run, check a run against them.

`eval/floors.json` holds, per group (`overall` or a question kind), a minimum for
metrics where higher is better (`floors`) and a maximum where lower is better
(`ceilings`). Floors are quality numbers only, never timings.

Example:
    >>> spec = suggest_floors(report, margin=0.03)   # measured - 0.03, rounded down
    >>> check_floors(report, spec)                   # [] when every bound holds
    []

Re-record the floors from a report directory (test split only, never dev):

    python -m assistant.evaluation.floors eval/reports/latest eval/floors.json
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from assistant.evaluation.results import Aggregate, Report, build_report

# The headline metrics: which bound applies to which metric of which group.
HEADLINE_FLOORS: dict[str, tuple[str, ...]] = {
    "overall": (
        "recall@5", "mrr@10", "ndcg@10", "cite_precision", "cite_recall", "f2",
        "fact_recall", "abstain_precision", "abstain_recall", "nonexistent_ok",
    ),
    "deadline": ("computed_ok",),
    "eligibility": ("computed_ok",),
}  # fmt: skip
HEADLINE_CEILINGS: dict[str, tuple[str, ...]] = {"overall": ("false_abstention_rate",)}
EXACT_ZERO = ("invalid_citation_rate", "error")  # must be 0, no margin


def _group(report: Report, name: str) -> Aggregate:
    return report.overall if name == "overall" else report.by_kind.get(name, {})


def _down(x: float, places: int = 2) -> float:
    return max(0.0, math.floor(x * 10**places + 1e-9) / 10**places)


def _up(x: float, places: int = 2) -> float:
    return min(1.0, math.ceil(x * 10**places - 1e-9) / 10**places)


def _bounds(
    report: Report, spec: Mapping[str, Sequence[str]], shift: float, rnd: Any
) -> tuple[dict[str, dict[str, float]], dict[str, dict[str, float]]]:
    """(bounds, measured) for the metrics of `spec` that the report defines."""
    bounds: dict[str, dict[str, float]] = {}
    measured: dict[str, dict[str, float]] = {}
    for group, keys in spec.items():
        agg = _group(report, group)
        for key in keys:
            value = agg.get(key)
            if value is None:
                continue
            bounds.setdefault(group, {})[key] = rnd(value + shift)
            measured.setdefault(group, {})[key] = round(value, 4)
    return bounds, measured


def suggest_floors(report: Report, margin: float = 0.03) -> dict[str, Any]:
    """Floors (measured - margin, rounded down to 0.01) and ceilings (measured + margin,
    rounded up) for the headline metrics; `EXACT_ZERO` metrics get a ceiling of 0."""
    floors, measured = _bounds(report, HEADLINE_FLOORS, -margin, _down)
    ceilings, measured_c = _bounds(report, HEADLINE_CEILINGS, margin, _up)
    ceilings.setdefault("overall", {}).update(dict.fromkeys(EXACT_ZERO, 0.0))
    for group, values in measured_c.items():
        measured.setdefault(group, {}).update(values)
    return {"margin": margin, "floors": floors, "ceilings": ceilings, "measured": measured}


def check_floors(report: Report, spec: Mapping[str, Any]) -> list[str]:
    """Every bound of `spec` (the floors.json object) the report breaks, as messages.

    A bounded metric that the report leaves undefined (no cases of that kind, say)
    counts as broken: a floor must never pass silently.
    """
    problems = []
    for kind, sign in (("floors", 1), ("ceilings", -1)):
        for group, bounds in spec.get(kind, {}).items():
            agg = _group(report, group)
            for key, bound in bounds.items():
                value = agg.get(key)
                if value is None:
                    problems.append(f"{group} {key}: not measured (bound {bound})")
                elif sign * (value - bound) < -1e-12:
                    word = "below floor" if sign > 0 else "above ceiling"
                    problems.append(f"{group} {key} = {value:.4f} {word} {bound}")
    return problems


def load_floors(path: Path | str) -> dict[str, Any]:
    """Read a floors.json file."""
    data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    return data


NOTE = (
    "Quality floors checked by tests/test_eval_regression.py on the test split of "
    "eval/qa.jsonl, run through the `legalqa batch` code path. Floor = value measured on "
    "the test split minus `margin`, rounded down to 0.01; ceiling (lower is better) = "
    "measured plus `margin`, rounded up; invalid_citation_rate and error must be exactly 0. "
    "Quality numbers only, never timings. In small groups (about 14 out-of-scope, 19-26 "
    "deadline/eligibility cases) one case moves a metric by more than the margin, so a "
    "single lost case fails the test. Raise the floors when the assistant improves "
    "(python -m assistant.evaluation.floors eval/reports/latest eval/floors.json); lower "
    "one only with the reason in the commit message. `measured` is for reference."
)


def floors_file(report: Report, split: str = "test", margin: float = 0.03) -> dict[str, Any]:
    """The floors.json object for the rows of `split` of a report (pure)."""
    sub = build_report([r for r in report.rows if r.split == split], report.metadata)
    meta = {k: report.metadata.get(k) for k in ("git_sha", "started", "index_manifest_sha256")}
    return {"note": NOTE, "split": split, "n": sub.overall["n"], "run": meta} | suggest_floors(
        sub, margin
    )


def main(argv: Sequence[str]) -> int:
    """`python -m assistant.evaluation.floors REPORT_DIR OUT_JSON [MARGIN]`."""
    from assistant.evaluation.report import load_report

    if len(argv) not in (2, 3):
        print(main.__doc__, file=sys.stderr)
        return 2
    spec = floors_file(load_report(argv[0]), margin=float(argv[2]) if len(argv) == 3 else 0.03)
    Path(argv[1]).write_text(json.dumps(spec, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
