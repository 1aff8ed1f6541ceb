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

R = re.compile
TOPICS = {
    "detention": R(r"\b(detain\w*|detention|taken into custody|locked up|picked up by)\b"),
    "arrest": R(r"\barrest(ed|s|ing)?\b"),
    "compelled": R(
        r"\b(compelled (appearance|to appear)|forced to appear|summons by force|juchuan)\b"
    ),
    "summons": R(r"\b(summon\w*|called in for questioning)\b"),
    "bail": R(r"\b(bail|qubao|released pending trial)\b"),
    "surveillance": R(
        r"\b(residential surveillance|house arrest|surveillance at (home|residence))\b"
    ),
    "no_filing": R(
        r"\b(no[- ]filing|not (to )?(file|register|open|accept)\w* (the |a |my |our )?(case|complaint)|refused to (file|register|open|accept)|case (was )?not (filed|registered|opened))\b"
    ),
    "non_prosecution": R(
        r"\b(not (to )?prosecute|non-?prosecution|no prosecution|won't prosecute|not be prosecuted)\b"
    ),
    "conditional": R(r"\bconditional(ly)?\b"),
    "supplementary": R(
        r"\b(supplementary investigation|(returned|sent back)[^.?!]{0,30}(further|supplementary|additional) investigation)\b"
    ),
    "recusal": R(r"\b(recus\w+|withdrawal|disqualif\w+|conflict of interest|step (down|aside))\b"),
    "guarantor": R(r"\b(guarantor|surety)\b"),
    "lawyer_meeting": R(
        r"\b(lawyer|attorney|counsel)\b[^.?!]{0,40}\b(meet\w*|see|visit\w*|interview)\b|\b(meet\w*|see|visit)\b[^.?!]{0,30}\b(lawyer|attorney)\b"
    ),
    "notify": R(
        r"\b(notif\w+|notice|tell|told|inform\w*|contact\w*)\b[^.?!]{0,40}\b(family|relatives|wife|husband|parents|mother|father|us|me)\b"
    ),
    "interrogation": R(r"\b(interrogat\w+|questioned|question (him|her|them))\b"),
    "seal": R(
        r"\b(seal\w*|expunge\w*|(clear|erase|hide) (his|her|my|their|the) (criminal )?record)\b"
    ),
    "unseal": R(r"\b(unseal\w*|(re-?open|lift)\w* (the )?(seal|sealed record))\b"),
    "forfeiture": R(
        r"\b(forfeit\w*|confiscat\w+)\b[^.?!]{0,30}\b(deposit|bond|bail)\b|\b(deposit|bond)\b[^.?!]{0,30}\b(forfeit\w*|confiscat\w+)\b"
    ),
    "fine": R(r"\bfined?\b"),
    "arrest_not_approved": R(
        r"\b((refused|declined|did not|didn't|not) (to )?approve (the |his |her )?arrest|arrest (was )?(not approved|refused|disapproved))\b"
    ),
    "arrest_approval": R(
        r"\b(approv\w+ (the |his |her )?arrest|arrest approval|request\w* (for )?(approval|to approve))\b"
    ),
    "overdue": R(
        r"\b((beyond|past|exceed\w*|over) the (legal|statutory|time) (limit|period)|held too long|longer than (allowed|the law allows))\b"
    ),
    "bail_application": R(
        r"\b(appl(y|ied|ication) for bail|bail application|requested bail|asked for bail)\b"
    ),
    "breach": R(
        r"\b(violat\w+|broke|breach\w*|left the|fled|escaped|new (crime|offen[cs]e)|missed|failed to appear|didn't show)\b"
    ),
    "minor": R(r"\b(minor|juvenile|teen\w*|underage|1[0-7][- ]?year[- ]old|under 18)\b"),
}
DEADLINE_CUE = R(
    r"\b(by when|how long|how many (days|hours|weeks|months)|deadlines?|time limits?|within how|until when|till when|by what (date|time|day)|last day|how soon|expir\w+|maximum (period|time|length|duration)|how much time|what date|when (must|should|do (they|i|we) have to|does it (end|expire)|will it (end|expire)|is the deadline))\b"
)
TIMELINE_CUE = R(
    r"\b(timeline|time line|what happens next|what are the (next )?(deadlines|dates|steps)|all (the )?(deadlines|dates)|key dates|list (of )?(the )?deadlines|every deadline)\b"
)
ELIG_CUE = R(
    r"\b(can|could|may|eligible|qualif\w+|entitled|allowed|possible|able to|do they have to|must they|have to (tell|notify)|will (he|she|they|i) (get|be))\b"
)
REFERENCE = R(
    r"\b(what|which) (does|do|is in|says?) (the )?(article|art\.?) ?\d+|\b(text|wording) of (the )?(article|art\.?) ?\d+|\bquote (article|art\.?) ?\d+"
)
PROCEDURAL = R(r"\b(warrant|search\w*|torture|beat\w*|rights?|compensation|appeal)\b")
IN_CUSTODY = R(r"\b(in custody|detained|locked up)\b")
NOT_IN_CUSTODY = R(r"\b(not (in custody|detained)|at home|at large|free)\b")


@dataclass(frozen=True)
class Route:
    """The rule a question asks for and the extra inputs the wording fixes."""

    rule_id: str
    kind: str
    event: str = ""
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)


def topics_of(text: str) -> frozenset[str]:
    """Every topic named in the (cleaned) text."""
    return frozenset(name for name, rx in TOPICS.items() if rx.search(text))


def _pick(body: str | None, police: str, procuratorate: str) -> str:
    return procuratorate if body == "procuratorate" else police


def timeline_event(t: frozenset[str], body: str | None) -> str | None:
    """The timeline event key for the topics (police unless the procuratorate is named)."""
    table = (
        ("forfeiture", "deposit_forfeited"),
        ("arrest_not_approved", "arrest_not_approved"),
        ("supplementary", "supplementary_investigation"),
        (
            "bail_application",
            _pick(body, "police_bail_application", "procuratorate_bail_application"),
        ),
        (
            "lawyer_meeting",
            _pick(body, "lawyer_meeting_request", "procuratorate_lawyer_meeting_request"),
        ),
        ("recusal", _pick(body, "police_recusal_rejected", "procuratorate_recusal_rejected")),
        ("no_filing", _pick(body, "police_no_filing_notice", "procuratorate_no_filing_notice")),
        (
            "compelled",
            _pick(body, "police_compelled_appearance", "procuratorate_compelled_appearance"),
        ),
        ("summons", "procuratorate_summons"),
        ("surveillance", _pick(body, "police_surveillance", "procuratorate_surveillance")),
        ("bail", _pick(body, "police_bail", "procuratorate_bail")),
        ("arrest", _pick(body, "arrest", "procuratorate_arrest")),
        ("detention", _pick(body, "police_detention", "procuratorate_detention")),
    )
    if "guarantor" in t and "fine" in t:
        return "guarantor_fined"
    if "non_prosecution" in t:
        return "conditional_non_prosecution" if "conditional" in t else "non_prosecution_decision"
    return next((event for topic, event in table if topic in t), None)


def _deadline(t: frozenset[str], text: str, body: str | None) -> Route | None:
    simple = (
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
    if "guarantor" in t and "fine" in t:
        return Route("deadline.guarantor_fine_review", "deadline")
    if "non_prosecution" in t:
        rid = "conditional_non_prosecution" if "conditional" in t else "non_prosecution_complaint"
        return Route(f"deadline.{rid}", "deadline")
    if "overdue" in t:
        measure = next((m for m in ("surveillance", "bail", "arrest", "detention") if m in t), None)
        return Route("deadline.overdue_measure_review", "deadline", extra={"measure": measure})
    for topic, rid in simple:
        if topic in t:
            return Route(rid, "deadline")
    arrest = "arrest" in t
    if "notify" in t and ("detention" in t or arrest):
        return Route(f"deadline.family_notice_{'arrest' if arrest else 'detention'}", "deadline")
    if "interrogation" in t and ("detention" in t or arrest):
        return Route(f"deadline.interrogation_{'arrest' if arrest else 'detention'}", "deadline")
    if "arrest_approval" in t:
        custody = (
            False if NOT_IN_CUSTODY.search(text) else True if IN_CUSTODY.search(text) else None
        )
        return Route("deadline.arrest_approval", "deadline", extra={"in_custody": custody})
    for topic, rid in (
        ("surveillance", "deadline.surveillance_period"),
        ("bail", "deadline.bail_period"),
    ):
        if topic in t:
            return Route(rid, "deadline")
    if arrest:
        return Route("deadline.custody_after_arrest", "deadline")
    if "detention" in t:
        rid = "procuratorate_detention" if body == "procuratorate" else "police_detention"
        return Route(f"deadline.{rid}", "deadline", extra={"assumed_police": body is None})
    return None


def _eligibility(t: frozenset[str], text: str) -> Route | None:
    order = (
        ("guarantor", "guarantor"),
        ("recusal", "recusal"),
        ("unseal", "record_unsealing"),
        ("seal", "record_sealing"),
    )
    for topic, rid in order:
        if topic in t:
            return Route(f"eligibility.{rid}", "eligibility")
    if "non_prosecution" in t or "conditional" in t:
        if "conditional" in t:
            return Route("eligibility.conditional_non_prosecution", "eligibility")
        return (
            Route("eligibility.juvenile_non_prosecution", "eligibility") if "minor" in t else None
        )
    if "notify" in t and re.search(
        r"\b(not|n't|without|never|refus\w+|have to|must|need to)\b", text
    ):
        return Route("eligibility.family_notice_exception", "eligibility")
    if "breach" in t and ("arrest" in t or "detention" in t):
        if "surveillance" in t:
            return Route("eligibility.arrest_for_surveillance_breach", "eligibility")
        if "bail" in t:
            return Route("eligibility.arrest_for_bail_breach", "eligibility")
    if "surveillance" in t:
        return Route("eligibility.surveillance", "eligibility")
    if "bail" in t and not re.search(r"\b(revok\w+|cancel\w*|deposit|refund|return)\b", text):
        return Route("eligibility.bail", "eligibility")
    if PROCEDURAL.search(text):
        return None
    if "arrest" in t:
        return Route("eligibility.arrest", "eligibility")
    if "detention" in t:
        return Route("eligibility.detention", "eligibility")
    return None


def route(text: str, body: str | None) -> Route | None:
    """The rule the (cleaned) question asks for, or None when no rule clearly applies."""
    if REFERENCE.search(text):
        return None
    t = topics_of(text)
    if not t:
        return None
    if TIMELINE_CUE.search(text):
        event = timeline_event(t, body)
        if event:
            return Route("timeline.case", "timeline", event=event)
    if DEADLINE_CUE.search(text):
        found = _deadline(t, text, body)
        if found:
            return found
    if ELIG_CUE.search(text):
        return _eligibility(t, text)
    return None
