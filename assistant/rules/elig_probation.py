"""Eligibility for the procuratorate's recommendation of probation for a juvenile defendant.

Example:
    >>> juvenile_probation({"age_at_offence": 17, "possible_sentence_years": 5}).computed
    {'eligible': False}
"""

from __future__ import annotations

from assistant.rules.conditions import conds
from assistant.rules.facts import Facts
from assistant.rules.model import RuleCite, RuleResult
from assistant.rules.registry import rule
from assistant.rules.verdict import evaluate, render

JUV = "spp-juvenile"


@rule(
    "eligibility.juvenile_probation",
    kind="eligibility",
    cites=(
        RuleCite(
            JUV,
            59,
            "the people's procuratorate shall recommend that the people's court apply probation",
        ),
    ),
)
def juvenile_probation(facts: Facts, body: str | None = None) -> RuleResult:
    """Recommending probation for a juvenile defendant. SPP Juvenile Provisions Art. 59: a
    juvenile who "can be sentenced to criminal detention or fixed-term imprisonment of not
    more than three years", "shows remorse", whose community is not significantly affected,
    with "effective guardianship conditions or social assistance and education measures"
    and where probation "does not really harm the society", in any of four listed
    circumstances (minor circumstances; a first-time offender or an accomplice under duress;
    settlement with, or fault of, the victim; other circumstances): "the people's
    procuratorate shall recommend that the people's court apply probation".

    Assumptions: the likely sentence is the one the user states; the court, not the
    procuratorate, decides whether probation is applied.
    """
    v = evaluate(
        facts=facts,
        requires=conds("juvenile_probation.requires"),
        grounds=conds("juvenile_probation.grounds"),
    )
    note = "The procuratorate only recommends; the court decides whether to apply probation."
    if body == "police":
        note += " This is a procuratorate rule; the police have no role in it."
    return render(
        "eligibility.juvenile_probation",
        v,
        yes="the procuratorate shall recommend probation to the court",
        no="the procuratorate's duty to recommend probation does not apply",
        notes=(note,),
    )
