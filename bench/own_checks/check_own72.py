"""Label check for bench/own72_setAK.yaml: every rule label, re-derived by calling the pure rule
function on facts, bodies and dates encoded here by hand (never on a question's text).

For each eligibility item the facts are every fact the question tells that the rule function
reads: told true is True, told false is False, told as unknown or disputed is listed under
"uncertain" (and set to None); a fact not mentioned is left out. `body` is given wherever the
question names the acting body. Deadline items give the start date (or date and clock time)
and the rule's own parameters (body, measure).

Run from the repository root:

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own72.py

Prints how many labels agree and exits non-zero on any disagreement, on a labelled item
without a check, or on a check for an item labelled null.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own72_setAK.yaml"
POLICE, SPP = "police", "procuratorate"


def unsure(*keys: str, **told: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed (listed and set to None)."""
    return {**told, **{k: None for k in keys}, "uncertain": tuple(keys)}


def elig(rule: str, facts: dict[str, Any], body: str | None = None) -> dict[str, Any]:
    return {"rule": f"eligibility.{rule}", "facts": facts, "body": body}


def dl(rule: str, start: date | datetime | None, **params: Any) -> dict[str, Any]:
    return {"rule": f"deadline.{rule}", "start": start, "params": params}


D, T = date, datetime
BAIL_ONLY = {"measure_other": True, "measure_detention": False, "measure_arrest": False}
DETENTION_ONLY = {"measure_detention": True, "measure_arrest": False, "measure_other": False}

# item number (1-based, as in the file) -> the hand-encoded inputs
CHECKS: dict[int, dict[str, Any]] = {
    # eligibility
    1: elig("bail", {"minor_penalty_only": True, "recidivist": False}, POLICE),
    2: elig(
        "bail",
        {"breastfeeding": True, "baby_age_months": 14, "recidivist": False, "violent_crime": False},
        SPP,
    ),
    3: elig("recusal", {"official_former_investigator": True}, SPP),
    4: elig("detention", {"caught_in_act": True, "identified_by_witness": True}, POLICE),
    5: elig(
        "arrest",
        unsure("possible_sentence_years", "bail_insufficient", evidence_of_crime=True),
        POLICE,
    ),
    6: elig("guarantor", {"guarantor_not_implicated": False, "guarantor_residence_income": True}),
    7: elig("bail", {"pregnant": True, "violent_crime": True}, POLICE),
    8: elig("recusal_pending", {"recusal_pending": True}, POLICE),
    9: elig("recusal", {"official_prior_role": True}, POLICE),
    10: elig("leave_on_bail", {"leave_reason": True, "leave_approved": False}, POLICE),
    11: elig("leave_on_bail", {"leave_reason": True, "leave_approved": True}, POLICE),
    12: elig("arrest_exemption", {"pregnant": True}, SPP),
    13: elig(
        "deputy_permission",
        unsure("caught_in_act", npc_deputy=True, deputy_county_up=True, **DETENTION_ONLY),
        SPP,
    ),
    14: elig("body_examination", {"exam_victim": True, "exam_suspect": False}, SPP),
    15: elig("leave_conditional_np", {"cnp_leave_approved": True}, SPP),
    16: elig("arrest_for_bail_breach", {"new_crime": True}, SPP),
    17: elig(
        "body_examination",
        {"exam_victim": True, "exam_suspect": False, "exam_forced": True},
        SPP,
    ),
    18: elig("cppcc_notice", {"cppcc_member": True, "urgent_case": True, **DETENTION_ONLY}, POLICE),
    19: elig(
        "investigation_experiment",
        unsure("experiment_approved", experiment_compelled=True, experiment_party=True),
        SPP,
    ),
    20: elig(
        "conditional_np_revocation",
        {
            "np_supervision_violation": True,
            "np_serious": False,
            "np_repeated": False,
            "new_crime": False,
            "np_earlier_crime": False,
            "np_public_order_violation": False,
        },
        SPP,
    ),
    21: elig("search", {"search_suspect": True, "search_warrant": True}, POLICE),
    22: elig("surveillance", {"serious_illness": True}, POLICE),
    23: elig(
        "surveillance_place",
        {"surveillance_at_residence": False, "surveillance_at_custody_place": True},
        POLICE,
    ),
    24: elig("compelled_appearance", {"compel_suspect": False}, POLICE),
    25: elig("surveillance_meeting", {"meet_cohabitant": True}, POLICE),
    26: elig("detention", {"suicide_or_flight": False, "evidence_tampering_risk": False}, SPP),
    27: elig(
        "juvenile_non_prosecution",
        {"age_at_offence": 16, "minor_crime": True, "secondary_role": True},
        SPP,
    ),
    28: elig(
        "interrogation_outside_custody",
        unsure(
            "out_to_identify", "out_to_recover", out_chief_approval=True, out_escort_short=False
        ),
        SPP,
    ),
    29: elig(
        "restraints",
        unsure("restraint_danger", restraint_in_measure=True, restraint_juvenile=True),
        POLICE,
    ),
    30: elig(
        "surveillance_meeting",
        {"meet_cohabitant": False, "meet_own_lawyer": False, "meet_approved": False},
        POLICE,
    ),
    31: elig(
        "family_notice_exception",
        {"co_suspect_risk": False, "identity_unknown": False, "hinders_or_impossible": False},
        POLICE,
    ),
    32: elig(
        "conditional_non_prosecution",
        {
            "age_at_offence": 15,
            "crime_chapter_4_6": True,
            "prosecutable": True,
            "repentance": True,
            "possible_sentence_years": 2,
        },
    ),
    33: elig("unknown_identity", {"identity_unknown": True, "evidence_of_crime": True}, POLICE),
    34: elig("lawyer_meeting_permission", unsure("state_secrets"), POLICE),
    35: elig("arrest_for_surveillance_breach", unsure("unapproved_meetings"), SPP),
    36: elig("shared_lawyer", {"co_suspects_same_case": False}),
    37: elig(
        "record_sealing",
        {"age_at_offence": 17, "sentence_years": 2, "not_prosecuted": False},
        SPP,
    ),
    38: elig(
        "detention_without_warrant",
        unsure("detention_emergency", caught_in_act=True, detention_papers_late=False),
        POLICE,
    ),
    39: elig("family_notice_exception", {"co_suspect_risk": True}, POLICE),
    40: elig(
        "lawyer_meeting_permission",
        {"state_secrets": False, "state_security_crime": False},
        POLICE,
    ),
    41: elig("lawyer_count", {"lawyer_count": 3}, POLICE),
    42: elig(
        "juvenile_family_meeting",
        unsure("police_consent", family_not_involved=True, repentance=True),
        SPP,
    ),
    43: elig("lawyer_hire_approval", {"state_secrets": True}, SPP),
    44: elig("lawyer_interpreter", {"interpreter_permission": False}, POLICE),
    45: elig("arrest_for_bail_breach", unsure("evidence_tampering"), POLICE),
    46: elig("compelled_appearance", unsure("compel_suspect", compel_failed_summons=True), POLICE),
    47: elig("leave_under_surveillance", unsure("leave_approved", leave_reason=True), POLICE),
    48: elig(
        "sealed_record_access",
        {"requester_judicial": False, "requester_state_rules": False},
        SPP,
    ),
    49: elig("arrest", {"evidence_of_crime": True, "minor_penalty_only": True}, POLICE),
    50: elig(
        "conditional_non_prosecution",
        {
            "age_at_offence": 17,
            "crime_chapter_4_6": True,
            "prosecutable": True,
            "repentance": True,
            "possible_sentence_years": 8 / 12,
        },
        SPP,
    ),
    51: elig("surveillance", unsure("pregnant"), POLICE),
    52: elig(
        "restraints",
        {"restraint_in_measure": True, "restraint_juvenile": True, "restraint_danger": False},
        POLICE,
    ),
    53: elig("record_unsealing", unsure("combined_sentence_years", new_or_omitted_crime=True)),
    54: elig("leave_under_surveillance", {"leave_reason": True, "leave_approved": False}, POLICE),
    55: elig(
        "record_sealing",
        {"age_at_offence": 19, "sentence_years": 2, "not_prosecuted": False},
        SPP,
    ),
    56: elig(
        "deputy_permission",
        unsure("deputy_county_up", npc_deputy=True, **BAIL_ONLY),
        POLICE,
    ),
    57: elig(
        "juvenile_probation",
        unsure(
            "possible_sentence_years",
            age_at_offence=16,
            recidivist=False,
            repentance=True,
            guardianship=True,
            community_no_adverse_effect=True,
            no_social_danger=True,
        ),
        SPP,
    ),
    58: elig(
        "search",
        {"search_suspect": False, "search_may_hide": True, "search_warrant": True},
        SPP,
    ),
    59: elig(
        "guarantor",
        unsure(
            "guarantor_rights_unrestricted",
            guarantor_not_implicated=True,
            guarantor_residence_income=True,
        ),
    ),
    60: elig(
        "juvenile_non_prosecution",
        {
            "age_at_offence": 15,
            "minor_injury_case": True,
            "repentance": True,
            "compensation_settled": False,
        },
        SPP,
    ),
    # deadlines (today is Thursday 5 March 2026; Monday = 2 March, Tuesday = 3 March)
    61: dl("guarantor_fine_review", D(2026, 3, 2)),
    62: dl("juvenile_inform_victim", D(2026, 3, 2)),
    63: dl("arrest_reconsideration", D(2026, 3, 2)),
    64: dl("interrogation_arrest", T(2026, 3, 3, 6, 40), body=POLICE),
    65: dl("sealed_record_inquiry", D(2026, 3, 3)),
    66: dl("forfeiture_review", D(2026, 3, 3)),
    67: dl("conditional_np_complaint", D(2026, 2, 26)),
    68: dl("no_filing_reasons", D(2026, 2, 24)),
    69: dl("family_notice_detention", T(2026, 3, 4, 22, 15), body=POLICE),  # last night
    70: dl("surveillance_period", None, body=POLICE),  # no date told: the rule asks
    71: dl("bail_application_reply", None, body=POLICE),  # no date told: the rule asks
    72: dl("overdue_measure_review", D(2026, 3, 3), measure="detention"),
    73: dl("lawyer_permission", D(2026, 3, 4), body=POLICE),
    74: dl("recusal_reconsideration", D(2026, 3, 2), body=POLICE),
    75: dl("compelled_appearance", T(2026, 3, 5, 9, 30), body=POLICE),
    76: dl("custody_recalculation", D(2026, 3, 1)),
}


def run(check: dict[str, Any]) -> Any:
    """The rule function's result on the hand-encoded inputs."""
    func = all_rules()[check["rule"]].func
    if check["rule"].startswith("eligibility."):
        return func(check["facts"], body=check["body"])
    return func(check["start"], **check["params"])


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    agree, problems = 0, []
    for n, item in enumerate(items, 1):
        label, check = item.get("rule"), CHECKS.get(n)
        if label is not None and label not in rules:
            problems.append(f"item {n}: unknown rule {label}")
            continue
        if label is None:
            if check is not None:
                problems.append(f"item {n}: labelled null but has a check")
            continue
        if check is None or check["rule"] != label:
            problems.append(f"item {n}: no check for {label}")
            continue
        res = run(check)
        want, want_needs = dict(item.get("computed") or {}), bool(item.get("needs"))
        if res.computed == want and bool(res.needs) == want_needs:
            agree += 1
        else:
            problems.append(
                f"item {n} {label}: label {want} needs={want_needs}, "
                f"function {res.computed} needs={bool(res.needs)}"
            )
    stray = sorted(set(CHECKS) - set(range(1, len(items) + 1)))
    problems += [f"check {n}: no such item" for n in stray]
    labelled = sum(1 for it in items if it.get("rule"))
    print(f"{agree} of {labelled} labels agree ({len(items)} items)")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
