"""Whether a compulsory measure against a people's congress deputy needs the congress's
permission first (SPP Rules Arts. 79, 93; MPS Provisions Arts. 140-142).

Example:
    >>> deputy_permission({"npc_deputy": True, "deputy_county_up": True,
    ...                    "measure_arrest": True, "measure_detention": False}).computed
    {'eligible': False}
"""

from __future__ import annotations

from dataclasses import replace

from assistant.rules.conditions import conds
from assistant.rules.elig_measures import for_body
from assistant.rules.facts import Facts, flag
from assistant.rules.model import RuleCite, RuleResult
from assistant.rules.registry import rule
from assistant.rules.verdict import evaluate, render

SPP, MPS = "spp-rules", "mps-procedures"
RID = "eligibility.deputy_permission"
# the three articles that require permission first; the exceptions' articles are cited by
# their conditions (conditions.toml, deputy.*.grounds)
POLICE_PERMISSION = RuleCite(
    MPS,
    140,
    "it shall report in writing to the presidium or Standing Committee of the people's "
    "Congress to which the deputy belongs for permission",
)
DETAIN_PERMISSION = RuleCite(
    SPP,
    79,
    "shall report to the Presidium or Standing Committee of the people's Congress to "
    "which the representative belongs for permission",
)
ARREST_PERMISSION = RuleCite(
    SPP,
    93,
    "it shall report to the Chairman's College or the Standing Committee of the "
    "people's Congress at the corresponding level for permission",
)


def _permission_cites(facts: Facts, body: str | None) -> tuple[RuleCite, ...]:
    """The articles requiring permission, cited beside the exceptions: the answer rests on
    them whenever no exception applies."""
    police = (POLICE_PERMISSION,)
    spp = (ARREST_PERMISSION,) if flag(facts, "measure_arrest") else (DETAIN_PERMISSION,)
    if body == "police" or flag(facts, "measure_other") is True:
        return police
    return spp if body == "procuratorate" else police + spp


@rule(
    RID,
    kind="eligibility",
    cites=(POLICE_PERMISSION, DETAIN_PERMISSION, ARREST_PERMISSION),
)
def deputy_permission(facts: Facts, body: str | None = None) -> RuleResult:
    """A measure against a people's congress deputy without the congress's prior permission.
    MPS Provisions Art. 140: to summon, bail, place under residential surveillance, detain or
    request the arrest of a deputy at or above the county level "it shall report in
    writing to the presidium or Standing Committee of the people's Congress to which the
    deputy belongs for permission"; Art. 141: "while first detaining an active criminal or a
    major suspect" they "shall immediately report"; Art. 142: for a township deputy they
    "shall immediately report the case to the people's congress to which he belongs". SPP
    Rules Art. 79: to detain a county-or-higher deputy the procuratorate "shall report to the
    Presidium or Standing Committee of the people's Congress to which the representative
    belongs for permission", unless the deputy "is detained for an active crime"; Art. 93: to
    arrest one "it shall report to the Chairman's College or the Standing Committee of the
    people's Congress at the corresponding level for permission"; for township deputies the
    county procuratorate "shall report the matter to the people's congress of the township,
    nationality township or town" (Arts. 79, 93).

    Assumptions: the person is a deputy at the level stated (a district counts as county
    level); "eligible" means the measure may be taken without permission first (the congress
    must still be told at once). The SPP Rules in the corpus cover only detention and arrest,
    so for the procuratorate's bail, surveillance or summons the police list (Art. 140) is
    applied and the answer says so.
    """
    police = evaluate(facts=facts, grounds=conds("deputy.police.grounds"))
    spp = evaluate(facts=facts, grounds=conds("deputy.procuratorate.grounds"))
    other = flag(facts, "measure_other") is True
    v = police if other else for_body(body, police, spp)
    v = replace(v, cites=tuple(dict.fromkeys(v.cites + _permission_cites(facts, body))))
    notes = [
        "A deputy to congresses at two or more levels needs the permission of each (SPP Arts. "
        "79, 93). If the police learn only while carrying out a measure that the person is a "
        "county-or-higher deputy, they must suspend it, and if already carried out, lift it at "
        "once and report (MPS Art. 141).",
    ]
    if other and body != "police":
        notes.append(
            "The procuratorate's rules in the corpus speak only of detention and arrest (SPP "
            "Arts. 79, 93); for bail, residential surveillance or a summons the police rule "
            "(MPS Art. 140) is applied."
        )
    if body is None and not other:
        notes.append(
            "The police and the procuratorate rules agree on this: permission first for a "
            "county-or-higher deputy, a report at once for a township deputy or a detention "
            "of an active criminal."
        )
    return render(
        RID,
        v,
        yes="the measure may be taken without the congress's permission first, but the "
        "congress must be told at once",
        no="the permission of the presidium or standing committee of the deputy's people's "
        "congress is needed first",
        notes=tuple(notes),
    )
