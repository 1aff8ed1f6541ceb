"""Check the labels of bench/own94_setBG.yaml against the pure rule functions.

Every eligibility and deadline item's facts, body and dates were encoded here by hand from
the question (never read from its text by the software): for eligibility items, every fact
the question tells that the rule function reads (true, false, or listed in "uncertain" and set
to None), and the body where the question names it. A measure named (detention, arrest, or a
lighter one) is encoded as the tests/rules/cases files do: that measure true, the other of
detention and arrest false. Each rule function is called directly
and its `computed` (and whether it asks) is compared with the item's label.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own94.py

Prints how many labels agree; exits 1 on any disagreement or malformed item.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own94_setBG.yaml"
VOICES = ("mountain guide", "lottery clerk", "mother alone", "moot judge", "beekeeper")
POLICE, PROC = "police", "procuratorate"


def unsure(*keys: str, **known: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed (listed as uncertain, value None)."""
    facts: dict[str, Any] = dict(known)
    for k in keys:
        facts[k] = None
    facts["uncertain"] = tuple(keys)
    return facts


# (item number, rule, facts, body) - eligibility, in file order
ELIG: list[tuple[int, str, dict[str, Any], str | None]] = [
    (1, "eligibility.bail", {"serious_illness": True}, POLICE),
    (2, "eligibility.detention", {"caught_in_act": True}, POLICE),
    (3, "eligibility.bail", {"minor_penalty_only": True}, POLICE),
    (
        4,
        "eligibility.arrest",
        {
            "evidence_of_crime": True,
            "imprisonment_possible": True,
            "possible_sentence_years": 3,
            "bail_insufficient": True,
            "not_liable_circumstance": False,
        },
        PROC,
    ),
    (5, "eligibility.detention", {"identified_by_witness": True}, POLICE),
    (
        6,
        "eligibility.compelled_appearance",
        {"compel_suspect": True, "compel_failed_summons": True, "summons_valid_reason": False},
        POLICE,
    ),
    (7, "eligibility.arrest_for_bail_breach", {"breach": True}, POLICE),
    (
        8,
        "eligibility.conditional_non_prosecution",
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 1,
            "prosecutable": True,
            "repentance": True,
            "juvenile_objects": False,
        },
        PROC,
    ),
    (9, "eligibility.conditional_np_revocation", {"new_crime": True}, PROC),
    (10, "eligibility.leave_conditional_np", {"cnp_leave_approved": True}, PROC),
    (
        11,
        "eligibility.cppcc_notice",
        {
            "cppcc_member": True,
            "measure_detention": True,
            "measure_arrest": False,
            "urgent_case": True,
        },
        POLICE,
    ),
    (12, "eligibility.family_notice_exception", {"co_suspect_risk": True}, POLICE),
    (
        13,
        "eligibility.juvenile_non_prosecution",
        {"age_at_offence": 15, "secondary_role": True, "minor_crime": True},
        PROC,
    ),
    (14, "eligibility.recusal", {"official_former_investigator": True}, PROC),
    (15, "eligibility.leave_on_bail", {"leave_reason": True, "leave_approved": True}, POLICE),
    (
        16,
        "eligibility.guarantor",
        {
            "guarantor_not_implicated": True,
            "guarantor_rights_unrestricted": True,
            "guarantor_residence_income": True,
        },
        None,
    ),
    (17, "eligibility.lawyer_count", {"lawyer_count": 2}, None),
    (
        18,
        "eligibility.lawyer_meeting_permission",
        {"state_secrets": False, "state_security_crime": False},
        POLICE,
    ),
    (
        19,
        "eligibility.unknown_identity",
        {"identity_unknown": True, "identity_step": "prosecution", "prosecutable": True},
        POLICE,
    ),
    (
        20,
        "eligibility.record_sealing",
        {"age_at_offence": 16, "sentence_years": 3, "not_prosecuted": False},
        None,
    ),
    (
        21,
        "eligibility.search",
        {
            "search_suspect": True,
            "search_warrant": False,
            "search_in_arrest": True,
            "search_emergency": True,
        },
        PROC,
    ),
    (22, "eligibility.surveillance", {"no_bond_or_guarantor": True}, POLICE),
    (
        23,
        "eligibility.detention",
        {"suicide_or_flight": False, "evidence_tampering_risk": False},
        PROC,
    ),
    (24, "eligibility.arrest", {"evidence_of_crime": True, "minor_penalty_only": True}, POLICE),
    (
        25,
        "eligibility.family_notice_exception",
        {"co_suspect_risk": False, "identity_unknown": False, "hinders_or_impossible": False},
        POLICE,
    ),
    (
        26,
        "eligibility.body_examination",
        {"exam_victim": True, "exam_suspect": False, "exam_forced": True},
        PROC,
    ),
    (
        27,
        "eligibility.arrest_for_bail_breach",
        {
            "evasion": False,
            "evidence_tampering": False,
            "left_area": False,
            "missed_summons": False,
            "new_crime": False,
        },
        PROC,
    ),
    (
        28,
        "eligibility.restraints",
        {"restraint_in_measure": True, "restraint_juvenile": True, "restraint_danger": False},
        POLICE,
    ),
    (
        29,
        "eligibility.deputy_permission",
        {
            "npc_deputy": True,
            "deputy_county_up": True,
            "measure_arrest": True,
            "measure_detention": False,
        },
        POLICE,
    ),
    (
        30,
        "eligibility.juvenile_probation",
        {
            "age_at_offence": 17,
            "possible_sentence_years": 5,
            "repentance": True,
            "guardianship": True,
        },
        PROC,
    ),
    (
        31,
        "eligibility.compelled_appearance",
        {"compel_suspect": False, "compel_failed_summons": True, "summons_valid_reason": False},
        POLICE,
    ),
    (32, "eligibility.bail", {"serious_illness": True, "violent_crime": True}, POLICE),
    (
        33,
        "eligibility.surveillance_meeting",
        {"meet_cohabitant": False, "meet_own_lawyer": False, "meet_approved": False},
        POLICE,
    ),
    (
        34,
        "eligibility.sealed_record_access",
        {"requester_judicial": False, "requester_state_rules": False},
        PROC,
    ),
    (35, "eligibility.lawyer_hire_approval", {"state_secrets": True}, POLICE),
    (
        36,
        "eligibility.investigation_experiment",
        {
            "experiment_approved": True,
            "experiment_harmful": True,
            "experiment_compelled": True,
            "experiment_party": True,
        },
        PROC,
    ),
    (
        37,
        "eligibility.leave_under_surveillance",
        {"leave_reason": True, "leave_approved": False},
        POLICE,
    ),
    (
        38,
        "eligibility.surveillance_place",
        {"surveillance_at_custody_place": True, "surveillance_at_residence": False},
        POLICE,
    ),
    (39, "eligibility.shared_lawyer", {"co_suspects_same_case": True}, None),
    (
        40,
        "eligibility.record_unsealing",
        {"new_or_omitted_crime": True, "combined_sentence_years": 4},
        None,
    ),
    (41, "eligibility.recusal_pending", {"recusal_pending": True}, PROC),
    (
        42,
        "eligibility.search",
        {
            "search_suspect": False,
            "search_may_hide": True,
            "search_warrant": False,
            "search_in_arrest": False,
        },
        PROC,
    ),
    (
        43,
        "eligibility.arrest_for_surveillance_breach",
        unsure("violent_witness_interference"),
        POLICE,
    ),
    (
        44,
        "eligibility.bail",
        unsure("recidivist", breastfeeding=True, baby_age_months=4),
        POLICE,
    ),
    (45, "eligibility.arrest_exemption", unsure("serious_illness"), PROC),
    (
        46,
        "eligibility.deputy_permission",
        unsure(
            "deputy_county_up",
            npc_deputy=True,
            measure_other=True,
            measure_detention=False,
            measure_arrest=False,
        ),
        POLICE,
    ),
    (47, "eligibility.surveillance", unsure("pregnant"), POLICE),
    (
        48,
        "eligibility.juvenile_family_meeting",
        unsure("police_consent", family_not_involved=True, repentance=True),
        PROC,
    ),
    (
        49,
        "eligibility.juvenile_non_prosecution",
        {
            "age_at_offence": 15,
            "repentance": True,
            "recidivist": False,
            "minor_crime": True,
            "compensation_settled": False,
        },
        PROC,
    ),
    (
        50,
        "eligibility.detention_without_warrant",
        unsure("detention_emergency", identified_by_witness=True),
        POLICE,
    ),
    (
        51,
        "eligibility.juvenile_probation",
        unsure(
            "community_no_adverse_effect",
            "no_social_danger",
            age_at_offence=16,
            possible_sentence_years=2,
            repentance=True,
            guardianship=True,
        ),
        PROC,
    ),
    (
        52,
        "eligibility.restraints",
        unsure("restraint_resists", restraint_compelled=True, restraint_in_measure=True),
        PROC,
    ),
    (53, "eligibility.leave_on_bail", unsure("leave_approved", leave_reason=True), POLICE),
    (54, "eligibility.recusal", unsure("official_is_party_or_relative"), POLICE),
    (
        55,
        "eligibility.interrogation_outside_custody",
        unsure("out_chief_approval", out_to_recover=True),
        PROC,
    ),
    (56, "eligibility.lawyer_interpreter", unsure("interpreter_permission"), POLICE),
    (
        57,
        "eligibility.guarantor",
        unsure(
            "guarantor_residence_income",
            guarantor_not_implicated=True,
            guarantor_rights_unrestricted=True,
        ),
        None,
    ),
    (
        58,
        "eligibility.record_sealing",
        unsure("sentence_years", age_at_offence=17, not_prosecuted=False),
        None,
    ),
    (
        59,
        "eligibility.lawyer_meeting_permission",
        unsure("state_secrets", "state_security_crime"),
        None,
    ),
    (
        60,
        "eligibility.conditional_non_prosecution",
        unsure(
            "possible_sentence_years",
            age_at_offence=15,
            crime_chapter_4_6=True,
            prosecutable=True,
            repentance=True,
        ),
        PROC,
    ),
]

# (item number, rule, start, keyword arguments) - deadlines, in file order
DEADLINES: list[tuple[int, str, date | datetime | None, dict[str, Any]]] = [
    (61, "deadline.bail_period", date(2025, 11, 14), {"body": POLICE}),
    (62, "deadline.bail_application_reply", date(2026, 2, 27), {"body": POLICE}),
    (63, "deadline.recusal_reconsideration", date(2026, 3, 2), {"body": POLICE}),
    (64, "deadline.direct_acceptance", date(2026, 2, 20), {}),
    (65, "deadline.conditional_np_complaint", date(2026, 3, 2), {}),
    (66, "deadline.forfeiture_review", date(2026, 3, 3), {}),
    (67, "deadline.sealed_record_inquiry", date(2026, 3, 2), {}),
    (68, "deadline.lawyer_permission", date(2026, 3, 3), {"body": POLICE}),
    (69, "deadline.arrest_reconsideration", date(2026, 2, 26), {}),
    (70, "deadline.family_notice_detention", datetime(2026, 3, 2, 21, 40), {"body": POLICE}),
    (71, "deadline.interrogation_arrest", datetime(2026, 3, 5, 6, 15), {"body": POLICE}),
    (72, "deadline.overdue_measure_review", date(2026, 3, 4), {"measure": "detention"}),
    (73, "deadline.custody_recalculation", date(2026, 3, 1), {}),
    (74, "deadline.custody_after_arrest", date(2026, 1, 10), {}),
    (75, "deadline.guarantor_fine_review", None, {}),
    (76, "deadline.juvenile_inform_victim", None, {}),
]


def load() -> list[dict[str, Any]]:
    """The items of the set; raises ValueError when one is malformed."""
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    if not isinstance(items, list) or len(items) != 100:
        raise ValueError("expected a list of 100 items")
    rules = all_rules()
    for n, it in enumerate(items, 1):
        if not isinstance(it.get("q"), str) or "rule" not in it or it.get("voice") not in VOICES:
            raise ValueError(f"item {n}: needs q, rule and a known voice")
        if it["rule"] is not None and it["rule"] not in rules:
            raise ValueError(f"item {n}: unknown rule {it['rule']}")
    return items


def summary(items: list[dict[str, Any]]) -> list[str]:
    """Counts by kind, verdict and voice."""
    kind = Counter((it["rule"] or "none.").split(".")[0] for it in items)
    verdict = Counter(
        str(it["computed"]["eligible"])
        for it in items
        if (it["rule"] or "").startswith("eligibility.")
    )
    voice = Counter(it["voice"] for it in items)
    elig = {it["rule"] for it in items if (it["rule"] or "").startswith("eligibility.")}
    dl = [it["rule"] for it in items if (it["rule"] or "").startswith("deadline.")]
    return [
        f"kinds: {dict(kind)}",
        f"eligibility verdicts: {dict(verdict)}",
        f"voices: {dict(voice)}",
        f"distinct eligibility rules: {len(elig)}; deadline rules: {len(dl)} "
        f"({len(set(dl))} distinct)",
    ]


def check(items: list[dict[str, Any]]) -> tuple[int, list[str]]:
    """Run every encoded item; the number agreeing and the disagreements."""
    rules = all_rules()
    runs: list[tuple[int, str, Any]] = []
    for n, rid, facts, body in ELIG:
        runs.append((n, rid, rules[rid].func(facts, body=body)))
    for n, rid, start, kw in DEADLINES:
        runs.append((n, rid, rules[rid].func(start, **kw)))
    labelled = {n for n, it in enumerate(items, 1) if it["rule"]}
    bad = [
        f"item {n}: labelled but not encoded" for n in sorted(labelled - {n for n, _, _ in runs})
    ]
    ok = 0
    for n, rid, res in runs:
        it = items[n - 1]
        want_needs = bool(it.get("needs"))
        if it["rule"] != rid:
            bad.append(f"item {n}: encoded {rid}, labelled {it['rule']}")
        elif res.computed != it["computed"] or bool(res.needs) != want_needs:
            bad.append(
                f"item {n} {rid}: label {it['computed']} needs={want_needs}, "
                f"function {res.computed} needs={bool(res.needs)}"
            )
        else:
            ok += 1
    return ok, bad


def main() -> int:
    try:
        items = load()
    except ValueError as exc:
        print(f"malformed set: {exc}")
        return 1
    for line in summary(items):
        print(line)
    ok, bad = check(items)
    for line in bad:
        print("DISAGREES:", line)
    total = sum(1 for it in items if it["rule"])
    print(f"{ok} of {total} labels agree with the rule functions")
    return 0 if not bad and ok == total else 1


if __name__ == "__main__":
    sys.exit(main())
