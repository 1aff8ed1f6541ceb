"""Is a question within what these instruments cover? Pure, from words and retrieval scores.

The word lists are in scope_words.py. A question is declined when it asks another area of
law, another country, a court's trial or appeal, or substantive criminal law (what is a
crime, the penalty it carries, defences, limitation periods), unless it asks that together
with a procedural measure or actor ("can he get bail if the crime carries three years?").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from assistant.answer import scope_words as w
from assistant.types import Hit

Gap = Literal["substantive", "court", "foreign", "other", "chat"]

_GAP_NOTES: dict[Gap, str] = {
    "substantive": (
        "What is a crime, and which penalty or sentence it carries (and defences such as "
        "self-defence, or limitation periods), is decided by the Criminal Law and the courts; "
        "these instruments are criminal procedure: they say how a case is handled, not what "
        "a crime is or what sentence it gets."
    ),
    "court": (
        "Trial and appeal at court follow the Criminal Procedure Law's trial chapters and the "
        "courts' own rules, which are not part of these instruments."
    ),
    "foreign": (
        "These are the People's Republic of China's instruments; other countries' and "
        "regions' law is not covered."
    ),
    "other": (
        "That belongs to another area of law (civil, family, labour, tax, administrative or "
        "traffic rules, and so on), which these criminal-procedure instruments do not cover."
    ),
    "chat": "I can only answer questions about the law in these instruments.",
}


@dataclass(frozen=True)
class ScopeThresholds:
    """Tuned on the evaluation set's dev split (see eval/README.md)."""

    dense_min: float = 0.30  # best dense cosine below this, with no domain words: decline
    dense_strong: float = 0.45  # at or above this the corpus clearly talks about it


def substantive(question: str) -> bool:
    """Asks what is a crime or what it is punished with, and not how the case is handled.

    >>> substantive("what is the punishment for theft in china?")
    True
    >>> substantive("is it a crime to buy a fake diploma?")
    True
    >>> substantive("Can he get bail if the crime carries at most three years?")
    False
    >>> substantive("can the prosecutor recommend a lighter sentence for my son?")
    False
    """
    asks = bool(
        w.SUBSTANTIVE.search(question)
        or (w.DIFFERENCE.search(question) and w.OFFENCE.search(question))
        or len({m.lower() for m in w.OFFENCE.findall(question)}) > 1  # "murder or manslaughter?"
        or (w.RESPONSIBILITY_AGE.search(question) and w.RESPONSIBILITY.search(question))
    )
    return asks and not w.PROCEDURE.search(question)


def gap(question: str) -> Gap | None:
    """What places the question outside these instruments by its own words, if anything.

    >>> gap("How long can British police hold someone without charge?")
    'foreign'
    >>> gap("Who gets custody of the children after the divorce?")
    'other'
    >>> gap("my landlord called the police and they detained me") is None
    True
    >>> gap("How many days do I have to appeal a first-instance judgment?")
    'court'
    >>> gap("what happens at my son's juvenile court hearing?") is None
    True
    """
    if w.PLAY.search(question):
        return "chat"
    if w.FOREIGN.search(question) and not w.CHINA.search(question):
        return "foreign"  # "how long can Japanese prosecutors detain…": another country's law
    if substantive(question):
        return "substantive"
    if w.COURT.search(question) and not (
        w.PROCEDURE.search(question) or w.JUVENILE.search(question)
    ):
        return "court"
    if w.OUTSIDE.search(question) and not w.MEASURES.search(question):
        return "other"  # "my landlord called the police and they detained me" is in scope
    if w.CHAT.match(question.strip()) and not w.DOMAIN.search(question):
        return "chat"
    return None


def decide_scope(question: str, hits: Sequence[Hit], t: ScopeThresholds | None = None) -> bool:
    """True when the question should be answered from the corpus."""
    t = t or ScopeThresholds()
    if gap(question) is not None:
        return False
    best = max((h.scores.get("dense", 0.0) for h in hits), default=0.0)
    if w.OUTSIDE.search(question) and not w.MEASURES.search(question):
        # another area's words with procedure words but no criminal measure ("the police
        # said my landlord ..."): only if the corpus clearly matches. With a measure (bail,
        # arrest, detention), the other area is a detail of a criminal case ("he was
        # arrested; the victim wants to sue") and the question is answered
        return best >= t.dense_strong
    if w.DOMAIN.search(question):
        return bool(hits)
    return best >= t.dense_min


def declined_by_words(question: str) -> bool:
    """Outside by its own words: no conversation history or retrieval score brings "what's
    the weather tomorrow?" or "what is the sentence for fraud?" back into scope."""
    return gap(question) is not None


def decline_note(question: str) -> str | None:
    """One sentence saying what the question asks that these instruments lack, if known."""
    found = gap(question)
    return _GAP_NOTES[found] if found else None


def covered_summary() -> str:
    return (
        "These instruments cover Chinese criminal procedure only: detention, arrest, bail "
        "pending trial, residential surveillance, defence lawyers, investigation, filing and "
        "not filing cases, prosecution and non-prosecution, juvenile cases, and the time "
        "limits for each."
    )
