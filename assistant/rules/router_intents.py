"""Decide which rule a chat question asks for (pure, conservative, linear-time).

A question is claimed only when it clearly asks for a deadline ("by when", "how long",
"deadline" ...), a timeline ("what happens next", "timeline") or an eligibility verdict
("can she get bail", "eligible", "qualify") AND names a topic a rule covers. Questions
about what an article says, or about rights in general, are left to retrieval.

Example:
    >>> route("the procuratorate detained my father on 1 march, by when must they decide?",
    ...       "procuratorate").rule_id
    'deadline.procuratorate_detention'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.rules.facts_stage import POST_TRIAL
from assistant.rules.negation import asked_part
from assistant.rules.router_asks import deadline_asked
from assistant.rules.router_body import read_body
from assistant.rules.router_cues import (
    ADDRESSEE,
    DEADLINE_CUE,
    ELIG_CUE,
    IN_CUSTODY,
    NOT_IN_CUSTODY,
    PROCURATORATE_ACTS,
    REFERENCE,
    TIMELINE_CUE,
)
from assistant.rules.router_elig import eligibility_rule
from assistant.rules.router_facts import read_facts
from assistant.rules.router_frames import canonical_ask
from assistant.rules.router_stage import major_joint, overdue_measure, stage_of
from assistant.rules.router_timeline import TIMELINE_ANCHORS, timeline_event
from assistant.rules.router_topics import TOPICS


@dataclass(frozen=True)
class Route:
    """The rule a question asks for and the extra inputs the wording fixes."""

    rule_id: str
    kind: str
    event: str = ""
    anchor: str = ""  # the topic whose words mark the event (to pick among several dates)
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)


def topics_of(text: str) -> frozenset[str]:
    """Every topic named in the (cleaned) text."""
    return frozenset(name for name, rx in TOPICS.items() if rx.search(text))


OFFICES = frozenset({"deputy", "cppcc"})  # their notice or permission has no deadline
SIMPLE_DEADLINES = (
    ("record_inquiry", "deadline.sealed_record_inquiry"),
    ("forfeiture", "deadline.forfeiture_review"),
    ("recusal", "deadline.recusal_reconsideration"),
    ("no_filing", "deadline.no_filing_reconsideration"),
    ("supplementary", "deadline.supplementary_investigation"),
    ("arrest_not_approved", "deadline.arrest_not_approved"),
    ("bail_application", "deadline.bail_application_reply"),
    ("lawyer_meeting", "deadline.lawyer_meeting"),
    ("compelled", "deadline.compelled_appearance"),
    ("summons", "deadline.summons"),
)


STEP_DEADLINES = (
    ("direct_acceptance", "deadline.direct_acceptance"),
    ("file_order", "deadline.file_case_after_notice"),
)
COMPLAINT = re.compile(r"\b(complain\w*|appeal\w*|object\w* to|challenge\w*)\b")
DECIDES = re.compile(r"\b(receiv\w+|reach\w*|decid\w+|decision)\b")
VICTIM = re.compile(r"\b(victim\w*|complain\w*)\b")  # the victim's complaint is another step
HELD_UNTIL = re.compile(
    r"\b(keep|hold|detain)\w* (him|her|them|my [\w-]+|the suspect)( in (detention|custody))? "
    r"(before|until)\b"
)
# "how long can they keep him in custody ...?": the custody's own limit is asked, even when
# the story mentions a notice ("I've just checked the arrest notice")
KEEP_ASKED = re.compile(
    r"\bhow long (can|may|could|will|would|do|does|are|is)\b[^.?!]{0,30}?\b(keep|hold|detain"
    r"|be (kept|held|detained|locked up)|stay)"
)


def _keep_asked(text: str) -> bool:
    asked = asked_part(text)
    return bool(KEEP_ASKED.search(asked)) and not TOPICS["notify"].search(asked)


# the police contesting the decision (SPP Juvenile Art. 35's review), not its filing
CONTESTED = re.compile(r"\b(review\w*|reconsider\w*|object\w*|disagree\w*|opinion)\b")
PROCURATORATE = re.compile(r"\b(procurator\w*|prosecutors?|prosecution office)\b")


def _step_deadline(t: frozenset[str], text: str, asked: str) -> Route | None:
    """Deadlines for one procedural step named by its own words (referrals, reports, notices);
    `asked` is the text's asking sentences (`asked_part`)."""
    found = next((Route(r, "deadline", anchor=tp) for tp, r in STEP_DEADLINES if tp in t), None)
    if found:
        return found
    if "victim_agent" in t and "minor" in t:
        return Route("deadline.juvenile_inform_victim", "deadline", anchor="victim_agent")
    if "conditional" in t and "non_prosecution" in t and _for_record(t, text):
        return Route("deadline.conditional_record", "deadline", anchor="non_prosecution")
    higher = _higher_review(t, text)
    if higher:
        return higher
    if "recalc" in t and "arrest" in t and "minor" not in t and "seal" not in t:
        return Route("deadline.custody_recalculation", "deadline", anchor="recalc")
    # "a complaint from a factory owner" is told; "can I complain?" is asked
    if "explain_no_filing" in t and PROCURATORATE.search(text) and not COMPLAINT.search(asked):
        return Route("deadline.no_filing_reasons", "deadline", anchor="explain_no_filing")
    if "arrest_not_approved" in t and "reconsider" in t and stage_of(text) == "decision":
        return Route("deadline.arrest_reconsideration", "deadline", anchor="reconsider")
    return None


def _for_record(t: frozenset[str], text: str) -> bool:
    """The decision reported up for the record (SPP Juvenile Art. 39): said so, or a higher
    procuratorate looking at it with no complaint or victim in view (Art. 33's appeal)."""
    if "for_record" in t:
        return True
    asked_up = VICTIM.search(text) or COMPLAINT.search(text) or CONTESTED.search(text)
    return "higher_review" in t and not asked_up


def _higher_review(t: frozenset[str], text: str) -> Route | None:
    """The higher procuratorate deciding the police's request for review (a decision asked)."""
    if "higher_review" not in t or VICTIM.search(text) or stage_of(text) != "decision":
        return None
    if "conditional" in t and "non_prosecution" in t:
        return Route("deadline.conditional_np_higher_review", "deadline", anchor="higher_review")
    if "arrest_not_approved" in t or ("arrest" in t and "reconsider" in t):
        return Route("deadline.arrest_higher_review", "deadline", anchor="higher_review")
    return None


def _procedure_deadline(t: frozenset[str], text: str, body: str | None) -> Route | None:
    """Deadlines after decisions and applications (no custody arithmetic involved)."""
    if "summons" in t and "compelled" not in t and body == "police" and "forfeiture" not in t:
        # the police rules state their 12-hour limit for compelled appearance (MPS Art. 62)
        return Route("deadline.compelled_appearance", "deadline", anchor="summons")
    if "guarantor" in t and "fine" in t:
        extra = {"stage": stage_of(text)}
        return Route("deadline.guarantor_fine_review", "deadline", anchor="fine", extra=extra)
    if "lawyer_hire" in t and "lawyer_meeting" not in t and read_facts(text).get("state_secrets"):
        return Route("deadline.lawyer_permission", "deadline", anchor="lawyer_hire")
    if "non_prosecution" in t and "conditional" in t and COMPLAINT.search(text):
        return Route("deadline.conditional_np_complaint", "deadline", anchor="non_prosecution")
    if "non_prosecution" in t:
        rid = "conditional_non_prosecution" if "conditional" in t else "non_prosecution_complaint"
        extra = {"stage": stage_of(text)}
        return Route(f"deadline.{rid}", "deadline", anchor="non_prosecution", extra=extra)
    if "overdue" in t:
        which: dict[str, object] = {"measure": overdue_measure(t, text)}
        return Route("deadline.overdue_measure_review", "deadline", anchor="overdue", extra=which)
    extra: dict[str, object] = {"stage": stage_of(text)}
    if "lawyer_meeting" in t:
        facts = read_facts(text)
        extra |= {"state_secrets": facts.get("state_secrets"), "major_joint": major_joint(text)}
    return next(
        (Route(rid, "deadline", anchor=tp, extra=extra) for tp, rid in SIMPLE_DEADLINES if tp in t),
        None,
    )


def _custody_deadline(t: frozenset[str], text: str, body: str | None) -> Route | None:
    """Deadlines after detention, arrest, bail or surveillance."""
    arrest = "arrest" in t and ("arrest_event" in t or "detention" not in t)
    step = "arrest" if arrest else "detention"
    if "notify" in t and ("detention" in t or arrest) and not _keep_asked(text):
        return Route(f"deadline.family_notice_{step}", "deadline", anchor=step)
    if "interrogation" in t and ("detention" in t or arrest):
        return Route(f"deadline.interrogation_{step}", "deadline", anchor=step)
    if "arrest_review" in t and DECIDES.search(text):
        custody = False if NOT_IN_CUSTODY.search(text) else bool(IN_CUSTODY.search(text)) or None
        own = {"in_custody": custody, "own_case": True}
        return Route("deadline.arrest_approval", "deadline", anchor="arrest_review", extra=own)
    if "arrest_request" in t and not (DECIDES.search(text) or PROCURATORATE_ACTS.search(text)):
        # the asker's deadline: the body asked to approve is not the one asking
        asker = read_body(ADDRESSEE.sub(" ", text))
        extra = {"major": read_facts(text).get("roving_repeat_gang"), "body": asker}
        return Route("deadline.arrest_request", "deadline", anchor="detention", extra=extra)
    # "... an arrest request. by when must the procuratorate decide?": the request decided;
    # not "how long can they keep him in detention before the procuratorate decides" (the
    # detention's own limit)
    held = "detention" in t and HELD_UNTIL.search(text)
    if not held and (
        "arrest_approval" in t or ("arrest_request" in t and PROCURATORATE_ACTS.search(text))
    ):
        custody = False if NOT_IN_CUSTODY.search(text) else bool(IN_CUSTODY.search(text)) or None
        extra: dict[str, object] = {"in_custody": custody}
        return Route("deadline.arrest_approval", "deadline", anchor="arrest_approval", extra=extra)
    if "surveillance" in t:
        return Route("deadline.surveillance_period", "deadline", anchor="surveillance")
    if "bail" in t:
        return Route("deadline.bail_period", "deadline", anchor="bail")
    if arrest:
        return Route("deadline.custody_after_arrest", "deadline", anchor="arrest")
    if "detention" in t:
        rid = "procuratorate_detention" if body == "procuratorate" else "police_detention"
        # the police's 30 days are for major roving, repeat or gang suspects only (MPS 109)
        major = read_facts(text).get("roving_repeat_gang") if rid == "police_detention" else None
        extra = {"assumed_police": body is None, "major": major}
        return Route(f"deadline.{rid}", "deadline", anchor="detention", extra=extra)
    return None


def _deadline(t: frozenset[str], text: str, body: str | None, asked: str) -> Route | None:
    return (
        _step_deadline(t, text, asked)
        or _procedure_deadline(t, text, body)
        or _custody_deadline(t, text, body)
    )


# topics that name a step with its own deadline ("the lawyer met him", "he was summoned")
STEPS = frozenset(tp for tp, _ in SIMPLE_DEADLINES + STEP_DEADLINES)
# what the authority must do by a custody deadline: question him, tell the family, decide
DUTIES = frozenset({"interrogation", "notify", "arrest_approval"})


def _asked_topics(t: frozenset[str], text: str, asked: str) -> frozenset[str]:
    """The topics a deadline is sought among: a step or duty only told about ("his lawyer
    says nobody has questioned him", "we got the detention notice") is no candidate when
    the sentences that ask (`asked`) name a duty of their own ("by what time must they
    interrogate him?")."""
    named = t if asked == text else topics_of(asked)
    return t - ((t - named) & (STEPS | DUTIES)) if named & DUTIES else t


def route(text: str, body: str | None) -> Route | None:
    """The rule the (cleaned) question asks for, or None when no rule clearly applies."""
    if REFERENCE.search(text):
        return None
    t = topics_of(text)
    if not t:
        return None
    asked = asked_part(text)
    if TIMELINE_CUE.search(asked):  # not a pasted list headed "Timeline:"
        event = timeline_event(t, body)
        if event:
            anchor = next((a for a in TIMELINE_ANCHORS if a in event), "")
            return Route("timeline.case", "timeline", event=event, anchor=anchor)
    ask = canonical_ask(text)  # "is it lawful for X to ..." -> "can X ..."
    verdict = eligibility_rule(t, ask) if ELIG_CUE.search(ask) else None
    if verdict and t & OFFICES:  # "must they tell the CPPCC before arresting him?" (no deadline)
        return Route(verdict, "eligibility")
    if DEADLINE_CUE.search(asked) and deadline_asked(text) and not POST_TRIAL.search(text):
        found = _deadline(_asked_topics(t, text, asked), text, body, asked)
        if found:
            return found
    return Route(verdict, "eligibility") if verdict else None
