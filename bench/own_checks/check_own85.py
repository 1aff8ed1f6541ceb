"""Check the labels of bench/own85_setAX.yaml against the pure rule functions.

Every eligibility and deadline item of the set has its facts (or start date and options)
encoded here BY HAND from the question's wording, never read from the question's text by the
software. The rule function is called on them and its `computed` (and whether it asks) is
compared with the item's label. Eligibility facts list every fact the question tells that the
rule function reads: told true is True, told false is False, told as unknown or disputed is
None and listed under "uncertain"; facts not mentioned are left out. `body` is given where the
question names the acting body.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own85.py

Prints each disagreement and the count of labels that agree; exits 1 on any disagreement.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own85_setAX.yaml"
T, F = True, False


def unsure(*keys: str, **told: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed (None, listed under "uncertain")."""
    return {**told, **dict.fromkeys(keys), "uncertain": keys}


# item number -> (body, facts) for eligibility items
ELIG: dict[int, tuple[str | None, dict[str, Any]]] = {
    1: (
        None,
        {
            "guarantor_not_implicated": T,
            "guarantor_rights_unrestricted": T,
            "guarantor_residence_income": T,
        },
    ),
    2: ("police", {"caught_in_act": T}),
    3: ("procuratorate", {"pregnant": T}),
    4: ("procuratorate", {"suicide_or_flight": F, "evidence_tampering_risk": F}),
    5: (
        "procuratorate",
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": T,
            "possible_sentence_years": 1,
            "prosecutable": T,
            "repentance": T,
        },
    ),
    6: (None, {"co_suspects_same_case": T}),
    7: ("police", {"surveillance_at_residence": F, "surveillance_at_custody_place": T}),
    8: ("police", unsure("recidivist", minor_penalty_only=T)),
    9: ("police", {"caught_in_act": T, "detention_emergency": T, "detention_papers_late": F}),
    10: ("procuratorate", {"age_at_offence": 17, "minor_crime": F, "surrender_or_merit": T}),
    11: ("procuratorate", {"lawyer_count": 3}),
    12: ("procuratorate", {"left_area": T}),
    13: ("procuratorate", {"breastfeeding": T, "baby_age_months": 18}),
    14: ("police", {"restraint_in_measure": F}),
    15: (
        "procuratorate",
        unsure(
            "community_no_adverse_effect",
            age_at_offence=16,
            possible_sentence_years=2,
            repentance=T,
            recidivist=F,
            guardianship=T,
            no_social_danger=T,
        ),
    ),
    16: ("police", {"state_secrets": F}),
    17: (
        "police",
        {
            "unapproved_meetings": T,
            "evasion": F,
            "violent_witness_interference": F,
            "evidence_tampering": F,
            "new_crime": F,
            "other_serious_violation": F,
            "left_area": F,
            "missed_summons": F,
        },
    ),
    18: ("procuratorate", {"search_warrant": T, "search_suspect": T, "search_woman_by_man": T}),
    19: ("procuratorate", {"lawyer_count": 2}),
    20: (None, {"age_at_offence": 17, "sentence_years": 3, "not_prosecuted": F}),
    21: ("police", {"official_is_party_or_relative": T}),
    22: ("police", {"cppcc_member": T, "measure_detention": T, "urgent_case": F}),
    23: (None, {"new_or_omitted_crime": T, "combined_sentence_years": 4}),
    24: (
        None,
        {
            "age_at_offence": 17,
            "crime_chapter_4_6": F,
            "possible_sentence_years": 0.5,
            "prosecutable": T,
            "repentance": T,
        },
    ),
    25: ("procuratorate", {"family_not_involved": T, "repentance": T, "police_consent": F}),
    26: ("police", {"recusal_pending": T}),
    27: ("police", {"npc_deputy": T, "deputy_county_up": F, "measure_arrest": T}),
    28: ("procuratorate", {"requester_judicial": F, "requester_state_rules": F}),
    29: (
        "procuratorate",
        unsure(
            "bail_insufficient",
            identity_unknown=T,
            evidence_of_crime=T,
            imprisonment_possible=T,
            possible_sentence_years=5,
        ),
    ),
    30: (
        "procuratorate",
        {
            "np_supervision_violation": T,
            "np_repeated": F,
            "np_serious": F,
            "new_crime": F,
            "np_earlier_crime": F,
            "np_public_order_violation": F,
        },
    ),
    31: (
        "procuratorate",
        unsure(
            "bail_insufficient",
            evidence_of_crime=T,
            imprisonment_possible=T,
            possible_sentence_years=2,
        ),
    ),
    32: ("police", unsure("compel_suspect", compel_failed_summons=T)),
    33: ("procuratorate", {"out_to_recover": T}),
    34: (
        "procuratorate",
        unsure("left_area", new_crime=F, evasion=F, evidence_tampering=F, missed_summons=F),
    ),
    35: ("procuratorate", unsure("cnp_leave_approved")),
    36: ("police", {"leave_reason": T, "leave_approved": T}),
    37: ("police", unsure("leave_approved", leave_reason=T)),
    38: ("procuratorate", unsure("hinders_or_impossible")),
    39: (None, {"co_suspects_same_case": F}),
    40: ("police", unsure("restraint_danger", restraint_in_measure=T, restraint_juvenile=T)),
    41: ("police", {"interpreter_permission": F}),
    42: ("police", {"guarantor_not_implicated": F, "guarantor_residence_income": T}),
    43: ("procuratorate", {"age_at_offence": 16, "coerced": T, "minor_crime": T}),
    44: ("police", {"evidence_of_crime": T, "imprisonment_possible": T, "bail_insufficient": F}),
    45: ("procuratorate", {"exam_suspect": T, "exam_forced": T}),
    46: ("police", {"identity_unknown": T, "evidence_of_crime": T}),
    47: ("procuratorate", {"search_warrant": T, "search_suspect": T}),
    48: (
        "procuratorate",
        unsure(
            "leave_decider_consent", measure_by_procuratorate=T, leave_reason=T, leave_approved=T
        ),
    ),
    49: (None, unsure("surveillance_at_custody_place", surveillance_at_residence=T)),
    50: ("police", {"minor_penalty_only": T, "recidivist": F}),
    51: ("police", unsure("no_social_danger", minor_penalty_only=F, serious_illness=F, pregnant=F)),
    52: ("police", unsure("meet_approved", meet_cohabitant=F, meet_own_lawyer=F)),
    53: ("police", unsure("state_secrets", state_security_crime=F)),
    54: ("procuratorate", {"requester_judicial": T}),
    55: ("police", {"co_suspect_risk": F, "identity_unknown": F, "hinders_or_impossible": F}),
    56: ("police", unsure("deputy_county_up", npc_deputy=T, measure_detention=T, caught_in_act=F)),
    57: (
        "procuratorate",
        {
            "experiment_approved": T,
            "experiment_compelled": T,
            "experiment_party": T,
            "experiment_harmful": F,
        },
    ),
    58: ("procuratorate", {"experiment_harmful": T}),
    59: (
        None,
        unsure(
            "np_serious",
            np_supervision_violation=T,
            np_repeated=F,
            new_crime=F,
            np_earlier_crime=F,
            np_public_order_violation=F,
        ),
    ),
    60: (None, unsure("combined_sentence_years", new_or_omitted_crime=T)),
}

# item number -> keyword arguments of the deadline rule (start: the date the question gives;
# Monday = 2 March, Tuesday = 3 March, yesterday = 4 March, last year = 2025)
DEAD: dict[int, dict[str, Any]] = {
    61: {"start": date(2026, 3, 3), "measure": "detention"},
    62: {"start": date(2026, 3, 2)},
    63: {"start": date(2026, 3, 4)},
    64: {"start": date(2026, 3, 2)},
    65: {"start": None},
    66: {"start": date(2026, 2, 24)},
    67: {"start": date(2026, 2, 27)},
    68: {"start": date(2026, 3, 4), "body": "police"},
    69: {"start": date(2026, 3, 3)},
    70: {"start": date(2026, 3, 2), "body": "police"},
    71: {"start": None, "body": "police"},
    72: {"start": date(2026, 2, 26)},
    73: {"start": datetime(2026, 3, 3, 22, 40), "body": "police"},
    74: {"start": date(2026, 2, 27)},
    75: {"start": date(2025, 10, 10), "body": "police"},
    76: {"start": date(2026, 1, 20)},
}


def check() -> tuple[int, list[str]]:
    """(labels that agree, problems)."""
    rules = all_rules()
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    problems: list[str] = []
    if len(items) != 100:
        problems.append(f"expected 100 items, found {len(items)}")
    agree = 0
    for n, item in enumerate(items, 1):
        rid = item["rule"]
        if rid is None:
            if n in ELIG or n in DEAD:
                problems.append(f"item {n}: encoded facts for a null item")
            continue
        if rid not in rules:
            problems.append(f"item {n}: unknown rule {rid}")
            continue
        spec = rules[rid]
        if spec.kind == "eligibility":
            body, facts = ELIG[n]
            res = spec.func(facts, body=body)
        else:
            res = spec.func(**DEAD[n])
        want, needs = item.get("computed") or {}, bool(item.get("needs"))
        if res.computed == want and bool(res.needs) == needs:
            agree += 1
        else:
            problems.append(
                f"item {n} {rid}: label {want} needs={needs}; "
                f"function {res.computed} needs={bool(res.needs)}"
            )
    labelled = sum(1 for it in items if it["rule"])
    if len(ELIG) + len(DEAD) != labelled:
        problems.append(f"{labelled} labelled items but {len(ELIG) + len(DEAD)} encoded")
    return agree, problems


def main() -> int:
    agree, problems = check()
    for p in problems:
        print(p)
    print(f"{agree} of {len(ELIG) + len(DEAD)} labels agree with the rule functions")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
