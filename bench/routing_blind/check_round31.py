"""Check the Set F labels (tests/rules/routing_round41_setF.yaml, bench/routing_blind/round31.yaml)
by calling each pure rule function on facts and dates encoded by hand by the writer.

The encodings below are in writing order (open item 1, blind item 1, open item 2, ...); they were
written from the article and the rule's docstring, never read from a question's text by a program.
`None` is an item that must reach no rule. Run:

    PYTHONPATH=. .venv/bin/python bench/routing_blind/check_round31.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.label_check import check_labels

ROOT = Path(__file__).resolve().parents[2]
OPEN = ROOT / "tests/rules/routing_round41_setF.yaml"
BLIND = ROOT / "bench/routing_blind/round31.yaml"

ENCODED: list = [
    (
        "eligibility.guarantor",
        {
            "facts": {
                "guarantor_not_implicated": True,
                "guarantor_rights_unrestricted": True,
                "guarantor_residence_income": True,
            },
            "body": None,
        },
    ),
    (
        "eligibility.leave_on_bail",
        {"facts": {"leave_reason": True, "leave_approved": True}, "body": "police"},
    ),
    (
        "eligibility.arrest",
        {
            "facts": {
                "evidence_of_crime": True,
                "possible_sentence_years": 3,
                "imprisonment_possible": True,
                "bail_insufficient": True,
                "not_liable_circumstance": False,
            },
            "body": "procuratorate",
        },
    ),
    (
        "eligibility.recusal",
        {"facts": {"official_former_investigator": True}, "body": "procuratorate"},
    ),
    ("eligibility.surveillance", {"facts": {"serious_illness": True}, "body": "police"}),
    (
        "eligibility.bail",
        {
            "facts": {
                "pregnant": True,
                "recidivist": False,
                "gang_principal": False,
                "violent_crime": False,
            },
            "body": "police",
        },
    ),
    ("eligibility.bail", {"facts": {"minor_penalty_only": True}, "body": "procuratorate"}),
    ("eligibility.detention", {"facts": {"caught_in_act": True}, "body": "police"}),
    (
        "eligibility.recusal",
        {
            "facts": {
                "official_is_party_or_relative": False,
                "official_interest": False,
                "official_prior_role": False,
                "official_gifts_or_meetings": False,
            },
            "body": "police",
        },
    ),
    (
        "eligibility.record_sealing",
        {
            "facts": {"age_at_offence": 18, "sentence_years": 3, "not_prosecuted": False},
            "body": None,
        },
    ),
    (
        "eligibility.detention",
        {
            "facts": {"suicide_or_flight": False, "evidence_tampering_risk": False},
            "body": "procuratorate",
        },
    ),
    (
        "eligibility.arrest_for_bail_breach",
        {
            "facts": {
                "left_area": False,
                "new_crime": False,
                "evasion": False,
                "evidence_tampering": False,
                "missed_summons": False,
            },
            "body": "procuratorate",
        },
    ),
    (
        "eligibility.bail",
        {"facts": {"pregnant": True, "uncertain": ["gang_principal"]}, "body": "police"},
    ),
    (
        "eligibility.arrest_exemption",
        {
            "facts": {"uncertain": ["serious_illness"], "pregnant": False, "breastfeeding": False},
            "body": "procuratorate",
        },
    ),
    (
        "eligibility.leave_on_bail",
        {"facts": {"leave_reason": True, "leave_approved": False}, "body": "police"},
    ),
    (
        "eligibility.bail",
        {"facts": {"serious_illness": True, "recidivist": True}, "body": "police"},
    ),
    None,
    None,
    (
        "eligibility.compelled_appearance",
        {
            "facts": {
                "compel_suspect": True,
                "compel_failed_summons": True,
                "compel_outside_area": False,
            },
            "body": "police",
        },
    ),
    (
        "eligibility.juvenile_non_prosecution",
        {
            "facts": {"age_at_offence": 15, "minor_crime": True, "secondary_role": True},
            "body": None,
        },
    ),
    None,
    None,
    ("deadline.arrest_reconsideration", {"start": "2026-02-27"}),
    ("deadline.no_filing_reasons", {"start": "2026-03-02"}),
    None,
    None,
    (
        "eligibility.conditional_np_revocation",
        {
            "facts": {
                "np_public_order_violation": True,
                "np_serious": False,
                "np_repeated": False,
                "new_crime": False,
                "np_earlier_crime": False,
                "np_supervision_violation": False,
            },
            "body": None,
        },
    ),
    ("eligibility.guarantor", {"facts": {"guarantor_not_implicated": False}, "body": "police"}),
    None,
    None,
    (
        "eligibility.record_sealing",
        {"facts": {"age_at_offence": 16, "not_prosecuted": False}, "body": None},
    ),
    (
        "eligibility.compelled_appearance",
        {"facts": {"uncertain": ["compel_suspect"]}, "body": "police"},
    ),
    (
        "eligibility.conditional_non_prosecution",
        {
            "facts": {
                "age_at_offence": 17,
                "crime_chapter_4_6": True,
                "possible_sentence_years": 3,
                "prosecutable": True,
                "repentance": True,
            },
            "body": None,
        },
    ),
    (
        "eligibility.lawyer_meeting_permission",
        {"facts": {"state_security_crime": True}, "body": "police"},
    ),
    (
        "eligibility.arrest_exemption",
        {"facts": {"breastfeeding": True, "baby_age_months": 14}, "body": "procuratorate"},
    ),
    (
        "eligibility.body_examination",
        {"facts": {"exam_suspect": True, "exam_forced": True}, "body": "procuratorate"},
    ),
    ("eligibility.interrogation_outside_custody", {"facts": {}, "body": "procuratorate"}),
    (
        "eligibility.family_notice_exception",
        {"facts": {"identity_unknown": False}, "body": "police"},
    ),
    (
        "eligibility.surveillance_meeting",
        {
            "facts": {
                "meet_cohabitant": False,
                "meet_own_lawyer": False,
                "meet_approved": True,
                "measure_by_procuratorate": True,
            },
            "body": "procuratorate",
        },
    ),
    (
        "eligibility.surveillance",
        {
            "facts": {"pregnant": False, "serious_illness": False, "breastfeeding": False},
            "body": "police",
        },
    ),
    ("deadline.custody_after_arrest", {"start": "2026-01-14"}),
    ("deadline.guarantor_fine_review", {"start": "2026-03-02"}),
    None,
    None,
    ("deadline.overdue_measure_review", {"start": "2026-03-02", "measure": "bail"}),
    ("deadline.interrogation_arrest", {"start": "2026-03-04T22:40"}),
    None,
    None,
    ("deadline.sealed_record_inquiry", {"start": "2026-03-03"}),
    ("deadline.recusal_reconsideration", {"start": "2026-03-02", "body": "police"}),
    ("eligibility.family_notice_exception", {"facts": {"co_suspect_risk": True}, "body": "police"}),
    ("eligibility.surveillance_meeting", {"facts": {"meet_cohabitant": True}, "body": None}),
    (
        "eligibility.detention_without_warrant",
        {
            "facts": {
                "caught_in_act": True,
                "detention_emergency": True,
                "detention_papers_late": False,
            },
            "body": "police",
        },
    ),
    (
        "eligibility.unknown_identity",
        {"facts": {"identity_unknown": True, "evidence_of_crime": True}, "body": "police"},
    ),
    (
        "eligibility.body_examination",
        {"facts": {"exam_suspect": True, "exam_woman_by_man": True}, "body": "procuratorate"},
    ),
    (
        "eligibility.restraints",
        {
            "facts": {
                "restraint_in_measure": True,
                "restraint_juvenile": True,
                "restraint_danger": False,
            },
            "body": "police",
        },
    ),
    None,
    None,
    (
        "eligibility.investigation_experiment",
        {
            "facts": {
                "experiment_approved": True,
                "experiment_compelled": True,
                "experiment_party": True,
                "experiment_harmful": False,
            },
            "body": "procuratorate",
        },
    ),
    ("eligibility.arrest_for_surveillance_breach", {"facts": {"evasion": True}, "body": "police"}),
    ("eligibility.lawyer_count", {"facts": {"lawyer_count": 3}, "body": "police"}),
    ("eligibility.shared_lawyer", {"facts": {"co_suspects_same_case": True}, "body": "police"}),
    (
        "eligibility.cppcc_notice",
        {
            "facts": {
                "cppcc_member": True,
                "measure_detention": True,
                "measure_arrest": False,
                "urgent_case": False,
            },
            "body": "police",
        },
    ),
    (
        "eligibility.deputy_permission",
        {
            "facts": {
                "npc_deputy": True,
                "deputy_county_up": True,
                "measure_arrest": True,
                "measure_detention": False,
                "caught_in_act": False,
            },
            "body": "procuratorate",
        },
    ),
    (
        "eligibility.juvenile_family_meeting",
        {
            "facts": {
                "family_not_involved": True,
                "repentance": True,
                "uncertain": ["police_consent"],
            },
            "body": None,
        },
    ),
    ("eligibility.lawyer_interpreter", {"facts": {}, "body": None}),
    (
        "eligibility.lawyer_meeting_permission",
        {"facts": {"state_secrets": False, "state_security_crime": False}, "body": "police"},
    ),
    (
        "eligibility.conditional_non_prosecution",
        {
            "facts": {
                "age_at_offence": 16,
                "crime_chapter_4_6": True,
                "possible_sentence_years": 1,
                "prosecutable": True,
                "repentance": True,
                "juvenile_objects": False,
            },
            "body": None,
        },
    ),
    None,
    None,
    None,
    None,
    ("deadline.direct_acceptance", {"start": "2026-02-23"}),
    ("deadline.lawyer_permission", {"start": "2026-03-03", "body": "police"}),
    None,
    None,
    ("deadline.custody_recalculation", {"start": "2026-03-01"}),
    ("deadline.juvenile_inform_victim", {"start": "2026-03-04"}),
    ("eligibility.recusal_pending", {"facts": {"recusal_pending": True}, "body": "procuratorate"}),
    ("eligibility.leave_conditional_np", {"facts": {"cnp_leave_approved": False}, "body": None}),
    (
        "eligibility.juvenile_non_prosecution",
        {"facts": {"age_at_offence": 15, "minor_crime": True, "repentance": True}, "body": None},
    ),
    (
        "eligibility.lawyer_hire_approval",
        {"facts": {"uncertain": ["state_secrets"]}, "body": "police"},
    ),
    (
        "eligibility.juvenile_probation",
        {
            "facts": {
                "age_at_offence": 16,
                "possible_sentence_years": 2,
                "repentance": True,
                "recidivist": False,
            },
            "body": None,
        },
    ),
    (
        "eligibility.search",
        {
            "facts": {
                "search_warrant": False,
                "search_in_arrest": True,
                "uncertain": ["search_emergency"],
            },
            "body": "procuratorate",
        },
    ),
    (
        "eligibility.restraints",
        {"facts": {"restraint_in_measure": True, "restraint_juvenile": False}, "body": "police"},
    ),
    (
        "eligibility.leave_under_surveillance",
        {"facts": {"leave_reason": True, "leave_approved": True}, "body": "police"},
    ),
    (
        "eligibility.surveillance_place",
        {"facts": {"surveillance_at_custody_place": True}, "body": "police"},
    ),
    (
        "eligibility.record_unsealing",
        {"facts": {"new_or_omitted_crime": True, "combined_sentence_years": 4}, "body": None},
    ),
    (
        "eligibility.arrest_for_bail_breach",
        {
            "facts": {
                "uncertain": ["missed_summons"],
                "new_crime": False,
                "evasion": False,
                "evidence_tampering": False,
                "left_area": False,
            },
            "body": "procuratorate",
        },
    ),
    (
        "eligibility.arrest",
        {"facts": {"evidence_of_crime": True, "imprisonment_possible": True}, "body": "police"},
    ),
    ("deadline.conditional_np_complaint", {"start": None}),
    ("deadline.bail_application_reply", {"start": None, "body": "police"}),
    None,
    None,
    ("deadline.procuratorate_detention", {"start": "2026-02-28"}),
    ("deadline.forfeiture_review", {"start": "2026-03-03"}),
    (
        "eligibility.leave_under_surveillance",
        {"facts": {"leave_reason": True, "leave_approved": True}, "body": "procuratorate"},
    ),
    ("eligibility.sealed_record_access", {"facts": {}, "body": None}),
    None,
    None,
]


def main() -> int:
    return check_labels(OPEN, BLIND, ENCODED)


if __name__ == "__main__":
    sys.exit(main())
