"""Fact reading against hand-encoded facts: where do right-rule answers go wrong?

The training sets' label checks (`bench/own_checks/check_ownNN.py`) call each eligibility
rule on facts a helper encoded by hand from the question. This bench records those calls,
reads the same question with the assistant's fact readers (`read_inputs`, the rule given as
labelled, so routing is out of the picture) and compares, fact by fact:

- agree: the reader found the hand value;
- missed: the hand value is True/False/uncertain, the reader found nothing;
- opposite: the reader found True where the hand says False, or the reverse;
- other: any other difference (uncertain against a plain value, a different number).

It also counts the items whose verdict, computed on the read facts, matches the label.
Open training data only (never the blind rounds or the evaluation set).

    PYTHONPATH=. HF_HUB_OFFLINE=1 python -m bench.fact_reading [--sets 48-55] [--show KEY]
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import logging
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.registry import REGISTRY
from assistant.rules.router_intents import Route
from assistant.rules.router_premise import case_text
from assistant.rules.rule_inputs import read_inputs

log = logging.getLogger("bench")
ROOT = Path(__file__).resolve().parent
TODAY = date(2026, 3, 5)
UNCERTAIN = "uncertain"


@dataclass(frozen=True)
class Call:
    """One hand-encoded call of an eligibility rule by a label check."""

    rule_id: str
    facts: dict[str, Any]
    body: str | None


@contextlib.contextmanager
def _recording(calls: list[Call]) -> Iterator[None]:
    saved = dict(REGISTRY)

    def wrap(rid: str, func: Any) -> Any:
        def recorded(facts: Any, body: str | None = None) -> Any:
            calls.append(Call(rid, dict(facts), body))
            return func(facts, body=body)

        return recorded

    for rid, spec in saved.items():
        if spec.kind == "eligibility":
            REGISTRY[rid] = replace(spec, func=wrap(rid, spec.func))
    try:
        yield
    finally:
        REGISTRY.update(saved)


def run_check(path: Path) -> tuple[object, str]:
    """Run a label check script's `main()` in this process: what it returned (or exited
    with; falsy when every label agrees) and what it printed."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # the check's own dataclasses look their module up
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            spec.loader.exec_module(module)
            try:
                failed = module.main()
            except SystemExit as stop:
                failed = stop.code
    finally:
        sys.modules.pop(spec.name, None)
    return failed, out.getvalue()


def hand_calls(number: int) -> list[Call]:
    """The eligibility calls the set's label check makes, in its order."""
    calls: list[Call] = []
    with _recording(calls):
        run_check(ROOT / "own_checks" / f"check_own{number}.py")
    return calls


def set_file(number: int) -> Path:
    found = sorted(ROOT.glob(f"own{number}_set*.yaml"))
    if len(found) != 1:
        raise FileNotFoundError(f"own{number}_set*.yaml: {len(found)} files")
    return found[0]


def flat(facts: dict[str, Any], body: str | None) -> dict[str, Any]:
    """The facts with each key of the "uncertain" list as its own entry, plus the body."""
    out = {k: v for k, v in facts.items() if k != UNCERTAIN}
    out.update({k: UNCERTAIN for k in facts.get(UNCERTAIN) or ()})
    return {**out, **({"body": body} if body else {})}


def _kind(hand: object, read: object) -> str:
    if read == hand:
        return "agree"
    if read is None:
        return "missed"
    if isinstance(hand, bool) and isinstance(read, bool):
        return "opposite"
    return "other"


def _verdict(rule_id: str, facts: dict[str, Any]) -> object:
    body = facts.get("body")
    plain = {k: v for k, v in facts.items() if v != UNCERTAIN and k != "body"}
    plain[UNCERTAIN] = tuple(k for k, v in facts.items() if v == UNCERTAIN)
    return REGISTRY[rule_id].func(plain, body=body).computed.get("eligible")


def _fixes(rule_id: str, hand: dict[str, Any], read: dict[str, Any], want: object) -> tuple:
    """Each single change (take the hand value, or drop a fact the hand facts lack) after
    which the read facts give the labelled verdict."""
    found = []
    for k, v in hand.items():
        if read.get(k) != v and _verdict(rule_id, {**read, k: v}) == want:
            found.append(f"{k} {'missed' if read.get(k) is None else 'misread'}")
    for k in read.keys() - hand.keys():
        if _verdict(rule_id, {x: v for x, v in read.items() if x != k}) == want:
            found.append(f"{k} over-read")
    return tuple(found)


@dataclass(frozen=True)
class Compared:
    """One eligibility item: its question, the hand and read facts, verdict match."""

    set_no: int
    q: str
    rule_id: str
    kinds: dict[str, str]
    hand: dict[str, Any]
    read: dict[str, Any]
    verdict_right: bool
    fixes: tuple[str, ...]  # single changes to the read facts that give the labelled verdict


def compare_set(number: int) -> list[Compared]:
    """Every eligibility item of training set `number` compared with its hand facts."""
    items = [i for i in yaml.safe_load(set_file(number).read_text(encoding="utf-8"))]
    elig = [i for i in items if str(i.get("rule") or "").startswith("eligibility.")]
    calls = hand_calls(number)
    if [c.rule_id for c in calls] != [i["rule"] for i in elig]:
        raise ValueError(f"own{number}: the check's calls do not line up with the items")
    out = []
    for item, call in zip(elig, calls, strict=True):
        text = case_text(item["q"])  # cleaned as the assistant cleans it
        inputs = read_inputs(text, "", TODAY, Route(call.rule_id, "eligibility"))
        hand, read = flat(call.facts, call.body), flat(inputs.facts, inputs.body)
        got = REGISTRY[call.rule_id].func(inputs.facts, body=inputs.body).computed
        kinds = {k: _kind(v, read.get(k)) for k, v in hand.items()}
        want = (item.get("computed") or {}).get("eligible")
        right = got.get("eligible") == want
        fixes = () if right else _fixes(call.rule_id, hand, read, want)
        out.append(Compared(number, item["q"], call.rule_id, kinds, hand, read, right, fixes))
    return out


def _numbers(spec: str) -> list[int]:
    lo, _, hi = spec.partition("-")
    return list(range(int(lo), int(hi or lo) + 1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="48-55", help="training set numbers, e.g. 48-55")
    ap.add_argument("--show", help="print the items where this fact is not agreed")
    args = ap.parse_args()
    rows = [c for n in _numbers(args.sets) for c in compare_set(n)]
    per_key: dict[str, Counter[str]] = {}
    for c in rows:
        for k, kind in c.kinds.items():
            per_key.setdefault(k, Counter())[kind] += 1
    right = sum(c.verdict_right for c in rows)
    print(f"{len(rows)} eligibility items; verdict right on the read facts: {right}")
    print("\n| fact | told | agree | missed | opposite | other |\n|---|---|---|---|---|---|")
    order = sorted(per_key.items(), key=lambda kv: -(sum(kv[1].values()) - kv[1]["agree"]))
    for k, n in order:
        told = sum(n.values())
        print(f"| {k} | {told} | {n['agree']} | {n['missed']} | {n['opposite']} | {n['other']} |")
    wrong = [c for c in rows if not c.verdict_right]
    blame = Counter(fix for c in wrong for fix in c.fixes)
    print(f"\n{len(wrong)} wrong verdicts; {sum(bool(c.fixes) for c in wrong)} are put right by")
    print("one change of the read facts (fact, change: items it puts right):")
    print("\n".join(f"- {k}: {n}" for k, n in blame.most_common(40)))
    for c in rows:
        if args.show and c.kinds.get(args.show, "agree") != "agree":
            shown = (c.hand.get(args.show), c.read.get(args.show), c.verdict_right)
            print(f"\nown{c.set_no} {c.rule_id} hand/read/verdict {shown}\n  {c.q}")


if __name__ == "__main__":
    main()
