"""Read the numbers eligibility rules need: the age at the offence, the baby's age in
months, the likely or imposed sentence in years, and the number of lawyers (pure, flat
patterns, linear-time). A number in a clause that says it is not known is not read.

Example:
    >>> read_numbers("she is breastfeeding her 5-month-old baby")
    {'baby_age_months': 5.0}
"""

from __future__ import annotations

import re

from assistant.rules.facts_everyday import PARTY_AGED
from assistant.rules.negation import said_unknown, uncertain
from assistant.rules.router_vocab import CARDINAL_ALT, CARDINALS

_NUM = rf"(\d{{1,2}}(?:\.\d)?|{CARDINAL_ALT})"
# a second value after a sentence: "4 years or 6", "four or five years"
ALTERNATIVE = re.compile(rf"\s*(?:years?|months?)?\s*or\s*(?:maybe |perhaps |possibly )?{_NUM}\b")
NUMBERS = CARDINALS

AGE_RE = re.compile(
    rf"\b(?:juvenile|minor|defendant|suspect|offender|boy|girl|son|daughter),? \(?{_NUM}\b"
    r"(?![- ]?(?:days?|hours?|months?|weeks?|years?|am|pm|h)\b)|"
    # an exam's or case note's party: "M, 15, committed a minor theft", "zhang san, 16, stole"
    rf"{PARTY_AGED}{_NUM},|"
    # "a boy of sixteen", "a girl of 15"
    rf"\b(?:boy|girl|son|daughter|child|kid|youth|teenager|lad|juvenile|minor) of {_NUM}\b"
    r"(?![- ]?(?:days?|hours?|months?|weeks?|years? (?:ago|in|for|of|prison|jail)))|"
    # non-native "my daughter 15 years": the age, not a sentence
    rf"\b(?:son|daughter|boy|girl|child|kid),? {_NUM} years?\b(?! (?:ago|in|for|of|prison|jail))|"
    rf"\b(?:aged |age of |age )?{_NUM}[- ]?(?:years?[- ]old|yo|y/o)\b|\baged? ?:? {_NUM}\b(?! (?:days?|months?|weeks?))|\b(?:is|was|turned) {_NUM}\b(?! (?:days?|hours?|months?|weeks?|years?))"
)
# "he stole it when he was 17", "was 15 at the time": the age at the offence, stated as such
# ("had turned 18 three weeks before he joined the fight")
OFFENCE_AGE_RE = re.compile(
    rf"\b(?:had |has |just )?turned {_NUM} [\w ]{{0,25}}?before (?:he|she|they|i|the|it)\b|"
    rf"\b(?:was|were|aged) {_NUM} years? and [\w-]+ months? old (?:when|at the time)\b|"
    rf"\bwhen (?:he|she|they|i|you|we|my [\w-]+) (?:was|were) {_NUM}\b"
    rf"|\b(?:was|were|aged) {_NUM}(?: years old)? (?:when|at the time|back then)\b"
    rf"|\bat (?:the )?age (?:of )?{_NUM}\b"
    # a form's line: "Age at time of offence: 17", "age at the crime - 16"
    rf"|\bage (?:at|when|of) (?:the )?(?:time (?:of )?(?:the )?)?(?:offen[cs]e|crime|incident"
    rf"|time)\b ?[:=-]? ?{_NUM}\b"
    # "fourteen at the time, my cousin took part in a robbery"
    rf"|\b{_NUM} at the time\b(?! of day)"
    # "committed a fraud at 17": "at N" after the offence, not a clock time
    # ("convicted at 16": the offence came no later than the conviction)
    r"|\b(?:committed|did|stole|robbed|offen[cs]e|crime|fraud|theft|burglary|robbery|convicted)\b"
    rf"[^.?!]{{0,40}}?\bat {_NUM}\b(?![:.]\d|\s*(?:[ap]\.?m\b|o'clock|hours?\b|years?\b))"
)
# "turned 18 this spring", "18 and a half now": today's age, which from 18 on does not say
# how old he was at the offence
NOW_AGE_RE = re.compile(
    rf"\b(?:has |just )?turned {_NUM}\b|\b{_NUM}(?: and a half)?(?: years old)? now\b"
    rf"|\b(?:is|he's|she's|i'm) now {_NUM}\b"
)
BABY_RE = re.compile(
    rf"(?<!years and )(?<!year and )\b{_NUM}[- ](month|week)s?[- ]old\b|\b{_NUM}[- ]years?[- ]old (?:baby|infant)\b"
    rf"|\b(?:baby|infant|child) (?:is|was) {_NUM} (month|week|year)s?\b"
    rf"|\b(?:baby|infant|newborn) [\w ]{{0,15}}?\({_NUM} (month|week)s?( old)?\)"
    rf"|\b(?:son|daughter|baby|infant|child|boy|girl),? (?:who |that )?(?:is|was|turned|has turned)"
    rf" {_NUM} (month|week)s?\b"
    # "gave birth seven weeks ago", "the baby was born 3 months ago"
    rf"|\b(?:gave birth|had (?:a|the|her|our) baby|(?:was|were) born) {_NUM} (month|week)s? ago\b"
    # "her baby brother, who is two": a bare number is years
    rf"|\b(?:baby|infant|toddler)(?: [\w-]+)?,? (?:who|that) (?:is|was|turned) {_NUM}\b"
    r"(?![- ]?(?:months?|weeks?|days?))"
    # "a baby of three month", "her son aged 5 months"
    rf"|\b(?:baby|infant|newborn|son|daughter) (?:of|aged) {_NUM} (month|week)s?\b"
    # non-native "our baby, he is only 4 months"
    rf"|\b(?:baby|infant|newborn),? (?:he|she|it) (?:is|was|'s) (?:only |just )?{_NUM}"
    r" (month|week)s?\b"
)
BABY_NUMS = {1, 3, 4, 6, 9, 11, 13, 14, 16}  # BABY_RE's groups
BABY_UNITS = {2, 5, 7, 10, 12, 15, 17}
BABY_LIMIT_RE = re.compile(
    r"\b(?:baby|infant|child)\b[^.?!]{0,30}?\b(under|less than|not yet|over|more than|older than) "
    r"(?:one|a|1) year"
)
# "3-10 years", "5 to 10 years": a range is read at its top, the most the person faces
_RANGE = r"(?:\d{1,2} ?(?:-|to|\u2013) ?)?"
SENTENCE_RE = re.compile(
    rf"\b(?:up to|at most|no more than|maximum of|faces?|facing|looks? at|looking at|could get|might get|likely|sentence of|total|sentence (?:is|was) (?:now )?|sentenced to|get|got|gave (?:him|her|them)|jail for|jailed for|imprisoned for|locked up for|prison for|imprisonment of|combined|(?:must|has to|have to|will|to) (?:now )?serve|(?:executed|imposed) is|penalty of|(?:be |been |was |were )?given|mean|means|carry|carries|brings?|punishable by|risks?|risking)\D{{0,20}}?{_RANGE}{_NUM}(?: and a half)?[- ](year|month)s?\b(?![- ]old)(?! ago)"
)

# "the lawyer thinks 4 years", "reckons about two years": an estimate, with a short gap only
# ("she says he has been married 4 years" is no sentence)
SENTENCE_GUESS_RE = re.compile(
    rf"\b(?:thinks?|reckons?|estimates?|estimated|est\.|predicts?|expects?|expected|guess(?:es)?"
    rf"|says?|said|it'?d be|it would be"
    rf"|would be|might be|probably|possibly|maybe)\D{{0,8}}?{_RANGE}{_NUM}"
    r"(?: and a half)?[- ](year|month)s?\b(?![- ]old)(?! ago)"
)


# "a one-year sentence", "a 3-year prison term": the number before the noun
SENTENCE_NOUN_RE = re.compile(
    rf"\b{_NUM}[- ](year|month)s?[- ](?:(?:prison|jail) )?(?:sentence|term)\b"
)
# "his sentence: exactly five years' imprisonment", "five years' fixed-term imprisonment",
# "8 months max"
SENTENCE_LOOSE_RE = re.compile(
    rf"\b(?:sentence|sentenced|imprisonment|prison term|jail term)\b[^.?!;\d]{{0,25}}?\b{_NUM}"
    r"(?: and a half)?[- ](year|month)s?\b(?![- ]old)"
    rf"|\b{_NUM}(?: and a half)?[- ](year|month)s?'?(?: of)? (?:fixed[- ]term )?(?:imprisonment"
    r"|prison|jail)\b"
    rf"|\b{_NUM}(?: and a half)?[- ](year|month)s? (?:max(?:imum)?|at (?:the )?most|tops)\b"
)
# "will probably get a year", "faces about a year": one year (or month)
A_YEAR_RE = re.compile(
    r"\b(?:get|gets|got|face|faces|facing|serve|given|likely|expects?|expected|looking at|says?"
    r"|said)(?: at most| no more than| not more than)?"
    r" (?:about |around |roughly |maybe |perhaps |probably |up to )?(?:a|one) (year|month)\b"
    r"(?![- ]old| ago)"
)
UNDER_A_YEAR = re.compile(
    r"\b(sentence|penalty|punishment|prison|jail|imprisonment)\b[^.?!;]{0,25}\b(under|less than"
    r"|below|not even) (a|one|1) year\b"
    # "he'd probably get less than a year"
    r"|\b(get|gets|getting|face|faces|facing|serve|looking at)\b[^.?!;]{0,15}?\b(under|less than"
    r"|below) (a|one|1) year\b"
)


def _num(word: str) -> float:
    return float(NUMBERS[word]) if word in NUMBERS else float(word)


# "before or after his 18th birthday" says the age is not known
BIRTHDAY_RE = re.compile(
    r"(?<!before or )(?<!after or )\b(after|before) (?!or (?:after|before)\b)[^.?!]{0,30}?"
    r"\b(1\d)(?:st|nd|rd|th) birthday\b"
)


COMBINED_RE = re.compile(
    rf"\bcombined (?:sentence|punishment|term)\b[^.?!;\d]{{0,20}}?\b{_NUM}(?: and a half)?[- ]"
    r"(year|month)s?\b"
    # "the old and new sentences together come to seven years"
    rf"|\bsentences? (?:together|combined|in total)\b[^.?!;\d]{{0,20}}?\b{_NUM}(?: and a half)?[- ]"
    r"(year|month)s?\b"
)
# "wants three lawyers", "hire a third lawyer": the number of lawyers (SPP Rules Art. 146)
LAWYERS_RE = re.compile(
    rf"\b{_NUM} (?:defen[cs]e )?(?:lawyers|attorneys|counsels|defenders)\b"
    r"|\ba (second|third|fourth|fifth) (?:defen[cs]e )?(?:lawyer|attorney|counsel|defender)\b"
    # a form's line: "lawyers the family want to hire: 3"
    rf"|\b(?:lawyers|attorneys|counsels|defenders)\b[^.?!:\d]{{0,40}}: ?{_NUM}\b"
)
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}


def read_numbers(text: str) -> dict[str, float]:
    """Age at the offence, baby's age in months, and the first sentence mentioned (years)."""
    out: dict[str, float] = {}
    if (m := BIRTHDAY_RE.search(text)) and not uncertain(text, m.start()):  # "after his 18th" -> 18
        out["age_at_offence"] = float(int(m.group(2)) - (m.group(1) == "before"))
    if (m := BABY_RE.search(text)) and not uncertain(text, m.start()):
        n = _num(next(g for i, g in enumerate(m.groups(), 1) if g and i in BABY_NUMS))
        unit = next((g for i, g in enumerate(m.groups(), 1) if g and i in BABY_UNITS), "year")
        out["baby_age_months"] = n if unit == "month" else n / 4.345 if unit == "week" else n * 12
    if (m := BABY_LIMIT_RE.search(text)) and not uncertain(text, m.start()):
        out["baby_age_months"] = 11.5 if m.group(1) in ("under", "less than", "not yet") else 13.0
    if (m := OFFENCE_AGE_RE.search(text)) and not uncertain(text, m.start()):
        out.setdefault("age_at_offence", _num(next(g for g in m.groups() if g)))
    now = [(a.start(), a.end()) for a in NOW_AGE_RE.finditer(text)]
    for m in AGE_RE.finditer(text):
        if BABY_RE.search(text[max(0, m.start() - 2) : m.end() + 20]):
            continue
        n = _num(next(g for g in m.groups() if g))
        at = next(m.start(i) for i, g in enumerate(m.groups(), 1) if g)  # the number itself
        if n >= 18 and any(a <= at < b for a, b in now):
            continue  # an adult now may have offended as a minor: the age then stays unknown
        if uncertain(text, m.start()) or re.match(rf"\s*or (already )?{_NUM}\b", text[m.end() :]):
            break  # "not sure if I was 17 or already 18": the age is not known
        if 5 <= n <= 99 and "age_at_offence" not in out:
            out["age_at_offence"] = n
            break
    if m := COMBINED_RE.search(text):  # the new combined sentence (SPP Juvenile Art. 65)
        n, unit = (_num(m.group(1)), m.group(2)) if m.group(1) else (_num(m.group(3)), m.group(4))
        out["combined_sentence_years"] = n if unit == "year" else n / 12
    if m := LAWYERS_RE.search(text):
        n = next(g for g in m.groups() if g)
        out["lawyer_count"] = float(ORDINALS[n]) if n in ORDINALS else _num(n)
    if m := UNDER_A_YEAR.search(text):
        out["possible_sentence_years"] = 0.9  # "under a year": within the one-year limit
    elif (
        (m := SENTENCE_RE.search(text))
        or (m := SENTENCE_NOUN_RE.search(text))
        or (m := SENTENCE_GUESS_RE.search(text))
    ):
        n = _num(m.group(1)) + (0.5 if text.startswith(" and a half", m.end(1)) else 0)
        out["possible_sentence_years"] = n if m.group(2) == "year" else n / 12
    elif m := A_YEAR_RE.search(text):
        half = text.startswith(" and a half", m.end(1))
        out["possible_sentence_years"] = (1.0 if m.group(1) == "year" else 1 / 12) * (
            1.5 if half else 1
        )
    elif m := SENTENCE_LOOSE_RE.search(text):
        i = next(k for k in (1, 3, 5) if m.group(k))
        n = _num(m.group(i)) + (0.5 if text.startswith(" and a half", m.end(i)) else 0)
        out["possible_sentence_years"] = n if m.group(i + 1) == "year" else n / 12
    if m and "possible_sentence_years" in out and _sentence_unknown(text, m):
        del out["possible_sentence_years"]
    return out


def _sentence_unknown(text: str, m: re.Match[str]) -> bool:
    """A sentence told as not known ("not sure if the sentence was 4 years or 6 years") or as
    two values ("4 or 6 years"); a hedged estimate ("maybe 2 years") is still the likely one."""
    return said_unknown(text, m.start()) or ALTERNATIVE.match(text, m.end()) is not None
