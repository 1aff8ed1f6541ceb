"""Which eligibility rule a chat question asks for (pure, conservative, linear-time).

A verdict question names a topic a rule covers AND asks that rule's verdict question in one
of its frames (`router_asks`): "can she get bail?", "is conditional non-prosecution open to
him?". Questions about timing ("when can he hire a lawyer?"), procedure ("how do we apply
for bail?"), who decides, or reading the case file are left to retrieval.

Example:
    >>> eligibility_rule(frozenset({"bail"}), "can my wife get bail? she is pregnant")
    'eligibility.bail'
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.rules.facts_conduct import ALL_BREACHES
from assistant.rules.negation import asked_part
from assistant.rules.router_acts import COMPANION, act_candidates
from assistant.rules.router_asks import FACT_GATED, asks
from assistant.rules.router_cues import HOW_TO, LAWYER_HIRE, NEGATED, PROCEDURAL, WHEN_CAN
from assistant.rules.router_exam import exam_candidates
from assistant.rules.router_facts import read_facts
from assistant.rules.router_leave import leave_candidates
from assistant.rules.router_recusal import PENDING
from assistant.rules.router_topics import KEPT_FROM, TOPICS
from assistant.rules.router_visitors import visitor_candidates

# "can my lawyer SEE THE FILE?" asks about reading papers, not meeting the client
CASE_PAPERS = re.compile(
    r"\b(see|read|copy|access|review|inspect|look at)\w* (the |his |her |my |our |all )?(case )?"
    r"(file|files|documents?|evidence|records?|materials?|dossier)\b"
)
# "who decides whether he should step aside?" asks who acts, not for a verdict
WHO_DECIDES = re.compile(
    r"\b(who|which (body|organ|authority|office|department)) (decides|determines|approves|rules"
    r" on|is responsible|has the power)\b"
    # "who does the medical examination that ...?": who carries a step out
    r"|\bwho (does|carries out|performs|conducts) (the|a|an)\b"
)


def candidates(t: frozenset[str], text: str) -> Iterator[str]:
    """Eligibility rules the topics could mean, most specific first."""
    # the limits (where surveillance is carried out, whether the investigation stops, who
    # may see a sealed record) come before the measures and requests they limit
    person = _office(t, text)  # a congress deputy or a CPPCC member: told or asked first
    if person:
        yield person
    yield from act_candidates(t, text)  # the investigators' acts: more specific than a measure
    yield from exam_candidates(t, text)
    yield from leave_candidates(t, text)  # may he leave on bail / under surveillance (rules7)
    if "compelled" in t:  # compelled appearance ("detain ... for summoning" in translation)
        yield "eligibility.compelled_appearance"
    if "surveillance" in t:
        yield "eligibility.surveillance_place"
    # may he meet people under surveillance: after where it is carried out, whose frames are
    # narrow ("keep him in a hotel ... can we visit?" asks about the place)
    yield from visitor_candidates(t, text)
    if "recusal" in t and not PENDING.search(text) and _ground_raised(read_facts(text)):
        yield "eligibility.recusal"  # a ground stated, nothing asked for yet: "can he go on?"
    if "recusal" in t:
        yield "eligibility.recusal_pending"
    if "seal" in t and "unseal" not in t:
        yield "eligibility.sealed_record_access"
    if "shared_lawyer" in t:
        yield "eligibility.shared_lawyer"
    if "lawyer_meeting" in t and not (CASE_PAPERS.search(text) or COMPANION.search(text)):
        yield "eligibility.lawyer_meeting_permission"
    if "family_meeting" in t and "minor" in t:
        yield "eligibility.juvenile_family_meeting"
    order = (
        ("guarantor", "guarantor"),
        ("recusal", "recusal"),
        ("unseal", "record_unsealing"),
        ("seal", "record_sealing"),
    )
    yield from (f"eligibility.{rid}" for topic, rid in order if topic in t)
    if "revoke" in t and "conditional" in t and "non_prosecution" in t:
        yield "eligibility.conditional_np_revocation"
    if "conditional" in t:
        yield "eligibility.conditional_non_prosecution"
    elif "probation" in t and "minor" in t:
        yield "eligibility.juvenile_probation"
    if "non_prosecution" in t and "minor" in t:
        yield "eligibility.juvenile_non_prosecution"
    if "notify" in t and _withheld(text):
        yield "eligibility.family_notice_exception"
    if "arrest" in t:
        yield "eligibility.arrest_exemption"  # "can they decide not to arrest her?"
    if "breach" in t and ("arrest" in t or "detention" in t):
        if "surveillance" in t:
            yield "eligibility.arrest_for_surveillance_breach"
        if "bail" in t:
            yield "eligibility.arrest_for_bail_breach"
    if "arrest_approval" in t and "arrest_not_approved" not in t:
        yield "eligibility.arrest"  # "should they approve his arrest?"
    if "surveillance" in t:
        yield "eligibility.surveillance"
    if "bail" in t and not re.search(r"\b(revok\w+|cancel\w*|deposit|refund|return)\b", text):
        yield "eligibility.bail"
    # "can they search his flat?" asks about procedure; "they searched his car. may they
    # detain him?" states a search and asks for a verdict
    if PROCEDURAL.search(" ".join(re.findall(r"[^.?!]*\?", text)) or text):
        return
    if "arrest" in t:
        yield "eligibility.arrest"
    if "detention" in t:
        yield "eligibility.detention"


# withholding told in lay verbs: "hold off on sending the notice", "keep us in the dark"
WITHHOLD = re.compile(
    r"\b(hold\w* (off|back)|held back|keep\w* back|kept back|put\w* off|postpon\w*|skip\w*|wait\w*"
    r" (before|to)|sit\w* on)\b"
    r"|\b(keep|kept|keeping|leave|left|leaving) (us|me|the family|them) in the dark\b"
    rf"|\b{KEPT_FROM}\b"
)


# told something other than the detention: "nobody tells us anything", "nobody will tell us
# the amount", "she won't tell us what she told the police"
VAGUE_TELLING = re.compile(
    r"\s*(anything|nothing|much|what('s| is)? (going on|happening)|(the |an? )?(amount|sum|price"
    r"|cost|fee|figure|reasons?|rules|procedure|(likely |probable |possible )?(sentence|penalty"
    r"|outcome))|how much|how long|why|whether|if|what (he|she|they|the \w+) (said|told"
    r"|saw|wrote|knows?|thinks?))\b"
)


def _withheld(text: str) -> bool:
    """A notice said to be withheld: a negation in the notice words' own clause ("they still
    haven't told us", "can they not tell the family?"), not anywhere in the text ("the police
    told us he qualifies for bail, but we can't afford the deposit")."""
    for m in TOPICS["notify"].finditer(text):
        if VAGUE_TELLING.match(text, m.end()):  # "nobody tells us anything": no notice asked
            continue
        if WITHHOLD.search(text, max(0, m.start() - 40), m.end()):
            return True
        clause = re.split(
            r"[.?!;,]|\b(?:but|and|because)\b", text[max(0, m.start() - 30) : m.end()]
        )
        if NEGATED.search(clause[-1]):
            return True
    return False


def _office(t: frozenset[str], text: str) -> str | None:
    """The deputy rule for a people's congress deputy, the CPPCC rule for a CPPCC member
    (MPS Arts. 140-144); when both are named, the one the asking sentence names, else the
    first named."""
    rules = {"deputy": "eligibility.deputy_permission", "cppcc": "eligibility.cppcc_notice"}
    named = [k for k in rules if k in t]
    if len(named) < 2:
        return rules[named[0]] if named else None
    asked = " ".join(re.findall(r"[^.?!]*\?", text))
    in_ask = [k for k in named if TOPICS[k].search(asked)]
    if len(in_ask) == 1:
        return rules[in_ask[0]]
    first = min(named, key=lambda k: m.start() if (m := TOPICS[k].search(text)) else len(text))
    return rules[first]


def _lawyer_rule(t: frozenset[str], text: str) -> str | None:
    """Hiring lawyers: approval in state-secret cases (MPS Art. 37) or how many (SPP Art. 146).
    Asked before the LAWYER_HIRE gate, which leaves other hiring questions to retrieval."""
    if "lawyer_meeting" in t or WHEN_CAN.search(text) or HOW_TO.search(text):
        return None
    for rid in ("eligibility.lawyer_count", "eligibility.lawyer_hire_approval"):
        if asks(rid, text) and (rid != "eligibility.lawyer_count" or "lawyer_count" in t):
            return rid
    return None


# A breach named by what was done ("he threatened a witness while under surveillance")
BREACH_FACTS = ("breach", *ALL_BREACHES)


def eligibility_rule(t: frozenset[str], text: str) -> str | None:
    """The first candidate rule whose verdict question the text really asks (router_asks)."""
    if "breach" not in t and ("bail" in t or "surveillance" in t):
        facts = read_facts(text)
        raised = set(BREACH_FACTS) & set(facts.get("uncertain") or ())  # told, then denied
        t = t | ({"breach"} if raised or any(facts.get(k) is True for k in BREACH_FACTS) else set())
    lawyer = _lawyer_rule(t, text)
    if lawyer:
        return lawyer
    if WHEN_CAN.search(text) or HOW_TO.search(text) or WHO_DECIDES.search(text):
        # "when can he hire a lawyer?", "how do we apply for bail?": timing, rights or
        # procedure, not a verdict
        return None
    found = next((r for r in candidates(t, text) if asks(r, text)), None)
    # a hiring named leaves the question to retrieval, unless it is told (not asked) and the
    # rule reads it as a fact: "we hired a lawyer; can he visit him under house arrest?"
    hire = LAWYER_HIRE.search(text)
    if hire and not (found in HIRE_AS_FACT and not LAWYER_HIRE.search(asked_part(text))):
        return None
    if found in FACT_GATED and not read_facts(text):
        return None
    if found == "eligibility.bail" and not PERSON.search(text) and not read_facts(text):
        return None  # "may the department propose that bail be adopted?": a power, no case
    return found


# someone whose case is asked about: a pronoun, a relative, the suspect ...
PERSON = re.compile(
    r"\b(he|she|him|her|his|hers|they|them|their|i|me|my|we|us|our|you|your|someone|somebody"
    r"|anyone|suspects?|defendants?|accused|clients?|person|people|man|woman|boy|girl|minor"
    r"|juvenile|son|daughter|wife|husband|brother|sister|father|mother|dad|mum|mom|uncle|aunt"
    r"|cousin|friend|nephew|niece|grandson|granddaughter)\b"
)


HIRE_AS_FACT = frozenset({"eligibility.surveillance_meeting"})


def _ground_raised(facts: dict[str, object]) -> bool:
    """A recusal ground told as a fact, or raised as unknown ("he may have investigated the
    case"): the recusal rule then answers or asks, rather than the pending-request rule."""
    unsure = facts.get("uncertain") or ()
    assert isinstance(unsure, tuple)
    return any(v is True for k, v in facts.items() if k.startswith("official_")) or any(
        str(k).startswith("official_") for k in unsure
    )
