"""Conduct under a measure told as kept: the suspect did NOT break bail or surveillance.

Families tell what the suspect did right ("he hasn't left the city once, he's gone to every
summons and he hasn't contacted any witness"); the breach readings look only for what he did
wrong, so such a story left every breach open. Each phrase here settles one breach ground
(SPP Rules Arts. 53, 68; MPS Provisions Arts. 78, 99) as not met.

A question that names a breach ("can they arrest him for violating bail?") presupposes it
but does not tell it: when the told facts deny at least two breaches and affirm none, the
breach asked about is not taken as a fact (`asked_breach`).

Example:
    >>> read_kept_conduct("he hasn't left the city once and went to every summons.")
    {'left_area': False, 'missed_summons': False}
"""

from __future__ import annotations

import re

_NOT = r"(?:hasn't|has not|have not|haven't|never|didn't|did not|not once)\s+(?:once\s+|ever\s+)?"
_LEFT = rf"\b{_NOT}(?:left|gone out of|been out of|stepped out of|set foot outside)\s+"
_NO_CONTACT = r"\bno contact with (?:any |the )?witness(?:es)?\b"
_NO_HARM = (
    r"\b(?:nothing (?:else |serious )?(?:happened|came of (?:it|the \w+))|no (?:serious )?(?:consequences"
    r"|harm)|no harm (?:was )?done|caused no (?:serious )?(?:consequences|harm|problems?))\b"
)
# a single occasion: "just once", "one afternoon", "the only time"
_ONCE = (
    r"\b(?:once|one (?:afternoon|morning|day|night|evening|weekend|occasion|time|trip|load)"
    r"|the only time|only that once)\b"
)
KEPT: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "left_area",
        re.compile(
            _LEFT + r"(?:the|his|her|this|our|their)\s+(?:city|county|town|area|district|province"
            r"|home|house|flat|residence)\b"
            # "he has stayed in town", "she stayed in the city the whole time"
            r"|\b(?:stayed|remained|been|kept)\s+(?:in|within|inside)\s+(?:the\s+|his\s+|her\s+"
            r"|our\s+|this\s+)?(?:city|county|town|area|district)\b"
        ),
    ),
    (
        "missed_summons",
        re.compile(
            r"\b(?:gone|went|go|turned up|shown up|showed up|reported|been|attended|answered"
            r"|responded to|obeyed|complied with)\s+"
            r"(?:(?:to|for|at)\s+)?every\s+(?:single\s+)?(?:summons|hearing|appointment|interview"
            r"|check-in|questioning|time (?:they|the police) called)\b"
            r"|\bnever (?:once )?missed (?:a|any|one|an)\s+(?:summons|hearing|appointment"
            r"|interview|check-in)\b"
        ),
    ),
    (
        "evidence_tampering",
        re.compile(
            rf"\b{_NOT}(?:contacted|spoken to|talked to|approached|called|phoned|met|gone near)\s+"
            r"(?:any|a|the|one)?\s*(?:of the\s+)?witness(?:es)?\b"
            rf"|{_NO_CONTACT}|\bno evidence (?:destroyed|issues)\b"
        ),
    ),
    (  # "never left the flat": he did not escape either
        "evasion",
        re.compile(
            _LEFT + r"(?:the|his|her|this|our|their)\s+(?:home|house|flat|apartment|residence)\b"
        ),
    ),
    (
        "violent_witness_interference",
        re.compile(_NO_CONTACT),
    ),
    (  # one trip, no harm: not "twice or with serious consequences" (SPP Art. 53)
        "left_area",
        re.compile(
            r"\b(?:one|a single|only one|just one)\b[^.?!;]{0,40}\b(?:trip|journey|visit|time)\b"
            r"[^.?!;]{0,60}\bno (?:serious )?(?:consequences|harm)\b"
            # "slipped out once for cigarettes, two hours, nothing else happened"
            rf"|\b(?:slipped|went|popped|nipped|stepped|snuck|sneaked) out\b[^.?!;]{{0,15}}\bonce\b"
            rf"[^.?!]{{0,80}}{_NO_HARM}"
            # "went to the next county one afternoon ...; nothing came of it, the only time"
            rf"|{_ONCE}[^?!]{{0,120}}?{_NO_HARM}|{_NO_HARM}[^?!]{{0,60}}?{_ONCE}"
        ),
    ),
    (  # one summons missed and nothing came of it (SPP Art. 53: twice or serious consequences)
        "missed_summons",
        re.compile(
            r"\b(?:missed|skipped|failed to (?:attend|appear at|answer)) (?:one|a single|only one"
            r"|just one)\b[^.?!;]{0,20}\b(?:summons|appointment|hearing|check-in|interview)\b"
            rf"[^.?!]{{0,100}}{_NO_HARM}"
        ),
    ),
)
# "otherwise he has kept every condition", "nothing else happened": every breach not told
NOTHING_ELSE = re.compile(
    r"\b(?:otherwise|apart from (?:that|this)|other than (?:that|this)|besides (?:that|this))\b"
    r"[,\s]+(?:he|she|they)\s+(?:has|have|had)?\s*(?:kept|followed|obeyed|complied with|stuck to)"
    r" (?:every|all|each of) (?:the |his |her |their )?(?:other )?(?:conditions?|rules|terms"
    r"|obligations)\b"
    r"|\bnothing else (?:happened|was done|went wrong)\b|\b(?:done|did) nothing else (?:wrong"
    r"|illegal|against the rules)\b|\bno other (?:breach|violation"
    r"|problem|incident)s?\b"
)
# every ground of arrest for breaking bail or surveillance (SPP Arts. 53, 68; MPS Arts. 78, 99)
ALL_BREACHES = (
    "left_area",
    "missed_summons",
    "evidence_tampering",
    "evasion",
    "new_crime",
    "unapproved_meetings",
    "violent_witness_interference",
    "other_serious_violation",
)
BREACH_KEYS = ("left_area", "missed_summons", "evidence_tampering", "evasion", "new_crime")
ASKING = re.compile(r"[^.?!;]*\?")


# A breach reported by someone else and denied by the suspect ("the police say he went to
# see the witness and 'threatened' her. he swears he only went to apologise"): whether it
# happened is the open question, so it is asked, never taken as told. Only breaches: the
# offence a suspect denies is still the one he is held for (bail's exclusions read it).
ALLEGED = re.compile(
    r"\b(police|cops|officers?|they|prosecutors?|procuratorate|someone|somebody|the victim|witness"
    r"|neighbou?rs?) (say|says|said|claim\w*|alleg\w*|accus\w*|report\w*)\b"
)
DENIED = re.compile(
    r"\b(he|she|my \w+|her \w+|his \w+) (swears|swore|insists|insisted|denies|denied|maintains"
    r"|says|said|claims)( that)? (he|she) (only|never|did not|didn't|wasn't|was not|had not|hadn't)\b"
    r"|\b(he|she) denies (it|this|that|everything|doing)\b"
)


def disputed(text: str) -> bool:
    """A breach told as another's allegation that the suspect denies afterwards."""
    alleged = ALLEGED.search(text)
    return bool(alleged and DENIED.search(text, alleged.end()))


# "He isn't related to anyone, has no stake in it, took no gifts. Nothing else.": after
# grounds denied one by one, a bare "nothing else" denies the ones not named
BARE_NOTHING_ELSE = re.compile(
    r"(?:^|[.!;,]\s*)(?:and |but )?(?:there(?:'s| is) )?nothing else(?: (?:at all|like that"
    r"|of the kind|of that kind|to it|either))?\s*(?:[.!;:]|$)|\bno other (?:connection|link|tie"
    r"|relationship|ground|reason)s?\b"
)
# MPS Arts. 24, 26; SPP Rules Art. 29
RECUSAL_GROUNDS = (
    "official_is_party_or_relative",
    "official_interest",
    "official_prior_role",
    "official_other_relation",
    "official_gifts_or_meetings",
    "official_former_investigator",
)


def nothing_else(text: str, facts: dict[str, object], group: tuple[str, ...]) -> dict[str, bool]:
    """The grounds of `group` not told, each False, when the text denies at least one and
    then says there is nothing else; else nothing."""
    if not any(facts.get(k) is False for k in group) or not BARE_NOTHING_ELSE.search(text):
        return {}
    return {k: False for k in group if k not in facts}


# one lapse told, whether it did harm said to be unknown: "missed one summons ... we don't
# know yet whether missing it caused any problem" (twice or serious consequences: SPP Art. 53)
ONCE = (
    (
        "missed_summons",
        re.compile(
            r"\b(?:missed|skipped|failed to (?:attend|appear at|answer)) (?:one|a single|only one"
            r"|just one|a|the)\b[^.?!;]{0,20}\b(?:summons|appointment|hearing|check-in|interview)\b"
            # "they called him in and he did not go"
            r"|\b(?:called|summoned) (?:him|her|them)(?: in)?\b[^.?!;]{0,30}\b(?:did not|didn't|never)"
            r" (?:go|come|turn up|show up|appear)\b"
        ),
    ),
    ("left_area", re.compile(r"\b(?:one|a single|only one|just one) (?:trip|journey)\b")),
)
_HARM = r"(?:caus\w+|problems?|harm\w*|consequences?|affect\w*|delay\w*|hurt|bad|came of it)"
UNKNOWN_HARM = re.compile(
    r"\b(?:don't|do not|not|no one|nobody)\b[^.?!;]{0,20}\b(?:know|sure|idea|clear|said)\b"
    rf"[^.?!;]{{0,20}}\b(?:whether|if)\b[^.?!;]{{0,50}}\b{_HARM}\b"
    # "whether anything bad came of it I do not know"
    rf"|\b(?:whether|if)\b[^.?!;]{{0,40}}\b{_HARM}[^.?!;]{{0,30}}\b(?:i|we|they) (?:do not|don't"
    r"|did not|didn't) (?:know|say)\b"
)


def read_kept_conduct(text: str) -> dict[str, object]:
    """The breaches the text denies, each False (lower-cased text); "nothing else happened"
    denies every one (the reader's caller keeps any breach the text does tell). A single
    lapse whose harm is said to be unknown is "uncertain", never denied."""
    kept: dict[str, object] = {key: False for key, rx in KEPT if rx.search(text)}
    if NOTHING_ELSE.search(text):
        kept |= dict.fromkeys(ALL_BREACHES, False)
    if harm := UNKNOWN_HARM.search(text):
        unsure = tuple(k for k, rx in ONCE if (m := rx.search(text)) and m.start() < harm.start())
        kept = {k: v for k, v in kept.items() if k not in unsure}
        if unsure:
            kept["uncertain"] = unsure
    return kept


def statements(text: str) -> str:
    """`text` with its asking sentences blanked (offsets kept)."""
    return ASKING.sub(lambda m: " " * len(m.group(0)), text)


def asked_breach(facts: dict[str, object], stated: dict[str, object]) -> dict[str, object]:
    """`facts` with a breach only asked about dropped when the told facts deny two or more
    breaches and affirm none; the breach is then False (nothing told broke the terms)."""
    told = [facts.get(k) for k in BREACH_KEYS]
    if facts.get("breach") is not True or stated.get("breach") is True:
        return facts
    if True in told or told.count(False) < 2:
        return facts
    return {**facts, "breach": False}
