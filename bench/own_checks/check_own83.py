"""Check the labels of bench/own83_setAV.yaml against the pure rule functions.

Every eligibility and deadline item's facts, body and dates were encoded here by hand from
the question (never read from its text by the software). For eligibility items every fact
the question tells that the rule function reads is given: told true is True, told false is
False, told as unknown or disputed is None and listed under "uncertain"; a fact not
mentioned is left out. Deadline items give the start (date, or datetime for hour periods)
and the body, stage or measure told. The rule is called directly and its `computed` (and
whether it asks) is compared with the item's label.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own83.py

Prints each disagreement and the count of labels that agree; exits 1 on any disagreement
or a malformed set (counts, rule ids, coverage).
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own83_setAV.yaml"
P, S = "police", "procuratorate"
Facts = dict[str, Any]


def unsure(facts: Facts, *keys: str) -> Facts:
    """Facts with `keys` told as unknown or disputed: None and listed as uncertain."""
    return {**facts, **dict.fromkeys(keys), "uncertain": keys}


# item number: (rule, facts, body)
ELIG: dict[int, tuple[str, Facts, str | None]] = {
    1: ("eligibility.bail", {"serious_illness": True, "recidivist": False}, P),
    2: ("eligibility.bail", {"pregnant": True, "violent_crime": True}, P),
    3: ("eligibility.recusal", unsure({}, "official_is_party_or_relative"), P),
    4: (
        "eligibility.bail",
        {"breastfeeding": True, "baby_age_months": 4, "recidivist": False},
        P,
    ),
    5: (
        "eligibility.arrest",
        {"evidence_of_crime": True, "imprisonment_possible": True, "bail_insufficient": True},
        S,
    ),
    6: ("eligibility.arrest_exemption", {"pregnant": True}, S),
    7: (
        "eligibility.guarantor",
        {
            "guarantor_not_implicated": True,
            "guarantor_residence_income": True,
            "guarantor_rights_unrestricted": True,
        },
        None,
    ),
    8: (
        "eligibility.juvenile_non_prosecution",
        {
            "age_at_offence": 15,
            "minor_injury_case": True,
            "recidivist": False,
            "minor_crime": True,
            "repentance": True,
            "compensation_settled": True,
        },
        S,
    ),
    9: (
        "eligibility.record_unsealing",
        {"new_or_omitted_crime": True, "combined_sentence_years": 7},
        None,
    ),
    10: (
        "eligibility.detention",
        unsure({"suicide_or_flight": False}, "evidence_tampering_risk"),
        S,
    ),
    11: ("eligibility.leave_under_surveillance", {"leave_reason": True, "leave_approved": True}, P),
    12: ("eligibility.leave_on_bail", unsure({"leave_reason": True}, "leave_approved"), P),
    13: ("eligibility.arrest_for_surveillance_breach", unsure({}, "left_area"), S),
    14: (
        "eligibility.conditional_non_prosecution",
        {
            "age_at_offence": 17,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 3,
            "repentance": True,
        },
        S,
    ),
    15: ("eligibility.juvenile_non_prosecution", {"age_at_offence": 16, "minor_crime": False}, S),
    16: ("eligibility.compelled_appearance", {"compel_suspect": False}, P),
    17: ("eligibility.arrest_for_bail_breach", {"left_area": True}, S),
    18: (
        "eligibility.family_notice_exception",
        {"co_suspect_risk": False, "identity_unknown": False, "hinders_or_impossible": False},
        P,
    ),
    19: ("eligibility.leave_conditional_np", {"cnp_leave_approved": True}, S),
    20: ("eligibility.surveillance", {"minor_penalty_only": True, "no_bond_or_guarantor": True}, P),
    21: (
        "eligibility.restraints",
        {"restraint_in_measure": True, "restraint_juvenile": True, "restraint_danger": False},
        P,
    ),
    22: ("eligibility.lawyer_interpreter", {"interpreter_permission": True}, P),
    23: ("eligibility.surveillance_place", {"surveillance_at_custody_place": True}, P),
    24: (
        "eligibility.arrest_for_bail_breach",
        {
            "missed_summons": False,
            "new_crime": False,
            "evasion": False,
            "evidence_tampering": False,
            "left_area": False,
        },
        S,
    ),
    25: ("eligibility.lawyer_hire_approval", {"state_secrets": True}, P),
    26: ("eligibility.guarantor", {"guarantor_not_implicated": False}, P),
    27: ("eligibility.shared_lawyer", unsure({}, "co_suspects_same_case"), P),
    28: (
        "eligibility.guarantor",
        unsure(
            {"guarantor_not_implicated": True, "guarantor_rights_unrestricted": True},
            "guarantor_residence_income",
        ),
        None,
    ),
    29: ("eligibility.interrogation_outside_custody", {"out_to_recover": True}, S),
    30: (
        "eligibility.leave_under_surveillance",
        {
            "leave_reason": True,
            "leave_approved": True,
            "leave_decider_consent": False,
            "measure_by_procuratorate": True,
        },
        S,
    ),
    31: ("eligibility.leave_on_bail", {"leave_reason": True, "leave_approved": False}, P),
    32: (
        "eligibility.surveillance_meeting",
        {"meet_cohabitant": False, "meet_own_lawyer": False},
        P,
    ),
    33: (
        "eligibility.conditional_np_revocation",
        {"np_public_order_violation": True, "np_serious": False, "np_repeated": False},
        S,
    ),
    34: (
        "eligibility.search",
        {
            "search_suspect": True,
            "search_warrant": False,
            "search_in_arrest": True,
            "search_emergency": True,
        },
        S,
    ),
    35: ("eligibility.bail", {"serious_illness": True, "endangers_public_security": True}, S),
    36: ("eligibility.lawyer_count", {"lawyer_count": 2}, S),
    37: (
        "eligibility.record_sealing",
        {"age_at_offence": 16, "sentence_years": 2, "not_prosecuted": False},
        None,
    ),
    38: (
        "eligibility.deputy_permission",
        {"npc_deputy": True, "deputy_county_up": False, "measure_detention": True},
        P,
    ),
    39: ("eligibility.unknown_identity", {"identity_unknown": True, "evidence_of_crime": False}, P),
    40: ("eligibility.compelled_appearance", unsure({}, "compel_suspect"), P),
    41: ("eligibility.body_examination", {"exam_victim": True, "exam_woman_by_man": False}, S),
    42: (
        "eligibility.sealed_record_access",
        {"requester_judicial": False, "requester_state_rules": False},
        S,
    ),
    43: ("eligibility.arrest", {"evidence_of_crime": True, "minor_penalty_only": True}, P),
    44: (
        "eligibility.investigation_experiment",
        unsure({"experiment_compelled": True, "experiment_party": True}, "experiment_approved"),
        S,
    ),
    45: ("eligibility.restraints", {"restraint_in_measure": True, "restraint_juvenile": False}, P),
    46: ("eligibility.surveillance", unsure({}, "serious_illness"), P),
    47: ("eligibility.detention", {"caught_in_act": False}, P),
    48: (
        "eligibility.detention_without_warrant",
        {"caught_in_act": True, "detention_emergency": True, "detention_papers_late": False},
        P,
    ),
    49: (
        "eligibility.deputy_permission",
        {
            "npc_deputy": True,
            "deputy_county_up": True,
            "measure_arrest": True,
            "caught_in_act": False,
        },
        P,
    ),
    50: (
        "eligibility.record_sealing",
        unsure({"age_at_offence": 17, "not_prosecuted": False}, "sentence_years"),
        None,
    ),
    51: ("eligibility.lawyer_meeting_permission", unsure({}, "state_secrets"), P),
    52: (
        "eligibility.search",
        {"search_suspect": True, "search_warrant": False, "search_in_arrest": False},
        S,
    ),
    53: (
        "eligibility.juvenile_family_meeting",
        unsure({"repentance": True, "police_consent": True}, "family_not_involved"),
        S,
    ),
    54: (
        "eligibility.juvenile_probation",
        {
            "age_at_offence": 16,
            "possible_sentence_years": 2,
            "repentance": True,
            "recidivist": False,
        },
        S,
    ),
    55: (
        "eligibility.unknown_identity",
        unsure(
            {"identity_unknown": True, "evidence_of_crime": True, "imprisonment_possible": True},
            "bail_insufficient",
        ),
        S,
    ),
    56: ("eligibility.bail", unsure({"serious_illness": True}, "egregious_crime"), S),
    57: ("eligibility.recusal_pending", {"recusal_pending": True}, P),
    58: ("eligibility.sealed_record_access", {"requester_judicial": True}, S),
    59: ("eligibility.cppcc_notice", {"cppcc_member": True}, P),
    60: (
        "eligibility.lawyer_meeting_permission",
        {"state_secrets": False, "state_security_crime": False},
        P,
    ),
}

# item number: (rule, start and keyword arguments); today is Thursday 2026-03-05
DEAD: dict[int, tuple[str, dict[str, Any]]] = {
    61: ("deadline.interrogation_arrest", {"start": datetime(2026, 3, 3, 10, 40), "body": P}),
    62: ("deadline.guarantor_fine_review", {"start": None}),
    63: ("deadline.recusal_reconsideration", {"start": None, "body": P}),
    64: ("deadline.arrest_reconsideration", {"start": date(2026, 3, 1)}),
    65: ("deadline.lawyer_permission", {"start": date(2026, 3, 2), "body": P}),
    66: ("deadline.bail_period", {"start": date(2026, 1, 20), "body": P}),
    67: ("deadline.no_filing_reasons", {"start": date(2026, 2, 24)}),
    68: ("deadline.conditional_np_complaint", {"start": date(2026, 2, 26)}),
    69: ("deadline.custody_recalculation", {"start": date(2026, 2, 28)}),
    70: ("deadline.sealed_record_inquiry", {"start": date(2026, 2, 25)}),
    71: ("deadline.overdue_measure_review", {"start": date(2026, 3, 2), "measure": "bail"}),
    72: ("deadline.family_notice_detention", {"start": datetime(2026, 2, 14, 23, 15), "body": P}),
    73: ("deadline.juvenile_inform_victim", {"start": date(2026, 3, 4)}),
    74: ("deadline.surveillance_period", {"start": date(2025, 12, 10), "body": S}),
    75: ("deadline.direct_acceptance", {"start": date(2026, 2, 16)}),
    76: ("deadline.forfeiture_review", {"start": date(2026, 3, 2)}),
}


def run(rule: str, n: int) -> Any:
    """The rule function's result on the hand-encoded inputs of item `n`."""
    spec = all_rules()[rule]
    if n in ELIG:
        _, facts, body = ELIG[n]
        return spec.func(facts, body=body)
    kwargs = dict(DEAD[n][1])
    return spec.func(kwargs.pop("start"), **kwargs)


def check_item(n: int, item: dict[str, Any]) -> list[str]:
    """Why item `n`'s label disagrees with its encoding or with the rule (empty if it agrees)."""
    rule = item.get("rule")
    coded = ELIG.get(n, DEAD.get(n))
    if rule is None:
        return [f"{n}: a null item has an encoding"] if coded else []
    if coded is None or coded[0] != rule:
        return [f"{n}: label {rule}, encoding {coded[0] if coded else None}"]
    res = run(rule, n)
    want = item.get("computed") or {}
    problems = []
    if res.computed != want:
        problems.append(f"{n}: {rule} computed {res.computed}, label {want}")
    if bool(res.needs) != bool(item.get("needs")):
        problems.append(f"{n}: {rule} needs {res.needs!r}, label needs {item.get('needs')}")
    return problems


def shape_problems(items: list[dict[str, Any]]) -> list[str]:
    """The set's counts and coverage, as the brief asks."""
    rules = all_rules()
    out = [f"unknown rule {i['rule']}" for i in items if i["rule"] and i["rule"] not in rules]
    kinds = Counter((i["rule"] or "null.").split(".")[0] for i in items)
    if (kinds["eligibility"], kinds["deadline"], kinds["null"]) != (60, 16, 24):
        out.append(f"kinds {dict(kinds)}")
    elig = {r for r in rules if r.startswith("eligibility.")}
    missing = elig - {i["rule"] for i in items}
    if missing:
        out.append(f"eligibility rules not covered: {sorted(missing)}")
    dead = [i["rule"] for i in items if (i["rule"] or "").startswith("deadline.")]
    if len(set(dead)) != 16:
        out.append(f"deadline rules not all different: {Counter(dead)}")
    voices = Counter(i["voice"] for i in items)
    if set(voices.values()) != {20} or len(voices) != 5:
        out.append(f"voices {dict(voices)}")
    return out


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    problems = shape_problems(items)
    labelled = agree = 0
    for n, item in enumerate(items, 1):
        wrong = check_item(n, item)
        problems += wrong
        if item.get("rule"):
            labelled += 1
            agree += not wrong
    stray = set(ELIG) | set(DEAD)
    stray -= {n for n, i in enumerate(items, 1) if i.get("rule")}
    if stray:
        problems.append(f"encodings for items without a rule: {sorted(stray)}")
    verdicts = Counter(
        str(i["computed"].get("eligible"))
        for i in items
        if (i.get("rule") or "").startswith("eligibility.")
    )
    for p in problems:
        print(p)
    print(f"{agree} of {labelled} labels agree with the rule functions; verdicts {dict(verdicts)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
