"""Label check for bench/own68_setAG.yaml (set AG, 100 blind routing examples).

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script checks it by calling the pure rule function on facts and
dates encoded here by hand (never on a question's text). For each eligibility item CHECKS
holds every fact the question tells that the rule reads: told true = True, told false =
False, told as unknown or disputed = listed in "uncertain" with the key set to None; a fact
not mentioned is left out. `body` is given where the question names the acting body.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own68.py

Prints how many labels agree and exits non-zero on any disagreement.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own68_setAG.yaml"
POLICE, PROC = "police", "procuratorate"


def unsure(facts: dict[str, Any], *keys: str) -> dict[str, Any]:
    """The facts with `keys` told as unknown or disputed."""
    out = dict(facts)
    out.update(dict.fromkeys(keys))
    out["uncertain"] = tuple(keys)
    return out


def elig(rule: str, facts: dict[str, Any], body: str | None = None) -> dict[str, Any]:
    return {"rule": rule, "facts": facts, "body": body}


def dl(rule: str, start: date | datetime | None, **kwargs: Any) -> dict[str, Any]:
    return {"rule": rule, "start": start, "kwargs": kwargs}


E = "eligibility."
D = "deadline."

# item number (1-based, as in the YAML file) -> hand-encoded inputs
CHECKS: dict[int, dict[str, Any]] = {
    # ---- eligibility
    1: elig(E + "bail", {"pregnant": True, "recidivist": False}, POLICE),
    2: elig(
        E + "conditional_non_prosecution",
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 1,
            "prosecutable": True,
            "repentance": True,
            "juvenile_objects": False,
        },
        PROC,
    ),
    3: elig(
        E + "arrest",
        {"evidence_of_crime": True, "minor_penalty_only": True, "imprisonment_possible": False},
        PROC,
    ),
    4: elig(E + "detention", {"identified_by_witness": True}, POLICE),
    5: elig(E + "bail", {"serious_illness": True}, PROC),
    6: elig(E + "leave_on_bail", {"leave_reason": True, "leave_approved": False}, POLICE),
    7: elig(
        E + "conditional_non_prosecution",
        {"age_at_offence": 17, "crime_chapter_4_6": True, "possible_sentence_years": 3},
        PROC,
    ),
    8: elig(E + "arrest_exemption", {"breastfeeding": True, "baby_age_months": 8}, PROC),
    9: elig(E + "detention", {"suicide_or_flight": False, "evidence_tampering_risk": False}, PROC),
    10: elig(E + "bail", {"pregnant": True, "recidivist": True}, POLICE),
    11: elig(E + "detention", {"caught_in_act": True}, POLICE),
    12: elig(
        E + "juvenile_non_prosecution",
        {"age_at_offence": 15, "secondary_role": True, "minor_crime": True},
        PROC,
    ),
    13: elig(E + "arrest_for_surveillance_breach", {"evasion": True}, POLICE),
    14: elig(E + "restraints", {"restraint_in_measure": True, "restraint_juvenile": False}, POLICE),
    15: elig(E + "bail", unsure({}, "pregnant"), POLICE),
    16: elig(
        E + "search",
        unsure(
            {"search_suspect": True, "search_warrant": False, "search_in_arrest": True},
            "search_emergency",
        ),
        PROC,
    ),
    17: elig(
        E + "juvenile_non_prosecution",
        unsure(
            {
                "age_at_offence": 15,
                "minor_injury_case": True,
                "recidivist": False,
                "minor_crime": True,
                "repentance": True,
            },
            "compensation_settled",
        ),
        PROC,
    ),
    18: elig(
        E + "interrogation_outside_custody",
        {"out_to_recover": True, "out_chief_approval": True, "out_escort_short": False},
        PROC,
    ),
    19: elig(
        E + "cppcc_notice",
        {"cppcc_member": True, "measure_detention": True, "urgent_case": False},
        POLICE,
    ),
    20: elig(
        E + "guarantor",
        {"guarantor_not_implicated": False, "guarantor_residence_income": True},
        POLICE,
    ),
    21: elig(
        E + "guarantor",
        {
            "guarantor_not_implicated": True,
            "guarantor_residence_income": True,
            "guarantor_rights_unrestricted": True,
        },
        POLICE,
    ),
    22: elig(
        E + "juvenile_family_meeting",
        unsure({"family_not_involved": True, "repentance": True}, "police_consent"),
        PROC,
    ),
    23: elig(E + "recusal", {"official_former_investigator": True}, PROC),
    24: elig(
        E + "deputy_permission",
        unsure({"npc_deputy": True, "measure_arrest": True}, "deputy_county_up"),
        POLICE,
    ),
    25: elig(E + "leave_on_bail", {"leave_reason": True, "leave_approved": True}, POLICE),
    26: elig(E + "surveillance", unsure({}, "serious_illness"), POLICE),
    27: elig(
        E + "juvenile_probation",
        {
            "age_at_offence": 17,
            "possible_sentence_years": 5,
            "repentance": True,
            "guardianship": True,
        },
        PROC,
    ),
    28: elig(E + "recusal_pending", {"recusal_pending": True}, POLICE),
    29: elig(
        E + "search",
        {
            "search_suspect": True,
            "search_warrant": False,
            "search_in_arrest": True,
            "search_emergency": True,
        },
        POLICE,
    ),
    30: elig(
        E + "leave_under_surveillance",
        unsure(
            {"leave_reason": True, "leave_approved": True, "measure_by_procuratorate": True},
            "leave_decider_consent",
        ),
        PROC,
    ),
    31: elig(E + "arrest_for_bail_breach", {"missed_summons": True}, POLICE),
    32: elig(E + "record_unsealing", {"new_or_omitted_crime": True, "combined_sentence_years": 3}),
    33: elig(
        E + "lawyer_meeting_permission",
        {"state_secrets": False, "state_security_crime": False},
        POLICE,
    ),
    34: elig(E + "body_examination", {"exam_victim": True, "exam_woman_by_man": True}, PROC),
    35: elig(E + "lawyer_hire_approval", {"state_secrets": True}, POLICE),
    36: elig(
        E + "family_notice_exception",
        {"co_suspect_risk": False, "identity_unknown": False, "hinders_or_impossible": False},
        POLICE,
    ),
    37: elig(E + "leave_conditional_np", {"cnp_leave_approved": True}, PROC),
    38: elig(E + "shared_lawyer", {"co_suspects_same_case": True}),
    39: elig(E + "investigation_experiment", unsure({}, "experiment_approved"), PROC),
    40: elig(E + "lawyer_count", {"lawyer_count": 3}, PROC),
    41: elig(E + "record_sealing", {"age_at_offence": 16, "sentence_years": 2}),
    42: elig(
        E + "conditional_np_revocation",
        unsure({"np_supervision_violation": True, "np_repeated": False}, "np_serious"),
        PROC,
    ),
    43: elig(E + "lawyer_interpreter", unsure({}, "interpreter_permission"), POLICE),
    44: elig(E + "unknown_identity", {"identity_unknown": True, "evidence_of_crime": True}, POLICE),
    45: elig(
        E + "deputy_permission",
        {"npc_deputy": True, "deputy_county_up": False, "measure_arrest": True},
        POLICE,
    ),
    46: elig(
        E + "unknown_identity", unsure({"identity_unknown": True}, "evidence_of_crime"), POLICE
    ),
    47: elig(
        E + "restraints",
        unsure({"restraint_in_measure": True, "restraint_juvenile": True}, "restraint_danger"),
        POLICE,
    ),
    48: elig(
        E + "detention_without_warrant",
        unsure({"caught_in_act": True}, "detention_emergency"),
        POLICE,
    ),
    49: elig(E + "family_notice_exception", unsure({}, "co_suspect_risk"), POLICE),
    50: elig(
        E + "cppcc_notice",
        unsure({"cppcc_member": True, "measure_detention": True}, "urgent_case"),
        POLICE,
    ),
    51: elig(
        E + "compelled_appearance",
        {"compel_suspect": False, "compel_failed_summons": True},
        POLICE,
    ),
    52: elig(E + "lawyer_count", {"lawyer_count": 2}, POLICE),
    53: elig(E + "surveillance_place", {"surveillance_at_custody_place": True}),
    54: elig(E + "compelled_appearance", unsure({}, "compel_suspect"), PROC),
    55: elig(E + "surveillance", {"breastfeeding": True, "baby_age_months": 4}, POLICE),
    56: elig(
        E + "leave_under_surveillance", {"leave_reason": True, "leave_approved": False}, POLICE
    ),
    57: elig(
        E + "sealed_record_access",
        {"requester_judicial": False, "requester_state_rules": False},
        PROC,
    ),
    58: elig(
        E + "surveillance_meeting",
        unsure({"meet_cohabitant": False, "meet_own_lawyer": False}, "meet_approved"),
        POLICE,
    ),
    59: elig(
        E + "arrest",
        {"evidence_of_crime": True, "imprisonment_possible": True, "bail_insufficient": False},
        POLICE,
    ),
    60: elig(E + "lawyer_meeting_permission", unsure({}, "state_secrets"), POLICE),
    # ---- deadline (today 2026-03-05, Thursday; Monday = 2 March, Tuesday = 3 March)
    61: dl(D + "guarantor_fine_review", date(2026, 3, 2)),
    62: dl(D + "juvenile_inform_victim", date(2026, 2, 27)),
    63: dl(D + "arrest_reconsideration", date(2026, 3, 3)),
    64: dl(D + "procuratorate_detention", date(2026, 2, 28)),
    65: dl(D + "lawyer_permission", date(2026, 3, 4), body=POLICE),
    66: dl(D + "forfeiture_review", date(2026, 3, 3)),
    67: dl(D + "sealed_record_inquiry", date(2026, 3, 2)),
    68: dl(D + "overdue_measure_review", date(2026, 3, 2), measure="arrest"),
    69: dl(D + "recusal_reconsideration", date(2026, 3, 2), body=POLICE),
    70: dl(D + "bail_period", date(2025, 9, 10), body=POLICE),
    71: dl(D + "family_notice_detention", datetime(2026, 3, 4, 4, 40), body=POLICE),
    72: dl(D + "conditional_np_complaint", date(2026, 2, 26)),
    73: dl(D + "custody_recalculation", None),
    74: dl(D + "interrogation_arrest", datetime(2026, 3, 1, 19, 40), body=POLICE),
    75: dl(D + "direct_acceptance", None),
    76: dl(D + "no_filing_reasons", date(2026, 2, 26)),
}


def run(check: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The rule's computed dict and whether it asks, on the hand-encoded inputs."""
    func = all_rules()[check["rule"]].func
    if "facts" in check:
        res = func(check["facts"], body=check["body"])
    else:
        res = func(check["start"], **check["kwargs"])
    return dict(res.computed), bool(res.needs)


def main() -> int:
    rows = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    problems: list[str] = []
    agree = 0
    for n, row in enumerate(rows, 1):
        rule = row["rule"]
        if rule is not None and rule not in rules:
            problems.append(f"item {n}: unknown rule {rule}")
            continue
        check = CHECKS.get(n)
        if rule is None:
            if check is not None:
                problems.append(f"item {n}: a null item has a check")
            continue
        if check is None or check["rule"] != rule:
            problems.append(f"item {n}: no check for {rule}")
            continue
        computed, asks = run(check)
        want = dict(row.get("computed") or {})
        want_needs = bool(row.get("needs"))
        if computed == want and asks == want_needs:
            agree += 1
        else:
            problems.append(
                f"item {n} ({rule}): label {want} needs={want_needs}, "
                f"function {computed} needs={asks}"
            )
    extra = sorted(set(CHECKS) - set(range(1, len(rows) + 1)))
    problems += [f"check {n} has no item" for n in extra]
    labelled = sum(1 for row in rows if row["rule"] is not None)
    print(f"{SET.name}: {len(rows)} items, {labelled} labelled; {agree}/{labelled} labels agree")
    for p in problems:
        print("DISAGREE:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
