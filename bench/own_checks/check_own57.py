"""Label check for bench/own57_setV.yaml (helper set V, written blind to the router).

Every eligibility and deadline label of the set was worked out by hand from the article and the
rule's docstring; this script checks it by calling the pure rule function on facts and dates
encoded here by hand (never on a question's text). For each eligibility item `CHECKS` holds every
fact the question tells that the rule function reads: True (told as so), False (denied), U (told
as unknown or disputed: put in the `uncertain` list, no value), and the body where the question
names it; facts the question does not mention are left out.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own57.py

Prints one line per disagreement and the count of labels that agree; exits 1 on any disagreement
or malformed item.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own57_setV.yaml"
U = "uncertain"  # told as unknown or disputed
P, Q = "police", "procuratorate"

# item number (1-based, file order): (rule, body, told facts)
ELIGIBILITY: dict[int, tuple[str, str | None, dict[str, Any]]] = {
    1: ("bail", P, {"pregnant": True}),
    2: ("lawyer_count", P, {"lawyer_count": 3}),
    3: ("bail", P, {"serious_illness": U}),
    4: ("arrest_for_surveillance_breach", Q, {"left_area": True}),
    5: ("bail", Q, {"breastfeeding": True, "baby_age_months": 18}),
    6: ("bail", P, {"breastfeeding": True, "baby_age_months": 5, "recidivist": True}),
    7: ("shared_lawyer", None, {"co_suspects_same_case": True}),
    8: (
        "family_notice_exception",
        P,
        {"co_suspect_risk": False, "identity_unknown": False, "hinders_or_impossible": False},
    ),
    9: (
        "arrest_for_bail_breach",
        Q,
        {
            "new_crime": False,
            "evasion": False,
            "evidence_tampering": False,
            "left_area": False,
            "missed_summons": False,
        },
    ),
    10: ("bail", Q, {"pregnant": True, "egregious_crime": True}),
    11: ("arrest_exemption", Q, {"serious_illness": True}),
    12: ("lawyer_meeting_permission", P, {"state_secrets": False, "state_security_crime": False}),
    13: (
        "guarantor",
        None,
        {"guarantor_not_implicated": True, "guarantor_residence_income": False},
    ),
    14: (
        "interrogation_outside_custody",
        Q,
        {"out_to_recover": True, "out_chief_approval": True, "out_escort_short": False},
    ),
    15: ("surveillance", P, {"no_bond_or_guarantor": True}),
    16: (
        "arrest_exemption",
        Q,
        {"pregnant": False, "breastfeeding": False, "serious_illness": False},
    ),
    17: (
        "compelled_appearance",
        P,
        {"compel_suspect": True, "compel_failed_summons": True, "summons_valid_reason": False},
    ),
    18: ("recusal", P, {"official_interest": True}),
    19: ("investigation_experiment", Q, {"experiment_approved": True, "experiment_harmful": True}),
    20: ("detention", Q, {"suicide_or_flight": False, "evidence_tampering_risk": False}),
    21: ("surveillance", P, {"serious_illness": U}),
    22: ("detention", P, {"caught_in_act": True, "evidence_found_on_person": True}),
    23: ("conditional_np_revocation", Q, {"new_crime": True}),
    24: (
        "detention_without_warrant",
        P,
        {"caught_in_act": True, "detention_emergency": True, "detention_papers_late": False},
    ),
    25: ("arrest_for_bail_breach", P, {"breach": U}),
    26: ("body_examination", Q, {"exam_suspect": True, "exam_forced": True}),
    27: ("leave_on_bail", P, {"leave_reason": True, "leave_approved": True}),
    28: (
        "juvenile_non_prosecution",
        Q,
        {"age_at_offence": 19, "minor_crime": True, "secondary_role": True},
    ),
    29: (
        "cppcc_notice",
        P,
        {"cppcc_member": True, "measure_detention": True, "urgent_case": False},
    ),
    30: ("family_notice_exception", P, {"co_suspect_risk": True}),
    31: ("body_examination", Q, {"exam_victim": True, "exam_suspect": False, "exam_forced": True}),
    32: (
        "search",
        Q,
        {"search_suspect": True, "search_warrant": False, "search_in_arrest": False},
    ),
    33: (
        "surveillance_meeting",
        P,
        {"meet_cohabitant": False, "meet_own_lawyer": False, "meet_approved": U},
    ),
    34: (
        "arrest",
        Q,
        {
            "evidence_of_crime": True,
            "possible_sentence_years": 4,
            "bail_insufficient": True,
            "not_liable_circumstance": U,
        },
    ),
    35: (
        "recusal",
        P,
        {
            "official_is_party_or_relative": False,
            "official_interest": False,
            "official_prior_role": False,
            "official_gifts_or_meetings": False,
        },
    ),
    36: (
        "guarantor",
        None,
        {
            "guarantor_not_implicated": True,
            "guarantor_residence_income": True,
            "guarantor_rights_unrestricted": True,
        },
    ),
    37: (
        "unknown_identity",
        None,
        {
            "identity_unknown": True,
            "evidence_of_crime": True,
            "possible_sentence_years": 3,
            "bail_insufficient": U,
        },
    ),
    38: (
        "deputy_permission",
        P,
        {
            "npc_deputy": True,
            "deputy_county_up": True,
            "measure_arrest": True,
            "caught_in_act": False,
        },
    ),
    39: (
        "surveillance_place",
        P,
        {"surveillance_at_custody_place": True, "surveillance_at_residence": False},
    ),
    40: (
        "juvenile_non_prosecution",
        Q,
        {"age_at_offence": 15, "minor_crime": True, "secondary_role": True},
    ),
    41: (
        "juvenile_family_meeting",
        Q,
        {"repentance": True, "family_not_involved": True, "police_consent": U},
    ),
    42: ("restraints", P, {"restraint_in_measure": True, "restraint_juvenile": False}),
    43: (
        "conditional_non_prosecution",
        Q,
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": True,
            "prosecutable": True,
            "repentance": True,
            "possible_sentence_years": 0.5,
        },
    ),
    44: ("lawyer_interpreter", P, {"interpreter_permission": U}),
    45: ("lawyer_meeting_permission", None, {"state_secrets": U}),
    46: (
        "arrest",
        None,
        {"evidence_of_crime": True, "possible_sentence_years": 3, "bail_insufficient": U},
    ),
    47: ("recusal_pending", P, {"recusal_pending": True}),
    48: ("record_unsealing", None, {"new_or_omitted_crime": True, "combined_sentence_years": U}),
    49: (
        "restraints",
        P,
        {"restraint_in_measure": True, "restraint_juvenile": True, "restraint_danger": U},
    ),
    50: (
        "deputy_permission",
        P,
        {
            "npc_deputy": True,
            "deputy_county_up": U,
            "measure_detention": True,
            "caught_in_act": False,
        },
    ),
    51: ("record_sealing", None, {"age_at_offence": 16, "sentence_years": 2}),
    52: (
        "juvenile_probation",
        Q,
        {
            "age_at_offence": 16,
            "possible_sentence_years": 2,
            "repentance": True,
            "recidivist": False,
            "guardianship": True,
            "community_no_adverse_effect": U,
            "no_social_danger": U,
        },
    ),
    53: ("leave_conditional_np", Q, {"cnp_leave_approved": True}),
    54: ("compelled_appearance", P, {"compel_suspect": U}),
    55: (
        "conditional_non_prosecution",
        None,
        {
            "age_at_offence": 17,
            "crime_chapter_4_6": True,
            "prosecutable": True,
            "repentance": True,
            "possible_sentence_years": U,
        },
    ),
    56: ("leave_under_surveillance", P, {"leave_reason": True, "leave_approved": False}),
    57: ("sealed_record_access", Q, {"requester_judicial": False, "requester_state_rules": U}),
    58: ("detention", Q, {"suicide_or_flight": False, "evidence_tampering_risk": U}),
    59: ("lawyer_hire_approval", P, {"state_secrets": False}),
    60: (
        "search",
        Q,
        {"search_warrant": True, "search_suspect": True, "search_woman_by_man": True},
    ),
}

# item number: (rule, start date or datetime or None, other inputs)
DEADLINE: dict[int, tuple[str, date | datetime | None, dict[str, Any]]] = {
    61: ("guarantor_fine_review", date(2026, 3, 2), {}),  # Monday
    62: ("forfeiture_review", date(2026, 3, 3), {}),  # Tuesday
    63: ("conditional_np_complaint", date(2026, 2, 27), {}),  # Friday
    64: ("arrest_reconsideration", date(2026, 3, 2), {}),  # Monday
    65: ("sealed_record_inquiry", date(2026, 3, 4), {}),
    66: ("lawyer_permission", None, {"body": P}),  # no date told: the rule asks
    67: ("recusal_reconsideration", date(2026, 3, 2), {"body": P}),  # Monday
    68: ("juvenile_inform_victim", date(2026, 3, 2), {}),
    69: ("overdue_measure_review", date(2026, 3, 3), {"measure": "arrest"}),
    70: ("no_filing_reasons", date(2026, 3, 3), {}),
    71: ("family_notice_detention", datetime(2026, 3, 4, 19, 40), {"body": P}),  # last night
    72: ("surveillance_period", date(2025, 10, 20), {"body": P}),  # last year
    73: ("bail_application_reply", None, {"body": P}),  # no date told: the rule asks
    74: ("interrogation_arrest", datetime(2026, 3, 3, 22, 15), {"body": P}),
    75: ("custody_after_arrest", date(2026, 1, 10), {}),
    76: ("custody_recalculation", date(2026, 2, 27), {}),
}
NULLS = range(77, 101)


def encode(told: dict[str, Any]) -> dict[str, Any]:
    """The facts as the rule functions take them: uncertain facts listed, without a value."""
    facts = {k: v for k, v in told.items() if v != U}
    unsure = tuple(k for k, v in told.items() if v == U)
    return {**facts, "uncertain": unsure} if unsure else facts


def check_item(n: int, item: dict[str, Any], rules: dict[str, Any]) -> str | None:
    """Why item `n` disagrees with its check (None when it agrees)."""
    if n in ELIGIBILITY:
        name, body, told = ELIGIBILITY[n]
        rid = f"eligibility.{name}"
        res = rules[rid].func(encode(told), body=body)
    elif n in DEADLINE:
        name, start, more = DEADLINE[n]
        rid = f"deadline.{name}"
        res = rules[rid].func(start, **more)
    else:
        return None if item.get("rule") is None else f"{n}: expected rule null"
    if item.get("rule") != rid:
        return f"{n}: file says {item.get('rule')}, check says {rid}"
    want_needs = bool(item.get("needs"))
    if res.computed != (item.get("computed") or {}) or bool(res.needs) != want_needs:
        return (
            f"{n}: {rid} gives {res.computed} needs={bool(res.needs)}, file {item.get('computed')}"
        )
    return None


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    problems = []
    if not isinstance(items, list) or len(items) != 100:
        print("the set must be a list of 100 items")
        return 1
    for n, item in enumerate(items, 1):
        if not isinstance(item.get("q"), str) or "rule" not in item or not item.get("voice"):
            problems.append(f"{n}: malformed item")
        elif item["rule"] is not None and item["rule"] not in rules:
            problems.append(f"{n}: unknown rule {item['rule']}")
    if set(ELIGIBILITY) | set(DEADLINE) | set(NULLS) != set(range(1, 101)):
        problems.append("the checks do not cover items 1-100 exactly")
    covered = {f"eligibility.{r}" for r, _, _ in ELIGIBILITY.values()}
    missing = sorted(r for r in rules if r.startswith("eligibility.") and r not in covered)
    if missing:
        problems.append(f"eligibility rules not covered: {missing}")
    if len({r for r, _, _ in DEADLINE.values()}) != len(DEADLINE):
        problems.append("a deadline rule is used twice")
    agree = 0
    for n, item in enumerate(items, 1):
        why = check_item(n, item, rules)
        if why:
            problems.append(why)
        elif n not in NULLS:
            agree += 1
    labels = len(ELIGIBILITY) + len(DEADLINE)
    verdicts = Counter(str(items[n - 1]["computed"].get("eligible")) for n in ELIGIBILITY)
    print(
        f"eligibility verdicts: {dict(verdicts)}; voices: {dict(Counter(i['voice'] for i in items))}"
    )
    for p in problems:
        print("DISAGREE", p)
    print(f"{agree}/{labels} labels agree; {len(NULLS)} null items")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
