"""Check the labels of bench/own62_setAA.yaml on the pure rule functions.

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script checks it by calling the rule function directly on facts,
bodies and dates encoded here by hand (never on a question's text). For each eligibility item
CHECKS encodes every fact the question tells that is a field the rule function reads: True
(told as true), False (denied), U (told as unknown or disputed: listed under "uncertain");
a fact the question does not mention is left out. `body` is given where the question names
the acting body. Null items must have no entry.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own62.py

Prints one line per disagreement and the count of labels that agree; exits 1 on any
disagreement (or on an item without a check, or a check without its item).
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.model import RuleResult
from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own62_setAA.yaml"
U = "U"  # told as unknown or disputed: the key goes under "uncertain"
T, F = True, False
P, S = "police", "procuratorate"

# item number (1-based, file order) -> (rule id, body, facts)
ELIG: dict[int, tuple[str, str | None, dict[str, Any]]] = {
    1: ("eligibility.detention", P, {"identified_by_witness": T}),
    2: ("eligibility.bail", P, {"minor_penalty_only": T, "recidivist": F}),
    3: ("eligibility.bail", P, {"no_social_danger": T, "recidivist": U}),
    4: (
        "eligibility.bail",
        S,
        {
            "minor_penalty_only": F,
            "no_social_danger": T,
            "endangers_public_security": F,
            "egregious_crime": F,
        },
    ),
    5: ("eligibility.bail", P, {"serious_illness": T, "recidivist": T}),
    6: ("eligibility.restraints", P, {"restraint_in_measure": T, "restraint_juvenile": F}),
    7: (
        "eligibility.guarantor",
        None,
        {
            "guarantor_residence_income": T,
            "guarantor_not_implicated": T,
            "guarantor_rights_unrestricted": F,
        },
    ),
    8: ("eligibility.leave_under_surveillance", P, {"leave_reason": T, "leave_approved": T}),
    9: (
        "eligibility.guarantor",
        None,
        {
            "guarantor_not_implicated": T,
            "guarantor_residence_income": T,
            "guarantor_rights_unrestricted": T,
        },
    ),
    10: (
        "eligibility.juvenile_probation",
        S,
        {
            "age_at_offence": 17,
            "possible_sentence_years": 2,
            "repentance": T,
            "community_no_adverse_effect": T,
            "guardianship": T,
            "no_social_danger": T,
            "recidivist": F,
        },
    ),
    11: (
        "eligibility.family_notice_exception",
        P,
        {"co_suspect_risk": F, "identity_unknown": F, "hinders_or_impossible": F},
    ),
    12: ("eligibility.arrest_for_bail_breach", None, {"left_area": T, "breach": T}),
    13: ("eligibility.surveillance_meeting", P, {"meet_cohabitant": T}),
    14: ("eligibility.lawyer_hire_approval", P, {"state_secrets": U}),
    15: (
        "eligibility.record_sealing",
        None,
        {"age_at_offence": 15, "sentence_years": 3, "not_prosecuted": F},
    ),
    16: ("eligibility.body_examination", S, {"exam_suspect": F, "exam_victim": F}),
    17: ("eligibility.leave_on_bail", P, {"leave_reason": T, "leave_approved": F}),
    18: ("eligibility.family_notice_exception", P, {"co_suspect_risk": U}),
    19: ("eligibility.arrest", S, {"evidence_of_crime": T, "minor_penalty_only": T}),
    20: (
        "eligibility.conditional_non_prosecution",
        S,
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": T,
            "prosecutable": T,
            "possible_sentence_years": 0.5,
            "repentance": U,
        },
    ),
    21: ("eligibility.compelled_appearance", P, {"compel_suspect": U}),
    22: ("eligibility.lawyer_count", None, {"lawyer_count": 3}),
    23: (
        "eligibility.record_sealing",
        None,
        {"age_at_offence": 16, "not_prosecuted": F, "sentence_years": U},
    ),
    24: (
        "eligibility.conditional_non_prosecution",
        None,
        {
            "age_at_offence": 17,
            "crime_chapter_4_6": F,
            "prosecutable": T,
            "repentance": T,
            "possible_sentence_years": 1,
        },
    ),
    25: (
        "eligibility.search",
        S,
        {"search_suspect": T, "search_warrant": T, "search_woman_by_man": T},
    ),
    26: (
        "eligibility.investigation_experiment",
        S,
        {"experiment_approved": T, "experiment_harmful": F},
    ),
    27: (
        "eligibility.cppcc_notice",
        P,
        {"cppcc_member": T, "measure_detention": T, "measure_arrest": F, "urgent_case": T},
    ),
    28: ("eligibility.arrest_exemption", S, {"pregnant": T}),
    29: (
        "eligibility.record_unsealing",
        None,
        {"new_or_omitted_crime": T, "combined_sentence_years": 7},
    ),
    30: (
        "eligibility.arrest_for_surveillance_breach",
        P,
        {"unapproved_meetings": U, "other_serious_violation": U},
    ),
    31: (
        "eligibility.detention_without_warrant",
        P,
        {"caught_in_act": T, "detention_emergency": T, "detention_papers_late": F},
    ),
    32: ("eligibility.surveillance", P, {"no_social_danger": U}),
    33: (
        "eligibility.juvenile_family_meeting",
        S,
        {"family_not_involved": T, "repentance": T, "police_consent": U},
    ),
    34: (
        "eligibility.sealed_record_access",
        S,
        {"requester_judicial": F, "requester_state_rules": F},
    ),
    35: ("eligibility.leave_on_bail", P, {"leave_reason": T, "leave_approved": U}),
    36: (
        "eligibility.search",
        S,
        {
            "search_suspect": T,
            "search_in_arrest": T,
            "search_warrant": F,
            "search_emergency": U,
        },
    ),
    37: ("eligibility.unknown_identity", P, {"identity_unknown": T, "evidence_of_crime": T}),
    38: ("eligibility.lawyer_interpreter", P, {"interpreter_permission": F}),
    39: (
        "eligibility.unknown_identity",
        P,
        {"identity_step": "prosecution", "identity_unknown": T, "prosecutable": U},
    ),
    40: (
        "eligibility.recusal",
        P,
        {
            "official_is_party_or_relative": F,
            "official_interest": F,
            "official_prior_role": F,
            "official_gifts_or_meetings": F,
        },
    ),
    41: ("eligibility.recusal", P, {"official_is_party_or_relative": T}),
    42: (
        "eligibility.restraints",
        P,
        {
            "restraint_in_measure": T,
            "restraint_compelled": T,
            "restraint_juvenile": T,
            "restraint_danger": F,
        },
    ),
    43: ("eligibility.detention", S, {"suicide_or_flight": F, "evidence_tampering_risk": F}),
    44: ("eligibility.arrest_for_bail_breach", S, {"breach": T, "missed_summons": U}),
    45: ("eligibility.surveillance", S, {"breastfeeding": T, "baby_age_months": 18}),
    46: ("eligibility.lawyer_meeting_permission", P, {"state_security_crime": T}),
    47: ("eligibility.shared_lawyer", P, {"co_suspects_same_case": U}),
    48: (
        "eligibility.conditional_np_revocation",
        S,
        {
            "np_public_order_violation": T,
            "np_serious": F,
            "np_repeated": F,
            "new_crime": F,
        },
    ),
    49: (
        "eligibility.lawyer_meeting_permission",
        P,
        {"state_secrets": F, "state_security_crime": F},
    ),
    50: (
        "eligibility.juvenile_non_prosecution",
        S,
        {
            "age_at_offence": 16,
            "minor_crime": T,
            "recidivist": F,
            "repentance": T,
            "compensation_settled": U,
        },
    ),
    51: ("eligibility.surveillance_place", None, {"surveillance_at_custody_place": T}),
    52: (
        "eligibility.deputy_permission",
        P,
        {
            "npc_deputy": T,
            "measure_other": T,
            "measure_detention": F,
            "measure_arrest": F,
            "deputy_county_up": U,
        },
    ),
    53: ("eligibility.recusal_pending", P, {"recusal_pending": T}),
    54: ("eligibility.compelled_appearance", S, {"compel_suspect": F}),
    55: (
        "eligibility.compelled_appearance",
        P,
        {
            "compel_suspect": T,
            "compel_failed_summons": T,
            "summons_valid_reason": F,
            "compel_outside_area": T,
        },
    ),
    56: (
        "eligibility.arrest",
        P,
        {"evidence_of_crime": T, "imprisonment_possible": T, "bail_insufficient": U},
    ),
    57: (
        "eligibility.juvenile_non_prosecution",
        S,
        {"age_at_offence": 16, "coerced": T, "minor_crime": T},
    ),
    58: ("eligibility.leave_conditional_np", S, {"cnp_leave_approved": T}),
    59: ("eligibility.interrogation_outside_custody", S, {"out_to_recover": U}),
    60: (
        "eligibility.arrest",
        S,
        {"evidence_of_crime": T, "imprisonment_possible": T, "bail_insufficient": T},
    ),
}

# item number -> (rule id, start as written: YYYY-MM-DD, YYYY-MM-DDTHH:MM or None, keywords)
DEADLINE: dict[int, tuple[str, str | None, dict[str, Any]]] = {
    61: ("deadline.interrogation_arrest", "2026-03-03T02:40", {"body": P}),  # Tuesday 02:40
    62: ("deadline.guarantor_fine_review", "2026-02-28", {}),  # Saturday
    63: ("deadline.police_detention", "2026-03-01", {}),  # Sunday; suspect type not told
    64: ("deadline.forfeiture_review", "2026-03-02", {}),
    65: ("deadline.conditional_np_complaint", "2026-03-02", {}),  # Monday
    66: ("deadline.family_notice_detention", "2026-03-04T21:15", {"body": P}),  # last night
    67: ("deadline.bail_application_reply", None, {"body": P}),  # no date: asks
    68: ("deadline.lawyer_permission", "2026-03-03", {"body": P}),  # Tuesday
    69: ("deadline.custody_after_arrest", "2026-01-15", {}),
    70: ("deadline.juvenile_inform_victim", "2026-02-20", {}),
    71: ("deadline.custody_recalculation", "2026-02-27", {}),
    72: ("deadline.overdue_measure_review", "2026-02-24", {"measure": "bail"}),
    73: ("deadline.arrest_reconsideration", "2026-03-02", {}),  # Monday
    74: ("deadline.sealed_record_inquiry", None, {}),  # no date: asks
    75: ("deadline.no_filing_reasons", "2026-02-26", {}),
    76: ("deadline.recusal_reconsideration", "2026-03-02", {"body": P}),  # Monday
}


def moment(text: str | None) -> date | datetime | None:
    """A start as written: a date, a date with a clock time, or None."""
    if text is None:
        return None
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def facts_of(encoded: dict[str, Any]) -> dict[str, Any]:
    """The facts mapping a rule reads: U values become the "uncertain" list."""
    facts = {k: v for k, v in encoded.items() if v != U}
    unsure = tuple(k for k, v in encoded.items() if v == U)
    if unsure:
        facts["uncertain"] = unsure
    return facts


def run(n: int) -> RuleResult:
    """The rule function's result for item n, from the hand-encoded inputs."""
    rules = all_rules()
    if n in ELIG:
        rid, body, encoded = ELIG[n]
        return rules[rid].func(facts_of(encoded), body=body)
    rid, start, kwargs = DEADLINE[n]
    return rules[rid].func(moment(start), **kwargs)


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    checked = agree = 0
    problems: list[str] = []
    for n, item in enumerate(items, 1):
        rid = item["rule"]
        if rid is not None and rid not in rules:
            problems.append(f"{n}: unknown rule {rid}")
            continue
        encoded = ELIG.get(n) or DEADLINE.get(n)
        if rid is None:
            if encoded is not None:
                problems.append(f"{n}: null item has a check")
            continue
        if encoded is None or encoded[0] != rid:
            problems.append(f"{n}: no check for {rid}")
            continue
        checked += 1
        res = run(n)
        want = dict(item.get("computed") or {})
        want_needs = bool(item.get("needs"))
        if res.computed == want and bool(res.needs) == want_needs:
            agree += 1
        else:
            problems.append(
                f"{n}: {rid} label {want} needs={want_needs}; function {res.computed} "
                f"needs={bool(res.needs)}"
            )
    stray = sorted((set(ELIG) | set(DEADLINE)) - set(range(1, len(items) + 1)))
    problems += [f"{n}: check without an item" for n in stray]
    for p in problems:
        print(p)
    print(f"{agree} of {checked} labels agree with the rule functions ({len(items)} items)")
    return 1 if problems or agree != checked else 0


if __name__ == "__main__":
    sys.exit(main())
