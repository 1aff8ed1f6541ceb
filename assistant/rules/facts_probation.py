"""Read the facts of SPP Juvenile Provisions Art. 46 (revoking a conditional
non-prosecution) out of a chat question (pure, flat patterns, linear-time).

Only questions that name a conditional decision or its probation are read, so these
keys never leak into other rules. A violation counts under Art. 46 only with "serious
consequences" or when repeated, so both are read, each three-valued: "did no harm"
gives no serious consequences, "I don't know whether it caused problems" gives nothing.

Example:
    >>> read_probation_facts("on conditional non-prosecution he missed a reporting date twice")
    {'np_repeated': True, 'np_supervision_violation': True}
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from assistant.rules.negation import uncertain
from assistant.rules.router_days import MON, safe
from assistant.rules.router_text import MONTHS

R = re.compile
SCOPE = R(r"\b(conditional\w*|probation\w*)\b")
PATTERNS: tuple[tuple[str, bool, re.Pattern[str]], ...] = (
    # facts stated in the negative are read first, so "no harm" is not read as harm
    (
        "np_serious",
        False,
        R(
            r"\b(no|did no|didn't do any|did not do any|without( any)?|caused no|no real) "
            r"(serious )?(harm|damage|consequences?|injur\w+)\b"
            r"|\b(harmless|nobody (was )?(hurt|harmed)|no one (was )?(hurt|harmed))\b"
            r"|\b(didn't|did not|never) (cause|do|lead to|result in) (any )?(serious )?"
            r"(harm|damage|consequences?|problems?)\b"
        ),
    ),
    ("np_serious", True, R(r"\bserious(ly)? (consequences?|harm\w*|injur\w+|damage\w*)\b")),
    (
        "np_repeated",
        False,
        R(
            r"\b(only|just) once\b|\bfirst (and only )?time\b|\bonly time\b"
            r"|\b(a )?single (time|occasion|incident|warning|lapse)\b|\bone[- ]off\b"
        ),
    ),
    (
        "np_repeated",
        True,
        R(
            r"\b(twice|two times|three times|repeated\w*|several times|many times|"
            r"multiple times|more than once|again and again|over and over)\b"
        ),
    ),
    (
        "np_public_order_violation",
        True,
        R(
            r"\bpublic (security|order) (regulations?|administration|offen[cs]es?|violations?|"
            r"penalt\w+)\b|\bpolice (warning|fine|caution)\b|\b(warned|fined|cautioned) by "
            r"(the )?police\b|\badministrative (detention|penalty|punishment|fine)\b"
        ),
    ),
    (
        "np_supervision_violation",
        True,
        R(
            r"\b(missed|skipped|skipping|missing|failed to (attend|appear at|keep|go to)|"
            r"(didn't|did not|never) (attend|keep|go to|show up for|turn up for))[^.?!]{0,30}?"
            r"\b(report\w*|appointments?|check-?ins?|meetings?|sessions?|visits?|curfew)\b"
            r"|\b(broke|violated|breached|ignored)[^.?!]{0,30}?\b(supervision|conditions|curfew|"
            r"rules of (the|his|her) probation)\b"
        ),
    ),
    (
        "np_earlier_crime",
        True,
        R(
            r"\b(earlier|other|previous|older|prior|undiscovered|another)( [\w-]+)? "
            r"(crimes?|offen[cs]es?)\b[^.?!]{0,50}\b(before|prior to|from before|came to light|"
            r"(were|was) (found|discovered|uncovered))\b"
        ),
    ),
)


# dated events, as a form gives them: "decision: 10 october 2025 ... incident: on 22
# february 2026 he stole a bicycle" is a crime during the probation the decision opened
FULL_DATE = R(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{MON},? (\d{{4}})\b")
DECIDED = R(r"\b(decision|decided|granted|imposed)\b")
CRIME_ACT = R(
    r"\b(stole|robbed|burgled|assaulted|stabbed|beat|hit|attacked|shoplifted|snatched|mugged"
    r"|defrauded|scammed|broke into|committed|sold drugs|dealt drugs)\b"
)


def _dated(text: str, words: re.Pattern[str]) -> list[date]:
    """The full dates in the sentences that hold `words`, within 60 characters of them."""
    out = []
    for w in words.finditer(text):
        for m in FULL_DATE.finditer(text, max(0, w.start() - 60), w.end() + 60):
            between = text[min(m.end(), w.end()) : max(m.start(), w.start())]
            d = safe(int(m.group(3)), MONTHS[m.group(2)[:3]], int(m.group(1)))
            if d and not re.search(r"[.?!;]", between):
                out.append(d)
    return out


LENGTH = R(
    r"\bprobation (?:period )?(?:of |for )?(\d{1,2}) months?\b|\b(\d{1,2})[- ]months?'? probation\b"
)


def crime_after_decision(text: str) -> bool:
    """Whether a crime is dated after the conditional decision's date (and, when the
    probation's length in months is told, before it ended)."""
    decided, crimes = _dated(text, DECIDED), _dated(text, CRIME_ACT)
    if not (decided and crimes):
        return False
    start, crime = min(decided), max(crimes)
    if m := LENGTH.search(text):
        months = start.month - 1 + int(m.group(1) or m.group(2))
        y, mo = start.year + months // 12, months % 12 + 1
        end = date(y, mo, min(start.day, monthrange(y, mo)[1]))  # a month end is clamped
        if crime > end:
            return False
    return crime > start


def read_probation_facts(text: str) -> dict[str, object]:
    """The Art. 46 facts the (cleaned) text states; nothing when it names no conditional
    decision or probation."""
    if not SCOPE.search(text):
        return {}
    out: dict[str, object] = {}
    unsure: list[str] = []
    for key, value, rx in PATTERNS:
        if key in out or key in unsure or (m := rx.search(text)) is None:
            continue
        if uncertain(text, m.start()):  # "we don't know whether it had serious consequences"
            unsure.append(key)
        else:
            out[key] = value
    if unsure:
        out["uncertain"] = tuple(unsure)
    if crime_after_decision(text):
        out["new_crime"] = True
    return out
