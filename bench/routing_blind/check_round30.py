"""Label check for routing round 30 / round 40 Set E (written blind; see the files' headers).

Every eligibility and deadline label of the 100 questions (odd items in
tests/rules/routing_round40_setE.yaml, even items in bench/routing_blind/round30.yaml) was
worked out by hand from the article and the rule's docstring. This script holds, for each
item in the writing order, the facts and dates the writer encoded by hand (never read from
the question's text) and the hand label, calls the pure rule function on them, and reports
whether function, hand label and file label agree. It never runs a router.

    PYTHONPATH=. python bench/routing_blind/check_round30.py
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import yaml

from assistant.rules.rulebook import all_rules

ROOT = Path(__file__).resolve().parents[2]
OPEN = ROOT / "tests/rules/routing_round40_setE.yaml"
BLIND = ROOT / "bench/routing_blind/round30.yaml"
T, F, N = True, False, None
D, DT = date.fromisoformat, datetime.fromisoformat


def e(rule, facts, body=None, hand=None):
    """An eligibility item: facts and body encoded by hand, and the hand verdict."""
    return ("eligibility." + rule, dict(facts=facts, body=body), {"eligible": hand}, hand is None)


def d(rule, start, hand, **kw):
    """A deadline item: the start encoded by hand and the hand `computed` ({} = must ask)."""
    return ("deadline." + rule, dict(start=start, **kw), hand, not hand)


NULL = (None, None, {}, None)

# Writing order: item n is file item (n+1)//2 of the open file (n odd) or n//2 of the blind file.
ENCODED = [
    # round 1
    e("bail", {"breastfeeding": T, "baby_age_months": 4}, "police", T),
    e("arrest_exemption", {"pregnant": T}, "procuratorate", T),
    NULL,
    NULL,
    e(
        "cppcc_notice",
        {"cppcc_member": T, "measure_other": T, "measure_detention": F, "measure_arrest": F},
        "police",
        T,
    ),
    e(
        "deputy_permission",
        {"npc_deputy": T, "deputy_county_up": F, "measure_arrest": T, "measure_detention": F},
        "police",
        T,
    ),
    d("conditional_np_complaint", D("2026-02-28"), {"deadline": "2026-03-07"}),
    d("juvenile_inform_victim", D("2026-03-03"), {"deadline": "2026-03-06"}),
    e(
        "detention_without_warrant",
        {"caught_in_act": T, "detention_emergency": T, "detention_papers_late": F},
        "police",
        T,
    ),
    e(
        "interrogation_outside_custody",
        {"out_to_recover": T, "out_chief_approval": T},
        "procuratorate",
        T,
    ),
    # round 2
    NULL,
    NULL,
    e("leave_under_surveillance", {"leave_reason": T, "leave_approved": T}, "police", T),
    e("compelled_appearance", {"compel_suspect": T, "compel_failed_summons": T}, "police", T),
    d("guarantor_fine_review", D("2026-03-04"), {"deadline": "2026-03-09"}),
    d("overdue_measure_review", D("2026-03-02"), {"deadline": "2026-03-05"}, measure="detention"),
    e(
        "juvenile_probation",
        {
            "age_at_offence": 16,
            "possible_sentence_years": 2,
            "repentance": T,
            "community_no_adverse_effect": T,
            "guardianship": T,
            "no_social_danger": T,
            "recidivist": F,
        },
        None,
        T,
    ),
    e(
        "juvenile_non_prosecution",
        {"age_at_offence": 15, "minor_crime": T, "secondary_role": T},
        None,
        T,
    ),
    NULL,
    NULL,
    # round 3
    e("lawyer_count", {"lawyer_count": 3}, None, F),
    e("record_sealing", {"age_at_offence": 19, "sentence_years": 2}, None, F),
    e("shared_lawyer", {"co_suspects_same_case": T}, "police", F),
    e("leave_conditional_np", {"cnp_leave_approved": F}, "procuratorate", F),
    e("sealed_record_access", {"requester_judicial": F, "requester_state_rules": F}, None, F),
    e("guarantor", {"guarantor_not_implicated": F}, None, F),
    e("conditional_np_revocation", {"new_crime": T}, None, T),
    e("record_unsealing", {"new_or_omitted_crime": T, "combined_sentence_years": 7}, None, T),
    d("custody_recalculation", D("2026-03-28"), {"deadline": "2026-04-02"}),
    d("arrest_reconsideration", D("2026-04-27"), {"deadline": "2026-05-04"}),
    # round 4
    d(
        "family_notice_detention",
        DT("2026-03-03T21:00"),
        {"deadline": "2026-03-04T21:00"},
        body="police",
    ),
    d("bail_application_reply", D("2026-02-27"), {"deadline": "2026-03-06"}, body="police"),
    d("forfeiture_review", D("2026-03-02"), {"deadline": "2026-03-07"}),
    d("recusal_reconsideration", D("2026-03-03"), {"deadline": "2026-03-08"}),
    NULL,
    NULL,
    e("juvenile_family_meeting", {"family_not_involved": F}, "procuratorate", F),
    e("conditional_non_prosecution", {"age_at_offence": 17, "possible_sentence_years": 3}, None, F),
    e(
        "arrest_for_surveillance_breach",
        {
            "unapproved_meetings": F,
            "new_crime": F,
            "evasion": F,
            "evidence_tampering": F,
            "left_area": F,
            "missed_summons": F,
        },
        "procuratorate",
        F,
    ),
    e("lawyer_interpreter", {"interpreter_permission": F}, None, F),
    # round 5
    e("shared_lawyer", {"uncertain": ["co_suspects_same_case"]}, "police", N),
    e("family_notice_exception", {}, "police", N),
    e("arrest_for_bail_breach", {"uncertain": ["left_area"]}, "procuratorate", N),
    e(
        "search",
        {"search_suspect": T, "search_warrant": F, "search_in_arrest": T},
        "procuratorate",
        N,
    ),
    e("leave_on_bail", {"leave_reason": T, "leave_approved": T}, "procuratorate", N),
    e("detention", {"caught_in_act": F, "uncertain": ["identified_by_witness"]}, "police", N),
    e("surveillance", {"uncertain": ["serious_illness"]}, "police", N),
    e(
        "juvenile_non_prosecution",
        {
            "age_at_offence": 16,
            "minor_crime": T,
            "repentance": T,
            "recidivist": F,
            "uncertain": ["compensation_settled"],
        },
        None,
        N,
    ),
    e(
        "cppcc_notice",
        {
            "cppcc_member": T,
            "measure_detention": T,
            "measure_arrest": F,
            "uncertain": ["urgent_case"],
        },
        "police",
        N,
    ),
    e("arrest", {"evidence_of_crime": T, "imprisonment_possible": T}, "police", N),
    # round 6
    e(
        "guarantor",
        {
            "guarantor_not_implicated": T,
            "guarantor_capable": T,
            "guarantor_rights_unrestricted": T,
            "guarantor_residence_income": T,
        },
        "police",
        T,
    ),
    e("leave_on_bail", {"leave_reason": T, "leave_approved": T}, "police", T),
    NULL,
    NULL,
    e("search", {"search_suspect": T, "search_warrant": T}, "procuratorate", T),
    e("lawyer_meeting_permission", {"state_secrets": F, "state_security_crime": F}, "police", T),
    NULL,
    NULL,
    e(
        "investigation_experiment",
        {"experiment_approved": T, "experiment_harmful": F},
        "procuratorate",
        T,
    ),
    e("unknown_identity", {"identity_unknown": T, "evidence_of_crime": T}, "police", T),
    # round 7
    NULL,
    NULL,
    e("record_sealing", {"age_at_offence": 16, "sentence_years": 2}, None, T),
    e(
        "conditional_non_prosecution",
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": T,
            "possible_sentence_years": 0.5,
            "prosecutable": T,
            "repentance": T,
        },
        None,
        T,
    ),
    d(
        "interrogation_arrest",
        DT("2026-03-03T16:15"),
        {"deadline": "2026-03-04T16:15"},
        body="police",
    ),
    d("sealed_record_inquiry", D("2026-02-26"), {"deadline": "2026-03-05"}),
    NULL,
    NULL,
    NULL,
    NULL,
    # round 8
    e("bail", {"minor_penalty_only": T, "recidivist": T}, "police", F),
    e("lawyer_meeting_permission", {"state_secrets": T}, "police", F),
    e(
        "recusal",
        {
            "official_is_party_or_relative": F,
            "official_interest": F,
            "official_prior_role": F,
            "official_gifts_or_meetings": F,
        },
        "police",
        F,
    ),
    e(
        "restraints",
        {"restraint_in_measure": T, "restraint_juvenile": T, "restraint_danger": F},
        "police",
        F,
    ),
    e("lawyer_hire_approval", {"state_secrets": T}, "police", F),
    e(
        "surveillance_meeting",
        {"meet_cohabitant": F, "meet_own_lawyer": F, "meet_approved": F},
        None,
        F,
    ),
    e("surveillance_place", {"surveillance_at_custody_place": T}, "police", F),
    e(
        "juvenile_probation",
        {"age_at_offence": 16, "possible_sentence_years": 5, "repentance": T},
        None,
        F,
    ),
    e(
        "body_examination",
        {"exam_victim": T, "exam_suspect": F, "exam_forced": T},
        "procuratorate",
        F,
    ),
    e("recusal_pending", {"recusal_pending": T}, None, F),
    # round 9
    NULL,
    NULL,
    d("lawyer_permission", None, {}, body="police"),
    d("surveillance_period", None, {}, body="police"),
    NULL,
    NULL,
    e("leave_conditional_np", {}, None, N),
    e("restraints", {"restraint_in_measure": T, "restraint_juvenile": T}, "police", N),
    d("file_case_after_notice", D("2026-03-10"), {"deadline": "2026-03-25"}),
    d("custody_after_arrest", D("2026-01-31"), {"deadline": "2026-03-31", "latest": "2026-04-30"}),
    # round 10
    e(
        "juvenile_family_meeting",
        {"family_not_involved": T, "police_consent": T, "repentance": T},
        "procuratorate",
        T,
    ),
    e("surveillance_meeting", {"meet_cohabitant": T}, "police", T),
    e("lawyer_hire_approval", {"uncertain": ["state_secrets"]}, None, N),
    e("conditional_np_revocation", {"np_supervision_violation": T, "np_repeated": F}, None, N),
    e("surveillance_place", {}, "police", N),
    e(
        "deputy_permission",
        {
            "npc_deputy": T,
            "measure_other": T,
            "measure_detention": F,
            "measure_arrest": F,
            "uncertain": ["deputy_county_up"],
        },
        "police",
        N,
    ),
    NULL,
    NULL,
    e("detention_without_warrant", {"caught_in_act": T}, "police", N),
    e("interrogation_outside_custody", {}, "procuratorate", N),
]


def load() -> list[dict]:
    """The 100 items in writing order: open and blind items alternate."""
    odd = yaml.safe_load(OPEN.read_text(encoding="utf-8"))
    even = yaml.safe_load(BLIND.read_text(encoding="utf-8"))
    assert len(odd) == len(even) == 50, (len(odd), len(even))
    return [x for pair in zip(odd, even, strict=True) for x in pair]


def main() -> int:
    rules = all_rules()
    items = load()
    assert len(ENCODED) == len(items) == 100
    checked = agree = 0
    bad = []
    for n, (item, (rid, call, hand, hand_needs)) in enumerate(zip(items, ENCODED, strict=True), 1):
        if item["rule"] not in (None, *rules):
            bad.append(f"{n}: unknown rule {item['rule']}")
        if rid is None:
            if item["rule"] is not None:
                bad.append(f"{n}: file says {item['rule']}, encoded as null")
            continue
        checked += 1
        spec = rules[rid]
        res = (
            spec.func(call["facts"], call["body"])
            if rid.startswith("eligibility.")
            else spec.func(call["start"], **{k: v for k, v in call.items() if k != "start"})
        )
        file_label = (item["rule"], dict(item.get("computed") or {}), bool(item.get("needs")))
        hand_label = (rid, hand, hand_needs)
        func_label = (rid, dict(res.computed), bool(res.needs))
        if func_label == hand_label == file_label:
            agree += 1
        else:
            bad.append(f"{n}: function {func_label} hand {hand_label} file {file_label}")
    print(f"checked {checked} labels; {agree} agree (function = hand reading = file)")
    for line in bad:
        print("DISAGREE", line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
