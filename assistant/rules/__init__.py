"""Deterministic rules: time-limit catalogue, deadline calculator, timelines, eligibility."""

from __future__ import annotations

from assistant.rules.catalogue import load_catalogue
from assistant.rules.model import RuleCite, RuleResult, TimeLimit, TimelineEntry
from assistant.rules.timeline import EVENTS, build_timeline

__all__ = [
    "EVENTS",
    "RuleCite",
    "RuleResult",
    "TimeLimit",
    "TimelineEntry",
    "build_timeline",
    "load_catalogue",
]
