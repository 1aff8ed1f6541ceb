"""Rule routing on the open dev split: per-kind scores and routes of the whole assistant.

(Adapted from the `retroute` branch's bench script, without its retrieval-routing switch.)

Runs the real Assistant (the `legalqa batch` code path, `evaluation.runner.answer_fn`) on
the dev items outside the held-out batches (eval/README.md), and prints per kind R@5,
MRR@10, computed_ok and the count of each answer route. `--save` writes each item's route
and computed_ok (id -> row) so two runs can be compared with `--against`: every item whose
route changed is listed with its kind, so a rights or research question newly answered by a
rule is seen.

    python -m bench.rule_routing --save /tmp/before.json
    python -m bench.rule_routing --save /tmp/after.json --against /tmp/before.json
"""

from __future__ import annotations

import argparse
import json
import logging
from collections import Counter
from pathlib import Path
from typing import Any

from assistant.evaluation import harness
from assistant.evaluation.datasets import load_qa
from assistant.evaluation.results import CaseResult
from assistant.evaluation.runner import answer_fn, citation_validator
from assistant.settings import Settings
from bench.evalset import HELD, QA_PATH

ROUTES = ("lookup", "rule", "clarify", "retrieval", "abstain")
NON_RULE = ("rights", "research", "lookup", "followup", "adversarial")


def _mean(values: list[float | None]) -> str:
    got = [v for v in values if v is not None]
    return f"{sum(got) / len(got):.3f} ({len(got)})" if got else "-"


def table(rows: list[CaseResult]) -> list[str]:
    """Per kind: n, R@5, MRR@10, computed_ok (with its n) and the route counts."""
    head = "| kind | n | R@5 | MRR@10 | computed_ok | " + " | ".join(ROUTES) + " |"
    out = [head, "|---" * (5 + len(ROUTES)) + "|"]
    for kind in sorted({r.kind for r in rows}):
        sub = [r for r in rows if r.kind == kind]
        routes = Counter(r.got.get("route") for r in sub)
        cells = [_mean([r.metrics.get(k) for r in sub]) for k in ("recall@5", "mrr@10")]
        cells.append(_mean([r.metrics.get("computed_ok") for r in sub]))
        out.append(f"| {kind} | {len(sub)} | " + " | ".join(cells) + " | "
                   + " | ".join(str(routes[x]) for x in ROUTES) + " |")  # fmt: skip
    return out


def changes(now: dict[str, Any], before: dict[str, Any]) -> list[str]:
    """Every item whose route changed, with its kind and computed_ok before -> after."""
    out = []
    for cid, row in sorted(now.items()):
        old = before.get(cid)
        if old is None or (old["route"], old.get("rule")) == (row["route"], row.get("rule")):
            continue
        flag = " NON-RULE KIND" if row["kind"] in NON_RULE else ""
        out.append(f"- {cid} ({row['kind']}): {old['route']} {old.get('rule')} -> {row['route']} "
                   f"{row.get('rule')}, computed_ok {old['computed_ok']} -> {row['computed_ok']}"
                   f"{flag}\n    {row.get('q', '')[:200]}")  # fmt: skip
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save", type=Path, help="write id -> {kind, route, computed_ok}")
    ap.add_argument("--against", type=Path, help="a saved run to list route changes against")
    ap.add_argument("--kinds", default="", help="comma-separated kinds (default: all)")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    from assistant.assistant import Assistant

    bot = Assistant.from_settings(Settings.from_env())
    seen: dict[str, str] = {}  # question -> the rule id the rule module answered with
    inner = bot.rules

    def rules(question: str, **kw: Any) -> Any:
        res = inner(question, **kw)
        seen[question] = res.rule_id if res is not None else ""
        return res

    bot.rules = rules
    kinds = set(filter(None, args.kinds.split(",")))
    cases = [c for c in load_qa(QA_PATH) if c.split == "dev" and not HELD.search(c.id)
             and (not kinds or c.kind in kinds)]  # fmt: skip
    report = harness.run(cases, answer_fn(bot), validate_citation=citation_validator(bot.corpus))
    rows = list(report.rows)
    print("\n".join([f"{len(rows)} open dev items", "", *table(rows)]))
    saved = {r.id: {"kind": r.kind, "route": r.got.get("route"), "rule": seen.get(r.question, ""),
                    "computed_ok": r.metrics.get("computed_ok"), "q": r.question} for r in rows}  # fmt: skip
    if args.save:
        args.save.write_text(json.dumps(saved, indent=1), encoding="utf-8")
    if args.against:
        moved = changes(saved, json.loads(args.against.read_text(encoding="utf-8")))
        print("", f"{len(moved)} route changes:", *moved, sep="\n")


if __name__ == "__main__":
    main()
