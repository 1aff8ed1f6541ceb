"""Check the labels of bench/own96_setBI.yaml against the pure rule functions.

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script calls each rule function directly on facts and dates encoded
by hand below (never on a question's text) and compares the result with the label. It also
checks that the YAML parses, that every rule id exists, and the set's counts (kinds, verdicts,
voices). Run from the worktree root:

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own96.py

Fact encoding (CHECKS): every fact the question tells that the rule function reads; a fact told
as true is True, told as false is False, told as unknown or disputed is None and listed in
"uncertain"; facts not mentioned are left out. `body` is given wherever the question names (or
plainly implies) the acting body. Exits non-zero on any disagreement.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET_PATH = Path(__file__).resolve().parents[1] / "own96_setBI.yaml"
POLICE, PROC = "police", "procuratorate"
VOICES = (
    "container yard clerk",
    "retired village teacher grandfather",
    "girlfriend's best friend",
    "insurance lawyer",
    "street musician",
)

# Item number (1-based, file order) -> rule, body and the hand-encoded facts.
ELIG: dict[int, tuple[str, str | None, dict[str, Any]]] = {
    1: (
        "eligibility.bail",
        POLICE,
        {"pregnant": True, "recidivist": False, "gang_principal": False},
    ),
    2: (
        "eligibility.juvenile_non_prosecution",
        PROC,
        {
            "age_at_offence": 16,
            "instigated": True,
            "recidivist": False,
            "minor_crime": True,
            "repentance": True,
            "compensation_settled": True,
        },
    ),
    3: (
        "eligibility.bail",
        POLICE,
        {"minor_penalty_only": None, "uncertain": ("minor_penalty_only",)},
    ),
    4: (
        "eligibility.bail",
        POLICE,
        {"minor_penalty_only": True, "recidivist": False, "gang_principal": False},
    ),
    5: (
        "eligibility.body_examination",
        PROC,
        {"exam_victim": True, "exam_suspect": False, "exam_forced": True},
    ),
    6: (
        "eligibility.detention",
        POLICE,
        {"caught_in_act": True, "evidence_found_on_person": True},
    ),
    7: (
        "eligibility.conditional_non_prosecution",
        PROC,
        {
            "age_at_offence": 17,
            "crime_chapter_4_6": True,
            "prosecutable": True,
            "repentance": True,
            "possible_sentence_years": 2,
        },
    ),
    8: (
        "eligibility.arrest",
        PROC,
        {"minor_penalty_only": True, "imprisonment_possible": False},
    ),
    9: ("eligibility.body_examination", PROC, {"exam_suspect": True, "exam_forced": True}),
    10: (
        "eligibility.compelled_appearance",
        POLICE,
        {"compel_suspect": True, "compel_failed_summons": True, "summons_valid_reason": False},
    ),
    11: (
        "eligibility.search",
        PROC,
        {"search_suspect": False, "search_may_hide": False, "search_warrant": True},
    ),
    12: (
        "eligibility.record_sealing",
        None,
        {"age_at_offence": 16, "sentence_years": 3, "not_prosecuted": False},
    ),
    13: (
        "eligibility.lawyer_meeting_permission",
        POLICE,
        {"state_secrets": False, "state_security_crime": False},
    ),
    14: (
        "eligibility.investigation_experiment",
        PROC,
        {
            "experiment_approved": True,
            "experiment_harmful": True,
            "experiment_party": True,
            "experiment_compelled": True,
        },
    ),
    15: (
        "eligibility.restraints",
        POLICE,
        {"restraint_in_measure": True, "restraint_juvenile": True, "restraint_danger": False},
    ),
    16: ("eligibility.lawyer_interpreter", POLICE, {"interpreter_permission": False}),
    17: (
        "eligibility.juvenile_family_meeting",
        PROC,
        {
            "family_not_involved": True,
            "repentance": True,
            "police_consent": None,
            "uncertain": ("police_consent",),
        },
    ),
    18: (
        "eligibility.surveillance_meeting",
        POLICE,
        {"meet_cohabitant": False, "meet_approved": None, "uncertain": ("meet_approved",)},
    ),
    19: (
        "eligibility.interrogation_outside_custody",
        PROC,
        {"out_to_recover": True, "out_chief_approval": True, "out_escort_short": False},
    ),
    20: ("eligibility.leave_on_bail", POLICE, {"leave_reason": True, "leave_approved": True}),
    21: (
        "eligibility.unknown_identity",
        POLICE,
        {"identity_unknown": True, "evidence_of_crime": True},
    ),
    22: (
        "eligibility.juvenile_probation",
        PROC,
        {
            "age_at_offence": 17,
            "possible_sentence_years": 2,
            "recidivist": False,
            "repentance": True,
            "community_no_adverse_effect": True,
            "guardianship": True,
            "no_social_danger": True,
        },
    ),
    23: (
        "eligibility.leave_under_surveillance",
        POLICE,
        {"leave_reason": True, "leave_approved": False},
    ),
    24: (
        "eligibility.lawyer_hire_approval",
        POLICE,
        {"state_secrets": None, "uncertain": ("state_secrets",)},
    ),
    25: (
        "eligibility.arrest_for_bail_breach",
        PROC,
        {"missed_summons": None, "uncertain": ("missed_summons",)},
    ),
    26: (
        "eligibility.restraints",
        POLICE,
        {"restraint_in_measure": True, "restraint_juvenile": False},
    ),
    27: (
        "eligibility.conditional_np_revocation",
        PROC,
        {
            "np_public_order_violation": True,
            "np_repeated": False,
            "np_serious": None,
            "uncertain": ("np_serious",),
        },
    ),
    28: ("eligibility.lawyer_count", POLICE, {"lawyer_count": 3}),
    29: (
        "eligibility.arrest",
        PROC,
        {
            "evidence_of_crime": True,
            "imprisonment_possible": True,
            "bail_insufficient": None,
            "uncertain": ("bail_insufficient",),
        },
    ),
    30: ("eligibility.bail", POLICE, {"violent_crime": True}),
    31: (
        "eligibility.family_notice_exception",
        POLICE,
        {"co_suspect_risk": None, "uncertain": ("co_suspect_risk",)},
    ),
    32: ("eligibility.leave_conditional_np", PROC, {"cnp_leave_approved": False}),
    33: ("eligibility.arrest_exemption", PROC, {"breastfeeding": True}),
    34: (
        "eligibility.cppcc_notice",
        POLICE,
        {
            "cppcc_member": True,
            "measure_detention": True,
            "measure_arrest": False,
            "urgent_case": False,
        },
    ),
    35: (
        "eligibility.search",
        PROC,
        {"search_suspect": False, "search_may_hide": True, "search_warrant": True},
    ),
    36: (
        "eligibility.guarantor",
        POLICE,
        {"guarantor_not_implicated": False, "guarantor_residence_income": True},
    ),
    37: ("eligibility.recusal", POLICE, {"official_is_party_or_relative": True}),
    38: (
        "eligibility.detention",
        PROC,
        {
            "suicide_or_flight": False,
            "evidence_tampering_risk": None,
            "uncertain": ("evidence_tampering_risk",),
        },
    ),
    39: (
        "eligibility.deputy_permission",
        POLICE,
        {
            "npc_deputy": True,
            "deputy_county_up": False,
            "measure_other": True,
            "measure_detention": False,
            "measure_arrest": False,
        },
    ),
    40: ("eligibility.surveillance_meeting", POLICE, {"meet_cohabitant": True}),
    41: ("eligibility.arrest_for_bail_breach", PROC, {"left_area": True}),
    42: (
        "eligibility.deputy_permission",
        POLICE,
        {
            "npc_deputy": True,
            "deputy_county_up": True,
            "measure_arrest": True,
            "measure_detention": False,
        },
    ),
    43: ("eligibility.recusal_pending", POLICE, {"recusal_pending": True}),
    44: (
        "eligibility.surveillance",
        POLICE,
        {"minor_penalty_only": True, "no_bond_or_guarantor": True},
    ),
    45: (
        "eligibility.juvenile_non_prosecution",
        PROC,
        {
            "age_at_offence": 17,
            "incomplete_crime": True,
            "repentance": True,
            "compensation_settled": False,
        },
    ),
    46: (
        "eligibility.surveillance_place",
        POLICE,
        {"surveillance_at_custody_place": True, "surveillance_at_residence": False},
    ),
    47: (
        "eligibility.sealed_record_access",
        PROC,
        {"requester_judicial": False, "requester_state_rules": False},
    ),
    48: ("eligibility.family_notice_exception", POLICE, {"identity_unknown": True}),
    49: (
        "eligibility.detention_without_warrant",
        POLICE,
        {"detention_emergency": False, "police_own_detention": True},
    ),
    50: (
        "eligibility.surveillance",
        POLICE,
        {"minor_penalty_only": None, "uncertain": ("minor_penalty_only",)},
    ),
    51: (
        "eligibility.compelled_appearance",
        POLICE,
        {
            "compel_suspect": None,
            "compel_failed_summons": False,
            "uncertain": ("compel_suspect",),
        },
    ),
    52: (
        "eligibility.record_unsealing",
        None,
        {
            "new_or_omitted_crime": True,
            "combined_sentence_years": None,
            "uncertain": ("combined_sentence_years",),
        },
    ),
    53: (
        "eligibility.guarantor",
        None,
        {
            "guarantor_not_implicated": True,
            "guarantor_residence_income": True,
            "guarantor_rights_unrestricted": True,
        },
    ),
    54: (
        "eligibility.arrest_for_surveillance_breach",
        POLICE,
        {"unapproved_meetings": None, "uncertain": ("unapproved_meetings",)},
    ),
    55: (
        "eligibility.leave_on_bail",
        PROC,
        {
            "leave_reason": True,
            "leave_approved": True,
            "measure_by_procuratorate": True,
            "leave_decider_consent": None,
            "uncertain": ("leave_decider_consent",),
        },
    ),
    56: (
        "eligibility.shared_lawyer",
        POLICE,
        {"co_suspects_same_case": None, "uncertain": ("co_suspects_same_case",)},
    ),
    57: (
        "eligibility.bail",
        POLICE,
        {"serious_illness": None, "uncertain": ("serious_illness",)},
    ),
    58: (
        "eligibility.search",
        PROC,
        {
            "search_may_hide": True,
            "search_in_arrest": False,
            "search_warrant": None,
            "uncertain": ("search_warrant",),
        },
    ),
    59: (
        "eligibility.record_sealing",
        None,
        {"age_at_offence": 19, "sentence_years": 1, "not_prosecuted": False},
    ),
    60: ("eligibility.lawyer_meeting_permission", POLICE, {"state_secrets": True}),
}

# Item number -> rule, start (date, datetime for hour periods, or None) and keyword inputs.
DEADLINE: dict[int, tuple[str, date | datetime | None, dict[str, Any]]] = {
    61: ("deadline.interrogation_arrest", datetime(2026, 3, 5, 9, 5), {"body": POLICE}),
    62: ("deadline.juvenile_inform_victim", date(2026, 2, 27), {}),
    63: ("deadline.bail_application_reply", date(2026, 3, 2), {"body": POLICE}),
    64: ("deadline.no_filing_reasons", date(2026, 2, 27), {}),
    65: ("deadline.forfeiture_review", date(2026, 2, 28), {}),
    66: ("deadline.guarantor_fine_review", date(2026, 3, 2), {}),
    67: ("deadline.conditional_np_complaint", date(2026, 3, 3), {}),
    68: ("deadline.recusal_reconsideration", None, {"body": POLICE}),
    69: ("deadline.overdue_measure_review", date(2026, 3, 2), {"measure": "bail"}),
    70: ("deadline.bail_period", date(2025, 11, 14), {"body": POLICE}),
    71: ("deadline.family_notice_detention", datetime(2026, 3, 4, 22, 30), {"body": POLICE}),
    72: ("deadline.sealed_record_inquiry", date(2026, 3, 2), {}),
    73: ("deadline.arrest_reconsideration", date(2026, 3, 2), {}),
    74: ("deadline.custody_recalculation", date(2026, 3, 3), {}),
    75: ("deadline.lawyer_permission", None, {"body": POLICE}),
    76: ("deadline.compelled_appearance", datetime(2026, 3, 4, 21, 40), {"body": POLICE}),
}

EXPECTED_COUNTS = {"eligibility": 60, "deadline": 16, "null": 24}
EXPECTED_VERDICTS = {True: 22, False: 20, None: 18}


def kind_of(rule: str | None) -> str:
    return "null" if rule is None else rule.split(".", 1)[0]


def structure_problems(items: list[dict[str, Any]], rules: dict[str, Any]) -> list[str]:
    """Counts, rule ids, voices and item shape."""
    problems = []
    for n, it in enumerate(items, 1):
        if not isinstance(it.get("q"), str) or "rule" not in it or it.get("voice") not in VOICES:
            problems.append(f"item {n}: bad shape")
        rule = it.get("rule")
        if rule is not None and rule not in rules:
            problems.append(f"item {n}: unknown rule {rule}")
    kinds = Counter(kind_of(it.get("rule")) for it in items)
    if dict(kinds) != EXPECTED_COUNTS:
        problems.append(f"kinds {dict(kinds)} != {EXPECTED_COUNTS}")
    verdicts = Counter(
        it["computed"]["eligible"] for it in items if kind_of(it.get("rule")) == "eligibility"
    )
    if dict(verdicts) != EXPECTED_VERDICTS:
        problems.append(f"verdicts {dict(verdicts)} != {EXPECTED_VERDICTS}")
    elig_rules = {r for r in rules if r.startswith("eligibility.")}
    missing = elig_rules - {it["rule"] for it in items if kind_of(it.get("rule")) == "eligibility"}
    if missing:
        problems.append(f"eligibility rules not covered: {sorted(missing)}")
    deadline_rules = [it["rule"] for it in items if kind_of(it.get("rule")) == "deadline"]
    if len(set(deadline_rules)) != len(deadline_rules):
        problems.append("a deadline rule is used twice")
    if sum(1 for it in items if kind_of(it.get("rule")) == "deadline" and it.get("needs")) != 2:
        problems.append("expected 2 deadline items without their date")
    voices = Counter(it.get("voice") for it in items)
    if any(voices[v] != 20 for v in VOICES):
        problems.append(f"voices {dict(voices)}")
    return problems


def check_labels(items: list[dict[str, Any]], rules: dict[str, Any]) -> tuple[int, list[str]]:
    """Call each rule on the hand-encoded inputs; compare with the item's label."""
    agree, problems = 0, []
    labelled = [n for n, it in enumerate(items, 1) if it.get("rule") is not None]
    if sorted(labelled) != sorted([*ELIG, *DEADLINE]):
        problems.append("CHECKS do not cover exactly the labelled items")
    for n in labelled:
        it = items[n - 1]
        if n in ELIG:
            rule, body, facts = ELIG[n]
            result = rules[rule].func(dict(facts), body=body)
        else:
            rule, start, kwargs = DEADLINE[n]
            result = rules[rule].func(start, **kwargs)
        label = dict(it.get("computed") or {})
        needs = bool(it.get("needs"))
        got, got_needs = dict(result.computed), bool(result.needs)
        if rule != it["rule"]:
            problems.append(f"item {n}: CHECKS rule {rule} != label {it['rule']}")
        elif got != label or got_needs != needs:
            problems.append(f"item {n} {rule}: label {label} needs={needs}, got {got} {got_needs}")
        else:
            agree += 1
    return agree, problems


def main() -> int:
    items = yaml.safe_load(SET_PATH.read_text(encoding="utf-8"))
    rules = all_rules()
    problems = structure_problems(items, rules)
    agree, label_problems = check_labels(items, rules)
    problems += label_problems
    total = len(ELIG) + len(DEADLINE)
    print(f"{agree}/{total} labels agree with the rule functions ({len(items)} items)")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
