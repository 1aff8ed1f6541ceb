"""The timeline rule: every deadline after an event, as a chat answer (`RuleResult`).

Example:
    >>> case_timeline("police_detention", datetime(2026, 3, 1, 21, 30)).summary[:40]
    'Timeline after detained by the police (p'
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from assistant.rules.counting import (
    CONVENTION,
    HOLIDAYS,
    Moment,
    day_of,
    end_words,
    fmt,
    is_timed,
    iso,
)
from assistant.rules.deadlines import source_label
from assistant.rules.model import RuleCite, RuleResult, TimelineEntry
from assistant.rules.registry import rule
from assistant.rules.timeline import EVENTS, build_timeline

RULE_ID = "timeline.case"


def _when_text(e: TimelineEntry, timed: bool) -> str:
    if e.precision == "hour" and not timed:
        # counted from the day's first minute; an event at its last minute ends a day later
        latest = end_words(e.when + timedelta(days=1))
        return f"by {latest} at the latest (tell me the time for the exact deadline)"
    return e.display


def _row(e: TimelineEntry, timed: bool) -> dict[str, Any]:
    exact = e.precision == "day" or timed
    when = (e.when.date().isoformat() if e.precision == "day" else iso(e.when)) if exact else None
    return {
        "when": when,
        "kind": e.kind,
        "label": e.label,
        "actor": e.actor,
        "law": e.law,
        "article": e.article,
    }


def _ask(need: str) -> RuleResult:
    return RuleResult(
        RULE_ID, "timeline", f"Cannot tell yet — tell me {need}.", {}, (), (), (need,)
    )


def _missing(event: str | None, start: Moment | None) -> RuleResult | None:
    if event not in EVENTS:
        return _ask("what happened (e.g. detention, arrest, bail)")
    if start is None:
        return _ask(f"the date of the event ({EVENTS[event].lower()})")
    return None


@rule(
    RULE_ID,
    kind="timeline",
    limits=("mps-109-arrest-request", "spp-83-detention-period", "mps-127-custody-after-arrest"),
)
def case_timeline(event: str | None, start: Moment | None) -> RuleResult:
    """Case timeline after an event, built from the catalogue: e.g. after police detention
    MPS Provisions Art. 109 ("within three days after detention, submit the case to the
    people's procuratorate for examination and approval"), after procuratorate detention SPP
    Rules Art. 83 ("shall be 10 days"), after arrest MPS Art. 127 ("The period of
    investigation and detention of a criminal suspect after arrest shall not exceed two
    months").

    Assumptions: chained steps are taken on their last permitted day; without a clock time,
    hour periods are not dated exactly: their latest end (the event at the day's last minute)
    is stated and the time asked.
    """
    missing = _missing(event, start)
    if missing is not None or start is None or event is None:
        return missing or _ask("the date of the event")
    label = EVENTS[event].lower()
    timed = is_timed(start)
    base = start if isinstance(start, datetime) else datetime.combine(day_of(start), time(0, 0))
    entries = build_timeline(event, base)
    lines = [
        f"{_when_text(e, timed)}: {e.label} ({source_label(e.law, e.article)})" for e in entries
    ]
    summary = (
        f"Timeline after {label} on {fmt(start)}: "
        + "; ".join(lines)
        + ". "
        + f"{CONVENTION} {HOLIDAYS}"
    )
    cites = tuple(dict.fromkeys(RuleCite(e.law, e.article, e.quote) for e in entries))
    steps = tuple(f"{e.label}: {s}" for e in entries for s in e.steps[-3:-2])
    computed = {"event": event, "timeline": [_row(e, timed) for e in entries]}
    return RuleResult(RULE_ID, "timeline", summary, computed, steps, cites)
