"""Whether a juvenile's conditional non-prosecution must be revoked (SPP Juvenile Art. 46).

Example:
    >>> conditional_np_revocation({"new_crime": True}).computed
    {'eligible': True}
"""

from __future__ import annotations

from assistant.rules.conditions import conds
from assistant.rules.facts import Facts
from assistant.rules.model import RuleCite, RuleResult
from assistant.rules.registry import rule
from assistant.rules.verdict import evaluate, render

RID = "eligibility.conditional_np_revocation"


def _assume_unraised(facts: Facts) -> tuple[dict[str, object], tuple[str, ...]]:
    """The bail design (`verdict.evaluate`, assume_unraised_bars) applied to grounds: once the
    user has ruled out at least one ground and established none, the grounds never mentioned
    are taken as absent, and each assumption is stated. A ground raised but not settled (a
    violation whose consequences are unknown) is never assumed away."""
    grounds = conds("conditional_np_revocation.grounds")
    values = [(c, c.value(facts)) for c in grounds]
    if any(v is True for _, v in values) or not any(v is False for _, v in values):
        return dict(facts), ()
    unraised = [c for c, v in values if v is None and facts.get(c.key) is None]
    if len(unraised) < sum(v is None for _, v in values):
        return dict(facts), ()  # a ground is in play but unsettled: ask, do not assume
    out = {**facts, **{c.key: False for c in unraised}}
    notes = tuple(f"Assumed because not mentioned: not {c.text}." for c in unraised)
    return out, notes


@rule(
    RID,
    kind="eligibility",
    cites=(
        RuleCite(
            "spp-juvenile",
            46,
            "the people's procuratorate shall revoke the conditional decision not to prosecute "
            "and initiate a public prosecution",
        ),
    ),
)
def conditional_np_revocation(facts: Facts, body: str | None = None) -> RuleResult:
    """Revoking a minor's conditional non-prosecution. SPP Juvenile Provisions Art. 46: if
    within the probation period the minor has "committed a new crime", other crimes "that need
    to be prosecuted" are discovered, or there is a "violation of public security regulations,
    resulting in serious consequences, or repeated violations", or the supervision rules are
    broken "causing serious consequences, or repeatedly", then "the people's procuratorate
    shall revoke the conditional decision not to prosecute and initiate a public prosecution".

    Assumptions: the events fell within the probation period; grounds never mentioned count
    as absent only once the user has ruled out at least one ground (stated in the answer);
    "eligible" here means revocation is required.
    """
    facts, assumed = _assume_unraised(facts)
    v = evaluate(facts=facts, grounds=conds("conditional_np_revocation.grounds"))
    notes = [*assumed, "This assumes the events fell within the probation period."]
    if v.eligible is False:
        notes.append("Without a listed ground the conditional decision stands.")
    if body == "police":
        notes.append("This is a procuratorate rule; the police do not decide revocation.")
    return render(
        RID,
        v,
        yes="the procuratorate must revoke the conditional non-prosecution and prosecute",
        no="the procuratorate is not required to revoke the conditional non-prosecution",
        notes=tuple(notes),
    )
