"""Label check for bench/own79_setAR.yaml (training set AR, 100 routing examples).

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script checks it by calling the pure rule function on facts and
dates encoded here by hand (never on a question's text). For each eligibility item the facts
are every fact the question tells that the rule function reads: told true is True, told false
is False, told as unknown or disputed is None and listed under "uncertain"; a fact the question
does not mention is left out. `body` is given wherever the question names the acting body.

Run from the worktree root:

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own79.py

It prints how many labels agree and exits non-zero on any disagreement (a wrong rule id, a
different `computed`, a different `needs`, a null item that is not null, a fact key the rule
does not read, or an uncertain fact that is not None).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[2] / "bench" / "own79_setAR.yaml"
P, S = "police", "procuratorate"

# The fact keys each eligibility rule of this set reads (found by calling each function on the
# cases of tests/rules/cases/ with its facts recorded); a hand-encoded key outside them is an error.
BAIL_GROUNDS = (
    "minor_penalty_only no_social_danger serious_illness pregnant breastfeeding baby_age_months "
    "evidence_short_for_arrest arrest_refused_under_review custody_time_expired "
    "non_prosecution_under_review exit_document_no_arrest_needed"
)
DETENTION_GROUNDS = (
    "caught_in_act identified_by_witness evidence_found_on_person suicide_or_flight "
    "evidence_tampering_risk identity_unknown roving_repeat_gang"
)
ARREST = (
    "evidence_of_crime imprisonment_possible possible_sentence_years minor_penalty_only "
    "bail_insufficient not_liable_circumstance"
)
BREACH = "new_crime evasion evidence_tampering left_area missed_summons"
LEAVE = "leave_reason leave_approved leave_decider_consent measure_by_procuratorate"
READS: dict[str, str] = {
    "arrest": ARREST + " serious_illness pregnant breastfeeding",
    "arrest_exemption": "serious_illness pregnant breastfeeding baby_age_months",
    "arrest_for_bail_breach": BREACH + " breach",
    "arrest_for_surveillance_breach": BREACH
    + " unapproved_meetings violent_witness_interference other_serious_violation",
    "bail": BAIL_GROUNDS
    + " recidivist gang_principal self_injury_evasion state_security_crime violent_crime"
    " other_serious_crime endangers_public_security egregious_crime",
    "body_examination": "exam_suspect exam_victim exam_forced exam_woman_by_man",
    "compelled_appearance": "compel_suspect compel_failed_summons summons_valid_reason"
    " compel_needed compel_continuous compel_outside_area",
    "conditional_non_prosecution": "age_at_offence crime_chapter_4_6 possible_sentence_years"
    " prosecutable repentance juvenile_objects",
    "conditional_np_revocation": "new_crime np_earlier_crime np_public_order_violation"
    " np_supervision_violation np_serious np_repeated",
    "cppcc_notice": "measure_detention measure_arrest measure_other urgent_case",
    "deputy_permission": "deputy_county_up measure_detention measure_arrest measure_other"
    " caught_in_act",
    "detention": DETENTION_GROUNDS,
    "detention_without_warrant": DETENTION_GROUNDS
    + " detention_emergency police_own_detention detention_papers_late",
    "family_notice_exception": "co_suspect_risk identity_unknown hinders_or_impossible",
    "guarantor": "guarantor_not_implicated guarantor_capable guarantor_rights_unrestricted"
    " guarantor_residence_income",
    "interrogation_outside_custody": "out_to_identify out_to_recover out_chief_approval"
    " out_escort_short",
    "investigation_experiment": "experiment_approved experiment_party experiment_harmful"
    " experiment_compelled",
    "juvenile_family_meeting": "family_not_involved police_consent facts_ascertained repentance"
    " family_cooperative",
    "juvenile_non_prosecution": "age_at_offence minor_crime coerced incomplete_crime"
    " secondary_role disability excessive_defence surrender_or_merit recidivist"
    " minor_injury_case negligent_crime instigated repentance compensation_settled",
    "juvenile_probation": "age_at_offence possible_sentence_years minor_penalty_only repentance"
    " community_no_adverse_effect guardianship no_social_danger minor_crime recidivist coerced"
    " victim_settled other_probation_circumstance",
    "lawyer_count": "lawyer_count",
    "lawyer_hire_approval": "state_secrets",
    "lawyer_interpreter": "interpreter_permission",
    "lawyer_meeting_permission": "state_secrets state_security_crime",
    "leave_conditional_np": "cnp_leave_approved",
    "leave_on_bail": LEAVE,
    "leave_under_surveillance": LEAVE,
    "record_sealing": "age_at_offence sentence_years not_prosecuted",
    "record_unsealing": "new_or_omitted_crime combined_sentence_years",
    "recusal": "official_is_party_or_relative official_interest official_prior_role"
    " official_other_relation official_gifts_or_meetings official_former_investigator",
    "recusal_pending": "recusal_pending",
    "restraints": "restraint_in_measure restraint_juvenile restraint_danger restraint_compelled"
    " restraint_resists",
    "sealed_record_access": "requester_judicial requester_state_rules",
    "search": "search_suspect search_may_hide search_warrant search_in_arrest search_emergency"
    " search_woman_by_man search_forcible search_obstructed",
    "shared_lawyer": "co_suspects_same_case",
    "surveillance": BAIL_GROUNDS + " no_bond_or_guarantor",
    "surveillance_meeting": "meet_cohabitant meet_own_lawyer meet_approved meet_decider_consent"
    " measure_by_procuratorate",
    "surveillance_place": "surveillance_at_residence surveillance_at_custody_place",
    "unknown_identity": ARREST + " identity_unknown identity_step prosecutable",
}


def unsure(*keys: str, **facts: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed: None, and listed under "uncertain"."""
    return {**facts, **dict.fromkeys(keys), "uncertain": keys}


T, F = True, False
# (item number, rule, body or None, facts): items 1-60, in file order
ELIGIBILITY: list[tuple[int, str, str | None, dict[str, Any]]] = [
    (1, "bail", P, dict(pregnant=T, recidivist=F, gang_principal=F, violent_crime=F)),
    (
        2,
        "restraints",
        P,
        dict(
            restraint_in_measure=T,
            restraint_compelled=T,
            restraint_juvenile=T,
            restraint_resists=F,
            restraint_danger=F,
        ),
    ),
    (3, "recusal", P, dict(official_interest=T)),
    (4, "compelled_appearance", P, dict(compel_suspect=F)),
    (5, "leave_on_bail", P, dict(leave_reason=T, leave_approved=T, measure_by_procuratorate=F)),
    (
        6,
        "detention_without_warrant",
        P,
        dict(evidence_found_on_person=T, detention_emergency=T, detention_papers_late=F),
    ),
    (7, "juvenile_family_meeting", S, dict(family_not_involved=T, police_consent=T, repentance=T)),
    (8, "recusal_pending", S, dict(recusal_pending=T)),
    (9, "body_examination", S, dict(exam_suspect=F, exam_victim=F)),
    (10, "leave_conditional_np", S, dict(cnp_leave_approved=F)),
    (11, "leave_on_bail", P, dict(leave_reason=T, leave_approved=F, measure_by_procuratorate=F)),
    (12, "record_sealing", S, unsure("age_at_offence", sentence_years=2, not_prosecuted=F)),
    (
        13,
        "guarantor",
        P,
        unsure(
            "guarantor_residence_income",
            guarantor_not_implicated=T,
            guarantor_rights_unrestricted=T,
        ),
    ),
    (
        14,
        "investigation_experiment",
        S,
        dict(
            experiment_compelled=T, experiment_party=T, experiment_approved=T, experiment_harmful=F
        ),
    ),
    (15, "conditional_np_revocation", S, dict(np_public_order_violation=T, np_repeated=T)),
    (
        16,
        "arrest_for_bail_breach",
        S,
        dict(missed_summons=F, new_crime=F, evasion=F, evidence_tampering=F, left_area=F),
    ),
    (
        17,
        "conditional_non_prosecution",
        S,
        dict(
            age_at_offence=16,
            crime_chapter_4_6=T,
            possible_sentence_years=2,
            prosecutable=T,
            repentance=T,
        ),
    ),
    (18, "deputy_permission", P, dict(deputy_county_up=F, measure_arrest=T)),
    (19, "detention", P, dict(identified_by_witness=T)),
    (20, "arrest_for_bail_breach", S, dict(left_area=T)),
    (
        21,
        "search",
        P,
        dict(search_suspect=T, search_in_arrest=T, search_emergency=T, search_warrant=F),
    ),
    (22, "juvenile_non_prosecution", S, dict(age_at_offence=15, minor_crime=T, incomplete_crime=T)),
    (23, "cppcc_notice", P, dict(measure_detention=T, urgent_case=T)),
    (24, "arrest_for_surveillance_breach", P, dict(violent_witness_interference=T)),
    (25, "deputy_permission", P, dict(deputy_county_up=T, measure_detention=T, caught_in_act=T)),
    (26, "restraints", P, dict(restraint_in_measure=T, restraint_juvenile=F)),
    (
        27,
        "juvenile_probation",
        S,
        dict(
            age_at_offence=17, possible_sentence_years=2, repentance=T, recidivist=F, guardianship=T
        ),
    ),
    (28, "lawyer_hire_approval", P, dict(state_secrets=T)),
    (
        29,
        "surveillance_meeting",
        P,
        dict(meet_cohabitant=F, meet_own_lawyer=F, meet_approved=F, measure_by_procuratorate=F),
    ),
    (30, "record_unsealing", S, dict(new_or_omitted_crime=T, combined_sentence_years=3)),
    (31, "compelled_appearance", P, unsure("compel_suspect")),
    (32, "bail", P, dict(minor_penalty_only=T, recidivist=T)),
    (33, "shared_lawyer", P, dict(co_suspects_same_case=F)),
    (34, "bail", S, unsure("endangers_public_security", serious_illness=T)),
    (35, "surveillance", P, unsure("baby_age_months", breastfeeding=T)),
    (36, "lawyer_meeting_permission", P, unsure("state_secrets", state_security_crime=F)),
    (37, "surveillance", P, dict(no_bond_or_guarantor=T)),
    (
        38,
        "surveillance_place",
        P,
        unsure("surveillance_at_residence", "surveillance_at_custody_place"),
    ),
    (39, "arrest_exemption", S, dict(breastfeeding=T, baby_age_months=14)),
    (40, "body_examination", None, unsure("exam_suspect", exam_victim=T, exam_forced=T)),
    (41, "guarantor", P, dict(guarantor_not_implicated=F, guarantor_residence_income=T)),
    (42, "detention", S, dict(suicide_or_flight=F, evidence_tampering_risk=F)),
    (43, "interrogation_outside_custody", S, unsure("out_to_identify", "out_to_recover")),
    (
        44,
        "leave_under_surveillance",
        P,
        unsure("leave_approved", leave_reason=T, measure_by_procuratorate=F),
    ),
    (45, "search", S, dict(search_suspect=T, search_warrant=F, search_in_arrest=F)),
    (46, "family_notice_exception", P, unsure("co_suspect_risk", identity_unknown=F)),
    (47, "leave_conditional_np", S, unsure("cnp_leave_approved")),
    (
        48,
        "investigation_experiment",
        S,
        dict(
            experiment_party=T, experiment_approved=T, experiment_compelled=T, experiment_harmful=T
        ),
    ),
    (49, "arrest", P, dict(evidence_of_crime=T, minor_penalty_only=T, imprisonment_possible=F)),
    (
        50,
        "leave_under_surveillance",
        S,
        dict(leave_reason=T, leave_approved=T, leave_decider_consent=F, measure_by_procuratorate=T),
    ),
    (51, "arrest", S, dict(evidence_of_crime=T, possible_sentence_years=3, bail_insufficient=T)),
    (
        52,
        "compelled_appearance",
        P,
        dict(compel_suspect=T, compel_failed_summons=T, summons_valid_reason=F),
    ),
    (53, "unknown_identity", P, unsure("evidence_of_crime", identity_unknown=T)),
    (54, "family_notice_exception", P, dict(co_suspect_risk=T)),
    (55, "lawyer_interpreter", P, unsure("interpreter_permission")),
    (56, "lawyer_count", P, dict(lawyer_count=3)),
    (57, "sealed_record_access", S, unsure("requester_judicial", "requester_state_rules")),
    (58, "family_notice_exception", S, dict(co_suspect_risk=T, hinders_or_impossible=F)),
    (59, "search", P, unsure("search_may_hide", search_suspect=F)),
    (
        60,
        "recusal",
        P,
        unsure("official_other_relation", official_is_party_or_relative=F, official_interest=F),
    ),
]

# (item number, rule, start, keyword arguments): items 61-76; today is Thursday 5 March 2026
DEADLINE: list[tuple[int, str, date | datetime | None, dict[str, Any]]] = [
    (61, "compelled_appearance", datetime(2026, 3, 3, 21, 15), {"body": P}),  # Tuesday 21:15
    (62, "juvenile_inform_victim", date(2026, 3, 3), {}),  # Tuesday
    (63, "recusal_reconsideration", date(2026, 3, 2), {"body": S}),
    (64, "arrest_reconsideration", date(2026, 2, 27), {}),  # Friday
    (65, "guarantor_fine_review", None, {}),  # no date told: the rule asks
    (66, "forfeiture_review", date(2026, 3, 2), {}),  # Monday
    (67, "conditional_np_complaint", date(2026, 3, 3), {}),  # Tuesday
    (68, "no_filing_reasons", date(2026, 2, 26), {}),
    (69, "bail_period", date(2026, 1, 15), {"body": P}),
    (70, "custody_recalculation", date(2026, 3, 1), {}),
    (71, "interrogation_arrest", datetime(2026, 3, 5, 6, 40), {"body": P}),  # this morning
    (72, "bail_application_reply", None, {"body": P}),  # no date told: the rule asks
    (73, "file_case_after_notice", date(2026, 2, 24), {}),
    (74, "procuratorate_detention", date(2026, 3, 1), {}),  # Sunday
    (75, "sealed_record_inquiry", date(2026, 3, 4), {}),  # Wednesday
    (76, "overdue_measure_review", date(2026, 3, 2), {"measure": "detention"}),  # Monday
]

NULL_ITEMS = range(77, 101)  # items 77-100 reach no rule


def fact_problems(rule: str, facts: Mapping[str, Any]) -> list[str]:
    """Hand-encoding mistakes: a key the rule does not read, an uncertain key not None."""
    reads = set(READS[rule].split())
    unsure_keys = tuple(facts.get("uncertain") or ())
    out = [f"{k} is not read by {rule}" for k in facts if k != "uncertain" and k not in reads]
    out += [f"uncertain {k} is not None" for k in unsure_keys if facts.get(k) is not None]
    return out


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    bad: list[str] = []
    agree = 0
    if len(items) != 100:
        bad.append(f"expected 100 items, found {len(items)}")
    for n, rule, body, facts in ELIGIBILITY:
        item, rid = items[n - 1], f"eligibility.{rule}"
        problems = fact_problems(rule, facts)
        res = rules[rid].func(facts, body=body)
        if item["rule"] != rid:
            problems.append(f"file says {item['rule']}")
        if res.computed != item["computed"]:
            problems.append(f"function gives {res.computed}, file says {item['computed']}")
        if bool(res.needs) != bool(item.get("needs")):
            problems.append(f"needs: function {bool(res.needs)}, file {item.get('needs')}")
        if problems:
            bad.append(f"item {n} ({rid}): " + "; ".join(problems))
        else:
            agree += 1
    for n, rule, start, kwargs in DEADLINE:
        item, rid = items[n - 1], f"deadline.{rule}"
        res = rules[rid].func(start, **kwargs)
        problems = []
        if item["rule"] != rid:
            problems.append(f"file says {item['rule']}")
        if res.computed != item["computed"]:
            problems.append(f"function gives {res.computed}, file says {item['computed']}")
        if bool(res.needs) != bool(item.get("needs")):
            problems.append(f"needs: function {bool(res.needs)}, file {item.get('needs')}")
        if problems:
            bad.append(f"item {n} ({rid}): " + "; ".join(problems))
        else:
            agree += 1
    bad += [
        f"item {n}: expected rule null, file says {items[n - 1]['rule']}"
        for n in NULL_ITEMS
        if items[n - 1]["rule"] is not None
    ]
    checked = {n for n, *_ in ELIGIBILITY} | {n for n, *_ in DEADLINE} | set(NULL_ITEMS)
    bad += [f"item {n} has no check" for n in range(1, len(items) + 1) if n not in checked]
    total = len(ELIGIBILITY) + len(DEADLINE)
    print(
        f"{agree}/{total} labels agree (eligibility {len(ELIGIBILITY)}, deadline {len(DEADLINE)});"
        f" {len(NULL_ITEMS)} null items"
    )
    for line in bad:
        print("DISAGREE:", line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
