"""Check a split routing set's labels on the pure rule functions (shared by the blind rounds'
check scripts, `bench/routing_blind/check_round31.py` and `check_round32.py`).

Each script lists its hand encodings in writing order (open item 1, blind item 1, open item
2, ...): `(rule_id, {"facts": {...}, "body": ...})` for an eligibility rule,
`(rule_id, {"start": "YYYY-MM-DD[THH:MM]" or None, **inputs})` for a deadline rule, or None
for an item that must reach no rule. Every label must agree with the function's result.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.model import RuleResult
from assistant.rules.rulebook import all_rules


def moment(text: str | None) -> datetime.date | datetime.datetime | None:
    """An encoded start: a date, a date and time ("T"), or None (not told)."""
    if text is None:
        return None
    return (
        datetime.datetime.fromisoformat(text) if "T" in text else datetime.date.fromisoformat(text)
    )


def run(rule_id: str, check: dict[str, Any]) -> RuleResult:
    """The rule function on one hand encoding."""
    spec = all_rules()[rule_id]
    args = dict(check)
    if rule_id.startswith("eligibility."):
        return spec.func(args["facts"], body=args["body"])
    return spec.func(moment(args.pop("start")), **args)


def check_labels(open_file: Path, blind_file: Path, encoded: list[Any]) -> int:
    """Print each disagreement and the count; 0 when every label agrees, else 1."""
    rules = all_rules()
    open_items = yaml.safe_load(open_file.read_text(encoding="utf-8"))
    blind_items = yaml.safe_load(blind_file.read_text(encoding="utf-8"))
    order = [it for pair in zip(open_items, blind_items, strict=True) for it in pair]
    assert len(order) == len(encoded) == 100, (len(order), len(encoded))
    checked = agree = 0
    for n, (item, enc) in enumerate(zip(order, encoded, strict=True), 1):
        where = f"{'open' if n % 2 else 'blind'} #{(n + 1) // 2} (writing order {n})"
        if enc is None:
            assert item["rule"] is None, where
            continue
        rule_id, check = enc
        assert item["rule"] == rule_id and rule_id in rules, where
        res = run(rule_id, check)
        checked += 1
        same = res.computed == (item.get("computed") or {}) and bool(res.needs) == bool(
            item.get("needs")
        )
        agree += same
        if not same:
            print(
                f"DISAGREE {where} {rule_id}: label {item.get('computed')} needs={item.get('needs')}"
                f" / function {res.computed} needs={bool(res.needs)}"
            )
    print(f"{checked} labels checked, {agree} agree")
    return 0 if agree == checked else 1
