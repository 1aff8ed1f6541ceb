"""Eligibility rules on limits the provisions set: where residential surveillance may be
carried out, whether an investigation stops while a withdrawal request is decided, and who
may obtain a sealed juvenile record.

Example:
    >>> surveillance_place({"surveillance_at_custody_place": True}).computed
    {'eligible': False}
    >>> recusal_pending({}).computed
    {'eligible': False}
"""

from __future__ import annotations

from assistant.rules.conditions import conds
from assistant.rules.facts import Facts, flag, raised
from assistant.rules.model import RuleCite, RuleResult
from assistant.rules.registry import rule
from assistant.rules.verdict import evaluate, render

SPP, MPS, JUV = "spp-rules", "mps-procedures", "spp-juvenile"


@rule(
    "eligibility.surveillance_place",
    kind="eligibility",
    cites=(
        RuleCite(MPS, 98, "Residential surveillance may not be carried out in detention centers"),
        RuleCite(MPS, 101, "it shall be carried out by the police station in the place"),
    ),
)
def surveillance_place(facts: Facts, body: str | None = None) -> RuleResult:
    """Where residential surveillance may be carried out. MPS Provisions Art. 98: at the
    suspect's fixed residence, "the legal residence where a criminal suspect lives in the city
    or county where the case-handling organ is located", or a designated residence there;
    "Residential surveillance may not be carried out in detention centers, administrative
    detention centers, detention rooms, or other workplaces of public security organs". Art.
    101: "it shall be carried out by the police station in the place" of that residence.

    Assumption: the police execute residential surveillance whoever decides it (MPS Arts.
    100-101), so their rule applies to a procuratorate's decision too.
    """
    if (
        flag(facts, "surveillance_at_residence")
        and not raised(facts, "surveillance_at_custody_place")  # a doubt is asked
    ):
        facts = {**facts, "surveillance_at_custody_place": False}  # at home is not in custody
    v = evaluate(
        facts=facts,
        grounds=conds("surveillance_place.police.grounds"),
        bars=conds("surveillance_place.police.bars"),
    )
    notes = ["Nor may the police set up special places to detain suspects in disguise (Art. 98)."]
    if body == "procuratorate":
        notes.append("The police carry out a procuratorate's decision (MPS Arts. 100-101).")
    return render(
        "eligibility.surveillance_place",
        v,
        yes="residential surveillance may be carried out there",
        no="residential surveillance may not be carried out there",
        notes=tuple(notes),
    )


@rule(
    "eligibility.recusal_pending",
    kind="eligibility",
    cites=(
        RuleCite(SPP, 28, "may not stop investigating the case before the withdrawal decision"),
        RuleCite(MPS, 34, "the investigator may not stop the investigation of the case"),
    ),
)
def recusal_pending(facts: Facts, body: str | None = None) -> RuleResult:
    """Whether the investigation stops while a withdrawal (recusal) request is decided. SPP
    Rules Art. 28: the procuratorate's investigators "may not stop investigating the case
    before the withdrawal decision is made"; MPS Provisions Art. 34: "Before the withdrawal
    decision is made or during the reconsideration period, the person in charge of the public
    security organ or the investigator may not stop the investigation of the case".

    Assumption: the request is still undecided unless the user says a decision was made;
    `eligible` means the investigation must (or may) stop.
    """
    facts = {**facts, "recusal_pending": flag(facts, "recusal_pending") is not False}
    group = "procuratorate" if body == "procuratorate" else "police"
    v = evaluate(facts=facts, bars=conds(f"recusal_pending.{group}.bars"))
    notes = [
        "Whether acts done before the decision stay valid is decided by the deciding organ (MPS "
        "Art. 33)."
    ]
    if body is None:
        notes.insert(0, "The police and procuratorate rules agree (MPS Art. 34, SPP Art. 28).")
    return render(
        "eligibility.recusal_pending",
        v,
        yes="the investigation may stop once the withdrawal is decided",
        no="the investigation goes on until the withdrawal request is decided",
        notes=tuple(notes),
    )


@rule(
    "eligibility.sealed_record_access",
    kind="eligibility",
    cites=(RuleCite(JUV, 64, "shall not provide any unit or individual with a sealed criminal"),),
)
def sealed_record_access(facts: Facts, body: str | None = None) -> RuleResult:
    """Who may obtain a sealed juvenile record. SPP Juvenile Provisions Art. 64: the
    procuratorate "shall not provide any unit or individual with a sealed criminal record, nor
    shall it provide proof that minors have a criminal record, unless it is necessary for the
    judicial organs to handle cases or the relevant units make inquiries in accordance with
    state regulations", on a written application decided within seven days.

    Assumption: an employer, school, landlord, journalist or private person asking on their
    own account is neither a judicial organ nor a unit inquiring under state regulations.
    """
    v = evaluate(facts=facts, grounds=conds("sealed_record_access.grounds"))
    return render(
        "eligibility.sealed_record_access",
        v,
        yes="the record may be provided on a written application",
        no="the procuratorate may not provide the sealed record or confirm that it exists",
        notes=("An allowed request is decided within seven days of the written application.",),
    )
