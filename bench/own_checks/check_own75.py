"""Check the labels of bench/own75_setAN.yaml against the pure rule functions.

Every eligibility and deadline item's facts, body and dates were encoded by hand from the
question (never read from its text by the software). For each eligibility item `facts` holds
every fact the question tells that the rule function reads: told true = True, told false =
False, told unknown or disputed = listed in "uncertain" (the key set to None), not mentioned =
left out; `body` is the body the question names (None when it names none). Deadline items hold
the start (a date, or a datetime for hour periods) and any further arguments.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own75.py

Prints how many labels agree; exits 1 on any disagreement.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own75_setAN.yaml"
P, S = "police", "procuratorate"


def unsure(*keys: str) -> dict[str, Any]:
    """Facts told as unknown or disputed: listed in "uncertain", each key None."""
    return {"uncertain": tuple(keys), **{k: None for k in keys}}


def el(rule: str, body: str | None, **facts: Any) -> dict[str, Any]:
    return {"rule": f"eligibility.{rule}", "body": body, "facts": facts}


def dl(rule: str, start: date | datetime | None, **kwargs: Any) -> dict[str, Any]:
    return {"rule": f"deadline.{rule}", "start": start, "kwargs": kwargs}


# item number (1-based, file order) -> the hand-encoded inputs
CHECKS: dict[int, dict[str, Any]] = {
    # ---- eligibility
    1: el("detention", P, caught_in_act=True),
    2: el("bail", P, minor_penalty_only=True, recidivist=False),
    3: el("bail", P, breastfeeding=True, baby_age_months=7),
    4: el("detention", S, suicide_or_flight=False, evidence_tampering_risk=False),
    5: el("bail", P, violent_crime=True),
    6: el("unknown_identity", P, identity_unknown=True, evidence_of_crime=True),
    7: el("arrest_for_bail_breach", P, missed_summons=True),
    8: el("arrest_exemption", S, pregnant=True),
    9: el("arrest", S, evidence_of_crime=True, imprisonment_possible=True, bail_insufficient=True),
    10: el(
        "arrest",
        P,
        evidence_of_crime=True,
        imprisonment_possible=True,
        **unsure("bail_insufficient"),
    ),
    11: el(
        "detention_without_warrant",
        P,
        identified_by_witness=True,
        suicide_or_flight=False,
        detention_emergency=False,
    ),
    12: el("lawyer_count", S, lawyer_count=3),
    13: el(
        "juvenile_family_meeting",
        None,
        family_not_involved=True,
        facts_ascertained=True,
        repentance=True,
        **unsure("police_consent"),
    ),
    14: el("guarantor", P, guarantor_not_implicated=False, guarantor_residence_income=True),
    15: el("detention", P, identified_by_witness=True),
    16: el(
        "guarantor",
        None,
        guarantor_not_implicated=True,
        guarantor_residence_income=True,
        guarantor_rights_unrestricted=True,
    ),
    17: el("shared_lawyer", P, co_suspects_same_case=True),
    18: el(
        "conditional_non_prosecution",
        S,
        age_at_offence=15,
        crime_chapter_4_6=True,
        prosecutable=True,
        repentance=True,
        possible_sentence_years=2,
    ),
    19: el(
        "cppcc_notice",
        P,
        cppcc_member=True,
        measure_detention=True,
        measure_arrest=False,
        urgent_case=False,
    ),
    20: el(
        "deputy_permission",
        S,
        npc_deputy=True,
        deputy_county_up=True,
        measure_arrest=True,
        measure_detention=False,
        caught_in_act=False,
    ),
    21: el(
        "compelled_appearance",
        P,
        compel_suspect=True,
        compel_failed_summons=True,
        summons_valid_reason=False,
    ),
    22: el("surveillance", P, no_bond_or_guarantor=True),
    23: el("record_sealing", None, age_at_offence=17, sentence_years=2, not_prosecuted=False),
    24: el("surveillance_place", P, surveillance_at_custody_place=True),
    25: el("lawyer_meeting_permission", None, state_security_crime=True),
    26: el("search", None, search_suspect=True, search_warrant=True, search_woman_by_man=True),
    27: el(
        "arrest_for_surveillance_breach",
        P,
        unapproved_meetings=True,
        other_serious_violation=False,
        evasion=False,
        evidence_tampering=False,
        violent_witness_interference=False,
        new_crime=False,
        left_area=False,
        missed_summons=False,
    ),
    28: el(
        "juvenile_non_prosecution",
        S,
        age_at_offence=14,
        minor_injury_case=True,
        recidivist=False,
        minor_crime=True,
        repentance=True,
        **unsure("compensation_settled"),
    ),
    29: el("interrogation_outside_custody", S, out_to_recover=True),
    30: el("family_notice_exception", P, co_suspect_risk=True),
    31: el("recusal", P, official_is_party_or_relative=True),
    32: el("recusal_pending", P, recusal_pending=True),
    33: el("leave_conditional_np", S, cnp_leave_approved=False),
    34: el("compelled_appearance", P, compel_failed_summons=True, **unsure("compel_suspect")),
    35: el("investigation_experiment", S, experiment_approved=True, experiment_harmful=False),
    36: el(
        "restraints", P, restraint_in_measure=True, restraint_juvenile=True, restraint_danger=False
    ),
    37: el("lawyer_meeting_permission", P, state_secrets=False, state_security_crime=False),
    38: el("sealed_record_access", S, requester_judicial=False, requester_state_rules=False),
    39: el(
        "leave_on_bail",
        S,
        leave_reason=True,
        leave_approved=True,
        leave_decider_consent=True,
        measure_by_procuratorate=True,
    ),
    40: el("record_sealing", None, age_at_offence=17, sentence_years=6, not_prosecuted=False),
    41: el("leave_on_bail", P, leave_reason=True, **unsure("leave_approved")),
    42: el(
        "deputy_permission",
        P,
        npc_deputy=True,
        measure_other=True,
        measure_detention=False,
        measure_arrest=False,
        **unsure("deputy_county_up"),
    ),
    43: el(
        "juvenile_probation",
        S,
        age_at_offence=16,
        possible_sentence_years=1,
        repentance=True,
        community_no_adverse_effect=True,
        guardianship=True,
        no_social_danger=True,
        recidivist=False,
    ),
    44: el(
        "search",
        S,
        search_suspect=True,
        search_warrant=False,
        search_in_arrest=True,
        **unsure("search_emergency"),
    ),
    45: el("surveillance_meeting", P, meet_own_lawyer=True),
    46: el("bail", P, pregnant=True, **unsure("gang_principal")),
    47: el("leave_under_surveillance", P, leave_reason=True, leave_approved=True),
    48: el(
        "conditional_np_revocation",
        S,
        np_supervision_violation=True,
        np_repeated=False,
        **unsure("np_serious"),
    ),
    49: el("restraints", P, restraint_in_measure=True, restraint_juvenile=False),
    50: el("lawyer_interpreter", P, **unsure("interpreter_permission")),
    51: el(
        "arrest", P, evidence_of_crime=True, imprisonment_possible=True, bail_insufficient=False
    ),
    52: el("lawyer_hire_approval", P, **unsure("state_secrets")),
    53: el("body_examination", S, exam_victim=True, exam_suspect=False, exam_forced=True),
    54: el("surveillance", P, **unsure("serious_illness")),
    55: el("juvenile_non_prosecution", S, age_at_offence=16, minor_crime=True, **unsure("coerced")),
    56: el("family_notice_exception", P, **unsure("co_suspect_risk")),
    57: el(
        "surveillance_meeting",
        P,
        meet_cohabitant=False,
        meet_own_lawyer=False,
        **unsure("meet_approved"),
    ),
    58: el(
        "record_unsealing", None, new_or_omitted_crime=True, **unsure("combined_sentence_years")
    ),
    59: el("arrest_for_bail_breach", S, **unsure("left_area")),
    60: el("recusal", P, **unsure("official_other_relation")),
    # ---- deadline
    61: dl("compelled_appearance", datetime(2026, 3, 3, 19, 40), body=P),
    62: dl("guarantor_fine_review", None),
    63: dl("conditional_np_complaint", date(2026, 3, 2)),
    64: dl("sealed_record_inquiry", None),
    65: dl("arrest_reconsideration", date(2026, 2, 27)),
    66: dl("recusal_reconsideration", date(2026, 3, 2), body=P),
    67: dl("custody_recalculation", date(2026, 2, 24)),
    68: dl("juvenile_inform_victim", date(2026, 3, 3)),
    69: dl("overdue_measure_review", date(2026, 3, 2), measure="arrest"),
    70: dl("direct_acceptance", date(2026, 2, 25)),
    71: dl("no_filing_reasons", date(2026, 2, 26)),
    72: dl("interrogation_arrest", datetime(2026, 3, 4, 16, 30), body=P),
    73: dl("bail_period", date(2025, 12, 10), body=P),
    74: dl("supplementary_investigation", date(2026, 2, 16)),
    75: dl("lawyer_permission", date(2026, 3, 3), body=P),
    76: dl("forfeiture_review", date(2026, 3, 4)),
}


def run(check: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The rule's computed dict and whether it asks, from the hand-encoded inputs."""
    func = all_rules()[check["rule"]].func
    if check["rule"].startswith("eligibility."):
        res = func(dict(check["facts"]), body=check["body"])
    else:
        res = func(check["start"], **check["kwargs"])
    return res.computed, bool(res.needs)


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    problems: list[str] = []
    checked = agree = 0
    for n, item in enumerate(items, 1):
        rule = item["rule"]
        if rule is not None and rule not in rules:
            problems.append(f"#{n}: unknown rule {rule}")
            continue
        check = CHECKS.get(n)
        if rule is None:
            if check is not None:
                problems.append(f"#{n}: a null item has a check")
            continue
        if check is None or check["rule"] != rule:
            problems.append(f"#{n}: no check for {rule}")
            continue
        checked += 1
        computed, needs = run(check)
        want = dict(item.get("computed") or {})
        want_needs = bool(item.get("needs"))
        if computed == want and needs == want_needs:
            agree += 1
        else:
            problems.append(
                f"#{n} {rule}: label {want} needs={want_needs}, function {computed} needs={needs}"
            )
    stray = sorted(set(CHECKS) - set(range(1, len(items) + 1)))
    problems += [f"check #{n} has no item" for n in stray]
    print(f"{agree} of {checked} labels agree ({len(items)} items, {len(items) - checked} null)")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
