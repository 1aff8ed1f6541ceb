"""Check the labels of round 36 (Set K): call each pure rule function on facts and dates encoded
by hand (never on a question's text) and compare with the labels of both halves.

    PYTHONPATH=. python bench/routing_blind/check_round36.py

The 100 items are rebuilt in writing order by alternation (odd items from the open half
tests/rules/routing_round46_setK.yaml, even items from bench/routing_blind/round36.yaml).
Each entry below is (rule id, call or None for a null item); the call returns the RuleResult.
Dates: today is 2026-03-05 (Thursday); Monday = 2 March, Tuesday = 3 March, last night = 4 March,
last Friday = 27 February.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import yaml

from assistant.rules.rulebook import all_rules

ROOT = Path(__file__).resolve().parents[2]
OPEN = ROOT / "tests/rules/routing_round46_setK.yaml"
BLIND = ROOT / "bench/routing_blind/round36.yaml"
R = all_rules()


def e(rule: str, facts: dict, body: str | None = None):
    return rule, lambda: R[rule].func(facts, body)


def d(rule: str, start, **kw):
    return rule, lambda: R[rule].func(start, **kw)


U = "uncertain"
NULL = (None, None)

# In writing order (pairs of the same voice and kind).
ITEMS = [
    # 1-2 speech, eligible
    e("eligibility.bail", {"breastfeeding": True, "baby_age_months": 5}, "police"),
    e("eligibility.leave_under_surveillance", {"leave_reason": True, "leave_approved": True}),
    # 3-4 hotline, not eligible
    e("eligibility.lawyer_hire_approval", {"state_secrets": True}, "police"),
    e("eligibility.leave_on_bail", {"leave_reason": True, "leave_approved": False}, "police"),
    # 5-6 insider, cannot tell
    e(
        "eligibility.family_notice_exception",
        {"identity_unknown": False, "co_suspect_risk": None, U: ("co_suspect_risk",)},
        "police",
    ),
    e(
        "eligibility.cppcc_notice",
        {
            "cppcc_member": True,
            "measure_detention": True,
            "measure_arrest": False,
            "urgent_case": None,
            U: ("urgent_case",),
        },
        "police",
    ),
    # 7-8 thread, null
    NULL,
    NULL,
    # 9-10 timeline, deadline
    d("deadline.conditional_np_complaint", date(2026, 3, 2)),
    d("deadline.juvenile_inform_victim", date(2026, 2, 23)),
    # 11-12 speech, not eligible
    e("eligibility.shared_lawyer", {"co_suspects_same_case": True}),
    e("eligibility.lawyer_count", {"lawyer_count": 3}),
    # 13-14 hotline, null
    NULL,
    NULL,
    # 15-16 insider, eligible
    e(
        "eligibility.detention_without_warrant",
        {"caught_in_act": True, "detention_emergency": True},
        "police",
    ),
    e(
        "eligibility.interrogation_outside_custody",
        {"out_to_recover": True, "out_chief_approval": True},
        "procuratorate",
    ),
    # 17-18 thread, eligible
    e("eligibility.surveillance", {"pregnant": True}, "police"),
    e("eligibility.arrest_for_bail_breach", {"breach": True}, "police"),
    # 19-20 timeline, eligible
    e("eligibility.arrest_for_bail_breach", {"left_area": True}, "procuratorate"),
    e("eligibility.conditional_np_revocation", {"new_crime": True}, "procuratorate"),
    # 21-22 speech, deadline
    d("deadline.interrogation_arrest", datetime(2026, 3, 4, 21, 30), body="police"),
    d("deadline.recusal_reconsideration", date(2026, 3, 2), body="police"),
    # 23-24 hotline, eligible
    e(
        "eligibility.lawyer_meeting_permission",
        {"state_secrets": False, "state_security_crime": False},
    ),
    e(
        "eligibility.guarantor",
        {
            "guarantor_not_implicated": True,
            "guarantor_residence_income": True,
            "guarantor_rights_unrestricted": True,
        },
        "police",
    ),
    # 25-26 insider, not eligible
    e(
        "eligibility.restraints",
        {"restraint_in_measure": True, "restraint_juvenile": True, "restraint_danger": False},
        "police",
    ),
    e(
        "eligibility.investigation_experiment",
        {"experiment_approved": True, "experiment_harmful": True},
        "procuratorate",
    ),
    # 27-28 thread, not eligible
    e(
        "eligibility.arrest_for_surveillance_breach",
        {
            "left_area": False,
            "new_crime": False,
            "evasion": False,
            "evidence_tampering": False,
            "unapproved_meetings": False,
            "missed_summons": False,
        },
        "procuratorate",
    ),
    e("eligibility.leave_conditional_np", {"cnp_leave_approved": False}, "procuratorate"),
    # 29-30 timeline, not eligible
    e(
        "eligibility.conditional_non_prosecution",
        {
            "age_at_offence": 17,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 3,
            "prosecutable": True,
            "repentance": True,
        },
    ),
    e("eligibility.record_sealing", {"age_at_offence": 18, "sentence_years": 3}),
    # 31-32 speech, cannot tell
    e(
        "eligibility.recusal",
        {"official_is_party_or_relative": None, U: ("official_is_party_or_relative",)},
        "police",
    ),
    e("eligibility.unknown_identity", {"identity_unknown": True}),
    # 33-34 hotline, cannot tell
    e(
        "eligibility.record_sealing",
        {
            "age_at_offence": 17,
            "sentence_years": None,
            "not_prosecuted": False,
            U: ("sentence_years",),
        },
    ),
    e("eligibility.bail", {"serious_illness": None, U: ("serious_illness",)}),
    # 35-36 insider, deadline
    d("deadline.arrest_reconsideration", date(2026, 3, 3)),
    d("deadline.custody_recalculation", date(2026, 2, 26)),
    # 37-38 thread, cannot tell
    e(
        "eligibility.conditional_np_revocation",
        {
            "np_public_order_violation": True,
            "np_repeated": False,
            "np_serious": None,
            U: ("np_serious",),
        },
    ),
    e(
        "eligibility.juvenile_probation",
        {
            "age_at_offence": 16,
            "possible_sentence_years": 2,
            "repentance": True,
            "recidivist": False,
            "guardianship": True,
        },
    ),
    # 39-40 timeline, null
    NULL,
    NULL,
    # 41-42 speech, null
    NULL,
    NULL,
    # 43-44 hotline, deadline without its date
    d("deadline.sealed_record_inquiry", None),
    d("deadline.lawyer_permission", None, body="police"),
    # 45-46 insider, null
    NULL,
    NULL,
    # 47-48 thread, deadline
    d("deadline.forfeiture_review", date(2026, 3, 3)),
    d("deadline.guarantor_fine_review", date(2026, 3, 2)),
    # 49-50 timeline, eligible
    e(
        "eligibility.juvenile_probation",
        {
            "age_at_offence": 16,
            "possible_sentence_years": 1,
            "repentance": True,
            "community_no_adverse_effect": True,
            "guardianship": True,
            "no_social_danger": True,
            "recidivist": False,
            "victim_settled": True,
        },
    ),
    e("eligibility.detention", {"identified_by_witness": True}, "police"),
    # 51-52 speech, eligible
    e("eligibility.arrest_exemption", {"pregnant": True}, "procuratorate"),
    e(
        "eligibility.compelled_appearance",
        {"compel_suspect": True, "compel_failed_summons": True},
        "police",
    ),
    # 53-54 hotline, not eligible
    e(
        "eligibility.sealed_record_access",
        {"requester_judicial": False, "requester_state_rules": False},
    ),
    e("eligibility.juvenile_family_meeting", {"family_not_involved": False}, "procuratorate"),
    # 55-56 insider, eligible
    e("eligibility.body_examination", {"exam_suspect": True, "exam_forced": True}, "procuratorate"),
    e("eligibility.sealed_record_access", {"requester_judicial": True}, "procuratorate"),
    # 57-58 thread, eligible
    e("eligibility.record_unsealing", {"new_or_omitted_crime": True, "combined_sentence_years": 7}),
    e(
        "eligibility.juvenile_non_prosecution",
        {
            "age_at_offence": 15,
            "minor_crime": True,
            "secondary_role": True,
            "surrender_or_merit": True,
        },
    ),
    # 59-60 timeline, not eligible
    e("eligibility.bail", {"serious_illness": True, "recidivist": True}, "police"),
    e("eligibility.compelled_appearance", {"compel_suspect": False}, "police"),
    # 61-62 speech, not eligible
    e(
        "eligibility.detention",
        {
            "identified_by_witness": True,
            "suicide_or_flight": False,
            "evidence_tampering_risk": False,
        },
        "procuratorate",
    ),
    e("eligibility.surveillance_place", {"surveillance_at_custody_place": True}),
    # 63-64 hotline, eligible
    e("eligibility.surveillance_meeting", {"meet_own_lawyer": True}, "police"),
    e("eligibility.shared_lawyer", {"co_suspects_same_case": False}),
    # 65-66 insider, cannot tell
    e(
        "eligibility.compelled_appearance",
        {"compel_suspect": None, "compel_failed_summons": True, U: ("compel_suspect",)},
        "police",
    ),
    e(
        "eligibility.surveillance",
        {
            "minor_penalty_only": False,
            "serious_illness": False,
            "no_social_danger": None,
            U: ("no_social_danger",),
        },
        "police",
    ),
    # 67-68 thread, not eligible
    e("eligibility.lawyer_interpreter", {"interpreter_permission": False}),
    e("eligibility.arrest", {"minor_penalty_only": True}),
    # 69-70 timeline, eligible
    e("eligibility.leave_on_bail", {"leave_reason": True, "leave_approved": True}, "police"),
    e("eligibility.recusal", {"official_gifts_or_meetings": True}, "police"),
    # 71-72 speech, cannot tell
    e("eligibility.guarantor", {"guarantor_residence_income": True}),
    e(
        "eligibility.arrest_for_surveillance_breach",
        {"left_area": None, "unapproved_meetings": None, U: ("left_area", "unapproved_meetings")},
    ),
    # 73-74 hotline, cannot tell
    e(
        "eligibility.juvenile_non_prosecution",
        {"age_at_offence": 16, "incomplete_crime": True, "minor_crime": None, U: ("minor_crime",)},
    ),
    e(
        "eligibility.conditional_non_prosecution",
        {
            "age_at_offence": 17,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 0.5,
            "prosecutable": None,
            "repentance": None,
            U: ("prosecutable", "repentance"),
        },
    ),
    # 75-76 insider, not eligible
    e(
        "eligibility.deputy_permission",
        {
            "npc_deputy": True,
            "deputy_county_up": True,
            "measure_other": True,
            "measure_detention": False,
            "measure_arrest": False,
            "caught_in_act": False,
        },
        "police",
    ),
    e("eligibility.recusal_pending", {"recusal_pending": True}, "police"),
    # 77-78 thread, cannot tell
    e(
        "eligibility.search",
        {
            "search_suspect": True,
            "search_warrant": False,
            "search_in_arrest": True,
            "search_emergency": None,
            U: ("search_emergency",),
        },
    ),
    e("eligibility.detention", {"caught_in_act": False}, "police"),
    # 79-80 timeline, cannot tell
    e(
        "eligibility.arrest",
        {
            "evidence_of_crime": True,
            "imprisonment_possible": True,
            "bail_insufficient": None,
            U: ("bail_insufficient",),
        },
    ),
    e(
        "eligibility.deputy_permission",
        {
            "npc_deputy": True,
            "deputy_county_up": None,
            "measure_detention": True,
            "measure_arrest": False,
            "caught_in_act": False,
            U: ("deputy_county_up",),
        },
        "police",
    ),
    # 81-82 speech, deadline
    d("deadline.bail_application_reply", date(2026, 3, 2), body="police"),
    d("deadline.surveillance_period", date(2026, 1, 15), body="police"),
    # 83-84 hotline, null
    NULL,
    NULL,
    # 85-86 insider, deadline
    d("deadline.file_case_after_notice", date(2026, 2, 27)),
    d("deadline.overdue_measure_review", date(2026, 3, 4), measure="bail"),
    # 87-88 thread, null
    NULL,
    NULL,
    # 89-90 timeline, deadline
    d("deadline.police_detention", datetime(2026, 3, 1, 18, 0), major=False),
    d("deadline.family_notice_detention", datetime(2026, 3, 3, 23, 15), body="police"),
    # 91-100 null
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
]


def merged() -> list[dict]:
    """The 100 items in writing order, rebuilt from the two halves by alternation."""
    odd = yaml.safe_load(OPEN.read_text(encoding="utf-8"))
    even = yaml.safe_load(BLIND.read_text(encoding="utf-8"))
    out = []
    for i in range(max(len(odd), len(even))):
        out += odd[i : i + 1] + even[i : i + 1]
    return out


def main() -> int:
    items = merged()
    assert len(items) == len(ITEMS) == 100, (len(items), len(ITEMS))
    checked = agree = 0
    for n, (item, (rule, call)) in enumerate(zip(items, ITEMS, strict=True), 1):
        if item["rule"] != rule:
            print(f"{n}: rule label {item['rule']} but checker has {rule}")
            continue
        if rule is None:
            continue
        assert rule in R, rule
        res = call()
        checked += 1
        same = res.computed == (item.get("computed") or {})
        same = same and bool(res.needs) == bool(item.get("needs"))
        agree += same
        if not same:
            print(f"{n}: {rule} label {item.get('computed')} needs={item.get('needs')}"
                  f" / function {res.computed} needs={bool(res.needs)}")  # fmt: skip
    print(f"{checked} labels checked, {agree} agree")
    return 0 if checked == agree else 1


if __name__ == "__main__":
    sys.exit(main())
