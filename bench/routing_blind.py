"""Blind routing check: do independently written chat questions reach the right rule?

Each item of a round file (`bench/routing_blind/round19.yaml`, see its header and
`bench/routing_blind/README.md`) names the rule a question should reach (or null) and what
that rule should compute. The bare rule function `assistant.rules.answer_rule_question` is
run on every question (today 2026-03-05, no history); with `--assistant` the whole
assistant is run too and its answers are counted by route, since it may route differently.

    PYTHONPATH=. HF_HUB_OFFLINE=1 python -m bench.routing_blind bench/routing_blind/round19.yaml
    LEGALQA_INDEX_DIR=/work/main/index ... python -m bench.routing_blind FILE --assistant

Prints a per-item table and the counts (markdown) to stdout.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from assistant.rules import RuleResult, answer_rule_question

log = logging.getLogger("bench")
TODAY = date(2026, 3, 5)
RULE_ROUTES = ("rule", "clarify")


@dataclass(frozen=True)
class Item:
    """One question of a round file and what it should reach."""

    n: int
    q: str
    rule: str | None
    computed: dict[str, Any]
    needs: bool | None
    voice: str

    @property
    def kind(self) -> str:
        return self.rule.split(".")[0] if self.rule else "none"


def load_items(path: Path) -> list[Item]:
    """The items of a round file; raises ValueError on a malformed item."""
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(rows, list):
        raise ValueError(f"{path}: expected a list of items")
    items = []
    for n, row in enumerate(rows, 1):
        if not isinstance(row, dict) or not isinstance(row.get("q"), str) or "rule" not in row:
            raise ValueError(f"{path}: item {n} needs q and rule")
        computed, voice = dict(row.get("computed") or {}), str(row.get("voice", "?"))
        items.append(Item(n, row["q"], row["rule"], computed, row.get("needs"), voice))
    return items


def grade_rule(item: Item, res: RuleResult | None) -> str:
    """correct | wrong-value | other-rule | no-rule (expected a rule); fell-through | hit-rule
    (expected none)."""
    if item.rule is None:
        return "fell-through" if res is None else "hit-rule"
    if res is None:
        return "no-rule"
    if res.rule_id != item.rule:
        return "other-rule"
    same = res.computed == item.computed
    if item.needs is not None:
        same = same and bool(res.needs) == item.needs
    return "correct" if same else "wrong-value"


def _cell(text: str, width: int = 60) -> str:
    text = " ".join(str(text).split()).replace("|", "/")
    return text if len(text) <= width else text[: width - 1] + "…"


def rule_mode(items: list[Item]) -> list[str]:
    """Run the bare rule function on every item; the per-item table and the counts."""
    out = ["## Rule function (`answer_rule_question`)", "",
           "| # | voice | expected | reached | computed | grade | question |",
           "|---|---|---|---|---|---|---|"]  # fmt: skip
    grades: list[tuple[Item, str]] = []
    for it in items:
        res = answer_rule_question(it.q, today=TODAY, history=[])
        grade = grade_rule(it, res)
        grades.append((it, grade))
        got = res.rule_id if res else "-"
        comp = res.computed if res else "-"
        needs = " needs" if res and res.needs else ""
        out.append(f"| {it.n} | {it.voice} | {it.rule or '-'} | {got} | {_cell(str(comp), 50)}"
                   f"{needs} | {grade} | {_cell(it.q)} |")  # fmt: skip
    out += ["", *counts(grades)]
    return out


def counts(grades: list[tuple[Item, str]]) -> list[str]:
    """The summary counts: overall, by kind of expected rule, by voice."""
    ruled = [(it, g) for it, g in grades if it.rule]
    none = [(it, g) for it, g in grades if not it.rule]
    c = Counter(g for _, g in ruled)
    reached = c["correct"] + c["wrong-value"]
    lines = [
        "| count | n |",
        "|---|---|",
        f"| items expecting a rule | {len(ruled)} |",
        f"| reached the expected rule | {reached} |",
        f"| reached it and computed (and needs) match | {c['correct']} |",
        f"| reached another rule | {c['other-rule']} |",
        f"| reached no rule | {c['no-rule']} |",
        f"| items expecting no rule | {len(none)} |",
        f"| correctly fell through | {sum(g == 'fell-through' for _, g in none)} |",
        "",
        "| group | items | reached expected | correct | other rule | no rule | fell through |",
        "|---|---|---|---|---|---|---|",
    ]
    groups: dict[str, list[str]] = {}
    for it, g in grades:
        groups.setdefault(f"kind {it.kind}", []).append(g)
    for it, g in grades:
        groups.setdefault(f"voice {it.voice}", []).append(g)
    for name, gs in groups.items():
        k = Counter(gs)
        lines.append(f"| {name} | {len(gs)} | {k['correct'] + k['wrong-value']} | "
                     f"{k['correct']} | {k['other-rule']} | {k['no-rule']} | "
                     f"{k['fell-through']} |")  # fmt: skip
    return lines


def assistant_mode(items: list[Item]) -> list[str]:
    """Run the whole assistant; count answers by route. An answer has no rule id, so a rule
    answer is matched by its computed dict, and by citing an article the rule cites."""
    from assistant.assistant import Assistant
    from assistant.rules.rulebook import all_rules
    from assistant.settings import Settings

    bot = Assistant.from_settings(Settings.from_env())
    rules = all_rules()
    out = ["## Whole assistant (`Assistant.ask`)", "",
           "| # | voice | expected | route | computed | cites rule's article | question |",
           "|---|---|---|---|---|---|---|"]  # fmt: skip
    tally: Counter[str] = Counter()
    for it in items:
        ans = bot.ask(it.q, (), None, TODAY)
        arts = {(c.law, c.article) for c in ans.citations}
        cited = bool(it.rule) and bool(arts & {(c.law, c.article) for c in rules[it.rule].cites()})
        same = bool(it.rule) and ans.route in RULE_ROUTES and ans.computed == it.computed
        key = "rule" if it.rule else "none"
        tally[f"{key} items"] += 1
        tally[f"{key} route {ans.route}"] += 1
        tally[f"{key} rule path"] += ans.route in RULE_ROUTES
        tally[f"{key} computed match"] += same
        tally[f"{key} rule path + cites rule"] += ans.route in RULE_ROUTES and cited
        out.append(f"| {it.n} | {it.voice} | {it.rule or '-'} | {ans.route} | "
                   f"{_cell(str(ans.computed), 50)} | {'yes' if cited else '-'} | "
                   f"{_cell(it.q)} |")  # fmt: skip
    out += ["", "| count | items expecting a rule | items expecting none |", "|---|---|---|"]
    routes = sorted({k.split(" route ")[1] for k in tally if " route " in k})
    names = ["items", *(f"route {r}" for r in routes), "rule path", "rule path + cites rule",
             "computed match"]  # fmt: skip
    out += [f"| {n} | {tally[f'rule {n}']} | {tally[f'none {n}']} |" for n in names]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a round file (YAML list of items)")
    parser.add_argument("--assistant", action="store_true", help="also run the whole assistant")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    items = load_items(args.path)
    log.info("%d items from %s", len(items), args.path)
    lines = [f"# {args.path} ({len(items)} items, today {TODAY})", "", *rule_mode(items)]
    if args.assistant:
        lines += ["", *assistant_mode(items)]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
