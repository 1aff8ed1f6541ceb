"""Label check for bench/own66_setAE.yaml (set AE, 100 routing examples, written blind).

Every eligibility and deadline label of the set is checked by calling the pure rule function on
facts, dates and bodies encoded here by hand from each question (never on the question's text).
For each eligibility item `facts` holds every fact the question tells that the rule reads: told
true is True, told false is False, told as unknown or disputed is None and listed under
"uncertain"; `body` is the body the question names (None when it names none). Each check also
carries the opening words of its question, so a reordered file fails loudly.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own66.py

Prints each disagreement and how many labels agree; exits non-zero on any disagreement.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own66_setAE.yaml"
POLICE, SPP = "police", "procuratorate"
T, F = {"eligible": True}, {"eligible": False}
NULL = {"eligible": None}


def elig(
    n: int, rule: str, opens: str, body: str | None, facts: dict[str, Any], computed: dict
) -> dict[str, Any]:
    """One eligibility check: the rule's verdict on the hand-encoded facts."""
    return {
        "n": n,
        "rule": f"eligibility.{rule}",
        "opens": opens,
        "body": body,
        "facts": facts,
        "computed": computed,
        "needs": computed["eligible"] is None,
    }


def dead(
    n: int, rule: str, opens: str, start: date | datetime | None, computed: dict, **kwargs: Any
) -> dict[str, Any]:
    """One deadline check: the rule's dates from the hand-encoded start (None: not told)."""
    return {
        "n": n,
        "rule": f"deadline.{rule}",
        "opens": opens,
        "start": start,
        "kwargs": kwargs,
        "computed": computed,
        "needs": start is None,
    }


def unsure(*keys: str, **told: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed (None, and listed as uncertain)."""
    return {**told, **dict.fromkeys(keys), "uncertain": keys}


CHECKS: list[dict[str, Any]] = [
    # ---- eligibility (60) ----
    elig(1, "surveillance", "Dear editor, I am seventy-eight", POLICE,
         {"minor_penalty_only": True, "no_bond_or_guarantor": True}, T),
    elig(2, "bail", "ok mamas quick one", POLICE,
         {"breastfeeding": True, "baby_age_months": 7}, T),
    elig(3, "bail", "Lao Hu, our tiler", POLICE,
         {"recidivist": True, "minor_penalty_only": True}, F),
    elig(4, "bail", "Fourth-year medical student", POLICE,
         unsure("serious_illness"), NULL),
    elig(5, "conditional_non_prosecution", "TO DO (Tue)", SPP,
         {"age_at_offence": 16, "crime_chapter_4_6": True, "possible_sentence_years": 0.5,
          "prosecutable": True, "repentance": True}, T),
    elig(6, "arrest", "Dear editor, My younger brother", POLICE,
         {"minor_penalty_only": True}, F),
    elig(7, "search", "Not a parenting q", SPP,
         {"search_suspect": True, "search_woman_by_man": True}, F),
    elig(8, "detention", "02:10, night shift", POLICE, {"caught_in_act": True}, T),
    elig(9, "detention", "The procuratorate is investigating", SPP,
         {"suicide_or_flight": False, "evidence_tampering_risk": False}, F),
    elig(10, "arrest", "[ ] Procuratorate reviewing", SPP,
         unsure("bail_insufficient", evidence_of_crime=True, imprisonment_possible=True), NULL),
    elig(11, "conditional_non_prosecution", "Dear editor, Last autumn my grandson Xiaolong", SPP,
         unsure("repentance", age_at_offence=15, crime_chapter_4_6=True,
                possible_sentence_years=0.5, prosecutable=True), NULL),
    elig(12, "record_sealing", "Sorry for the off-topic post", None,
         {"age_at_offence": 16, "sentence_years": 2, "not_prosecuted": False}, T),
    elig(13, "guarantor", "Our site cook, Mrs. Ma", POLICE,
         {"guarantor_not_implicated": True, "guarantor_rights_unrestricted": True,
          "guarantor_residence_income": False}, F),
    elig(14, "compelled_appearance", "I'm on my orthopaedics rotation", POLICE,
         {"compel_suspect": True, "compel_failed_summons": True, "summons_valid_reason": False}, T),
    elig(15, "recusal", "[ ] Client complains the police investigator", POLICE,
         {"official_is_party_or_relative": False, "official_interest": False,
          "official_prior_role": False, "official_gifts_or_meetings": False}, F),
    elig(16, "guarantor", "Dear editor, My nephew is in trouble", POLICE,
         {"guarantor_not_implicated": True, "guarantor_rights_unrestricted": True,
          "guarantor_residence_income": True}, T),
    elig(17, "arrest_for_surveillance_breach", "mums my friend's husband", POLICE,
         unsure("violent_witness_interference"), NULL),
    elig(18, "arrest_for_bail_breach", "One of my scaffolders", POLICE, {"new_crime": True}, T),
    elig(19, "shared_lawyer", "Two of my classmates", POLICE, {"co_suspects_same_case": True}, F),
    elig(20, "lawyer_meeting_permission", "File 2026-037", POLICE,
         {"state_secrets": False, "state_security_crime": False}, T),
    elig(21, "arrest_for_bail_breach", "Dear editor, My son is on bail", SPP,
         {"left_area": False, "new_crime": False, "evasion": False, "evidence_tampering": False,
          "missed_summons": False}, F),
    elig(22, "shared_lawyer", "Ladies, need advice", None, {"co_suspects_same_case": False}, T),
    elig(23, "conditional_np_revocation", "Our kitchen hand is 17", SPP,
         unsure("np_serious", np_supervision_violation=True, np_repeated=False), NULL),
    elig(24, "recusal", "A bit outside my field", POLICE, {"official_prior_role": True}, T),
    elig(25, "surveillance", "[ ] Client Ms. D.", SPP,
         unsure("no_social_danger", minor_penalty_only=False), NULL),
    elig(26, "lawyer_count", "Dear editor, My grandson was detained", None, {"lawyer_count": 2}, T),
    elig(27, "recusal_pending", "hi all, legal q", POLICE, {"recusal_pending": True}, F),
    elig(28, "juvenile_probation", "Foreman here", SPP,
         {"age_at_offence": 17, "possible_sentence_years": 2, "repentance": True,
          "community_no_adverse_effect": True, "guardianship": True, "no_social_danger": True,
          "recidivist": False}, T),
    elig(29, "arrest_exemption", "On my obstetrics rotation", SPP, unsure("pregnant"), NULL),
    elig(30, "juvenile_probation", "[ ] Client K.", SPP,
         {"age_at_offence": 17, "possible_sentence_years": 5}, F),
    elig(31, "surveillance_meeting", "Dear editor, My old chess partner", POLICE,
         unsure("meet_approved", meet_cohabitant=False, meet_own_lawyer=False), NULL),
    elig(32, "conditional_np_revocation", "Mums, my neighbour's boy", SPP, {"new_crime": True}, T),
    elig(33, "lawyer_count", "Quick one between concrete pours", POLICE, {"lawyer_count": 3}, F),
    elig(34, "leave_on_bail", "My classmate Zhou", POLICE,
         {"leave_reason": True, "leave_approved": True}, T),
    elig(35, "deputy_permission", "[ ] Opposing party", POLICE,
         {"npc_deputy": True, "deputy_county_up": True, "measure_detention": True,
          "measure_arrest": False, "caught_in_act": False}, F),
    elig(36, "juvenile_non_prosecution", "Dear editor, Last autumn my grandson, then sixteen", SPP,
         {"age_at_offence": 16, "minor_crime": True, "secondary_role": True}, T),
    elig(37, "cppcc_notice", "Mamas this is for my dad's friend", POLICE,
         {"cppcc_member": True, "measure_detention": True, "measure_arrest": False,
          "urgent_case": False}, F),
    elig(38, "investigation_experiment", "Accident on Tower 2", SPP,
         unsure("experiment_approved", experiment_harmful=False), NULL),
    elig(39, "juvenile_non_prosecution", "Asking for a classmate", SPP,
         {"age_at_offence": 19, "minor_crime": True, "secondary_role": True}, F),
    elig(40, "record_unsealing", "[ ] Client Y.", SPP,
         {"new_or_omitted_crime": True, "combined_sentence_years": 7}, T),
    elig(41, "lawyer_interpreter", "Dear editor, My daughter-in-law", POLICE,
         {"interpreter_permission": False}, F),
    elig(42, "lawyer_hire_approval", "Quick q while baby's in the bath", POLICE,
         unsure("state_secrets"), NULL),
    elig(43, "cppcc_notice", "Our main contractor's boss", POLICE,
         {"cppcc_member": True, "measure_other": True, "measure_detention": False,
          "measure_arrest": False}, T),
    elig(44, "body_examination", "Procurators from the jianchayuan", SPP,
         {"exam_suspect": True, "exam_woman_by_man": False, "exam_forced": False}, T),
    elig(45, "juvenile_family_meeting", "[ ] Minor client (15)", SPP,
         unsure("police_consent", family_not_involved=True, facts_ascertained=True), NULL),
    elig(46, "restraints", "Dear editor, On Tuesday I watched", POLICE,
         {"restraint_in_measure": True, "restraint_juvenile": False}, T),
    elig(47, "restraints", "ugh mamas I need to vent", POLICE,
         {"restraint_in_measure": True, "restraint_juvenile": True, "restraint_danger": False}, F),
    elig(48, "leave_on_bail", "Steel fixer on my crew", POLICE,
         {"leave_reason": True, "leave_approved": False}, F),
    elig(49, "unknown_identity", "A man brought to our emergency", POLICE,
         unsure("prosecutable", identity_step="prosecution", identity_unknown=True), NULL),
    elig(50, "interrogation_outside_custody", "TASKS, procuratorate file", SPP,
         {"out_to_recover": True, "out_chief_approval": True, "out_escort_short": False}, T),
    elig(51, "compelled_appearance", "Dear editor, My son runs", POLICE,
         unsure("compel_suspect"), NULL),
    elig(52, "detention_without_warrant", "Mamas help", POLICE,
         unsure("detention_emergency", identified_by_witness=True), NULL),
    elig(53, "leave_conditional_np", "From the site office", SPP, {"cnp_leave_approved": True}, T),
    elig(54, "record_sealing", "A question about a patient's son", None,
         {"age_at_offence": 20, "sentence_years": 0.5, "not_prosecuted": False}, F),
    elig(55, "sealed_record_access", "[ ] Landlord's agent", SPP,
         {"requester_judicial": False, "requester_state_rules": False}, F),
    elig(56, "surveillance_place", "Dear editor, My cousin's boy", POLICE,
         {"surveillance_at_custody_place": True, "surveillance_at_residence": False}, F),
    elig(57, "deputy_permission", "Another weird one from me", POLICE,
         unsure("deputy_county_up", npc_deputy=True, measure_other=True,
                measure_detention=False, measure_arrest=False), NULL),
    elig(58, "search", "Tuesday morning, gate 3", SPP,
         unsure("search_emergency", search_suspect=True, search_warrant=False,
                search_in_arrest=True), NULL),
    elig(59, "leave_under_surveillance", "My flatmate (24, male)", POLICE,
         unsure("leave_approved", leave_reason=True), NULL),
    elig(60, "family_notice_exception", "[ ] Client's brother detained", POLICE,
         unsure("hinders_or_impossible", identity_unknown=False, co_suspect_risk=False), NULL),
    # ---- deadline (16) ----
    dead(61, "guarantor_fine_review", "Dear editor, I stood guarantor", date(2026, 3, 4),
         {"deadline": "2026-03-09"}),
    dead(62, "conditional_np_complaint", "Mums I need help", date(2026, 2, 27),
         {"deadline": "2026-03-06"}),
    dead(63, "forfeiture_review", "Tuesday at the police station", date(2026, 3, 3),
         {"deadline": "2026-03-08"}),
    dead(64, "overdue_measure_review", "A patient's family asked me", date(2026, 3, 3),
         {"deadline": "2026-03-06"}, measure="detention"),
    dead(65, "arrest_reconsideration", "[ ] Police's request for reconsideration",
         date(2026, 3, 2), {"deadline": "2026-03-09"}),
    dead(66, "recusal_reconsideration", "Dear editor, We asked for the officer", date(2026, 3, 1),
         {"deadline": "2026-03-06"}, body=POLICE),
    dead(67, "juvenile_inform_victim", "update on my son's case", date(2026, 3, 4),
         {"deadline": "2026-03-07"}),
    dead(68, "custody_recalculation", "Site office. Our storekeeper", date(2026, 2, 28),
         {"deadline": "2026-03-05"}),
    dead(69, "no_filing_reasons", "Our patient reported an assault", date(2026, 3, 2),
         {"deadline": "2026-03-09"}),
    dead(70, "sealed_record_inquiry", "[ ] Our written application", date(2026, 2, 27),
         {"deadline": "2026-03-06"}),
    dead(71, "family_notice_detention", "Dear editor, The police took my grandson",
         datetime(2026, 3, 4, 23, 40), {"deadline": "2026-03-05T23:40"}, body=POLICE),
    dead(72, "bail_period", "quick q mamas", date(2025, 12, 30), {"deadline": "2026-12-30"},
         body=POLICE),
    dead(73, "interrogation_arrest", "The police arrested my crane operator",
         datetime(2026, 3, 4, 22, 15), {"deadline": "2026-03-05T22:15"}, body=POLICE),
    dead(74, "bail_application_reply", "My classmate's father", None, {}, body=POLICE),
    dead(75, "direct_acceptance", "[ ] Municipal procuratorate's letter", None, {}),
    dead(76, "arrest_higher_review", "[ ] Reconsideration upheld", date(2026, 2, 25),
         {"deadline": "2026-03-12"}),
]  # fmt: skip


def run(check: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The rule's computed dict and whether it asks, on the hand-encoded inputs."""
    spec = all_rules()[check["rule"]]
    if check["rule"].startswith("eligibility."):
        res = spec.func(check["facts"], body=check["body"])
    else:
        res = spec.func(check["start"], **check["kwargs"])
    return dict(res.computed), bool(res.needs)


def problems_of(items: list[dict[str, Any]]) -> tuple[int, list[str]]:
    """(labels that agree, every disagreement or malformed item)."""
    rules = all_rules()
    out: list[str] = []
    by_n = {c["n"]: c for c in CHECKS}
    if len(by_n) != len(CHECKS):
        out.append("duplicate check numbers")
    agree = 0
    for n, item in enumerate(items, 1):
        rule = item.get("rule")
        check = by_n.pop(n, None)
        if rule is None:
            if check is not None:
                out.append(f"#{n}: null item has a check")
            continue
        if rule not in rules:
            out.append(f"#{n}: unknown rule {rule}")
            continue
        if check is None:
            out.append(f"#{n}: {rule} has no check")
            continue
        if check["rule"] != rule or not item["q"].startswith(check["opens"]):
            out.append(f"#{n}: check is for {check['rule']} / {check['opens']!r}")
            continue
        facts = check.get("facts") or {}
        loose = [k for k in facts.get("uncertain", ()) if facts.get(k) is not None]
        if loose:
            out.append(f"#{n}: uncertain facts not None: {loose}")
        label = (dict(item.get("computed") or {}), bool(item.get("needs")))
        hand = (check["computed"], check["needs"])
        got = run(check)
        if label != hand:
            out.append(f"#{n}: yaml label {label} != hand label {hand}")
        elif got != hand:
            out.append(f"#{n}: {rule} computes {got}, label {hand}")
        else:
            agree += 1
    out += [f"check #{n} matches no item" for n in by_n]
    return agree, out


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    agree, problems = problems_of(items)
    for p in problems:
        print(p)
    labelled = sum(1 for it in items if it.get("rule"))
    print(f"{len(items)} items; {agree}/{labelled} labels agree with the rule functions")
    return 1 if problems or agree != labelled else 0


if __name__ == "__main__":
    sys.exit(main())
