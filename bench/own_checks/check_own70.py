"""Check the labels of bench/own70_setAI.yaml against the pure rule functions.

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script calls each rule function on facts and dates encoded here by
hand (never on a question's text) and compares the result with the label: the rule id exists,
`computed` is equal, and `needs` is set exactly when the label says so. Null items must have
no check. For each eligibility item the facts are every fact the question tells that the rule
function reads (told true: True; told false: False; told as unknown or disputed: None and
listed under "uncertain"; not mentioned: left out), with `body` where the question names the
acting body.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own70.py

Prints the number of labels that agree and exits non-zero on any disagreement.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own70_setAI.yaml"
POLICE, SPP = "police", "procuratorate"


def unsure(*keys: str, **told: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed (None, listed as uncertain)."""
    return {**told, **dict.fromkeys(keys), "uncertain": keys}


def elig(facts: dict[str, Any], body: str | None = None) -> dict[str, Any]:
    return {"facts": facts, "body": body}


def dl(start: date | datetime | None, **kw: Any) -> dict[str, Any]:
    return {"start": start, **kw}


# item number (1-based, file order) -> the inputs of its rule function
CHECKS: dict[int, dict[str, Any]] = {
    # --- eligibility ---
    1: elig({"compel_suspect": False, "compel_failed_summons": True}, POLICE),
    2: elig({"serious_illness": True, "recidivist": False, "violent_crime": False}, POLICE),
    3: elig({"state_secrets": True}, POLICE),
    4: elig(
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 1,
            "prosecutable": True,
            "repentance": True,
            "juvenile_objects": False,
        }
    ),
    5: elig(
        {"evidence_of_crime": True, "minor_penalty_only": True, "imprisonment_possible": False},
        POLICE,
    ),
    6: elig({"exam_victim": True, "exam_suspect": False}, SPP),
    7: elig({"serious_illness": True}, SPP),
    8: elig({"co_suspects_same_case": True}, POLICE),
    9: elig({"age_at_offence": 19, "minor_crime": True, "surrender_or_merit": True}),
    10: elig({"identified_by_witness": True}, POLICE),
    11: elig(unsure("experiment_approved", experiment_compelled=True, experiment_party=True), SPP),
    12: elig({"surveillance_at_residence": False, "surveillance_at_custody_place": True}, POLICE),
    13: elig({"lawyer_count": 2}, POLICE),
    14: elig(
        unsure(
            "community_no_adverse_effect",
            age_at_offence=17,
            possible_sentence_years=2,
            repentance=True,
            recidivist=False,
            guardianship=True,
            no_social_danger=True,
        ),
        SPP,
    ),
    15: elig(unsure("leave_approved", leave_reason=True), POLICE),
    16: elig({"caught_in_act": True, "evidence_found_on_person": True}, POLICE),
    17: elig({"meet_cohabitant": False, "meet_own_lawyer": False, "meet_approved": True}, POLICE),
    18: elig(unsure("co_suspect_risk"), POLICE),
    19: elig({"new_crime": True}, SPP),
    20: elig({"identity_unknown": True}, POLICE),
    21: elig({"search_warrant": False, "search_in_arrest": False, "search_suspect": False}, SPP),
    22: elig(
        {
            "npc_deputy": True,
            "deputy_county_up": True,
            "measure_other": True,
            "measure_detention": False,
            "measure_arrest": False,
        },
        POLICE,
    ),
    23: elig({"search_warrant": True, "search_suspect": True}, SPP),
    24: elig({"cnp_leave_approved": False}, SPP),
    25: elig({"co_suspects_same_case": False}),
    26: elig({"restraint_in_measure": True, "restraint_juvenile": False}, POLICE),
    27: elig(unsure("measure_detention", "measure_other", cppcc_member=True), POLICE),
    28: elig({"out_to_recover": True}, SPP),
    29: elig({"state_secrets": False, "state_security_crime": False}, POLICE),
    30: elig(
        unsure("restraint_danger", restraint_in_measure=True, restraint_juvenile=True), POLICE
    ),
    31: elig({"leave_reason": True, "leave_approved": False}, POLICE),
    32: elig(
        {
            "guarantor_rights_unrestricted": False,
            "guarantor_residence_income": True,
            "guarantor_not_implicated": True,
        }
    ),
    33: elig(
        {
            "identity_unknown": True,
            "evidence_of_crime": True,
            "imprisonment_possible": True,
            "bail_insufficient": True,
        },
        SPP,
    ),
    34: elig(
        {"restraint_in_measure": True, "restraint_juvenile": True, "restraint_danger": False},
        POLICE,
    ),
    35: elig(
        {"compel_suspect": True, "compel_failed_summons": True, "compel_outside_area": False},
        POLICE,
    ),
    36: elig(
        {
            "guarantor_not_implicated": True,
            "guarantor_rights_unrestricted": True,
            "guarantor_residence_income": True,
        },
        POLICE,
    ),
    37: elig(unsure("police_consent", family_not_involved=True, repentance=True), SPP),
    38: elig({"leave_reason": True, "leave_approved": True}, POLICE),
    39: elig(
        unsure(
            "other_serious_violation",
            "unapproved_meetings",
            evasion=False,
            evidence_tampering=False,
            violent_witness_interference=False,
            new_crime=False,
        ),
        POLICE,
    ),
    40: elig(
        {
            "missed_summons": False,
            "left_area": False,
            "evasion": False,
            "evidence_tampering": False,
            "new_crime": False,
        },
        SPP,
    ),
    41: elig({"official_is_party_or_relative": True}, POLICE),
    42: elig({"age_at_offence": 16, "sentence_years": 2, "not_prosecuted": False}),
    43: elig({"pregnant": True, "recidivist": True}, POLICE),
    44: elig({"surveillance_at_residence": True}, POLICE),
    45: elig(unsure("state_secrets", state_security_crime=False), POLICE),
    46: elig(unsure("interpreter_permission"), POLICE),
    47: elig({"recusal_pending": True}, POLICE),
    48: elig(
        unsure(
            "left_area",
            breach=True,
            new_crime=False,
            evasion=False,
            evidence_tampering=False,
            missed_summons=False,
        ),
        SPP,
    ),
    49: elig({"co_suspect_risk": True, "hinders_or_impossible": False}, SPP),
    50: elig({"identity_unknown": True, "evidence_of_crime": False}, POLICE),
    51: elig(unsure("serious_illness"), SPP),
    52: elig(unsure("requester_judicial", "requester_state_rules")),
    53: elig(
        {
            "official_is_party_or_relative": False,
            "official_interest": False,
            "official_prior_role": False,
            "official_gifts_or_meetings": False,
        },
        POLICE,
    ),
    54: elig(unsure("official_former_investigator"), SPP),
    55: elig({"leave_reason": True, "leave_approved": False}, POLICE),
    56: elig({"identified_by_witness": True, "detention_emergency": False}, POLICE),
    57: elig(unsure("serious_illness"), POLICE),
    58: elig(unsure("combined_sentence_years", new_or_omitted_crime=True)),
    59: elig(unsure("sentence_years", age_at_offence=17, not_prosecuted=False)),
    60: elig(unsure("detention_emergency", caught_in_act=True), POLICE),
    # --- deadline ---
    61: dl(datetime(2026, 3, 3, 22, 40), body=POLICE),  # Tuesday 22:40
    62: dl(None),  # the day the fine decision was received is not known
    63: dl(date(2026, 3, 3), body=POLICE),
    64: dl(date(2026, 2, 26)),
    65: dl(None, body=POLICE),  # no date of the application
    66: dl(date(2026, 3, 2)),  # Monday
    67: dl(date(2026, 2, 26)),
    68: dl(date(2025, 3, 20), body=POLICE),  # 20 March last year
    69: dl(date(2026, 3, 2)),
    70: dl(date(2026, 3, 1)),  # Sunday
    71: dl(datetime(2026, 3, 5, 1, 15), body=POLICE),  # 01:15 this morning
    72: dl(date(2026, 3, 2), measure="bail"),  # Monday
    73: dl(date(2026, 3, 3), body=POLICE),  # Tuesday
    74: dl(date(2026, 2, 23)),
    75: dl(date(2026, 3, 2)),  # Monday
    76: dl(date(2025, 11, 12), body=POLICE),
}


def run(spec_func: Any, kind: str, inputs: dict[str, Any]) -> Any:
    if kind == "eligibility":
        return spec_func(inputs["facts"], body=inputs["body"])
    kw = {k: v for k, v in inputs.items() if k != "start"}
    return spec_func(inputs["start"], **kw)


def main() -> int:
    rows = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    problems: list[str] = []
    agree = 0
    if len(rows) != 100:
        problems.append(f"expected 100 items, found {len(rows)}")
    for n, row in enumerate(rows, 1):
        rid = row.get("rule")
        if rid is None:
            if n in CHECKS:
                problems.append(f"item {n}: null item has a check")
            continue
        if rid not in rules:
            problems.append(f"item {n}: unknown rule {rid}")
            continue
        if n not in CHECKS:
            problems.append(f"item {n}: no check for {rid}")
            continue
        spec = rules[rid]
        res = run(spec.func, spec.kind, CHECKS[n])
        want_needs = bool(row.get("needs"))
        if res.computed != row.get("computed") or bool(res.needs) != want_needs:
            problems.append(
                f"item {n} {rid}: label {row.get('computed')} needs={want_needs}; "
                f"function {res.computed} needs={bool(res.needs)}"
            )
        else:
            agree += 1
    stray = sorted(set(CHECKS) - set(range(1, len(rows) + 1)))
    if stray:
        problems.append(f"checks for no item: {stray}")
    kinds = Counter((r["rule"] or "null.").split(".")[0] for r in rows)
    verdicts = Counter(
        str((r.get("computed") or {}).get("eligible"))
        for r in rows
        if (r["rule"] or "").startswith("eligibility.")
    )
    voices = Counter(r.get("voice") for r in rows)
    elig_rules = {r for r in rules if r.startswith("eligibility.")}
    covered = {r["rule"] for r in rows if r["rule"] in elig_rules}
    if covered != elig_rules:
        problems.append(f"eligibility rules not covered: {sorted(elig_rules - covered)}")
    print(f"kinds: {dict(kinds)}")
    print(f"eligibility verdicts: {dict(verdicts)}")
    print(f"voices: {dict(voices)}")
    print(f"labels checked: {len(CHECKS)}; agree: {agree}")
    for p in problems:
        print("DISAGREE:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
