"""Label check of routing round 44 Set I (tests/rules/routing_round44_setI.yaml, open) and blind
round 34 (bench/routing_blind/round34.yaml): every labelled rule is called on the facts and dates the
writer encoded by hand (below, by file and item number; never on a question's text), and its
`computed` (and whether it asks) must equal the label. Also checks that both files parse and that
every rule id exists.

    PYTHONPATH=. python bench/routing_blind/check_round34.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import yaml

from assistant.rules.rulebook import all_rules

ROOT = Path(__file__).resolve().parents[2]
FILES = {
    "open": ROOT / "tests/rules/routing_round44_setI.yaml",
    "blind": ROOT / "bench/routing_blind/round34.yaml",
}
# ("elig", facts, body) or ("dl", keyword arguments of the deadline function)
ENCODINGS = {
    "open": {
        1: ("elig", {"pregnant": True}, "procuratorate"),
        3: (
            "elig",
            {
                "left_area": False,
                "new_crime": False,
                "evasion": False,
                "evidence_tampering": False,
                "missed_summons": False,
            },
            "procuratorate",
        ),
        4: (
            "elig",
            {
                "evasion": False,
                "violent_witness_interference": False,
                "evidence_tampering": False,
                "new_crime": False,
                "uncertain": ("other_serious_violation",),
            },
            "police",
        ),
        5: (
            "elig",
            {
                "cppcc_member": True,
                "measure_other": True,
                "measure_detention": False,
                "measure_arrest": False,
            },
            "police",
        ),
        6: ("elig", {"pregnant": True}, None),
        7: (
            "elig",
            {"evidence_of_crime": True, "possible_sentence_years": 3, "bail_insufficient": True},
            None,
        ),
        8: ("dl", {"start": datetime.datetime(2026, 3, 4, 19, 40)}),
        9: ("elig", {"minor_penalty_only": True}, None),
        11: ("dl", {"start": datetime.date(2026, 1, 12)}),
        12: ("elig", {"left_area": True}, "procuratorate"),
        14: ("elig", {"serious_illness": True, "violent_crime": True}, "police"),
        15: ("elig", {"compel_suspect": False, "compel_failed_summons": True}, "police"),
        16: (
            "elig",
            {"np_supervision_violation": True, "np_serious": False, "np_repeated": False},
            None,
        ),
        17: (
            "elig",
            {
                "age_at_offence": 17,
                "crime_chapter_4_6": True,
                "prosecutable": True,
                "repentance": True,
            },
            None,
        ),
        18: ("dl", {"start": datetime.date(2026, 3, 2)}),
        19: ("elig", {"uncertain": ("state_secrets",)}, None),
        21: ("elig", {"search_suspect": True, "search_warrant": True}, "procuratorate"),
        22: ("elig", {"breastfeeding": True}, "police"),
        23: ("elig", {"out_to_recover": True}, "procuratorate"),
        24: ("elig", {"uncertain": ("serious_illness",)}, "procuratorate"),
        26: ("elig", {"official_is_party_or_relative": True}, "police"),
        27: ("dl", {"start": datetime.datetime(2026, 3, 3, 22, 15)}),
        28: ("elig", {"new_or_omitted_crime": True, "combined_sentence_years": 7}, None),
        29: ("elig", {"age_at_offence": 15, "minor_crime": True, "secondary_role": True}, None),
        32: ("elig", {"age_at_offence": 16, "possible_sentence_years": 5}, "procuratorate"),
        33: (
            "elig",
            {"family_not_involved": True, "repentance": True, "uncertain": ("police_consent",)},
            "procuratorate",
        ),
        34: ("dl", {"start": datetime.date(2026, 2, 24)}),
        36: ("dl", {"start": datetime.date(2026, 2, 27)}),
        37: ("dl", {"start": datetime.date(2026, 3, 3)}),
        38: ("elig", {"interpreter_permission": False}, None),
        39: ("elig", {"age_at_offence": 19, "sentence_years": 2}, None),
        40: ("elig", {"guarantor_not_implicated": False}, None),
        41: ("elig", {}, None),
        42: ("elig", {"uncertain": ("state_secrets",)}, None),
        43: ("dl", {"start": None}),
        44: ("elig", {"age_at_offence": 16, "sentence_years": 3, "not_prosecuted": False}, None),
        45: ("elig", {"uncertain": ("cnp_leave_approved",)}, "procuratorate"),
        47: (
            "elig",
            {
                "age_at_offence": 16,
                "recidivist": False,
                "repentance": True,
                "compensation_settled": False,
                "uncertain": ("minor_crime",),
            },
            None,
        ),
    },
    "blind": {
        1: (
            "elig",
            {
                "age_at_offence": 16,
                "crime_chapter_4_6": True,
                "possible_sentence_years": 0.5,
                "prosecutable": True,
                "repentance": True,
            },
            None,
        ),
        3: (
            "elig",
            {"exam_victim": True, "exam_suspect": False, "exam_forced": True},
            "procuratorate",
        ),
        4: (
            "elig",
            {"identified_by_witness": True, "uncertain": ("detention_emergency",)},
            "police",
        ),
        5: ("elig", {"co_suspect_risk": True}, "police"),
        6: ("elig", {"caught_in_act": True}, "police"),
        7: ("elig", {"minor_penalty_only": True}, None),
        8: ("dl", {"start": datetime.date(2026, 3, 1)}),
        9: ("elig", {"experiment_harmful": True}, "procuratorate"),
        11: ("dl", {"start": datetime.date(2026, 3, 1), "measure": "arrest"}),
        12: ("elig", {"compel_suspect": True, "compel_failed_summons": True}, "police"),
        14: (
            "elig",
            {
                "npc_deputy": True,
                "deputy_county_up": True,
                "measure_arrest": True,
                "measure_detention": False,
            },
            "police",
        ),
        15: (
            "elig",
            {
                "cppcc_member": True,
                "measure_detention": True,
                "measure_arrest": False,
                "urgent_case": False,
            },
            "police",
        ),
        16: (
            "elig",
            {"co_suspect_risk": False, "identity_unknown": False, "hinders_or_impossible": False},
            "police",
        ),
        17: (
            "elig",
            {"suicide_or_flight": False, "uncertain": ("evidence_tampering_risk",)},
            "procuratorate",
        ),
        18: ("dl", {"start": datetime.date(2026, 3, 2)}),
        19: ("elig", {"leave_reason": True}, None),
        21: ("elig", {"identity_unknown": True, "evidence_of_crime": True}, "police"),
        22: (
            "elig",
            {
                "guarantor_not_implicated": True,
                "guarantor_rights_unrestricted": True,
                "uncertain": ("guarantor_residence_income",),
            },
            None,
        ),
        23: ("elig", {"leave_reason": True, "leave_approved": True}, None),
        24: (
            "elig",
            {
                "npc_deputy": True,
                "measure_other": True,
                "measure_detention": False,
                "measure_arrest": False,
            },
            "police",
        ),
        26: (
            "elig",
            {
                "guarantor_not_implicated": True,
                "guarantor_rights_unrestricted": True,
                "guarantor_residence_income": True,
            },
            None,
        ),
        27: ("dl", {"start": datetime.date(2026, 3, 3)}),
        28: ("elig", {"state_secrets": False, "state_security_crime": False}, None),
        29: ("elig", {"restraint_in_measure": True, "restraint_juvenile": False}, "police"),
        32: ("elig", {"co_suspects_same_case": True}, None),
        33: ("elig", {"leave_reason": True}, None),
        34: ("dl", {"start": datetime.date(2026, 3, 2)}),
        36: ("dl", {"start": datetime.date(2026, 2, 23)}),
        37: ("dl", {"start": datetime.date(2026, 3, 4)}),
        38: ("elig", {"requester_judicial": False, "requester_state_rules": False}, None),
        39: (
            "elig",
            {
                "official_is_party_or_relative": False,
                "official_interest": False,
                "official_prior_role": False,
                "official_gifts_or_meetings": False,
            },
            "police",
        ),
        40: ("elig", {"lawyer_count": 3}, "procuratorate"),
        41: ("elig", {"surveillance_at_custody_place": True}, None),
        42: (
            "elig",
            {
                "search_suspect": True,
                "search_warrant": False,
                "search_in_arrest": True,
                "uncertain": ("search_emergency",),
            },
            "procuratorate",
        ),
        43: ("dl", {"start": None}),
        44: ("elig", {"serious_illness": True}, None),
        45: (
            "elig",
            {
                "measure_by_procuratorate": True,
                "meet_cohabitant": False,
                "meet_own_lawyer": False,
                "meet_approved": True,
            },
            "procuratorate",
        ),
        47: ("elig", {"identity_unknown": True, "evidence_of_crime": True}, "procuratorate"),
    },
}


def run(rule: str, enc: tuple):
    spec = all_rules()[rule]
    if enc[0] == "elig":
        _, facts, body = enc
        return spec.func(dict(facts), body=body)
    return spec.func(**enc[1])


def main() -> int:
    rules = all_rules()
    checked = agree = 0
    problems = []
    for name, path in FILES.items():
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(items, list) and len(items) == 50, path
        for n, it in enumerate(items, 1):
            rule = it["rule"]
            if rule is None:
                if n in ENCODINGS[name]:
                    problems.append(f"{name} {n}: null item with an encoding")
                continue
            if rule not in rules:
                problems.append(f"{name} {n}: unknown rule {rule}")
                continue
            res = run(rule, ENCODINGS[name][n])
            checked += 1
            same = res.computed == it["computed"] and bool(res.needs) == bool(it.get("needs"))
            same = same and res.rule_id == rule
            agree += same
            if not same:
                problems.append(
                    f"{name} {n}: {rule} label {it['computed']} needs "
                    f"{it.get('needs')}; function {res.computed} needs {res.needs}"
                )
    for p in problems:
        print(p)
    print(f"{agree} of {checked} labels agree")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
