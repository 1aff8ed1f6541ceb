"""Check the labels of bench/own97_setBJ.yaml against the pure rule functions.

Every eligibility item's facts and body, and every deadline item's start and options, were
encoded here by hand from the question as written (never read from the question's text by
software). Each fact the question tells that the rule function reads is given: told true is
True, told false is False, told as unknown or disputed is None and listed in "uncertain";
a fact not mentioned is left out. The script calls the rule function on them and compares
its `computed` (and whether it asks) with the YAML label; it also checks the file's shape:
100 items, every rule id registered, the counts by kind and verdict, 20 items per voice,
every eligibility rule covered.

Run from the worktree root:
    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own97.py
Exit status 1 on any disagreement.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own97_setBJ.yaml"
P, S = "police", "procuratorate"


def unsure(*keys: str, **told: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed (None, listed under "uncertain")."""
    return {**told, **dict.fromkeys(keys), "uncertain": keys}


# item number -> (rule id, facts, body); numbers follow the YAML order (1-60)
ELIG: dict[int, tuple[str, dict[str, Any], str | None]] = {
    1: ("bail", {"pregnant": True}, P),
    2: ("bail", {"breastfeeding": True, "baby_age_months": 14}, S),
    3: (
        "arrest_for_surveillance_breach",
        {"violent_witness_interference": True, "evidence_tampering": True},
        P,
    ),
    4: ("surveillance", {"serious_illness": True}, P),
    5: (
        "conditional_non_prosecution",
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 0.5,
            "prosecutable": True,
            "repentance": True,
        },
        S,
    ),
    6: ("bail", {"no_social_danger": True, "minor_penalty_only": False, "recidivist": True}, P),
    7: (
        "family_notice_exception",
        {"co_suspect_risk": False, "identity_unknown": False, "hinders_or_impossible": False},
        P,
    ),
    8: (
        "arrest_for_bail_breach",
        {
            "breach": True,
            "left_area": False,
            "new_crime": False,
            "evasion": False,
            "evidence_tampering": False,
            "missed_summons": False,
        },
        S,
    ),
    9: ("bail", {"serious_illness": True, "endangers_public_security": True}, S),
    10: (
        "juvenile_non_prosecution",
        {"age_at_offence": 19, "secondary_role": True, "minor_crime": True},
        None,
    ),
    11: (
        "detention_without_warrant",
        {"caught_in_act": True, "detention_emergency": True, "detention_papers_late": False},
        P,
    ),
    12: ("arrest_exemption", {"serious_illness": True}, S),
    13: ("shared_lawyer", {"co_suspects_same_case": True}, None),
    14: (
        "arrest",
        unsure("imprisonment_possible", evidence_of_crime=True, bail_insufficient=True),
        S,
    ),
    15: (
        "juvenile_probation",
        unsure(
            "guardianship",
            age_at_offence=16,
            possible_sentence_years=2,
            recidivist=False,
            repentance=True,
        ),
        S,
    ),
    16: ("body_examination", {"exam_victim": True, "exam_suspect": False, "exam_forced": True}, S),
    17: ("lawyer_meeting_permission", {"state_secrets": False, "state_security_crime": False}, P),
    18: ("leave_on_bail", {"leave_reason": True, "leave_approved": True}, P),
    19: (
        "guarantor",
        {
            "guarantor_not_implicated": True,
            "guarantor_residence_income": True,
            "guarantor_rights_unrestricted": True,
        },
        None,
    ),
    20: (
        "record_sealing",
        {"age_at_offence": 17, "sentence_years": 2, "not_prosecuted": False},
        None,
    ),
    21: (
        "investigation_experiment",
        {
            "experiment_approved": True,
            "experiment_harmful": False,
            "experiment_compelled": True,
            "experiment_party": True,
        },
        S,
    ),
    22: (
        "deputy_permission",
        {
            "npc_deputy": True,
            "deputy_county_up": True,
            "measure_other": True,
            "measure_detention": False,
        },
        P,
    ),
    23: ("surveillance_meeting", {"meet_own_lawyer": True}, None),
    24: ("family_notice_exception", {"hinders_or_impossible": True}, S),
    25: ("record_unsealing", {"new_or_omitted_crime": True, "combined_sentence_years": 3}, None),
    26: ("recusal", {"official_is_party_or_relative": True}, P),
    27: ("record_sealing", unsure("age_at_offence", sentence_years=3, not_prosecuted=False), None),
    28: ("search", unsure("search_warrant", search_suspect=True, search_in_arrest=False), S),
    29: (
        "sealed_record_access",
        {"requester_judicial": False, "requester_state_rules": False},
        None,
    ),
    30: (
        "restraints",
        {"restraint_in_measure": True, "restraint_juvenile": True, "restraint_danger": False},
        P,
    ),
    31: ("lawyer_interpreter", {"interpreter_permission": False}, P),
    32: ("surveillance", unsure("pregnant"), P),
    33: ("detention", {"suicide_or_flight": False, "evidence_tampering_risk": False}, S),
    34: ("lawyer_hire_approval", {"state_secrets": True}, P),
    35: ("leave_conditional_np", {"cnp_leave_approved": True}, S),
    36: (
        "guarantor",
        unsure(
            "guarantor_rights_unrestricted",
            guarantor_not_implicated=True,
            guarantor_residence_income=True,
        ),
        None,
    ),
    37: ("leave_under_surveillance", {"leave_reason": True, "leave_approved": False}, P),
    38: ("unknown_identity", {"identity_unknown": True, "evidence_of_crime": True}, P),
    39: (
        "deputy_permission",
        {
            "npc_deputy": True,
            "deputy_county_up": False,
            "measure_other": True,
            "measure_detention": False,
        },
        P,
    ),
    40: ("search", unsure("search_warrant", search_suspect=False, search_may_hide=True), P),
    41: (
        "surveillance_place",
        {"surveillance_at_custody_place": True, "surveillance_at_residence": False},
        P,
    ),
    42: (
        "juvenile_non_prosecution",
        {"age_at_offence": 15, "incomplete_crime": True, "minor_crime": True},
        S,
    ),
    43: ("recusal_pending", {"recusal_pending": True}, P),
    44: ("leave_on_bail", unsure("leave_approved", leave_reason=True), P),
    45: ("detention", {"caught_in_act": True}, P),
    46: ("lawyer_count", {"lawyer_count": 2}, S),
    47: ("guarantor", {"guarantor_not_implicated": False, "guarantor_residence_income": True}, P),
    48: ("compelled_appearance", unsure("compel_suspect"), P),
    49: ("record_unsealing", unsure("combined_sentence_years", new_or_omitted_crime=True), None),
    50: ("compelled_appearance", {"compel_suspect": False}, P),
    51: (
        "arrest",
        unsure("bail_insufficient", evidence_of_crime=True, imprisonment_possible=True),
        S,
    ),
    52: ("interrogation_outside_custody", {}, S),
    53: (
        "juvenile_probation",
        {
            "age_at_offence": 16,
            "possible_sentence_years": 2,
            "repentance": True,
            "recidivist": False,
            "community_no_adverse_effect": True,
            "guardianship": True,
            "no_social_danger": True,
        },
        S,
    ),
    54: ("arrest_exemption", unsure("serious_illness"), S),
    55: (
        "juvenile_family_meeting",
        unsure("police_consent", family_not_involved=True, repentance=True),
        S,
    ),
    56: ("cppcc_notice", unsure("urgent_case", cppcc_member=True, measure_detention=True), P),
    57: (
        "conditional_np_revocation",
        unsure("np_serious", np_public_order_violation=True, np_repeated=False),
        S,
    ),
    58: (
        "deputy_permission",
        unsure("deputy_county_up", npc_deputy=True, measure_detention=True, caught_in_act=False),
        P,
    ),
    59: (
        "cppcc_notice",
        {"cppcc_member": True, "measure_detention": True, "urgent_case": False},
        P,
    ),
    60: ("arrest_for_bail_breach", unsure("left_area", breach=True), S),
}

# item number -> (rule id, start, keyword options); numbers 61-76
DEAD: dict[int, tuple[str, date | datetime | None, dict[str, Any]]] = {
    61: ("arrest_reconsideration", datetime(2026, 2, 27, 10, 15), {}),
    62: ("overdue_measure_review", date(2026, 3, 2), {"measure": "detention"}),
    63: ("conditional_np_complaint", date(2026, 2, 27), {}),
    64: ("guarantor_fine_review", None, {}),
    65: ("forfeiture_review", date(2026, 3, 3), {}),
    66: ("custody_recalculation", datetime(2026, 3, 3, 16, 40), {}),
    67: ("no_filing_reasons", date(2026, 3, 3), {}),
    68: ("juvenile_inform_victim", date(2026, 3, 2), {}),
    69: ("sealed_record_inquiry", date(2026, 3, 2), {}),
    70: ("interrogation_arrest", datetime(2026, 3, 4, 23, 10), {"body": P}),
    71: ("recusal_reconsideration", datetime(2026, 3, 2, 17, 30), {"body": P}),
    72: ("bail_application_reply", None, {"body": P}),
    73: ("file_case_after_notice", date(2026, 2, 20), {}),
    74: ("family_notice_detention", datetime(2026, 3, 4, 18, 45), {"body": P}),
    75: ("bail_period", date(2025, 11, 10), {"body": P}),
    76: ("lawyer_permission", datetime(2026, 3, 4, 11, 20), {"body": P}),
}

NULLS = range(77, 101)
VOICES = ("chemist", "son for mother", "karate parent", "pension clerk", "skater friend")


def shape_problems(items: list[dict[str, Any]], rules: dict[str, Any]) -> list[str]:
    """The file's shape: counts by kind, verdict and voice; rule ids; coverage."""
    out = []
    if len(items) != 100:
        out.append(f"expected 100 items, found {len(items)}")
    for n, it in enumerate(items, 1):
        rid = it.get("rule")
        if rid is not None and rid not in rules:
            out.append(f"item {n}: unknown rule {rid}")
        kind = "null" if rid is None else rid.split(".")[0]
        want = "eligibility" if n <= 60 else "deadline" if n <= 76 else "null"
        if kind != want:
            out.append(f"item {n}: {kind} item outside the {want} group")
    verdicts = Counter(
        it["computed"]["eligible"] for it in items if str(it["rule"]).startswith("eligibility.")
    )
    if verdicts != Counter({True: 22, False: 20, None: 18}):
        out.append(f"eligibility verdicts {dict(verdicts)}")
    voices = Counter(it["voice"] for it in items)
    if set(voices) != set(VOICES) or set(voices.values()) != {20}:
        out.append(f"voices {dict(voices)}")
    covered = {it["rule"] for it in items if str(it["rule"]).startswith("eligibility.")}
    missing = sorted(r for r in rules if r.startswith("eligibility.") and r not in covered)
    if missing:
        out.append(f"eligibility rules not covered: {missing}")
    deadlines = [it["rule"] for it in items if str(it["rule"]).startswith("deadline.")]
    if len(set(deadlines)) != 16 or sum(1 for it in items if it.get("computed") == {}) != 2:
        out.append("expected 16 different deadline rules, 2 of them without a date")
    return out


def label_problem(n: int, item: dict[str, Any], rules: dict[str, Any]) -> str | None:
    """Why item `n`'s label disagrees with the rule function (None when it agrees)."""
    if n in ELIG:
        name, facts, body = ELIG[n]
        rid = f"eligibility.{name}"
        res = rules[rid].func(facts, body=body)
    elif n in DEAD:
        name, start, opts = DEAD[n]
        rid = f"deadline.{name}"
        res = rules[rid].func(start, **opts)
    else:
        return None if item["rule"] is None else f"item {n}: expected rule null"
    want_needs = bool(item.get("needs"))
    if item["rule"] != rid:
        return f"item {n}: label {item['rule']} but checked {rid}"
    if res.computed != item.get("computed") or bool(res.needs) != want_needs:
        return f"item {n} {rid}: function {res.computed} needs={bool(res.needs)}; label {item.get('computed')} needs={want_needs}"
    return None


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    problems = shape_problems(items, rules)
    checked = sorted(ELIG) + sorted(DEAD)
    disagree = {}
    for n, item in enumerate(items, 1):
        why = label_problem(n, item, rules)
        if why:
            disagree[n] = why
    if set(checked) | set(NULLS) != set(range(1, len(items) + 1)):
        problems.append("the checks do not cover every item exactly once")
    for p in [*problems, *disagree.values()]:
        print(p)
    agree = len(checked) - sum(1 for n in disagree if n in set(checked))
    print(f"{agree} of {len(checked)} rule labels agree with the rule functions")
    print(f"{len(list(NULLS))} null items; shape problems: {len(problems)}")
    return 1 if problems or disagree else 0


if __name__ == "__main__":
    sys.exit(main())
