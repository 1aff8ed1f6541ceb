"""Eligibility rules for arrest: the arrest conditions, and arrest for breaking bail or
residential-surveillance conditions. Conditions and quotes live in `conditions.toml`."""

from __future__ import annotations

from assistant.rules.conditions import conds
from assistant.rules.elig_measures import for_body
from assistant.rules.facts import Facts, flag
from assistant.rules.model import RuleCite, RuleResult
from assistant.rules.registry import rule
from assistant.rules.verdict import evaluate, render

SPP, MPS = "spp-rules", "mps-procedures"


@rule(
    "eligibility.arrest",
    kind="eligibility",
    cites=(
        RuleCite(SPP, 86, "may be sentenced to imprisonment or more"),
        RuleCite(SPP, 89, "shall make a decision not to approve arrest or not to arrest"),
        RuleCite(MPS, 115, "is not sufficient to prevent the occurrence of social danger"),
    ),
)
def arrest(facts: Facts, body: str | None = None) -> RuleResult:
    """Arrest conditions. SPP Rules Art. 86: arrest a suspect proved to have committed a crime
    who "may be sentenced to imprisonment or more" where bail or surveillance would not prevent
    danger; Art. 89: the procuratorate "shall make a decision not to approve arrest or not to
    arrest" if these fail or CPL Art. 15 applies. MPS Provisions Art. 115: the police apply for
    arrest where bail or surveillance "is not sufficient to prevent the occurrence of social
    danger".

    Assumptions: "evidence of a crime" means the three verified elements of SPP Art. 86 / MPS
    Art. 116. A CPL Art. 15 circumstance (limitation expired, pardon, death ...) not mentioned
    is taken as absent once the conditions are met, and the answer says so. Illness, pregnancy or breastfeeding allows bail or surveillance instead (SPP Art.
    90, MPS Art. 115) but does not forbid arrest.
    """
    police = evaluate(facts=facts, requires=conds("arrest.police.requires"))
    spp = evaluate(
        facts=facts,
        requires=conds("arrest.procuratorate.requires"),
        bars=conds("arrest.procuratorate.bars"),
        assume_unraised_bars=True,
    )
    notes = [
        "The conditions are the same for both bodies; the procuratorate approves or decides "
        "every arrest (SPP Art. 86)."
    ]
    if any(flag(facts, k) for k in ("serious_illness", "pregnant", "breastfeeding")):
        notes.append(
            "Because of illness, pregnancy or breastfeeding, bail or residential surveillance may "
            "be used instead of arrest (SPP Art. 90, MPS Art. 115)."
        )
    return render(
        "eligibility.arrest",
        for_body(body, police, spp),
        yes="the conditions for arrest are met",
        no="the conditions for arrest are not met",
        notes=notes,
    )


@rule(
    "eligibility.arrest_for_bail_breach",
    kind="eligibility",
    cites=(
        RuleCite(SPP, 53, "who violate the provisions on bail pending trial shall be arrested"),
        RuleCite(SPP, 54, "intentionally commits a new criminal act while awaiting trial on bail"),
        RuleCite(
            MPS, 78, "Or submit it to the people's procuratorate for approval to make an arrest"
        ),
    ),
)
def arrest_for_bail_breach(facts: Facts, body: str | None = None) -> RuleResult:
    """Arrest for breaking bail. SPP Rules Art. 53: suspects "who violate the provisions on bail
    pending trial shall be arrested" for the listed breaches (suicide, escape or evasion;
    tampering with evidence or witnesses; leaving the area without approval with serious
    consequences or twice; failing to appear with serious consequences or twice); Art. 54:
    one who "intentionally commits a new criminal act while awaiting trial on bail". MPS
    Provisions Art. 78: for any violation the police may forfeit the deposit, re-bail, change
    to surveillance "Or submit it to the people's procuratorate for approval to make an arrest".

    Assumption: under the police rule any violation counts; arrest is then one option.
    """
    police = evaluate(facts=facts, grounds=conds("bail_breach.police.grounds"))
    spp = evaluate(facts=facts, grounds=conds("bail_breach.procuratorate.grounds"))
    differs = (
        "Procuratorate: arrest is mandatory for the listed breaches (SPP Arts. 53-54); police: "
        "arrest is one option besides forfeiture, re-bail or surveillance (MPS Art. 78)."
    )
    return render(
        "eligibility.arrest_for_bail_breach",
        for_body(body, police, spp),
        yes="arrest is lawful for this breach of bail",
        no="the breach does not call for arrest under this rule",
        notes=(differs,),
    )


@rule(
    "eligibility.arrest_for_surveillance_breach",
    kind="eligibility",
    cites=(
        RuleCite(SPP, 68, "are serious circumstances, and the criminal suspect shall be arrested"),
        RuleCite(MPS, 99, "the public security organ shall request approval for arrest"),
    ),
)
def arrest_for_surveillance_breach(facts: Facts, body: str | None = None) -> RuleResult:
    """Arrest for breaking residential surveillance. SPP Rules Art. 68: six listed violations
    "are serious circumstances, and the criminal suspect shall be arrested"; MPS Provisions Art.
    99: for five listed violations "the public security organ shall request approval for
    arrest".

    Assumption: a minor violation not on the lists leads to a reprimand (SPP Art. 68).
    """
    police = evaluate(facts=facts, grounds=conds("surveillance_breach.police.grounds"))
    spp = evaluate(facts=facts, grounds=conds("surveillance_breach.procuratorate.grounds"))
    differs = (
        "The lists differ: the procuratorate also counts unapproved meetings, leaving the "
        "residence and missed summonses (serious or twice) (SPP Art. 68); the police list violent "
        "interference with witnesses and other serious violations (MPS Art. 99)."
    )
    return render(
        "eligibility.arrest_for_surveillance_breach",
        for_body(body, police, spp),
        yes="arrest is required for this breach of surveillance",
        no="the breach is not one that requires arrest",
        notes=(differs,),
    )
