"""Approvals said to be unknown: "we do not know whether permission has been granted", "not
sure the chief procurator ever signed off", "whether they agreed, nobody knows". The
approvals of the body the clause names are left open (asked, never assumed), so "the police
approved, but we don't know if the procuratorate agreed" keeps the police's approval. Pure;
read by `router_facts.read_facts` after the other readers.

Example:
    >>> sorted(unknown_approvals("we don't know if the procuratorate agreed."))[:2]
    ['cnp_leave_approved', 'experiment_approved']
"""

from __future__ import annotations

import re

_APPROVED = (
    r"(approv\w*|permi(ssion|tted|t)|consent\w*|agreed|allowed|signed off|sign off|granted"
    r"|said yes|ok'?d|okayed)"
)
APPROVAL_UNKNOWN = re.compile(
    # a knowing verb, not "he didn't ask whether he was allowed" (no approval sought)
    r"\b((don't|do not|doesn't|does not|didn't|did not) (yet |really |honestly )?(know|say|tell"
    r"|show|disclose|state|mention|indicate)"
    r"|not sure|unsure|no idea|unclear|can't tell|cannot tell|(no one|nobody) (knows|will say"
    r"|has said|has confirmed))( yet)?[^.?!;]{0,15}\b(whether|if)\b[^.?!;]{0,80}\b"
    rf"{_APPROVED}"
    rf"|\b(not sure|unsure|no idea)( yet)? (that |the |he |she |they )[^.?!;]{{0,50}}\b{_APPROVED}"
    rf"|\b(whether|if)\b[^.?!;]{{0,80}}\b{_APPROVED}\b[^.?!;]{{0,30}}[,-]\s*(no one|nobody) (knows"
    r"|will say|can say)"
    r"|\bno (straight|clear|proper) answer\b"
)


# the approvals and consents the rules read (a trip, a meeting, an interpreter, an
# experiment): the procuratorate's (as the deciding body or its chief) and the police's
PROCURATORATE_APPROVALS = frozenset(
    {
        "cnp_leave_approved",
        "experiment_approved",
        "leave_decider_consent",
        "meet_decider_consent",
        "out_chief_approval",
    }
)
POLICE_APPROVALS = frozenset(
    {"interpreter_permission", "leave_approved", "meet_approved", "police_consent"}
)
PROCURATORATE_WORD = re.compile(r"\b(procurat\w*|prosecutors?|jianchayuan)\b")
POLICE_WORD = re.compile(r"\b(police|station|bureau|psb|officers?)\b")


def _approvals_of(said_unknown: str) -> frozenset[str]:
    """The approvals an "it is not known whether ... approved" clause is about: the body it
    names ("the police approved, but we don't know if the procuratorate agreed"), else all."""
    if PROCURATORATE_WORD.search(said_unknown):
        return PROCURATORATE_APPROVALS
    if POLICE_WORD.search(said_unknown):
        return POLICE_APPROVALS
    return PROCURATORATE_APPROVALS | POLICE_APPROVALS


def unknown_approvals(text: str) -> frozenset[str]:
    """Every approval key a clause of the (cleaned) text says is not known."""
    keys: frozenset[str] = frozenset()
    for m in APPROVAL_UNKNOWN.finditer(text):
        keys |= _approvals_of(m.group(0))
    return keys
