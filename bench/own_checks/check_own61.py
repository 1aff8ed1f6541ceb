"""Check the labels of bench/own61_setZ.yaml against the pure rule functions.

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script checks it by calling the registered rule function directly
on facts, bodies and dates encoded here by hand (never on a question's text). For each
eligibility item CHECKS lists every fact the question tells that the rule function reads:
True (told as so), False (denied, "no", "never"), U (told as unknown or disputed: passed as
None and listed under "uncertain", as `verdict.evaluate` expects), and `body` where the
question names the acting body. Facts a question does not mention are left out.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own61.py

Prints one line per disagreement and the count of labels that agree; exits 1 on any
disagreement or on a malformed set (wrong counts, unknown rule ids, a fact the rule does not
read, a check without an item or an item without a check).
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.conditions import conds
from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own61_setZ.yaml"
U = "U"  # told as unknown or disputed
P, S = "police", "procuratorate"
VOICES = ("pregnant", "wedding planner", "stepparent", "chef", "old classmate")

# condition groups each eligibility rule evaluates (their keys and `asks` are the facts read)
GROUPS: dict[str, tuple[str, ...]] = {
    "bail": (
        "bail.police.grounds",
        "bail.police.bars",
        "bail.procuratorate.grounds",
        "bail.procuratorate.bars",
    ),
    "surveillance": ("surveillance.police.grounds", "bail.procuratorate.grounds"),
    "surveillance_place": ("surveillance_place.police.grounds", "surveillance_place.police.bars"),
    "detention": ("detention.police.grounds", "detention.procuratorate.grounds"),
    "arrest": (
        "arrest.police.requires",
        "arrest.procuratorate.requires",
        "arrest.procuratorate.bars",
    ),
    "arrest_exemption": ("arrest_exemption.procuratorate.grounds",),
    "arrest_for_bail_breach": ("bail_breach.police.grounds", "bail_breach.procuratorate.grounds"),
    "arrest_for_surveillance_breach": (
        "surveillance_breach.police.grounds",
        "surveillance_breach.procuratorate.grounds",
    ),
    "guarantor": ("guarantor.police.requires",),
    "recusal": ("recusal.police.grounds", "recusal.procuratorate.grounds"),
    "recusal_pending": ("recusal_pending.police.bars",),
    "family_notice_exception": (
        "family_notice.police.grounds",
        "family_notice.procuratorate.grounds",
    ),
    "lawyer_meeting_permission": (
        "lawyer_meeting.police.bars",
        "lawyer_meeting.procuratorate.bars",
    ),
    "lawyer_hire_approval": ("lawyer_hire.police.bars",),
    "lawyer_count": ("lawyer_count.requires",),
    "shared_lawyer": ("shared_lawyer.police.bars",),
    "conditional_non_prosecution": ("conditional_np.requires", "conditional_np.bars"),
    "conditional_np_revocation": ("conditional_np_revocation.grounds",),
    "juvenile_non_prosecution": (
        "juvenile_np.requires",
        "juvenile_np.grounds",
        "juvenile_np.bars",
        "juvenile_np27.requires",
    ),
    "juvenile_probation": ("juvenile_probation.requires", "juvenile_probation.grounds"),
    "record_sealing": ("sealing.grounds",),
    "record_unsealing": ("unsealing.grounds",),
    "sealed_record_access": ("sealed_record_access.grounds",),
    "juvenile_family_meeting": ("family_meeting.requires", "family_meeting.grounds"),
    "deputy_permission": ("deputy.police.grounds", "deputy.procuratorate.grounds"),
    "cppcc_notice": ("cppcc.police.grounds",),
    "compelled_appearance": (
        "compelled.police.requires",
        "compelled.police.grounds",
        "compelled.police.bars",
        "compelled.procuratorate.grounds",
        "compelled.procuratorate.bars",
    ),
    "lawyer_interpreter": ("interpreter.requires",),
    "detention_without_warrant": (
        "nowarrant.requires",
        "nowarrant.bars",
        "detention.police.grounds",
    ),
    "restraints": (
        "restraints.police.requires",
        "restraints.police.bars",
        "restraints.procuratorate.requires",
    ),
    "search": ("search.requires", "search.grounds", "search.bars", "search.forcible"),
    "body_examination": ("exam.requires", "exam.compulsory", "exam.bars"),
    "investigation_experiment": (
        "experiment.requires",
        "experiment.participants",
        "experiment.bars",
    ),
    "surveillance_meeting": ("meeting.grounds",),
    "leave_on_bail": ("leave.bail.requires", "leave.bail.consent"),
    "leave_under_surveillance": ("leave.surveillance.requires", "leave.surveillance.consent"),
    "interrogation_outside_custody": ("outside.grounds", "outside.requires", "outside.bars"),
    "unknown_identity": (
        "identity.police.requires",
        "identity.procuratorate.requires",
        "identity.prosecution.requires",
        "arrest.procuratorate.requires",
        "arrest.procuratorate.bars",
    ),
    "leave_conditional_np": ("leave.cnp.requires",),
}
# facts a rule reads besides its condition keys (its own code or a computed check)
EXTRA: dict[str, tuple[str, ...]] = {
    "arrest": ("serious_illness", "pregnant", "breastfeeding", "minor_penalty_only"),
    "arrest_for_bail_breach": ("new_crime", "evasion", "evidence_tampering", "left_area"),
    "juvenile_non_prosecution": (
        "recidivist",
        "minor_injury_case",
        "negligent_crime",
        "instigated",
    ),
    "juvenile_probation": ("minor_penalty_only", "coerced"),
    "deputy_permission": ("measure_arrest", "measure_other"),
    "cppcc_notice": ("measure_detention", "measure_arrest", "measure_other"),
    "compelled_appearance": ("summons_valid_reason",),
    "search": ("search_forcible",),
    "body_examination": ("exam_forced",),
    "investigation_experiment": ("experiment_compelled",),
    "surveillance_meeting": ("measure_by_procuratorate",),
    "leave_on_bail": ("measure_by_procuratorate",),
    "leave_under_surveillance": ("measure_by_procuratorate",),
    "unknown_identity": ("identity_step", "minor_penalty_only"),
    "restraints": ("restraint_juvenile", "restraint_danger"),
    "record_sealing": ("age_at_offence", "sentence_years"),
    "record_unsealing": ("new_or_omitted_crime", "combined_sentence_years"),
}

# item number -> ("eligibility.x", facts, body) or ("deadline.x", start, keyword arguments)
CHECKS: dict[int, tuple[str, Any, Any]] = {
    # eligibility: pregnant woman
    1: ("eligibility.bail", {"pregnant": True, "recidivist": False}, P),
    6: ("eligibility.arrest_exemption", {"pregnant": True}, S),
    11: (
        "eligibility.lawyer_meeting_permission",
        {"state_secrets": False, "state_security_crime": False},
        P,
    ),
    16: ("eligibility.surveillance", {"pregnant": True}, P),
    21: ("eligibility.lawyer_count", {"lawyer_count": 3}, S),
    26: (
        "eligibility.search",
        {"search_warrant": True, "search_suspect": True, "search_woman_by_man": True},
        S,
    ),
    31: (
        "eligibility.leave_under_surveillance",
        {"leave_reason": True, "leave_approved": False},
        P,
    ),
    36: ("eligibility.restraints", {"restraint_in_measure": True, "restraint_juvenile": False}, P),
    41: ("eligibility.body_examination", {"exam_suspect": U, "exam_victim": U}, S),
    46: (
        "eligibility.deputy_permission",
        {"measure_detention": True, "caught_in_act": False, "deputy_county_up": U},
        P,
    ),
    51: (
        "eligibility.recusal",
        {
            "official_is_party_or_relative": False,
            "official_interest": False,
            "official_prior_role": False,
            "official_gifts_or_meetings": False,
        },
        P,
    ),
    56: (
        "eligibility.guarantor",
        {
            "guarantor_residence_income": True,
            "guarantor_rights_unrestricted": True,
            "guarantor_not_implicated": U,
        },
        P,
    ),
    # eligibility: wedding planner
    2: ("eligibility.leave_on_bail", {"leave_reason": True, "leave_approved": True}, P),
    7: (
        "eligibility.surveillance_meeting",
        {"meet_cohabitant": False, "meet_own_lawyer": False, "meet_approved": False},
        P,
    ),
    12: ("eligibility.lawyer_interpreter", {"interpreter_permission": True}, P),
    17: (
        "eligibility.guarantor",
        {
            "guarantor_not_implicated": True,
            "guarantor_residence_income": True,
            "guarantor_rights_unrestricted": True,
            "guarantor_capable": True,
        },
        P,
    ),
    22: (
        "eligibility.deputy_permission",
        {"deputy_county_up": True, "measure_detention": True, "caught_in_act": False},
        P,
    ),
    27: (
        "eligibility.surveillance_place",
        {"surveillance_at_residence": False, "surveillance_at_custody_place": True},
        P,
    ),
    32: (
        "eligibility.sealed_record_access",
        {"requester_judicial": False, "requester_state_rules": False},
        None,
    ),
    37: ("eligibility.lawyer_hire_approval", {"state_secrets": U}, None),
    42: ("eligibility.cppcc_notice", {"measure_other": True}, P),
    47: (
        "eligibility.detention_without_warrant",
        {
            "identified_by_witness": True,
            "detention_emergency": True,
            "detention_papers_late": False,
        },
        P,
    ),
    52: (
        "eligibility.arrest_for_surveillance_breach",
        {
            "left_area": U,
            "other_serious_violation": U,
            "new_crime": False,
            "evasion": False,
            "evidence_tampering": False,
            "unapproved_meetings": False,
            "missed_summons": False,
            "violent_witness_interference": False,
        },
        S,
    ),
    57: (
        "eligibility.leave_on_bail",
        {
            "leave_reason": True,
            "leave_approved": True,
            "leave_decider_consent": U,
            "measure_by_procuratorate": True,
        },
        S,
    ),
    # eligibility: stepparent
    3: (
        "eligibility.conditional_non_prosecution",
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 0.5,
            "prosecutable": True,
            "repentance": True,
            "juvenile_objects": False,
        },
        S,
    ),
    8: (
        "eligibility.juvenile_non_prosecution",
        {"age_at_offence": 15, "secondary_role": True, "minor_crime": True},
        S,
    ),
    13: (
        "eligibility.juvenile_probation",
        {
            "age_at_offence": 17,
            "possible_sentence_years": 5,
            "repentance": True,
            "guardianship": True,
        },
        S,
    ),
    18: ("eligibility.leave_conditional_np", {"cnp_leave_approved": False}, S),
    23: ("eligibility.recusal_pending", {"recusal_pending": True}, P),
    28: (
        "eligibility.conditional_np_revocation",
        {"np_public_order_violation": True, "np_repeated": False, "np_serious": U},
        P,
    ),
    33: (
        "eligibility.juvenile_family_meeting",
        {"family_not_involved": True, "repentance": True, "police_consent": U},
        S,
    ),
    38: (
        "eligibility.record_sealing",
        {"age_at_offence": 17, "sentence_years": 2, "not_prosecuted": False},
        None,
    ),
    43: (
        "eligibility.record_unsealing",
        {"new_or_omitted_crime": True, "combined_sentence_years": U},
        None,
    ),
    48: ("eligibility.bail", {"recidivist": True, "violent_crime": True}, P),
    53: ("eligibility.shared_lawyer", {"co_suspects_same_case": False}, P),
    58: (
        "eligibility.arrest",
        {"evidence_of_crime": True, "imprisonment_possible": True, "bail_insufficient": U},
        P,
    ),
    # eligibility: chef
    4: ("eligibility.detention", {"caught_in_act": True, "evidence_found_on_person": True}, P),
    9: (
        "eligibility.arrest_for_bail_breach",
        {
            "breach": True,
            "missed_summons": U,
            "evasion": False,
            "new_crime": False,
            "left_area": False,
            "evidence_tampering": False,
        },
        S,
    ),
    14: ("eligibility.interrogation_outside_custody", {"out_to_recover": True}, S),
    19: ("eligibility.unknown_identity", {"identity_unknown": True, "evidence_of_crime": True}, P),
    24: ("eligibility.compelled_appearance", {"compel_suspect": False}, P),
    29: ("eligibility.shared_lawyer", {"co_suspects_same_case": True}, None),
    34: (
        "eligibility.investigation_experiment",
        {"experiment_approved": True, "experiment_harmful": True},
        S,
    ),
    39: (
        "eligibility.arrest_for_surveillance_breach",
        {
            "left_area": False,
            "other_serious_violation": False,
            "evasion": False,
            "evidence_tampering": False,
            "violent_witness_interference": False,
            "new_crime": False,
        },
        P,
    ),
    44: ("eligibility.recusal", {"official_is_party_or_relative": True}, P),
    49: (
        "eligibility.detention_without_warrant",
        {"identified_by_witness": True, "detention_emergency": U},
        P,
    ),
    54: (
        "eligibility.search",
        {
            "search_in_arrest": True,
            "search_emergency": U,
            "search_warrant": False,
            "search_suspect": True,
        },
        S,
    ),
    59: (
        "eligibility.restraints",
        {"restraint_in_measure": True, "restraint_juvenile": True, "restraint_danger": U},
        P,
    ),
    # eligibility: old classmate
    5: (
        "eligibility.record_sealing",
        {"age_at_offence": 17, "sentence_years": U, "not_prosecuted": False},
        None,
    ),
    10: ("eligibility.cppcc_notice", {"measure_detention": True, "urgent_case": True}, P),
    15: (
        "eligibility.arrest",
        {"evidence_of_crime": True, "possible_sentence_years": 3, "bail_insufficient": True},
        None,
    ),
    20: ("eligibility.bail", {"gang_principal": True}, P),
    25: (
        "eligibility.record_unsealing",
        {"new_or_omitted_crime": True, "combined_sentence_years": 3},
        None,
    ),
    30: (
        "eligibility.family_notice_exception",
        {"identity_unknown": False, "co_suspect_risk": False, "hinders_or_impossible": U},
        P,
    ),
    35: ("eligibility.sealed_record_access", {"requester_judicial": True}, None),
    40: (
        "eligibility.guarantor",
        {"guarantor_not_implicated": False, "guarantor_residence_income": True},
        P,
    ),
    45: ("eligibility.lawyer_meeting_permission", {"state_security_crime": True}, None),
    50: ("eligibility.leave_on_bail", {"leave_reason": True, "leave_approved": U}, P),
    55: (
        "eligibility.deputy_permission",
        {"deputy_county_up": False, "measure_detention": True},
        P,
    ),
    60: ("eligibility.surveillance", {"serious_illness": U}, None),
    # deadlines (today 2026-03-05, a Thursday; Monday = 2 March, Friday = 27 February)
    61: ("deadline.overdue_measure_review", date(2026, 2, 24), {"measure": "bail"}),
    62: ("deadline.forfeiture_review", date(2026, 3, 3), {}),
    63: ("deadline.conditional_np_complaint", date(2026, 2, 27), {}),
    64: ("deadline.guarantor_fine_review", None, {}),
    65: ("deadline.arrest_reconsideration", date(2026, 3, 2), {}),
    66: ("deadline.recusal_reconsideration", None, {}),
    67: ("deadline.no_filing_reasons", date(2026, 3, 2), {}),
    68: ("deadline.juvenile_inform_victim", date(2026, 3, 4), {}),
    69: ("deadline.custody_recalculation", date(2026, 2, 27), {}),
    70: ("deadline.lawyer_permission", date(2026, 3, 4), {"body": P}),
    71: ("deadline.bail_application_reply", date(2026, 3, 2), {"body": P}),
    72: ("deadline.family_notice_detention", datetime(2026, 3, 3, 19, 40), {"body": P}),
    73: ("deadline.custody_after_arrest", date(2026, 1, 14), {}),
    74: ("deadline.interrogation_arrest", datetime(2026, 3, 1, 23, 10), {"body": P}),
    75: ("deadline.bail_period", date(2025, 11, 10), {"body": P}),
    76: ("deadline.sealed_record_inquiry", date(2026, 2, 23), {}),
}


def reads(rule_id: str) -> set[str]:
    """The facts an eligibility rule reads: its condition keys and asks, and its extras."""
    name = rule_id.split(".", 1)[1]
    keys = {k for g in GROUPS[name] for c in conds(g) for k in (c.key, *c.asks)}
    return keys | set(EXTRA.get(name, ()))


def encode(facts: dict[str, Any]) -> dict[str, Any]:
    """U facts become None and are listed under "uncertain" (raised but unsettled)."""
    out = {k: (None if v == U else v) for k, v in facts.items()}
    unsure = [k for k, v in facts.items() if v == U]
    if unsure:
        out["uncertain"] = unsure
    return out


def run(n: int, item: dict[str, Any], rules: dict[str, Any]) -> list[str]:
    """Problems with one labelled item (empty when its label agrees)."""
    rule_id, arg, extra = CHECKS[n]
    if rule_id != item["rule"]:
        return [f"item {n}: check is for {rule_id}, item says {item['rule']}"]
    spec = rules[rule_id]
    problems = []
    if spec.kind == "eligibility":
        stray = set(arg) - reads(rule_id)
        if stray:
            problems.append(f"item {n}: {rule_id} does not read {sorted(stray)}")
        if extra not in (None, P, S):
            problems.append(f"item {n}: unknown body {extra!r}")
        res = spec.func(encode(arg), extra)
    else:
        res = spec.func(arg, **extra)
    if res.computed != (item.get("computed") or {}):
        problems.append(f"item {n}: computed {res.computed}, label {item.get('computed')}")
    if bool(res.needs) != bool(item.get("needs")):
        problems.append(f"item {n}: needs {res.needs!r}, label needs {item.get('needs')}")
    return problems


def shape(items: list[dict[str, Any]], rules: dict[str, Any]) -> list[str]:
    """Problems with the set as a whole: counts, rule ids, coverage, voices."""
    problems = []
    kinds = Counter((it["rule"] or "null.").split(".")[0] for it in items)
    if len(items) != 100 or kinds != Counter(eligibility=60, deadline=16, null=24):
        problems.append(f"counts: {len(items)} items, {dict(kinds)}")
    unknown = sorted({it["rule"] for it in items if it["rule"] and it["rule"] not in rules})
    if unknown:
        problems.append(f"unknown rule ids: {unknown}")
    used = {it["rule"] for it in items if it["rule"]}
    missing = sorted(r for r, s in rules.items() if s.kind == "eligibility" and r not in used)
    if missing:
        problems.append(f"eligibility rules not covered: {missing}")
    deadlines = [it["rule"] for it in items if (it["rule"] or "").startswith("deadline.")]
    if len(set(deadlines)) != len(deadlines):
        problems.append("a deadline rule is used twice")
    verdicts = Counter(
        it["computed"]["eligible"] for it in items if (it["rule"] or "").startswith("elig")
    )
    if verdicts != Counter({True: 22, False: 20, None: 18}):
        problems.append(f"verdicts: {dict(verdicts)}")
    voices = Counter(it["voice"] for it in items)
    if voices != Counter(dict.fromkeys(VOICES, 20)):
        problems.append(f"voices: {dict(voices)}")
    ruled = {n for n, it in enumerate(items, 1) if it["rule"]}
    if ruled != set(CHECKS):
        problems.append(f"items without a check or checks without an item: {ruled ^ set(CHECKS)}")
    return problems


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    problems = shape(items, rules)
    agree = 0
    for n in sorted(CHECKS):
        if n > len(items) or not items[n - 1]["rule"]:
            continue
        found = run(n, items[n - 1], rules)
        problems += found
        agree += not found
    for p in problems:
        print(p)
    print(f"{agree} of {len(CHECKS)} labels agree with the rule functions")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
