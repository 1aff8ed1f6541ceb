"""Deadline rules for notices, interrogation, bail and residential surveillance.

Each rule is a pure function of the start (a date, or a datetime for hour periods) and,
where the police and procuratorate rules differ, the acting body. Numbers come from
`time_limits.toml`; the docstrings quote the articles.
"""

from __future__ import annotations

from assistant.rules.counting import Moment
from assistant.rules.deadlines import body_notes, by_body, limit_answer
from assistant.rules.model import RuleResult
from assistant.rules.registry import rule

SAME_24H = "The procuratorate's rule for its own detentions and arrests is the same 24 hours"


@rule(
    "deadline.family_notice_detention",
    kind="deadline",
    limits=("mps-108-family-notice-detention", "spp-80-family-notice-detention"),
)
def family_notice_detention(start: Moment | None, body: str | None = None) -> RuleResult:
    """MPS Provisions Art. 108: "a Notice of detention shall be prepared within 24 hours and
    served on the family members or units of the detainee"; SPP Rules Art. 80: the family or
    unit is told "within 24 hours of the reason for detention and the place of detention".

    Assumption: the police rule is used when no body is given. The exceptions differ: see
    the eligibility rule eligibility.family_notice_exception.
    """
    ids = ("mps-108-family-notice-detention", "spp-80-family-notice-detention")
    same = SAME_24H + " (SPP Rules Art. 80), but its exceptions are narrower"
    return by_body("deadline.family_notice_detention", start, body, ids, "detention", same)


@rule(
    "deadline.family_notice_arrest",
    kind="deadline",
    limits=("mps-125-family-notice-arrest", "spp-115-family-notice-arrest"),
)
def family_notice_arrest(start: Moment | None, body: str | None = None) -> RuleResult:
    """MPS Provisions Art. 125: "a Notice of arrest shall be prepared within 24 hours and
    served on the family members or units of the arrested person"; SPP Rules Art. 115: the
    investigation department shall "within 24 hours, notify the family members of the
    arrested person".

    Assumption: the police rule is used when no body is given.
    """
    ids = ("mps-125-family-notice-arrest", "spp-115-family-notice-arrest")
    same = SAME_24H + " (SPP Rules Art. 115), but its exceptions are narrower"
    return by_body("deadline.family_notice_arrest", start, body, ids, "arrest", same)


@rule(
    "deadline.interrogation_detention",
    kind="deadline",
    limits=("mps-107-interrogation-detention", "spp-81-interrogation-detention"),
)
def interrogation_detention(start: Moment | None, body: str | None = None) -> RuleResult:
    """MPS Provisions Art. 107: the police shall "interrogate a detainee within 24 hours of
    detention"; SPP Rules Art. 81: a detained suspect "shall be interrogated within 24 hours
    of his detention".

    Assumption: the police rule is used when no body is given.
    """
    ids = ("mps-107-interrogation-detention", "spp-81-interrogation-detention")
    same = SAME_24H + " (SPP Rules Art. 81)"
    return by_body("deadline.interrogation_detention", start, body, ids, "detention", same)


@rule(
    "deadline.interrogation_arrest",
    kind="deadline",
    limits=("mps-124-interrogation-arrest", "spp-116-interrogation-arrest"),
)
def interrogation_arrest(start: Moment | None, body: str | None = None) -> RuleResult:
    """MPS Provisions Art. 124: "An arrested person shall be interrogated within 24 hours of
    his arrest"; SPP Rules Art. 116: the procuratorate "shall interrogate the arrested
    criminal suspect within 24 hours after the arrest".

    Assumption: the police rule is used when no body is given.
    """
    ids = ("mps-124-interrogation-arrest", "spp-116-interrogation-arrest")
    same = SAME_24H + " (SPP Rules Art. 116)"
    return by_body("deadline.interrogation_arrest", start, body, ids, "arrest", same)


@rule(
    "deadline.bail_period",
    kind="deadline",
    limits=("mps-92-bail-maximum", "spp-55-bail-maximum", "mps-90-bail-expiry-notice"),
)
def bail_period(start: Moment | None, body: str | None = None) -> RuleResult:
    """MPS Provisions Art. 92: "The length of bail shall not exceed twelve months"; SPP Rules
    Art. 55: bail "for a period not exceeding 12 months"; MPS Art. 90: the police station must
    "Notify the original decision authority ten days before the expiration of the period for
    bail".

    Assumptions: the start is the day bail was granted; the police rule is used when no body
    is given. When a case moves to the procuratorate, its bail period is recalculated (SPP
    Rules Art. 56).
    """
    rid = "deadline.bail_period"
    same = "The other body's maximum is the same 12 months (MPS Art. 92 / SPP Art. 55)"
    if body == "procuratorate":
        return limit_answer(
            rid, "spp-55-bail-maximum", start, event="bail decision", notes=(same + ".",)
        )
    return limit_answer(
        rid,
        "mps-92-bail-maximum",
        start,
        event="bail decision",
        also=("mps-90-bail-expiry-notice",),
        notes=body_notes(body, same),
    )


@rule(
    "deadline.surveillance_period",
    kind="deadline",
    limits=("mps-103-surveillance-maximum", "spp-69-surveillance-maximum"),
)
def surveillance_period(start: Moment | None, body: str | None = None) -> RuleResult:
    """MPS Provisions Art. 103: "The period of residential surveillance shall not exceed six
    months"; SPP Rules Art. 69: surveillance "for a period not exceeding six months".

    Assumptions: the start is the day of the decision; the police rule is used when no body
    is given. The procuratorate recalculates the period when it takes over (SPP Art. 70).
    """
    rid = "deadline.surveillance_period"
    same = "The other body's maximum is the same six months (MPS Art. 103 / SPP Art. 69)"
    if body == "procuratorate":
        return limit_answer(
            rid,
            "spp-69-surveillance-maximum",
            start,
            event="surveillance decision",
            notes=(same + ".",),
        )
    return limit_answer(
        rid,
        "mps-103-surveillance-maximum",
        start,
        event="surveillance decision",
        also=("mps-103-surveillance-expiry-notice",),
        notes=body_notes(body, same),
    )
