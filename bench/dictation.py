"""Dictation robustness: the routing test questions with their sentence marks removed.

Voice-to-text gives a whole story with no full stop or question mark. This takes every
labelled routing question of 12 words or more (`tests/rules/routing*.yaml`, no history),
removes its marks (. ? ! ;), and counts how many still reach the labelled rule and value,
with the dictation reader (`assistant.rules.router_dictation.punctuate`) and without it.
The questions were tuned on as written, not as dictated.

    HF_HUB_OFFLINE=1 python -m bench.dictation
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import yaml

import assistant.rules.router_text as router_text
from assistant.rules import answer_rule_question

log = logging.getLogger("bench")
ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 3, 5)
MIN_WORDS = 12


def items(min_words: int = MIN_WORDS) -> list[dict[str, Any]]:
    """The plain labelled routing questions (no history, own date or filter) of
    `min_words` words or more."""
    out = []
    for path in sorted((ROOT / "tests" / "rules").glob("routing*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            plain = not (case.get("history") or "today" in case or case.get("laws"))
            if plain and len((case["q"] or "").split()) >= min_words:
                out.append(case)
    return out


def right(case: dict[str, Any], question: str) -> bool:
    r = answer_rule_question(question, today=TODAY)
    if case["rule"] is None:
        return r is None
    if r is None or r.rule_id != case["rule"]:
        return False
    if "computed" in case and r.computed != case["computed"]:
        return False
    return "needs" not in case or bool(r.needs) == case["needs"]


def unmarked(question: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[.?!;]+", " ", question)).strip()


def count(cases: list[dict[str, Any]], punctuate: Callable[[str], str]) -> int:
    kept = router_text.punctuate
    router_text.punctuate = punctuate
    try:
        return sum(right(c, unmarked(c["q"])) for c in cases)
    finally:
        router_text.punctuate = kept


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    cases = items()
    written = sum(right(c, c["q"]) for c in cases)
    log.info("%d routing questions of %d+ words: %d right as written", len(cases), MIN_WORDS,
             written)  # fmt: skip
    log.info("marks removed: %d right with the dictation reader, %d without",
             count(cases, router_text.punctuate), count(cases, lambda t: t))  # fmt: skip


if __name__ == "__main__":
    main()
