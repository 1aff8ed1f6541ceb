"""Check the labels of bench/own78_setAQ.yaml against the pure rule functions.

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script checks it by calling the rule function directly on facts
and dates encoded here by hand (never on the question's text). For each eligibility item the
facts are every fact the question tells that is a field the rule reads: told true is True,
told false is False, told as unknown or disputed is None with the key in "uncertain"; a fact
not mentioned is left out. `body` is given where the question names the acting body.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own78.py

Prints each disagreement and the count of labels that agree; exits 1 on any disagreement or
malformed item.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own78_setAQ.yaml"
P, S = "police", "procuratorate"


def unsure(*keys: str, **told: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed (None, listed under "uncertain")."""
    return {**told, **dict.fromkeys(keys), "uncertain": keys}


# item number -> (rule id, body, facts); eligibility items 1-60
ELIG: dict[int, tuple[str, str | None, dict[str, Any]]] = {
    1: ("unknown_identity", P, {"identity_unknown": True, "evidence_of_crime": True}),
    2: ("deputy_permission", P, unsure("deputy_county_up", npc_deputy=True, measure_other=True)),
    3: ("lawyer_interpreter", P, {"interpreter_permission": False}),
    4: ("body_examination", S, {"exam_victim": True, "exam_suspect": False, "exam_forced": True}),
    5: (
        "juvenile_family_meeting",
        S,
        {"family_not_involved": True, "police_consent": True, "repentance": True},
    ),
    6: ("detention", P, {"caught_in_act": True, "identified_by_witness": True}),
    7: (
        "surveillance_place",
        P,
        {"surveillance_at_custody_place": True, "surveillance_at_residence": False},
    ),
    8: ("lawyer_meeting_permission", None, unsure("state_secrets")),
    9: ("investigation_experiment", S, {"experiment_approved": True, "experiment_harmful": True}),
    10: ("family_notice_exception", P, unsure("co_suspect_risk")),
    11: (
        "search",
        S,
        {
            "search_suspect": False,
            "search_may_hide": True,
            "search_warrant": False,
            "search_in_arrest": False,
        },
    ),
    12: (
        "leave_under_surveillance",
        P,
        {"leave_reason": True, "leave_approved": True, "measure_by_procuratorate": False},
    ),
    13: ("lawyer_hire_approval", P, {"state_secrets": False}),
    14: (
        "juvenile_non_prosecution",
        S,
        {"age_at_offence": 16, "excessive_defence": True, "minor_crime": True},
    ),
    15: ("bail", P, unsure("minor_penalty_only")),
    16: (
        "leave_on_bail",
        P,
        unsure("leave_approved", leave_reason=True, measure_by_procuratorate=False),
    ),
    17: (
        "guarantor",
        P,
        unsure(
            "guarantor_not_implicated",
            guarantor_residence_income=True,
            guarantor_rights_unrestricted=True,
        ),
    ),
    18: ("lawyer_count", None, {"lawyer_count": 3}),
    19: (
        "juvenile_probation",
        S,
        {
            "age_at_offence": 17,
            "possible_sentence_years": 5,
            "repentance": True,
            "guardianship": True,
        },
    ),
    20: (
        "arrest_for_surveillance_breach",
        P,
        {
            "left_area": False,
            "other_serious_violation": False,
            "evasion": False,
            "evidence_tampering": False,
            "violent_witness_interference": False,
            "new_crime": False,
        },
    ),
    21: (
        "family_notice_exception",
        P,
        {"co_suspect_risk": False, "identity_unknown": False, "hinders_or_impossible": False},
    ),
    22: (
        "cppcc_notice",
        P,
        {"cppcc_member": True, "measure_detention": True, "urgent_case": False},
    ),
    23: ("shared_lawyer", None, {"co_suspects_same_case": True}),
    24: ("conditional_np_revocation", S, {"new_crime": True}),
    25: (
        "conditional_non_prosecution",
        S,
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 3,
            "repentance": True,
        },
    ),
    26: (
        "compelled_appearance",
        P,
        {
            "compel_suspect": True,
            "compel_failed_summons": True,
            "summons_valid_reason": False,
            "compel_outside_area": False,
        },
    ),
    27: (
        "arrest",
        P,
        {"evidence_of_crime": True, "minor_penalty_only": True, "imprisonment_possible": False},
    ),
    28: ("recusal", S, unsure("official_gifts_or_meetings")),
    29: ("leave_conditional_np", S, unsure("cnp_leave_approved")),
    30: (
        "juvenile_non_prosecution",
        S,
        unsure("minor_crime", age_at_offence=15, secondary_role=True),
    ),
    31: (
        "restraints",
        P,
        {"restraint_in_measure": True, "restraint_juvenile": True, "restraint_danger": False},
    ),
    32: ("recusal", P, {"official_prior_role": True}),
    33: (
        "conditional_non_prosecution",
        S,
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 0.5,
            "prosecutable": True,
            "repentance": True,
        },
    ),
    34: ("bail", P, {"violent_crime": True}),
    35: (
        "guarantor",
        P,
        {
            "guarantor_not_implicated": True,
            "guarantor_residence_income": True,
            "guarantor_rights_unrestricted": True,
        },
    ),
    36: ("bail", P, {"pregnant": True, "recidivist": False}),
    37: ("bail", P, unsure("serious_illness")),
    38: ("record_sealing", None, unsure("sentence_years", age_at_offence=17, not_prosecuted=False)),
    39: (
        "arrest",
        P,
        {"evidence_of_crime": True, "possible_sentence_years": 3, "bail_insufficient": True},
    ),
    40: (
        "record_sealing",
        None,
        {"age_at_offence": 17, "sentence_years": 7, "not_prosecuted": False},
    ),
    41: ("guarantor", P, {"guarantor_residence_income": True, "guarantor_not_implicated": False}),
    42: ("arrest_exemption", S, {"breastfeeding": True}),
    43: ("sealed_record_access", S, {"requester_judicial": False, "requester_state_rules": False}),
    44: (
        "restraints",
        P,
        unsure("restraint_danger", restraint_in_measure=True, restraint_juvenile=True),
    ),
    45: (
        "juvenile_probation",
        S,
        {
            "age_at_offence": 17,
            "recidivist": False,
            "possible_sentence_years": 2,
            "repentance": True,
            "community_no_adverse_effect": True,
            "guardianship": True,
            "no_social_danger": True,
        },
    ),
    46: (
        "surveillance_meeting",
        P,
        unsure(
            "meet_approved",
            meet_cohabitant=False,
            meet_own_lawyer=False,
            measure_by_procuratorate=False,
        ),
    ),
    47: ("recusal_pending", P, {"recusal_pending": True}),
    48: ("record_unsealing", None, unsure("combined_sentence_years", new_or_omitted_crime=True)),
    49: ("compelled_appearance", P, unsure("compel_suspect")),
    50: (
        "deputy_permission",
        P,
        {
            "npc_deputy": True,
            "deputy_county_up": True,
            "measure_arrest": True,
            "caught_in_act": False,
        },
    ),
    51: ("detention_without_warrant", P, unsure("detention_emergency", caught_in_act=True)),
    52: ("shared_lawyer", None, {"co_suspects_same_case": False}),
    53: ("interrogation_outside_custody", S, {"out_to_recover": True}),
    54: (
        "search",
        S,
        unsure("search_may_hide", search_suspect=False, search_warrant=True),
    ),
    55: (
        "cppcc_notice",
        P,
        {"cppcc_member": True, "measure_detention": True, "urgent_case": True},
    ),
    56: ("arrest_for_bail_breach", P, {"new_crime": True}),
    57: ("surveillance", P, {"custody_time_expired": True}),
    58: (
        "investigation_experiment",
        S,
        {
            "experiment_approved": True,
            "experiment_compelled": True,
            "experiment_party": True,
            "experiment_harmful": False,
        },
    ),
    59: ("detention", P, {"suicide_or_flight": True}),
    60: ("arrest_exemption", S, unsure("pregnant")),
}

# item number -> (rule id, start, keyword arguments); deadline items 61-76
DEAD: dict[int, tuple[str, date | datetime | None, dict[str, Any]]] = {
    61: ("family_notice_detention", datetime(2026, 3, 4, 23, 15), {"body": P}),  # last night
    62: ("surveillance_period", date(2026, 1, 12), {"body": P}),
    63: ("lawyer_permission", date(2026, 3, 3), {"body": P}),
    64: ("forfeiture_review", date(2026, 3, 2), {}),  # Monday
    65: ("juvenile_inform_victim", None, {}),  # "a few days ago, not sure which day"
    66: ("compelled_appearance", datetime(2026, 3, 5, 10, 20), {"body": P}),  # this morning
    67: ("overdue_measure_review", date(2026, 3, 3), {"measure": "bail"}),  # Tuesday
    68: ("arrest_reconsideration", date(2026, 2, 26), {}),
    69: ("conditional_np_complaint", date(2026, 2, 27), {}),
    70: ("sealed_record_inquiry", date(2026, 3, 2), {}),
    71: ("guarantor_fine_review", date(2026, 3, 2), {}),  # Monday
    72: ("recusal_reconsideration", date(2026, 3, 2), {"body": P}),  # "the 2nd of this month"
    73: ("no_filing_reasons", date(2026, 3, 1), {}),
    74: ("interrogation_arrest", datetime(2026, 3, 4, 19, 30), {"body": P}),  # yesterday
    75: ("custody_recalculation", date(2026, 3, 1), {}),  # Sunday
    76: ("bail_application_reply", None, {"body": P}),  # "some day last week"
}

ELIG_VERDICTS = {True: 22, False: 20, None: 18}
VOICES = 5


def expected(item: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The label's computed dict and whether it says the rule must ask."""
    return dict(item.get("computed") or {}), bool(item.get("needs"))


def run(n: int) -> tuple[str, dict[str, Any], bool]:
    """The rule id, computed dict and needs of the hand-encoded check of item `n`."""
    rules = all_rules()
    if n in ELIG:
        name, body, facts = ELIG[n]
        rid = f"eligibility.{name}"
        res = rules[rid].func(facts, body=body)
    else:
        name, start, kwargs = DEAD[n]
        rid = f"deadline.{name}"
        res = rules[rid].func(start, **kwargs)
    return rid, dict(res.computed), bool(res.needs)


def structure(items: list[dict[str, Any]]) -> list[str]:
    """Problems with the set's shape: counts by kind and verdict, voices, coverage, rule ids."""
    rules, problems = all_rules(), []
    for n, it in enumerate(items, 1):
        if not isinstance(it.get("q"), str) or "rule" not in it or not it.get("voice"):
            problems.append(f"item {n}: needs q, rule and voice")
        if it.get("rule") is not None and it["rule"] not in rules:
            problems.append(f"item {n}: unknown rule {it['rule']}")
    kinds = Counter((it.get("rule") or "none.").split(".")[0] for it in items)
    if kinds != Counter({"eligibility": 60, "deadline": 16, "none": 24}):
        problems.append(f"kinds {dict(kinds)}")
    elig = [it for it in items if str(it.get("rule", "")).startswith("eligibility.")]
    verdicts = Counter((it.get("computed") or {}).get("eligible") for it in elig)
    if verdicts != Counter(ELIG_VERDICTS):
        problems.append(f"verdicts {dict(verdicts)}")
    missing = {r for r in rules if r.startswith("eligibility.")} - {it["rule"] for it in elig}
    if missing:
        problems.append(f"eligibility rules not covered: {sorted(missing)}")
    dead = [it["rule"] for it in items if str(it.get("rule", "")).startswith("deadline.")]
    if len(set(dead)) != len(dead):
        problems.append("a deadline rule is used twice")
    undated = [it for it in items if str(it.get("rule", "")).startswith("deadline.")]
    if sum(1 for it in undated if it.get("needs")) != 2:
        problems.append("expected 2 deadline items without a date")
    voices = Counter(it.get("voice") for it in items)
    if len(voices) != VOICES or set(voices.values()) != {20}:
        problems.append(f"voices {dict(voices)}")
    return problems


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    problems = structure(items)
    agree = checked = 0
    for n, it in enumerate(items, 1):
        if it.get("rule") is None:
            if n in ELIG or n in DEAD:
                problems.append(f"item {n}: null item has a check")
            continue
        if n not in ELIG and n not in DEAD:
            problems.append(f"item {n}: no hand-encoded check")
            continue
        checked += 1
        rid, got, needs = run(n)
        want, want_needs = expected(it)
        if rid != it["rule"]:
            problems.append(f"item {n}: check is for {rid}, label is {it['rule']}")
        elif got != want or needs != want_needs:
            problems.append(
                f"item {n} {rid}: label {want} needs={want_needs}, function {got} needs={needs}"
            )
        else:
            agree += 1
    for p in problems:
        print(p)
    print(f"{agree} of {checked} labels agree with the rule functions")
    return 1 if problems or agree != checked else 0


if __name__ == "__main__":
    sys.exit(main())
