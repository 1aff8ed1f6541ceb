"""Check the labels of bench/own98_setBK.yaml against the pure rule functions.

Every eligibility and deadline item's facts, body and dates were encoded by hand below (never
read from the question's text by the software); each rule function is called directly and its
`computed` (and whether it asks, `needs`) compared with the item's label. The script also checks
that every rule id exists, that each labelled item has exactly one hand encoding, and the counts
by kind, verdict and voice.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own98.py

Prints how many labels agree; exits non-zero on any disagreement.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own98_setBK.yaml"
U = "uncertain"
P, S = "police", "procuratorate"


def unsure(*keys: str, **told: object) -> dict[str, object]:
    """Facts told plus keys told as unknown or disputed (listed under "uncertain", set to None)."""
    facts: dict[str, object] = dict(told)
    facts.update(dict.fromkeys(keys))
    facts[U] = tuple(keys)
    return facts


# item number (1-based, file order) -> (rule, facts told, body named or None)
ELIG: dict[int, tuple[str, dict[str, object], str | None]] = {
    1: ("arrest_exemption", {"serious_illness": True}, S),
    2: (
        "cppcc_notice",
        {
            "cppcc_member": True,
            "measure_detention": True,
            "measure_arrest": False,
            "urgent_case": False,
        },
        P,
    ),
    3: (
        "conditional_non_prosecution",
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 1,
            "prosecutable": True,
            "repentance": True,
            "juvenile_objects": False,
        },
        S,
    ),
    4: (
        "bail",
        {
            "breastfeeding": True,
            "baby_age_months": 18,
            "endangers_public_security": False,
            "egregious_crime": False,
        },
        S,
    ),
    5: ("detention", {"caught_in_act": True}, P),
    6: ("arrest_for_bail_breach", {"left_area": True}, S),
    7: (
        "cppcc_notice",
        {
            "cppcc_member": True,
            "measure_arrest": True,
            "measure_detention": False,
            "urgent_case": True,
        },
        P,
    ),
    8: (
        "juvenile_family_meeting",
        unsure("police_consent", family_not_involved=True, repentance=True),
        S,
    ),
    9: (
        "arrest",
        {"evidence_of_crime": True, "imprisonment_possible": True, "bail_insufficient": False},
        P,
    ),
    10: ("search", unsure("search_emergency", search_warrant=False, search_in_arrest=True), S),
    11: ("arrest_for_surveillance_breach", unsure("unapproved_meetings"), S),
    12: (
        "deputy_permission",
        {
            "npc_deputy": True,
            "deputy_county_up": False,
            "measure_detention": True,
            "measure_arrest": False,
        },
        P,
    ),
    13: (
        "juvenile_probation",
        {
            "age_at_offence": 17,
            "possible_sentence_years": 5,
            "repentance": True,
            "guardianship": True,
        },
        S,
    ),
    14: ("search", {"search_woman_by_man": True, "search_warrant": True}, S),
    15: (
        "surveillance_place",
        {"surveillance_at_custody_place": True, "surveillance_at_residence": False},
        P,
    ),
    16: ("compelled_appearance", {"compel_suspect": False}, P),
    17: (
        "deputy_permission",
        unsure(
            "deputy_county_up",
            npc_deputy=True,
            measure_other=True,
            measure_detention=False,
            measure_arrest=False,
        ),
        P,
    ),
    18: ("leave_conditional_np", {"cnp_leave_approved": False}, S),
    19: ("detention_without_warrant", unsure("detention_emergency", caught_in_act=True), P),
    20: ("leave_under_surveillance", {"leave_reason": True, "leave_approved": True}, P),
    21: (
        "compelled_appearance",
        {
            "compel_suspect": True,
            "compel_failed_summons": True,
            "summons_valid_reason": False,
            "compel_outside_area": False,
        },
        S,
    ),
    22: ("investigation_experiment", {"experiment_harmful": True, "experiment_approved": True}, S),
    23: (
        "restraints",
        {
            "restraint_in_measure": True,
            "restraint_compelled": True,
            "restraint_juvenile": True,
            "restraint_danger": False,
            "restraint_resists": False,
        },
        P,
    ),
    24: ("unknown_identity", {"identity_unknown": True, "evidence_of_crime": True}, P),
    25: (
        "surveillance_meeting",
        unsure("meet_approved", meet_cohabitant=False, meet_own_lawyer=False),
        P,
    ),
    26: ("shared_lawyer", {"co_suspects_same_case": True}, P),
    27: ("record_unsealing", {"new_or_omitted_crime": True, "combined_sentence_years": 4}, S),
    28: ("record_sealing", {"age_at_offence": 16, "not_prosecuted": True}, S),
    29: ("family_notice_exception", {"identity_unknown": True}, P),
    30: ("surveillance_meeting", {"meet_cohabitant": True}, P),
    31: ("lawyer_count", {"lawyer_count": 3}, P),
    32: (
        "family_notice_exception",
        {"co_suspect_risk": False, "identity_unknown": False, "hinders_or_impossible": False},
        S,
    ),
    33: ("conditional_np_revocation", {"np_supervision_violation": True, "np_repeated": True}, S),
    34: ("lawyer_meeting_permission", {"state_security_crime": True}, None),
    35: ("guarantor", {"guarantor_not_implicated": False}, None),
    36: ("interrogation_outside_custody", {"out_to_recover": True, "out_chief_approval": True}, S),
    37: ("lawyer_meeting_permission", {"state_secrets": False, "state_security_crime": False}, P),
    38: (
        "conditional_non_prosecution",
        unsure(
            "possible_sentence_years",
            age_at_offence=15,
            crime_chapter_4_6=True,
            prosecutable=True,
            repentance=True,
        ),
        S,
    ),
    39: ("record_sealing", unsure("sentence_years", age_at_offence=16, not_prosecuted=False), None),
    40: ("recusal", {"official_is_party_or_relative": True}, P),
    41: ("bail", {"violent_crime": True, "serious_illness": True}, P),
    42: ("surveillance", {"no_bond_or_guarantor": True}, P),
    43: (
        "juvenile_non_prosecution",
        unsure(
            "compensation_settled",
            age_at_offence=16,
            recidivist=False,
            minor_crime=True,
            repentance=True,
        ),
        S,
    ),
    44: (
        "deputy_permission",
        {
            "npc_deputy": True,
            "deputy_county_up": True,
            "measure_arrest": True,
            "measure_detention": False,
        },
        P,
    ),
    45: ("recusal_pending", {"recusal_pending": True}, P),
    46: ("bail", unsure("gang_principal", pregnant=True), P),
    47: ("surveillance", unsure("serious_illness"), P),
    48: ("sealed_record_access", {"requester_judicial": False, "requester_state_rules": False}, S),
    49: ("arrest_for_bail_breach", unsure("left_area"), S),
    50: ("detention", unsure("identified_by_witness"), P),
    51: ("restraints", {"restraint_in_measure": True, "restraint_juvenile": False}, P),
    52: (
        "bail",
        {"pregnant": True, "recidivist": False, "gang_principal": False, "violent_crime": False},
        P,
    ),
    53: (
        "juvenile_non_prosecution",
        {"age_at_offence": 15, "minor_crime": True, "incomplete_crime": True},
        S,
    ),
    54: ("lawyer_hire_approval", {"state_secrets": False}, P),
    55: ("body_examination", {"exam_victim": True, "exam_suspect": False, "exam_forced": True}, S),
    56: ("leave_on_bail", unsure("leave_approved", leave_reason=True), P),
    57: (
        "arrest",
        unsure("bail_insufficient", evidence_of_crime=True, imprisonment_possible=True),
        S,
    ),
    58: ("lawyer_interpreter", unsure("interpreter_permission"), P),
    59: (
        "guarantor",
        unsure(
            "guarantor_residence_income",
            guarantor_not_implicated=True,
            guarantor_rights_unrestricted=True,
        ),
        P,
    ),
    60: ("investigation_experiment", unsure("experiment_approved", experiment_harmful=False), S),
}

# item number -> (rule, start as read by hand, keyword arguments of the rule function)
DEAD: dict[int, tuple[str, date | datetime | None, dict[str, Any]]] = {
    61: ("custody_recalculation", date(2026, 3, 2), {}),  # "on Monday"
    62: ("arrest_reconsideration", date(2026, 3, 2), {}),
    63: ("conditional_np_complaint", date(2026, 2, 27), {}),
    64: ("guarantor_fine_review", date(2026, 3, 2), {}),  # "on Monday"
    65: ("bail_application_reply", date(2026, 3, 1), {"body": S}),  # "on Sunday"
    66: ("interrogation_arrest", datetime(2026, 3, 4, 22, 40), {"body": P}),  # "22:40 last night"
    67: ("lawyer_permission", date(2026, 3, 3), {"body": P}),
    68: ("juvenile_inform_victim", date(2026, 3, 4), {}),  # "yesterday"
    69: ("overdue_measure_review", date(2026, 3, 2), {"measure": "bail"}),
    70: ("surveillance_period", date(2025, 12, 15), {"body": P}),  # "15 December last year"
    71: ("forfeiture_review", date(2026, 3, 3), {}),  # "on Tuesday"
    72: ("recusal_reconsideration", None, {"body": P}),  # the date is not told
    73: ("sealed_record_inquiry", None, {}),  # the date is not told
    74: ("file_case_after_notice", date(2026, 2, 25), {}),
    75: ("custody_after_arrest", date(2026, 2, 20), {}),
    76: ("bail_period", date(2026, 1, 16), {"body": P}),  # "16 January this year"
}


def run(n: int, rules: dict[str, Any]) -> tuple[str, dict[str, Any], bool]:
    """The rule id, `computed` and whether it asks, from the hand-encoded inputs of item n."""
    if n in ELIG:
        name, facts, body = ELIG[n]
        rid = f"eligibility.{name}"
        res = rules[rid].func(dict(facts), body)
    else:
        name, start, kwargs = DEAD[n]
        rid = f"deadline.{name}"
        res = rules[rid].func(start, **kwargs)
    return rid, dict(res.computed), bool(res.needs)


def main() -> int:
    rules = all_rules()
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    problems: list[str] = []
    agree = checked = 0
    if len(items) != 100:
        problems.append(f"expected 100 items, found {len(items)}")
    for n, it in enumerate(items, 1):
        rule = it.get("rule")
        if not isinstance(it.get("q"), str) or "voice" not in it:
            problems.append(f"item {n}: q or voice missing")
        if rule is None:
            if n in ELIG or n in DEAD:
                problems.append(f"item {n}: null item has a hand encoding")
            continue
        if rule not in rules:
            problems.append(f"item {n}: unknown rule {rule}")
            continue
        if n not in ELIG and n not in DEAD:
            problems.append(f"item {n}: no hand encoding for {rule}")
            continue
        checked += 1
        rid, computed, needs = run(n, rules)
        label = (rule, dict(it.get("computed") or {}), bool(it.get("needs")))
        if (rid, computed, needs) == label:
            agree += 1
        else:
            problems.append(
                f"item {n}: label {label} but the function gives {(rid, computed, needs)}"
            )
    kinds = Counter(it["rule"].split(".")[0] if it.get("rule") else "null" for it in items)
    verdicts = Counter(
        str((it.get("computed") or {}).get("eligible"))
        for it in items
        if str(it.get("rule")).startswith("elig")
    )
    voices = Counter(it.get("voice") for it in items)
    elig_rules = {r for r in rules if r.startswith("eligibility.")}
    used = {it["rule"] for it in items if it.get("rule")}
    dead_used = [it["rule"] for it in items if str(it.get("rule")).startswith("deadline.")]
    if elig_rules - used:
        problems.append(f"eligibility rules not covered: {sorted(elig_rules - used)}")
    if len(dead_used) != len(set(dead_used)):
        problems.append("a deadline rule is used twice")
    print(f"kinds: {dict(kinds)}")
    print(f"eligibility verdicts: {dict(verdicts)}")
    print(f"voices: {dict(voices)}")
    print(f"eligibility rules covered: {len(elig_rules & used)} of {len(elig_rules)}")
    print(f"labels agreeing with the rule functions: {agree} of {checked}")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
