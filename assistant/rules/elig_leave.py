"""Whether a suspect under a measure may go somewhere: leave his city or county while on bail
(MPS Provisions Arts. 86, 89; SPP Rules Arts. 47, 50), leave his residence under residential
surveillance (MPS Arts. 97, 100; SPP Arts. 66, 67), be taken out of the detention house to
the procuratorate for interrogation (SPP Art. 139), or, as a minor under conditional
non-prosecution, leave his city or county or move (SPP Juvenile Arts. 41, 44).

Example:
    >>> leave_on_bail({"leave_reason": True, "leave_approved": False}).computed
    {'eligible': False}
"""

from __future__ import annotations

from assistant.rules.conditions import conds
from assistant.rules.facts import Facts, flag, raised
from assistant.rules.model import RuleCite, RuleResult
from assistant.rules.registry import rule
from assistant.rules.verdict import Verdict, evaluate, render

SPP, MPS = "spp-rules", "mps-procedures"
BAIL_HOW = (
    "To leave, he reports the reason to the county police organ carrying out the bail and waits "
    "for its approval (MPS Art. 89). Where the procuratorate (or a court) decided the bail, the "
    "police must first obtain its consent, and the procuratorate decides 'according to the "
    "specific circumstances of the case' (MPS Art. 89; SPP Rules Arts. 47, 50)."
)
BAIL_BREACH = (
    "Leaving without approval breaks the bail (MPS Art. 86 (1)): the police may forfeit the "
    "deposit, order a new guarantor, change the measure to residential surveillance or seek his "
    "arrest (MPS Art. 78); the procuratorate arrests a suspect who left without approval causing "
    "serious consequences, or twice (SPP Rules Art. 53 (3)). That is a separate question."
)
SURV_HOW = (
    "To leave, he asks the police station carrying out the surveillance, which reports to the "
    "county police organ for approval (MPS Art. 100). Where the procuratorate (or a court) "
    "decided the surveillance, the police must first obtain its consent, and the procuratorate "
    "decides 'according to the specific circumstances of the case' (MPS Art. 100; SPP Rules "
    "Arts. 66, 67). Meeting anyone but those living with him and his lawyer also needs approval "
    "(MPS Art. 97 (2))."
)
SURV_BREACH = (
    "Leaving without approval breaks the surveillance (MPS Art. 97 (1)): the police seek his "
    "arrest if the circumstances are serious (MPS Art. 99), and the procuratorate arrests a "
    "suspect who left without approval causing serious consequences, or twice (SPP Rules Art. 68 "
    "(4)). That is a separate question."
)
JUV = "spp-juvenile"
CNP_HELP = RuleCite(JUV, 44, "is approved to leave the city or county where he lives or move")
CNP_HOW = (
    "The minor reports the trip or the move to the procuratorate that decided the conditional "
    "non-prosecution and waits for its approval (SPP Juvenile Art. 41 (3)); if it approves a "
    "move, it may ask the procuratorate of the new place to help supervise (Art. 44)."
)
CNP_BREACH = (
    "Breaking the supervision rules with serious consequences, or repeatedly, ends the "
    "conditional non-prosecution and the case is prosecuted (SPP Juvenile Art. 46 (4)). That is a "
    "separate question."
)
OUT_DUTY = (
    "Otherwise a suspect in custody shall 'be interrogated in a detention center' (SPP Art. "
    "139); he is taken out only 'with the approval of the chief procurator', and "
    "he 'shall be escorted by two or more judicial police officers'. The MPS "
    "Provisions in the corpus have no such article, so this is the procuratorate's rule only."
)


def _leave(facts: Facts, body: str | None, measure: str) -> Verdict:
    """The verdict on leaving under `measure` (bail or surveillance); the deciding
    procuratorate's consent is a further condition when it decided the measure."""
    by_spp = body == "procuratorate" or flag(facts, "measure_by_procuratorate") is True
    consent = conds(f"leave.{measure}.consent") if by_spp else ()
    return evaluate(facts=facts, requires=(*conds(f"leave.{measure}.requires"), *consent))


@rule(
    "eligibility.leave_on_bail",
    kind="eligibility",
    cites=(
        RuleCite(MPS, 89, "if he needs to leave the city or county he lives in for justifiable"),
        RuleCite(MPS, 86, "Not to leave the city or county where he lives without the approval"),
        RuleCite(SPP, 47, "shall obtain the consent of the people's Procuratorate"),
        RuleCite(SPP, 50, "shall make a decision according to the specific circumstances"),
    ),
)
def leave_on_bail(facts: Facts, body: str | None = None) -> RuleResult:
    """Leaving the city or county while on bail. MPS Provisions Art. 86: the suspect on bail
    shall observe "(1) Not to leave the city or county where he lives without the approval of
    the executing organ"; Art. 89: he "may not leave the city or county he lives in or his
    residence without justifiable reasons, and if he needs to leave the city or county he lives
    in for justifiable reasons, he shall report to the county public security organ that
    executes the bail pending trial for approval. Where a people's court or people's
    procuratorate decides to grant bail pending trial, the public security organ shall, before
    making the decision, obtain the consent of the original decision making organ". SPP Rules
    Art. 47: the procuratorate tells the police that if they intend to approve his leaving the
    city or county they "shall obtain the consent of the people's Procuratorate"; Art. 50: asked
    by the police, the procuratorate "shall make a decision according to the specific
    circumstances of the case".

    Assumptions: the trip leaves his city or county (the article's restriction); a reason told
    (a funeral, medical treatment, work) is taken as the justifiable reason the user relies on,
    but whether it is one is the approving organ's judgement (said in the steps); "without
    telling the police" is read as no approval. The bail is taken as the police's own unless
    the procuratorate is named, when its consent is needed too. Not modelled: a court's bail
    (same rule, MPS Art. 89); what follows a trip without approval (stated as a note; the
    arrest is `eligibility.arrest_for_bail_breach`).
    """
    v = _leave(facts, body, "bail")
    return render(
        "eligibility.leave_on_bail",
        v,
        yes="he may leave the city or county for that reason, with the approval given",
        no="he may not leave the city or county",
        notes=(BAIL_HOW, BAIL_BREACH),
    )


@rule(
    "eligibility.leave_under_surveillance",
    kind="eligibility",
    cites=(
        RuleCite(MPS, 100, "has legitimate reasons to request to leave his residence"),
        RuleCite(MPS, 97, "Not to leave his residence without the approval of the executing organ"),
        RuleCite(SPP, 66, "shall obtain the consent of the people's procuratorate before approval"),
        RuleCite(SPP, 67, "shall decide whether to give consent according to the specific"),
    ),
)
def leave_under_surveillance(facts: Facts, body: str | None = None) -> RuleResult:
    """Leaving the residence under residential surveillance. MPS Provisions Art. 97: the
    suspect shall observe "(1) Not to leave his residence without the approval of the executing
    organ, or, if he has no fixed residence, not to leave the designated residence without
    approval"; Art. 100: "Where a person under residential surveillance has legitimate reasons
    to request to leave his residence or designated residence, the police station responsible
    for enforcement shall report to the public security organ at the county level for
    approval", and where a court or procuratorate decided the surveillance the police "shall,
    before making the decision, obtain the consent of the organ that originally made the
    decision". SPP Rules Art. 66: the police, if they intend to approve his leaving his
    residence, "shall obtain the consent of the people's procuratorate before approval"; Art.
    67: the procuratorate "shall decide whether to give consent according to the specific
    circumstances of the case".

    Assumptions: "house arrest" is residential surveillance; any trip out of the residence
    (a hospital visit, work) is leaving it; a reason told is taken as the legitimate reason the
    user relies on, judged by the approving organ. The surveillance is taken as the police's
    own unless the procuratorate is named, when its consent is needed too. Not modelled:
    meeting other people (MPS Art. 97 (2), stated as a note); a court's surveillance; what
    follows a breach (the arrest is `eligibility.arrest_for_surveillance_breach`).
    """
    v = _leave(facts, body, "surveillance")
    return render(
        "eligibility.leave_under_surveillance",
        v,
        yes="he may leave the residence for that reason, with the approval given",
        no="he may not leave the residence",
        notes=(SURV_HOW, SURV_BREACH),
    )


@rule(
    "eligibility.interrogation_outside_custody",
    kind="eligibility",
    cites=(
        RuleCite(SPP, 139, "the criminal suspect may be detained to a people's procuratorate"),
        RuleCite(SPP, 139, "with the approval of the chief procurator"),
    ),
)
def interrogation_outside_custody(facts: Facts, body: str | None = None) -> RuleResult:
    """Taking a detained suspect out of the detention house for interrogation. SPP Rules Art.
    139: "A criminal suspect who is being questioned in custody shall fill out a warrant and be
    interrogated in a detention center. If, due to the needs of investigation, it is necessary
    to detain a criminal suspect to bring out the identified criminals or crime evidence or
    recover property related to the crime, the criminal suspect may be detained to a people's
    procuratorate for interrogation. Where a criminal suspect is brought to a people's
    procuratorate for interrogation, he shall be escorted by two or more judicial police
    officers with the approval of the chief procurator."

    Assumptions: "detained to" is read as "taken to" (the translation's word for escorting);
    the purpose must be one of the two listed (pointing out criminals or evidence, recovering
    property); the chief procurator's approval and the escort are checked only when the user
    tells them, else they are stated as the conditions ("may they take him out for that?" asks
    about the purpose; the approval is the procuratorate's own step). Not modelled: the police
    (the MPS Provisions in the corpus have no such article; stated).
    """
    escort = raised(facts, "out_escort_short")  # told, or told as doubted: then asked
    approval = raised(facts, "out_chief_approval")
    v = evaluate(
        facts=facts,
        requires=conds("outside.requires") if approval else (),
        grounds=conds("outside.grounds"),
        bars=conds("outside.bars") if escort else (),
    )
    return render(
        "eligibility.interrogation_outside_custody",
        v,
        yes="he may be taken to the procuratorate for interrogation",
        no="he may not be taken out of the detention centre for interrogation",
        notes=(OUT_DUTY,),
    )


@rule(
    "eligibility.leave_conditional_np",
    kind="eligibility",
    cites=(
        RuleCite(JUV, 41, "it shall be reported to the inspection organ for approval"),
        CNP_HELP,
    ),
)
def leave_conditional_np(facts: Facts, body: str | None = None) -> RuleResult:
    """A minor under conditional non-prosecution leaving his city or county or moving. SPP
    Juvenile Provisions Art. 41: "A juvenile criminal suspect who is conditionally not
    prosecuted shall abide by the following provisions: ... (three) to leave the city or county
    where you live or to move, it shall be reported to the inspection organ for approval" (the
    translation's "inspection organ" is the procuratorate); Art. 44: "If a juvenile criminal
    suspect is approved to leave the city or county where he lives or move to another place,
    the people's procuratorate that has made a decision of conditional non-prosecution may
    request the people's procuratorate where he moved to assist".

    Assumptions: the trip leaves his city or county, or he moves home (either needs the
    approval; no reason is listed, unlike bail); "without telling the procuratorate" is read as
    no approval. Not modelled: the other supervision rules of Arts. 41-42; what follows a trip
    without approval (stated as a note; revocation is `eligibility.conditional_np_revocation`).
    """
    v = evaluate(facts=facts, requires=conds("leave.cnp.requires"))
    return render(
        "eligibility.leave_conditional_np",
        v,
        yes="the minor may leave or move, with the procuratorate's approval given",
        no="the minor may not leave the city or county or move without the procuratorate's "
        "approval",
        notes=(CNP_HOW, CNP_BREACH),
        stated=(CNP_HELP,),  # Art. 44 is stated in every answer
    )
