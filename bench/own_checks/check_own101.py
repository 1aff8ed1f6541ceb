"""Check the labels of bench/own101_setBN.yaml against the pure rule functions.

Every eligibility and deadline label was worked out by hand from the article and the rule's
docstring; this script checks it by calling the registered rule function directly on facts,
bodies and dates encoded here by hand (never on a question's text). For each eligibility item
the facts are every fact the question tells that the rule reads: told true = True, denied =
False, told as unknown or disputed = listed under "uncertain" (and set to None); a fact not
mentioned is left out. `body` is given where the question names the acting body.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own101.py

Prints one line per disagreement, the counts, and "N of 76 labels agree"; exits 1 on any
disagreement or malformed item.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.facts import QUESTIONS
from assistant.rules.rulebook import all_rules

PATH = Path(__file__).resolve().parents[1] / "own101_setBN.yaml"
T, F = True, False
POLICE, PROC = "police", "procuratorate"
# fact keys the rules read that have no "tell me ..." phrase of their own (see the rule cases)
EXTRA_KEYS = {
    "measure_arrest",
    "measure_other",
    "cppcc_member",
    "summons_valid_reason",
    "experiment_compelled",
}
VOICES = (
    "supermarket manager",
    "chat screenshot",
    "retired midwife",
    "parking attendant",
    "new lawyer",
)


def unsure(*keys: str) -> dict[str, Any]:
    """Facts told as unknown or disputed: listed under "uncertain" and set to None."""
    return {"uncertain": keys, **dict.fromkeys(keys)}


# (rule, facts, body) in the order of the file's 60 eligibility items
ELIG: list[tuple[str, dict[str, Any], str | None]] = [
    # 1-5
    ("detention", {"caught_in_act": T}, POLICE),
    ("bail", {"pregnant": T, "recidivist": F}, POLICE),
    ("bail", {"breastfeeding": T, "baby_age_months": 7}, POLICE),
    ("arrest_for_surveillance_breach", {"violent_witness_interference": T}, POLICE),
    ("lawyer_interpreter", {"interpreter_permission": T}, POLICE),
    # 6-10
    ("detention_without_warrant", {"detention_emergency": F, "police_own_detention": T}, POLICE),
    ("lawyer_count", {"lawyer_count": 3}, None),
    ("bail", {"breastfeeding": T, "baby_age_months": 4, "recidivist": T}, POLICE),
    (
        "investigation_experiment",
        {"experiment_harmful": T, "experiment_compelled": T, "experiment_party": T},
        PROC,
    ),
    ("shared_lawyer", {"co_suspects_same_case": T}, POLICE),
    # 11-15
    ("leave_on_bail", {"leave_reason": T, **unsure("leave_approved")}, POLICE),
    ("leave_conditional_np", unsure("cnp_leave_approved"), PROC),
    ("surveillance", {"baby_age_months": 9, **unsure("breastfeeding")}, POLICE),
    ("unknown_identity", {"identity_unknown": T, **unsure("evidence_of_crime")}, POLICE),
    ("lawyer_meeting_permission", {"state_secrets": F, **unsure("state_security_crime")}, POLICE),
    # 16-20
    ("unknown_identity", {"identity_unknown": T, "evidence_of_crime": T}, POLICE),
    (
        "juvenile_family_meeting",
        {"repentance": T, "police_consent": T, "family_not_involved": T},
        PROC,
    ),
    ("arrest_exemption", {"breastfeeding": T, "baby_age_months": 14}, PROC),
    ("recusal", {"official_is_party_or_relative": T}, POLICE),
    (
        "cppcc_notice",
        {"cppcc_member": T, "measure_arrest": T, "measure_detention": F, "urgent_case": T},
        POLICE,
    ),
    # 21-25
    ("guarantor", {"guarantor_not_implicated": F}, POLICE),
    (
        "cppcc_notice",
        {"cppcc_member": T, "measure_detention": T, "measure_arrest": F, "urgent_case": F},
        POLICE,
    ),
    ("body_examination", {"exam_suspect": T, "exam_woman_by_man": T}, PROC),
    ("recusal_pending", {"recusal_pending": T}, POLICE),
    (
        "deputy_permission",
        {"npc_deputy": T, "deputy_county_up": T, "measure_arrest": T, "measure_detention": F},
        PROC,
    ),
    # 26-30
    ("shared_lawyer", unsure("co_suspects_same_case"), POLICE),
    (
        "juvenile_probation",
        {
            "age_at_offence": 17,
            "possible_sentence_years": 2,
            "repentance": T,
            "guardianship": T,
            **unsure("community_no_adverse_effect"),
        },
        PROC,
    ),
    (
        "search",
        {
            "search_warrant": F,
            "search_in_arrest": T,
            "search_suspect": T,
            **unsure("search_emergency"),
        },
        PROC,
    ),
    (
        "guarantor",
        {
            "guarantor_not_implicated": T,
            "guarantor_residence_income": T,
            **unsure("guarantor_rights_unrestricted"),
        },
        POLICE,
    ),
    ("record_unsealing", {"new_or_omitted_crime": T, **unsure("combined_sentence_years")}, None),
    # 31-35
    ("record_sealing", {"age_at_offence": 16, "sentence_years": 1, "not_prosecuted": F}, PROC),
    (
        "deputy_permission",
        {
            "npc_deputy": T,
            "deputy_county_up": F,
            "measure_other": T,
            "measure_detention": F,
            "measure_arrest": F,
        },
        POLICE,
    ),
    ("leave_under_surveillance", {"leave_reason": T, "leave_approved": T}, POLICE),
    (
        "detention_without_warrant",
        {
            "caught_in_act": T,
            "detention_emergency": T,
            "detention_papers_late": F,
            "police_own_detention": T,
        },
        POLICE,
    ),
    (
        "juvenile_probation",
        {
            "age_at_offence": 16,
            "possible_sentence_years": 2,
            "recidivist": F,
            "repentance": T,
            "community_no_adverse_effect": T,
            "guardianship": T,
            "no_social_danger": T,
        },
        PROC,
    ),
    # 36-40
    ("sealed_record_access", {"requester_judicial": F, "requester_state_rules": F}, PROC),
    (
        "surveillance_meeting",
        {"meet_cohabitant": F, "meet_own_lawyer": F, "meet_approved": F},
        POLICE,
    ),
    (
        "surveillance_place",
        {"surveillance_at_custody_place": T, "surveillance_at_residence": F},
        POLICE,
    ),
    ("compelled_appearance", {"compel_suspect": F, "compel_failed_summons": T}, POLICE),
    ("lawyer_hire_approval", {"state_secrets": T}, POLICE),
    # 41-45
    ("family_notice_exception", unsure("co_suspect_risk"), POLICE),
    ("lawyer_hire_approval", unsure("state_secrets"), POLICE),
    (
        "conditional_non_prosecution",
        {
            "age_at_offence": 17,
            "crime_chapter_4_6": T,
            "possible_sentence_years": 0.5,
            "prosecutable": T,
            **unsure("repentance"),
        },
        PROC,
    ),
    (
        "interrogation_outside_custody",
        {"out_escort_short": F, **unsure("out_to_identify", "out_to_recover")},
        PROC,
    ),
    ("investigation_experiment", {"experiment_harmful": F, **unsure("experiment_approved")}, PROC),
    # 46-50
    (
        "juvenile_non_prosecution",
        {"age_at_offence": 15, "minor_crime": T, "surrender_or_merit": T},
        PROC,
    ),
    ("conditional_np_revocation", {"new_crime": T}, PROC),
    ("family_notice_exception", {"identity_unknown": T}, POLICE),
    ("search", {"search_warrant": T, "search_suspect": T}, PROC),
    ("surveillance", {"no_bond_or_guarantor": T}, POLICE),
    # 51-55
    (
        "restraints",
        {"restraint_in_measure": T, "restraint_juvenile": T, "restraint_danger": F},
        POLICE,
    ),
    ("record_unsealing", {"new_or_omitted_crime": T, "combined_sentence_years": 4}, None),
    (
        "arrest",
        {"evidence_of_crime": T, "minor_penalty_only": T, "imprisonment_possible": F},
        POLICE,
    ),
    (
        "arrest_for_bail_breach",
        {
            "breach": T,
            "left_area": F,
            "new_crime": F,
            "evasion": F,
            "evidence_tampering": F,
            "missed_summons": F,
        },
        PROC,
    ),
    (
        "conditional_non_prosecution",
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": T,
            "prosecutable": T,
            "repentance": T,
            "possible_sentence_years": 1.5,
        },
        PROC,
    ),
    # 56-60
    (
        "compelled_appearance",
        {"compel_suspect": T, "compel_failed_summons": T, "summons_valid_reason": F},
        POLICE,
    ),
    ("lawyer_meeting_permission", {"state_secrets": F, "state_security_crime": F}, POLICE),
    ("detention", unsure("identified_by_witness"), POLICE),
    (
        "restraints",
        {"restraint_in_measure": T, "restraint_juvenile": T, **unsure("restraint_danger")},
        POLICE,
    ),
    (
        "juvenile_non_prosecution",
        {"age_at_offence": 15, "secondary_role": T, **unsure("minor_crime")},
        PROC,
    ),
]

# (rule, keyword arguments) in the order of the file's 16 deadline items; `start` is the
# event's date (a datetime for hour periods), None where the question gives no date
DEAD: list[tuple[str, dict[str, Any]]] = [
    ("guarantor_fine_review", {"start": date(2026, 3, 2)}),  # received on 2 March
    ("conditional_np_complaint", {"start": date(2026, 2, 27)}),  # Friday
    ("overdue_measure_review", {"start": date(2026, 2, 27), "measure": "bail"}),
    ("recusal_reconsideration", {"start": None, "body": POLICE}),  # day forgotten
    ("direct_acceptance", {"start": date(2026, 2, 23)}),
    ("file_case_after_notice", {"start": date(2026, 2, 20)}),
    ("juvenile_inform_victim", {"start": date(2026, 3, 4)}),  # Wednesday
    ("surveillance_period", {"start": date(2025, 11, 15), "body": POLICE}),
    ("procuratorate_detention", {"start": date(2026, 3, 2)}),  # Monday
    ("arrest_reconsideration", {"start": date(2026, 3, 2)}),
    ("interrogation_arrest", {"start": datetime(2026, 3, 3, 14, 20), "body": POLICE}),  # Tuesday
    ("family_notice_detention", {"start": datetime(2026, 3, 4, 23, 40), "body": POLICE}),
    ("forfeiture_review", {"start": date(2026, 3, 3)}),  # Tuesday
    ("sealed_record_inquiry", {"start": date(2026, 3, 3)}),
    ("custody_recalculation", {"start": date(2026, 2, 26)}),
    ("bail_application_reply", {"start": None, "body": POLICE}),  # day unknown
]
N_NULL = 24


def check_facts(n: int, facts: dict[str, Any]) -> list[str]:
    """Unknown fact keys (typos) and "uncertain" keys not set to None."""
    problems = [
        f"item {n}: unknown fact key {k!r}"
        for k in facts
        if k != "uncertain" and k not in QUESTIONS and k not in EXTRA_KEYS
    ]
    for k in facts.get("uncertain", ()):
        if facts.get(k, "absent") is not None:
            problems.append(f"item {n}: uncertain key {k!r} must be set to None")
    return problems


def main() -> int:
    rules = all_rules()
    items = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    problems: list[str] = []
    if len(items) != len(ELIG) + len(DEAD) + N_NULL:
        problems.append(f"{len(items)} items, expected {len(ELIG) + len(DEAD) + N_NULL}")
    for n, it in enumerate(items, 1):
        if not isinstance(it.get("q"), str) or "rule" not in it or it.get("voice") not in VOICES:
            problems.append(f"item {n}: needs q, rule and one of the five voices")
        if it["rule"] is not None and it["rule"] not in rules:
            problems.append(f"item {n}: unknown rule {it['rule']}")
    expected: list[tuple[str | None, Any]] = [
        (f"eligibility.{r}", (facts, body)) for r, facts, body in ELIG
    ]
    expected += [(f"deadline.{r}", kwargs) for r, kwargs in DEAD]
    expected += [(None, None)] * N_NULL
    agree = checked = 0
    for n, (it, (rid, inputs)) in enumerate(zip(items, expected, strict=False), 1):
        if it["rule"] != rid:
            problems.append(f"item {n}: labelled {it['rule']}, checks expect {rid}")
            continue
        if rid is None:
            if it.get("computed") or it.get("needs"):
                problems.append(f"item {n}: a null item has computed or needs")
            continue
        checked += 1
        if rid.startswith("eligibility."):
            facts, body = inputs
            problems += check_facts(n, facts)
            res = rules[rid].func(dict(facts), body=body)
        else:
            res = rules[rid].func(**inputs)
        want_needs = bool(it.get("needs"))
        if res.computed == (it.get("computed") or {}) and bool(res.needs) == want_needs:
            agree += 1
        else:
            problems.append(
                f"item {n} {rid}: label {it.get('computed')} needs={want_needs}; "
                f"function {res.computed} needs={bool(res.needs)}"
            )
    for p in problems:
        print(p)
    kinds = Counter((it["rule"] or "null").split(".")[0] for it in items)
    verdicts = Counter(
        str((it.get("computed") or {}).get("eligible"))
        for it in items
        if (it["rule"] or "").startswith("eligibility.")
    )
    voices = Counter(it.get("voice") for it in items)
    covered = {it["rule"] for it in items if (it["rule"] or "").startswith("eligibility.")}
    all_elig = {r for r in rules if r.startswith("eligibility.")}
    print(f"kinds: {dict(kinds)}")
    print(f"eligibility verdicts: {dict(verdicts)}")
    print(f"voices: {dict(voices)}")
    print(f"eligibility rules covered: {len(covered)} of {len(all_elig)}")
    if covered != all_elig:
        problems.append(f"eligibility rules not covered: {sorted(all_elig - covered)}")
        print(problems[-1])
    print(f"{agree} of {checked} labels agree")
    return 1 if problems or agree != checked else 0


if __name__ == "__main__":
    sys.exit(main())
