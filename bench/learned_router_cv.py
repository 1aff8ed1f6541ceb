"""Grouped cross-validation of the learned fallback router (router_learned), and its cost.

Each helper round (files sharing a round number, bench/learned_router_data.group_of) is
held out in turn: the model is trained on the other rounds, and the round's questions are
run through `answer_rule_question` (today 2026-03-05 or the item's own, with its
history). Only questions the current routers leave without a rule can change; on those:
(a) routed to the expected rule, (b) routed to another rule, (c) null items routed,
(d) of (a), computed (and needs) as expected (bench/routing_blind.grade_rule). The gate
is swept (the fold model's best class and margin are recorded once per question).

    PYTHONPATH=. HF_HUB_OFFLINE=1 python -m bench.learned_router_cv          # CV table
    ... python -m bench.learned_router_cv --check bench/own28_set1.yaml    # as-is, before/after
    ... python -m bench.learned_router_cv --latency                        # added cost
"""

from __future__ import annotations

import argparse
import itertools
import logging
import statistics
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from unittest import mock

import yaml

import assistant.rules.answer as answer_mod
import assistant.rules.router_fallback as fallback_mod
import assistant.rules.router_learned as learned_mod
from assistant.rules import answer_rule_question
from assistant.rules.learned_model import Gate
from bench.learned_router_data import ROOT, examples, group_of, sources, train
from bench.routing_blind import Item, grade_rule, load_items

log = logging.getLogger("bench")
TODAY = date(2026, 3, 5)
OPEN = Gate(0.0, 0.0, 0.0)  # record every non-null choice; the sweep applies the gate
PROBS, MARGINS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8), (0.0, 0.2, 0.3, 0.5)


def _run(row: dict, learned: bool) -> object:
    today = row.get("today") or TODAY
    today = date.fromisoformat(today) if isinstance(today, str) else today
    history = [tuple(h) for h in row.get("history") or []]
    with mock.patch.object(answer_mod, "LEARNED_FALLBACK", learned):
        return answer_rule_question(row["q"], today=today, history=history, laws=row.get("laws"))


def _record(row: dict) -> tuple[object, float, float]:
    """The result with the fold model's unconstrained choice, and that choice's p, margin."""
    seen: list[tuple[float, float]] = []

    def spy(text: str, today: date, *a: object, **k: object) -> object:
        choice = learned_mod.learned_choice(text, today, gate=OPEN)
        if choice is not None:
            seen.append((choice.prob, choice.margin))
        return choice

    with mock.patch.object(fallback_mod, "learned_choice", spy):
        res = _run(row, True)
    return res, *(seen[0] if seen else (0.0, 0.0))


def _grade(row: dict, res: object, p: float, m: float, gate: Gate) -> str:
    if res is None or p < gate.min_prob or m < gate.min_margin:
        return "-"
    if res.kind == "eligibility" and res.computed.get("eligible") is None and p < gate.open_prob:
        return "-"  # dropped: an open verdict of a not-sure route
    item = Item(0, row["q"], row["rule"], dict(row.get("computed") or {}), row.get("needs"), "")
    g = grade_rule(item, res)
    return {"correct": "a+d", "wrong-value": "a", "other-rule": "b", "hit-rule": "c"}[g]


def cross_validate() -> list[str]:
    """Per held-out round, the questions the current routers miss and what the fold does."""
    train_items = examples()
    rows_by_group: dict[str, list[dict]] = defaultdict(list)
    for src in sources():
        for row in yaml.safe_load((ROOT / src).read_text(encoding="utf-8")) or []:
            rows_by_group[group_of(src)].append(row)
    records = []  # (group, row, result, p, margin)
    for group, rows in sorted(rows_by_group.items()):
        missed = [r for r in rows if _run(r, False) is None]
        if not missed:
            continue
        fold = train([e for e in train_items if e.group != group])
        with mock.patch.object(learned_mod, "shipped", lambda fold=fold: fold):
            records += [(group, r, *_record(r)) for r in missed]
        log.info("round %s: %d questions, %d reach the fallback", group, len(rows), len(missed))
    lines = ["| min p | margin | open p | (a) right rule | (d) of which computed ok | "
             "(b) other rule | (c) null routed | rule items | null items |",
             "|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    pos = sum(1 for _, r, *_ in records if r.get("rule"))
    for p, m, o in itertools.product(PROBS, MARGINS, (0.7, 1.01)):
        c = Counter(_grade(r, res, pr, mg, Gate(p, m, o)) for _, r, res, pr, mg in records)
        lines.append(f"| {p} | {m} | {o if o <= 1 else 'never'} | {c['a'] + c['a+d']} | "
                     f"{c['a+d']} | {c['b']} | {c['c']} | {pos} | {len(records) - pos} |")  # fmt: skip
    gate = learned_mod.GATE
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for group, r, res, pr, mg in records:
        per[group]["rule" if r.get("rule") else "null"] += 1
        per[group][_grade(r, res, pr, mg, gate)] += 1
    lines += ["", f"Per held-out round at the shipped gate {gate}:", "",
              "| round | rule items missed | null items reaching | a | d | b | c |",
              "|---|---|---|---|---|---|---|"]  # fmt: skip
    for group, c in sorted(per.items()):
        lines.append(f"| {group} | {c['rule']} | {c['null']} | {c['a'] + c['a+d']} | "
                     f"{c['a+d']} | {c['b']} | {c['c']} |")  # fmt: skip
    return lines


def check(path: Path) -> list[str]:
    """An independent file scored as-is with the shipped model: before and after."""
    lines = ["| | reached expected | computed ok | other rule | no rule | null routed |",
             "|---|---|---|---|---|---|"]  # fmt: skip
    items = load_items(path)
    for learned in (False, True):
        c: Counter[str] = Counter()
        for it in items:
            res = _run({"q": it.q}, learned)
            c[grade_rule(it, res)] += 1
        lines.append(f"| {'after' if learned else 'before'} | {c['correct'] + c['wrong-value']} "
                     f"| {c['correct']} | {c['other-rule']} | {c['no-rule']} | {c['hit-rule']} |")  # fmt: skip
    return lines


def latency(rounds: int = 3) -> list[str]:
    """What the learned fallback adds to a question that reaches it: `learned_choice` on
    every training question's routed text (model loaded first; the whole router is not
    timed twice because its per-text caches would favour the second run)."""
    texts = [e.text for e in examples()]
    t0 = time.perf_counter()
    learned_mod.shipped()
    load_ms = (time.perf_counter() - t0) * 1000
    times: list[float] = []
    for _ in range(rounds):
        for text in texts:
            t0 = time.perf_counter()
            learned_mod.learned_choice(text, TODAY)
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return ["| learned_choice | median ms | p95 ms | one-time load ms |", "|---|---|---|---|",
            f"| {len(texts)} questions x {rounds} | {statistics.median(times):.2f} | "
            f"{times[int(0.95 * len(times))]:.2f} | {load_ms:.0f} |"]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", type=Path, help="score one held-out file as-is")
    parser.add_argument("--latency", action="store_true", help="time the added cost")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    logging.getLogger("assistant").setLevel(logging.CRITICAL)
    if args.check:
        lines = check(args.check)
    elif args.latency:
        lines = latency()
    else:
        lines = cross_validate()
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
