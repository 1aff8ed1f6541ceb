"""Deadline rules for single procedural steps (arrest requests, referrals, reports, replies).

Each rule is a pure function of the start date (and, where the police and procuratorate
rules differ, the acting body). Numbers come from `time_limits.toml`; the docstrings
quote the articles.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.rules.catalogue import limit_by_id
from assistant.rules.counting import Moment
from assistant.rules.deadlines import limit_answer, limit_cites
from assistant.rules.model import RuleCite, RuleResult, TimeLimit
from assistant.rules.registry import rule

MAJOR = "major roving, repeat (more than three times) or gang suspects"
# MPS Art. 110 defines the three kinds of suspect whose arrest request may wait 30 days
TERMS = tuple(
    RuleCite("mps-procedures", 110, q)
    for q in (
        "A fugitive crime refers to a continuous crime committed across the jurisdiction of a"
        " city or county",
        "Multiple crimes means committing crimes more than three times",
        "Gang crime refers to two or more persons committing a crime jointly",
    )
)


def ordinary(request: TimeLimit) -> TimeLimit:
    """The police's arrest request for a suspect who is not a major roving, repeat or gang one:
    only the one-to-four-day extension ("by"), not the 30 days ("to") of MPS Art. 109 (2)."""
    return replace(
        request, extensions=tuple(e for e in request.extensions if e.mode == "by"), latest_label=""
    )


@rule(
    "deadline.arrest_request",
    kind="deadline",
    limits=("mps-109-arrest-request", "spp-109-referral-for-arrest-review"),
)
def arrest_request(
    start: Moment | None, body: str | None = None, major: bool | None = None
) -> RuleResult:
    """MPS Provisions Art. 109: the police shall, "within three days after detention, submit
    the case to the people's procuratorate for examination and approval" ("may be extended
    by one to four days"; "may be extended to 30 days upon approval by the head of the
    public security organ at or above the county level" for major roving, repeat or gang
    suspects). SPP Rules Art. 109: in cases it investigates itself the investigation
    department sends the case "within three days after detention, send the case to the
    court's examination and arrest department for review" ("may be extended by one to four
    days"). MPS Provisions Art. 110 defines the three: "A fugitive crime refers to a
    continuous crime committed across the jurisdiction of a city or county", "Multiple crimes
    means committing crimes more than three times", "Gang crime refers to two or more persons
    committing a crime jointly"; they are cited wherever the 30 days may apply.

    Assumptions: the start is the day of detention; the police rule is used unless the
    procuratorate detained; `latest` uses 30 days unless the text says the suspect is not a
    major roving, repeat or gang suspect (then one to four days).
    """
    rid = "deadline.arrest_request"
    if body == "procuratorate":
        note = "The police rule is the same 3 days (extendable by 1 to 4 days; MPS Art. 109)."
        lid = "spp-109-referral-for-arrest-review"
        return limit_answer(rid, lid, start, event="detention", notes=(note,))
    limit = limit_by_id("mps-109-arrest-request")
    cites = limit_cites([limit])
    notes = [
        "The procuratorate then decides within 7 days of receiving the request (SPP Rules Art. 99)."
    ]
    if body is None:
        notes.insert(0, "Assumed the police acted (the body was not stated).")
    if major is False:
        limit = ordinary(limit)
        notes.append(f"Not one of the {MAJOR}, so the 30-day extension does not apply.")
    else:
        # the definitions tell the user whether his case is of the kind (MPS Art. 110)
        cites = (*cites, *TERMS)
        notes.append(
            "MPS Art. 110: roving means crimes continued across cities or counties, repeat"
            " means more than three times, gang means two or more persons acting jointly."
        )
        if major is None:
            notes.append(f"The 30-day extension is only for {MAJOR}; otherwise at most 3 + 4 days.")
    result = limit_answer(rid, limit, start, event="detention", notes=tuple(notes))
    return replace(result, cites=cites)


def _simple(rid: str, lid: str, start: Moment | None, event: str) -> RuleResult:
    return limit_answer(rid, lid, start, event=event, direct=True)


@rule(
    "deadline.arrest_reconsideration",
    kind="deadline",
    limits=("spp-105-reconsideration-decision",),
)
def arrest_reconsideration(start: Moment | None) -> RuleResult:
    """SPP Rules Art. 105: the procuratorate decides "within seven days after receiving the
    request for reconsideration and the case file materials".

    Assumption: the start is the day the police request and the file reached the procuratorate.
    """
    rid = "deadline.arrest_reconsideration"
    return _simple(rid, "spp-105-reconsideration-decision", start, "receipt of the request")


@rule("deadline.file_case_after_notice", kind="deadline", limits=("mps-164-file-case",))
def file_case_after_notice(start: Moment | None) -> RuleResult:
    """MPS Provisions Art. 164: after the procuratorate's notice to file, the police shall
    "decide to file the case within 15 days".

    Assumption: the start is the day the police received the procuratorate's notice.
    """
    rid = "deadline.file_case_after_notice"
    return _simple(rid, "mps-164-file-case", start, "receipt of the notice to file")


@rule("deadline.juvenile_inform_victim", kind="deadline", limits=("juv-22-inform-victim",))
def juvenile_inform_victim(start: Moment | None) -> RuleResult:
    """SPP Juvenile Provisions Art. 22: the victim is informed "within three days from the
    date of receiving the case materials transferred for examination and prosecution".

    Assumption: the start is the day the procuratorate received the case.
    """
    rid = "deadline.juvenile_inform_victim"
    return _simple(rid, "juv-22-inform-victim", start, "receipt of the case")


@rule("deadline.conditional_record", kind="deadline", limits=("juv-39-record",))
def conditional_record(start: Moment | None) -> RuleResult:
    """SPP Juvenile Provisions Art. 39: a conditional non-prosecution decision is reported to
    the higher procuratorate "for the record within ten days".

    Assumption: the start is the day of the decision.
    """
    rid = "deadline.conditional_record"
    return _simple(rid, "juv-39-record", start, "conditional non-prosecution decision")


@rule("deadline.direct_acceptance", kind="deadline", limits=("spp-10-direct-acceptance",))
def direct_acceptance(start: Moment | None) -> RuleResult:
    """SPP Rules Art. 10: the provincial procuratorate decides "within 10 days after receiving
    the letter of application for approval of direct acceptance".

    Assumption: the start is the day the letter was received.
    """
    rid = "deadline.direct_acceptance"
    return _simple(rid, "spp-10-direct-acceptance", start, "receipt of the application")


@rule(
    "deadline.lawyer_permission",
    kind="deadline",
    limits=("mps-41-lawyer-state-secrets", "spp-146-lawyer-state-secrets"),
)
def lawyer_permission(start: Moment | None, body: str | None = None) -> RuleResult:
    """State-secret cases: hiring a lawyer during the investigation needs approval. MPS
    Provisions Art. 41: the police decide "within three days of receiving the application";
    SPP Rules Art. 146: the procuratorate shall "make a decision on whether to approve or
    disapprove within three days".

    Assumption: the start is the day the application was received; police rule if no body.
    """
    lid = (
        "spp-146-lawyer-state-secrets" if body == "procuratorate" else "mps-41-lawyer-state-secrets"
    )
    note = "Both bodies decide within three days (MPS Art. 41, SPP Art. 146)."
    return limit_answer(
        "deadline.lawyer_permission", lid, start, event="application", direct=True, notes=(note,)
    )
