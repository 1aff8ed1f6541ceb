"""Read the facts the eligibility rules need out of a chat question (the acting body:
`router_body`).

Facts are read by small keyword patterns; a keyword inside a negated clause ("not",
"no", "never", "isn't", "non-" ..., see `negation`) gives False. Numbers: the age at the offence, the
baby's age in months, and sentences in years. Nothing is guessed: a fact not mentioned
stays absent, and the rule then asks for it.

Example:
    >>> read_facts("she is breastfeeding her 5-month-old baby and is not a recidivist")
    {'breastfeeding': True, 'recidivist': False, 'baby_age_months': 5.0}
"""

from __future__ import annotations

import re
from itertools import islice

from assistant.rules import facts_words as words
from assistant.rules.concepts import read_concepts, states_all
from assistant.rules.facts_acts import read_act_facts
from assistant.rules.facts_approvals import unknown_approvals
from assistant.rules.facts_compelled import read_compelled_facts
from assistant.rules.facts_conduct import (
    ALL_BREACHES,
    RECUSAL_GROUNDS,
    asked_breach,
    disputed,
    nothing_else,
    read_kept_conduct,
    statements,
)
from assistant.rules.facts_cppcc import read_cppcc_facts
from assistant.rules.facts_deputy import read_deputy_facts
from assistant.rules.facts_everyday import read_everyday_facts
from assistant.rules.facts_leave import read_leave_facts
from assistant.rules.facts_minor_np import read_minor_np_facts
from assistant.rules.facts_new_crime import read_new_crime
from assistant.rules.facts_numbers import read_numbers
from assistant.rules.facts_others import CASE_KEYS, keep_own, own_texts
from assistant.rules.facts_probation import read_probation_facts
from assistant.rules.facts_stage import APOLOGY, LAW_IF, PROSECUTED, SENTENCED_RE
from assistant.rules.negation import (
    CUE,
    SHORT_WINDOW,
    UNANSWERED,
    in_general,
    join_prefix,
    negated,
    uncertain,
)
from assistant.rules.router_acts import plain_warrant
from assistant.rules.router_patterns import NEG_RES, NON_VIOLENT_OFFENCE, NOT_CH_4_6, POS_RES
from assistant.rules.router_visitors import read_visitor_facts

# "can she get bail ON THAT GROUND?": only the grounds the question states are asked about
ON_GROUND_RE = re.compile(
    r"\b(on|under) (that|this|those|these|the [\w-]+|the [\w-]+ [\w-]+) (grounds?|basis)\b"
    r"|\bfor (that|this) reason alone\b"
)
MAX_MENTIONS = 4  # mentions of one fact looked at (a doubted one, then the ones after it)
CRIME_TYPE_KEYS = ("violent_crime", "state_security_crime", "endangers_public_security")
# The guarantor's own part in the case ("I had no involvement in it", "he took part in it").
IMPLICATED = re.compile(
    r"\b(i|we|he|she|they)\b[^.,;?!]{0,25}?\b(involv\w*|took part|taken part|participat\w*"
    r"|implicated|a suspect|an accomplice|co-accused|investigated|suspected|charged)\b in\b"
)
# another person suspected besides the suspect: "the cops are looking at him for it too"
ALSO_SUSPECTED = re.compile(
    r"\b(looking at|investigating|suspect\w*|questioning|after|charging) (him|her|them)"
    r"( [\w'-]+){0,5}? (too|as well|also)\b"
)
# The suspect's pronoun in a guarantor question ("vouch for HIM", "HER bail"): a pronoun of
# the other gender then names the would-be guarantor ("can my mum vouch for him? she's
# being investigated in the same case")
SUSPECT_PRONOUN = re.compile(
    r"\b(?:for|vouch for|guarantee|bail (?:for|of)) (him|her)\b|\b(his|her) (?:bail|guarantor|surety)\b"
)
PRONOUN = {"him": "he", "his": "he", "her": "she"}


def guarantor_involvement(text: str) -> re.Match[str] | None:
    """The first statement of someone's part in the case that is not about the suspect."""
    m = SUSPECT_PRONOUN.search(text)
    suspect = PRONOUN[m.group(1) or m.group(2)] if m else None
    return next((i for i in IMPLICATED.finditer(text) if i.group(1) != suspect), None)


# the police consent to a minor's family meeting (SPP Juvenile Art. 24); negated only in its
# own words ("the police have not agreed"), not by a list item before ("not involved, the
# police consent")
POLICE_CONSENT = re.compile(
    r"\b(police|public security( organ| bureau)?)\b([^.?!;,]{0,25}?)\b(consent\w*|agree\w*|approv\w*"
    r"|said yes)\b"
)

# a consent still to be sought is no consent given, nor one refused: "he would need the
# police's consent first and hasn't asked them yet"
CONSENT_NEEDED = re.compile(
    r"\b(need|needs|needed|require[sd]?|must (get|have|obtain)|ha(ve|s) to (get|obtain)|ask\w* for"
    r"|seek\w*|apply\w* for)\b( the)?\s*$"
)

ASKED_FOR = re.compile(r"\b(ask\w*|request\w*|appl\w*|sought|seek\w*|submit\w*)\b")


def _read_combined(text: str, facts: dict[str, object]) -> None:
    """Facts that take two statements or a subject (see `facts_words`)."""
    m = POLICE_CONSENT.search(text)
    pending = m and (
        CONSENT_NEEDED.search(text, max(0, m.start() - 30), m.start())
        or ASKED_FOR.search(m.group(3))  # "the police asked for approval of the arrest"
    )
    if m and not (pending or uncertain(text, m.start()) or UNANSWERED.search(text, m.start())):
        asked = text[max(0, m.start() - 20) : m.start()] + m.group(3)  # "whether the police agree"
        refused = re.search(r"\b(refus|declin|reject|den(y|ie))\w*|\b(whether|if)\b", asked)
        no = negated(text, m.start(), None, SHORT_WINDOW) or CUE.search(m.group(3)) or refused
        facts.setdefault("police_consent", not no)
    no_deposit = words.NO_DEPOSIT_RE.search(text) or facts.get("no_deposit") is True
    if no_deposit and words.NO_GUARANTOR_RE.search(text):
        facts.setdefault("no_bond_or_guarantor", True)  # MPS Art. 68 needs both
    home, income = words.HOME_RE.search(text), words.INCOME_RE.search(text)
    if home and income and not (negated(text, home.start()) or negated(text, income.start())):
        facts.setdefault("guarantor_residence_income", True)
    elif "guarantor_residence_income" not in facts and states_all(text, "home", "income"):
        facts["guarantor_residence_income"] = True  # said in the user's own words
    if m := guarantor_involvement(text):  # "I had no involvement in it" / "she took part"
        facts.setdefault("guarantor_not_implicated", negated(text, m.start(2)))
    elif (m := ALSO_SUSPECTED.search(text)) and not negated(text, m.start()):
        facts.setdefault("guarantor_not_implicated", False)
    # "a single burglary; he acted alone": neither repeated nor in a gang, so not the major
    # roving, repeated or gang suspect whose arrest request may wait 30 days (MPS Art. 110)
    if "roving_repeat_gang" not in facts and states_all(text, "alone", "once"):
        facts["roving_repeat_gang"] = False
    # caught in the act by those who detained him is itself evidence that he committed the
    # crime (the first arrest condition, MPS Art. 115, SPP Art. 86)
    if facts.get("caught_in_act") is True:
        facts.setdefault("evidence_of_crime", True)
    # release would not endanger society (a bail ground) is the converse of bail being
    # insufficient to prevent danger (an arrest condition): one stated settles the other
    if isinstance(facts.get("no_social_danger"), bool):
        facts.setdefault("bail_insufficient", not facts["no_social_danger"])
    if isinstance(facts.get("bail_insufficient"), bool):
        facts.setdefault("no_social_danger", not facts["bail_insufficient"])


def read_facts(text: str) -> dict[str, object]:
    """Every fact the text states, those of the suspect's own conduct and state read only
    from the clauses about him (`facts_others`: "her husband did time" is not her record)."""
    for said_aside in (APOLOGY, LAW_IF):  # blanked, same length: offsets hold
        text = said_aside.sub(lambda m: " " * len(m.group(0)), text)
    own, case = own_texts(text)  # case: co-defendants' clauses kept, as the same case
    facts = _read_all(text)
    if own != text:
        own_facts = _read_all(own)
        facts = keep_own(facts, own_facts)
        facts = keep_own(facts, own_facts if case == own else _read_all(case), CASE_KEYS)
    if facts.get("breach") is True and (told := statements(text)) != text:
        facts = asked_breach(facts, _read_all(told))  # "arrest him for violating bail?"
    return facts


def _settled(rx: re.Pattern[str], text: str, unsure: set[str], key: str) -> re.Match[str] | None:
    """The first mention of a fact told plainly. A mention in doubt ("arrest her no matter
    what, pregnant or not") is passed over when a later one tells it ("my wife is six months
    pregnant"); when every mention is in doubt the fact is `unsure`."""
    doubted = False
    for m in islice(rx.finditer(text), MAX_MENTIONS):
        if in_general(text, m.start()):
            continue
        if not uncertain(text, m.start()):
            return m
        doubted = True
    if doubted:
        unsure.add(key)
    return None


def _read_all(text: str) -> dict[str, object]:
    """Every fact the text states (True/False or a number); absent facts stay unknown.

    Negation is scoped by `negation.negated`: a positive phrase in a negated clause gives
    False, and a negative phrase in a negated clause ("not deprived of political rights")
    gives True.
    """
    text = plain_warrant(join_prefix(text))
    facts: dict[str, object] = {}
    unsure: set[str] = set()  # raised but said to be unknown: left open, never assumed
    for key, rx in NEG_RES + words.NEG_RES:
        if key not in facts and (m := _settled(rx, text, unsure, key)):
            facts[key] = negated(text, m.start(), m.end(), SHORT_WINDOW)
    for key, rx in POS_RES + words.POS_RES:
        if key not in facts and (m := _settled(rx, text, unsure, key)):
            facts[key] = not negated(text, m.start(), m.end())
    found, maybe = read_concepts(text)  # the same facts in other orders and word forms
    facts |= {k: v for k, v in found.items() if k not in facts and k not in unsure}
    unsure |= maybe
    if NOT_CH_4_6.search(text) and not facts.get("crime_chapter_4_6"):
        facts["crime_chapter_4_6"] = False
    if NON_VIOLENT_OFFENCE.search(text):  # "a fraud": not violent, not against (state) security
        facts.update({k: False for k in CRIME_TYPE_KEYS if k not in facts})
    if ON_GROUND_RE.search(text):
        facts["only_stated_ground"] = True
    if SENTENCED_RE.search(text) or PROSECUTED.search(text):  # so the case was prosecuted
        facts.setdefault("not_prosecuted", False)
    _read_combined(text, facts)
    facts.update(read_numbers(text))
    probation = read_probation_facts(text)
    unsure |= set(probation.pop("uncertain", ()))  # type: ignore[arg-type]
    facts.update(probation)
    for key, value in read_everyday_facts(text).items():  # beats the looser readings
        facts[key] = value
    for reader in (
        read_kept_conduct,
        read_deputy_facts,
        read_cppcc_facts,
        read_compelled_facts,
        read_new_crime,
        read_act_facts,
        read_leave_facts,
        read_visitor_facts,
    ):
        told = reader(text)
        unsure |= set(told.pop("uncertain", ()))  # type: ignore[arg-type]
        for key, value in told.items():
            facts.setdefault(key, value)
    # "circumstances are minor" said outright outweighs the concept reading, which takes the
    # noun "a minor" for the adjective (SPP Juvenile Art. 27)
    facts.update(read_minor_np_facts(text))
    for group in (RECUSAL_GROUNDS, ALL_BREACHES):
        for key, value in nothing_else(text, facts, group).items():
            if key not in unsure:
                facts[key] = value
    if keys := unknown_approvals(text):  # "we don't know whether they agreed": asked
        facts = {k: v for k, v in facts.items() if k not in keys}
        unsure |= keys
    if disputed(text):  # "the police say he threatened her; he swears he only apologised"
        denied = {k for k in ALL_BREACHES if facts.get(k) is True}
        facts = {k: v for k, v in facts.items() if k not in denied}
        unsure |= denied
    unsure -= set(facts)
    if unsure:
        facts["uncertain"] = tuple(sorted(unsure))
    return facts
