"""Check the labels of bench/own55_setT.yaml against the pure rule functions.

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script calls each rule's function directly on facts and dates
encoded by hand below (never on a question's text) and compares the result with the label.
Null items are only checked to carry no `computed`.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own55.py

Prints how many labels agree; exits 1 on any disagreement or malformed item.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own55_setT.yaml"
U = "uncertain"
P, S = "police", "procuratorate"

# item number (1-based, file order) -> (rule id, keyword arguments of the rule function)
CHECKS: dict[int, tuple[str, dict[str, Any]]] = {
    # eligibility, eligible true
    1: (
        "eligibility.arrest",
        {
            "body": P,
            "facts": {
                "evidence_of_crime": True,
                "imprisonment_possible": True,
                "bail_insufficient": True,
            },
        },
    ),
    2: ("eligibility.detention", {"body": P, "facts": {"identified_by_witness": True}}),
    3: (
        "eligibility.compelled_appearance",
        {
            "body": P,
            "facts": {
                "compel_suspect": True,
                "compel_failed_summons": True,
                "compel_continuous": False,
                "compel_outside_area": False,
            },
        },
    ),
    4: (
        "eligibility.conditional_non_prosecution",
        {
            "facts": {
                "age_at_offence": 16,
                "crime_chapter_4_6": True,
                "possible_sentence_years": 8 / 12,
                "prosecutable": True,
                "repentance": True,
            }
        },
    ),
    5: ("eligibility.arrest_for_bail_breach", {"facts": {"new_crime": True}}),
    6: (
        "eligibility.bail",
        {
            "body": P,
            "facts": {
                "pregnant": True,
                "recidivist": False,
                "gang_principal": False,
                "violent_crime": False,
            },
        },
    ),
    7: ("eligibility.arrest_for_surveillance_breach", {"facts": {"evasion": True}}),
    8: (
        "eligibility.detention_without_warrant",
        {
            "body": P,
            "facts": {
                "caught_in_act": True,
                "detention_emergency": True,
                "detention_papers_late": False,
            },
        },
    ),
    9: (
        "eligibility.juvenile_probation",
        {
            "facts": {
                "age_at_offence": 17,
                "possible_sentence_years": 2,
                "recidivist": False,
                "repentance": True,
                "community_no_adverse_effect": True,
                "guardianship": True,
                "no_social_danger": True,
            }
        },
    ),
    10: (
        "eligibility.record_unsealing",
        {"facts": {"new_or_omitted_crime": True, "combined_sentence_years": 7}},
    ),
    11: (
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
    12: ("eligibility.conditional_np_revocation", {"facts": {"new_crime": True}}),
    13: (
        "eligibility.interrogation_outside_custody",
        {
            "body": S,
            "facts": {
                "out_to_identify": True,
                "out_chief_approval": True,
                "out_escort_short": False,
            },
        },
    ),
    14: (
        "eligibility.cppcc_notice",
        {
            "body": P,
            "facts": {
                "cppcc_member": True,
                "measure_detention": True,
                "measure_arrest": False,
                "caught_in_act": True,
                "urgent_case": True,
            },
        },
    ),
    15: ("eligibility.sealed_record_access", {"facts": {"requester_judicial": True}}),
    16: (
        "eligibility.juvenile_family_meeting",
        {"facts": {"family_not_involved": True, "police_consent": True, "repentance": True}},
    ),
    17: (
        "eligibility.investigation_experiment",
        {
            "body": S,
            "facts": {
                "experiment_approved": True,
                "experiment_compelled": True,
                "experiment_party": True,
                "experiment_harmful": False,
            },
        },
    ),
    18: ("eligibility.family_notice_exception", {"body": P, "facts": {"co_suspect_risk": True}}),
    19: (
        "eligibility.deputy_permission",
        {
            "body": P,
            "facts": {"npc_deputy": True, "deputy_county_up": False, "measure_other": True},
        },
    ),
    20: (
        "eligibility.leave_on_bail",
        {"body": P, "facts": {"leave_reason": True, "leave_approved": True}},
    ),
    21: (
        "eligibility.arrest_exemption",
        {"body": S, "facts": {"breastfeeding": True, "baby_age_months": 24}},
    ),
    22: ("eligibility.shared_lawyer", {"facts": {"co_suspects_same_case": False}}),
    # eligibility, eligible false
    23: ("eligibility.lawyer_count", {"body": S, "facts": {"lawyer_count": 3}}),
    24: (
        "eligibility.bail",
        {"body": P, "facts": {"serious_illness": True, "violent_crime": True}},
    ),
    25: (
        "eligibility.arrest",
        {"body": P, "facts": {"evidence_of_crime": True, "minor_penalty_only": True}},
    ),
    26: ("eligibility.lawyer_hire_approval", {"body": P, "facts": {"state_secrets": True}}),
    27: ("eligibility.compelled_appearance", {"body": P, "facts": {"compel_suspect": False}}),
    28: (
        "eligibility.deputy_permission",
        {
            "body": P,
            "facts": {
                "npc_deputy": True,
                "deputy_county_up": True,
                "measure_arrest": True,
                "measure_detention": False,
                "caught_in_act": False,
            },
        },
    ),
    29: (
        "eligibility.body_examination",
        {"body": S, "facts": {"exam_victim": True, "exam_suspect": False, "exam_forced": True}},
    ),
    30: (
        "eligibility.cppcc_notice",
        {
            "body": P,
            "facts": {
                "cppcc_member": True,
                "measure_arrest": True,
                "measure_detention": False,
                "urgent_case": False,
            },
        },
    ),
    31: ("eligibility.lawyer_interpreter", {"facts": {"interpreter_permission": False}}),
    32: (
        "eligibility.guarantor",
        {"facts": {"guarantor_not_implicated": False, "guarantor_residence_income": True}},
    ),
    33: ("eligibility.record_sealing", {"facts": {"age_at_offence": 20, "sentence_years": 2}}),
    34: (
        "eligibility.surveillance_meeting",
        {
            "body": P,
            "facts": {"meet_cohabitant": False, "meet_own_lawyer": False, "meet_approved": False},
        },
    ),
    35: ("eligibility.lawyer_meeting_permission", {"facts": {"state_security_crime": True}}),
    36: (
        "eligibility.surveillance_place",
        {"body": P, "facts": {"surveillance_at_custody_place": True}},
    ),
    37: ("eligibility.leave_conditional_np", {"facts": {"cnp_leave_approved": False}}),
    38: (
        "eligibility.leave_under_surveillance",
        {"body": P, "facts": {"leave_reason": True, "leave_approved": False}},
    ),
    39: ("eligibility.recusal_pending", {"body": P, "facts": {"recusal_pending": True}}),
    40: (
        "eligibility.search",
        {
            "body": S,
            "facts": {"search_suspect": True, "search_warrant": False, "search_in_arrest": False},
        },
    ),
    41: (
        "eligibility.juvenile_non_prosecution",
        {
            "facts": {
                "age_at_offence": 19,
                "minor_crime": True,
                "coerced": True,
                "secondary_role": True,
            }
        },
    ),
    42: (
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
    # eligibility, cannot tell
    43: (
        "eligibility.surveillance",
        {
            "facts": {
                "breastfeeding": True,
                "baby_age_months": 14,
                "serious_illness": False,
                "pregnant": False,
                "minor_penalty_only": False,
                "no_social_danger": False,
                "evidence_short_for_arrest": False,
                "arrest_refused_under_review": False,
                "custody_time_expired": False,
                "non_prosecution_under_review": False,
                "no_bond_or_guarantor": False,
                "exit_document_no_arrest_needed": False,
            }
        },
    ),
    44: (
        "eligibility.recusal",
        {
            "body": S,
            "facts": {
                "official_is_party_or_relative": False,
                "official_prior_role": False,
                U: ["official_gifts_or_meetings"],
            },
        },
    ),
    45: (
        "eligibility.unknown_identity",
        {
            "body": S,
            "facts": {
                "identity_unknown": True,
                "evidence_of_crime": True,
                "possible_sentence_years": 3,
                U: ["bail_insufficient"],
            },
        },
    ),
    46: (
        "eligibility.bail",
        {"body": P, "facts": {"serious_illness": True, U: ["gang_principal"]}},
    ),
    47: (
        "eligibility.juvenile_family_meeting",
        {"facts": {"family_not_involved": True, "repentance": True, U: ["police_consent"]}},
    ),
    48: (
        "eligibility.juvenile_probation",
        {
            "facts": {
                "age_at_offence": 16,
                "possible_sentence_years": 2,
                "repentance": True,
                "community_no_adverse_effect": True,
                "recidivist": False,
                U: ["guardianship"],
            }
        },
    ),
    49: (
        "eligibility.conditional_non_prosecution",
        {
            "facts": {
                "age_at_offence": 15,
                "crime_chapter_4_6": True,
                "prosecutable": True,
                "repentance": True,
                U: ["possible_sentence_years"],
            }
        },
    ),
    50: (
        "eligibility.arrest_for_bail_breach",
        {
            "body": S,
            "facts": {
                "new_crime": False,
                "evasion": False,
                "evidence_tampering": False,
                "left_area": False,
                U: ["missed_summons"],
            },
        },
    ),
    51: (
        "eligibility.conditional_np_revocation",
        {
            "facts": {
                "new_crime": False,
                "np_earlier_crime": False,
                "np_public_order_violation": False,
                "np_supervision_violation": True,
                "np_repeated": False,
                U: ["np_serious"],
            }
        },
    ),
    52: ("eligibility.lawyer_interpreter", {"facts": {U: ["interpreter_permission"]}}),
    53: (
        "eligibility.detention_without_warrant",
        {"body": P, "facts": {"identified_by_witness": True, U: ["detention_emergency"]}},
    ),
    54: (
        "eligibility.juvenile_non_prosecution",
        {"facts": {"age_at_offence": 17, "secondary_role": True, U: ["minor_crime"]}},
    ),
    55: (
        "eligibility.investigation_experiment",
        {
            "body": S,
            "facts": {
                "experiment_approved": None,
                "experiment_harmful": False,
                U: ["experiment_approved"],
            },
        },
    ),
    56: (
        "eligibility.leave_on_bail",
        {"body": P, "facts": {"leave_reason": True, U: ["leave_approved"]}},
    ),
    57: (
        "eligibility.arrest_exemption",
        {"body": S, "facts": {"serious_illness": False, "breastfeeding": False, U: ["pregnant"]}},
    ),
    58: (
        "eligibility.restraints",
        {
            "body": P,
            "facts": {
                "restraint_in_measure": True,
                "restraint_juvenile": True,
                U: ["restraint_danger"],
            },
        },
    ),
    59: (
        "eligibility.record_sealing",
        {"facts": {"age_at_offence": 16, "not_prosecuted": False, U: ["sentence_years"]}},
    ),
    60: (
        "eligibility.detention",
        {"body": S, "facts": {"suicide_or_flight": False, U: ["evidence_tampering_risk"]}},
    ),
    # deadlines (today 2026-03-05, a Thursday)
    61: ("deadline.bail_application_reply", {"start": date(2026, 3, 2), "body": P}),
    62: ("deadline.conditional_np_complaint", {"start": date(2026, 2, 27)}),
    63: ("deadline.arrest_reconsideration", {"start": date(2026, 3, 2)}),
    64: ("deadline.forfeiture_review", {"start": date(2026, 3, 3)}),
    65: ("deadline.interrogation_arrest", {"start": datetime(2026, 3, 4, 22, 15), "body": P}),
    66: ("deadline.family_notice_arrest", {"start": None, "body": P}),
    67: ("deadline.juvenile_inform_victim", {"start": date(2026, 3, 3)}),
    68: ("deadline.custody_recalculation", {"start": date(2026, 2, 28)}),
    69: ("deadline.lawyer_permission", {"start": date(2026, 3, 4), "body": P}),
    70: ("deadline.recusal_reconsideration", {"start": date(2026, 3, 3), "body": P}),
    71: ("deadline.surveillance_period", {"start": date(2025, 12, 10), "body": P}),
    72: ("deadline.file_case_after_notice", {"start": date(2026, 2, 24)}),
    73: ("deadline.no_filing_reasons", {"start": date(2026, 2, 27)}),
    74: ("deadline.overdue_measure_review", {"start": date(2026, 3, 3), "measure": "detention"}),
    75: ("deadline.guarantor_fine_review", {"start": None}),
    76: ("deadline.sealed_record_inquiry", {"start": date(2026, 3, 4)}),
}


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    agree, problems = 0, []
    for n, item in enumerate(items, 1):
        rid = item.get("rule")
        if rid is not None and rid not in rules:
            problems.append(f"{n}: unknown rule {rid}")
            continue
        if rid is None:
            if item.get("computed") or n in CHECKS:
                problems.append(f"{n}: a null item with computed or a check")
            continue
        if n not in CHECKS or CHECKS[n][0] != rid:
            problems.append(f"{n}: no check, or a check for another rule, for {rid}")
            continue
        res = rules[rid].func(**CHECKS[n][1])
        want, needs = dict(item.get("computed") or {}), bool(item.get("needs"))
        if res.computed == want and bool(res.needs) == needs:
            agree += 1
        else:
            problems.append(
                f"{n} {rid}: label {want} needs={needs}; function {res.computed} "
                f"needs={bool(res.needs)}"
            )
    extra = sorted(set(CHECKS) - {n for n, i in enumerate(items, 1) if i.get("rule")})
    problems += [f"{n}: check without a rule item" for n in extra]
    print(f"{agree} of {len(CHECKS)} labels agree with the rule functions; {len(items)} items")
    for p in problems:
        print("DISAGREE:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
