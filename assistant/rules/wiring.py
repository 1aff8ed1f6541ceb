"""Catalogued time limits that no deadline rule or timeline computes, each with its reason.

Every catalogue entry is either cited by a registered rule (`RuleSpec.limits`), listed
under a timeline event (`events` in `time_limits.toml`), or named here with the reason
it is not computed; `tests/rules/test_wiring.py` keeps the three in step, so a new
catalogue entry cannot be silently left out and a newly wired one must leave this table.

Example:
    >>> "mps-112-identity-unknown" in NOT_COMPUTED
    True
"""

from __future__ import annotations

_INTERNAL = (
    "an internal step between departments or levels of the procuratorate or police; its "
    "start (a receipt or filing date) is not known to a suspect, family or lawyer"
)
_AFTER_UNSEEN = (
    "counted from a receipt the party does not see (a decision or request passed between "
    "the police and the procuratorate); the party-facing step before it is computed instead"
)
_SERVICE = (
    "the service of a notice, counted from an internal decision date; the user knows the "
    "date of receipt, from which the reconsideration deadline is computed "
    "(deadline.no_filing_reconsideration)"
)
NOT_COMPUTED: dict[str, str] = {
    "spp-95-record-review": _INTERNAL,
    "spp-124-report-handling": _INTERNAL,
    "spp-126-record-filing": _INTERNAL,
    "spp-126-record-review": _INTERNAL,
    "spp-130-record-report": _INTERNAL,
    "spp-130-correction-notice": _INTERNAL,
    "spp-131-report-back": _INTERNAL,
    "spp-131-report-back-lower": _INTERNAL,
    "spp-187-letter-investigation": _INTERNAL,
    "mps-159-case-transfer": _INTERNAL,
    "juv-32-review-opinion": (
        "counted back from the end of the examination-and-prosecution period, which the "
        "corpus does not state"
    ),
    "mps-121-review-submission": _AFTER_UNSEEN,
    "spp-134-no-filing-service": _SERVICE,
    "mps-163-no-filing-service": _SERVICE,
    "mps-111-extension-application": (
        "a window for the police's own extension application (last 24 hours before expiry); "
        "the detention deadlines it serves are computed by deadline.police_detention"
    ),
    "mps-112-identity-unknown": (
        "not a deadline: detention is counted from the day the identity is established, a "
        "date that cannot be known in advance; stated by retrieval"
    ),
    "mps-128-extension-request": (
        "counted from the end of an extended custody period whose extension is discretionary; "
        "deadline.custody_after_arrest gives the ordinary and longest periods"
    ),
    "mps-129-extension-request": (
        "counted from the end of a second discretionary extension; see mps-128"
    ),
    "juv-49-return-visit": "an optional return visit, not a limit anyone can enforce",
}
