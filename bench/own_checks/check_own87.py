"""Check the labels of bench/own87_setAZ.yaml against the pure rule functions.

Every eligibility and deadline item's facts, body and dates are encoded here BY HAND from
the question as its writer reads it (never from the question's text by software); each rule
function is called on them and its `computed` (and whether it asks) is compared with the
item's label. Null items are only counted. Exits non-zero on any disagreement.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own87.py
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own87_setAZ.yaml"
P, J = "police", "procuratorate"


def f(*unsure: str, **known: Any) -> dict[str, Any]:
    """Facts: the known ones, plus the unknown or disputed ones as "uncertain" (key None)."""
    facts: dict[str, Any] = dict(known)
    for k in unsure:
        facts[k] = None
    if unsure:
        facts["uncertain"] = tuple(unsure)
    return facts


# (item number, rule, facts, body) - items 1-60, in the file's order
ELIG: list[tuple[int, str, dict[str, Any], str | None]] = [
    # round 1
    (
        1,
        "detention_without_warrant",
        f(caught_in_act=True, detention_emergency=True, detention_papers_late=False),
        P,
    ),
    (2, "leave_on_bail", f(leave_reason=True, leave_approved=True), P),
    (3, "lawyer_interpreter", f(interpreter_permission=True), P),
    (4, "recusal_pending", f(recusal_pending=True), J),
    (5, "leave_conditional_np", f(cnp_leave_approved=False), J),
    # round 2
    (6, "restraints", f(restraint_in_measure=True, restraint_juvenile=False), P),
    (
        7,
        "leave_on_bail",
        f(leave_reason=True, leave_approved=True, measure_by_procuratorate=True),
        J,
    ),
    (8, "recusal", f(official_is_party_or_relative=True), P),
    (9, "unknown_identity", f(identity_unknown=True, evidence_of_crime=True), P),
    (10, "conditional_np_revocation", f(new_crime=True), J),
    # round 3
    (
        11,
        "restraints",
        f(restraint_in_measure=True, restraint_juvenile=True, restraint_danger=False),
        P,
    ),
    (12, "bail", f(pregnant=True, violent_crime=False, recidivist=False), P),
    (
        13,
        "recusal",
        f(
            official_is_party_or_relative=False,
            official_interest=False,
            official_prior_role=False,
            official_gifts_or_meetings=False,
            official_other_relation=False,
        ),
        P,
    ),
    (
        14,
        "investigation_experiment",
        f(experiment_harmful=True, experiment_approved=True, experiment_party=True),
        J,
    ),
    (
        15,
        "conditional_np_revocation",
        f(
            np_public_order_violation=True,
            np_serious=False,
            np_repeated=False,
            new_crime=False,
            np_earlier_crime=False,
            np_supervision_violation=False,
        ),
        J,
    ),
    # round 4
    (16, "detention", f(identified_by_witness=True, suicide_or_flight=True), P),
    (17, "sealed_record_access", f(requester_judicial=False, requester_state_rules=False), J),
    (
        18,
        "deputy_permission",
        f(npc_deputy=True, deputy_county_up=True, measure_arrest=True, caught_in_act=False),
        P,
    ),
    (19, "interrogation_outside_custody", f(out_to_recover=True, out_chief_approval=True), J),
    (20, "record_sealing", f(age_at_offence=16, sentence_years=2, not_prosecuted=False), None),
    # round 5
    (21, "compelled_appearance", f(compel_suspect=False), P),
    (22, "search", f(search_suspect=True, search_warrant=True), J),
    (23, "deputy_permission", f("deputy_county_up", npc_deputy=True, measure_other=True), P),
    (24, "record_unsealing", f(new_or_omitted_crime=True, combined_sentence_years=7), None),
    (25, "arrest_for_bail_breach", f("breach"), P),
    # round 6
    (
        26,
        "arrest_for_surveillance_breach",
        f(
            unapproved_meetings=True,
            evasion=False,
            violent_witness_interference=False,
            evidence_tampering=False,
            new_crime=False,
            other_serious_violation=False,
            left_area=False,
            missed_summons=False,
        ),
        P,
    ),
    (
        27,
        "search",
        f(search_may_hide=True, search_warrant=True, search_woman_by_man=True),
        J,
    ),
    (28, "cppcc_notice", f(cppcc_member=True, measure_detention=True, urgent_case=False), P),
    (
        29,
        "conditional_non_prosecution",
        f(
            age_at_offence=16,
            crime_chapter_4_6=True,
            prosecutable=True,
            repentance=True,
            possible_sentence_years=2,
        ),
        J,
    ),
    (
        30,
        "deputy_permission",
        f(npc_deputy=True, deputy_county_up=False, measure_detention=True),
        P,
    ),
    # round 7
    (31, "family_notice_exception", f(co_suspect_risk=True), P),
    (
        32,
        "surveillance_meeting",
        f(meet_cohabitant=False, meet_own_lawyer=False, meet_approved=False),
        P,
    ),
    (
        33,
        "juvenile_family_meeting",
        f(family_not_involved=True, repentance=True, police_consent=True),
        J,
    ),
    (
        34,
        "juvenile_probation",
        f(
            "community_no_adverse_effect",
            age_at_offence=17,
            recidivist=False,
            possible_sentence_years=2,
            repentance=True,
            guardianship=True,
        ),
        J,
    ),
    (
        35,
        "arrest_for_surveillance_breach",
        f(
            left_area=False,
            new_crime=False,
            evasion=False,
            evidence_tampering=False,
            unapproved_meetings=False,
            missed_summons=False,
            violent_witness_interference=False,
            other_serious_violation=False,
        ),
        J,
    ),
    # round 8
    (
        36,
        "deputy_permission",
        f(npc_deputy=True, deputy_county_up=True, measure_detention=True, caught_in_act=True),
        P,
    ),
    (37, "guarantor", f(guarantor_residence_income=False, guarantor_not_implicated=True), P),
    (
        38,
        "guarantor",
        f(
            guarantor_not_implicated=True,
            guarantor_residence_income=True,
            guarantor_rights_unrestricted=True,
            guarantor_capable=True,
        ),
        None,
    ),
    (39, "lawyer_meeting_permission", f(state_security_crime=True), None),
    (40, "juvenile_non_prosecution", f(age_at_offence=15, coerced=True, minor_crime=True), J),
    # round 9
    (
        41,
        "guarantor",
        f(
            "guarantor_not_implicated",
            guarantor_residence_income=True,
            guarantor_rights_unrestricted=True,
        ),
        P,
    ),
    (
        42,
        "body_examination",
        f(exam_victim=True, exam_suspect=False, exam_woman_by_man=False),
        J,
    ),
    (43, "compelled_appearance", f("compel_suspect"), P),
    (44, "shared_lawyer", f("co_suspects_same_case"), P),
    (45, "lawyer_hire_approval", f(state_secrets=True), P),
    # round 10
    (46, "arrest", f(evidence_of_crime=True, imprisonment_possible=True), P),
    (47, "lawyer_count", f(lawyer_count=2), None),
    (48, "leave_under_surveillance", f(leave_reason=True, leave_approved=False), P),
    (49, "arrest_exemption", f(serious_illness=True), J),
    (50, "bail", f("gang_principal", pregnant=True), P),
    # round 11
    (
        51,
        "surveillance_place",
        f(surveillance_at_custody_place=True, surveillance_at_residence=False),
        P,
    ),
    (52, "surveillance", f("serious_illness"), P),
    (53, "record_sealing", f("sentence_years", age_at_offence=17, not_prosecuted=False), None),
    (
        54,
        "arrest",
        f(
            "bail_insufficient",
            evidence_of_crime=True,
            imprisonment_possible=True,
            not_liable_circumstance=False,
        ),
        J,
    ),
    (55, "sealed_record_access", f("requester_judicial", "requester_state_rules"), J),
    # round 12
    (
        56,
        "arrest_for_bail_breach",
        f(
            "missed_summons",
            new_crime=False,
            evasion=False,
            evidence_tampering=False,
            left_area=False,
        ),
        J,
    ),
    (57, "arrest_exemption", f("breastfeeding"), J),
    (58, "family_notice_exception", f("hinders_or_impossible"), P),
    (
        59,
        "juvenile_non_prosecution",
        f(
            "compensation_settled",
            age_at_offence=15,
            recidivist=False,
            minor_crime=True,
            repentance=True,
        ),
        J,
    ),
    (
        60,
        "detention",
        f("suicide_or_flight", caught_in_act=False, evidence_found_on_person=False),
        P,
    ),
]

# (item number, rule, keyword arguments) - items 61-76
DEAD: list[tuple[int, str, dict[str, Any]]] = [
    (61, "interrogation_arrest", {"start": datetime(2026, 3, 4, 23, 40), "body": P}),
    (62, "overdue_measure_review", {"start": date(2026, 3, 2), "measure": "surveillance"}),
    (63, "forfeiture_review", {"start": date(2026, 3, 2)}),
    (64, "arrest_reconsideration", {"start": date(2026, 3, 3)}),
    (65, "conditional_np_complaint", {"start": date(2026, 2, 28)}),
    (66, "bail_period", {"start": date(2026, 1, 14), "body": P}),
    (67, "guarantor_fine_review", {"start": None}),
    (68, "no_filing_reasons", {"start": date(2026, 2, 27)}),
    (69, "direct_acceptance", {"start": date(2026, 2, 24)}),
    (70, "sealed_record_inquiry", {"start": date(2026, 3, 2)}),
    (71, "recusal_reconsideration", {"start": date(2026, 3, 2), "body": P}),
    (72, "lawyer_permission", {"start": date(2026, 3, 4), "body": P}),
    (73, "file_case_after_notice", {"start": date(2026, 3, 1)}),
    (74, "custody_recalculation", {"start": date(2026, 3, 2)}),
    (75, "juvenile_inform_victim", {"start": None}),
    (76, "procuratorate_detention", {"start": date(2026, 2, 27)}),
]


def _agrees(item: dict[str, Any], computed: dict[str, Any], asks: bool) -> bool:
    same = computed == dict(item.get("computed") or {})
    return same and asks == bool(item.get("needs"))


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    problems: list[str] = []
    if len(items) != 100:
        problems.append(f"expected 100 items, found {len(items)}")
    for n, item in enumerate(items, 1):
        rid = item.get("rule")
        if rid is not None and rid not in rules:
            problems.append(f"item {n}: unknown rule {rid}")
    checked = agree = 0
    for n, name, facts, body in ELIG:
        item, rid = items[n - 1], f"eligibility.{name}"
        if item.get("rule") != rid:
            problems.append(f"item {n}: labelled {item.get('rule')}, encoded {rid}")
            continue
        res = rules[rid].func(facts, body=body)
        checked += 1
        if _agrees(item, res.computed, bool(res.needs)):
            agree += 1
        else:
            problems.append(f"item {n} {rid}: label {item.get('computed')}, rule {res.computed}")
    for n, name, kwargs in DEAD:
        item, rid = items[n - 1], f"deadline.{name}"
        if item.get("rule") != rid:
            problems.append(f"item {n}: labelled {item.get('rule')}, encoded {rid}")
            continue
        res = rules[rid].func(**kwargs)
        checked += 1
        if _agrees(item, res.computed, bool(res.needs)):
            agree += 1
        else:
            problems.append(f"item {n} {rid}: label {item.get('computed')}, rule {res.computed}")
    labelled = sum(1 for i in items if i.get("rule") is not None)
    nulls = sum(1 for i in items if i.get("rule") is None)
    if checked != labelled:
        problems.append(f"{labelled} labelled items but {checked} checked")
    print(f"{agree}/{checked} labels agree ({labelled} rule items, {nulls} null items)")
    for p in problems:
        print("DISAGREES:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
