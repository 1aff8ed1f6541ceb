"""YAML rule cases (OpenFisca style) and the registry invariant.

Each file in `cases/` holds a list of cases: `rule`, `input` (dates as YYYY-MM-DD,
times as YYYY-MM-DDTHH:MM), `output` (the exact `computed` dict), and optionally
`needs` (true when the rule must ask), `cites` ([law, article] pairs that must be
cited), `summary_contains`, and for timelines `timeline` ([when, kind, law, article]).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.corpus.store import Corpus
from assistant.rules.counting import CONVENTION, HOLIDAYS
from assistant.rules.registry import RegistryError, validate_registry
from assistant.rules.rulebook import all_rules

CASES_DIR = Path(__file__).parent / "cases"
LEADS = ("Within", "At most", "Cannot tell yet", "Yes", "No", "Timeline")


def load_cases() -> list[dict[str, Any]]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for n, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or [], 1):
            cases.append({**case, "_id": f"{path.stem}:{n}:{case.get('name', '')}"})
    return cases


CASES = load_cases()


def _value(v: Any) -> Any:
    if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", v):
        return datetime.fromisoformat(v)
    if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return date.fromisoformat(v)
    return v


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["_id"])
def test_rule_case(case: dict[str, Any], corpus: Corpus) -> None:
    spec = all_rules()[case["rule"]]
    kwargs = {k: _value(v) for k, v in (case.get("input") or {}).items()}
    result = spec.func(**kwargs)
    assert result.rule_id == case["rule"]
    assert result.kind == spec.kind
    if "output" in case:
        assert result.computed == case["output"]
    if "timeline" in case:
        rows = [[r["when"], r["kind"], r["law"], r["article"]] for r in result.computed["timeline"]]
        assert rows == case["timeline"]
    assert bool(result.needs) == bool(case.get("needs", False)), result.summary
    if result.needs:
        assert result.computed == {} or result.computed == {"eligible": None}
        assert result.summary.startswith("Cannot tell yet — tell me")
    got = {(c.law, c.article) for c in result.cites}
    for law, article in case.get("cites", []):
        assert (law, article) in got, f"{law} Art. {article} not cited: {sorted(got)}"
    for text in case.get("summary_contains", []):
        assert text in result.summary
    assert result.summary.startswith(LEADS), result.summary[:60]
    for c in result.cites:
        art = corpus.get(c.law, c.article)
        assert art is not None and c.quote in art.text, f"{c} is not verbatim"
    if any(k in result.computed for k in ("deadline", "latest")):
        assert CONVENTION in result.summary and HOLIDAYS in result.summary
        assert result.steps


def test_every_rule_has_cases_and_quotes_its_articles() -> None:
    validate_registry(Counter(c["rule"] for c in CASES), all_rules())


def test_registry_refuses_a_rule_without_cases() -> None:
    counts = Counter(c["rule"] for c in CASES)
    victim = sorted(counts)[0]
    del counts[victim]
    with pytest.raises(RegistryError, match="no test cases"):
        validate_registry(counts, all_rules())


def test_registry_refuses_a_rule_without_citation() -> None:
    from assistant.rules.registry import rule

    with pytest.raises(RegistryError, match="cite"):

        @rule("test.uncited", kind="deadline")
        def uncited() -> None:
            """No "quote" and no cite."""

    with pytest.raises(RegistryError, match="quote"):

        @rule("test.unquoted", kind="deadline", limits=("spp-83-detention-period",))
        def unquoted() -> None:
            """No quotation at all."""
