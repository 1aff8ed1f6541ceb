"""Read the acting body and the facts the eligibility rules need out of a chat question.

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

from assistant.rules import facts_words as words
from assistant.rules.concepts import read_concepts, states_all
from assistant.rules.facts_probation import read_probation_facts
from assistant.rules.negation import SHORT_WINDOW, join_prefix, negated, uncertain
from assistant.rules.router_patterns import NEG_RES, NON_VIOLENT_OFFENCE, NOT_CH_4_6, POS_RES
from assistant.rules.router_vocab import CARDINAL_ALT, CARDINALS

BODY_RES = (
    (
        "procuratorate",
        re.compile(
            r"\b(procuratorates?|procurators?|prosecutors?|prosecution office|jianchayuan)\b"
        ),
    ),
    (
        "police",
        # "public security" alone names the police, except in "endanger public security"
        re.compile(
            r"\b(police|cops?|psb|gong ?an)\b|(?<!endanger )(?<!endangers )(?<!endangering )"
            r"(?<!endangered )\bpublic security\b(?! crimes?)"
        ),
    ),
    ("court", re.compile(r"\b(court|judges?)\b")),
)
_NUM = rf"(\d{{1,2}}(?:\.\d)?|{CARDINAL_ALT})"
NUMBERS = CARDINALS

AGE_RE = re.compile(
    rf"\b(?:juvenile|minor|defendant|suspect|offender|boy|girl|son|daughter),? \(?{_NUM}\b"
    r"(?![- ]?(?:days?|hours?|months?|weeks?|years?|am|pm|h)\b)|"
    rf"\b(?:aged |age of |age )?{_NUM}[- ]?(?:years?[- ]old|yo|y/o)\b|\baged? {_NUM}\b|\b(?:is|was|turned) {_NUM}\b(?! (?:days?|hours?|months?|weeks?|years?))"
)
BABY_RE = re.compile(
    rf"\b{_NUM}[- ](month|week)s?[- ]old\b|\b{_NUM}[- ]years?[- ]old (?:baby|infant)\b"
    rf"|\b(?:baby|infant|child) (?:is|was) {_NUM} (month|week|year)s?\b"
    rf"|\b(?:baby|infant|newborn) [\w ]{{0,15}}?\({_NUM} (month|week)s?( old)?\)"
    rf"|\b(?:son|daughter|baby|infant|child|boy|girl),? (?:who |that )?(?:is|was|turned|has turned)"
    rf" {_NUM} (month|week)s?\b"
    # "her baby brother, who is two": a bare number is years
    rf"|\b(?:baby|infant|toddler)(?: [\w-]+)?,? (?:who|that) (?:is|was|turned) {_NUM}\b"
    r"(?![- ]?(?:months?|weeks?|days?))"
)
BABY_LIMIT_RE = re.compile(
    r"\b(?:baby|infant|child)\b[^.?!]{0,30}?\b(under|less than|not yet|over|more than|older than) "
    r"(?:one|a|1) year"
)
SENTENCE_RE = re.compile(
    rf"\b(?:up to|at most|no more than|maximum of|faces?|facing|looks? at|looking at|could get|might get|likely|sentence of|total|sentence (?:is|was) (?:now )?|sentenced to|get|got|gave (?:him|her|them)|jail for|prison for|imprisonment of|combined|(?:must|has to|have to|will|to) (?:now )?serve|(?:executed|imposed) is|penalty of|(?:be |been |was |were )?given|mean|means|carry|carries|risks?|risking)\D{{0,20}}?{_NUM}(?: and a half)?[- ](year|month)s?\b(?![- ]old)"
)


# "a one-year sentence", "a 3-year prison term": the number before the noun
SENTENCE_NOUN_RE = re.compile(
    rf"\b{_NUM}[- ](year|month)s?[- ](?:(?:prison|jail) )?(?:sentence|term)\b"
)
UNDER_A_YEAR = re.compile(
    r"\b(sentence|penalty|punishment|prison|jail|imprisonment)\b[^.?!;]{0,25}\b(under|less than"
    r"|below|not even) (a|one|1) year\b"
)


def _first_body(text: str) -> str | None:
    hits = [(m.start(), body) for body, rx in BODY_RES if (m := rx.search(text))]
    return min(hits)[1] if hits else None


def read_body(text: str) -> str | None:
    """The acting body named first in the text, or None."""
    return _first_body(text)


def asked_body(text: str) -> str | None:
    """The body a verdict question asks about: the first named in the last sentence that asks
    ("the procuratorate refused arrest. may the POLICE place him under surveillance?")."""
    asked = re.findall(r"[^.?!]*\?", text)
    return _first_body(asked[-1]) if asked else None


def _num(word: str) -> float:
    return float(NUMBERS[word]) if word in NUMBERS else float(word)


# "can she get bail ON THAT GROUND?": only the grounds the question states are asked about
ON_GROUND_RE = re.compile(
    r"\b(on|under) (that|this|those|these|the [\w-]+|the [\w-]+ [\w-]+) grounds?\b"
)
CRIME_TYPE_KEYS = ("violent_crime", "state_security_crime", "endangers_public_security")
SENTENCED_RE = re.compile(
    r"\b(was|were|been|got|is|has been) (sentenced|convicted)\b|\bjudgment (is|was|became|has "
    r"become) (final|effective|legally effective)\b"
)
BIRTHDAY_RE = re.compile(r"\b(after|before) [^.?!]{0,30}?\b(1\d)(?:st|nd|rd|th) birthday\b")


# "wants three lawyers", "hire a third lawyer": the number of lawyers (SPP Rules Art. 146)
LAWYERS_RE = re.compile(
    rf"\b{_NUM} (?:defen[cs]e )?(?:lawyers|attorneys|counsels|defenders)\b"
    r"|\ba (second|third|fourth|fifth) (?:defen[cs]e )?(?:lawyer|attorney|counsel|defender)\b"
)
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}


def read_numbers(text: str) -> dict[str, float]:
    """Age at the offence, baby's age in months, and the first sentence mentioned (years)."""
    out: dict[str, float] = {}
    if m := BIRTHDAY_RE.search(text):  # "two weeks after his 18th birthday" -> 18
        out["age_at_offence"] = float(int(m.group(2)) - (m.group(1) == "before"))
    if (m := BABY_RE.search(text)) and not uncertain(text, m.start()):
        n = _num(m.group(1) or m.group(3) or m.group(4) or m.group(6) or m.group(9) or m.group(11))
        unit = m.group(2) or m.group(5) or m.group(7) or m.group(10) or "year"
        out["baby_age_months"] = n if unit == "month" else n / 4.345 if unit == "week" else n * 12
    if (m := BABY_LIMIT_RE.search(text)) and not uncertain(text, m.start()):
        out["baby_age_months"] = 11.5 if m.group(1) in ("under", "less than", "not yet") else 13.0
    for m in AGE_RE.finditer(text):
        if BABY_RE.search(text[max(0, m.start() - 2) : m.end() + 20]):
            continue
        n = _num(next(g for g in m.groups() if g))
        if 5 <= n <= 99 and "age_at_offence" not in out:
            out["age_at_offence"] = n
            break
    if m := LAWYERS_RE.search(text):
        out["lawyer_count"] = float(ORDINALS[m.group(2)]) if m.group(2) else _num(m.group(1))
    if m := UNDER_A_YEAR.search(text):
        out["possible_sentence_years"] = 0.9  # "under a year": within the one-year limit
    elif (m := SENTENCE_RE.search(text)) or (m := SENTENCE_NOUN_RE.search(text)):
        n = _num(m.group(1)) + (0.5 if text.startswith(" and a half", m.end(1)) else 0)
        out["possible_sentence_years"] = n if m.group(2) == "year" else n / 12
    return out


def _read_combined(text: str, facts: dict[str, object]) -> None:
    """Facts that take two statements or a subject (see `facts_words`)."""
    if words.NO_DEPOSIT_RE.search(text) and words.NO_GUARANTOR_RE.search(text):
        facts.setdefault("no_bond_or_guarantor", True)  # MPS Art. 68 needs both
    home, income = words.HOME_RE.search(text), words.INCOME_RE.search(text)
    if home and income and not (negated(text, home.start()) or negated(text, income.start())):
        facts.setdefault("guarantor_residence_income", True)
    elif "guarantor_residence_income" not in facts and states_all(text, "home", "income"):
        facts["guarantor_residence_income"] = True  # said in the user's own words
    if m := words.IMPLICATED.search(text):  # "I had no involvement in it" / "he took part in it"
        facts.setdefault("guarantor_not_implicated", negated(text, m.start(2)))
    # release would not endanger society (a bail ground) is the converse of bail being
    # insufficient to prevent danger (an arrest condition): one stated settles the other
    if isinstance(facts.get("no_social_danger"), bool):
        facts.setdefault("bail_insufficient", not facts["no_social_danger"])
    if isinstance(facts.get("bail_insufficient"), bool):
        facts.setdefault("no_social_danger", not facts["bail_insufficient"])


def read_facts(text: str) -> dict[str, object]:
    """Every fact the text states (True/False or a number); absent facts stay unknown.

    Negation is scoped by `negation.negated`: a positive phrase in a negated clause gives
    False, and a negative phrase in a negated clause ("not deprived of political rights")
    gives True.
    """
    text = join_prefix(text)
    facts: dict[str, object] = {}
    unsure: set[str] = set()  # raised but said to be unknown: left open, never assumed
    for key, rx in NEG_RES + words.NEG_RES:
        if key not in facts and (m := rx.search(text)):
            if uncertain(text, m.start()):
                unsure.add(key)
                continue
            facts[key] = negated(text, m.start(), m.end(), SHORT_WINDOW)
    for key, rx in POS_RES + words.POS_RES:
        if key in facts:
            continue
        if m := rx.search(text):
            if uncertain(text, m.start()):
                unsure.add(key)
                continue
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
    if SENTENCED_RE.search(text):  # a sentence was imposed, so the case was prosecuted
        facts.setdefault("not_prosecuted", False)
    _read_combined(text, facts)
    facts.update(read_numbers(text))
    facts.update(read_probation_facts(text))
    unsure -= set(facts)
    if unsure:
        facts["uncertain"] = tuple(sorted(unsure))
    return facts
