"""Check the labels of bench/own60_setY.yaml by calling the pure rule functions.

Every eligibility and deadline item's label was worked out by hand from the article and the
rule's docstring; here the facts, body and dates are encoded by hand (never read from a
question's text) and the rule function is called on them. Per eligibility item, CHECKS holds
every fact the question tells that the rule function reads: True (told as true), False (told
as false: denied, "no", "never"), U (told as unknown or disputed: passed to the rule with
no value and under "uncertain"), a number where one is told; facts the question does not mention are left out.
`body` is given wherever the question names the acting body. Null items have no entry.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own60.py

Prints one line per disagreement and the count of labels that agree; exits 1 on any
disagreement or malformed item.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own60_setY.yaml"
U = "uncertain"  # a fact told as unknown or disputed
T, F = True, False
VOICES = ("single father", "receptionist", "podcast", "programmer", "property manager")


def elig(rule: str, facts: dict[str, Any], body: str | None = None) -> dict[str, Any]:
    return {"rule": f"eligibility.{rule}", "facts": facts, "body": body}


def dl(rule: str, start: date | datetime | None, **kw: Any) -> dict[str, Any]:
    return {"rule": f"deadline.{rule}", "start": start, "kw": kw}


P, S = "police", "procuratorate"

CHECKS: dict[int, dict[str, Any]] = {
    # ---- eligibility
    1: elig("bail", {"pregnant": T}, P),
    2: elig("lawyer_meeting_permission", {"state_secrets": F, "state_security_crime": F}, P),
    3: elig("arrest_exemption", {"breastfeeding": T, "baby_age_months": 24}, S),
    4: elig("bail", {"breastfeeding": T, "baby_age_months": 18}, S),
    5: elig("detention", {"caught_in_act": T}, P),
    6: elig(
        "juvenile_family_meeting",
        {"repentance": T, "family_not_involved": T, "police_consent": T},
        S,
    ),
    7: elig("lawyer_hire_approval", {"state_secrets": T}, P),
    8: elig("surveillance_place", {"surveillance_at_custody_place": T}, P),
    9: elig("bail", {"minor_penalty_only": T, "gang_principal": U}, P),
    10: elig("search", {"search_warrant": T, "search_suspect": T, "search_woman_by_man": T}, S),
    11: elig(
        "leave_on_bail",
        {"leave_reason": T, "leave_approved": F, "measure_by_procuratorate": F},
        P,
    ),
    12: elig("shared_lawyer", {"co_suspects_same_case": T}, P),
    13: elig("record_unsealing", {"new_or_omitted_crime": T}),
    14: elig("lawyer_count", {"lawyer_count": 2}),
    15: elig("restraints", {"restraint_in_measure": T, "restraint_juvenile": F}, P),
    16: elig("record_sealing", {"age_at_offence": 16, "sentence_years": 2, "not_prosecuted": F}),
    17: elig("unknown_identity", {"identity_unknown": T, "evidence_of_crime": T}, P),
    18: elig("cppcc_notice", {"cppcc_member": T, "measure_other": T}, P),
    19: elig("detention", {"suicide_or_flight": F, "evidence_tampering_risk": F}, S),
    20: elig(
        "leave_on_bail",
        {
            "leave_reason": T,
            "leave_approved": T,
            "leave_decider_consent": U,
            "measure_by_procuratorate": T,
        },
        S,
    ),
    21: elig("lawyer_count", {"lawyer_count": 3}, P),
    22: elig("arrest_for_bail_breach", {"left_area": T}, S),
    23: elig(
        "juvenile_non_prosecution",
        {"age_at_offence": 16, "minor_crime": T, "secondary_role": T},
        S,
    ),
    24: elig(
        "arrest",
        {
            "evidence_of_crime": T,
            "imprisonment_possible": F,
            "minor_penalty_only": T,
            "bail_insufficient": T,
        },
    ),
    25: elig("family_notice_exception", {"co_suspect_risk": T}, P),
    26: elig(
        "guarantor",
        {
            "guarantor_not_implicated": T,
            "guarantor_residence_income": T,
            "guarantor_rights_unrestricted": T,
        },
    ),
    27: elig("detention_without_warrant", {"identified_by_witness": T}, P),
    28: elig("body_examination", {"exam_victim": T, "exam_suspect": F, "exam_forced": T}, S),
    29: elig(
        "restraints",
        {"restraint_in_measure": T, "restraint_juvenile": T, "restraint_danger": F},
        P,
    ),
    30: elig("arrest_for_bail_breach", {"evidence_tampering": U}, P),
    31: elig(
        "family_notice_exception",
        {"co_suspect_risk": F, "identity_unknown": F, "hinders_or_impossible": F},
        P,
    ),
    32: elig(
        "juvenile_probation",
        {
            "age_at_offence": 17,
            "possible_sentence_years": 2,
            "recidivist": F,
            "repentance": T,
            "guardianship": T,
        },
        S,
    ),
    33: elig(
        "investigation_experiment",
        {
            "experiment_harmful": T,
            "experiment_approved": T,
            "experiment_compelled": T,
            "experiment_party": T,
        },
        S,
    ),
    34: elig(
        "search",
        {
            "search_in_arrest": T,
            "search_warrant": F,
            "search_emergency": T,
            "search_suspect": T,
        },
        S,
    ),
    35: elig("arrest_for_surveillance_breach", {"evasion": T}, P),
    36: elig("arrest", {"evidence_of_crime": T, "possible_sentence_years": 3}, S),
    37: elig(
        "search",
        {
            "search_in_arrest": T,
            "search_warrant": F,
            "search_emergency": U,
            "search_suspect": T,
        },
        S,
    ),
    38: elig(
        "conditional_non_prosecution",
        {
            "age_at_offence": 17,
            "crime_chapter_4_6": T,
            "possible_sentence_years": 0.67,
            "prosecutable": T,
            "repentance": T,
        },
    ),
    39: elig("family_notice_exception", {"co_suspect_risk": U, "identity_unknown": F}, P),
    40: elig(
        "deputy_permission",
        {
            "npc_deputy": T,
            "deputy_county_up": T,
            "measure_detention": T,
            "caught_in_act": F,
        },
        P,
    ),
    41: elig(
        "conditional_non_prosecution",
        {
            "age_at_offence": 15,
            "crime_chapter_4_6": T,
            "possible_sentence_years": 0.5,
            "repentance": T,
            "prosecutable": U,
        },
        S,
    ),
    42: elig("bail", {"minor_penalty_only": T, "recidivist": T}, P),
    43: elig(
        "deputy_permission",
        {"npc_deputy": T, "deputy_county_up": U, "measure_other": T},
        P,
    ),
    44: elig("lawyer_interpreter", {"interpreter_permission": U}, P),
    45: elig("surveillance", {"serious_illness": U}, P),
    46: elig("surveillance_meeting", {"meet_own_lawyer": T, "measure_by_procuratorate": F}, P),
    47: elig("sealed_record_access", {"requester_judicial": T}, S),
    48: elig(
        "arrest_for_surveillance_breach",
        {
            "evasion": F,
            "violent_witness_interference": F,
            "evidence_tampering": F,
            "new_crime": F,
            "other_serious_violation": F,
        },
        P,
    ),
    49: elig(
        "juvenile_non_prosecution",
        {
            "age_at_offence": 17,
            "recidivist": F,
            "minor_crime": T,
            "repentance": T,
            "compensation_settled": F,
        },
    ),
    50: elig(
        "recusal",
        {
            "official_is_party_or_relative": F,
            "official_interest": F,
            "official_prior_role": F,
            "official_gifts_or_meetings": F,
            "official_other_relation": F,
        },
        P,
    ),
    51: elig("compelled_appearance", {"compel_suspect": F}, P),
    52: elig("recusal_pending", {"recusal_pending": T}, P),
    53: elig(
        "guarantor",
        {
            "guarantor_residence_income": T,
            "guarantor_rights_unrestricted": T,
            "guarantor_not_implicated": U,
        },
    ),
    54: elig("surveillance", {"minor_penalty_only": T, "no_bond_or_guarantor": T}, P),
    55: elig("leave_conditional_np", {"cnp_leave_approved": F}, S),
    56: elig("detention", {"identified_by_witness": U}, P),
    57: elig(
        "conditional_np_revocation",
        {
            "np_supervision_violation": T,
            "np_repeated": F,
            "np_serious": U,
            "new_crime": F,
            "np_earlier_crime": F,
        },
        S,
    ),
    58: elig(
        "leave_under_surveillance",
        {"leave_reason": T, "leave_approved": T, "measure_by_procuratorate": F},
        P,
    ),
    59: elig(
        "interrogation_outside_custody",
        {"out_to_identify": T, "out_chief_approval": T, "out_escort_short": T},
        S,
    ),
    60: elig("lawyer_meeting_permission", {"state_secrets": U}, P),
    # ---- deadline (today 2026-03-05, a Thursday)
    61: dl("bail_application_reply", date(2026, 3, 2), body=P),  # Monday
    62: dl("recusal_reconsideration", date(2026, 3, 4), body=P),  # yesterday
    63: dl("conditional_np_complaint", date(2026, 3, 1)),  # Sunday
    64: dl("overdue_measure_review", date(2026, 3, 2), measure="detention"),
    65: dl("custody_after_arrest", date(2026, 1, 20)),
    66: dl("guarantor_fine_review", date(2026, 3, 3)),  # Tuesday
    67: dl("lawyer_permission", date(2026, 3, 3), body=P),
    68: dl("forfeiture_review", date(2026, 3, 2)),  # Monday
    69: dl("custody_recalculation", None),  # no date: asks
    70: dl("no_filing_reasons", date(2026, 2, 26)),
    71: dl("juvenile_inform_victim", date(2026, 2, 27)),
    72: dl("interrogation_arrest", datetime(2026, 3, 4, 18, 40), body=P),  # yesterday 18:40
    73: dl("family_notice_detention", datetime(2026, 3, 3, 22, 15), body=P),  # Tuesday 22:15
    74: dl("sealed_record_inquiry", date(2026, 3, 4)),
    75: dl("arrest_reconsideration", date(2026, 2, 27)),  # Friday 27 Feb
    76: dl("arrest_higher_review", None),  # no date: asks
}


def to_facts(encoded: dict[str, Any]) -> dict[str, Any]:
    """The hand-encoded facts as the rule takes them: a U fact is present with no value (so a
    rule that fills unmentioned facts with a default asks it) and listed under "uncertain"
    (so an exclusion raised but unsettled is asked, not assumed away)."""
    facts = {k: (None if v is U else v) for k, v in encoded.items()}
    unsure = [k for k, v in encoded.items() if v is U]
    if unsure:
        facts["uncertain"] = unsure
    return facts


def run(check: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    spec = all_rules()[check["rule"]]
    if spec.kind == "eligibility":
        res = spec.func(to_facts(check["facts"]), body=check["body"])
    else:
        res = spec.func(check["start"], **check["kw"])
    return dict(res.computed), bool(res.needs)


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    problems: list[str] = []
    agree = checked = 0
    for n, item in enumerate(items, 1):
        rid = item.get("rule")
        if rid is not None and rid not in rules:
            problems.append(f"{n}: unknown rule {rid}")
            continue
        if item.get("voice") not in VOICES:
            problems.append(f"{n}: unknown voice {item.get('voice')!r}")
        check = CHECKS.get(n)
        if rid is None:
            if check is not None or "computed" in item:
                problems.append(f"{n}: a null item with a check or a computed label")
            continue
        if check is None or check["rule"] != rid:
            problems.append(f"{n}: no check, or the check names another rule than {rid}")
            continue
        checked += 1
        computed, needs = run(check)
        want_needs = bool(item.get("needs"))
        if computed == item.get("computed") and needs == want_needs:
            agree += 1
        else:
            problems.append(
                f"{n} {rid}: label {item.get('computed')} needs={want_needs}, "
                f"function {computed} needs={needs}"
            )
    kinds = Counter((i["rule"] or "null.").split(".")[0] for i in items)
    elig_rules = {i["rule"] for i in items if (i["rule"] or "").startswith("eligibility.")}
    missing = sorted(r for r in rules if r.startswith("eligibility.") and r not in elig_rules)
    if missing:
        problems.append(f"eligibility rules not covered: {missing}")
    verdicts = Counter(
        str(i["computed"]["eligible"]) for i in items if i["rule"] and "eligible" in i["computed"]
    )
    voices = Counter(i["voice"] for i in items)
    for line in problems:
        print(line)
    print(f"items {len(items)}: {dict(kinds)}; eligibility verdicts {dict(verdicts)}")
    print(f"voices: {dict(voices)}")
    print(f"{agree} of {checked} labels agree with the rule functions")
    return 1 if problems or agree != checked else 0


if __name__ == "__main__":
    sys.exit(main())
