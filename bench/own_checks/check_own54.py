"""Check the labels of bench/own54_setS.yaml against the pure rule functions.

Every eligibility and deadline item's facts, body and dates were encoded here by hand from
the question as written (never read from its text by the software); each rule function is
called on them and its `computed` (and whether it asks) compared with the label.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own54.py

Prints one line per disagreement and the count of labels that agree; exits 1 on any
disagreement.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own54_setS.yaml"
P, S = "police", "procuratorate"
U = "uncertain"

# item number (1-based): (rule id, facts, body) for eligibility items
ELIG: dict[int, tuple[str, dict[str, Any], str | None]] = {
    1: ("eligibility.bail", {"minor_penalty_only": True}, P),
    2: ("eligibility.arrest", {"evidence_of_crime": True, "minor_penalty_only": True}, None),
    3: ("eligibility.bail", {"pregnant": True, "recidivist": False, "violent_crime": False}, P),
    4: ("eligibility.surveillance", {"serious_illness": True}, P),
    5: ("eligibility.leave_on_bail", {"leave_reason": True, "leave_approved": False}, P),
    6: ("eligibility.lawyer_interpreter", {"interpreter_permission": False}, P),
    7: (
        "eligibility.detention",
        {
            "suicide_or_flight": False,
            "evidence_tampering_risk": None,
            U: ("evidence_tampering_risk",),
        },
        S,
    ),
    8: ("eligibility.lawyer_count", {"lawyer_count": 3}, P),
    9: (
        "eligibility.juvenile_non_prosecution",
        {"age_at_offence": 15, "minor_crime": True, "surrender_or_merit": True},
        None,
    ),
    10: ("eligibility.detention", {"evidence_found_on_person": True}, P),
    11: (
        "eligibility.family_notice_exception",
        {"identity_unknown": False, U: ("co_suspect_risk", "hinders_or_impossible")},
        P,
    ),
    12: ("eligibility.arrest_for_surveillance_breach", {"left_area": True}, S),
    13: ("eligibility.shared_lawyer", {"co_suspects_same_case": True}, None),
    14: (
        "eligibility.conditional_non_prosecution",
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 0.5,
            "prosecutable": True,
            "repentance": True,
            "juvenile_objects": False,
        },
        S,
    ),
    15: ("eligibility.compelled_appearance", {"compel_suspect": False}, P),
    16: ("eligibility.unknown_identity", {"identity_unknown": True, "evidence_of_crime": True}, P),
    17: (
        "eligibility.arrest_for_bail_breach",
        {
            "new_crime": False,
            "evasion": False,
            "evidence_tampering": False,
            "left_area": False,
            "missed_summons": False,
        },
        S,
    ),
    18: ("eligibility.conditional_np_revocation", {"new_crime": True}, S),
    19: (
        "eligibility.search",
        {"search_suspect": True, "search_warrant": True, "search_woman_by_man": True},
        S,
    ),
    20: (
        "eligibility.surveillance_place",
        {"surveillance_at_residence": True, "surveillance_at_custody_place": False},
        P,
    ),
    21: (
        "eligibility.juvenile_family_meeting",
        {"family_not_involved": True, "police_consent": False},
        S,
    ),
    22: (
        "eligibility.guarantor",
        {
            "guarantor_not_implicated": True,
            "guarantor_residence_income": True,
            U: ("guarantor_rights_unrestricted",),
        },
        P,
    ),
    23: (
        "eligibility.surveillance_meeting",
        {"meet_cohabitant": False, "meet_own_lawyer": False, U: ("meet_approved",)},
        P,
    ),
    24: (
        "eligibility.body_examination",
        {"exam_victim": True, "exam_suspect": False, "exam_forced": True},
        S,
    ),
    25: (
        "eligibility.family_notice_exception",
        {"co_suspect_risk": False, "identity_unknown": False, "hinders_or_impossible": False},
        P,
    ),
    26: ("eligibility.detention", {"caught_in_act": True}, P),
    27: ("eligibility.recusal", {"official_gifts_or_meetings": True}, P),
    28: (
        "eligibility.juvenile_probation",
        {"age_at_offence": 17, "possible_sentence_years": 5, "repentance": True},
        S,
    ),
    29: (
        "eligibility.investigation_experiment",
        {"experiment_approved": None, "experiment_harmful": False},
        S,
    ),
    30: (
        "eligibility.lawyer_meeting_permission",
        {"state_security_crime": False, U: ("state_secrets",)},
        P,
    ),
    31: ("eligibility.record_sealing", {"age_at_offence": 19, "sentence_years": 2}, None),
    32: (
        "eligibility.compelled_appearance",
        {"compel_suspect": True, "compel_failed_summons": True},
        P,
    ),
    33: (
        "eligibility.cppcc_notice",
        {"cppcc_member": True, "measure_detention": True, "urgent_case": True},
        P,
    ),
    34: ("eligibility.leave_conditional_np", {"cnp_leave_approved": False}, S),
    35: ("eligibility.arrest_for_bail_breach", {"breach": True}, P),
    36: ("eligibility.restraints", {"restraint_in_measure": True, "restraint_juvenile": False}, P),
    37: ("eligibility.surveillance_place", {"surveillance_at_custody_place": True}, P),
    38: (
        "eligibility.bail",
        {
            "baby_age_months": 8,
            U: ("breastfeeding",),
            "minor_penalty_only": False,
            "no_social_danger": False,
            "serious_illness": False,
            "pregnant": False,
            "evidence_short_for_arrest": False,
            "arrest_refused_under_review": False,
            "custody_time_expired": False,
            "non_prosecution_under_review": False,
        },
        P,
    ),
    39: ("eligibility.family_notice_exception", {"hinders_or_impossible": True}, S),
    40: ("eligibility.restraints", {"restraint_in_measure": True, "restraint_juvenile": True}, P),
    41: (
        "eligibility.search",
        {
            "search_suspect": True,
            "search_warrant": False,
            "search_in_arrest": True,
            U: ("search_emergency",),
        },
        S,
    ),
    42: ("eligibility.recusal_pending", {"recusal_pending": True}, None),
    43: (
        "eligibility.detention_without_warrant",
        {"detention_emergency": True, "caught_in_act": True, "detention_papers_late": False},
        P,
    ),
    44: ("eligibility.lawyer_hire_approval", {U: ("state_secrets",)}, P),
    45: ("eligibility.shared_lawyer", {U: ("co_suspects_same_case",)}, P),
    46: ("eligibility.lawyer_meeting_permission", {"state_security_crime": True}, P),
    47: (
        "eligibility.juvenile_non_prosecution",
        {"age_at_offence": 16, "secondary_role": True, U: ("minor_crime",)},
        S,
    ),
    48: (
        "eligibility.leave_under_surveillance",
        {"leave_reason": True, "leave_approved": False},
        P,
    ),
    49: (
        "eligibility.arrest",
        {"evidence_of_crime": True, "imprisonment_possible": True, U: ("bail_insufficient",)},
        None,
    ),
    50: (
        "eligibility.guarantor",
        {
            "guarantor_not_implicated": True,
            "guarantor_residence_income": True,
            "guarantor_rights_unrestricted": True,
        },
        None,
    ),
    51: ("eligibility.bail", {"breastfeeding": True, U: ("endangers_public_security",)}, S),
    52: ("eligibility.sealed_record_access", {"requester_judicial": True}, S),
    53: (
        "eligibility.record_unsealing",
        {"new_or_omitted_crime": True, U: ("combined_sentence_years",)},
        S,
    ),
    54: (
        "eligibility.deputy_permission",
        {
            "npc_deputy": True,
            "deputy_county_up": True,
            "measure_detention": True,
            "measure_arrest": False,
            "caught_in_act": False,
        },
        P,
    ),
    55: ("eligibility.lawyer_interpreter", {U: ("interpreter_permission",)}, P),
    56: ("eligibility.leave_on_bail", {"leave_reason": True, "leave_approved": True}, P),
    57: (
        "eligibility.interrogation_outside_custody",
        {U: ("out_to_identify", "out_to_recover")},
        S,
    ),
    58: ("eligibility.arrest_exemption", {"breastfeeding": True, "baby_age_months": 18}, S),
    59: (
        "eligibility.detention",
        {
            "caught_in_act": False,
            U: ("identified_by_witness",),
            "evidence_found_on_person": False,
            "suicide_or_flight": False,
            "evidence_tampering_risk": False,
            "identity_unknown": False,
            "roving_repeat_gang": False,
        },
        P,
    ),
    60: ("eligibility.bail", {"pregnant": True, "violent_crime": True}, P),
}

# item number: (rule id, keyword arguments) for deadline items; dates read by the round29 Readings
DEADLINE: dict[int, tuple[str, dict[str, Any]]] = {
    61: ("deadline.interrogation_arrest", {"start": datetime(2026, 3, 3, 15, 30), "body": P}),
    62: ("deadline.custody_recalculation", {"start": date(2026, 2, 27)}),  # last Friday
    63: ("deadline.recusal_reconsideration", {"start": date(2026, 3, 3), "body": P}),  # Tuesday
    64: ("deadline.sealed_record_inquiry", {"start": date(2026, 3, 4)}),  # yesterday
    65: ("deadline.juvenile_inform_victim", {"start": date(2026, 3, 2)}),  # Monday
    66: ("deadline.bail_application_reply", {"start": date(2026, 3, 2), "body": P}),
    67: ("deadline.no_filing_reasons", {"start": date(2026, 3, 2)}),  # Monday
    68: ("deadline.conditional_np_complaint", {"start": date(2026, 2, 26)}),
    69: ("deadline.guarantor_fine_review", {"start": date(2026, 2, 28)}),
    70: ("deadline.overdue_measure_review", {"start": date(2026, 3, 3), "measure": "detention"}),
    71: ("deadline.lawyer_permission", {"start": date(2026, 3, 4), "body": P}),
    72: ("deadline.file_case_after_notice", {"start": date(2026, 2, 20)}),
    73: ("deadline.arrest_reconsideration", {"start": date(2026, 3, 1)}),
    74: ("deadline.forfeiture_review", {"start": None}),  # the day is not known
    75: ("deadline.family_notice_detention", {"start": datetime(2026, 3, 3, 22, 40), "body": P}),
    76: ("deadline.surveillance_period", {"start": None, "body": P}),  # the day is not known
}


def with_uncertain(facts: dict[str, Any]) -> dict[str, Any]:
    """A fact told as disputed or unknown is absent (None) and listed under `uncertain`."""
    out = dict(facts)
    for key in out.get(U, ()):
        out.setdefault(key, None)
    return out


def main() -> int:
    rows = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    agree, problems = 0, []
    for n, row in enumerate(rows, 1):
        rule = row["rule"]
        if n in ELIG:
            rid, facts, body = ELIG[n]
            res = rules[rid].func(with_uncertain(facts), body)
        elif n in DEADLINE:
            rid, kwargs = DEADLINE[n]
            res = rules[rid].func(**kwargs)
        else:
            if rule is not None:
                problems.append(f"item {n}: labelled {rule} but encoded as null")
            continue
        if rid != rule:
            problems.append(f"item {n}: labelled {rule}, encoded {rid}")
            continue
        want_needs = bool(row.get("needs"))
        if res.computed != (row.get("computed") or {}) or bool(res.needs) != want_needs:
            problems.append(
                f"item {n} {rid}: label {row.get('computed')} needs={want_needs}; "
                f"function {res.computed} needs={bool(res.needs)}"
            )
            continue
        agree += 1
    checked = len(ELIG) + len(DEADLINE)
    for p in problems:
        print(p)
    print(f"{agree} of {checked} labels agree ({len(rows)} items, {len(rows) - checked} null)")
    return 1 if problems or agree != checked else 0


if __name__ == "__main__":
    sys.exit(main())
