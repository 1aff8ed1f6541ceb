"""Deadline rules for applications, complaints and decisions (no filing, recusal, lawyers ...).

Each rule is a pure function of the start date and, where the police and procuratorate
rules differ, the acting body. Numbers come from `time_limits.toml`.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.rules.catalogue import limit_by_id
from assistant.rules.counting import Moment
from assistant.rules.deadlines import ask, body_notes, by_body, limit_answer, limit_cites
from assistant.rules.model import RuleResult
from assistant.rules.registry import rule


def _ask_body(rule_id: str, ids: tuple[str, ...], why: str) -> RuleResult:
    cites = limit_cites([limit_by_id(i) for i in ids])
    return ask(rule_id, cites, ("whether the police or the procuratorate made the decision",), why)


@rule(
    "deadline.no_filing_reconsideration",
    kind="deadline",
    limits=("mps-163-reconsideration-apply", "spp-134-reconsideration-apply"),
)
def no_filing_reconsideration(
    start: Moment | None, body: str | None = None, stage: str | None = None
) -> RuleResult:
    """MPS Provisions Art. 163: the complainant may apply for reconsideration "within seven
    days after receiving the Notice of not filing a case"; SPP Rules Art. 134: "apply for
    reconsideration within 10 days after receiving the notice of no case filing".

    Assumption: the start is the day the notice was received (with `stage` "decision", the
    day the application for reconsideration was received). The two bodies differ, so the
    body is asked for when not given.
    """
    rid = "deadline.no_filing_reconsideration"
    if stage == "decision" and body in ("police", "procuratorate"):
        lid = "mps-163" if body == "police" else "spp-134"
        return limit_answer(
            rid, f"{lid}-reconsideration-decision", start, event="application", direct=True
        )
    if body not in ("police", "procuratorate"):
        ids = ("mps-163-reconsideration-apply", "spp-134-reconsideration-apply")
        return _ask_body(rid, ids, "Police notice: 7 days (MPS Art. 163); procuratorate: 10 days.")
    if body == "police":
        note = "A procuratorate notice allows 10 days instead (SPP Rules Art. 134)."
        return limit_answer(
            rid,
            "mps-163-reconsideration-apply",
            start,
            event="notice",
            also=("mps-163-reconsideration-decision",),
            notes=(note,),
        )
    note = "A police notice allows only 7 days (MPS Provisions Art. 163)."
    return limit_answer(
        rid,
        "spp-134-reconsideration-apply",
        start,
        event="notice",
        also=("spp-134-reconsideration-decision",),
        notes=(note,),
    )


@rule(
    "deadline.recusal_reconsideration",
    kind="deadline",
    limits=(
        "mps-30-recusal-reconsideration-apply",
        "spp-26-recusal-reconsideration-apply",
        "mps-31-recusal-reconsideration-decision",
        "spp-27-recusal-reconsideration-decision",
    ),
)
def recusal_reconsideration(
    start: Moment | None, body: str | None = None, stage: str | None = None
) -> RuleResult:
    """MPS Provisions Art. 30: reconsideration may be sought "within five days after receiving
    the Decision on Rejecting the application for withdrawal"; SPP Rules Art. 26: "within five
    days after receiving the decision rejecting the application for withdrawal". MPS Art. 31:
    "within three days, make a reconsideration decision and notify the applicant in writing".

    Assumption: the start is the day the rejection was received, or, with `stage`
    "decision", the day the application for reconsideration was received; police rule if
    no body.
    """
    same = "Both bodies allow five days and decide within three (MPS Arts. 30-31, SPP Arts. 26-27)"
    if stage == "decision":
        ids = ("mps-31-recusal-reconsideration-decision", "spp-27-recusal-reconsideration-decision")
        lid = ids[1] if body == "procuratorate" else ids[0]
        return limit_answer(
            "deadline.recusal_reconsideration",
            lid,
            start,
            event="application for reconsideration",
            direct=True,
            notes=body_notes(body, same),
        )
    ids = ("mps-30-recusal-reconsideration-apply", "spp-26-recusal-reconsideration-apply")
    return by_body("deadline.recusal_reconsideration", start, body, ids, "rejection", same)


@rule(
    "deadline.bail_application_reply",
    kind="deadline",
    limits=("mps-65-bail-reply", "spp-40-bail-reply"),
)
def bail_application_reply(start: Moment | None, body: str | None = None) -> RuleResult:
    """MPS Provisions Art. 65: the police "give a reply of consent or disapproval within seven
    days"; SPP Rules Art. 40: the procuratorate shall "make a reply within seven days whether
    he agrees or not".

    Assumption: the start is the day the application was received; police rule if no body.
    """
    ids = ("mps-65-bail-reply", "spp-40-bail-reply")
    same = "The other body also has seven days (MPS Art. 65 / SPP Art. 40)"
    return by_body("deadline.bail_application_reply", start, body, ids, "bail application", same)


@rule(
    "deadline.lawyer_meeting",
    kind="deadline",
    limits=(
        "cpl-39-lawyer-meeting",
        "mps-44-lawyer-meeting",
        "spp-151-lawyer-meeting",
        "spp-152-lawyer-meeting-state-secrets",
    ),
)
def lawyer_meeting(
    start: Moment | None,
    body: str | None = None,
    state_secrets: bool | None = None,
    major_joint: bool | None = None,
) -> RuleResult:
    """CPL Art. 39: "the detention center shall arrange the meeting in a timely manner, no later
    than 48 hours"; MPS Provisions Art. 44: "The public security organ shall arrange an
    interview within 48 hours" (five days for major joint crimes); SPP Rules Art. 151:
    "arrange the specific time of the interview within 48 hours".

    SPP Rules Art. 152 (state secrets): "make a decision within five days on whether to
    approve the meeting". For major and complex joint crimes both rules allow five days
    ("An interview should be arranged within five days", MPS Art. 44; "The specific time of
    the meeting can be arranged within five days", SPP Art. 151).

    Assumptions: the start is the time of the lawyer's request with the required documents;
    the law (CPL Art. 39) is used unless the procuratorate handles the case.
    """
    rid = "deadline.lawyer_meeting"
    if state_secrets and body == "procuratorate":
        return limit_answer(rid, "spp-152-lawyer-meeting-state-secrets", start, event="request")
    if major_joint and body in ("police", "procuratorate"):
        base = limit_by_id(
            "mps-44-lawyer-meeting" if body == "police" else "spp-151-lawyer-meeting"
        )
        ext = base.extensions[0]
        five = replace(base, duration=ext.amount, unit=ext.unit, phrase=ext.phrase, extensions=())
        note = f"Applies to {ext.condition}; otherwise 48 hours."
        return limit_answer(rid, five, start, event="request", notes=(note,))
    if body == "procuratorate":
        note = "The detention house must in any case arrange it within 48 hours (CPL Art. 39)."
        return limit_answer(rid, "spp-151-lawyer-meeting", start, event="request", notes=(note,))
    note = (
        "The 1998 police rules allow five days for major joint crimes such as gang, terrorism, "
        "smuggling, drug or bribery cases (MPS Provisions Art. 44)."
    )
    return limit_answer(rid, "cpl-39-lawyer-meeting", start, event="request", notes=(note,))


@rule(
    "deadline.supplementary_investigation",
    kind="deadline",
    limits=("cpl-175-supplementary-investigation",),
)
def supplementary_investigation(start: Moment | None) -> RuleResult:
    """CPL Art. 175: "A case under supplementary investigation shall be completed within one
    month"; "Supplementary investigation is limited to two times".

    Assumption: the start is the day the case was returned.
    """
    note = "After a second supplementary investigation the procuratorate must decide; its review period restarts on resubmission."
    return limit_answer(
        "deadline.supplementary_investigation",
        "cpl-175-supplementary-investigation",
        start,
        event="return of the case",
        notes=(note,),
    )


@rule(
    "deadline.arrest_not_approved",
    kind="deadline",
    limits=(
        "mps-121-reconsideration-request",
        "spp-105-reconsideration-decision",
        "mps-120-release-receipt",
    ),
)
def arrest_not_approved(start: Moment | None, stage: str | None = None) -> RuleResult:
    """MPS Provisions Art. 121: the police may, "within five days, prepare a "Request for
    reconsideration""; SPP Rules Art. 105: the procuratorate decides "within seven days after
    receiving the request for reconsideration and the case file materials".

    Assumption: the start is the day the police received the refusal; a detained suspect
    must be released at once (MPS Art. 120), which must "deliver the execution receipt within
    three days" (`stage` "receipt").
    """
    if stage == "receipt":
        return limit_answer(
            "deadline.arrest_not_approved", "mps-120-release-receipt", start, event="refusal"
        )
    return limit_answer(
        "deadline.arrest_not_approved",
        "mps-121-reconsideration-request",
        start,
        event="refusal",
        also=("spp-105-reconsideration-decision",),
    )
