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


def read_probation_facts(text: str) -> dict[str, object]:
    """The Art. 46 facts the (cleaned) text states; nothing when it names no conditional
    decision or probation."""
    if not SCOPE.search(text):
        return {}
    out: dict[str, object] = {}
    for key, value, rx in PATTERNS:
        if key not in out and rx.search(text):
            out[key] = value
    return out
