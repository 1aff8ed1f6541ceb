"""False-premise periods: correct a period the user states only against the same kind of limit.

A user's "90 days" is compared with a provision's period only when both are about the
same act, e.g. SPP Rules Art. 83: "The period of detention of a criminal suspect by a
people's procuratorate shall be 10 days" is a detention limit, and MPS Art. 109's
"within three days after detention, submit the case … for examination and approval" is
an arrest-request limit; a question about one is never "corrected" with the other.
Pure functions over text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assistant.answer import text as tx
from assistant.answer.compose import tag
from assistant.corpus.numbers import word_to_int
from assistant.types import Article, Citation

# The kind of limit a period belongs to, from the words of its clause. Most specific
# first: an arrest-request clause also says "detention", a notice clause "detained".
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rx, re.I))
    for name, rx in (
        ("notifying the family", r"\b(notif|notice|inform|tell|told|served on)\w*\b.{0,60}\b(famil|relative|household)"),
        ("a lawyer's meeting", r"\b(meet|meeting|visit)\w*\b.{0,60}\b(lawyer|defen[cs]e|defender)|"
         r"\b(lawyer|defender)s?\b.{0,60}\b(meet|visit)"),
        ("interrogation after detention", r"\binterrogat\w*|\bquestion(?:ed|ing)? (?:him|her|them|the suspect)"),
        ("summons", r"\bsummon\w*|compelled appearance|for questioning|at the station"),
        ("deciding on an arrest request", r"\b(decide|decision|decid\w*)\b.{0,80}\b(approv\w* (?:of )?(?:the )?arrest|arrest)"),
        ("requesting approval of arrest", r"\b(submit|request|apply|ask|go to|refer)\w*\b.{0,80}\b(approv|arrest|procurat|prosecutor)|"
         r"\barrest\b.{0,30}\b(approv|sign)"),
        ("reconsideration or review", r"\b(reconsider|review|complain|appeal|objec|challeng)\w*"),
        ("probation (inspection) period", r"\b(probation|inspection period|observation period)"),
        ("bail pending trial", r"\b(bail|guarantee pending trial|awaiting trial)"),
        ("residential surveillance", r"residential surveillance|house arrest|monitored residence"),
        ("custody during investigation", r"\b(investigat\w*)\b.{0,60}\b(custod|detention|held|hold)|"
         r"\b(custod|detention)\w*\b.{0,60}\binvestigat"),
        ("detention", r"\b(detain|detention|custod|hold|held|lock|jail|keep)\w*"),
    )
)  # fmt: skip
# Periods that state a fact about the person, not a legal limit: ages, sentences,
# pregnancies, time already passed.
_NOT_A_LIMIT = {
    "after": r"^['’]?s?[- ]?(old|of age|pregnant|imprisonment|in prison|sentence|ago|already)\b",
    "before": r"\b(been|already|past|last|sentenced to|imprisonment of|looking at|facing|faces|"
    r"get|got|aged?|baby|daughter|son)\s+(?:(?:about|over|under|nearly|almost|more than|"
    r"at least)\s+)?$",
}
_AFTER, _BEFORE = (re.compile(_NOT_A_LIMIT[k], re.I) for k in ("after", "before"))
# A term of punishment in a provision ("may be sentenced to fixed-term imprisonment of
# not more than three years", SPP Juvenile Art. 59) is no procedural limit: it must not
# confirm a user's "probation for three years" because the clause says "probation".
_PENALTY = re.compile(r"\b(imprisonment|sentenced?|penalty|punishment)\b[^.;,]{0,30}$", re.I)
_RANGE_LOW = re.compile(
    rf"\b{tx.NUMBER}(?:[- ](hours?|days?|months?|years?))?\s+(?:to|-|or)\s+$", re.I
)
_DAYS = {"hour": 1 / 24, "day": 1, "month": 30, "year": 365}  # only to order a mixed range
_CLAUSE = re.compile(r"[.;?!。；]|\b(?:but|and then|while)\b", re.I)


@dataclass(frozen=True)
class Period:
    amount: int
    unit: str  # "hour" | "day" | "month" | "year"
    kind: str | None
    low: int | None = None  # "one to four days": low 1, amount 4
    low_unit: str | None = None  # "six months to one year": low 6, low_unit "month"

    def allows(self, amount: int, unit: str) -> bool:
        if self.low is not None and self.low_unit not in (None, self.unit):
            lo, hi = self.low * _DAYS[self.low_unit], self.amount * _DAYS[self.unit]
            return lo <= amount * _DAYS[unit] <= hi
        return unit == self.unit and (self.low or self.amount) <= amount <= self.amount

    def stated(self) -> str:
        """'10 days', '1 to 4 days', '6 months to 1 year'."""
        if self.low is None:
            return unit_text(self.amount, self.unit)
        if self.low_unit in (None, self.unit):
            return f"{self.low} to {unit_text(self.amount, self.unit)}"
        return f"{unit_text(self.low, self.low_unit)} to {unit_text(self.amount, self.unit)}"


def unit_text(amount: int, unit: str) -> str:
    """'1 year', '2 years', '24 hours' — the unit agrees with the number."""
    unit = unit.rstrip("s")
    return f"{amount} {unit}" if amount == 1 else f"{amount} {unit}s"


def kind_of(clause: str) -> str | None:
    return next((name for name, rx in _KINDS if rx.search(clause)), None)


def _clause_around(text: str, start: int, end: int) -> str:
    cuts = [m for m in _CLAUSE.finditer(text)]
    lo = max((m.end() for m in cuts if m.end() <= start), default=0)
    hi = min((m.start() for m in cuts if m.start() >= end), default=len(text))
    return text[lo:hi]


def periods_in(text: str, limits_only: bool = True) -> list[Period]:
    """Every 'N unit' in the text with the kind of limit its clause is about."""
    out = []
    for m in tx.PERIOD.finditer(text):
        n = word_to_int(m.group(1).lower())
        if n is None:
            continue
        if limits_only and (
            _AFTER.search(text[m.end() : m.end() + 20])
            or _BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        ):
            continue
        if _PENALTY.search(text[max(0, m.start() - 60) : m.start()]):
            continue
        clause = _clause_around(text, m.start(), m.end())
        low = _RANGE_LOW.search(text[max(0, m.start() - 30) : m.start()])
        lo = word_to_int(low.group(1).lower()) if low else None
        lo_unit = low.group(2).lower().rstrip("s") if low and low.group(2) else None
        out.append(Period(n, m.group(2).lower().rstrip("s"), kind_of(clause), lo, lo_unit))
    return out


def corrections(
    question: str, articles: Sequence[Article], cited: Iterable[Citation] = ()
) -> tuple[list[str], list[Citation]]:
    """Notes correcting the question's stated periods, with the citations that back them.

    A note is written only when a provision states a period of the same kind and unit
    family that the user's period contradicts, and no provision of that kind states the
    user's period (ranges like "one to four days" count both ends).
    """
    asked = [p for p in periods_in(question) if p.kind is not None]
    if not asked:
        return [], []
    found: list[tuple[Period, Article, str]] = []
    for art in articles:
        for s in tx.sentences(art.text):
            found += [(p, art, s.text) for p in periods_in(s.text, limits_only=False) if p.kind]
    notes: list[str] = []
    cites: list[Citation] = []
    already = {(c.law, c.article, c.quote) for c in cited}
    for p in dict.fromkeys(asked):
        same = [f for f in found if f[0].kind == p.kind]
        if not same or any(f[0].allows(p.amount, p.unit) for f in same):
            continue
        # a period that opens a range ("six months to one year") is stated with its end
        p0 = same[0][0]
        ends = [f for f in same if f[2] == same[0][2] and f[0].low == p0.amount
                and (f[0].low_unit or f[0].unit) == p0.unit]  # fmt: skip
        right, art, sentence = ends[0] if ends else same[0]
        quote = sentence if len(sentence) <= 400 else sentence[:400].rsplit(" ", 1)[0]
        ref = tag(art.law, art.article)
        notes.append(
            f"Correction: the question mentions {unit_text(p.amount, p.unit)} for {p.kind}, but "
            f"{ref} states {right.stated()}: “{quote}”"
        )
        if (art.law, art.article, quote) not in already:
            cites.append(Citation(art.law, art.article, quote))
    return notes, cites
