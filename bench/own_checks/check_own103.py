"""Check the labels of bench/own103_setBP.yaml against the pure rule functions.

Every eligibility and deadline label of the set was worked out by hand; here each is checked
by calling the registered rule function on facts and dates encoded by hand from the question
(never on the question's text). For each eligibility item the facts are every fact the
question tells that the rule reads: told true is True, told false is False, told as unknown
or disputed is listed under "uncertain" (and the key set to None); the body is given where
the question names it. Null items must have no check.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own103.py

Prints one line per disagreement and the count of labels that agree; exits 1 on any
disagreement or on an item without a check.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own103_setBP.yaml"
POLICE, SPP = "police", "procuratorate"


def unsure(*keys: str, **told: Any) -> dict[str, Any]:
    """Facts with `keys` raised as unknown or disputed, plus the facts told."""
    return {**told, **{k: None for k in keys}, "uncertain": keys}


# item number: (rule, opening words of the question, facts, body)
ELIG: dict[int, tuple[str, str, dict[str, Any], str | None]] = {
    1: ("eligibility.detention", "Ticket seller at", {"caught_in_act": True}, POLICE),
    2: (
        "eligibility.bail",
        "Mod summary of",
        {"breastfeeding": True, "baby_age_months": 7},
        POLICE,
    ),
    3: (
        "eligibility.deputy_permission",
        "I keep house",
        {"npc_deputy": True, "deputy_county_up": False, "measure_detention": True},
        SPP,
    ),
    4: ("eligibility.arrest_exemption", "Refereed a women's", {"pregnant": True}, SPP),
    5: (
        "eligibility.bail",
        "Need advice please",
        {"breastfeeding": True, "baby_age_months": 18},
        SPP,
    ),
    6: ("eligibility.compelled_appearance", "Strange one from", {"compel_suspect": False}, POLICE),
    7: (
        "eligibility.arrest",
        "Post summary, user 'greenlane'",
        {"evidence_of_crime": True, "minor_penalty_only": True, "imprisonment_possible": False},
        None,
    ),
    8: (
        "eligibility.search",
        "On Monday some people",
        {"search_suspect": True, "search_warrant": False, "search_in_arrest": False},
        SPP,
    ),
    9: (
        "eligibility.detention",
        "Not a pitch incident",
        {"suicide_or_flight": False, "evidence_tampering_risk": False},
        SPP,
    ),
    10: (
        "eligibility.arrest_exemption",
        "- my sister-in-law",
        {"serious_illness": False, "pregnant": False, "breastfeeding": False},
        SPP,
    ),
    11: (
        "eligibility.detention_without_warrant",
        "Last night, on the last boat",
        unsure("detention_emergency", identified_by_witness=True),
        POLICE,
    ),
    12: (
        "eligibility.investigation_experiment",
        "Summary of a user post",
        unsure("experiment_approved"),
        SPP,
    ),
    13: (
        "eligibility.search",
        "When they searched",
        unsure("search_may_hide", search_warrant=True, search_suspect=False),
        SPP,
    ),
    14: (
        "eligibility.detention",
        "Friday night 7-a-side",
        unsure("identified_by_witness", evidence_found_on_person=False),
        POLICE,
    ),
    15: ("eligibility.bail", "- cousin's wife", unsure("egregious_crime", pregnant=True), SPP),
    16: (
        "eligibility.leave_on_bail",
        "Our cashier, Mr Ruan",
        {"leave_reason": True, "leave_approved": True},
        POLICE,
    ),
    17: (
        "eligibility.arrest_for_surveillance_breach",
        "Post summary (user 'east_window')",
        {"violent_witness_interference": True},
        POLICE,
    ),
    18: (
        "eligibility.guarantor",
        "My employer's son got bail",
        {
            "guarantor_not_implicated": True,
            "guarantor_residence_income": True,
            "guarantor_rights_unrestricted": True,
        },
        POLICE,
    ),
    19: ("eligibility.arrest_for_bail_breach", "A centre-back", {"new_crime": True}, SPP),
    20: ("eligibility.surveillance", "- nephew Tao", {"no_bond_or_guarantor": True}, POLICE),
    21: (
        "eligibility.bail",
        "The old man who runs",
        {"recidivist": True, "serious_illness": True},
        POLICE,
    ),
    22: (
        "eligibility.recusal",
        "Complaint summary",
        {
            "official_is_party_or_relative": False,
            "official_interest": False,
            "official_prior_role": False,
            "official_gifts_or_meetings": False,
        },
        POLICE,
    ),
    23: ("eligibility.lawyer_hire_approval", "My employer works", {"state_secrets": True}, POLICE),
    24: (
        "eligibility.body_examination",
        "I'm the victim",
        {"exam_victim": True, "exam_suspect": False, "exam_forced": True},
        SPP,
    ),
    25: (
        "eligibility.guarantor",
        "- my brother wants",
        {"guarantor_not_implicated": False, "guarantor_residence_income": True},
        None,
    ),
    26: (
        "eligibility.arrest_for_bail_breach",
        "One of our ticket inspectors",
        unsure("breach"),
        POLICE,
    ),
    27: (
        "eligibility.juvenile_probation",
        "Summary: the user's nephew",
        unsure(
            "possible_sentence_years",
            age_at_offence=17,
            repentance=True,
            guardianship=True,
            recidivist=False,
        ),
        SPP,
    ),
    28: (
        "eligibility.cppcc_notice",
        "The gentleman I work for is a member",
        unsure("urgent_case", cppcc_member=True, measure_detention=True),
        POLICE,
    ),
    29: (
        "eligibility.restraints",
        "Sunday's under-16 final",
        unsure("restraint_danger", restraint_in_measure=True, restraint_juvenile=True),
        POLICE,
    ),
    30: (
        "eligibility.surveillance",
        "- daughter-in-law",
        unsure("baby_age_months", breastfeeding=True),
        POLICE,
    ),
    31: (
        "eligibility.restraints",
        "Around 18:05",
        {"restraint_in_measure": True, "restraint_juvenile": False},
        POLICE,
    ),
    32: (
        "eligibility.record_sealing",
        "Anonymised post",
        {"age_at_offence": 16, "sentence_years": 2, "not_prosecuted": False},
        None,
    ),
    33: (
        "eligibility.lawyer_meeting_permission",
        "Sir has been detained",
        {"state_secrets": False, "state_security_crime": False},
        POLICE,
    ),
    34: (
        "eligibility.juvenile_non_prosecution",
        "Youth cup",
        {"age_at_offence": 16, "secondary_role": True, "minor_crime": True},
        SPP,
    ),
    35: (
        "eligibility.conditional_non_prosecution",
        "- my nephew was 16",
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 0.5,
            "prosecutable": True,
            "repentance": True,
        },
        SPP,
    ),
    36: ("eligibility.lawyer_count", "Quick one between", {"lawyer_count": 3}, POLICE),
    37: (
        "eligibility.lawyer_meeting_permission",
        "User post: his father",
        {"state_security_crime": True},
        None,
    ),
    38: (
        "eligibility.surveillance_place",
        "Madam's brother",
        {"surveillance_at_custody_place": True, "surveillance_at_residence": False},
        POLICE,
    ),
    39: (
        "eligibility.conditional_non_prosecution",
        "A 15-year-old from",
        {
            "age_at_offence": 15,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 1,
            "prosecutable": True,
            "repentance": True,
            "juvenile_objects": True,
        },
        SPP,
    ),
    40: (
        "eligibility.leave_conditional_np",
        "- my grandson (17)",
        {"cnp_leave_approved": False},
        SPP,
    ),
    41: (
        "eligibility.family_notice_exception",
        "A passenger was detained",
        unsure("hinders_or_impossible"),
        POLICE,
    ),
    42: (
        "eligibility.shared_lawyer",
        "User asks: her cousin",
        unsure("co_suspects_same_case"),
        POLICE,
    ),
    43: (
        "eligibility.deputy_permission",
        "The family I work for",
        unsure("deputy_county_up", npc_deputy=True, measure_arrest=True),
        POLICE,
    ),
    44: (
        "eligibility.conditional_np_revocation",
        "A 16-year-old in my league",
        unsure("np_serious", np_public_order_violation=True, np_repeated=False),
        SPP,
    ),
    45: (
        "eligibility.interrogation_outside_custody",
        "- nephew is in the detention",
        unsure("out_chief_approval", out_to_identify=True),
        SPP,
    ),
    46: (
        "eligibility.unknown_identity",
        "On Tuesday a passenger",
        {"identity_unknown": True, "evidence_of_crime": True},
        POLICE,
    ),
    47: (
        "eligibility.arrest",
        "Post summary: the user's former",
        {"evidence_of_crime": True, "imprisonment_possible": True, "bail_insufficient": True},
        SPP,
    ),
    48: (
        "eligibility.surveillance_meeting",
        "The gentleman I work for is under",
        {"meet_own_lawyer": True},
        POLICE,
    ),
    49: (
        "eligibility.recusal",
        "A player punched me",
        {"official_is_party_or_relative": True},
        POLICE,
    ),
    50: (
        "eligibility.family_notice_exception",
        "- neighbour's son",
        {"identity_unknown": True},
        POLICE,
    ),
    51: (
        "eligibility.leave_on_bail",
        "A regular of mine",
        {"leave_reason": True, "leave_approved": False},
        POLICE,
    ),
    52: (
        "eligibility.sealed_record_access",
        "A user who runs HR",
        {"requester_judicial": False, "requester_state_rules": False},
        SPP,
    ),
    53: ("eligibility.recusal_pending", "Sir's lawyer applied", {"recusal_pending": True}, SPP),
    54: (
        "eligibility.juvenile_non_prosecution",
        "Linesman incident",
        {"age_at_offence": 19, "surrender_or_merit": True},
        None,
    ),
    55: (
        "eligibility.record_sealing",
        "- my nephew was 17",
        {"age_at_offence": 17, "sentence_years": 7, "not_prosecuted": False},
        None,
    ),
    56: (
        "eligibility.compelled_appearance",
        "Ticket-office question",
        {"compel_suspect": True, "compel_failed_summons": True, "summons_valid_reason": False},
        POLICE,
    ),
    57: (
        "eligibility.juvenile_family_meeting",
        "User writes",
        {"family_not_involved": True, "police_consent": True, "repentance": True},
        SPP,
    ),
    58: (
        "eligibility.leave_under_surveillance",
        "Sir is under residential",
        unsure("leave_approved", leave_reason=True),
        POLICE,
    ),
    59: (
        "eligibility.lawyer_interpreter",
        "A Brazilian striker",
        unsure("interpreter_permission"),
        POLICE,
    ),
    60: (
        "eligibility.record_unsealing",
        "- my son's juvenile record",
        unsure("combined_sentence_years", new_or_omitted_crime=True),
        None,
    ),
}

# item number: (rule, opening words of the question, keyword arguments of the rule function)
DEAD: dict[int, tuple[str, str, dict[str, Any]]] = {
    61: (
        "deadline.interrogation_arrest",
        "The police arrested one",
        {"start": datetime(2026, 3, 4, 14, 40), "body": POLICE},
    ),
    62: (
        "deadline.no_filing_reasons",
        "Post summary: the user reported",
        {"start": date(2026, 2, 24)},
    ),
    63: (
        "deadline.lawyer_permission",
        "My employer's case",
        {"start": date(2026, 3, 3), "body": POLICE},
    ),
    64: (
        "deadline.recusal_reconsideration",
        "I asked for the investigating",
        {"start": date(2026, 3, 2), "body": POLICE},
    ),
    65: ("deadline.juvenile_inform_victim", "- my granddaughter", {"start": date(2026, 3, 2)}),
    66: ("deadline.forfeiture_review", "My colleague's bail", {"start": date(2026, 3, 2)}),
    67: ("deadline.sealed_record_inquiry", "A user who says", {"start": date(2026, 3, 2)}),
    68: (
        "deadline.overdue_measure_review",
        "Sir has been under",
        {"start": date(2026, 3, 1), "measure": "surveillance"},
    ),
    69: (
        "deadline.arrest_reconsideration",
        "The procuratorate refused to approve",
        {"start": date(2026, 2, 27)},
    ),
    70: ("deadline.custody_recalculation", "- nephew was arrested", {"start": None}),
    71: (
        "deadline.bail_application_reply",
        "We handed a bail",
        {"start": date(2026, 2, 27), "body": POLICE},
    ),
    72: ("deadline.conditional_np_complaint", "User post: she's", {"start": date(2026, 2, 20)}),
    73: ("deadline.guarantor_fine_review", "Madam stood as", {"start": None}),
    74: (
        "deadline.police_detention",
        "The police detained the player",
        {"start": date(2026, 2, 28)},
    ),
    75: ("deadline.arrest_higher_review", "- procuratorate refused", {"start": date(2026, 2, 19)}),
    76: (
        "deadline.family_notice_detention",
        "The harbour police",
        {"start": datetime(2026, 3, 3, 22, 15), "body": POLICE},
    ),
}


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    problems: list[str] = []
    agree = 0
    for n, item in enumerate(items, 1):
        rule, q = item["rule"], item["q"]
        check = ELIG.get(n) or DEAD.get(n)
        if rule is None:
            if check is not None:
                problems.append(f"{n}: a null item has a check")
            continue
        if rule not in rules:
            problems.append(f"{n}: unknown rule {rule}")
            continue
        if check is None:
            problems.append(f"{n}: no check for {rule}")
            continue
        if check[0] != rule or not q.startswith(check[1]):
            problems.append(f"{n}: check is for {check[0]} / {check[1]!r}, item is {rule}")
            continue
        if n in ELIG:
            _, _, facts, body = ELIG[n]
            res = rules[rule].func(facts, body=body)
        else:
            res = rules[rule].func(**DEAD[n][2])
        want_needs = bool(item.get("needs"))
        if res.computed == item.get("computed", {}) and bool(res.needs) == want_needs:
            agree += 1
        else:
            problems.append(
                f"{n}: {rule}: label {item.get('computed')} needs={want_needs}, "
                f"function {res.computed} needs={bool(res.needs)}"
            )
    labelled = sum(1 for item in items if item["rule"] is not None)
    for p in problems:
        print(p)
    print(f"{agree} of {labelled} labels agree with the rule functions ({len(items)} items)")
    return 1 if problems or agree != labelled else 0


if __name__ == "__main__":
    sys.exit(main())
