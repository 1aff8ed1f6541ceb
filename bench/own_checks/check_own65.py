"""Label check for bench/own65_setAD.yaml (set AD, 100 questions, written blind).

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script checks it by calling the pure rule function on facts and
dates encoded by hand from each question (never on the question's text). For an eligibility
item the facts are every fact the question tells that the rule function reads: told true is
True, told false is False, told as unknown or disputed is None with the key in "uncertain";
facts the question does not mention are left out; `body` is given where the question names
the acting body. One call per eligibility item, in the file's order (bench/fact_reading.py
records these calls and compares them with what the fact readers find).

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own65.py

Prints one line per labelled item and how many labels agree; exits non-zero on any
disagreement, on a rule id that does not exist, or on an item without its check.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET_FILE = Path(__file__).resolve().parents[1] / "own65_setAD.yaml"
UNCERTAIN = "uncertain"
POLICE, PROC = "police", "procuratorate"


def unsure(*keys: str, **facts: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed (None, listed under "uncertain")."""
    return {**facts, **dict.fromkeys(keys), UNCERTAIN: tuple(keys)}


@dataclass(frozen=True)
class Elig:
    """An eligibility item: its number in the file, rule, hand-encoded facts and body."""

    n: int
    rule: str
    facts: dict[str, Any]
    body: str | None = None


@dataclass(frozen=True)
class Dead:
    """A deadline item: its number, rule, start (None: not told) and other inputs."""

    n: int
    rule: str
    start: date | datetime | None
    inputs: dict[str, Any] = field(default_factory=dict)


E = "eligibility."
D = "deadline."

CHECKS: list[Elig | Dead] = [
    # 1 kidney failure, dialysis, serious (hospital papers); the gong an took him
    Elig(1, E + "bail", {"serious_illness": True}, POLICE),
    # 2 a victim (not a suspect) who refuses; the procurators intend a compulsory examination
    Elig(
        2,
        E + "body_examination",
        {"exam_victim": True, "exam_suspect": False, "exam_forced": True},
        PROC,
    ),
    # 3 on the jianchayuan's bail; broke a jaw on purpose (a new intentional crime)
    Elig(3, E + "arrest_for_bail_breach", {"new_crime": True}, PROC),
    # 4 township deputy; the police intend to detain (not arrest)
    Elig(
        4,
        E + "deputy_permission",
        {
            "npc_deputy": True,
            "deputy_county_up": False,
            "measure_detention": True,
            "measure_arrest": False,
        },
        POLICE,
    ),
    # 5 no state secrets; the police detained him
    Elig(5, E + "lawyer_hire_approval", {"state_secrets": False}, POLICE),
    # 6 may be pregnant, not tested: unknown; the local police station
    Elig(6, E + "surveillance", unsure("pregnant"), POLICE),
    # 7 the suspect himself; not objecting (no compulsion)
    Elig(7, E + "body_examination", {"exam_suspect": True, "exam_forced": False}, PROC),
    # 8 procuratorate bail; left the city once without asking (a breach); serious? unknown
    Elig(8, E + "arrest_for_bail_breach", unsure("left_area", breach=True), PROC),
    # 9 county deputy; the procuratorate wants to arrest; not caught in the act
    Elig(
        9,
        E + "deputy_permission",
        {
            "npc_deputy": True,
            "deputy_county_up": True,
            "measure_arrest": True,
            "measure_detention": False,
            "caught_in_act": False,
        },
        PROC,
    ),
    # 10 the court trying a case asks the procuratorate for the sealed record
    Elig(10, E + "sealed_record_access", {"requester_judicial": True}, PROC),
    # 11 the lawyer wrote to the police about an interpreter; answer unknown
    Elig(11, E + "lawyer_interpreter", unsure("interpreter_permission"), POLICE),
    # 12 dangerous experiment (fire in an occupied building); the chief procurator approved
    Elig(
        12,
        E + "investigation_experiment",
        {"experiment_harmful": True, "experiment_approved": True},
        PROC,
    ),
    # 13 an adult (30) cuffed during his arrest, after swinging at the officers
    Elig(
        13,
        E + "restraints",
        {"restraint_in_measure": True, "restraint_juvenile": False, "restraint_danger": True},
        POLICE,
    ),
    # 14 city CPPCC member; police plan a detention; urgency not known
    Elig(
        14,
        E + "cppcc_notice",
        unsure("urgent_case", cppcc_member=True, measure_detention=True, measure_arrest=False),
        POLICE,
    ),
    # 15 a suspect, summoned twice, ignored both without an excuse
    Elig(
        15,
        E + "compelled_appearance",
        {"compel_suspect": True, "compel_failed_summons": True},
        POLICE,
    ),
    # 16 withholds his real name; proof of the thefts; the police would ask for daibu
    Elig(16, E + "unknown_identity", {"identity_unknown": True, "evidence_of_crime": True}, POLICE),
    # 17 a witness required to take part; the chief procurator's approval unknown
    Elig(
        17,
        E + "investigation_experiment",
        unsure("experiment_approved", experiment_compelled=True, experiment_party=True),
        PROC,
    ),
    # 18 a 16-year-old cuffed while taken to the station; did not resist; no danger of any kind
    Elig(
        18,
        E + "restraints",
        {
            "restraint_in_measure": True,
            "restraint_juvenile": True,
            "restraint_danger": False,
            "restraint_resists": False,
        },
        POLICE,
    ),
    # 19 the pastor (not living with him) visits with the police station's approval
    Elig(19, E + "surveillance_meeting", {"meet_cohabitant": False, "meet_approved": True}, POLICE),
    # 20 aged 16, a minor crime, surrendered (walked in and confessed)
    Elig(
        20,
        E + "juvenile_non_prosecution",
        {"age_at_offence": 16, "minor_crime": True, "surrender_or_merit": True},
        PROC,
    ),
    # 21 alone (no co-suspects), real name and ID, family reachable, nothing would hinder
    Elig(
        21,
        E + "family_notice_exception",
        {"co_suspect_risk": False, "identity_unknown": False, "hinders_or_impossible": False},
        POLICE,
    ),
    # 22 the police investigator is the victim's son
    Elig(22, E + "recusal", {"official_is_party_or_relative": True}, POLICE),
    # 23 16 at the offence, theft (property, Ch. V), a year at most, clear facts, sorry
    Elig(
        23,
        E + "conditional_non_prosecution",
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 1,
            "prosecutable": True,
            "repentance": True,
        },
        PROC,
    ),
    # 24 with the procuratorate; admitted and sorry; family uninvolved; police consent unknown
    Elig(
        24,
        E + "juvenile_family_meeting",
        unsure("police_consent", family_not_involved=True, repentance=True),
        PROC,
    ),
    # 25 three lawyers at once during the investigation
    Elig(25, E + "lawyer_count", {"lawyer_count": 3}),
    # 26 breastfeeding her own 14-month-old; the jianchayuan decides the arrest
    Elig(26, E + "arrest_exemption", {"breastfeeding": True, "baby_age_months": 14}, PROC),
    # 27 dinner paid by the other side: alleged, denied, unconfirmed
    Elig(27, E + "recusal", unsure("official_gifts_or_meetings"), POLICE),
    # 28 17, robbery (property, Ch. V), three years likely
    Elig(
        28,
        E + "conditional_non_prosecution",
        {"age_at_offence": 17, "crime_chapter_4_6": True, "possible_sentence_years": 3},
    ),
    # 29 house arrest by the police; a service nearby; permission refused
    Elig(
        29, E + "leave_under_surveillance", {"leave_reason": True, "leave_approved": False}, POLICE
    ),
    # 30 withdrawal requested, no decision yet
    Elig(30, E + "recusal_pending", {"recusal_pending": True}),
    # 31 the proposed guarantor was questioned as involved in the same theft; flat and job
    Elig(
        31,
        E + "guarantor",
        {"guarantor_not_implicated": False, "guarantor_residence_income": True},
    ),
    # 32 a new offence; combined sentence three years
    Elig(32, E + "record_unsealing", {"new_or_omitted_crime": True, "combined_sentence_years": 3}),
    # 33 a robbery during the probation (a new crime)
    Elig(33, E + "conditional_np_revocation", {"new_crime": True}, PROC),
    # 34 threatened to hurt a witness (interference by threats)
    Elig(34, E + "arrest_for_surveillance_breach", {"violent_witness_interference": True}, POLICE),
    # 35 kept in the police station's office building, not at home
    Elig(
        35,
        E + "surveillance_place",
        {"surveillance_at_custody_place": True, "surveillance_at_residence": False},
    ),
    # 36 on the county police's bail; funeral; the police station approved the trip
    Elig(36, E + "leave_on_bail", {"leave_reason": True, "leave_approved": True}, POLICE),
    # 37 brother: uninvolved, political rights and liberty, fixed residence and income
    Elig(
        37,
        E + "guarantor",
        {
            "guarantor_not_implicated": True,
            "guarantor_rights_unrestricted": True,
            "guarantor_residence_income": True,
        },
    ),
    # 38 one missed check-in with the procuratorate; consequences unknown
    Elig(
        38,
        E + "conditional_np_revocation",
        unsure("np_serious", np_supervision_violation=True, np_repeated=False),
        PROC,
    ),
    # 39 one unapproved trip (not serious); none of MPS Art. 99's list; nothing else serious
    Elig(
        39,
        E + "arrest_for_surveillance_breach",
        {
            "left_area": False,
            "evasion": False,
            "violent_witness_interference": False,
            "evidence_tampering": False,
            "new_crime": False,
            "other_serious_violation": False,
        },
        POLICE,
    ),
    # 40 state secrets; detained by the police; the lawyer wants to go without permission
    Elig(40, E + "lawyer_meeting_permission", {"state_secrets": True}, POLICE),
    # 41 a witness, not accused; the police threaten to bring her by force
    Elig(41, E + "compelled_appearance", {"compel_suspect": False}, POLICE),
    # 42 proved, five years or more, bail would not prevent the danger; procuratorate
    Elig(
        42,
        E + "arrest",
        {
            "evidence_of_crime": True,
            "imprisonment_possible": True,
            "possible_sentence_years": 5,
            "bail_insufficient": True,
        },
        PROC,
    ),
    # 43 17 at the offence; five years likely; the prosecutors would recommend
    Elig(43, E + "juvenile_probation", {"age_at_offence": 17, "possible_sentence_years": 5}, PROC),
    # 44 a recidivist; criminal detention at most; police
    Elig(44, E + "bail", {"recidivist": True, "minor_penalty_only": True}, POLICE),
    # 45 same case or not: unknown
    Elig(45, E + "shared_lawyer", unsure("co_suspects_same_case")),
    # 46 caught putting the phones into his bag
    Elig(46, E + "detention", {"caught_in_act": True}, POLICE),
    # 47 proof of the staged theft, prison possible; whether bail would do is disputed
    Elig(
        47,
        E + "arrest",
        unsure("bail_insufficient", evidence_of_crime=True, imprisonment_possible=True),
        POLICE,
    ),
    # 48 moved to another city, the procuratorate never told, nothing approved
    Elig(48, E + "leave_conditional_np", {"cnp_leave_approved": False}, PROC),
    # 49 advanced leukaemia; may be the group's leader, not established
    Elig(49, E + "bail", unsure("gang_principal", serious_illness=True), POLICE),
    # 50 taken out to the procuratorate; purpose unknown (to identify or to recover)
    Elig(
        50,
        E + "interrogation_outside_custody",
        unsure("out_to_identify", "out_to_recover"),
        PROC,
    ),
    # 51 the suspect's room; no warrant shown; not during an arrest or detention
    Elig(
        51,
        E + "search",
        {"search_suspect": True, "search_warrant": False, "search_in_arrest": False},
        PROC,
    ),
    # 52 pointed out by the owner who saw him; urgency unknown
    Elig(
        52,
        E + "detention_without_warrant",
        unsure("detention_emergency", identified_by_witness=True),
        POLICE,
    ),
    # 53 16 at the offence, two years
    Elig(53, E + "record_sealing", {"age_at_offence": 16, "sentence_years": 2}),
    # 54 five months pregnant; procuratorate
    Elig(54, E + "surveillance", {"pregnant": True}, PROC),
    # 55 police bail; a job interview in another city; approval not known yet
    Elig(55, E + "leave_on_bail", unsure("leave_approved", leave_reason=True), POLICE),
    # 56 16, lookout only (secondary role); whether the crime is minor is disputed
    Elig(
        56,
        E + "juvenile_non_prosecution",
        unsure("minor_crime", age_at_offence=16, secondary_role=True),
        PROC,
    ),
    # 57 district CPPCC member; detention planned; no urgency
    Elig(
        57,
        E + "cppcc_notice",
        {
            "cppcc_member": True,
            "measure_detention": True,
            "measure_arrest": False,
            "urgent_case": False,
        },
        POLICE,
    ),
    # 58 an unsure identification, and nothing else ("that's all they've got")
    Elig(58, E + "detention", unsure("identified_by_witness", only_stated_ground=True), POLICE),
    # 59 three years; 17 or 18 at the offence, not known
    Elig(59, E + "record_sealing", unsure("age_at_offence", sentence_years=3), PROC),
    # 60 real name and ID given; co-suspects unknown
    Elig(
        60,
        E + "family_notice_exception",
        unsure("co_suspect_risk", identity_unknown=False),
        POLICE,
    ),
    # deadlines: Tuesday = 3 March, Monday = 2 March, Saturday = 28 February, last night = 4 March
    Dead(61, D + "family_notice_detention", datetime(2026, 3, 3, 22, 40), {"body": POLICE}),
    Dead(62, D + "forfeiture_review", date(2026, 3, 3)),
    Dead(63, D + "conditional_np_complaint", date(2026, 2, 28)),
    Dead(64, D + "sealed_record_inquiry", date(2026, 3, 2)),
    Dead(65, D + "lawyer_permission", date(2026, 3, 4), {"body": POLICE}),
    Dead(66, D + "interrogation_arrest", datetime(2026, 3, 4, 23, 15), {"body": POLICE}),
    Dead(67, D + "guarantor_fine_review", None),
    Dead(68, D + "juvenile_inform_victim", date(2026, 3, 2)),
    Dead(69, D + "overdue_measure_review", date(2026, 3, 3), {"measure": "detention"}),
    Dead(70, D + "arrest_reconsideration", date(2026, 2, 26)),
    Dead(71, D + "bail_period", date(2025, 11, 10), {"body": POLICE}),
    Dead(72, D + "custody_after_arrest", date(2026, 1, 19)),
    Dead(73, D + "custody_recalculation", date(2026, 2, 26)),
    Dead(74, D + "no_filing_reasons", date(2026, 3, 2)),
    Dead(75, D + "direct_acceptance", None),
    Dead(76, D + "recusal_reconsideration", date(2026, 3, 2), {"body": POLICE}),
]


def _item_problems(n: int, item: dict[str, Any], check: Elig | Dead | None) -> list[str]:
    """Why item `n` of the file does not match its check (empty when it does)."""
    rule = item.get("rule")
    if rule is None:
        return [] if check is None else [f"item {n}: null item has a check"]
    if check is None:
        return [f"item {n}: {rule} has no check"]
    if check.rule != rule:
        return [f"item {n}: file says {rule}, check says {check.rule}"]
    return []


def _run(check: Elig | Dead) -> tuple[dict[str, Any], bool]:
    """The computed dict and whether the rule asks, from the pure rule function."""
    spec = all_rules()[check.rule]
    if isinstance(check, Elig):
        res = spec.func(check.facts, body=check.body)
    else:
        res = spec.func(check.start, **check.inputs)
    return dict(res.computed), bool(res.needs)


def main() -> int:
    """Check every label; the number of problems (0 when all agree)."""
    items = yaml.safe_load(SET_FILE.read_text(encoding="utf-8"))
    rules = all_rules()
    by_n = {c.n: c for c in CHECKS}
    problems = [f"unknown rule {i['rule']}" for i in items if i["rule"] and i["rule"] not in rules]
    if len(by_n) != len(CHECKS):
        problems.append("two checks share a number")
    if [c.n for c in CHECKS] != sorted(by_n):
        problems.append("checks are not in the file's order")
    for n, item in enumerate(items, 1):
        problems += _item_problems(n, item, by_n.get(n))
    agree = 0
    for check in CHECKS:
        if check.n > len(items):
            problems.append(f"check {check.n}: no such item")
            continue
        item = items[check.n - 1]
        computed, needs = _run(check)
        want = dict(item.get("computed") or {})
        want_needs = bool(item.get("needs"))
        ok = computed == want and needs == want_needs
        agree += ok
        mark = "ok " if ok else "BAD"
        print(f"{mark} {check.n:3} {check.rule:45} {computed}{' needs' if needs else ''}")
        if not ok:
            problems.append(
                f"item {check.n}: label {want} needs={want_needs}, rule gives {computed}"
            )
    print(f"{agree}/{len(CHECKS)} labels agree")
    for p in problems:
        print("PROBLEM:", p)
    return len(problems)


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
