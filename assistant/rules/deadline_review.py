"""Deadline rules for reviews and complaints (non-prosecution, probation, forfeiture, records).

Each rule is a pure function of the start date (and, for over-long measures, which
measure). Numbers come from `time_limits.toml`; the docstrings quote the articles.
"""

from __future__ import annotations

from assistant.rules.catalogue import limit_by_id
from assistant.rules.counting import Moment
from assistant.rules.deadlines import ask, limit_answer, limit_cites
from assistant.rules.model import RuleResult
from assistant.rules.registry import rule


@rule(
    "deadline.non_prosecution_complaint",
    kind="deadline",
    limits=("juv-28-victim-appeal", "juv-28-minor-complaint"),
)
def non_prosecution_complaint(start: Moment | None) -> RuleResult:
    """SPP Juvenile Provisions Art. 28: the victim may appeal "within seven days from the date
    of receiving the decision not to prosecute"; the minor may complain "within seven days
    after receiving the decision not to prosecute".

    Assumption: the start is the day the decision was received. Only the juvenile provisions
    in the corpus state this limit.
    """
    note = "The victim may instead sue directly in the people's court (same article)."
    return limit_answer(
        "deadline.non_prosecution_complaint",
        "juv-28-victim-appeal",
        start,
        event="receipt of the decision",
        also=("juv-28-minor-complaint",),
        notes=(note,),
    )


@rule(
    "deadline.conditional_np_complaint",
    kind="deadline",
    limits=("juv-37-victim-complaint",),
)
def conditional_np_complaint(start: Moment | None) -> RuleResult:
    """SPP Juvenile Provisions Art. 37: the victim may "lodge a complaint within seven days
    after receiving the conditional non-prosecution decision" with the next higher
    procuratorate.

    Assumption: the start is the day the victim received the decision.
    """
    note = "A later complaint is examined by the procuratorate that made the decision (Art. 37)."
    return limit_answer(
        "deadline.conditional_np_complaint",
        "juv-37-victim-complaint",
        start,
        event="receipt of the decision",
        notes=(note,),
    )


@rule(
    "deadline.conditional_non_prosecution",
    kind="deadline",
    limits=("juv-40-probation", "juv-33-delivery", "juv-35-reconsideration"),
)
def conditional_non_prosecution(start: Moment | None, stage: str | None = None) -> RuleResult:
    """SPP Juvenile Provisions Art. 40: "The probation period is six months to one year",
    counted from the date of the conditional non-prosecution decision. Art. 33: "within
    three days, deliver the conditional decision not to prosecute" (`stage` "delivery");
    Art. 35: "make a reconsideration decision within 30 days after receiving the application
    for reconsideration" (`stage` "decision", on the police's application).

    Assumption: `deadline` is the end of the shortest lawful period, `latest` the longest;
    the procuratorate fixes the actual length within that range.
    """
    rid = "deadline.conditional_non_prosecution"
    if stage == "delivery":
        return limit_answer(rid, "juv-33-delivery", start, event="decision")
    if stage == "decision":
        return limit_answer(rid, "juv-35-reconsideration", start, event="application", direct=True)
    return limit_answer(
        "deadline.conditional_non_prosecution",
        "juv-40-probation",
        start,
        event="conditional non-prosecution decision",
        also=("juv-33-delivery", "juv-39-record"),
    )


@rule(
    "deadline.forfeiture_review",
    kind="deadline",
    limits=(
        "mps-81-forfeiture-review-apply",
        "mps-80-forfeiture-announcement",
        "mps-81-forfeiture-review-decision",
    ),
)
def forfeiture_review(start: Moment | None, stage: str | None = None) -> RuleResult:
    """MPS Provisions Art. 81: the suspect may "apply for a review by the public security organ
    at the next higher level within five days" of being read the forfeiture decision.

    Art. 80: "The public security organ shall read it to the criminal suspect within seven
    days" (stage "delivery": the start is the forfeiture decision). Art. 81: the higher organ
    shall "make a decision within seven days from the date of receiving the application for
    review" (stage "decision": the start is the application's receipt).

    Assumption: otherwise the start is the day the decision was read to the suspect.
    """
    rid = "deadline.forfeiture_review"
    if stage == "delivery":
        event = "forfeiture decision"
        return limit_answer(rid, "mps-80-forfeiture-announcement", start, event=event)
    if stage == "decision":
        lid, event = "mps-81-forfeiture-review-decision", "receipt of the review application"
        return limit_answer(rid, lid, start, event=event, direct=True)
    note = "The higher organ then decides within seven days (MPS Art. 81)."
    return limit_answer(
        rid,
        "mps-81-forfeiture-review-apply",
        start,
        event="reading of the decision",
        direct=True,
        notes=(note,),
    )


@rule(
    "deadline.guarantor_fine_review",
    kind="deadline",
    limits=("mps-72-fine-review-apply", "mps-72-fine-review-decision"),
)
def guarantor_fine_review(start: Moment | None, stage: str | None = None) -> RuleResult:
    """MPS Provisions Art. 72: the guarantor may apply for review "within five days from the
    date of receiving the Decision on the Guarantor's fine"; the higher organ decides within
    seven days of receiving the application (stage "decision": the start is its receipt).

    Assumption: otherwise the start is the day the decision was received.
    """
    if stage == "decision":
        lid, event = "mps-72-fine-review-decision", "receipt of the review application"
        return limit_answer("deadline.guarantor_fine_review", lid, start, event=event, direct=True)
    return limit_answer(
        "deadline.guarantor_fine_review",
        "mps-72-fine-review-apply",
        start,
        event="receipt of the fine decision",
        also=("mps-72-fine-review-decision",),
    )


@rule("deadline.sealed_record_inquiry", kind="deadline", limits=("juv-64-record-inquiry",))
def sealed_record_inquiry(start: Moment | None) -> RuleResult:
    """SPP Juvenile Provisions Art. 64: the procuratorate shall "make a decision on whether or
    not to grant permission within seven days" on a written application to see a sealed record.

    Assumption: the start is the day the application was received.
    """
    return limit_answer(
        "deadline.sealed_record_inquiry", "juv-64-record-inquiry", start, event="application"
    )


_OVERDUE = {
    "detention": "spp-85-detention-overdue-review",
    "arrest": "spp-96-arrest-overdue-review",
    "bail": "spp-62-bail-overdue-review",
    "surveillance": "spp-75-surveillance-overdue-review",
}


@rule("deadline.overdue_measure_review", kind="deadline", limits=tuple(_OVERDUE.values()))
def overdue_measure_review(start: Moment | None, measure: str | None = None) -> RuleResult:
    """SPP Rules: on a request to end a measure held beyond its legal period the procuratorate
    must act: detention — "complete the examination within three days" (Art. 85); arrest —
    "review within seven days" (Art. 96); bail — "shall review and make a decision within seven
    days" (Art. 62); residential surveillance — the same seven days (Art. 75).

    Assumption: the start is the day the request was made. The police rules (MPS Art. 135)
    order release but state no period.
    """
    rid = "deadline.overdue_measure_review"
    if measure not in _OVERDUE:
        cites = limit_cites([limit_by_id(i) for i in _OVERDUE.values()])
        return ask(
            rid,
            cites,
            ("which measure has run too long (detention, arrest, bail or surveillance)",),
            "",
        )
    note = "The police rules (MPS Provisions Art. 135) require release but state no period."
    return limit_answer(rid, _OVERDUE[measure], start, event="request", notes=(note,))
