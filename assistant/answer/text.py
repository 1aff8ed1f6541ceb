"""Sentences with exact offsets, time expressions and question types (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.corpus.numbers import word_to_int

_SENT_END = re.compile(r"[。;；]|\.(?=\s|$)|\n")
NUMBER = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty-eight|twenty-four)"
PERIOD = re.compile(rf"\b{NUMBER}[- ](hours?|days?|months?|years?)\b", re.I)
_TIME_PHRASE = re.compile(
    rf"\b(within|not exceed(?:ing)?|shall not exceed|no more than|not more than|no later than|"
    rf"extended by|up to|at most|before|after|more than)\s+(?:\w+\s+){{0,2}}?{NUMBER}[- ]"
    rf"(hours?|days?|months?|years?)\b",
    re.I,
)
_YESNO = re.compile(
    r"^(?:so |and |but |ok,? )?(can|may|could|is|are|am|do|does|did|will|would|should|must|has|have|"
    r"shall)\b",
    re.I,
)
_TIMEQ = re.compile(
    r"\b(how long|how many (?:days|hours|months)|when|by when|deadline|time limit|within|"
    r"how soon|how quickly|until when|maximum (?:period|time)|period)\b",
    re.I,
)
_DATEQ = re.compile(
    r"\b(by when|by what (?:date|time)|what date|which date|deadline|until when|due|expire|"
    r"when (?:must|do|does|did|will|should|can|would|is|are)|latest)\b",
    re.I,
)
NEGATIVE = re.compile(
    r"\b(shall not|may not|must not|cannot|can not|not be|no one|prohibited|forbidden|shall "
    r"neither|not allowed|not permitted|not be granted)\b",
    re.I,
)
_PERMISSIVE = re.compile(r"\b(may|shall have the right|has the right|have the right|can)\b", re.I)
ACTOR = re.compile(
    r"\b(procuratorate|procurator|prosecutor|public security organ|police|court|head of|"
    r"chief|department|detention house|guarantor|lawyer|defender)s?\b",
    re.I,
)
_DUTY = re.compile(r"\b(shall|must|should|is required to|are required to)\b", re.I)
# The question's own ask, from how it opens: "how long …" / "when must …" want a period,
# "can/may/must …" a yes or no, "who/which organ …" an actor. A "when" inside a yes/no
# question ("may guards listen when my lawyer visits?") does not make it a time question.
_TIME_ASK = re.compile(
    r"\b(how long|how many (?:days|hours|months|years)|by when|how soon|how quickly|until when|"
    r"within what time|time limits?|deadlines?|maximum (?:period|time|length))\b|^(?:so |and )?when\b",
    re.I,
)
_WHO_ASK = re.compile(
    r"^(?:so |and )?(who|which (?:organ|body|authority|office|department|court|procuratorate|"
    r"public security organ|person|official))\b",
    re.I,
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    """Split article text into sentences; `text[start:end] == sentence.text` always."""
    out, pos = [], 0
    for m in _SENT_END.finditer(text):
        end = m.end() if m.group() != "\n" else m.start()
        _add(out, text, pos, end)
        pos = m.end()
    _add(out, text, pos, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= 3:
        out.append(Sentence(start, end, text[start:end]))


def periods(text: str) -> set[tuple[int, str]]:
    """{(24, 'hour'), (10, 'day')} for every 'N unit' stated in the text."""
    found = set()
    for m in PERIOD.finditer(text):
        n = word_to_int(m.group(1).lower())
        if n is not None:
            found.add((n, m.group(2).lower().rstrip("s")))
    return found


def time_phrase(text: str) -> str | None:
    m = _TIME_PHRASE.search(text)
    if m:
        return m.group(0)
    m = PERIOD.search(text)
    return m.group(0) if m else None


def is_yes_no(question: str) -> bool:
    return bool(_YESNO.match(question.strip()))


def asks_time(question: str) -> bool:
    return bool(_TIMEQ.search(question))


def asks_for_date(question: str) -> bool:
    """'By when must they decide?' wants a date; 'how long can they hold him?' a period."""
    return bool(_DATEQ.search(question))


def ask_type(question: str) -> str | None:
    """'time', 'yesno', 'who' or None: what kind of lead sentence answers the question."""
    q = question.strip()
    if is_yes_no(q):
        return "yesno"
    if _WHO_ASK.match(q):
        return "who"
    if _TIME_ASK.search(q):
        return "time"
    return None


def is_modal(sentence: str) -> bool:
    return bool(NEGATIVE.search(sentence) or _PERMISSIVE.search(sentence) or _DUTY.search(sentence))


_DUTY_ASK = re.compile(r"\b(must|have to|has to|need to|needs to|required|obliged|should)\b", re.I)


# Prohibitions only: "cannot be identified within 30 days" is a condition, not a "no".
_PROHIBIT = re.compile(
    r"\b(shall not(?! exceed)|may not(?! exceed)|must not|shall neither|not allowed|not permitted|prohibited|"
    r"forbidden|(?:no one|no person|no unit|nobody) (?:may|shall|can))\b",
    re.I,
)


def after_modals(sentence: str, words: int = 25) -> list[str]:
    """The words following each modal ("may, according to the needs of the case,
    temporarily detain his identity certificate…"): where the act it governs is named."""
    out = []
    for rx in (_PROHIBIT, _PERMISSIVE, _DUTY):
        for m in rx.finditer(sentence):
            out.append(" ".join(sentence[m.end() :].split()[:words]))
    return out


def polarity(sentence: str, question: str = "") -> str | None:
    """'no' for a prohibition, 'yes' for a permission (or, if the question asks about a
    duty, for a duty), None if unclear. "Can they block it?" is not answered "yes" by
    "they shall forward it": a duty to do one thing does not settle another."""
    if _PROHIBIT.search(sentence):
        return "no"
    if _PERMISSIVE.search(sentence):
        return "yes"
    if _DUTY_ASK.search(question) and _DUTY.search(sentence):
        return "yes"
    return None
