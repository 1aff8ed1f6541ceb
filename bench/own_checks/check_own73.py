"""Label check for bench/own73_setAL.yaml (training set AL, 100 questions).

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script checks it by calling the pure rule function on facts and
dates encoded by hand here (never on a question's text). For each eligibility item CHECKS
holds every fact the question tells that the rule reads (True / False / a number; a fact told
as unknown or disputed is None and listed under "uncertain") and the body where the question
names it. The script also checks the set's shape: 100 items, every rule id registered, the
counts by kind, verdict and voice.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own73.py

Prints how many labels agree; exits 1 on any disagreement.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own73_setAL.yaml"
T, F = True, False


def unsure(*keys: str, **known: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed (None, listed under "uncertain")."""
    return {**known, **{k: None for k in keys}, "uncertain": keys}


# item number -> (rule, facts, body) for eligibility; (rule, start, keyword args) for deadlines
ELIG: dict[int, tuple[str, dict[str, Any], str | None]] = {
    1: ("eligibility.bail", {"pregnant": T, "recidivist": F}, "police"),
    2: ("eligibility.detention", {"caught_in_act": T}, "police"),
    3: (
        "eligibility.conditional_non_prosecution",
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": T,
            "possible_sentence_years": 0.5,
            "prosecutable": T,
            "repentance": T,
        },
        "procuratorate",
    ),
    4: (
        "eligibility.arrest",
        {"evidence_of_crime": T, "imprisonment_possible": T, "bail_insufficient": T},
        "police",
    ),
    5: ("eligibility.recusal_pending", {"recusal_pending": T}, "procuratorate"),
    6: (
        "eligibility.arrest_exemption",
        {"breastfeeding": T, "baby_age_months": 14},
        "procuratorate",
    ),
    7: (
        "eligibility.detention_without_warrant",
        unsure("detention_emergency", caught_in_act=T),
        "police",
    ),
    8: (
        "eligibility.record_sealing",
        {"age_at_offence": 19, "sentence_years": 2, "not_prosecuted": F},
        None,
    ),
    9: (
        "eligibility.arrest_for_surveillance_breach",
        {
            "unapproved_meetings": F,
            "evasion": F,
            "violent_witness_interference": F,
            "evidence_tampering": F,
            "new_crime": F,
            "left_area": F,
            "missed_summons": F,
            "other_serious_violation": F,
        },
        "police",
    ),
    10: ("eligibility.surveillance_place", {"surveillance_at_custody_place": T}, "police"),
    11: (
        "eligibility.body_examination",
        {"exam_victim": T, "exam_suspect": F, "exam_forced": T},
        "procuratorate",
    ),
    12: (
        "eligibility.search",
        {"search_suspect": T, "search_woman_by_man": T},
        "procuratorate",
    ),
    13: (
        "eligibility.juvenile_probation",
        {"age_at_offence": 17, "possible_sentence_years": 2, "repentance": T, "recidivist": F},
        "procuratorate",
    ),
    14: ("eligibility.guarantor", {"guarantor_not_implicated": F}, "police"),
    15: ("eligibility.conditional_np_revocation", {"new_crime": T}, "procuratorate"),
    16: ("eligibility.surveillance", unsure("serious_illness"), "police"),
    17: ("eligibility.compelled_appearance", {"compel_suspect": F}, "police"),
    18: (
        "eligibility.lawyer_meeting_permission",
        {"state_secrets": F, "state_security_crime": F},
        "police",
    ),
    19: (
        "eligibility.sealed_record_access",
        {"requester_judicial": F, "requester_state_rules": F},
        "procuratorate",
    ),
    20: ("eligibility.leave_on_bail", unsure("leave_approved", leave_reason=T), "police"),
    21: (
        "eligibility.leave_under_surveillance",
        {"leave_reason": T, "leave_approved": T},
        "police",
    ),
    22: ("eligibility.unknown_identity", {"identity_unknown": T, "evidence_of_crime": T}, "police"),
    23: (
        "eligibility.juvenile_non_prosecution",
        {"age_at_offence": 15, "secondary_role": T, "minor_crime": T},
        "procuratorate",
    ),
    24: (
        "eligibility.deputy_permission",
        {
            "npc_deputy": T,
            "deputy_county_up": T,
            "measure_detention": T,
            "measure_arrest": F,
            "caught_in_act": F,
        },
        "police",
    ),
    25: (
        "eligibility.record_sealing",
        unsure("sentence_years", age_at_offence=16, not_prosecuted=F),
        None,
    ),
    26: ("eligibility.leave_on_bail", {"leave_reason": T, "leave_approved": F}, "police"),
    27: ("eligibility.shared_lawyer", {"co_suspects_same_case": T}, None),
    28: (
        "eligibility.record_unsealing",
        unsure("combined_sentence_years", new_or_omitted_crime=T),
        None,
    ),
    29: ("eligibility.search", {"search_suspect": T, "search_warrant": T}, "procuratorate"),
    30: (
        "eligibility.sealed_record_access",
        unsure("requester_state_rules", requester_judicial=F),
        "procuratorate",
    ),
    31: (
        "eligibility.guarantor",
        {
            "guarantor_not_implicated": T,
            "guarantor_residence_income": T,
            "guarantor_rights_unrestricted": T,
        },
        "police",
    ),
    32: (
        "eligibility.cppcc_notice",
        unsure("urgent_case", cppcc_member=T, measure_detention=T, measure_arrest=F),
        "police",
    ),
    33: ("eligibility.leave_conditional_np", {"cnp_leave_approved": F}, "procuratorate"),
    34: ("eligibility.compelled_appearance", unsure("compel_suspect"), "police"),
    35: (
        "eligibility.surveillance_meeting",
        {"meet_cohabitant": F, "meet_own_lawyer": F, "meet_approved": F},
        "police",
    ),
    36: (
        "eligibility.restraints",
        {"restraint_in_measure": T, "restraint_juvenile": T, "restraint_danger": F},
        "police",
    ),
    37: ("eligibility.family_notice_exception", {"co_suspect_risk": T}, "police"),
    38: (
        "eligibility.surveillance_meeting",
        {"meet_cohabitant": F, "meet_own_lawyer": F, "meet_approved": T},
        "police",
    ),
    39: ("eligibility.lawyer_interpreter", unsure("interpreter_permission"), "police"),
    40: (
        "eligibility.body_examination",
        {"exam_victim": T, "exam_woman_by_man": F},
        "procuratorate",
    ),
    41: (
        "eligibility.detention",
        {"suicide_or_flight": F, "evidence_tampering_risk": F},
        "procuratorate",
    ),
    42: ("eligibility.lawyer_count", {"lawyer_count": 3}, "police"),
    43: (
        "eligibility.family_notice_exception",
        {"co_suspect_risk": T, "hinders_or_impossible": F},
        "procuratorate",
    ),
    44: ("eligibility.arrest_for_bail_breach", {"evasion": T}, "police"),
    45: ("eligibility.lawyer_interpreter", {"interpreter_permission": T}, "police"),
    46: (
        "eligibility.deputy_permission",
        unsure(
            "deputy_county_up",
            npc_deputy=T,
            measure_other=T,
            measure_detention=F,
            measure_arrest=F,
        ),
        "police",
    ),
    47: ("eligibility.restraints", {"restraint_in_measure": T, "restraint_juvenile": F}, "police"),
    48: ("eligibility.lawyer_hire_approval", unsure("state_secrets"), "police"),
    49: (
        "eligibility.cppcc_notice",
        {"cppcc_member": T, "measure_other": T, "measure_detention": F, "measure_arrest": F},
        "police",
    ),
    50: (
        "eligibility.leave_under_surveillance",
        unsure("leave_approved", leave_reason=T),
        "police",
    ),
    51: (
        "eligibility.interrogation_outside_custody",
        {"out_to_recover": T, "out_chief_approval": T},
        "procuratorate",
    ),
    52: ("eligibility.arrest_for_bail_breach", unsure("missed_summons"), "procuratorate"),
    53: ("eligibility.bail", {"recidivist": T, "minor_penalty_only": T}, "police"),
    54: (
        "eligibility.bail",
        unsure("egregious_crime", no_social_danger=T),
        "procuratorate",
    ),
    55: ("eligibility.bail", {"breastfeeding": T, "baby_age_months": 18}, "procuratorate"),
    56: ("eligibility.investigation_experiment", unsure("experiment_approved"), "procuratorate"),
    57: ("eligibility.recusal", {"official_gifts_or_meetings": T}, "police"),
    58: (
        "eligibility.juvenile_family_meeting",
        unsure("police_consent", family_not_involved=T, repentance=T),
        "procuratorate",
    ),
    59: (
        "eligibility.arrest",
        unsure("bail_insufficient", evidence_of_crime=T, imprisonment_possible=T),
        "police",
    ),
    60: ("eligibility.investigation_experiment", {"experiment_harmful": T}, "procuratorate"),
}

DEADLINE: dict[int, tuple[str, date | datetime | None, dict[str, Any]]] = {
    61: ("deadline.guarantor_fine_review", date(2026, 3, 3), {}),
    62: ("deadline.bail_application_reply", date(2026, 3, 3), {"body": "police"}),
    63: ("deadline.juvenile_inform_victim", date(2026, 2, 26), {}),
    64: ("deadline.arrest_reconsideration", date(2026, 3, 2), {}),
    65: ("deadline.sealed_record_inquiry", None, {}),
    66: ("deadline.family_notice_detention", datetime(2026, 3, 4, 22, 15), {"body": "police"}),
    67: ("deadline.interrogation_arrest", datetime(2026, 3, 5, 1, 30), {"body": "police"}),
    68: ("deadline.conditional_np_complaint", None, {}),
    69: ("deadline.no_filing_reasons", date(2026, 2, 27), {}),
    70: ("deadline.surveillance_period", date(2026, 1, 20), {"body": "police"}),
    71: ("deadline.overdue_measure_review", date(2026, 3, 2), {"measure": "bail"}),
    72: ("deadline.forfeiture_review", date(2026, 3, 4), {}),
    73: ("deadline.custody_after_arrest", date(2026, 1, 15), {}),
    74: ("deadline.file_case_after_notice", date(2026, 3, 2), {}),
    75: ("deadline.lawyer_permission", date(2026, 3, 4), {"body": "police"}),
    76: ("deadline.recusal_reconsideration", date(2026, 3, 3), {"body": "police"}),
}

VOICES = ("village doctor", "karaoke manager", "retired couple", "debt collector", "chaplain")


def shape_problems(items: list[dict[str, Any]], rules: set[str]) -> list[str]:
    """What is wrong with the set's shape (empty when nothing)."""
    out = []
    if len(items) != 100:
        out.append(f"{len(items)} items, expected 100")
    kinds = Counter((it["rule"] or "null.").split(".")[0] for it in items)
    if kinds != Counter({"eligibility": 60, "deadline": 16, "null": 24}):
        out.append(f"kinds {dict(kinds)}")
    unknown = sorted({it["rule"] for it in items if it["rule"] and it["rule"] not in rules})
    if unknown:
        out.append(f"unknown rules {unknown}")
    elig = {r for r in rules if r.startswith("eligibility.")}
    missing = sorted(elig - {it["rule"] for it in items})
    if missing:
        out.append(f"eligibility rules not covered {missing}")
    voices = Counter(it["voice"] for it in items)
    if voices != Counter(dict.fromkeys(VOICES, 20)):
        out.append(f"voices {dict(voices)}")
    return out


def check(n: int, item: dict[str, Any]) -> str | None:
    """None when the function agrees with item n's label, else why not."""
    spec = all_rules()[item["rule"]]
    if n in ELIG:
        rule, facts, body = ELIG[n]
        res = spec.func(facts, body=body)
    else:
        rule, start, kwargs = DEADLINE[n]
        res = spec.func(start, **kwargs)
    if rule != item["rule"]:
        return f"check is for {rule}"
    want_needs = bool(item.get("needs"))
    if res.computed != (item.get("computed") or {}) or bool(res.needs) != want_needs:
        return f"function gives {res.computed} needs={bool(res.needs)}"
    return None


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    problems = shape_problems(items, set(all_rules()))
    ruled = [(n, it) for n, it in enumerate(items, 1) if it["rule"]]
    if {n for n, _ in ruled} != set(ELIG) | set(DEADLINE):
        problems.append("CHECKS do not cover exactly the rule items")
    agree = 0
    for n, it in ruled:
        why = check(n, it) if n in ELIG or n in DEADLINE else "no check"
        if why is None:
            agree += 1
        else:
            problems.append(f"item {n} ({it['rule']}): {why}")
    verdicts = Counter(
        str(it["computed"]["eligible"]) for _, it in ruled if it["rule"].startswith("elig")
    )
    print(f"{agree}/{len(ruled)} labels agree with the rule functions")
    print(f"eligibility verdicts: {dict(verdicts)}")
    print(f"voices: {dict(Counter(it['voice'] for it in items))}")
    for p in problems:
        print(f"PROBLEM: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
