"""Deterministic rules: time-limit catalogue, deadline calculator, timelines, eligibility.

Example:
    >>> answer_rule_question("Police detained my son on 1 March 2026 at 21:30. "
    ...                      "When must they tell the family?").computed
    {'deadline': '2026-03-02T21:30'}
"""

from __future__ import annotations

from assistant.rules.answer import answer_rule_question
from assistant.rules.catalogue import load_catalogue
from assistant.rules.model import RuleCite, RuleResult, TimeLimit, TimelineEntry
from assistant.rules.timeline import EVENTS, build_timeline

__all__ = [
    "EVENTS",
    "RuleCite",
    "RuleResult",
    "TimeLimit",
    "TimelineEntry",
    "answer_rule_question",
    "build_timeline",
    "load_catalogue",
]
