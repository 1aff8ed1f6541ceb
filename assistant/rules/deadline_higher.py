"""Deadline rules for steps a user can date only when told of them: reviews by the higher
procuratorate, a custody recalculation report, the police's reasons for not filing.

These were once left uncomputed because their start (a receipt or a discovery) is usually
unknown to a family or lawyer; when the question states that event and its date, the
deadline is exact. Without the date the rule asks for it, as every deadline rule does.

Example:
    >>> from datetime import date
    >>> arrest_higher_review(date(2026, 3, 1)).computed
    {'deadline': '2026-03-16'}
"""

from __future__ import annotations

from assistant.rules.counting import Moment
from assistant.rules.deadlines import limit_answer
from assistant.rules.model import RuleResult
from assistant.rules.registry import rule


def _dated(rid: str, lid: str, start: Moment | None, event: str, note: str) -> RuleResult:
    """Counted from the date the user gives for the step's own start (`direct`)."""
    return limit_answer(rid, lid, start, event=event, direct=True, notes=(note,))


@rule("deadline.arrest_higher_review", kind="deadline", limits=("spp-106-review-decision",))
def arrest_higher_review(start: Moment | None) -> RuleResult:
    """SPP Rules Art. 106: after a refused arrest is upheld on reconsideration, "The people's
    procuratorate at the next higher level shall, within 15 days after receiving the written
    opinion and case file materials submitted for review, make a decision".

    Assumption: the start is the day the higher procuratorate received the opinion and file.
    """
    note = (
        "This is the higher procuratorate's review; the reconsideration before it is decided "
        "within 7 days of receipt (SPP Rules Art. 105)."
    )
    return _dated(
        "deadline.arrest_higher_review",
        "spp-106-review-decision",
        start,
        "receipt of the opinion and case file",
        note,
    )


@rule("deadline.conditional_np_higher_review", kind="deadline", limits=("juv-36-review",))
def conditional_np_higher_review(start: Moment | None) -> RuleResult:
    """SPP Juvenile Provisions Art. 36: on the police's request for review of a conditional
    non-prosecution decision, "The people's procuratorate at the next higher level shall make
    a decision within 30 days after receiving the review opinion".

    Assumption: the start is the day the higher procuratorate received the review opinion.
    Art. 35 (reconsideration by the deciding procuratorate, also 30 days) is a different step.
    """
    note = (
        "This is the higher procuratorate's review (Art. 36); a reconsideration by the "
        "procuratorate that decided is also decided within 30 days (Art. 35)."
    )
    return _dated(
        "deadline.conditional_np_higher_review",
        "juv-36-review",
        start,
        "receipt of the review opinion",
        note,
    )


@rule("deadline.custody_recalculation", kind="deadline", limits=("mps-130-recalculation-report",))
def custody_recalculation(start: Moment | None) -> RuleResult:
    """MPS Provisions Art. 130: where another important crime of an arrested suspect is found
    during the investigation, "It shall, within five days from the date of discovery, be
    reported to the responsible person of the public security organ at or above the county
    level for approval", and the custody period is recalculated from the discovery.

    Assumption: the start is the day the police discovered the other crime.
    """
    note = "Once approved, the custody period after arrest runs afresh from the discovery."
    return _dated(
        "deadline.custody_recalculation",
        "mps-130-recalculation-report",
        start,
        "discovery of the other crime",
        note,
    )


@rule("deadline.no_filing_reasons", kind="deadline", limits=("mps-164-reasons-for-not-filing",))
def no_filing_reasons(start: Moment | None) -> RuleResult:
    """MPS Provisions Art. 164: when the procuratorate asks the police to explain why a case
    was not filed, the police "shall, within seven days, prepare a Specification of the
    Reasons for not filing a case".

    Assumption: the start is the day the procuratorate's request reached the police.
    """
    note = (
        "If the procuratorate then notifies them to file, the police decide to file within "
        "15 days (MPS Art. 164)."
    )
    return _dated(
        "deadline.no_filing_reasons",
        "mps-164-reasons-for-not-filing",
        start,
        "receipt of the procuratorate's request",
        note,
    )
