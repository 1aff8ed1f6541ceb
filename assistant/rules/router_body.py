"""Read the acting body (procuratorate, police, court) a chat question names.

The instruments differ by body (SPP Rules for the procuratorate, MPS Provisions for the
police), so a rule answers for the body the question is about.

Example:
    >>> read_body("the county bureau detained him; can the prosecutors approve the arrest?")
    'police'
    >>> asked_body("the procuratorate refused arrest. may the police place him under surveillance?")
    'police'
"""

from __future__ import annotations

import re

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
            r"\b(police|cops?|psb|gong ?an|officers|detectives?|patrol (unit|officers?|team|car))\b"
            # the elderly's "the men from the station"
            r"|\b(men|people|officers|guys|staff|ones) (from|at) the station\b"
            # an officer's memo: "decided by this bureau", "the county bureau" (a land or tax
            # bureau is named by its kind, and the procuratorate's bureaus by theirs)
            r"|\b(this|our|the|county|city|district|municipal|local) bureau\b"
            r"|(?<!endanger )(?<!endangers )(?<!endangering )"
            r"(?<!endangered )\bpublic security\b(?! crimes?)"
        ),
    ),
    # a job at a court ("I'm a court clerk") names no body acting in the case
    (
        "court",
        re.compile(r"\b(court|judges?)\b(?! (clerks?|employees?|staff|workers?|reporters?))"),
    ),
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
