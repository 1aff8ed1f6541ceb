"""Routing: varied phrasings reach the right rule with the right inputs, or fall through."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.rules import answer_rule_question

# Open items the router still gets wrong, each with what it misses (known_misses.yaml).
# Strict: an item that starts passing fails here until it is taken off the list, so the
# list cannot go stale.
KNOWN_MISSES = {
    str(m["q"]): str(m["reason"])
    for m in yaml.safe_load(
        (Path(__file__).parent / "known_misses.yaml").read_text(encoding="utf-8")
    )
}
CASES = [
    pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=reason))
    if (reason := next((r for q, r in KNOWN_MISSES.items() if str(case["q"]).startswith(q)), None))
    else case
    for path in sorted(Path(__file__).parent.glob("routing*.yaml"))
    for case in yaml.safe_load(path.read_text(encoding="utf-8"))
]
TODAY = date(2026, 3, 5)


def _id(case: object) -> str:
    return (case["q"] or "<empty>")[:60] if isinstance(case, dict) else "case"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_routing(case: dict[str, Any]) -> None:
    history = [tuple(t) for t in case.get("history", [])]
    today = date.fromisoformat(str(case["today"])) if "today" in case else TODAY
    result = answer_rule_question(case["q"], today=today, history=history, laws=case.get("laws"))
    if case["rule"] is None:
        assert result is None, result and result.summary
        return
    assert result is not None, "expected a rule answer"
    assert result.rule_id == case["rule"], result.summary
    if "computed" in case:
        assert result.computed == case["computed"], result.summary
    if "needs" in case:
        assert bool(result.needs) == case["needs"], result.summary
    for text in case.get("summary_contains", []):
        if case.get("not_contains"):
            assert text not in result.summary
        else:
            assert text in result.summary
    assert result.cites, "every answer cites its articles"
