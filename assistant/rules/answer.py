"""Route a chat question to a rule, read its inputs, and return the rule's answer.

`answer_rule_question` returns None when no rule clearly applies (the caller then
falls through to retrieval), and for general-duration questions ("how long can the
procuratorate detain someone?", "what is the maximum bail period?") that give no date
and ask for none: those want the period, which retrieval states with its article. It never raises: any unexpected error is logged and
treated as "no rule". Earlier user turns fill a missing event, body or date for
follow-ups ("and if it was the police?"), and every such borrowing is stated.

Example:
    >>> r = answer_rule_question("The procuratorate detained my father on 1 March 2026. "
    ...                          "By when must they decide?")
    >>> r.computed
    {'deadline': '2026-03-11', 'latest': '2026-03-15'}
"""

from __future__ import annotations

import inspect
import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from assistant.rules.asked_as import as_asked
from assistant.rules.facts_birth import adult_for_minors
from assistant.rules.model import RuleResult
from assistant.rules.router_body import read_body
from assistant.rules.router_cues import DEADLINE_CUE, ELIG_CUE, REFERENCE, TIMELINE_CUE
from assistant.rules.router_facts import read_facts
from assistant.rules.router_fallback import fallback
from assistant.rules.router_followup import continues, statements
from assistant.rules.router_intents import Route, route, topics_of
from assistant.rules.router_premise import asked_text, case_text
from assistant.rules.router_text import clean, find_when
from assistant.rules.rule_inputs import Inputs, read_inputs
from assistant.rules.rulebook import all_rules

logger = logging.getLogger(__name__)
MAX_TURNS = 3
# A deadline question that asks for a date; without one, "how long can ..." asks for the period.
ASKS_DATE = re.compile(
    # ("is there a deadline ...?" without a date asks whether a limit exists: retrieval)
    r"\b(by when|when (must|should|does|do|did|will|is|are)|(?<!is there a )(?<!is there any )"
    r"(?<!are there )(?<!are there any )deadlines?|what date|"
    r"by what (date|time|day)|last (day|date)|latest|until when|till when|up to when|expir\w+"
    # non-native order: "when they must release him?", "what time do they have to stop?"
    r"|when (they|he|she|we|the \w+) (must|should|have to|has to|need to)|what time)\b"
)
FOLLOWUP_CHARS = 300
SEMANTIC_FALLBACK = True  # route unmatched questions by rule description (router_semantic)
LEARNED_FALLBACK = True  # then by the labelled examples (router_learned)


def _user_turns(history: object) -> list[str]:
    turns: list[str] = []
    if not isinstance(history, Sequence) or isinstance(history, str):
        return turns
    for item in list(history)[-20:]:
        if isinstance(item, Sequence) and len(item) == 2 and item[0] == "user":
            turns.append(clean(item[1]))
    return turns[-MAX_TURNS:]


def _adds_something(text: str, today: date) -> bool:
    """A short follow-up that states a date, a body, a fact or asks a rule question."""
    if len(text) > FOLLOWUP_CHARS or REFERENCE.search(text):
        return False
    cue = any(rx.search(text) for rx in (DEADLINE_CUE, TIMELINE_CUE, ELIG_CUE))
    when = find_when(text, today)
    return cue or when.has_date or when.has_time or bool(read_body(text) or read_facts(text))


def _route(text: str, users: list[str], today: date) -> tuple[Route | None, str]:
    found = route(text, read_body(text))
    if found is not None or not users or not _adds_something(text, today):
        return found or _fallback(text, today), ""
    named = bool(topics_of(text))  # a topic of its own: try the earlier statements first
    for k in range(1, len(users) + 1):
        context = " . ".join(users[-k:])
        said = statements(context) if named else None
        found = route(said + " . " + text, read_body(text) or read_body(said)) if said else None
        if found is not None:
            return found, said
        found = route(context + " . " + text, read_body(text) or read_body(context))
        if found is not None and not continues(text, found.rule_id, found.kind):
            break  # a question of its own about the same case: not the earlier rule again
        if found is not None:
            return found, context
    return _fallback(text, today), ""


def _fallback(text: str, today: date) -> Route | None:
    """The rule chosen by description, then by the labelled examples (router_fallback)."""
    return fallback(text, today, LEARNED_FALLBACK) if SEMANTIC_FALLBACK else None


def _call(r: Route, i: Inputs) -> RuleResult:
    spec = all_rules()[r.rule_id]
    if r.kind == "timeline":
        return spec.func(r.event, i.start)
    if r.kind == "eligibility":
        return spec.func(i.facts, body=i.body)
    params = inspect.signature(spec.func).parameters
    kwargs: dict[str, object] = {"start": i.start}
    if "body" in params:
        kwargs["body"] = i.body
    kwargs.update({k: v for k, v in r.extra.items() if k in params})
    return spec.func(**kwargs)


def _allowed(rule_id: str, laws: Sequence[str] | None) -> bool:
    if laws is None:
        return True
    return bool({c.law for c in all_rules()[rule_id].cites()} & set(laws))


def _decorate(result: RuleResult, notes: tuple[str, ...]) -> RuleResult:
    if not notes:
        return result
    text = "; ".join(notes)
    return replace(
        result,
        summary=f"{result.summary} Assumptions: {text}.",
        steps=(*result.steps, *(f"Assumption: {n}" for n in notes)),
    )


def _answer(
    question: object, today: date, history: object, laws: Sequence[str] | None
) -> RuleResult | None:
    text = case_text(question)  # instructions to the assistant are never part of the case
    if not re.search(r"[a-z]", text) and not find_when(text, today).has_time:
        return None  # nothing to read, except a bare time answering "tell me the time"
    users = _user_turns(history)
    asked = asked_text(text)  # a claimed rule ("I read they can ...") does not steer the route
    r, context = _route(asked, users, today)
    if r is None or r.rule_id not in all_rules() or not _allowed(r.rule_id, laws):
        return None
    context = context or " . ".join(users[-2:])
    inputs = read_inputs(text, context, today, r)
    if r.kind == "deadline" and inputs.start is None and not ASKS_DATE.search(text):
        return None  # a general duration ("how long can bail last?"): retrieval states the period
    result = _call(r, inputs)
    if (
        r.extra.get("fallback")
        and r.kind == "eligibility"
        and (result.computed.get("eligible") is None or adult_for_minors(r.rule_id, inputs.facts))
        and not r.extra.get("keeps_open")
    ):
        return None  # an unsure route and an open verdict: retrieval answers instead
    return _decorate(as_asked(result, asked), inputs.assumptions)


def answer_rule_question(
    question: str,
    *,
    today: date | None = None,
    history: Sequence[tuple[str, str]] = (),
    laws: Sequence[str] | None = None,
) -> RuleResult | None:
    """The rule answer to a chat question, or None when no rule applies.

    `history` holds (role, content) pairs of earlier turns; the latest user turns fill a
    missing event, body or date for follow-ups. `laws` restricts the instruments a rule
    may cite. Never raises.
    """
    try:
        return _answer(question, today or date.today(), history, laws)
    except OverflowError:  # a computed date past year 9999: not an error in the rules
        logger.info("deadline beyond the representable calendar; falling through")
        return None
    except Exception:  # the router must never break the chat; fall back to retrieval
        logger.exception("rule routing failed; falling through to retrieval")
        return None
