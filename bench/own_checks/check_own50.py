"""Check the labels of bench/own50_setO.yaml against the pure rule functions.

Every eligibility and deadline item's facts (or start date) were encoded here by hand from
the question as its writer meant it; the question's text is never read by any rule. Each
encoded input is run through the registered rule function and its `computed` (and whether it
asks for something) compared with the item's label. The null items are only counted.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own50.py

Prints one line per disagreement and the count of labels that agree; exits 1 on any
disagreement or on a malformed set (counts, voices, unknown rule ids).
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own50_setO.yaml"
VOICES = ("bullet", "negative", "courteous", "rumour", "anxious")
P, S = "police", "procuratorate"

# One entry per item, in file order: (opening words of the question, rule id or None, inputs).
# Eligibility inputs: {"facts": {...}, "body": ...}; deadline inputs: {"start": ..., ...}.
CHECKS: list[tuple[str, str | None, dict[str, Any]]] = [
    # ---- eligibility
    (
        "- My sister (29)",
        "eligibility.bail",
        {
            "body": P,
            "facts": {
                "breastfeeding": True,
                "baby_age_months": 5,
                "recidivist": False,
                "gang_principal": False,
                "violent_crime": False,
            },
        },
    ),
    (
        "The police caught my brother-in-law",
        "eligibility.detention",
        {"body": P, "facts": {"caught_in_act": True}},
    ),
    (
        "Good afternoon, and thank you very much",
        "eligibility.bail",
        {"body": S, "facts": {"minor_penalty_only": True}},
    ),
    (
        "My cousin says that because",
        "eligibility.surveillance",
        {"body": P, "facts": {"no_bond_or_guarantor": True}},
    ),
    (
        "My husband was detained by the police on Monday",
        "eligibility.lawyer_meeting_permission",
        {"body": P, "facts": {"state_secrets": False, "state_security_crime": False}},
    ),
    (
        "- My neighbour's son",
        "eligibility.arrest",
        {"body": None, "facts": {"imprisonment_possible": False, "minor_penalty_only": True}},
    ),
    (
        "We applied for the detective",
        "eligibility.recusal_pending",
        {"body": P, "facts": {"recusal_pending": True}},
    ),
    (
        "Dear Sir or Madam, please accept",
        "eligibility.detention",
        {"body": S, "facts": {"suicide_or_flight": False, "evidence_tampering_risk": False}},
    ),
    (
        "My aunt keeps saying",
        "eligibility.bail",
        {"body": P, "facts": {"pregnant": True, "recidivist": True}},
    ),
    (
        "I want to be my son's guarantor",
        "eligibility.guarantor",
        {
            "body": P,
            "facts": {"guarantor_not_implicated": False, "guarantor_residence_income": True},
        },
    ),
    (
        "- My son was 17",
        "eligibility.juvenile_probation",
        {
            "body": S,
            "facts": {
                "age_at_offence": 17,
                "possible_sentence_years": 2,
                "recidivist": False,
                "repentance": True,
                "guardianship": True,
                "uncertain": ["community_no_adverse_effect"],
            },
        },
    ),
    (
        "My brother is under residential surveillance by the police",
        "eligibility.arrest_for_surveillance_breach",
        {
            "body": P,
            "facts": {
                "unapproved_meetings": True,
                "evasion": False,
                "violent_witness_interference": False,
                "evidence_tampering": False,
                "new_crime": False,
                "uncertain": ["other_serious_violation"],
            },
        },
    ),
    (
        "Good day to you",
        "eligibility.recusal",
        {"body": P, "facts": {"uncertain": ["official_other_relation"]}},
    ),
    (
        "A lawyer friend told us",
        "eligibility.surveillance",
        {"body": P, "facts": {"serious_illness": False, "uncertain": ["pregnant"]}},
    ),
    (
        "My colleague was detained",
        "eligibility.bail",
        {"body": P, "facts": {"breastfeeding": True}},
    ),
    (
        "1. Suspect: Zhou",
        "eligibility.arrest",
        {
            "body": None,
            "facts": {
                "evidence_of_crime": True,
                "imprisonment_possible": True,
                "possible_sentence_years": 5,
                "bail_insufficient": True,
            },
        },
    ),
    (
        "I'm his aunt",
        "eligibility.guarantor",
        {
            "body": P,
            "facts": {
                "guarantor_not_implicated": True,
                "guarantor_rights_unrestricted": True,
                "guarantor_residence_income": True,
            },
        },
    ),
    (
        "Dear Sir or Madam, I hope",
        "eligibility.recusal",
        {"body": P, "facts": {"official_is_party_or_relative": True}},
    ),
    (
        "A woman waiting outside",
        "eligibility.arrest_exemption",
        {"body": S, "facts": {"pregnant": True}},
    ),
    (
        "Please help me. My son is 15",
        "eligibility.juvenile_non_prosecution",
        {"body": S, "facts": {"age_at_offence": 15, "minor_crime": True, "secondary_role": True}},
    ),
    (
        "1. My husband and his business partner",
        "eligibility.shared_lawyer",
        {"body": None, "facts": {"co_suspects_same_case": True}},
    ),
    (
        "My son works at a defence",
        "eligibility.lawyer_hire_approval",
        {"body": P, "facts": {"state_secrets": True}},
    ),
    (
        "Good evening. I do hope",
        "eligibility.lawyer_meeting_permission",
        {"body": P, "facts": {"state_secrets": True}},
    ),
    (
        "The procuratorate gave my brother bail",
        "eligibility.arrest_for_bail_breach",
        {
            "body": S,
            "facts": {
                "left_area": False,
                "new_crime": False,
                "evasion": False,
                "evidence_tampering": False,
                "missed_summons": False,
            },
        },
    ),
    (
        "My son was 19",
        "eligibility.conditional_non_prosecution",
        {"body": S, "facts": {"age_at_offence": 19}},
    ),
    (
        "1. Saturday night",
        "eligibility.detention_without_warrant",
        {"body": P, "facts": {"identified_by_witness": True, "uncertain": ["detention_emergency"]}},
    ),
    (
        "When the procuratorate's investigators",
        "eligibility.search",
        {
            "body": S,
            "facts": {
                "search_warrant": False,
                "search_in_arrest": True,
                "uncertain": ["search_emergency"],
            },
        },
    ),
    (
        "Dear Sir or Madam, I am so grateful",
        "eligibility.lawyer_interpreter",
        {"body": P, "facts": {}},
    ),
    (
        "The officer told my mother",
        "eligibility.family_notice_exception",
        {
            "body": P,
            "facts": {
                "identity_unknown": False,
                "co_suspect_risk": False,
                "uncertain": ["hinders_or_impossible"],
            },
        },
    ),
    (
        "My daughter is 17",
        "eligibility.juvenile_non_prosecution",
        {
            "body": S,
            "facts": {
                "age_at_offence": 17,
                "surrender_or_merit": True,
                "uncertain": ["minor_crime"],
            },
        },
    ),
    (
        "• The case is a bribery",
        "eligibility.arrest_for_bail_breach",
        {"body": S, "facts": {"left_area": True}},
    ),
    (
        "My husband is a suspect in a fraud",
        "eligibility.compelled_appearance",
        {"body": P, "facts": {"compel_suspect": True, "compel_failed_summons": True}},
    ),
    (
        "Respected colleagues",
        "eligibility.sealed_record_access",
        {"body": S, "facts": {"requester_judicial": True}},
    ),
    (
        "My nephew (15)",
        "eligibility.conditional_np_revocation",
        {"body": S, "facts": {"new_crime": True}},
    ),
    (
        "My dad is under residential surveillance at home",
        "eligibility.surveillance_meeting",
        {"body": P, "facts": {"meet_own_lawyer": True}},
    ),
    (
        "- Offence: robbery",
        "eligibility.record_sealing",
        {
            "body": None,
            "facts": {"age_at_offence": 17, "sentence_years": 7, "not_prosecuted": False},
        },
    ),
    (
        "I only saw the crash",
        "eligibility.compelled_appearance",
        {"body": P, "facts": {"compel_suspect": False}},
    ),
    (
        "Honoured experts",
        "eligibility.deputy_permission",
        {
            "body": P,
            "facts": {
                "npc_deputy": True,
                "deputy_county_up": True,
                "measure_other": True,
                "measure_detention": False,
            },
        },
    ),
    (
        "Someone in our WeChat group",
        "eligibility.lawyer_count",
        {"body": S, "facts": {"lawyer_count": 3}},
    ),
    (
        "My son is 16. The police took him",
        "eligibility.restraints",
        {
            "body": P,
            "facts": {
                "restraint_in_measure": True,
                "restraint_juvenile": True,
                "restraint_danger": False,
            },
        },
    ),
    (
        "- Dad is under residential surveillance",
        "eligibility.leave_under_surveillance",
        {"body": P, "facts": {"leave_reason": True, "uncertain": ["leave_approved"]}},
    ),
    (
        "The procurators want my client",
        "eligibility.investigation_experiment",
        {
            "body": S,
            "facts": {
                "experiment_approved": None,
                "experiment_compelled": True,
                "experiment_party": True,
                "uncertain": ["experiment_approved"],
            },
        },
    ),
    (
        "Good morning, and my apologies",
        "eligibility.record_sealing",
        {"body": None, "facts": {"age_at_offence": 17, "not_prosecuted": False}},
    ),
    (
        "Another parent at the procuratorate",
        "eligibility.juvenile_family_meeting",
        {"body": S, "facts": {"family_not_involved": True, "repentance": True}},
    ),
    (
        "My father is a people's congress deputy",
        "eligibility.deputy_permission",
        {
            "body": P,
            "facts": {"npc_deputy": True, "measure_other": True, "measure_detention": False},
        },
    ),
    (
        "- Boy, 16",
        "eligibility.conditional_non_prosecution",
        {
            "body": S,
            "facts": {
                "age_at_offence": 16,
                "crime_chapter_4_6": True,
                "possible_sentence_years": 1,
                "prosecutable": True,
                "repentance": True,
            },
        },
    ),
    (
        "Investigators from the procuratorate",
        "eligibility.search",
        {"body": S, "facts": {"search_warrant": True, "search_suspect": True}},
    ),
    (
        "Good morning, and please forgive",
        "eligibility.cppcc_notice",
        {
            "body": P,
            "facts": {
                "cppcc_member": True,
                "measure_detention": True,
                "measure_arrest": False,
                "urgent_case": True,
                "caught_in_act": True,
            },
        },
    ),
    (
        "My friend says the police aren't allowed",
        "eligibility.restraints",
        {"body": P, "facts": {"restraint_in_measure": True, "restraint_juvenile": False}},
    ),
    (
        "My husband is on bail with the city police. His mother",
        "eligibility.leave_on_bail",
        {"body": P, "facts": {"leave_reason": True, "leave_approved": True}},
    ),
    (
        "* Residential surveillance decided",
        "eligibility.surveillance_place",
        {
            "body": P,
            "facts": {"surveillance_at_custody_place": True, "surveillance_at_residence": False},
        },
    ),
    (
        "My husband is on bail with the city police. His company",
        "eligibility.leave_on_bail",
        {"body": P, "facts": {"leave_reason": True, "leave_approved": False}},
    ),
    (
        "Dear Sir or Madam, with the greatest",
        "eligibility.body_examination",
        {"body": S, "facts": {"exam_victim": True, "exam_suspect": False, "exam_forced": True}},
    ),
    (
        "My HR manager says",
        "eligibility.sealed_record_access",
        {"body": S, "facts": {"requester_judicial": False, "requester_state_rules": False}},
    ),
    (
        "My daughter (16)",
        "eligibility.leave_conditional_np",
        {"body": S, "facts": {"cnp_leave_approved": False}},
    ),
    (
        "Facts:\n1) The suspect",
        "eligibility.interrogation_outside_custody",
        {"body": S, "facts": {"out_to_recover": True}},
    ),
    (
        "The man the police picked up",
        "eligibility.family_notice_exception",
        {"body": P, "facts": {"identity_unknown": True}},
    ),
    (
        "Esteemed advisers",
        "eligibility.unknown_identity",
        {"body": P, "facts": {"identity_unknown": True, "uncertain": ["evidence_of_crime"]}},
    ),
    (
        "My aunt insists",
        "eligibility.record_unsealing",
        {"body": S, "facts": {"new_or_omitted_crime": True}},
    ),
    (
        "My boyfriend is under",
        "eligibility.surveillance_meeting",
        {
            "body": P,
            "facts": {
                "meet_cohabitant": False,
                "meet_own_lawyer": False,
                "uncertain": ["meet_approved"],
            },
        },
    ),
    # ---- deadline (today 2026-03-05, a Thursday)
    ("- My client was arrested", "deadline.custody_recalculation", {"start": date(2026, 2, 25)}),
    ("The procuratorate refused", "deadline.arrest_reconsideration", {"start": date(2026, 3, 2)}),
    (
        "Dear Sir or Madam, thank you so much",
        "deadline.lawyer_permission",
        {"start": date(2026, 3, 2), "body": P},
    ),
    ("A friend who studied law", "deadline.conditional_np_complaint", {"start": date(2026, 3, 2)}),
    (
        "My son was arrested by the police at 10:40",
        "deadline.interrogation_arrest",
        {"start": datetime(2026, 3, 3, 22, 40), "body": P},
    ),
    ("• Suspect: a 15-year-old", "deadline.juvenile_inform_victim", {"start": date(2026, 3, 4)}),
    (
        "The police rejected my application",
        "deadline.recusal_reconsideration",
        {"start": date(2026, 3, 4), "body": P},
    ),
    (
        "Good afternoon, and thank you for your kind",
        "deadline.sealed_record_inquiry",
        {"start": date(2026, 2, 24)},
    ),
    ("The police fined me", "deadline.guarantor_fine_review", {"start": date(2026, 2, 27)}),
    (
        "My husband has been in criminal detention",
        "deadline.overdue_measure_review",
        {"start": date(2026, 3, 3), "measure": "detention"},
    ),
    (
        "1. I reported my business partner",
        "deadline.no_filing_reasons",
        {"start": date(2026, 2, 27)},
    ),
    (
        "We handed in a bail application",
        "deadline.bail_application_reply",
        {"start": None, "body": P},
    ),
    (
        "Respected Sir or Madam",
        "deadline.supplementary_investigation",
        {"start": date(2026, 2, 20)},
    ),
    (
        "My sister-in-law says",
        "deadline.surveillance_period",
        {"start": date(2025, 11, 10), "body": P},
    ),
    ("The police read me a decision", "deadline.forfeiture_review", {"start": None}),
    (
        "- My brother was arrested",
        "deadline.family_notice_arrest",
        {"start": datetime(2026, 3, 1, 7, 0), "body": P},
    ),
    # ---- null (24): no rule; checked by hand against docs/rule-coverage.md
    *[("", None, {})] * 24,
]


def check(items: list[dict[str, Any]]) -> tuple[int, list[str]]:
    """(labels that agree, problems) for the items against CHECKS."""
    rules = all_rules()
    problems: list[str] = []
    agree = 0
    if len(items) != len(CHECKS):
        return 0, [f"{len(items)} items but {len(CHECKS)} encoded checks"]
    for n, (item, (start, rid, inputs)) in enumerate(zip(items, CHECKS, strict=True), 1):
        q, rule = item["q"], item["rule"]
        if rule != rid or not q.startswith(start):
            problems.append(f"item {n}: encoded check out of step ({rid!r}, {start[:30]!r})")
            continue
        if rule is None:
            continue
        if rule not in rules:
            problems.append(f"item {n}: unknown rule {rule}")
            continue
        res = rules[rule].func(**inputs)
        want, asks = item.get("computed") or {}, bool(item.get("needs", False))
        if res.computed == want and bool(res.needs) == asks:
            agree += 1
        else:
            problems.append(
                f"item {n} {rule}: label {want} needs={asks}, function {res.computed} "
                f"needs={bool(res.needs)}"
            )
    return agree, problems


def shape(items: list[dict[str, Any]]) -> list[str]:
    """The set's required counts: kinds, verdicts, voices, rule coverage."""
    problems = []
    kinds = Counter((it["rule"] or "null").split(".")[0] for it in items)
    if kinds != Counter(eligibility=60, deadline=16, null=24):
        problems.append(f"kinds {dict(kinds)}")
    verdicts = Counter(
        it["computed"]["eligible"] for it in items if (it["rule"] or "").startswith("eligibility")
    )
    if verdicts != Counter({True: 22, False: 20, None: 18}):
        problems.append(f"verdicts {dict(verdicts)}")
    voices = Counter(it["voice"] for it in items)
    if voices != Counter(dict.fromkeys(VOICES, 20)):
        problems.append(f"voices {dict(voices)}")
    elig = {r for r in all_rules() if r.startswith("eligibility.")}
    missing = elig - {it["rule"] for it in items}
    if missing:
        problems.append(f"eligibility rules not covered: {sorted(missing)}")
    deadlines = [it["rule"] for it in items if (it["rule"] or "").startswith("deadline.")]
    if len(set(deadlines)) != len(deadlines):
        problems.append("a deadline rule is used twice")
    undated = sum(
        1 for it in items if (it["rule"] or "").startswith("deadline.") and it.get("needs")
    )
    if undated != 2:
        problems.append(f"{undated} deadline items without a date (want 2)")
    return problems


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    agree, problems = check(items)
    problems += shape(items)
    for p in problems:
        print(p)
    labelled = sum(1 for it in items if it["rule"])
    print(f"{agree} of {labelled} labels agree with the rule functions ({SET.name})")
    return 1 if problems or agree != labelled else 0


if __name__ == "__main__":
    sys.exit(main())
