"""Check every label of bench/own95_setBH.yaml by calling the pure rule functions.

Each item of the set has an entry in CHECKS, in the same order. Eligibility entries give the
facts the writer encoded by hand from the question (never by reading its text with the
software): every fact the question tells that is a field the rule reads, True when told as
true, False when told as false, and listed in "uncertain" (with the key set to None) when told
as unknown or disputed; facts the question does not mention are left out. `body` is the acting
body the question names (None when it names none). Deadline entries give the start (a date, a
datetime for hour periods, or None when the question leaves the date out) and the rule's
keyword arguments. Null entries expect no rule.

Run from the repository root:
    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own95.py
It prints how many labels agree and exits non-zero on any disagreement.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own95_setBH.yaml"

POLICE = "police"
PROC = "procuratorate"


def unsure(*keys: str, **facts: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed: listed in "uncertain", set to None."""
    out: dict[str, Any] = dict(facts)
    for key in keys:
        out[key] = None
    out["uncertain"] = tuple(keys)
    return out


def elig(starts: str, rule: str, body: str | None, facts: dict[str, Any]) -> dict[str, Any]:
    return {"starts": starts, "rule": "eligibility." + rule, "body": body, "facts": facts}


def dead(starts: str, rule: str, start: date | datetime | None, **kw: Any) -> dict[str, Any]:
    return {"starts": starts, "rule": "deadline." + rule, "start": start, "kw": kw}


def none(starts: str) -> dict[str, Any]:
    return {"starts": starts, "rule": None}


CHECKS: list[dict[str, Any]] = [
    # eligibility (60)
    elig("Between fittings", "bail", POLICE, {"pregnant": True}),
    elig("I did four years", "bail", POLICE, {"recidivist": True, "serious_illness": True}),
    elig(
        "Residents' Committee, Block 7",
        "bail",
        PROC,
        unsure("egregious_crime", serious_illness=True),
    ),
    elig("finally a break", "bail", POLICE, {"minor_penalty_only": True}),
    elig(
        "I work nights in the east wing",
        "surveillance",
        POLICE,
        {"breastfeeding": True, "baby_age_months": 4},
    ),
    elig(
        "Lotus Lane",
        "surveillance",
        POLICE,
        {"minor_penalty_only": True, "no_bond_or_guarantor": True},
    ),
    elig("Incident log", "detention", POLICE, {"caught_in_act": True}),
    elig(
        "Minutes, meeting of 2 March",
        "detention",
        PROC,
        {"suicide_or_flight": False, "evidence_tampering_risk": False},
    ),
    elig("The police picked my kid brother", "detention", POLICE, unsure("identified_by_witness")),
    elig(
        "quick one, half asleep",
        "arrest",
        PROC,
        {"evidence_of_crime": True, "possible_sentence_years": 3, "bail_insufficient": True},
    ),
    elig(
        "During my shift on 27 February",
        "arrest",
        POLICE,
        {"evidence_of_crime": True, "minor_penalty_only": True},
    ),
    elig(
        "Listen, I've been inside",
        "arrest",
        POLICE,
        unsure("bail_insufficient", evidence_of_crime=True, possible_sentence_years=5),
    ),
    elig("Minutes, 4 March. Item 1", "arrest_exemption", PROC, {"pregnant": True}),
    elig("baker's out on bail", "arrest_for_bail_breach", PROC, unsure("left_area")),
    elig(
        "My cutter, Lao Sun",
        "arrest_for_bail_breach",
        PROC,
        {
            "missed_summons": False,
            "new_crime": False,
            "left_area": False,
            "evasion": False,
            "evidence_tampering": False,
        },
    ),
    elig("I told him, I told him", "arrest_for_surveillance_breach", None, {"evasion": True}),
    elig(
        "My apprentice's bail needs a guarantor",
        "guarantor",
        POLICE,
        {
            "guarantor_not_implicated": True,
            "guarantor_residence_income": True,
            "guarantor_rights_unrestricted": True,
        },
    ),
    elig(
        "The police said my little brother",
        "guarantor",
        POLICE,
        {"guarantor_rights_unrestricted": False},
    ),
    elig("After the jade seal", "recusal", POLICE, {"official_gifts_or_meetings": True}),
    elig(
        "Minutes, 2 March. Item 4",
        "recusal",
        POLICE,
        {
            "official_is_party_or_relative": False,
            "official_interest": False,
            "official_prior_role": False,
            "official_gifts_or_meetings": False,
            "official_other_relation": False,
        },
    ),
    elig("baker's wife put in a request", "recusal_pending", POLICE, {"recusal_pending": True}),
    elig(
        "Nobody told our mum",
        "family_notice_exception",
        POLICE,
        {"co_suspect_risk": True},
    ),
    elig(
        "Minutes, 5 March. Item 2",
        "family_notice_exception",
        PROC,
        {"hinders_or_impossible": False},
    ),
    elig(
        "My shop assistant is in the police",
        "lawyer_meeting_permission",
        POLICE,
        {"state_secrets": False, "state_security_crime": False},
    ),
    elig("baker's in custody", "lawyer_meeting_permission", None, unsure("state_secrets")),
    elig("My brother worked at a defence", "lawyer_hire_approval", None, {"state_secrets": True}),
    elig("the baker's family wants three", "lawyer_count", None, {"lawyer_count": 3}),
    elig("My employee Xiao Zhou", "shared_lawyer", None, unsure("co_suspects_same_case")),
    elig(
        "The suspect from last week", "lawyer_interpreter", None, unsure("interpreter_permission")
    ),
    elig(
        "I saw the van parked",
        "compelled_appearance",
        POLICE,
        {"compel_suspect": False, "compel_failed_summons": True},
    ),
    elig(
        "cops summoned the baker twice",
        "compelled_appearance",
        POLICE,
        {"compel_suspect": True, "compel_failed_summons": True},
    ),
    elig(
        "Our museum's honorary director",
        "cppcc_notice",
        POLICE,
        unsure("urgent_case", cppcc_member=True, measure_detention=True),
    ),
    elig(
        "the baker is a deputy",
        "deputy_permission",
        POLICE,
        {
            "npc_deputy": True,
            "deputy_county_up": True,
            "measure_arrest": True,
            "measure_detention": False,
        },
    ),
    elig(
        "Minutes, 5 March. Item 3",
        "deputy_permission",
        POLICE,
        {"npc_deputy": True, "deputy_county_up": False, "measure_detention": True},
    ),
    elig(
        "A customer snatched",
        "detention_without_warrant",
        POLICE,
        unsure("detention_emergency", caught_in_act=True),
    ),
    elig(
        "Minutes, 4 March. Item 2",
        "restraints",
        POLICE,
        {"restraint_in_measure": True, "restraint_juvenile": True, "restraint_danger": False},
    ),
    elig(
        "My brother is 29",
        "restraints",
        POLICE,
        {"restraint_in_measure": True, "restraint_juvenile": False},
    ),
    elig(
        "Two investigators from the procuratorate",
        "search",
        PROC,
        {
            "search_suspect": False,
            "search_may_hide": True,
            "search_warrant": False,
            "search_in_arrest": False,
        },
    ),
    elig(
        "Minutes, 3 March. Item 7",
        "search",
        PROC,
        unsure(
            "search_emergency", search_suspect=True, search_warrant=False, search_in_arrest=True
        ),
    ),
    elig(
        "A man who ordered three",
        "unknown_identity",
        POLICE,
        unsure("evidence_of_crime", identity_unknown=True),
    ),
    elig(
        "I was the guard on duty",
        "body_examination",
        PROC,
        {"exam_suspect": False, "exam_victim": False},
    ),
    elig(
        "The procuratorate wants to re-enact",
        "investigation_experiment",
        PROC,
        unsure("experiment_approved"),
    ),
    elig(
        "Minutes, 5 March. Item 4",
        "surveillance_place",
        POLICE,
        unsure("surveillance_at_custody_place", "surveillance_at_residence"),
    ),
    elig(
        "My brother's under house arrest",
        "surveillance_meeting",
        POLICE,
        unsure("meet_approved", meet_cohabitant=False, meet_own_lawyer=False),
    ),
    elig(
        "baker's on police bail",
        "leave_on_bail",
        POLICE,
        unsure("leave_approved", leave_reason=True),
    ),
    elig(
        "My pattern-cutter",
        "leave_on_bail",
        POLICE,
        {"leave_reason": True, "leave_approved": False},
    ),
    elig(
        "My brother's under residential surveillance",
        "leave_under_surveillance",
        POLICE,
        {"leave_reason": True, "leave_approved": True},
    ),
    elig(
        "Our former night guard",
        "interrogation_outside_custody",
        PROC,
        {"out_to_recover": True, "out_chief_approval": True},
    ),
    elig(
        "My apprentice, 16",
        "conditional_non_prosecution",
        PROC,
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 1,
            "prosecutable": True,
            "repentance": True,
            "juvenile_objects": False,
        },
    ),
    elig(
        "My brother was seventeen",
        "conditional_non_prosecution",
        None,
        {
            "age_at_offence": 17,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 2,
            "repentance": True,
        },
    ),
    elig("baker's nephew", "conditional_np_revocation", None, {"new_crime": True}),
    elig(
        "A 15-year-old on a school trip",
        "juvenile_non_prosecution",
        PROC,
        {"age_at_offence": 15, "minor_crime": True, "surrender_or_merit": True},
    ),
    elig(
        "Minutes, 4 March. Item 5",
        "juvenile_non_prosecution",
        PROC,
        {
            "age_at_offence": 16,
            "minor_crime": True,
            "recidivist": False,
            "repentance": True,
            "compensation_settled": False,
        },
    ),
    elig(
        "My brother was 17 when",
        "juvenile_probation",
        PROC,
        {
            "age_at_offence": 17,
            "possible_sentence_years": 2,
            "repentance": True,
            "guardianship": True,
        },
    ),
    elig(
        "Minutes, 2 March. Item 8",
        "record_sealing",
        None,
        {"age_at_offence": 17, "sentence_years": 2, "not_prosecuted": False},
    ),
    elig(
        "baker did a robbery",
        "record_sealing",
        None,
        {"age_at_offence": 20, "sentence_years": 1, "not_prosecuted": False},
    ),
    elig("the other apprentice", "record_unsealing", None, {"new_or_omitted_crime": True}),
    elig(
        "A young man applied",
        "sealed_record_access",
        PROC,
        {"requester_judicial": False, "requester_state_rules": False},
    ),
    elig(
        "My nephew, 16",
        "juvenile_family_meeting",
        PROC,
        {"family_not_involved": True, "police_consent": True, "repentance": True},
    ),
    elig(
        "The boy who sweeps",
        "leave_conditional_np",
        PROC,
        {"cnp_leave_approved": False},
    ),
    # deadline (16)
    dead("I stood guarantor", "guarantor_fine_review", None),
    dead("Night shift again", "recusal_reconsideration", date(2026, 3, 3), body=POLICE),
    dead("The procuratorate refused", "arrest_reconsideration", date(2026, 2, 27)),
    dead("Minutes, 5 March. Item 9", "file_case_after_notice", date(2026, 2, 23)),
    dead(
        "cops took the baker",
        "family_notice_detention",
        datetime(2026, 3, 5, 3, 0),
        body=POLICE,
    ),
    dead("On Monday the police read", "forfeiture_review", date(2026, 3, 2)),
    dead(
        "The police arrested our former",
        "interrogation_arrest",
        datetime(2026, 3, 4, 22, 40),
        body=POLICE,
    ),
    dead("My brother has been in custody", "custody_recalculation", date(2026, 3, 2)),
    dead("Minutes, 4 March. Item 3", "juvenile_inform_victim", date(2026, 3, 4)),
    dead("baker got police bail", "bail_period", date(2025, 11, 30), body=POLICE),
    dead("We handed the written", "bail_application_reply", date(2026, 2, 26), body=POLICE),
    dead("Our HR department", "sealed_record_inquiry", date(2026, 3, 1)),
    dead(
        "My brother's been held in detention",
        "overdue_measure_review",
        date(2026, 3, 3),
        measure="detention",
    ),
    dead("Minutes. Item 6", "conditional_np_complaint", None),
    dead("baker's wife has been", "surveillance_period", date(2025, 10, 31), body=POLICE),
    dead("One of my regular customers", "lawyer_permission", date(2026, 3, 3), body=PROC),
    # null (24)
    none("The police want my employee"),
    none("Two of our guards"),
    none("I got out of prison"),
    none("Minutes. Item 11"),
    none("baker's in detention"),
    none("Roughly how much"),
    none("When the lawyer met"),
    none("My brother was sentenced"),
    none("Minutes. Item 2"),
    none("whats the actual difference"),
    none("A customer whose wedding suit"),
    none("A 12-year-old boy"),
    none("Once they formally arrest"),
    none("Minutes. Item 5"),
    none("how long can police bail"),
    none("When the police came into my shop"),
    none("If the procuratorate decides"),
    none("A man died after"),
    none("Minutes. Item 8"),
    none("baker got released"),
    none("In general, how many days"),
    none("What's the usual sentence"),
    none("Minutes. Item 10"),
    none("can i visit the baker"),
]


def computed_of(check: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """What the rule function computes for the hand-encoded inputs, and whether it asks."""
    spec = all_rules()[check["rule"]]
    if check["rule"].startswith("eligibility."):
        result = spec.func(dict(check["facts"]), check["body"])
    else:
        result = spec.func(check["start"], **check["kw"])
    return dict(result.computed), bool(result.needs)


def problems(item: dict[str, Any], check: dict[str, Any]) -> list[str]:
    """Every disagreement between one labelled item and its check (empty when they agree)."""
    out: list[str] = []
    if not str(item.get("q", "")).startswith(check["starts"]):
        out.append(f"question does not start with {check['starts']!r}")
    if item.get("rule") != check["rule"]:
        out.append(f"rule {item.get('rule')!r} != check {check['rule']!r}")
        return out
    if check["rule"] is None:
        if item.get("computed") or item.get("needs"):
            out.append("a null item carries computed or needs")
        return out
    if check["rule"] not in all_rules():
        out.append(f"unknown rule {check['rule']}")
        return out
    facts = check.get("facts") or {}
    for key in facts.get("uncertain", ()):
        if facts.get(key) is not None:
            out.append(f"uncertain fact {key} is not None")
    got, asks = computed_of(check)
    want = dict(item.get("computed") or {})
    if got != want:
        out.append(f"computed {want} != function {got}")
    if bool(item.get("needs")) != asks:
        out.append(f"needs {bool(item.get('needs'))} != function {asks}")
    return out


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    if len(items) != len(CHECKS):
        print(f"{len(items)} items but {len(CHECKS)} checks")
        return 1
    labelled = agree = 0
    failed: list[str] = []
    for n, (item, check) in enumerate(zip(items, CHECKS, strict=True), 1):
        found = problems(item, check)
        if check["rule"] is not None:
            labelled += 1
            agree += not found
        if found:
            failed.append(f"item {n}: " + "; ".join(found))
    print(f"{agree} of {labelled} rule labels agree with the rule functions")
    print(f"{len(items) - labelled} null items checked for shape")
    for line in failed:
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
