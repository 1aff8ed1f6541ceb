"""What a routed rule is given: the start of the period, the acting body and the facts.

Read from the question first; where it says nothing, from the earlier user turns, and
every such step is noted as an assumption shown with the answer ("date taken from your
earlier message").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from assistant.rules.facts_birth import age_from_birth
from assistant.rules.facts_leave import read_trip_facts
from assistant.rules.router_asks import ASKING
from assistant.rules.router_body import asked_body, read_body
from assistant.rules.router_clock import find_time
from assistant.rules.router_facts import read_facts
from assistant.rules.router_intents import Route
from assistant.rules.router_stage import RECEIVED
from assistant.rules.router_text import find_when
from assistant.rules.router_topics import TOPICS


@dataclass(frozen=True)
class Inputs:
    """What the question (and the earlier turns) say about the case."""

    start: object
    body: str | None
    facts: dict[str, object]
    assumptions: tuple[str, ...]


def _near(text: str, anchor: str) -> int | None:
    """Position of the event word, used to pick among several dates: its first mention in a
    statement, else its first at all ("when does bail expire? ... granted bail on 5 March"
    tells the event after asking)."""
    if anchor not in TOPICS:
        return None
    found = [m.start() for m in TOPICS[anchor].finditer(text)]
    asked = [(m.start(), m.end()) for m in ASKING.finditer(text)]
    told = [i for i in found if not any(a <= i < b for a, b in asked)]
    return (told or found or [None])[0]


# a review or complaint runs from the day the decision reached the person (`RECEIVED`)
FROM_RECEIPT = ("review", "reconsideration", "complaint")


def _start(text: str, context: str, today: date, r: Route, notes: list[str]) -> object:
    near = _near(text, r.anchor)
    if r.rule_id.endswith(FROM_RECEIPT) and (got := RECEIVED.search(text)):
        near = got.start()
    when = find_when(text, today, near)
    notes += when.assumptions
    if when.moment is not None or not context:
        return when.moment
    earlier = find_when(context, today, _near(context, r.anchor))
    if earlier.moment is None:
        return None
    notes += [*earlier.assumptions, "date taken from your earlier message"]
    clock, said = find_time(text)  # "21:30" answering "tell me the time of the arrest"
    if when.has_time and clock is not None and not isinstance(earlier.moment, datetime):
        notes += [*said, "time taken from this message"]
        return datetime.combine(earlier.moment, clock)
    return earlier.moment


def _body(text: str, context: str, r: Route, notes: list[str]) -> str | None:
    # a verdict is asked of the body named in the question ("may the police ...?")
    asked = asked_body(text) if r.kind == "eligibility" else None
    body = asked or read_body(text) or (read_body(context) if context else None)
    if body and not read_body(text):
        notes.append(f"acting body ({body}) taken from your earlier message")
    if body == "court":
        notes.append("the corpus holds no court rules, so the police and procuratorate rules apply")
        return None
    if r.extra.get("assumed_police") and body is None:
        notes.append("the body was not named, so the police rule is used")
    return body


# the going-somewhere rules: once routed to one, its trip facts are read even where the
# wording names no trip the topic gate knows ("is the move allowed?", "can he go now?")
TRIP_RULES = frozenset(
    f"eligibility.{r}"
    for r in ("leave_on_bail", "leave_under_surveillance", "leave_conditional_np")
)


def _with_trip(facts: dict[str, object], text: str) -> dict[str, object]:
    trip = read_trip_facts(text)
    doubted = set(facts.get("uncertain") or ())  # type: ignore[arg-type]
    unsure = doubted | set(trip.pop("uncertain", ()))  # type: ignore[arg-type]
    out = {**{k: v for k, v in trip.items() if k not in doubted}, **facts}
    unsure -= set(out)
    if unsure:
        out["uncertain"] = tuple(sorted(unsure))
    return out


def _facts(text: str, context: str, today: date, r: Route, notes: list[str]) -> dict[str, object]:
    own = read_facts(text)
    if r.rule_id in TRIP_RULES:
        own = _with_trip(own, text)
    if "age_at_offence" not in own and (age := age_from_birth(text, today)) is not None:
        own["age_at_offence"] = age  # "born in March 2007 ... in January this year"
    before = read_facts(context) if context and r.kind == "eligibility" else {}
    facts = {**before, **own}
    if set(before) - set(own):
        notes.append("facts from your earlier messages were also used")
    years = facts.get("possible_sentence_years")
    if years is not None and r.rule_id == "eligibility.record_sealing":
        facts.setdefault("sentence_years", years)
    if years is not None and r.rule_id == "eligibility.record_unsealing":
        facts.setdefault("combined_sentence_years", years)
    return facts


def read_inputs(text: str, context: str, today: date, r: Route) -> Inputs:
    """The start, body and facts the routed rule `r` needs, read from the question and,
    where it says nothing, from the earlier turns (`context`); each such step noted."""
    notes: list[str] = []
    start = _start(text, context, today, r, notes)
    body = _body(text, context, r, notes)
    facts = _facts(text, context, today, r, notes)
    return Inputs(start, body, facts, tuple(notes))
