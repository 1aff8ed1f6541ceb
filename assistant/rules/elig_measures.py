"""Eligibility rules for compulsory measures: bail, residential surveillance, detention.

Each rule takes the facts (see `facts.QUESTIONS`) and the deciding body ("police",
"procuratorate", or None when unknown: both rules are checked and the answer stands
only if they agree). Conditions and quotes live in `conditions.toml`.
"""

from __future__ import annotations

from assistant.rules.conditions import conds
from assistant.rules.facts import Facts
from assistant.rules.model import RuleCite, RuleResult
from assistant.rules.registry import rule
from assistant.rules.verdict import Verdict, combine, evaluate, render

SPP, MPS = "spp-rules", "mps-procedures"
DISCRETION = (
    'The measure is discretionary ("may"): meeting a condition allows it but does not guarantee it.'
)


def for_body(body: str | None, police: Verdict, procuratorate: Verdict) -> Verdict:
    """The verdict of the body asked about, or both combined when the body is unknown."""
    if body == "police":
        return police
    if body == "procuratorate":
        return procuratorate
    return combine(police, procuratorate)


@rule(
    "eligibility.bail",
    kind="eligibility",
    cites=(
        RuleCite(MPS, 63, "breastfeeding her baby under one year old"),
        RuleCite(MPS, 64, "shall not be granted bail pending trial"),
        RuleCite(SPP, 37, "may obtain bail pending trial for a criminal suspect"),
        RuleCite(SPP, 38, "criminal suspects who seriously endanger public security"),
    ),
)
def bail(facts: Facts, body: str | None = None) -> RuleResult:
    """Bail pending trial. MPS Provisions Art. 63: the police may grant bail on seven grounds,
    including a woman "breastfeeding her baby under one year old"; Art. 64: recidivists, gang
    principals, self-injury to evade, state-security, violent or other serious crimes "shall
    not be granted bail pending trial". SPP Rules Art. 37: the procuratorate "may obtain bail
    pending trial for a criminal suspect" on seven grounds (breastfeeding without an age
    limit); Art. 38 excludes "criminal suspects who seriously endanger public security" and
    egregious crimes.

    Assumptions: the illness, pregnancy and nursing grounds presuppose that arrest would
    otherwise be due; bail is discretionary even when a ground applies. Once a ground is
    met, exclusions not mentioned are taken as absent and the answer says so (one raised but
    not settled is asked; `verdict.evaluate`'s `assume_unraised_bars`).
    """
    police = evaluate(
        facts=facts,
        grounds=conds("bail.police.grounds"),
        bars=conds("bail.police.bars"),
        assume_unraised_bars=True,
    )
    spp = evaluate(
        facts=facts,
        grounds=conds("bail.procuratorate.grounds"),
        bars=conds("bail.procuratorate.bars"),
        assume_unraised_bars=True,
    )
    differs = (
        "The two bodies' rules differ: the police limit the breastfeeding ground to a baby under "
        "one year and exclude recidivists, gang principals, self-injury, state-security, violent "
        "and other serious crimes (MPS Arts. 63-64); the procuratorate has no age limit and "
        "excludes only serious danger to public security and egregious crimes (SPP Arts. 37-38)."
    )
    return render(
        "eligibility.bail",
        for_body(body, police, spp),
        yes="bail pending trial may be granted",
        no="bail pending trial is not available",
        notes=(DISCRETION, differs),
    )


@rule(
    "eligibility.surveillance",
    kind="eligibility",
    cites=(
        RuleCite(MPS, 94, "may place a criminal suspect under residential surveillance"),
        RuleCite(MPS, 68, "if he neither pays a bond nor is guaranteed by a surety"),
        RuleCite(SPP, 63, "may provide residential surveillance for criminal suspects"),
    ),
)
def surveillance(facts: Facts, body: str | None = None) -> RuleResult:
    """Residential surveillance. MPS Provisions Art. 94: the police "may place a criminal
    suspect under residential surveillance" on the bail grounds (same one-year nursing limit);
    Art. 68: also a bail-eligible suspect who can pay no deposit and has no guarantor ("if he
    neither pays a bond nor is guaranteed by a surety"). SPP Rules Art. 63: the procuratorate
    "may provide residential surveillance for criminal suspects" under any circumstance of
    Art. 37.

    Assumption: the bail exclusions (MPS Art. 64, SPP Art. 38) do not apply, since the
    surveillance articles do not refer to them.
    """
    police = evaluate(facts=facts, grounds=conds("surveillance.police.grounds"))
    spp = evaluate(facts=facts, grounds=conds("bail.procuratorate.grounds"))
    differs = (
        "The police limit the breastfeeding ground to a baby under one year (MPS Art. 94); the "
        "procuratorate does not (SPP Arts. 37, 63)."
    )
    return render(
        "eligibility.surveillance",
        for_body(body, police, spp),
        yes="residential surveillance may be used",
        no="residential surveillance is not available on these grounds",
        notes=(DISCRETION, differs),
    )


@rule(
    "eligibility.detention",
    kind="eligibility",
    cites=(
        RuleCite(MPS, 105, "may first detain an active criminal or a major suspect"),
        RuleCite(SPP, 76, "may decide to detain a criminal suspect under any of the following"),
    ),
)
def detention(facts: Facts, body: str | None = None) -> RuleResult:
    """Detention. MPS Provisions Art. 105: the police "may first detain an active criminal or a
    major suspect" in seven listed circumstances; SPP Rules Art. 76: the procuratorate "may
    decide to detain a criminal suspect under any of the following" two circumstances (suicide
    or flight, and risk to evidence).

    Assumption: the person is an active criminal or major suspect (MPS Art. 105).
    """
    police = evaluate(facts=facts, grounds=conds("detention.police.grounds"))
    spp = evaluate(facts=facts, grounds=conds("detention.procuratorate.grounds"))
    differs = (
        "The police may detain on seven grounds (MPS Art. 105); the procuratorate only on two "
        "(SPP Art. 76)."
    )
    return render(
        "eligibility.detention",
        for_body(body, police, spp),
        yes="detention is lawful on the facts given",
        no="detention is not lawful on the facts given",
        notes=(differs,),
    )
