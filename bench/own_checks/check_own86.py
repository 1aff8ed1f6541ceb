"""Check the labels of bench/own86_setAY.yaml against the pure rule functions.

Every eligibility and deadline item of the set has an entry in CHECKS: the facts (and body)
or the dates the writer encoded by hand from the question, never read from its text by the
software. For eligibility items the facts are every fact the question tells that is a field
the rule function reads: told true is True, told false is False, told as unknown or
disputed is None with its key in "uncertain"; a fact not mentioned is left out. The rule
function is called directly and its `computed` (and whether it asks) must equal the label.

Also checked: the file parses, every rule id exists, the counts by kind, verdict and voice,
all 39 eligibility rules are covered and the 16 deadline items use 16 different rules.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own86.py

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

SET = Path(__file__).resolve().parents[1] / "own86_setAY.yaml"
POLICE, SPP = "police", "procuratorate"
VOICES = ("taxi_owner", "host_family", "retired_worker", "voice_assistant", "football_coach")


def unsure(*keys: str, **facts: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed: None, listed under "uncertain"."""
    return {**facts, **dict.fromkeys(keys), "uncertain": keys}


def elig(rule: str, facts: dict[str, Any], body: str | None = None) -> dict[str, Any]:
    return {"rule": f"eligibility.{rule}", "facts": facts, "body": body}


def dl(rule: str, start: date | datetime | None, **kwargs: Any) -> dict[str, Any]:
    return {"rule": f"deadline.{rule}", "start": start, "kwargs": kwargs}


# item number (1-based, file order) -> what the writer encoded by hand
CHECKS: dict[int, dict[str, Any]] = {
    # ---- eligibility ----
    1: elig("detention", {"identified_by_witness": True}, POLICE),
    2: elig("surveillance", {"no_bond_or_guarantor": True}, POLICE),
    3: elig("bail", {"recidivist": True}, POLICE),
    4: elig("bail", {"breastfeeding": True, "baby_age_months": 14}, SPP),
    5: elig(
        "conditional_non_prosecution",
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 0.5,
            "prosecutable": True,
            "repentance": True,
        },
        SPP,
    ),
    6: elig(
        "cppcc_notice",
        {"cppcc_member": True, "measure_detention": True, "urgent_case": False},
        POLICE,
    ),
    7: elig("bail", unsure("serious_illness"), POLICE),
    8: elig("arrest_exemption", {"serious_illness": True}, SPP),
    9: elig("investigation_experiment", {"experiment_harmful": True}, SPP),
    10: elig(
        "juvenile_probation",
        {
            "age_at_offence": 17,
            "possible_sentence_years": 5,
            "repentance": True,
            "guardianship": True,
        },
        SPP,
    ),
    11: elig("unknown_identity", {"identity_unknown": True}, POLICE),
    12: elig("lawyer_hire_approval", {"state_secrets": True}, POLICE),
    13: elig(
        "conditional_non_prosecution",
        unsure(
            "prosecutable",
            age_at_offence=17,
            crime_chapter_4_6=True,
            possible_sentence_years=1,
            repentance=True,
        ),
        SPP,
    ),
    14: elig(
        "deputy_permission",
        unsure("caught_in_act", npc_deputy=True, deputy_county_up=True, measure_detention=True),
        POLICE,
    ),
    15: elig(
        "conditional_np_revocation",
        unsure("np_serious", np_public_order_violation=True, np_repeated=False),
        SPP,
    ),
    16: elig(
        "arrest",
        {
            "evidence_of_crime": True,
            "imprisonment_possible": True,
            "minor_penalty_only": False,
            "bail_insufficient": True,
        },
        POLICE,
    ),
    17: elig("family_notice_exception", {"co_suspect_risk": True}, POLICE),
    18: elig("arrest", {"minor_penalty_only": True, "imprisonment_possible": False}, POLICE),
    19: elig("interrogation_outside_custody", {"out_to_recover": True}, SPP),
    20: elig(
        "juvenile_non_prosecution",
        {"age_at_offence": 15, "minor_crime": True, "secondary_role": True},
        SPP,
    ),
    21: elig(
        "guarantor",
        {"guarantor_not_implicated": False, "guarantor_residence_income": True},
        POLICE,
    ),
    22: elig("lawyer_interpreter", unsure("interpreter_permission"), POLICE),
    23: elig(
        "deputy_permission",
        {"npc_deputy": True, "deputy_county_up": False, "measure_other": True},
        POLICE,
    ),
    24: elig("lawyer_meeting_permission", {"state_security_crime": True}, POLICE),
    25: elig("leave_conditional_np", {"cnp_leave_approved": False}, SPP),
    26: elig(
        "detention_without_warrant", unsure("detention_emergency", caught_in_act=True), POLICE
    ),
    27: elig("juvenile_non_prosecution", {"age_at_offence": 19}),
    28: elig("record_sealing", unsure("sentence_years", age_at_offence=17, not_prosecuted=False)),
    29: elig("leave_under_surveillance", {"leave_reason": True, "leave_approved": True}, POLICE),
    30: elig(
        "record_sealing", {"age_at_offence": 16, "sentence_years": 1, "not_prosecuted": False}
    ),
    31: elig(
        "compelled_appearance",
        {"compel_suspect": True, "compel_failed_summons": True, "summons_valid_reason": False},
        POLICE,
    ),
    32: elig(
        "guarantor",
        {
            "guarantor_not_implicated": True,
            "guarantor_residence_income": True,
            "guarantor_rights_unrestricted": True,
        },
        POLICE,
    ),
    33: elig("recusal_pending", {"recusal_pending": True}),
    34: elig("search", unsure("search_warrant", search_in_arrest=False), SPP),
    35: elig(
        "juvenile_family_meeting",
        unsure("police_consent", family_not_involved=True, repentance=True),
        SPP,
    ),
    36: elig("lawyer_count", {"lawyer_count": 3}, POLICE),
    37: elig("compelled_appearance", unsure("compel_suspect"), POLICE),
    38: elig(
        "juvenile_probation",
        {
            "age_at_offence": 16,
            "possible_sentence_years": 2,
            "recidivist": False,
            "repentance": True,
            "community_no_adverse_effect": True,
            "guardianship": True,
            "no_social_danger": True,
        },
        SPP,
    ),
    39: elig("record_unsealing", {"new_or_omitted_crime": True, "combined_sentence_years": 3}),
    40: elig(
        "restraints",
        {"restraint_in_measure": True, "restraint_juvenile": True, "restraint_danger": False},
        POLICE,
    ),
    41: elig(
        "family_notice_exception",
        unsure("hinders_or_impossible", co_suspect_risk=False, identity_unknown=False),
        POLICE,
    ),
    42: elig(
        "arrest_for_surveillance_breach",
        {
            "evasion": False,
            "violent_witness_interference": False,
            "evidence_tampering": False,
            "new_crime": False,
            "other_serious_violation": False,
            "left_area": False,
            "unapproved_meetings": False,
            "missed_summons": False,
        },
        POLICE,
    ),
    43: elig("surveillance", unsure("evidence_short_for_arrest"), SPP),
    44: elig("restraints", {"restraint_in_measure": True, "restraint_juvenile": False}, POLICE),
    45: elig("search", {"search_warrant": True, "search_suspect": True}),
    46: elig("recusal", {"official_is_party_or_relative": True}, POLICE),
    47: elig("surveillance_meeting", {"meet_cohabitant": True}, POLICE),
    48: elig(
        "leave_under_surveillance",
        {
            "leave_reason": True,
            "leave_approved": True,
            "leave_decider_consent": False,
            "measure_by_procuratorate": True,
        },
        SPP,
    ),
    49: elig("detention", unsure("evidence_tampering_risk", suicide_or_flight=False), SPP),
    50: elig("arrest_for_bail_breach", unsure("missed_summons"), SPP),
    51: elig("shared_lawyer", {"co_suspects_same_case": True}, POLICE),
    52: elig("recusal", unsure("official_other_relation"), POLICE),
    53: elig(
        "lawyer_meeting_permission",
        {"state_secrets": False, "state_security_crime": False},
        POLICE,
    ),
    54: elig(
        "sealed_record_access", {"requester_judicial": False, "requester_state_rules": False}, SPP
    ),
    55: elig(
        "body_examination",
        {"exam_victim": True, "exam_suspect": False, "exam_forced": True},
        SPP,
    ),
    56: elig("leave_on_bail", unsure("leave_approved", leave_reason=True), POLICE),
    57: elig(
        "surveillance_place",
        {"surveillance_at_custody_place": True, "surveillance_at_residence": False},
        POLICE,
    ),
    58: elig(
        "surveillance_meeting",
        unsure("meet_approved", meet_cohabitant=False, meet_own_lawyer=False),
        POLICE,
    ),
    59: elig("arrest_for_bail_breach", {"left_area": True}, SPP),
    60: elig("leave_on_bail", {"leave_reason": True, "leave_approved": True}, POLICE),
    # ---- deadline (today Thursday 2026-03-05; Monday 2, Tuesday 3, Wednesday 4, Sunday 1) ----
    61: dl("forfeiture_review", date(2026, 3, 2)),
    62: dl("lawyer_permission", date(2026, 3, 3), body=POLICE),
    63: dl("recusal_reconsideration", date(2026, 3, 3), body=POLICE),
    64: dl("custody_recalculation", date(2026, 2, 28)),
    65: dl("conditional_np_complaint", date(2026, 3, 1)),
    66: dl("guarantor_fine_review", None),
    67: dl("bail_application_reply", None, body=POLICE),
    68: dl("overdue_measure_review", date(2026, 3, 2), measure="detention"),
    69: dl("no_filing_reasons", date(2026, 3, 4)),
    70: dl("sealed_record_inquiry", date(2026, 3, 2)),
    71: dl("bail_period", date(2025, 11, 20), body=POLICE),
    72: dl("lawyer_meeting", datetime(2026, 3, 4, 16, 30)),
    73: dl("surveillance_period", date(2025, 10, 15), body=POLICE),
    74: dl("arrest_reconsideration", date(2026, 3, 2)),
    75: dl("juvenile_inform_victim", date(2026, 3, 3)),
    76: dl("interrogation_arrest", datetime(2026, 3, 4, 22, 15), body=POLICE),
}

COUNTS = {"eligibility": 60, "deadline": 16, "none": 24}
VERDICTS = {True: 22, False: 20, None: 18}


def run(check: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The rule function's computed dict and whether it asks, on the hand-encoded input."""
    spec = all_rules()[check["rule"]]
    if spec.kind == "eligibility":
        res = spec.func(check["facts"], body=check["body"])
    else:
        res = spec.func(check["start"], **check["kwargs"])
    return res.computed, bool(res.needs)


def problems_of_file(items: list[dict[str, Any]]) -> list[str]:
    """Shape, counts and coverage of the set."""
    rules = all_rules()
    out = []
    kinds = Counter((it["rule"] or "none.").split(".")[0] for it in items)
    if dict(kinds) != COUNTS:
        out.append(f"counts by kind {dict(kinds)} != {COUNTS}")
    unknown = sorted({it["rule"] for it in items if it["rule"] and it["rule"] not in rules})
    if unknown:
        out.append(f"unknown rule ids: {unknown}")
    elig_ids = {r for r in rules if r.startswith("eligibility.")}
    missing = sorted(elig_ids - {it["rule"] for it in items if it["rule"]})
    if missing:
        out.append(f"eligibility rules not covered: {missing}")
    deadlines = [it["rule"] for it in items if (it["rule"] or "").startswith("deadline.")]
    if len(set(deadlines)) != len(deadlines):
        out.append("a deadline rule is used twice")
    verdicts = Counter(
        it["computed"]["eligible"] for it in items if (it["rule"] or "").startswith("eligibility.")
    )
    if dict(verdicts) != VERDICTS:
        out.append(f"verdicts {dict(verdicts)} != {VERDICTS}")
    voices = Counter(it["voice"] for it in items)
    if set(voices) != set(VOICES) or set(voices.values()) != {20}:
        out.append(f"voices {dict(voices)}")
    for n, it in enumerate(items, 1):
        if it["rule"] is None and (it.get("computed") or it.get("needs")):
            out.append(f"item {n}: a null item carries a label")
        if (
            it["rule"]
            and it["computed"] in ({}, {"eligible": None})
            and it.get("needs") is not True
        ):
            out.append(f"item {n}: a cannot-tell label without needs: true")
    return out


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    problems = problems_of_file(items)
    agree = 0
    labelled = [n for n, it in enumerate(items, 1) if it["rule"]]
    if sorted(CHECKS) != labelled:
        problems.append("CHECKS does not cover exactly the labelled items")
    for n in labelled:
        item, check = items[n - 1], CHECKS.get(n)
        if check is None:
            continue
        if check["rule"] != item["rule"]:
            problems.append(f"item {n}: CHECKS has {check['rule']}, the file {item['rule']}")
            continue
        facts = check.get("facts") or {}
        for key in facts.get("uncertain", ()):
            if facts.get(key, "absent") is not None:
                problems.append(f"item {n}: uncertain key {key} must be set to None")
        computed, asks = run(check)
        wanted_needs = bool(item.get("needs"))
        if computed == item["computed"] and asks == wanted_needs:
            agree += 1
        else:
            problems.append(
                f"item {n} {item['rule']}: label {item['computed']} needs={wanted_needs}, "
                f"function {computed} needs={asks}"
            )
    print(f"{agree}/{len(labelled)} labels agree with the rule functions")
    for p in problems:
        print(f"PROBLEM: {p}")
    return 1 if problems or agree != len(labelled) else 0


if __name__ == "__main__":
    sys.exit(main())
