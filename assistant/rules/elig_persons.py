"""Eligibility rules about people and notices: guarantors, recusal (withdrawal) requests,
one lawyer for several suspects, and the exceptions to notifying the family of a detention
or arrest."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.rules.conditions import Cond, conds
from assistant.rules.elig_measures import for_body
from assistant.rules.facts import Facts, flag
from assistant.rules.model import RuleCite, RuleResult
from assistant.rules.registry import rule
from assistant.rules.verdict import evaluate, render

SPP, MPS = "spp-rules", "mps-procedures"


@rule(
    "eligibility.guarantor",
    kind="eligibility",
    cites=(
        RuleCite(MPS, 69, "the surety shall meet the following conditions"),
        RuleCite(SPP, 42, "the surety shall comply with the provisions of Article 54"),
    ),
)
def guarantor(facts: Facts, body: str | None = None) -> RuleResult:
    """Guarantor (surety) qualifications. MPS Provisions Art. 69: "the surety shall meet the
    following conditions": not implicated in the case, able to perform the guarantee, political
    rights and personal freedom unrestricted, a fixed residence and income. SPP Rules Art. 42:
    "the surety shall comply with the provisions of Article 54" of the Criminal Procedure Law.

    Assumptions: the four MPS conditions are applied for both bodies; the CPL article the
    procuratorate refers to is not quoted in the corpus. A person shown to be uninvolved, with
    rights, a fixed residence and an income, is taken as able to perform the guarantee unless
    something said suggests otherwise, and the answer says so.
    """
    notes = []
    others = ("guarantor_not_implicated", "guarantor_rights_unrestricted")
    others += ("guarantor_residence_income",)
    if flag(facts, "guarantor_capable") is None and all(flag(facts, k) for k in others):
        facts = {**facts, "guarantor_capable": True}
        notes.append(
            "Assumed because not mentioned: able to carry out the guarantee (if not, the "
            "answer is no)."
        )
    v = evaluate(facts=facts, requires=conds("guarantor.police.requires"))
    notes.append(
        "A suspect may not be asked for a guarantor and a deposit at the same time (MPS Art. 67)."
    )
    if body != "police":
        notes.append(
            "The procuratorate's rules refer to CPL Art. 54 (SPP Rules Art. 42), which the "
            "corpus does not quote; the police list (MPS Art. 69) is applied."
        )
    return render(
        "eligibility.guarantor",
        v,
        yes="this person qualifies as a guarantor",
        no="this person does not qualify as a guarantor",
        notes=notes,
    )


CATCH_ALL = "official_other_relation"


def _catch_all_ruled_out(facts: Facts, grounds: Sequence[Cond]) -> tuple[Facts, list[str]]:
    """MPS Art. 24's catch-all ("Having other relations with the parties ...") taken as
    absent when the user has ruled out every specific ground and named none (a complaint of
    rudeness): a relation that mattered would be told, as the named ones were."""
    listed = [c for c in grounds if c.key != CATCH_ALL]
    if facts.get(CATCH_ALL) is not None or CATCH_ALL in (facts.get("uncertain") or ()):
        return facts, []
    if not listed or any(c.value(facts) is not False for c in listed):
        return facts, []
    note = ("Taken as absent: another relationship with a party that may affect impartiality "
            "(not mentioned); if there is one, a withdrawal request is well founded.")  # fmt: skip
    return {**facts, CATCH_ALL: False}, [note]


@rule(
    "eligibility.recusal",
    kind="eligibility",
    cites=(
        RuleCite(MPS, 24, "shall recuse themselves under any of the following circumstances"),
        RuleCite(MPS, 26, "The parties and their legal representatives have the right to request"),
        RuleCite(SPP, 20, "shall have the right to request their recusal"),
        RuleCite(SPP, 29, "may not serve as procurators of the case"),
    ),
)
def recusal(facts: Facts, body: str | None = None) -> RuleResult:
    """Withdrawal (recusal) requests. MPS Provisions Art. 24: police officers "shall recuse
    themselves under any of the following circumstances" (a party or close relative; an
    interest in the case; an earlier role as witness, expert, defender or agent; another
    relationship affecting impartiality); Art. 26: for accepting gifts or improper meetings
    "The parties and their legal representatives have the right to request" recusal. SPP Rules
    Art. 20: for the circumstances of CPL Arts. 28-29 the parties "shall have the right to
    request their recusal"; Art. 29: investigators who took part in the investigation of the
    case and were transferred to the procuratorate "may not serve as procurators of the case".

    Assumption: the MPS list is applied for both bodies; the CPL articles the procuratorate
    refers to are not quoted in the corpus. When every specific ground is ruled out and no
    other relation is told, the catch-all ground is taken as absent (stated in the answer). The SPP Art. 29 ground is added for a procurator
    (the procuratorate asked about, or a former investigator named).
    """
    grounds = conds("recusal.police.grounds")
    facts, assumed = _catch_all_ruled_out(facts, grounds)
    if body == "procuratorate" or flag(facts, "official_former_investigator") is not None:
        grounds = conds("recusal.procuratorate.grounds") + grounds
    v = evaluate(facts=facts, grounds=grounds)
    notes = [
        *assumed,
        "Who decides: investigators by the county-level police head; a police head by the "
        "procuratorial committee (MPS Art. 28); procurators by the chief procurator, the chief "
        "procurator by the procuratorial committee (SPP Art. 23). A rejection can be "
        "reconsidered if applied for within five days (MPS Art. 30, SPP Art. 26).",
    ]
    if body == "procuratorate":
        notes.append(
            "For a procurator the grounds are those of CPL Arts. 28-29 (SPP Rules Art. 20), not "
            "quoted in the corpus; a request on the gifts-and-meetings ground needs supporting "
            "material (SPP Art. 22)."
        )
    return render(
        "eligibility.recusal",
        v,
        yes="a withdrawal (recusal) request is well founded",
        no="no listed ground for withdrawal (recusal) applies",
        notes=notes,
    )


@rule(
    "eligibility.family_notice_exception",
    kind="eligibility",
    cites=(
        RuleCite(MPS, 108, "the notice may not be given"),
        RuleCite(SPP, 80, "If it is not possible to notify"),
    ),
)
def family_notice_exception(facts: Facts, body: str | None = None) -> RuleResult:
    """Exceptions to notifying the family within 24 hours. MPS Provisions Art. 108 (and Art. 125
    after arrest): with county-level approval "the notice may not be given" while co-suspects
    may flee or destroy evidence, the identity is unknown, or notice would hinder the
    investigation or cannot be given. SPP Rules Art. 80 (and Art. 115): only obstacles to the
    investigation, approved by the procurator-general, or "If it is not possible to notify".

    Assumption: the required approval was obtained; the family must be told as soon as the
    circumstance ends (MPS Art. 108).
    """
    police = evaluate(facts=facts, grounds=conds("family_notice.police.grounds"))
    spp = evaluate(facts=facts, grounds=conds("family_notice.procuratorate.grounds"))
    notes = (
        "The police exceptions are wider (co-suspect risk, unknown identity, hindrance; MPS Arts. "
        "108, 125) than the procuratorate's (obstacles to the investigation or impossibility; SPP "
        "Arts. 80, 115). Once the reason ends the family must be told at once, and a notice given "
        "late must state why.",
    )
    return render(
        "eligibility.family_notice_exception",
        for_body(body, police, spp),
        yes="notice to the family may lawfully be withheld for now",
        no="the family must be notified within 24 hours",
        notes=notes,
    )


@rule(
    "eligibility.lawyer_meeting_permission",
    kind="eligibility",
    cites=(
        RuleCite("cpl", 39, "defense lawyers must obtain permission from the investigation agency"),
        RuleCite(MPS, 43, "lawyers do not need approval to meet with criminal suspects"),
        RuleCite(SPP, 152, "In cases involving state secrets, where a lawyer proposes to meet"),
    ),
)
def lawyer_meeting_permission(facts: Facts, body: str | None = None) -> RuleResult:
    """Whether a lawyer may meet a suspect in custody without permission. CPL Art. 39: for
    national-security or terrorism crimes "defense lawyers must obtain permission from the
    investigation agency" during the investigation; MPS Provisions Art. 43: otherwise
    "lawyers do not need approval to meet with criminal suspects", but state-secret cases need
    county-level approval; SPP Rules Art. 152: "In cases involving state secrets, where a lawyer
    proposes to meet" a suspect, the procuratorate decides within five days.

    Assumption: the case is still at the investigation stage; the 2018 CPL rule is applied
    alongside the older police and procuratorate rules.
    """
    police = evaluate(facts=facts, bars=conds("lawyer_meeting.police.bars"))
    spp = evaluate(facts=facts, bars=conds("lawyer_meeting.procuratorate.bars"))
    notes = (
        "Without such a bar the detention house must arrange the meeting within 48 hours "
        "(CPL Art. 39); both bodies require approval in state-secret cases (MPS Art. 43, SPP "
        "Art. 152).",
    )
    return render(
        "eligibility.lawyer_meeting_permission",
        for_body(body, police, spp),
        yes="the lawyer may meet the suspect without the investigators' permission",
        no="the lawyer needs permission or approval first",
        notes=notes,
    )


@rule(
    "eligibility.shared_lawyer",
    kind="eligibility",
    cites=(
        RuleCite(MPS, 40, "Criminal suspects in the same case shall not retain the same lawyer"),
        RuleCite(
            SPP,
            149,
            "the people's procuratorate shall not arrange for the lawyer to meet with the "
            "criminal suspects in custody",
        ),
    ),
)
def shared_lawyer(facts: Facts, body: str | None = None) -> RuleResult:
    """One lawyer for several suspects. MPS Provisions Art. 40: "Criminal suspects in the same
    case shall not retain the same lawyer". SPP Rules Art. 149: where a lawyer represents two or
    more suspects at the same time during the investigation, "the people's procuratorate shall
    not arrange for the lawyer to meet with the criminal suspects in custody".

    Assumption: the question is about the investigation stage, which both articles govern.
    Reading: the translation of Art. 149 does not repeat "in the same case"; it is read as the
    police rule's same-case bar (a lawyer for two suspects of unrelated cases is not in the
    conflict both articles guard against), so suspects in different cases may share one.
    """
    police = evaluate(facts=facts, bars=conds("shared_lawyer.police.bars"))
    spp = evaluate(facts=facts, bars=conds("shared_lawyer.procuratorate.bars"))
    return render(
        "eligibility.shared_lawyer",
        for_body(body, police, spp),
        yes="one lawyer may act for suspects in different cases",
        no="suspects in the same case cannot share one lawyer",
        notes=("Each suspect in the same case needs a lawyer of their own.",),
    )
