"""Label check for bench/own52_setQ.yaml: every eligibility and deadline label, recomputed.

Each labelled item's facts, body and start were encoded here by hand from the question (never
read from its text by the software) and the pure rule function is called on them; its
`computed` (and whether it asks, `needs`) must equal the item's label. The null items are only
counted. Prints how many labels agree; exits 1 on any disagreement or malformed item.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own52.py
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own52_setQ.yaml"
U = "uncertain"

# (rule id, keyword arguments of the pure rule function), in the order of the items in SET.
ELIGIBILITY: list[tuple[str, dict[str, Any]]] = [
    # 1 left the city twice without approval; the procuratorate granted the bail
    ("eligibility.arrest_for_bail_breach", {"facts": {"left_area": True}, "body": "procuratorate"}),
    # 2 one trip, nothing serious, nothing else; the procuratorate's bail
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
    # 3 at most criminal detention; violent crime disputed
    (
        "eligibility.bail",
        {"facts": {"minor_penalty_only": True, U: ("violent_crime",)}, "body": "police"},
    ),
    # 4 serious illness (dialysis); exclusions not raised
    ("eligibility.bail", {"facts": {"serious_illness": True}, "body": "police"}),
    # 5 the four MPS Art. 69 conditions all told
    (
        "eligibility.guarantor",
        {
            "facts": {
                "guarantor_not_implicated": True,
                "guarantor_capable": True,
                "guarantor_rights_unrestricted": True,
                "guarantor_residence_income": True,
            }
        },
    ),
    # 6 pregnant, police
    ("eligibility.surveillance", {"facts": {"pregnant": True}, "body": "police"}),
    # 7 met others twice without approval; the procuratorate decided the surveillance
    (
        "eligibility.arrest_for_surveillance_breach",
        {"facts": {"unapproved_meetings": True}, "body": "procuratorate"},
    ),
    # 8 caught in the act, emergency, papers done at once, police
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
    # 9 serious illness, the procuratorate decides arrest
    ("eligibility.arrest_exemption", {"facts": {"serious_illness": True}, "body": "procuratorate"}),
    # 10 criminal detention only, but a recidivist (police)
    (
        "eligibility.bail",
        {"facts": {"minor_penalty_only": True, "recidivist": True}, "body": "police"},
    ),
    # 11 funeral, request not yet answered (county police bail)
    (
        "eligibility.leave_on_bail",
        {"facts": {"leave_reason": True, "leave_approved": None}, "body": "police"},
    ),
    # 12 approved, but insulting / indecent re-enactment
    (
        "eligibility.investigation_experiment",
        {
            "facts": {"experiment_approved": True, "experiment_harmful": True},
            "body": "procuratorate",
        },
    ),
    # 13 no search warrant, no arrest or detention under way
    (
        "eligibility.search",
        {"facts": {"search_warrant": False, "search_in_arrest": False}, "body": "procuratorate"},
    ),
    # 14 permission asked, no answer
    ("eligibility.lawyer_interpreter", {"facts": {"interpreter_permission": None}}),
    # 15 a room in the bureau's case-handling centre
    (
        "eligibility.surveillance_place",
        {
            "facts": {"surveillance_at_residence": False, "surveillance_at_custody_place": True},
            "body": "police",
        },
    ),
    # 16 CPPCC member detained, caught in the act (urgent)
    (
        "eligibility.cppcc_notice",
        {
            "facts": {
                "cppcc_member": True,
                "measure_detention": True,
                "measure_arrest": False,
                "caught_in_act": True,
                "urgent_case": True,
            },
            "body": "police",
        },
    ),
    # 17 funeral, approved in writing by the county bureau
    (
        "eligibility.leave_on_bail",
        {"facts": {"leave_reason": True, "leave_approved": True}, "body": "police"},
    ),
    # 18 co-suspects in the same case
    ("eligibility.shared_lawyer", {"facts": {"co_suspects_same_case": True}}),
    # 19 16, deaf, minor crime
    (
        "eligibility.juvenile_non_prosecution",
        {"facts": {"age_at_offence": 16, "minor_crime": True, "disability": True}},
    ),
    # 20 family not involved, police consent, repented
    (
        "eligibility.juvenile_family_meeting",
        {"facts": {"family_not_involved": True, "police_consent": True, "repentance": True}},
    ),
    # 21 taken out because the rooms are noisy: neither listed purpose
    (
        "eligibility.interrogation_outside_custody",
        {"facts": {"out_to_identify": False, "out_to_recover": False}, "body": "procuratorate"},
    ),
    # 22 breastfeeding, baby's age not told, police
    ("eligibility.surveillance", {"facts": {"breastfeeding": True}, "body": "police"}),
    # 23 16 at the offence, two years
    ("eligibility.record_sealing", {"facts": {"age_at_offence": 16, "sentence_years": 2}}),
    # 24 reason told, approval refused, police surveillance
    (
        "eligibility.leave_under_surveillance",
        {"facts": {"leave_reason": True, "leave_approved": False}, "body": "police"},
    ),
    # 25 one missed report, seriousness being assessed, nothing else
    (
        "eligibility.conditional_np_revocation",
        {
            "facts": {
                "new_crime": False,
                "np_earlier_crime": False,
                "np_public_order_violation": False,
                "np_supervision_violation": True,
                "np_serious": None,
                "np_repeated": False,
                U: ("np_serious",),
            }
        },
    ),
    # 26 16, first offence, minor, sorry, no compensation, nothing else (Art. 26 grounds out)
    (
        "eligibility.juvenile_non_prosecution",
        {
            "facts": {
                "age_at_offence": 16,
                "minor_crime": True,
                "recidivist": False,
                "repentance": True,
                "compensation_settled": False,
                "coerced": False,
                "incomplete_crime": False,
                "secondary_role": False,
                "disability": False,
                "excessive_defence": False,
                "surrender_or_merit": False,
            }
        },
    ),
    # 27 the victim pointed him out (police)
    ("eligibility.detention", {"facts": {"identified_by_witness": True}, "body": "police"}),
    # 28 a private employer
    (
        "eligibility.sealed_record_access",
        {"facts": {"requester_judicial": False, "requester_state_rules": False}},
    ),
    # 29 a live-in carer
    ("eligibility.surveillance_meeting", {"facts": {"meet_cohabitant": True}, "body": "police"}),
    # 30 new crime, combined sentence 4 years
    (
        "eligibility.record_unsealing",
        {"facts": {"new_or_omitted_crime": True, "combined_sentence_years": 4}},
    ),
    # 31 handcuffed during an arrest, adult
    (
        "eligibility.restraints",
        {"facts": {"restraint_in_measure": True, "restraint_juvenile": False}, "body": "police"},
    ),
    # 32 17, robbery, about three years
    (
        "eligibility.conditional_non_prosecution",
        {
            "facts": {
                "age_at_offence": 17,
                "crime_chapter_4_6": True,
                "possible_sentence_years": 3,
                "prosecutable": True,
                "repentance": True,
            }
        },
    ),
    # 33 evidence and prison possible; whether bail would suffice disputed
    (
        "eligibility.arrest",
        {
            "facts": {
                "evidence_of_crime": True,
                "imprisonment_possible": True,
                "bail_insufficient": None,
                U: ("bail_insufficient",),
            }
        },
    ),
    # 34 guarantor deprived of political rights
    ("eligibility.guarantor", {"facts": {"guarantor_rights_unrestricted": False}}),
    # 35 move approved by the deciding procuratorate
    ("eligibility.leave_conditional_np", {"facts": {"cnp_leave_approved": True}}),
    # 36 township deputy, detention, police
    (
        "eligibility.deputy_permission",
        {
            "facts": {"npc_deputy": True, "deputy_county_up": False, "measure_detention": True},
            "body": "police",
        },
    ),
    # 37 no state secrets, no national security or terrorism
    (
        "eligibility.lawyer_meeting_permission",
        {"facts": {"state_secrets": False, "state_security_crime": False}, "body": "police"},
    ),
    # 38 15, theft, at most a year, clear, remorseful
    (
        "eligibility.conditional_non_prosecution",
        {
            "facts": {
                "age_at_offence": 15,
                "crime_chapter_4_6": True,
                "possible_sentence_years": 1,
                "prosecutable": True,
                "repentance": True,
            }
        },
    ),
    # 39 15-year-old handcuffed when taken in; danger not told
    (
        "eligibility.restraints",
        {"facts": {"restraint_in_measure": True, "restraint_juvenile": True}, "body": "police"},
    ),
    # 40 state secrets unknown, police investigation
    (
        "eligibility.lawyer_hire_approval",
        {"facts": {"state_secrets": None, U: ("state_secrets",)}, "body": "police"},
    ),
    # 41 17, prosecution not yet decided
    ("eligibility.record_sealing", {"facts": {"age_at_offence": 17}}),
    # 42 the detective is the victim's son
    (
        "eligibility.recusal",
        {"facts": {"official_is_party_or_relative": True}, "body": "police"},
    ),
    # 43 name withheld, identity unknown, the sale on video (police apply)
    (
        "eligibility.unknown_identity",
        {"facts": {"identity_unknown": True, "evidence_of_crime": True}, "body": "police"},
    ),
    # 44 a witness
    ("eligibility.compelled_appearance", {"facts": {"compel_suspect": False}, "body": "police"}),
    # 45 number not decided
    ("eligibility.lawyer_count", {"facts": {"lawyer_count": None}}),
    # 46 summons missed; suspect or witness unknown
    (
        "eligibility.compelled_appearance",
        {
            "facts": {
                "compel_suspect": None,
                "compel_failed_summons": True,
                U: ("compel_suspect",),
            },
            "body": "police",
        },
    ),
    # 47 no search warrant, during an arrest, emergency unknown
    (
        "eligibility.search",
        {
            "facts": {
                "search_warrant": False,
                "search_in_arrest": True,
                "search_emergency": None,
                U: ("search_emergency",),
            },
            "body": "procuratorate",
        },
    ),
    # 48 county deputy, arrest, not caught in the act (police)
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
            "body": "police",
        },
    ),
    # 49 co-suspect risk only rumoured
    (
        "eligibility.family_notice_exception",
        {"facts": {"co_suspect_risk": None, U: ("co_suspect_risk",)}, "body": "police"},
    ),
    # 50 request not yet decided
    ("eligibility.recusal_pending", {"facts": {"recusal_pending": True}, "body": "police"}),
    # 51 acted alone, identity known, family reachable; "busy"
    (
        "eligibility.family_notice_exception",
        {
            "facts": {
                "co_suspect_risk": False,
                "identity_unknown": False,
                "hinders_or_impossible": False,
            },
            "body": "police",
        },
    ),
    # 52 healthy, not pregnant, no longer breastfeeding
    (
        "eligibility.arrest_exemption",
        {
            "facts": {"serious_illness": False, "pregnant": False, "breastfeeding": False},
            "body": "procuratorate",
        },
    ),
    # 53 national-security charge possible, unknown
    (
        "eligibility.lawyer_meeting_permission",
        {"facts": {"state_security_crime": None, U: ("state_security_crime",)}},
    ),
    # 54 victim or suspect: unknown (raised, unsettled)
    (
        "eligibility.body_examination",
        {"facts": {"exam_suspect": None, "exam_victim": None}, "body": "procuratorate"},
    ),
    # 55 every Art. 59 condition and a first offence
    (
        "eligibility.juvenile_probation",
        {
            "facts": {
                "age_at_offence": 17,
                "possible_sentence_years": 2,
                "repentance": True,
                "community_no_adverse_effect": True,
                "guardianship": True,
                "no_social_danger": True,
                "recidivist": False,
            }
        },
    ),
    # 56 one visit by a friend, nothing else, nothing serious (police surveillance)
    (
        "eligibility.arrest_for_surveillance_breach",
        {
            "facts": {
                "evasion": False,
                "violent_witness_interference": False,
                "evidence_tampering": False,
                "new_crime": False,
                "other_serious_violation": False,
            },
            "body": "police",
        },
    ),
    # 57 all but the harm-to-society assessment, which is awaited
    (
        "eligibility.juvenile_probation",
        {
            "facts": {
                "age_at_offence": 16,
                "possible_sentence_years": 3,
                "repentance": True,
                "community_no_adverse_effect": True,
                "guardianship": True,
                "no_social_danger": None,
                "recidivist": False,
                U: ("no_social_danger",),
            }
        },
    ),
    # 58 a relation to the complainant only rumoured
    (
        "eligibility.recusal",
        {
            "facts": {U: ("official_is_party_or_relative", "official_other_relation")},
            "body": "police",
        },
    ),
    # 59 at most criminal detention (police)
    ("eligibility.arrest", {"facts": {"minor_penalty_only": True}, "body": "police"}),
    # 60 procuratorate: no suicide or flight; evidence risk unknown
    (
        "eligibility.detention",
        {
            "facts": {"suicide_or_flight": False, "evidence_tampering_risk": None},
            "body": "procuratorate",
        },
    ),
]

DEADLINES: list[tuple[str, dict[str, Any]]] = [
    ("deadline.interrogation_arrest", {"start": datetime(2026, 3, 5, 6, 15), "body": "police"}),
    ("deadline.conditional_np_complaint", {"start": date(2026, 3, 2)}),
    ("deadline.arrest_higher_review", {"start": date(2026, 2, 20)}),
    ("deadline.forfeiture_review", {"start": date(2026, 3, 3)}),
    ("deadline.juvenile_inform_victim", {"start": date(2026, 3, 3)}),
    ("deadline.custody_after_arrest", {"start": date(2026, 1, 12)}),
    ("deadline.guarantor_fine_review", {"start": None}),  # no date told: asks
    ("deadline.recusal_reconsideration", {"start": date(2026, 3, 3), "body": "police"}),
    ("deadline.surveillance_period", {"start": None, "body": "police"}),  # no date: asks
    ("deadline.direct_acceptance", {"start": date(2026, 2, 25)}),
    ("deadline.arrest_reconsideration", {"start": date(2026, 2, 27)}),
    ("deadline.sealed_record_inquiry", {"start": date(2026, 2, 26)}),
    ("deadline.no_filing_reasons", {"start": date(2026, 3, 2)}),
    ("deadline.custody_recalculation", {"start": date(2026, 2, 26)}),
    ("deadline.file_case_after_notice", {"start": date(2026, 2, 16)}),
    ("deadline.overdue_measure_review", {"start": date(2026, 3, 2), "measure": "bail"}),
]

EXPECTED_COUNTS = {"eligibility": 60, "deadline": 16, "none": 24}


def kind(item: dict[str, Any]) -> str:
    return item["rule"].split(".")[0] if item.get("rule") else "none"


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    problems: list[str] = []
    kinds = Counter(kind(it) for it in items)
    if dict(kinds) != EXPECTED_COUNTS:
        problems.append(f"counts by kind {dict(kinds)} != {EXPECTED_COUNTS}")
    for n, it in enumerate(items, 1):
        if not isinstance(it.get("q"), str) or "rule" not in it or "voice" not in it:
            problems.append(f"item {n}: needs q, rule and voice")
        if it.get("rule") and it["rule"] not in rules:
            problems.append(f"item {n}: unknown rule {it['rule']}")
    labelled = [it for it in items if it.get("rule")]
    checks = ELIGIBILITY + DEADLINES
    if len(labelled) != len(checks):
        problems.append(f"{len(labelled)} labelled items but {len(checks)} encoded checks")
    agree = 0
    for n, (it, (rid, kwargs)) in enumerate(zip(labelled, checks, strict=False), 1):
        if it["rule"] != rid:
            problems.append(f"labelled item {n}: the set says {it['rule']}, the check {rid}")
            continue
        res = rules[rid].func(**kwargs)
        same = res.computed == dict(it.get("computed") or {})
        same = same and bool(res.needs) == bool(it.get("needs"))
        if same:
            agree += 1
        else:
            problems.append(
                f"labelled item {n} ({rid}): label {it.get('computed')} needs={it.get('needs')}; "
                f"function {res.computed} needs={bool(res.needs)}"
            )
    print(f"items: {len(items)}; by kind: {dict(kinds)}")
    print(f"by voice: {dict(Counter(it['voice'] for it in items))}")
    verdicts = Counter(str(it["computed"]["eligible"]) for it in items if kind(it) == "eligibility")
    print(f"eligibility verdicts: {dict(verdicts)}")
    print(
        f"distinct eligibility rules: {len({it['rule'] for it in items if kind(it) == 'eligibility'})}"
    )
    print(f"distinct deadline rules: {len({it['rule'] for it in items if kind(it) == 'deadline'})}")
    print(f"labels agreeing with the rule function: {agree} of {len(checks)}")
    for p in problems:
        print(f"DISAGREE/PROBLEM: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
