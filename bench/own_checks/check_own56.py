"""Check the labels of bench/own56_setU.yaml on the pure rule functions.

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script checks it by calling the rule's function directly on facts
and dates encoded here by hand (never on the question's text). Each eligibility entry lists
every fact the question tells that the rule function reads: True (told true), False (told
false: denied, "no", "never"), U (told as unknown or disputed: the fact is None and listed
under "uncertain"); facts not mentioned are left out. `body` is given where the question names
the acting body. Null items (rule: null) are checked only for their count.

Run from the worktree: PYTHONPATH=. .venv/bin/python bench/own_checks/check_own56.py
Prints how many labels agree; exits 1 on any disagreement.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own56_setU.yaml"
U = "uncertain"  # told as unknown or disputed

# item number (1-based, file order): (rule, opening words of the question, facts, body)
ELIG: dict[int, tuple[str, str, dict[str, Any], str | None]] = {
    1: (
        "bail",
        "My workmate Lao Zhou",
        {"minor_penalty_only": True, "recidivist": False},
        "police",
    ),
    2: ("lawyer_hire_approval", "Position as at 2026.03.04", {"state_secrets": True}, "police"),
    3: (
        "conditional_non_prosecution",
        "I coach the junior sprint",
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 1,
            "prosecutable": True,
            "repentance": True,
            "juvenile_objects": False,
        },
        "procuratorate",
    ),
    4: (
        "detention_without_warrant",
        "Saturday night, about 23:40",
        {"caught_in_act": True, "detention_emergency": True, "detention_papers_late": False},
        "police",
    ),
    5: (
        "bail",
        "We were supposed to get married",
        {"breastfeeding": True, "baby_age_months": 14},
        "procuratorate",
    ),
    6: ("compelled_appearance", "I saw two guys fight", {"compel_suspect": False}, "police"),
    7: ("lawyer_count", "For the file. Suspect", {"lawyer_count": 3}, "procuratorate"),
    8: (
        "juvenile_non_prosecution",
        "One of my U17 footballers",
        {"age_at_offence": 15, "secondary_role": True, "minor_crime": True},
        "procuratorate",
    ),
    9: (
        "search",
        "Tuesday 15:10 on Renmin Road",
        {
            "search_suspect": False,
            "search_may_hide": False,
            "search_warrant": False,
            "search_in_arrest": False,
        },
        "procuratorate",
    ),
    10: (
        "leave_under_surveillance",
        "My fiance is under residential surveillance at his flat",
        {"leave_reason": True, "leave_approved": False},
        "police",
    ),
    11: (
        "guarantor",
        "The police said my younger brother",
        {
            "guarantor_residence_income": True,
            "guarantor_rights_unrestricted": True,
            "guarantor_not_implicated": True,
        },
        "police",
    ),
    12: (
        "shared_lawyer",
        "Two matters, both under investigation",
        {"co_suspects_same_case": False},
        None,
    ),
    13: (
        "juvenile_non_prosecution",
        "My goalkeeper Wang turned 18",
        {"age_at_offence": 18, "minor_crime": True, "surrender_or_merit": True},
        "procuratorate",
    ),
    14: (
        "restraints",
        "Police arrested my night-shift partner",
        {"restraint_in_measure": True, "restraint_juvenile": False},
        "police",
    ),
    15: (
        "arrest_exemption",
        "My fiancee is four months pregnant",
        {"pregnant": True},
        "procuratorate",
    ),
    16: (
        "leave_on_bail",
        "I am on bail from the county police",
        {"leave_reason": True, "leave_approved": False},
        "police",
    ),
    17: (
        "deputy_permission",
        "Our chairman is a deputy",
        {
            "npc_deputy": True,
            "measure_other": True,
            "measure_detention": False,
            "measure_arrest": False,
            "deputy_county_up": U,
        },
        "police",
    ),
    18: (
        "juvenile_probation",
        "My 17-year-old swimmer",
        {
            "age_at_offence": 17,
            "possible_sentence_years": 2,
            "recidivist": False,
            "repentance": True,
            "guardianship": True,
            "community_no_adverse_effect": U,
        },
        "procuratorate",
    ),
    19: (
        "investigation_experiment",
        "The procurators want to re-enact the crash",
        {"experiment_compelled": True, "experiment_party": True, "experiment_approved": U},
        "procuratorate",
    ),
    20: (
        "surveillance_meeting",
        "My fiance is under residential surveillance at home",
        {"meet_approved": True},
        "police",
    ),
    21: (
        "detention",
        "Last night around 11",
        {"caught_in_act": True, "evidence_found_on_person": True},
        "police",
    ),
    22: (
        "cppcc_notice",
        "Client file note, 2026.03.05",
        {
            "cppcc_member": True,
            "measure_detention": True,
            "measure_arrest": False,
            "urgent_case": False,
        },
        "police",
    ),
    23: (
        "record_sealing",
        "A girl on my gymnastics team",
        {"age_at_offence": 16, "sentence_years": 1.5, "not_prosecuted": False},
        "procuratorate",
    ),
    24: (
        "arrest_for_surveillance_breach",
        "One of my regulars",
        {"violent_witness_interference": True},
        "police",
    ),
    25: (
        "leave_on_bail",
        "My fiance is on bail from the police. The wedding",
        {"leave_reason": True, "leave_approved": U},
        "police",
    ),
    26: (
        "surveillance_place",
        "My brother-in-law is under jianshi juzhu",
        {"surveillance_at_custody_place": True, "surveillance_at_residence": False},
        "police",
    ),
    27: ("recusal", "Facts as at 2026.03.03", {"official_interest": True}, "police"),
    28: (
        "sealed_record_access",
        "The provincial sports bureau",
        {"requester_judicial": False, "requester_state_rules": U},
        "procuratorate",
    ),
    29: (
        "recusal",
        "The traffic police officer handling",
        {
            "official_is_party_or_relative": False,
            "official_interest": False,
            "official_prior_role": False,
            "official_gifts_or_meetings": False,
        },
        "police",
    ),
    30: (
        "lawyer_meeting_permission",
        "My fiance has been held in the detention house",
        {"state_secrets": False, "state_security_crime": False},
        "police",
    ),
    31: (
        "family_notice_exception",
        "My workmate Xiao Peng",
        {"identity_unknown": False, "co_suspect_risk": U},
        "police",
    ),
    32: (
        "interrogation_outside_custody",
        "Procuratorate case against our former treasurer",
        {"out_to_recover": True, "out_chief_approval": True},
        "procuratorate",
    ),
    33: (
        "leave_conditional_np",
        "My 16-year-old high jumper",
        {"cnp_leave_approved": False},
        "procuratorate",
    ),
    34: (
        "compelled_appearance",
        "My night-shift partner is the suspect",
        {"compel_suspect": True, "compel_failed_summons": True, "summons_valid_reason": False},
        "police",
    ),
    35: (
        "surveillance",
        "My fiancee Mei was detained",
        {"minor_penalty_only": False, "serious_illness": U},
        "police",
    ),
    36: (
        "detention",
        "Police want to detain my roommate",
        {
            "identified_by_witness": False,
            "evidence_found_on_person": False,
            "suicide_or_flight": False,
            "evidence_tampering_risk": U,
        },
        "police",
    ),
    37: (
        "sealed_record_access",
        "HR query dated 2026.03.03",
        {"requester_judicial": False, "requester_state_rules": False},
        "procuratorate",
    ),
    38: (
        "conditional_np_revocation",
        "My 15-year-old wrestler",
        {"new_crime": True},
        "procuratorate",
    ),
    39: (
        "family_notice_exception",
        "My brother-in-law, also a taxi driver",
        {"hinders_or_impossible": False},
        "procuratorate",
    ),
    40: (
        "guarantor",
        "I want to stand guarantor for my fiance",
        {"guarantor_residence_income": True, "guarantor_not_implicated": False},
        "police",
    ),
    41: (
        "arrest",
        "Police say they will ask to daibu",
        {"minor_penalty_only": True, "imprisonment_possible": False},
        "police",
    ),
    42: (
        "record_unsealing",
        "Staff matter. Our warehouse clerk",
        {"new_or_omitted_crime": True},
        None,
    ),
    43: (
        "juvenile_family_meeting",
        "My 16-year-old boxer",
        {
            "family_not_involved": True,
            "facts_ascertained": True,
            "repentance": True,
            "police_consent": U,
        },
        "procuratorate",
    ),
    44: (
        "arrest",
        "Fare dodger on Wenhua Street",
        {"evidence_of_crime": True, "possible_sentence_years": 3, "bail_insufficient": U},
        "police",
    ),
    45: (
        "arrest_for_bail_breach",
        "My fiance is on bail from the police. He has not left",
        {"breach": False, "left_area": False, "missed_summons": False, "new_crime": False},
        "police",
    ),
    46: (
        "unknown_identity",
        "There is a man in our dormitory block",
        {"identity_unknown": True, "evidence_of_crime": True},
        "police",
    ),
    47: (
        "arrest",
        "Summary as at 2026.03.05",
        {"evidence_of_crime": True, "imprisonment_possible": True, "bail_insufficient": True},
        None,
    ),
    48: (
        "restraints",
        "Police came to the training ground",
        {
            "restraint_in_measure": True,
            "restraint_compelled": True,
            "restraint_juvenile": True,
            "restraint_danger": False,
            "restraint_resists": False,
        },
        "police",
    ),
    49: (
        "detention",
        "The procuratorate wants to detain my friend",
        {"suicide_or_flight": False, "evidence_tampering_risk": False},
        "procuratorate",
    ),
    50: (
        "bail",
        "My fiancee was detained by the police on 1 March",
        {"recidivist": False, "minor_penalty_only": U},
        "police",
    ),
    51: ("lawyer_interpreter", "My uncle speaks only", {"interpreter_permission": True}, "police"),
    52: (
        "guarantor",
        "Proposed guarantor for my brother",
        {
            "guarantor_residence_income": True,
            "guarantor_not_implicated": True,
            "guarantor_rights_unrestricted": U,
        },
        None,
    ),
    53: (
        "body_examination",
        "One of my U16 girls",
        {
            "exam_victim": True,
            "exam_suspect": False,
            "exam_forced": False,
            "exam_woman_by_man": False,
        },
        "procuratorate",
    ),
    54: (
        "unknown_identity",
        "The guy who stabbed a driver",
        {"identity_unknown": True, "evidence_of_crime": U},
        "police",
    ),
    55: (
        "recusal_pending",
        "Last Friday we asked for the procurator",
        {"recusal_pending": True},
        "procuratorate",
    ),
    56: (
        "search",
        "At 2 in the night officers",
        {"search_suspect": False, "search_may_hide": U, "search_warrant": False},
        "police",
    ),
    57: (
        "lawyer_meeting_permission",
        "Facts as at 2026.03.05",
        {"state_security_crime": False, "state_secrets": U},
        "police",
    ),
    58: (
        "investigation_experiment",
        "The procuratorate wants my 17-year-old diver",
        {"experiment_compelled": True, "experiment_party": True, "experiment_harmful": True},
        "procuratorate",
    ),
    59: (
        "arrest_for_bail_breach",
        "My colleague is on bail",
        {"breach": True, "missed_summons": U},
        "procuratorate",
    ),
    60: ("lawyer_hire_approval", "My fiance worked at a defence", {"state_secrets": U}, "police"),
}

# item number: (rule, opening words, keyword arguments of the rule function)
DEADLINE: dict[int, tuple[str, str, dict[str, Any]]] = {
    61: ("guarantor_fine_review", "I was guarantor for my cousin", {"start": "2026-03-02"}),
    62: ("forfeiture_review", "Bail deposit: RMB 50,000", {"start": "2026-03-02"}),
    63: ("conditional_np_complaint", "One of my 14-year-old swimmers", {"start": "2026-02-27"}),
    64: (
        "recusal_reconsideration",
        "I asked for the traffic police",
        {"start": "2026-03-03", "body": "police"},
    ),
    65: ("custody_after_arrest", "My fiance was formally arrested", {"start": "2026-01-20"}),
    66: ("bail_application_reply", "We gave the qubao houshen", {"start": None, "body": "police"}),
    67: ("custody_recalculation", "Per the bureau's letter", {"start": "2026-03-01"}),
    68: ("juvenile_inform_victim", "The 16-year-old who knocked out", {"start": "2026-03-02"}),
    69: (
        "interrogation_arrest",
        "My buddy was arrested",
        {"start": "2026-03-04T06:40", "body": "police"},
    ),
    70: (
        "overdue_measure_review",
        "The procuratorate detained my fiancee",
        {"start": "2026-03-02", "measure": "detention"},
    ),
    71: (
        "family_notice_detention",
        "My workmate was taken into detention",
        {"start": "2026-03-03T22:15", "body": "police"},
    ),
    72: ("no_filing_reasons", "Chronology: 2025.12.10", {"start": "2026-03-03"}),
    73: ("sealed_record_inquiry", "The national team selection office", {"start": None}),
    74: (
        "arrest_higher_review",
        "The procuratorate refused to approve the arrest of the guy",
        {"start": "2026-02-24"},
    ),
    75: (
        "arrest_reconsideration",
        "The procuratorate refused to approve my fiance",
        {"start": "2026-02-27"},
    ),
    76: ("lawyer_permission", "State-secrets case.", {"start": "2026-03-04", "body": "police"}),
}


def encode(told: dict[str, Any]) -> dict[str, Any]:
    """The facts mapping a rule reads: U becomes None and is listed under "uncertain"."""
    facts = {k: (None if v is U else v) for k, v in told.items()}
    unsure = tuple(k for k, v in told.items() if v is U)
    if unsure:
        facts["uncertain"] = unsure
    return facts


def moment(text: str | None) -> date | datetime | None:
    if text is None:
        return None
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def run(n: int) -> tuple[str, dict[str, Any], bool]:
    """(rule id, computed, needs) of item n from the rule function on the encoded inputs."""
    rules = all_rules()
    if n in ELIG:
        name, _, told, body = ELIG[n]
        rid = f"eligibility.{name}"
        result = rules[rid].func(encode(told), body=body)
    else:
        name, _, kwargs = DEADLINE[n]
        rid = f"deadline.{name}"
        args = {**kwargs, "start": moment(kwargs["start"])}
        result = rules[rid].func(**args)
    return rid, dict(result.computed), bool(result.needs)


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    problems: list[str] = []
    checked = agree = 0
    for n, item in enumerate(items, start=1):
        rid = item.get("rule")
        if rid is not None and rid not in rules:
            problems.append(f"item {n}: unknown rule {rid}")
            continue
        if rid is None:
            if n in ELIG or n in DEADLINE:
                problems.append(f"item {n}: a check is given but the label is null")
            continue
        if n not in ELIG and n not in DEADLINE:
            problems.append(f"item {n}: no check for {rid}")
            continue
        opening = ELIG[n][1] if n in ELIG else DEADLINE[n][1]
        if not item["q"].startswith(opening):
            problems.append(f"item {n}: check is for another question ({opening!r})")
            continue
        checked += 1
        got_rule, computed, needs = run(n)
        want = (rid, dict(item.get("computed") or {}), bool(item.get("needs")))
        if (got_rule, computed, needs) == want:
            agree += 1
        else:
            problems.append(f"item {n}: label {want}, function {(got_rule, computed, needs)}")
    nulls = sum(1 for item in items if item.get("rule") is None)
    print(f"{len(items)} items: {checked} labels checked, {agree} agree; {nulls} null items")
    for p in problems:
        print("  " + p)
    return 1 if problems or checked != len(ELIG) + len(DEADLINE) else 0


if __name__ == "__main__":
    sys.exit(main())
