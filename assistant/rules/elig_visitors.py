"""Whether a suspect under residential surveillance may meet someone (MPS Provisions Art. 97
(2); SPP Rules Arts. 66-67): those living with him and the lawyer he hired, freely; anyone else
only with the executing organ's approval, and the deciding procuratorate's consent where it
decided the surveillance.

Example:
    >>> surveillance_meeting({"meet_own_lawyer": True}).computed
    {'eligible': True}
"""

from __future__ import annotations

from assistant.rules.conditions import conds
from assistant.rules.facts import Facts, flag
from assistant.rules.model import RuleCite, RuleResult
from assistant.rules.registry import rule
from assistant.rules.verdict import evaluate, render

SPP, MPS = "spp-rules", "mps-procedures"
CONSENT_CITES = (
    RuleCite(SPP, 66, "shall obtain the consent of the people's procuratorate before approval"),
    RuleCite(SPP, 67, "shall decide whether to give consent according to the specific"),
)
HOW = (
    "To meet anyone else he asks the police carrying out the surveillance for approval (MPS "
    "Art. 97 (2)); where the procuratorate decided the surveillance, the police must first obtain "
    "its consent, and it decides 'according to the specific circumstances of the case' (SPP "
    "Rules Arts. 66, 67)."
)
BREACH = (
    "Meeting people without approval breaks the surveillance: the police seek his arrest if the "
    "circumstances are serious (MPS Art. 99 (5)). That is a separate question."
)


@rule(
    "eligibility.surveillance_meeting",
    kind="eligibility",
    cites=(
        RuleCite(MPS, 97, "Not to meet with anyone other than the co-resident and the lawyer"),
        *CONSENT_CITES,
    ),
)
def surveillance_meeting(facts: Facts, body: str | None = None) -> RuleResult:
    """Meeting people under residential surveillance. MPS Provisions Art. 97: the suspect shall
    observe "(2) Not to meet with anyone other than the co-resident and the lawyer hired by him
    without the approval of the executing organ"; SPP Rules Art. 66: the procuratorate tells the
    police that if "it intends to approve the criminal suspect to leave his residence,
    residence or meet other personnel", it "shall obtain the consent of the people's
    procuratorate before approval"; Art. 67: asked by the police for permission for the suspect
    "to meet with other persons", the procuratorate "shall decide whether to give consent
    according to the specific circumstances of the case".

    Assumptions: any meeting counts, at his home or elsewhere (a trip out of the residence is
    `eligibility.leave_under_surveillance`); a lawyer named as his is the one he hired; the
    surveillance is the police's own unless the procuratorate is named as deciding it, when
    its consent is needed too. Not modelled: a court's surveillance; calls and letters (the
    article speaks of meeting); what follows a breach (stated as a note; the arrest is
    `eligibility.arrest_for_surveillance_breach`).
    """
    by_spp = body == "procuratorate" or flag(facts, "measure_by_procuratorate") is True
    v = evaluate(facts={**facts, "meet_needs_consent": by_spp}, grounds=conds("meeting.grounds"))
    return render(
        "eligibility.surveillance_meeting",
        v,
        yes="he may meet that person",
        no="he may not meet that person without approval",
        notes=(HOW, BREACH),
        # the consent articles decide when the procuratorate decided the surveillance
        stated=CONSENT_CITES if by_spp else (),
    )
