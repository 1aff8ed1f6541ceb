"""Eligibility rules on hiring defence lawyers during the investigation, and the
procuratorate's power not to arrest the seriously ill, pregnant or nursing.

Example:
    >>> lawyer_hire_approval({"state_secrets": True}).computed
    {'eligible': False}
    >>> lawyer_count({"lawyer_count": 3}).computed
    {'eligible': False}
"""

from __future__ import annotations

from assistant.rules.conditions import conds
from assistant.rules.facts import Facts
from assistant.rules.model import RuleCite, RuleResult
from assistant.rules.registry import rule
from assistant.rules.verdict import evaluate, render

HIRE_WORDS = {
    "yes": "no approval is needed to hire a lawyer",
    "no": "the lawyer needs the investigating body's approval",
}


@rule(
    "eligibility.lawyer_hire_approval",
    kind="eligibility",
    cites=(
        RuleCite(
            "mps-procedures",
            37,
            "the appointment of a lawyer must be approved by the public security organ",
        ),
        RuleCite("spp-rules", 146, "For cases involving state secrets"),
    ),
)
def lawyer_hire_approval(facts: Facts, body: str | None = None) -> RuleResult:
    """Hiring a lawyer without approval during the investigation. MPS Provisions Art. 37: "For
    cases involving state secrets, the public security organ shall inform the criminal suspect
    that the appointment of a lawyer must be approved by the public security organ". SPP Rules
    Art. 146: "For cases involving state secrets, the people's procuratorate shall make a
    decision on whether to approve or disapprove within three days".

    Assumptions: the question is about the investigation stage; the police rule is used
    unless the procuratorate investigates. `eligible` means no approval is needed.
    """
    group = "procuratorate" if body == "procuratorate" else "police"
    v = evaluate(facts=facts, bars=conds(f"lawyer_hire.{group}.bars"))
    notes = ["The approval decision is due within three days (MPS Art. 41, SPP Art. 146)."]
    if body is None:
        notes.insert(0, "Assumed the police investigate; the procuratorate's rule is the same.")
    return render("eligibility.lawyer_hire_approval", v, **HIRE_WORDS, notes=tuple(notes))


@rule(
    "eligibility.lawyer_count",
    kind="eligibility",
    cites=(RuleCite("spp-rules", 146, "the suspect can hire one or two lawyers"),),
)
def lawyer_count(facts: Facts, body: str | None = None) -> RuleResult:
    """How many lawyers during the investigation. SPP Rules Art. 146: "During the
    investigation, the suspect can hire one or two lawyers to provide legal help".

    Assumptions: the count is the number of lawyers the suspect wants at once; only the
    procuratorate rules in the corpus state the limit, so it is applied to police cases too,
    with a note.
    """
    v = evaluate(facts=facts, requires=conds("lawyer_count.requires"))
    notes = () if body == "procuratorate" else ("The police rules in the corpus state no number.",)
    return render(
        "eligibility.lawyer_count",
        v,
        yes="up to two lawyers may be hired during the investigation",
        no="at most two lawyers may be hired during the investigation",
        notes=notes,
    )


@rule(
    "eligibility.arrest_exemption",
    kind="eligibility",
    cites=(RuleCite("spp-rules", 90, "may decide not to approve the arrest or not to arrest him"),),
)
def arrest_exemption(facts: Facts, body: str | None = None) -> RuleResult:
    """Deciding not to arrest on humanitarian grounds. SPP Rules Art. 90: "If a criminal
    suspect who should be arrested is suffering from a serious illness or is a woman who is
    pregnant or breastfeeding her own baby, the people's Procuratorate may decide not to approve
    the arrest or not to arrest him".

    Assumptions: the procuratorate decides arrests; the power is discretionary ("may"), so
    `eligible` means the ground is open to it, not that it must use it. No age limit is stated
    for the baby (the police's bail rule, MPS Art. 63, says "under one year old").
    """
    v = evaluate(facts=facts, grounds=conds("arrest_exemption.procuratorate.grounds"))
    notes = ["Discretionary: the procuratorate may still arrest; bail is then an alternative."]
    if body == "police":
        notes.append("The police do not decide arrest; they ask the procuratorate to approve it.")
    return render(
        "eligibility.arrest_exemption",
        v,
        yes="the procuratorate may decide not to arrest on this ground",
        no="none of the grounds for deciding not to arrest applies",
        notes=tuple(notes),
    )
