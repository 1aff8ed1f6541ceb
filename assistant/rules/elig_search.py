"""Whether a search may be made (SPP Rules Arts. 175, 178-181), and whether a suspect who
withholds his name may still be arrested or sent for prosecution (SPP Rules Art. 88; MPS
Provisions Arts. 112, 131).

Example:
    >>> search({"search_warrant": False, "search_in_arrest": False}).computed
    {'eligible': False}
"""

from __future__ import annotations

from assistant.rules.conditions import conds
from assistant.rules.facts import Facts, flag, raised
from assistant.rules.model import RuleCite, RuleResult
from assistant.rules.registry import rule
from assistant.rules.verdict import Verdict, evaluate, render

SPP, MPS = "spp-rules", "mps-procedures"
POLICE_SEARCH = (
    "The police's own search articles are not in this corpus; the procuratorate's rules (SPP "
    "Arts. 175-181) are stated."
)
ANY_BODY = "If the police are searching, their own search articles are not in this corpus."
FEMALE = "A woman's body may be searched only by female officers (SPP Art. 180)."
ASSUMED_TARGET = "Assumed because not mentioned: the person or place searched is the suspect's."
ASSUMED_WARRANT = "Assumed because not mentioned: a search warrant is shown (SPP Art. 178)."
IDENTITY_CLOCK = (
    "The custody time limit counts from the day his identity is established, but the "
    "investigation does not stop meanwhile (MPS Arts. 112, 131)."
)


def _search_defaults(facts: Facts) -> tuple[Facts, list[str]]:
    """What a user leaves out is the ordinary case: the suspect's person or home, and a warrant
    shown. Each default is said in the answer."""
    out, notes = dict(facts), []
    # a fact raised but doubted ("uncertain") is asked, not assumed
    if not raised(facts, "search_suspect") and not raised(facts, "search_may_hide"):
        out["search_suspect"] = True
        notes.append(ASSUMED_TARGET)
    no_warrant_told = any(
        flag(facts, k) is not None for k in ("search_in_arrest", "search_emergency")
    )
    if not raised(facts, "search_warrant") and not no_warrant_told:
        out["search_warrant"] = True
        notes.append(ASSUMED_WARRANT)
    return out, notes


@rule(
    "eligibility.search",
    kind="eligibility",
    cites=(
        RuleCite(SPP, 175, "persons who may be hiding criminals or criminal evidence"),
        RuleCite(SPP, 178, "a search warrant shall be presented to the person being searched"),
        RuleCite(SPP, 179, "a search may be carried out without a separate search warrant"),
        RuleCite(SPP, 180, "Searches of women's bodies shall be carried out by female officers"),
        RuleCite(SPP, 181, "if obstructed, the search may be conducted compulsively"),
    ),
)
def search(facts: Facts, body: str | None = None) -> RuleResult:
    """A search by the investigators. SPP Rules Art. 175: investigators "may search the body,
    belongings, residence, place of work and other relevant places of criminal suspects and
    persons who may be hiding criminals or criminal evidence"; Art. 178: "When conducting a
    search, a search warrant shall be presented to the person being searched or to his family
    members"; Art. 179: "During the execution of arrest or detention, in case of emergency, a
    search may be carried out without a separate search warrant"; Art. 180: "Searches of
    women's bodies shall be carried out by female officers"; Art. 181: "In the course of a
    search, if obstructed, the search may be conducted compulsively".

    Assumptions: unless the user says otherwise, the person or place searched is the
    suspect's and a warrant is shown (each said in the answer); "by force" asks for Art. 181's
    obstruction. The police's search articles are not in the corpus, so for a police search the
    procuratorate's rules are stated and the answer says so. Not modelled: the witnesses who
    must be present (Art. 180) and the search record (Art. 184).
    """
    facts, notes = _search_defaults(facts)
    requires = conds("search.requires")
    if flag(facts, "search_forcible"):
        requires += conds("search.forcible")
    v = evaluate(
        facts=facts,
        requires=requires,
        grounds=conds("search.grounds"),
        # the female-officer rule is checked when a woman's search is told, else only stated
        bars=conds("search.bars") if flag(facts, "search_woman_by_man") is not None else (),
    )
    if body != "procuratorate":
        notes.append(POLICE_SEARCH if body == "police" else ANY_BODY)
    if v.eligible is not False:
        notes.append(FEMALE)
    return render(
        "eligibility.search",
        v,
        yes="the search may be made" + (" by force" if flag(facts, "search_forcible") else ""),
        no="the search may not be made that way",
        notes=tuple(notes),
    )


def _identity_arrest(facts: Facts, body: str | None) -> Verdict:
    """The police apply on evidence of the crime (MPS Art. 112); the procuratorate approves on
    the ordinary arrest conditions (SPP Art. 88), which decide when the body is not named."""
    if body == "police":
        return evaluate(facts=facts, requires=conds("identity.police.requires"))
    return evaluate(
        facts=facts,
        requires=conds("identity.procuratorate.requires") + conds("arrest.procuratorate.requires"),
        bars=conds("arrest.procuratorate.bars"),
        assume_unraised_bars=True,
    )


@rule(
    "eligibility.unknown_identity",
    kind="eligibility",
    cites=(
        RuleCite(SPP, 88, "does not disclose his real name or address and his identity is unknown"),
        RuleCite(MPS, 112, "in accordance with the name declared by the person"),
        RuleCite(MPS, 131, "according to the name he has self-declared"),
    ),
)
def unknown_identity(facts: Facts, body: str | None = None) -> RuleResult:
    """A suspect who withholds his name or address. SPP Rules Art. 88: "Where a criminal suspect
    does not disclose his real name or address and his identity is unknown, the people's
    procuratorate shall approve or decide to arrest him if it finds, after examination, that
    the case complies with the provisions of Articles 86 and 87 of these Rules". MPS Provisions
    Art. 112: "If a criminal suspect does not disclose his real name, address, or identity";
    "In cases where there is evidence to prove the fact of a crime, an application may also be
    made for approval of arrest in accordance with the name declared by the person". Art. 131:
    "If a criminal suspect does not disclose his real name or address and his identity is
    unknown"; "If the criminal facts are clear and the evidence is reliable and sufficient, he
    may also be transferred to the people's procuratorate for examination and prosecution
    according to the name he has self-declared".

    Assumptions: the step asked is the arrest unless prosecution is asked (`identity_step`);
    for an arrest with no body named the procuratorate's approval decides (SPP Art. 88, with
    Art. 86's conditions), and a police question gets MPS Art. 112's application. Art. 87
    (several crimes or a joint crime) is not modelled; a CPL Art. 15 circumstance not
    mentioned is taken as absent, as in `eligibility.arrest`.
    """
    prosecution = facts.get("identity_step") == "prosecution"
    if prosecution:
        v = evaluate(facts=facts, requires=conds("identity.prosecution.requires"))
    else:
        v = _identity_arrest(facts, body)
    step = "sent for prosecution" if prosecution else "arrested"
    return render(
        "eligibility.unknown_identity",
        v,
        yes=f"withholding his name does not stop it: he may be {step} under the name he gives",
        no=f"he may not be {step} yet",
        notes=(IDENTITY_CLOCK,),
    )
