"""Whether the investigators may do an act with a person: let a lawyer bring an interpreter to
a meeting (MPS Provisions Arts. 45, 47), detain before the warrant is issued (MPS Arts.
105-106, 114), or use restraints (MPS Art. 133; SPP Rules Art. 33).

Example:
    >>> lawyer_interpreter({"interpreter_permission": False}).computed
    {'eligible': False}
"""

from __future__ import annotations

from assistant.rules.conditions import conds
from assistant.rules.elig_measures import for_body
from assistant.rules.facts import Facts, flag
from assistant.rules.model import RuleCite, RuleResult
from assistant.rules.registry import rule
from assistant.rules.verdict import evaluate, render

SPP, MPS = "spp-rules", "mps-procedures"
INTERPRETER_NOTES = (
    "The police check 'the certificate of allowing the interpreter to participate in the "
    "meeting' before the meeting (MPS Art. 47). Neither instrument lets a lawyer bring anyone "
    "else (an assistant, a relative); the SPP Rules have no interpreter article, so for a case "
    "the procuratorate investigates only the police rule can be stated.",
)
UNDER_DECISION = (
    "A detention the procuratorate decided is carried out by the police on a warrant issued on "
    "that decision (MPS Art. 114); the emergency exception covers the police's own detentions."
)
WARRANT_DUTY = (
    "Ordinarily the warrant is issued with the approval of the head of a county-level police "
    "organ and shown at the detention, and the detainee signs it (MPS Art. 106)."
)
RESTRAINT_SCOPE = (
    "These articles allow restraint devices (handcuffs and the like), nothing more; they say "
    "nothing about other force or weapons."
)


@rule(
    "eligibility.lawyer_interpreter",
    kind="eligibility",
    cites=(
        RuleCite(MPS, 45, "he shall obtain permission from the public security organ"),
        RuleCite(MPS, 47, "the certificate of allowing the interpreter to participate"),
    ),
)
def lawyer_interpreter(facts: Facts, body: str | None = None) -> RuleResult:
    """An interpreter at a defence lawyer's meeting with a detained client. MPS Provisions Art.
    45: "If a lawyer needs to hire an interpreter when meeting with a criminal suspect in
    custody, he shall obtain permission from the public security organ"; Art. 47: the police
    examine "the certificate of allowing the interpreter to participate in the meeting".

    Assumptions: the verdict is whether the interpreter may take part; "without asking the
    police" is read as no permission. The SPP Rules have no interpreter article, so the police
    rule is stated whoever investigates (said in the answer); whether the meeting itself needs
    approval (state secrets) is `eligibility.lawyer_meeting_permission`. Not modelled: the
    recusal of an interpreter (MPS Art. 32, SPP Art. 31).
    """
    v = evaluate(facts=facts, requires=conds("interpreter.requires"))
    return render(
        "eligibility.lawyer_interpreter",
        v,
        yes="the interpreter may take part in the meeting (the police have permitted it)",
        no="the interpreter may not take part without the police's permission",
        notes=INTERPRETER_NOTES,
    )


@rule(
    "eligibility.detention_without_warrant",
    kind="eligibility",
    cites=(
        RuleCite(MPS, 106, "where it is too late to handle the detention procedures"),
        RuleCite(MPS, 105, "may first detain an active criminal or a major suspect"),
        RuleCite(MPS, 114, "shall issue a Detention Warrant on the basis of the legal document"),
    ),
)
def detention_without_warrant(facts: Facts, body: str | None = None) -> RuleResult:
    """Detention before the warrant is issued. MPS Provisions Art. 106: a detention warrant is
    issued and "When executing detention, the Detention Certificate shall be produced"; but
    "For any of the circumstances listed in Article 105 of these Provisions, where it is too
    late to handle the detention procedures due to emergency circumstances, legal procedures
    shall be handled immediately after the criminal suspect is taken to the public security
    organ". Art. 105: "A public security organ may first detain an active criminal or a major
    suspect under any of the following circumstances" (its seven grounds). Art. 114: for a
    procuratorate's decision the police "shall issue a Detention Warrant on the basis of the
    legal document served by the people's Procuratorate on the decision to detain the suspect
    and immediately execute it".

    Assumptions: a detention is the police's own unless the procuratorate is named; the
    emergency is not inferred from the ground (the article lists it apart) and is asked; the
    papers are taken as completed at once after he was brought in unless the user says
    otherwise (the answer states the duty). Not modelled: the approval level and the 24-hour family notice (MPS Art. 108).
    """
    facts = {**facts, "police_own_detention": body != "procuratorate"}
    v = evaluate(
        facts=facts,
        requires=conds("nowarrant.requires"),
        grounds=conds("detention.police.grounds"),
        # the late papers are checked when told; else the answer states the duty
        bars=conds("nowarrant.bars") if flag(facts, "detention_papers_late") is not None else (),
    )
    notes = [WARRANT_DUTY] + ([UNDER_DECISION] if body == "procuratorate" else [])
    return render(
        "eligibility.detention_without_warrant",
        v,
        yes="the police may detain first and complete the warrant immediately after he is "
        "brought to the police",
        no="the detention may not go ahead without the warrant",
        notes=tuple(notes),
    )


def _restraint_facts(facts: Facts) -> Facts:
    """A juvenile case with the danger unsettled is raised, never assumed away."""
    if flag(facts, "restraint_juvenile") and flag(facts, "restraint_danger") is None:
        unsure = tuple(facts.get("uncertain") or ())  # type: ignore[arg-type]
        return {**facts, "uncertain": (*unsure, "restraint_juvenile_bar")}
    return facts


@rule(
    "eligibility.restraints",
    kind="eligibility",
    cites=(
        RuleCite(MPS, 133, "a binding police weapon may be used according to law"),
        RuleCite(SPP, 33, "may be forced to appear in court using restraint devices"),
    ),
)
def restraints(facts: Facts, body: str | None = None) -> RuleResult:
    """Restraints (handcuffs, restraint devices) on a suspect. MPS Provisions Art. 133: "In the
    process of detention, detention, arrest or escort of a criminal suspect, a binding police
    weapon may be used according to law" (the first "detention" is the compelled appearance);
    "Police weapons shall not be used to handle juvenile crime cases, except where there is real
    danger of assault, escape, suicide, self-injury or self-harm". SPP Rules Art. 33: "Those who
    refuse to be summoned under detention may be forced to appear in court using restraint
    devices" (a compelled appearance).

    Assumptions: the procuratorate's own rule covers only its compelled appearance; its arrests
    and detentions are carried out by the police (MPS Arts. 114, 126), so the police rule
    answers them, as it does when no body is named (unless a compelled appearance is asked,
    when both bodies' rules must agree). A case is taken as an adult's unless a minor is mentioned. "Force" is read
    as restraint devices; other force is not covered (said in the answer).
    """
    facts = _restraint_facts(facts)
    police = evaluate(
        facts=facts,
        requires=conds("restraints.police.requires"),
        bars=conds("restraints.police.bars"),
        assume_unraised_bars=True,
    )
    spp = evaluate(facts=facts, requires=conds("restraints.procuratorate.requires"))
    compelled = flag(facts, "restraint_compelled")
    if body == "procuratorate" and compelled is not False:
        v = spp
    elif body is None and compelled:
        v = for_body(None, police, spp)  # both bodies compel appearances: agreement, or ask
    else:
        v = police  # the police's measure, or an arrest or detention they carry out
    return render(
        "eligibility.restraints",
        v,
        yes="restraints may be used",
        no="restraints may not be used",
        notes=(RESTRAINT_SCOPE,),
    )
