"""Whether a person may be compelled to appear for questioning (MPS Provisions Arts. 60, 62;
SPP Rules Arts. 32, 34, 35). The translation calls compelled appearance "detain"; it is the
short, forced appearance for questioning, not the detention of MPS Art. 105 / SPP Art. 76.

Example:
    >>> compelled_appearance({"compel_suspect": False}).computed
    {'eligible': False}
"""

from __future__ import annotations

from assistant.rules.conditions import conds
from assistant.rules.elig_measures import for_body
from assistant.rules.facts import Facts, flag
from assistant.rules.model import RuleCite, RuleResult
from assistant.rules.registry import rule
from assistant.rules.verdict import Verdict, evaluate, render

SPP, MPS = "spp-rules", "mps-procedures"
RID = "eligibility.compelled_appearance"
APPROVALS = (
    "Approval: for the police, the responsible person of a public security organ at or above the "
    "county level (MPS Art. 60); for the procuratorate, the procurator-general (SPP Art. 32). It "
    "lasts at most 12 hours from arrival (MPS Art. 62, SPP Art. 34)."
)
DIFFERENCE = (
    "The police rule names the failure to appear without a valid reason as a ground and limits "
    "the place to the city or county where the suspect is (MPS Art. 60); the procuratorate's "
    "rule leaves it to the circumstances of the case and also allows the city or county of the "
    "suspect's work unit (SPP Arts. 32, 35)."
)
JUDGEMENT = (
    "Assumed because not mentioned: the investigators judge that the circumstances of the case "
    "call for it (the article leaves this to them; no earlier summons is needed)."
)


def _judged(facts: Facts) -> tuple[Facts, bool]:
    """The case's circumstances, left to the investigators, are taken as calling for it unless
    the user says otherwise; a summons ignored without a valid reason is such a circumstance."""
    if flag(facts, "compel_needed") is not None:
        return facts, False
    if flag(facts, "compel_failed_summons") and not flag(facts, "summons_valid_reason"):
        return {**facts, "compel_needed": True}, False
    return {**facts, "compel_needed": True}, True


def _verdict(facts: Facts, who: str) -> Verdict:
    """One body's verdict from its three condition groups; exclusions not raised are absent."""
    parts = {part: conds(f"compelled.{who}.{part}") for part in ("requires", "grounds", "bars")}
    return evaluate(facts=facts, **parts, assume_unraised_bars=True)


@rule(
    RID,
    kind="eligibility",
    cites=(
        RuleCite(MPS, 60, "detain a criminal suspect who needs to be summoned"),
        RuleCite(SPP, 32, "in light of the circumstances of a case, detain a criminal suspect"),
    ),
)
def compelled_appearance(facts: Facts, body: str | None = None) -> RuleResult:
    """Compelled appearance (juchuan) of a person for questioning. MPS Provisions Art. 60: the
    police may, "according to the circumstances of the case", "detain a criminal suspect who
    needs to be summoned", or one "who fails to appear in the case without a valid reason",
    "to a designated place in the city or county where he or she is located for questioning";
    Art. 62: "a criminal suspect shall not be detained in disguise in the form of continuous
    detention". SPP Rules Art. 32: the procuratorate may, "in light of the circumstances of a
    case, detain a criminal suspect"; Art. 34: "the criminal suspect shall not be detained in
    disguise by means of continuous detention"; Art. 35: "A people's procuratorate shall detain
    a criminal suspect at a place within the city or county where the criminal suspect is
    located".

    Assumptions: "detain" in these articles is the translation's word for compelled
    appearance. The circumstances of the case are the investigators' judgement, taken as
    calling for it unless the user says otherwise (the answer says so); a person summoned is a
    suspect unless named a witness or victim (read so by `facts_compelled`; told neither, the
    role is asked); continuous compelled appearance and questioning
    outside the city or county are taken as not planned unless mentioned; the required
    approval is taken as obtained.
    """
    facts, assumed = _judged(facts)
    police, spp = _verdict(facts, "police"), _verdict(facts, "procuratorate")
    open_both = body is None and police.eligible is None and spp.eligible is None
    v = police if open_both else for_body(body, police, spp)  # both ask the same facts
    notes = [APPROVALS]
    if assumed and v.eligible is True:
        notes.insert(0, JUDGEMENT)
    if body is None:
        notes.append(DIFFERENCE)
    return render(
        RID,
        v,
        yes="the person may be compelled to appear for questioning (at most 12 hours)",
        no="the person may not be compelled to appear",
        notes=tuple(notes),
    )
