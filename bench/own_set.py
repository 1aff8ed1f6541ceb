"""Score an own story-style eligibility set: reached rule, computed right, and among the
items that reached the right rule but computed wrong, how many were "cannot tell" (a fact
missed: the rule asked) versus a wrong verdict (a fact misread).

Reuses the item format and grading of `bench.routing_blind` (its code, not its files).

    PYTHONPATH=. HF_HUB_OFFLINE=1 python -m bench.own_set bench/own29_set1.yaml [-v]
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from pathlib import Path

from assistant.rules import answer_rule_question
from bench.routing_blind import TODAY, Item, grade_rule, load_items

log = logging.getLogger("bench")


def miss_kind(item: Item, grade: str, needs: tuple[str, ...]) -> str:
    """Split a wrong value: "cannot-tell" when the rule asked for a fact the item states,
    "false-needs" when it gave a verdict where the item expects a question, else "wrong"."""
    if grade != "wrong-value":
        return grade
    if needs and not item.needs:
        return "cannot-tell"
    if item.needs and not needs:
        return "false-verdict"
    return "wrong-verdict"


def score(items: list[Item], verbose: bool) -> list[str]:
    """Per-item lines (misses only unless verbose) and the counts table."""
    lines: list[str] = []
    tally: Counter[str] = Counter()
    for it in items:
        res = answer_rule_question(it.q, today=TODAY, history=[])
        needs = res.needs if res else ()
        kind = miss_kind(it, grade_rule(it, res), needs)
        tally[kind] += 1
        if verbose or kind != "correct":
            got = f"{res.rule_id} {res.computed} needs={list(needs)}" if res else "-"
            lines.append(f"{it.n:>3} {kind:<14} want {it.rule} {it.computed or None}"
                         f" | got {got}\n      {it.q[:150]}")  # fmt: skip
    reached = sum(tally[k] for k in ("correct", "cannot-tell", "false-verdict", "wrong-verdict"))
    lines += ["", "| count | n |", "|---|---|", f"| items | {len(items)} |",
              f"| reached the expected rule | {reached} |",
              f"| computed right | {tally['correct']} |",
              f"| reached, cannot tell (fact missed) | {tally['cannot-tell']} |",
              f"| reached, wrong verdict | {tally['wrong-verdict']} |",
              f"| reached, verdict where a question was due | {tally['false-verdict']} |",
              f"| other rule | {tally['other-rule']} |", f"| no rule | {tally['no-rule']} |"]  # fmt: skip
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    sys.stdout.write("\n".join(score(load_items(args.path), args.verbose)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
