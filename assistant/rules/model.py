"""Frozen value types of the rule module: citations, results, catalogue entries, timelines.

Example:
    >>> cite = RuleCite("spp-rules", 83, "shall be 10 days")
    >>> result = RuleResult("deadline.procuratorate_detention", "deadline", "Within 10 days ...",
    ...            {"deadline": "2026-03-11"}, ("1 March + 10 days",), (cite,))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

UNITS = ("hours", "days", "months", "years")
TIME_NEED = "the time of the"  # how a deadline asks for the clock time of its event


@dataclass(frozen=True)
class RuleCite:
    """An article a rule applies; `quote` is a verbatim substring of that article's text."""

    law: str
    article: int
    quote: str


@dataclass(frozen=True)
class RuleResult:
    """What every rule returns; `needs` non-empty means "ask the user for these facts"."""

    rule_id: str
    kind: str  # "deadline" | "timeline" | "eligibility"
    summary: str
    computed: dict[str, Any] = field(compare=False, hash=False)
    steps: tuple[str, ...]
    cites: tuple[RuleCite, ...]
    needs: tuple[str, ...] = ()

    @property
    def asks_time_only(self) -> bool:
        """A deadline whose event date is known and only its clock time is asked: a question
        back (the latest end stated), not a request for a general period."""
        return bool(self.needs) and all(n.startswith(TIME_NEED) for n in self.needs)


@dataclass(frozen=True)
class Extension:
    """One lawful extension of a time limit.

    `mode` "by" adds `amount` to the period so far (extensions chain in order);
    "to" makes the whole period `amount` counted from the trigger (an alternative).
    `min_amount` is the low end of a range such as "one to four days".
    """

    mode: str
    amount: int
    unit: str
    approver: str
    condition: str
    phrase: str
    article: int
    min_amount: int | None = None


@dataclass(frozen=True)
class TimeLimit:
    """One explicit time limit stated in the corpus (see `time_limits.toml`).

    `anchor` says where counting starts: "trigger" (the event itself), "after"
    (the end of limit `ref`, i.e. the earlier step taken on its last permitted day)
    or "before" (counted back from the end of limit `ref`).
    """

    id: str
    law: str
    article: int
    actor: str
    trigger: str
    label: str
    duration: int
    unit: str
    phrase: str
    extensions: tuple[Extension, ...] = ()
    events: tuple[str, ...] = ()
    anchor: str = "trigger"
    ref: str = ""
    conditions: str = ""
    exceptions: str = ""
    note: str = ""
    also: tuple[str, ...] = ()  # further verbatim phrases of the same article (exceptions ...)
    latest_label: str = ""  # label of the `latest` end; default: label + "(longest extension)"

    @property
    def phrases(self) -> tuple[tuple[int, str], ...]:
        """Every (article, phrase) this entry quotes; each must occur verbatim."""
        out = [(self.article, self.phrase)] + [(self.article, p) for p in self.also]
        out += [(e.article, e.phrase) for e in self.extensions]
        return tuple(out)


@dataclass(frozen=True)
class Exclusion:
    """A time expression found in the corpus that is deliberately not a time limit."""

    law: str
    article: int
    phrase: str
    reason: str


@dataclass(frozen=True)
class TimelineEntry:
    """One dated step after an event, as shown on the "Case timeline" page.

    `precision` is "hour" (an exact clock time) or "day" (the end of that day;
    `when` then carries 23:59). `display` is the human form of `when`.
    """

    when: datetime
    label: str
    actor: str
    law: str
    article: int
    quote: str
    steps: tuple[str, ...]
    kind: str  # "deadline" | "latest"
    precision: str = "day"
    display: str = ""
    limit_id: str = ""
