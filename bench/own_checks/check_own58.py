"""Check the labels of bench/own58_setW.yaml against the pure rule functions.

Every eligibility and deadline item's label was worked out by hand from the article and the
rule's docstring; here each is checked by calling the registered rule function on facts, a
body and dates encoded by hand below (never on the question's text). For each eligibility
item the facts are every fact the question tells that the rule reads: True, False, a number,
or U (told as unknown or disputed: the key is None and listed under `uncertain`); facts the
question does not mention are left out. Also checks the file's shape: 100 items, every rule
id registered, all 39 eligibility rules covered, the counts by kind, verdict and voice.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own58.py

Prints how many labels agree; exits non-zero on any disagreement or shape error.
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

SET = Path(__file__).resolve().parents[1] / "own58_setW.yaml"
T, F = True, False
U = object()  # told as unknown or disputed
VOICES = ("rider", "novelist", "codefendant", "clerk", "owner")
# fact keys the rule functions read that facts.QUESTIONS does not list
EXTRA_KEYS = {
    "cppcc_member",
    "measure_other",
    "measure_arrest",
    "summons_valid_reason",
    "exam_forced",
    "experiment_compelled",
    "measure_by_procuratorate",
    "identity_step",
    "minor_injury_case",
    "negligent_crime",
    "instigated",
    "search_forcible",
}

# item number -> (rule id, body, hand-encoded facts, expected eligible)
ELIG: dict[int, tuple[str, str | None, dict[str, Any], bool | None]] = {
    1: ("bail", "police", {"pregnant": T}, T),
    2: ("detention", "procuratorate", {"suicide_or_flight": F, "evidence_tampering_risk": F}, F),
    3: ("bail", "police", {"serious_illness": T, "gang_principal": U}, None),
    4: (
        "guarantor",
        None,
        {
            "guarantor_not_implicated": T,
            "guarantor_rights_unrestricted": T,
            "guarantor_residence_income": T,
        },
        T,
    ),
    5: ("surveillance", "police", {"minor_penalty_only": T, "no_bond_or_guarantor": T}, T),
    6: (
        "search",
        "procuratorate",
        {"search_suspect": T, "search_warrant": F, "search_in_arrest": F},
        F,
    ),
    7: (
        "body_examination",
        "procuratorate",
        {"exam_victim": T, "exam_forced": F, "exam_woman_by_man": F},
        T,
    ),
    8: ("shared_lawyer", "police", {"co_suspects_same_case": T}, F),
    9: (
        "sealed_record_access",
        "procuratorate",
        {"requester_judicial": F, "requester_state_rules": U},
        None,
    ),
    10: ("surveillance", "police", {"minor_penalty_only": U}, None),
    11: (
        "detention",
        "police",
        {"caught_in_act": F, "evidence_found_on_person": F, "identified_by_witness": U},
        None,
    ),
    12: (
        "detention_without_warrant",
        "police",
        {
            "caught_in_act": T,
            "evidence_found_on_person": T,
            "detention_emergency": T,
            "detention_papers_late": F,
        },
        T,
    ),
    13: ("family_notice_exception", "police", {"co_suspect_risk": T}, T),
    14: (
        "guarantor",
        None,
        {"guarantor_not_implicated": F, "guarantor_residence_income": T},
        F,
    ),
    15: (
        "guarantor",
        None,
        {
            "guarantor_residence_income": T,
            "guarantor_rights_unrestricted": T,
            "guarantor_not_implicated": U,
        },
        None,
    ),
    16: ("leave_on_bail", "police", {"leave_reason": T, "leave_approved": T}, T),
    17: (
        "deputy_permission",
        "procuratorate",
        {"npc_deputy": T, "deputy_county_up": T, "measure_arrest": T, "measure_detention": F},
        F,
    ),
    18: ("lawyer_hire_approval", "police", {"state_secrets": U}, None),
    19: ("lawyer_hire_approval", "police", {"state_secrets": T}, F),
    20: ("leave_on_bail", "police", {"leave_reason": T, "leave_approved": U}, None),
    21: ("leave_under_surveillance", "police", {"leave_reason": T, "leave_approved": F}, F),
    22: ("cppcc_notice", "police", {"cppcc_member": T, "measure_other": T}, T),
    23: (
        "lawyer_meeting_permission",
        "police",
        {"state_secrets": F, "state_security_crime": F},
        T,
    ),
    24: ("lawyer_interpreter", "police", {"interpreter_permission": U}, None),
    25: ("leave_under_surveillance", "police", {"leave_reason": T, "leave_approved": U}, None),
    26: ("restraints", "police", {"restraint_in_measure": T, "restraint_juvenile": F}, T),
    27: (
        "interrogation_outside_custody",
        "procuratorate",
        {"out_to_identify": T, "out_chief_approval": T, "out_escort_short": T},
        F,
    ),
    28: (
        "arrest",
        "procuratorate",
        {"evidence_of_crime": T, "imprisonment_possible": T, "bail_insufficient": T},
        T,
    ),
    29: ("family_notice_exception", "procuratorate", {"hinders_or_impossible": F}, F),
    30: (
        "restraints",
        "police",
        {"restraint_in_measure": T, "restraint_juvenile": T, "restraint_danger": F},
        F,
    ),
    31: ("unknown_identity", "police", {"identity_unknown": T, "evidence_of_crime": U}, None),
    32: ("recusal", "procuratorate", {"official_former_investigator": T}, T),
    33: ("recusal_pending", "police", {"recusal_pending": T}, F),
    34: ("bail", "procuratorate", {"breastfeeding": T, "baby_age_months": 18}, T),
    35: (
        "recusal",
        "police",
        {
            "official_is_party_or_relative": F,
            "official_interest": F,
            "official_prior_role": F,
            "official_gifts_or_meetings": F,
        },
        F,
    ),
    36: (
        "compelled_appearance",
        "police",
        {"compel_suspect": T, "compel_failed_summons": T, "summons_valid_reason": F},
        T,
    ),
    37: (
        "surveillance_place",
        "police",
        {"surveillance_at_residence": F, "surveillance_at_custody_place": T},
        F,
    ),
    38: (
        "juvenile_non_prosecution",
        "procuratorate",
        {"age_at_offence": 16, "secondary_role": T, "minor_crime": T},
        T,
    ),
    39: (
        "sealed_record_access",
        "procuratorate",
        {"requester_judicial": F, "requester_state_rules": F},
        F,
    ),
    40: ("arrest_exemption", "procuratorate", {"pregnant": T}, T),
    41: ("lawyer_count", "police", {"lawyer_count": 3}, F),
    42: (
        "unknown_identity",
        "procuratorate",
        {
            "identity_unknown": T,
            "evidence_of_crime": T,
            "imprisonment_possible": T,
            "bail_insufficient": U,
        },
        None,
    ),
    43: ("arrest_exemption", "procuratorate", {"serious_illness": U}, None),
    44: (
        "record_sealing",
        "procuratorate",
        {"age_at_offence": 17, "sentence_years": 2, "not_prosecuted": F},
        T,
    ),
    45: (
        "record_sealing",
        None,
        {"age_at_offence": 17, "sentence_years": 6, "not_prosecuted": F},
        F,
    ),
    46: (
        "surveillance_meeting",
        "police",
        {"meet_cohabitant": F, "meet_own_lawyer": F, "meet_approved": F},
        F,
    ),
    47: ("arrest_for_surveillance_breach", "procuratorate", {"evasion": T}, T),
    48: (
        "conditional_non_prosecution",
        "procuratorate",
        {
            "age_at_offence": 15,
            "crime_chapter_4_6": T,
            "possible_sentence_years": 1,
            "repentance": T,
            "prosecutable": U,
        },
        None,
    ),
    49: ("record_unsealing", None, {"new_or_omitted_crime": T, "combined_sentence_years": 7}, T),
    50: (
        "juvenile_probation",
        "procuratorate",
        {
            "age_at_offence": 17,
            "possible_sentence_years": 2,
            "repentance": T,
            "recidivist": F,
            "guardianship": T,
            "community_no_adverse_effect": T,
            "no_social_danger": T,
        },
        T,
    ),
    51: ("arrest_for_bail_breach", "police", {"left_area": T}, T),
    52: (
        "search",
        "procuratorate",
        {
            "search_suspect": T,
            "search_warrant": F,
            "search_in_arrest": T,
            "search_emergency": U,
        },
        None,
    ),
    53: ("juvenile_family_meeting", "procuratorate", {"family_not_involved": F}, F),
    54: ("arrest_for_bail_breach", "police", {"evidence_tampering": U}, None),
    55: ("leave_conditional_np", "procuratorate", {"cnp_leave_approved": F}, F),
    56: ("lawyer_meeting_permission", "police", {"state_security_crime": U}, None),
    57: (
        "investigation_experiment",
        "procuratorate",
        {"experiment_harmful": F, "experiment_approved": U},
        None,
    ),
    58: (
        "juvenile_non_prosecution",
        "procuratorate",
        {"age_at_offence": 19, "secondary_role": T},
        F,
    ),
    59: (
        "conditional_np_revocation",
        "procuratorate",
        {"np_public_order_violation": T, "np_serious": U, "np_repeated": F},
        None,
    ),
    60: (
        "juvenile_family_meeting",
        "procuratorate",
        {"family_not_involved": T, "police_consent": T, "facts_ascertained": T, "repentance": T},
        T,
    ),
}

# item number -> (rule id, start, keyword arguments, expected computed)
DEADLINE: dict[int, tuple[str, date | datetime | None, dict[str, Any], dict[str, str]]] = {
    61: (
        "bail_application_reply",
        date(2026, 3, 2),
        {"body": "police"},
        {"deadline": "2026-03-09"},
    ),
    62: ("arrest_reconsideration", date(2026, 2, 27), {}, {"deadline": "2026-03-06"}),
    63: (
        "recusal_reconsideration",
        date(2026, 3, 4),
        {"body": "police"},
        {"deadline": "2026-03-09"},
    ),
    64: ("guarantor_fine_review", date(2026, 3, 2), {}, {"deadline": "2026-03-07"}),
    65: ("conditional_np_complaint", date(2026, 2, 27), {}, {"deadline": "2026-03-06"}),
    66: (
        "interrogation_arrest",
        datetime(2026, 3, 3, 22, 40),
        {"body": "police"},
        {"deadline": "2026-03-04T22:40"},
    ),
    67: ("custody_recalculation", date(2026, 3, 1), {}, {"deadline": "2026-03-06"}),
    68: (
        "family_notice_detention",
        datetime(2026, 3, 3, 23, 15),
        {"body": "police"},
        {"deadline": "2026-03-04T23:15"},
    ),
    69: ("forfeiture_review", date(2026, 3, 3), {}, {"deadline": "2026-03-08"}),
    70: ("juvenile_inform_victim", date(2026, 2, 24), {}, {"deadline": "2026-02-27"}),
    71: ("surveillance_period", date(2026, 1, 20), {"body": "police"}, {"deadline": "2026-07-20"}),
    72: ("file_case_after_notice", date(2026, 2, 16), {}, {"deadline": "2026-03-03"}),
    73: ("lawyer_permission", None, {"body": "police"}, {}),
    74: ("sealed_record_inquiry", date(2026, 3, 2), {}, {"deadline": "2026-03-09"}),
    75: ("bail_period", date(2025, 10, 10), {"body": "police"}, {"deadline": "2026-10-10"}),
    76: ("overdue_measure_review", None, {"measure": "detention"}, {}),
}


def encode(facts: dict[str, Any]) -> dict[str, Any]:
    """The facts mapping a rule function takes: U keys are None and listed as uncertain."""
    out = {k: (None if v is U else v) for k, v in facts.items()}
    unsure = [k for k, v in facts.items() if v is U]
    if unsure:
        out["uncertain"] = unsure
    return out


def check_elig(n: int, item: dict[str, Any], rules: dict[str, Any]) -> list[str]:
    rid, body, facts, eligible = ELIG[n]
    rid = f"eligibility.{rid}"
    errs = []
    unknown = sorted(set(facts) - set(QUESTIONS) - EXTRA_KEYS)
    if unknown:
        errs.append(f"item {n}: unknown fact keys {unknown}")
    if item["rule"] != rid:
        errs.append(f"item {n}: file says {item['rule']}, check encodes {rid}")
    label = {"eligible": eligible}
    if item.get("computed") != label:
        errs.append(f"item {n}: file computed {item.get('computed')}, hand label {label}")
    if bool(item.get("needs")) != (eligible is None):
        errs.append(f"item {n}: needs {item.get('needs')} but eligible {eligible}")
    res = rules[rid].func(encode(facts), body=body)
    if res.computed != label or bool(res.needs) != (eligible is None):
        errs.append(f"item {n}: {rid} gives {res.computed} needs={bool(res.needs)}, label {label}")
    return errs


def check_deadline(n: int, item: dict[str, Any], rules: dict[str, Any]) -> list[str]:
    rid, start, kwargs, computed = DEADLINE[n]
    rid = f"deadline.{rid}"
    errs = []
    if item["rule"] != rid:
        errs.append(f"item {n}: file says {item['rule']}, check encodes {rid}")
    if item.get("computed") != computed:
        errs.append(f"item {n}: file computed {item.get('computed')}, hand label {computed}")
    if bool(item.get("needs")) != (not computed):
        errs.append(f"item {n}: needs {item.get('needs')} but computed {computed}")
    res = rules[rid].func(start, **kwargs)
    if res.computed != computed or bool(res.needs) != (not computed):
        errs.append(
            f"item {n}: {rid} gives {res.computed} needs={bool(res.needs)}, label {computed}"
        )
    return errs


def check_shape(items: list[dict[str, Any]], rules: dict[str, Any]) -> list[str]:
    errs = []
    if len(items) != 100:
        errs.append(f"{len(items)} items, expected 100")
    for n, it in enumerate(items, 1):
        if not isinstance(it.get("q"), str) or "rule" not in it:
            errs.append(f"item {n}: needs q and rule")
        elif it["rule"] is not None and it["rule"] not in rules:
            errs.append(f"item {n}: unknown rule {it['rule']}")
        elif it["rule"] is None and (it.get("computed") or it.get("needs")):
            errs.append(f"item {n}: a null item has computed or needs")
        if it.get("voice") not in VOICES:
            errs.append(f"item {n}: voice {it.get('voice')!r}")
    kinds = Counter((it["rule"] or "null.").split(".")[0] for it in items)
    if kinds != Counter({"eligibility": 60, "deadline": 16, "null": 24}):
        errs.append(f"kinds {dict(kinds)}")
    voices = Counter(it.get("voice") for it in items)
    if set(voices.values()) != {20}:
        errs.append(f"voices {dict(voices)}")
    elig = {r for r in rules if r.startswith("eligibility.")}
    missing = elig - {it["rule"] for it in items}
    if missing:
        errs.append(f"eligibility rules not covered: {sorted(missing)}")
    deadlines = [it["rule"] for it in items if (it["rule"] or "").startswith("deadline.")]
    if len(set(deadlines)) != len(deadlines):
        errs.append("a deadline rule is used twice")
    if set(ELIG) | set(DEADLINE) != {n for n, it in enumerate(items, 1) if it["rule"]}:
        errs.append("the checks do not cover exactly the items with a rule")
    return errs


def main() -> int:
    rules = all_rules()
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    errs = check_shape(items, rules)
    agree = 0
    for n, it in enumerate(items, 1):
        if n in ELIG:
            item_errs = check_elig(n, it, rules)
        elif n in DEADLINE:
            item_errs = check_deadline(n, it, rules)
        else:
            continue
        agree += not item_errs
        errs += item_errs
    verdicts = Counter(
        str(it["computed"]["eligible"]) for it in items if (it["rule"] or "").startswith("elig")
    )
    print(f"eligibility verdicts: {dict(verdicts)}")
    print(f"labels checked: {len(ELIG) + len(DEADLINE)}; agree: {agree}")
    for e in errs:
        print("DISAGREE:", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
