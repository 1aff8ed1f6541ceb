"""Check the labels of bench/own64_setAC.yaml (training set AC) against the pure rule functions.

Every eligibility and deadline label of the set was worked out by hand from the article and the
rule's docstring. `CHECKS` holds, per item, the facts (eligibility) or the date, clock time, body
and stage (deadline) that the writer encoded by hand from the question, never read from its text
by the software; the rule function named by the item is called on them and its `computed` (and
whether it asks) must equal the item's label. For eligibility items the facts are complete: every
fact the question tells that the rule function reads is there (told true: True; told false:
False; told as unknown or disputed: listed under "uncertain" and set to None), a fact not told is
left out, and `body` is given wherever the question names the acting body. The set's counts
(kinds, verdicts, voices, every eligibility rule, 16 distinct deadline rules) are checked too.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own64.py

Prints how many labels agree; exits 1 on any disagreement or malformed item.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

PATH = Path(__file__).resolve().parents[1] / "own64_setAC.yaml"
VOICES = (
    "night-school learner",
    "farmer's wife",
    "amateur sleuth",
    "hotel receptionist",
    "school principal",
)
U = "uncertain"

# (item number in the file, rule id, keyword arguments of the rule function, encoded by hand)
CHECKS: list[tuple[int, str, dict[str, Any]]] = [
    (1, "eligibility.lawyer_hire_approval", {"facts": {"state_secrets": True}, "body": "police"}),
    (
        2,
        "eligibility.leave_on_bail",
        {
            "facts": {
                "leave_reason": True,
                "leave_approved": None,
                "uncertain": ("leave_approved",),
            },
            "body": "police",
        },
    ),
    (
        3,
        "eligibility.arrest_for_surveillance_breach",
        {"facts": {"violent_witness_interference": True}, "body": "police"},
    ),
    (
        4,
        "eligibility.search",
        {"facts": {"search_warrant": True, "search_woman_by_man": True}, "body": "procuratorate"},
    ),
    (
        5,
        "eligibility.conditional_non_prosecution",
        {
            "facts": {
                "age_at_offence": 16,
                "crime_chapter_4_6": True,
                "possible_sentence_years": 1,
                "prosecutable": True,
                "repentance": True,
                "juvenile_objects": False,
            },
            "body": "procuratorate",
        },
    ),
    (
        6,
        "eligibility.lawyer_meeting_permission",
        {"facts": {"state_secrets": False, "state_security_crime": False}, "body": "police"},
    ),
    (
        7,
        "eligibility.arrest_for_bail_breach",
        {"facts": {"missed_summons": True}, "body": "police"},
    ),
    (8, "eligibility.recusal_pending", {"facts": {"recusal_pending": True}, "body": "police"}),
    (
        9,
        "eligibility.detention_without_warrant",
        {
            "facts": {
                "caught_in_act": True,
                "detention_emergency": True,
                "detention_papers_late": False,
            },
            "body": "police",
        },
    ),
    (
        10,
        "eligibility.juvenile_non_prosecution",
        {
            "facts": {
                "age_at_offence": 15,
                "minor_crime": False,
                "surrender_or_merit": True,
                "recidivist": False,
                "minor_injury_case": False,
            },
            "body": "procuratorate",
        },
    ),
    (11, "eligibility.lawyer_count", {"facts": {"lawyer_count": 3}}),
    (
        12,
        "eligibility.guarantor",
        {
            "facts": {"guarantor_not_implicated": True, "guarantor_residence_income": False},
            "body": "police",
        },
    ),
    (
        13,
        "eligibility.detention",
        {
            "facts": {"identified_by_witness": True, "evidence_found_on_person": True},
            "body": "police",
        },
    ),
    (
        14,
        "eligibility.unknown_identity",
        {
            "facts": {
                "identity_unknown": True,
                "evidence_of_crime": None,
                "uncertain": ("evidence_of_crime",),
            },
            "body": "police",
        },
    ),
    (
        15,
        "eligibility.juvenile_probation",
        {
            "facts": {
                "age_at_offence": 17,
                "possible_sentence_years": 2,
                "repentance": True,
                "guardianship": True,
                "community_no_adverse_effect": True,
                "recidivist": False,
                "no_social_danger": None,
                "uncertain": ("no_social_danger",),
            },
            "body": "procuratorate",
        },
    ),
    (
        16,
        "eligibility.guarantor",
        {
            "facts": {
                "guarantor_not_implicated": True,
                "guarantor_rights_unrestricted": True,
                "guarantor_residence_income": True,
            },
            "body": "police",
        },
    ),
    (17, "eligibility.surveillance", {"facts": {"no_bond_or_guarantor": True}, "body": "police"}),
    (
        18,
        "eligibility.arrest",
        {
            "facts": {
                "evidence_of_crime": True,
                "minor_penalty_only": True,
                "imprisonment_possible": False,
            },
            "body": "procuratorate",
        },
    ),
    (
        19,
        "eligibility.lawyer_interpreter",
        {
            "facts": {"interpreter_permission": None, "uncertain": ("interpreter_permission",)},
            "body": "police",
        },
    ),
    (
        20,
        "eligibility.record_sealing",
        {"facts": {"age_at_offence": 17, "sentence_years": 3, "not_prosecuted": False}},
    ),
    (
        21,
        "eligibility.bail",
        {
            "facts": {
                "pregnant": True,
                "other_serious_crime": None,
                "uncertain": ("other_serious_crime",),
            },
            "body": "police",
        },
    ),
    (
        22,
        "eligibility.arrest_exemption",
        {"facts": {"breastfeeding": True, "baby_age_months": 14}, "body": "procuratorate"},
    ),
    (
        23,
        "eligibility.search",
        {
            "facts": {
                "search_warrant": False,
                "search_in_arrest": True,
                "search_emergency": None,
                "uncertain": ("search_emergency",),
            },
            "body": "procuratorate",
        },
    ),
    (
        24,
        "eligibility.family_notice_exception",
        {"facts": {"co_suspect_risk": True}, "body": "police"},
    ),
    (
        25,
        "eligibility.sealed_record_access",
        {"facts": {"requester_judicial": False, "requester_state_rules": False}},
    ),
    (
        26,
        "eligibility.surveillance",
        {"facts": {"serious_illness": None, "uncertain": ("serious_illness",)}, "body": "police"},
    ),
    (
        27,
        "eligibility.surveillance_place",
        {
            "facts": {"surveillance_at_custody_place": True, "surveillance_at_residence": False},
            "body": "police",
        },
    ),
    (
        28,
        "eligibility.detention_without_warrant",
        {
            "facts": {
                "evidence_found_on_person": True,
                "detention_papers_late": False,
                "detention_emergency": None,
                "uncertain": ("detention_emergency",),
            },
            "body": "police",
        },
    ),
    (
        29,
        "eligibility.interrogation_outside_custody",
        {"facts": {"out_to_recover": True, "out_escort_short": True}, "body": "procuratorate"},
    ),
    (
        30,
        "eligibility.record_unsealing",
        {
            "facts": {
                "new_or_omitted_crime": True,
                "combined_sentence_years": None,
                "uncertain": ("combined_sentence_years",),
            }
        },
    ),
    (
        31,
        "eligibility.recusal",
        {"facts": {"official_is_party_or_relative": True}, "body": "police"},
    ),
    (
        32,
        "eligibility.surveillance_meeting",
        {
            "facts": {
                "meet_cohabitant": False,
                "meet_own_lawyer": False,
                "meet_approved": None,
                "uncertain": ("meet_approved",),
            },
            "body": "police",
        },
    ),
    (
        33,
        "eligibility.body_examination",
        {
            "facts": {"exam_victim": True, "exam_suspect": False, "exam_forced": True},
            "body": "procuratorate",
        },
    ),
    (
        34,
        "eligibility.cppcc_notice",
        {
            "facts": {
                "cppcc_member": True,
                "measure_detention": True,
                "measure_arrest": False,
                "urgent_case": None,
                "uncertain": ("urgent_case",),
            },
            "body": "police",
        },
    ),
    (
        35,
        "eligibility.juvenile_family_meeting",
        {
            "facts": {"family_not_involved": True, "police_consent": True, "repentance": True},
            "body": "procuratorate",
        },
    ),
    (
        36,
        "eligibility.arrest_exemption",
        {
            "facts": {"pregnant": False, "breastfeeding": False, "serious_illness": False},
            "body": "procuratorate",
        },
    ),
    (
        37,
        "eligibility.leave_under_surveillance",
        {"facts": {"leave_reason": True, "leave_approved": True}, "body": "police"},
    ),
    (
        38,
        "eligibility.investigation_experiment",
        {
            "facts": {
                "experiment_approved": True,
                "experiment_compelled": True,
                "experiment_party": True,
                "experiment_harmful": False,
            },
            "body": "procuratorate",
        },
    ),
    (
        39,
        "eligibility.body_examination",
        {
            "facts": {
                "exam_victim": True,
                "exam_suspect": False,
                "exam_forced": False,
                "exam_woman_by_man": False,
            },
            "body": "procuratorate",
        },
    ),
    (
        40,
        "eligibility.leave_conditional_np",
        {"facts": {"cnp_leave_approved": False}, "body": "procuratorate"},
    ),
    (
        41,
        "eligibility.juvenile_non_prosecution",
        {
            "facts": {"age_at_offence": 16, "minor_crime": True, "incomplete_crime": True},
            "body": "procuratorate",
        },
    ),
    (42, "eligibility.shared_lawyer", {"facts": {"co_suspects_same_case": True}}),
    (
        43,
        "eligibility.compelled_appearance",
        {"facts": {"compel_suspect": None, "uncertain": ("compel_suspect",)}, "body": "police"},
    ),
    (
        44,
        "eligibility.compelled_appearance",
        {"facts": {"compel_suspect": False}, "body": "police"},
    ),
    (
        45,
        "eligibility.conditional_np_revocation",
        {"facts": {"np_public_order_violation": True, "np_repeated": True, "np_serious": False}},
    ),
    (
        46,
        "eligibility.record_sealing",
        {
            "facts": {
                "age_at_offence": 17,
                "not_prosecuted": False,
                "sentence_years": None,
                "uncertain": ("sentence_years",),
            }
        },
    ),
    (47, "eligibility.lawyer_count", {"facts": {"lawyer_count": 2}, "body": "police"}),
    (
        48,
        "eligibility.family_notice_exception",
        {
            "facts": {"co_suspect_risk": True, "hinders_or_impossible": False},
            "body": "procuratorate",
        },
    ),
    (
        49,
        "eligibility.detention",
        {
            "facts": {"suicide_or_flight": None, "uncertain": ("suicide_or_flight",)},
            "body": "procuratorate",
        },
    ),
    (
        50,
        "eligibility.restraints",
        {
            "facts": {
                "restraint_in_measure": True,
                "restraint_juvenile": True,
                "restraint_danger": False,
            },
            "body": "police",
        },
    ),
    (
        51,
        "eligibility.deputy_permission",
        {
            "facts": {
                "npc_deputy": True,
                "deputy_county_up": False,
                "measure_detention": True,
                "measure_arrest": False,
            },
            "body": "police",
        },
    ),
    (
        52,
        "eligibility.bail",
        {"facts": {"serious_illness": True, "violent_crime": True}, "body": "police"},
    ),
    (
        53,
        "eligibility.lawyer_meeting_permission",
        {"facts": {"state_secrets": None, "uncertain": ("state_secrets",)}, "body": "police"},
    ),
    (
        54,
        "eligibility.bail",
        {"facts": {"exit_document_no_arrest_needed": True}, "body": "procuratorate"},
    ),
    (
        55,
        "eligibility.investigation_experiment",
        {
            "facts": {
                "experiment_compelled": True,
                "experiment_party": True,
                "experiment_approved": None,
                "uncertain": ("experiment_approved",),
            },
            "body": "procuratorate",
        },
    ),
    (
        56,
        "eligibility.leave_on_bail",
        {"facts": {"leave_reason": True, "leave_approved": False}, "body": "police"},
    ),
    (
        57,
        "eligibility.arrest",
        {
            "facts": {
                "evidence_of_crime": True,
                "imprisonment_possible": True,
                "bail_insufficient": None,
                "uncertain": ("bail_insufficient",),
            },
            "body": "police",
        },
    ),
    (
        58,
        "eligibility.unknown_identity",
        {
            "facts": {
                "identity_unknown": True,
                "identity_step": "prosecution",
                "prosecutable": True,
            },
            "body": "police",
        },
    ),
    (
        59,
        "eligibility.deputy_permission",
        {
            "facts": {
                "npc_deputy": True,
                "deputy_county_up": True,
                "measure_arrest": True,
                "measure_detention": False,
            },
            "body": "police",
        },
    ),
    (
        60,
        "eligibility.recusal",
        {
            "facts": {"official_other_relation": None, "uncertain": ("official_other_relation",)},
            "body": "police",
        },
    ),
    (61, "deadline.overdue_measure_review", {"start": date(2026, 3, 2), "measure": "arrest"}),
    (62, "deadline.forfeiture_review", {"start": date(2026, 3, 2)}),
    (63, "deadline.arrest_reconsideration", {"start": date(2026, 2, 24)}),
    (
        64,
        "deadline.interrogation_arrest",
        {"start": datetime(2026, 3, 3, 22, 40), "body": "police"},
    ),
    (65, "deadline.conditional_np_complaint", {"start": None}),
    (66, "deadline.lawyer_permission", {"start": date(2026, 3, 3), "body": "police"}),
    (67, "deadline.bail_application_reply", {"start": date(2026, 2, 27), "body": "police"}),
    (68, "deadline.custody_recalculation", {"start": date(2026, 3, 3)}),
    (
        69,
        "deadline.family_notice_detention",
        {"start": datetime(2026, 3, 4, 6, 15), "body": "police"},
    ),
    (70, "deadline.sealed_record_inquiry", {"start": date(2026, 3, 2)}),
    (71, "deadline.guarantor_fine_review", {"start": None}),
    (72, "deadline.bail_period", {"start": date(2025, 11, 10), "body": "police"}),
    (73, "deadline.file_case_after_notice", {"start": date(2026, 2, 23)}),
    (
        74,
        "deadline.compelled_appearance",
        {"start": datetime(2026, 3, 5, 14, 30), "body": "police"},
    ),
    (75, "deadline.juvenile_inform_victim", {"start": date(2026, 3, 4)}),
    (76, "deadline.recusal_reconsideration", {"start": date(2026, 2, 28), "body": "police"}),
]


def problems_of_set(items: list[dict[str, Any]]) -> list[str]:
    """What is wrong with the file as a set: shape, rule ids, counts."""
    rules = all_rules()
    out: list[str] = []
    if len(items) != 100:
        out.append(f"expected 100 items, found {len(items)}")
    for n, it in enumerate(items, 1):
        if not isinstance(it.get("q"), str) or "rule" not in it or "voice" not in it:
            out.append(f"item {n}: needs q, rule and voice")
        elif it["rule"] is not None and it["rule"] not in rules:
            out.append(f"item {n}: unknown rule {it['rule']}")
        elif it["rule"] is None and (it.get("computed") or it.get("needs")):
            out.append(f"item {n}: a null item computes nothing")
    kinds = Counter(str(it.get("rule") or "none.").split(".")[0] for it in items)
    if kinds != Counter({"eligibility": 60, "deadline": 16, "none": 24}):
        out.append(f"kinds {dict(kinds)}")
    elig = [it for it in items if str(it.get("rule")).startswith("eligibility.")]
    verdicts = Counter(str((it.get("computed") or {}).get("eligible")) for it in elig)
    if verdicts != Counter({"True": 22, "False": 20, "None": 18}):
        out.append(f"verdicts {dict(verdicts)}")
    all_elig = {r for r, s in rules.items() if s.kind == "eligibility"}
    missing = sorted(all_elig - {it["rule"] for it in elig})
    if missing:
        out.append(f"eligibility rules not covered: {missing}")
    dead = [it for it in items if str(it.get("rule")).startswith("deadline.")]
    if len({it["rule"] for it in dead}) != len(dead):
        out.append("deadline rules repeat")
    if sum(bool(it.get("needs")) for it in dead) != 2:
        out.append("expected 2 deadline items without their date")
    voices = Counter(it.get("voice") for it in items)
    if voices != Counter(dict.fromkeys(VOICES, 20)):
        out.append(f"voices {dict(voices)}")
    return out


def facts_problems(n: int, kwargs: dict[str, Any]) -> list[str]:
    """Uncertain facts must be listed and set to None, nothing else."""
    facts = kwargs.get("facts")
    if facts is None:
        return []
    unsure = facts.get(U, ())
    return [f"item {n}: uncertain {k} must be None" for k in unsure if facts.get(k) is not None]


def main() -> int:
    items = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    if not isinstance(items, list):
        print(f"{PATH}: not a list of items")
        return 1
    problems = problems_of_set(items)
    rules = all_rules()
    ruled = {n for n, it in enumerate(items, 1) if it.get("rule")}
    checked = {n for n, _, _ in CHECKS}
    if ruled != checked:
        problems.append(f"checks do not match the ruled items: {sorted(ruled ^ checked)}")
    agree = 0
    for n, rule_id, kwargs in CHECKS:
        problems += facts_problems(n, kwargs)
        it = items[n - 1]
        if it.get("rule") != rule_id:
            problems.append(f"item {n}: file says {it.get('rule')}, check says {rule_id}")
            continue
        res = rules[rule_id].func(**kwargs)
        want, want_needs = dict(it.get("computed") or {}), bool(it.get("needs"))
        if res.computed == want and bool(res.needs) == want_needs:
            agree += 1
        else:
            problems.append(
                f"item {n} {rule_id}: label {want} needs={want_needs}, "
                f"function {res.computed} needs={bool(res.needs)}"
            )
    for p in problems:
        print("DISAGREES:", p)
    print(f"{PATH.name}: {len(items)} items; {agree} of {len(CHECKS)} labels agree")
    return 1 if problems or agree != len(CHECKS) else 0


if __name__ == "__main__":
    raise SystemExit(main())
