"""Check the labels of bench/own80_setAS.yaml by calling the pure rule functions.

Every eligibility item's facts (and the body, where the question names one) and every
deadline item's start date and arguments were encoded by hand from the question's words,
never by running the router or a fact reader on its text. A fact told as true is True, told
as false is False, told as unknown or disputed is listed under "uncertain" (and set to
None); a fact the question does not mention is left out. The script calls each rule's
function on them, compares the result with the label in the YAML file (rule, computed,
needs) and with the label written here, prints how many agree and exits non-zero on any
disagreement.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own80.py
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own80_setAS.yaml"
T, F, N = {"eligible": True}, {"eligible": False}, {"eligible": None}


def unsure(*keys: str, **told: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed, beside the facts `told`."""
    return {**told, **dict.fromkeys(keys), "uncertain": keys}


# fmt: off
# (item number, rule, facts, body, expected computed, needs)
ELIGIBILITY: list[tuple[int, str, dict[str, Any], str | None, dict[str, Any], bool]] = [
    (1, "detention", {"caught_in_act": True}, "police", T, False),
    (2, "bail", {"serious_illness": True}, "police", T, False),
    (3, "arrest_for_bail_breach", {"left_area": True}, "procuratorate", T, False),
    (4, "arrest", {"evidence_of_crime": True, "minor_penalty_only": True}, "procuratorate", F,
     False),
    (5, "juvenile_family_meeting",
     {"family_not_involved": True, "police_consent": True, "repentance": True}, "procuratorate",
     T, False),
    (6, "search", {"search_suspect": False, "search_may_hide": False, "search_warrant": True},
     "procuratorate", F, False),
    (7, "leave_on_bail", {"leave_reason": True, "leave_approved": False}, "police", F, False),
    (8, "leave_on_bail", {"leave_reason": True, "leave_approved": True}, "police", T, False),
    (9, "conditional_non_prosecution",
     {"age_at_offence": 16, "crime_chapter_4_6": True, "possible_sentence_years": 0.5,
      "prosecutable": True, "repentance": True, "juvenile_objects": False}, None, T, False),
    (10, "leave_conditional_np", {"cnp_leave_approved": False}, "procuratorate", F, False),
    (11, "detention_without_warrant",
     {"caught_in_act": True, "detention_emergency": True, "detention_papers_late": False},
     "police", T, False),
    (12, "surveillance_meeting", {"meet_cohabitant": True}, "police", T, False),
    (13, "deputy_permission",
     {"npc_deputy": True, "deputy_county_up": True, "measure_detention": True,
      "caught_in_act": False}, "police", F, False),
    (14, "conditional_np_revocation",
     unsure("np_serious", np_supervision_violation=True, np_repeated=False), "procuratorate", N,
     True),
    (15, "conditional_np_revocation", {"np_public_order_violation": True, "np_repeated": True},
     None, T, False),
    (16, "restraints",
     {"restraint_in_measure": True, "restraint_juvenile": True, "restraint_danger": False},
     "police", F, False),
    (17, "surveillance_place",
     {"surveillance_at_custody_place": True, "surveillance_at_residence": False}, "police", F,
     False),
    (18, "unknown_identity", {"identity_unknown": True, "evidence_of_crime": True}, "police", T,
     False),
    (19, "juvenile_probation",
     {"age_at_offence": 17, "possible_sentence_years": 4, "repentance": True}, None, F, False),
    (20, "surveillance", unsure("serious_illness"), "procuratorate", N, True),
    (21, "guarantor",
     {"guarantor_not_implicated": True, "guarantor_residence_income": True,
      "guarantor_rights_unrestricted": True}, None, T, False),
    (22, "lawyer_count", {"lawyer_count": 3}, "police", F, False),
    (23, "cppcc_notice", {"cppcc_member": True, "measure_detention": True, "urgent_case": False},
     "police", F, False),
    (24, "record_unsealing", {"new_or_omitted_crime": True, "combined_sentence_years": 7}, None,
     T, False),
    (25, "restraints",
     {"restraint_in_measure": True, "restraint_juvenile": True, "restraint_danger": True},
     "police", T, False),
    (26, "recusal", {"official_is_party_or_relative": True}, "police", T, False),
    (27, "lawyer_meeting_permission", {"state_secrets": False, "state_security_crime": False},
     "police", T, False),
    (28, "investigation_experiment",
     unsure("experiment_approved", experiment_compelled=True, experiment_party=True),
     "procuratorate", N, True),
    (29, "recusal_pending", {"recusal_pending": True}, "procuratorate", F, False),
    (30, "body_examination", {"exam_victim": True, "exam_suspect": False, "exam_forced": True},
     "procuratorate", F, False),
    (31, "unknown_identity", {"identity_unknown": True, "evidence_of_crime": True},
     "procuratorate", N, True),
    (32, "arrest_exemption", {"pregnant": True}, "procuratorate", T, False),
    (33, "sealed_record_access", {"requester_judicial": False, "requester_state_rules": False},
     "procuratorate", F, False),
    (34, "interrogation_outside_custody",
     {"out_to_recover": True, "out_chief_approval": True, "out_escort_short": False},
     "procuratorate", T, False),
    (35, "arrest_for_surveillance_breach", {"evasion": True}, "police", T, False),
    (36, "family_notice_exception",
     {"co_suspect_risk": False, "identity_unknown": False, "hinders_or_impossible": False},
     "police", F, False),
    (37, "record_sealing", {"age_at_offence": 16, "sentence_years": 2, "not_prosecuted": False},
     None, T, False),
    (38, "detention", unsure("identified_by_witness", suicide_or_flight=False), "police", N,
     True),
    (39, "lawyer_interpreter", unsure("interpreter_permission"), "police", N, True),
    (40, "record_sealing", unsure("sentence_years", age_at_offence=17, not_prosecuted=False),
     None, N, True),
    (41, "arrest",
     {"evidence_of_crime": True, "imprisonment_possible": True, "bail_insufficient": True},
     "police", T, False),
    (42, "shared_lawyer", {"co_suspects_same_case": True}, None, F, False),
    (43, "compelled_appearance", {"compel_suspect": True, "compel_failed_summons": True},
     "police", T, False),
    (44, "deputy_permission",
     {"npc_deputy": True, "deputy_county_up": False, "measure_arrest": True}, "police", T,
     False),
    (45, "conditional_non_prosecution",
     {"age_at_offence": 17, "crime_chapter_4_6": False, "possible_sentence_years": 2 / 12,
      "repentance": True, "prosecutable": True}, None, F, False),
    (46, "compelled_appearance", {"compel_suspect": False}, "police", F, False),
    (47, "leave_under_surveillance", unsure("leave_approved", leave_reason=True), "police", N,
     True),
    (48, "lawyer_hire_approval", unsure("state_secrets"), None, N, True),
    (49, "detention_without_warrant",
     {"police_own_detention": False, "detention_emergency": True}, "procuratorate", F, False),
    (50, "search", unsure("search_may_hide", search_suspect=False, search_warrant=True),
     "procuratorate", N, True),
    (51, "bail", unsure("minor_penalty_only"), "police", N, True),
    (52, "family_notice_exception", unsure("co_suspect_risk"), "police", N, True),
    (53, "guarantor", {"guarantor_not_implicated": False}, "police", F, False),
    (54, "juvenile_non_prosecution",
     unsure("compensation_settled", age_at_offence=15, recidivist=False, minor_crime=True,
            repentance=True), "procuratorate", N, True),
    (55, "bail", {"serious_illness": True, "violent_crime": True}, "police", F, False),
    (56, "body_examination", unsure("exam_victim", exam_suspect=False), "procuratorate", N, True),
    (57, "guarantor",
     unsure("guarantor_capable", guarantor_not_implicated=True, guarantor_residence_income=True),
     "police", N, True),
    (58, "search",
     unsure("search_emergency", search_suspect=True, search_warrant=False, search_in_arrest=True),
     "procuratorate", N, True),
    (59, "bail",
     unsure("endangers_public_security", breastfeeding=True, baby_age_months=14),
     "procuratorate", N, True),
    (60, "shared_lawyer", unsure("co_suspects_same_case"), "police", N, True),
]

# (item number, rule, start, keyword arguments, expected computed, needs)
DEADLINE: list[tuple[int, str, date | datetime | None, dict[str, Any], dict[str, str], bool]] = [
    (61, "guarantor_fine_review", None, {}, {}, True),
    (62, "juvenile_inform_victim", date(2026, 3, 3), {}, {"deadline": "2026-03-06"}, False),
    (63, "forfeiture_review", date(2026, 3, 1), {}, {"deadline": "2026-03-06"}, False),
    (64, "arrest_reconsideration", date(2026, 2, 27), {}, {"deadline": "2026-03-06"}, False),
    (65, "conditional_np_complaint", date(2026, 3, 2), {}, {"deadline": "2026-03-09"}, False),
    (66, "custody_recalculation", date(2026, 3, 2), {}, {"deadline": "2026-03-07"}, False),
    (67, "lawyer_permission", date(2026, 3, 4), {"body": "police"}, {"deadline": "2026-03-07"},
     False),
    (68, "recusal_reconsideration", date(2026, 3, 3), {"body": "police"},
     {"deadline": "2026-03-08"}, False),
    (69, "sealed_record_inquiry", date(2026, 3, 2), {}, {"deadline": "2026-03-09"}, False),
    (70, "overdue_measure_review", date(2026, 3, 3), {"measure": "detention"},
     {"deadline": "2026-03-06"}, False),
    (71, "bail_application_reply", date(2026, 2, 27), {"body": "police"},
     {"deadline": "2026-03-06"}, False),
    (72, "bail_period", None, {"body": "police"}, {}, True),
    (73, "family_notice_detention", datetime(2026, 3, 4, 21, 15), {"body": "police"},
     {"deadline": "2026-03-05T21:15"}, False),
    (74, "direct_acceptance", date(2026, 2, 25), {}, {"deadline": "2026-03-07"}, False),
    (75, "interrogation_arrest", datetime(2026, 3, 4, 22, 0), {"body": "police"},
     {"deadline": "2026-03-05T22:00"}, False),
    (76, "compelled_appearance", datetime(2026, 3, 3, 19, 30), {"body": "police"},
     {"deadline": "2026-03-04T07:30"}, False),
]

# fmt: on

# Checks as the grader reads them: one dict per labelled item (eligibility and deadline).
CHECKS: list[dict[str, Any]] = [
    {"n": n, "rule": f"eligibility.{rule}", "input": {"facts": facts, "body": body},
     "computed": computed, "needs": needs}
    for n, rule, facts, body, computed, needs in ELIGIBILITY
] + [
    {"n": n, "rule": f"deadline.{rule}", "input": {"start": start, **kwargs},
     "computed": computed, "needs": needs}
    for n, rule, start, kwargs, computed, needs in DEADLINE
]  # fmt: skip

NULL_ITEMS = range(77, 101)


def run(check: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The rule function's computed dict and whether it asks, on the hand-encoded input."""
    spec = all_rules()[check["rule"]]
    args = dict(check["input"])
    if check["rule"].startswith("eligibility."):
        res = spec.func(args["facts"], args["body"])
    else:
        res = spec.func(args.pop("start"), **args)
    return dict(res.computed), bool(res.needs)


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    problems: list[str] = []
    if len(items) != 100:
        problems.append(f"expected 100 items, found {len(items)}")
    for n, item in enumerate(items, 1):
        if item["rule"] is not None and item["rule"] not in rules:
            problems.append(f"item {n}: unknown rule {item['rule']}")
    checked = {c["n"] for c in CHECKS}
    for n, item in enumerate(items, 1):
        if item["rule"] is None and n not in NULL_ITEMS:
            problems.append(f"item {n}: null item outside the null block")
        if item["rule"] is not None and n not in checked:
            problems.append(f"item {n}: labelled {item['rule']} but not checked")
    agree = 0
    for c in CHECKS:
        item = items[c["n"] - 1]
        label = (item["rule"], dict(item.get("computed") or {}), bool(item.get("needs")))
        mine = (c["rule"], c["computed"], c["needs"])
        got = (c["rule"], *run(c))
        if label == mine == got:
            agree += 1
        else:
            problems.append(f"item {c['n']}: yaml {label} / script {mine} / function {got}")
    for p in problems:
        print("DISAGREE", p)
    print(f"{agree} of {len(CHECKS)} labels agree with the rule functions")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
