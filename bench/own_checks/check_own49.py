"""Check the labels of bench/own49_setN.yaml against the pure rule functions.

Every eligibility and deadline item's facts and dates were encoded here by hand from the
question as its writer meant it (the question text is never read or parsed). Each encoding is
passed straight to the registered rule function (`all_rules()[rule_id].func`) and its
`computed` (and whether it asks, `needs`) is compared with the item's label.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own49.py

Prints one line per disagreement and the number of labels that agree; exits 1 on any
disagreement or on a malformed file (wrong counts, unknown rule ids).
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own49_setN.yaml"
VOICES = ("intake notes", "interpreter", "detainee's letter", "grandparent", "numbers in words")
POLICE, PROC = "police", "procuratorate"

# Eligibility items, in file order: (rule id, body, facts). `uncertain` lists facts the question
# raises but leaves disputed or unknown; "nothing else" is encoded as the other listed
# circumstances False.
ELIGIBILITY: list[tuple[str, str | None, dict[str, Any]]] = [
    # 1 district deputy (county level), police detention, not caught in the act
    ("eligibility.deputy_permission", POLICE,
     {"npc_deputy": True, "deputy_county_up": True, "measure_detention": True,
      "measure_arrest": False, "caught_in_act": False}),
    # 2 interpreter, police permission shown
    ("eligibility.lawyer_interpreter", None, {"interpreter_permission": True}),
    # 3 police bail, funeral, county PSB approved in writing
    ("eligibility.leave_on_bail", POLICE, {"leave_reason": True, "leave_approved": True}),
    # 4 16 at the offence, theft (property, ch. V), <= six months, evidence plain, sorry
    ("eligibility.conditional_non_prosecution", None,
     {"age_at_offence": 16, "crime_chapter_4_6": True, "possible_sentence_years": 0.5,
      "prosecutable": True, "repentance": True}),
    # 5 19 at the offence, three years (sentenced, so prosecuted)
    ("eligibility.record_sealing", None,
     {"age_at_offence": 19, "sentence_years": 3, "not_prosecuted": False}),
    # 6 CPPCC member, police bail
    ("eligibility.cppcc_notice", POLICE,
     {"cppcc_member": True, "measure_other": True, "measure_detention": False,
      "measure_arrest": False}),
    # 7 police arrest application, identity withheld, footage proves the theft
    ("eligibility.unknown_identity", POLICE, {"identity_unknown": True, "evidence_of_crime": True}),
    # 8 police surveillance, work trip, officer said no
    ("eligibility.leave_under_surveillance", POLICE, {"leave_reason": True, "leave_approved": False}),
    # 9 15, minor crime (police said minor), kept watch and held bags (secondary role)
    ("eligibility.juvenile_non_prosecution", None,
     {"age_at_offence": 15, "minor_crime": True, "secondary_role": True}),
    # 10 16, likely two years, sorry
    ("eligibility.conditional_non_prosecution", None,
     {"age_at_offence": 16, "crime_chapter_4_6": True, "possible_sentence_years": 2,
      "prosecutable": True, "repentance": True}),
    # 11 procuratorate surveillance, met someone twice without approval
    ("eligibility.arrest_for_surveillance_breach", PROC, {"unapproved_meetings": True}),
    # 12 police, victim pointed him out (not caught with the wallet)
    ("eligibility.detention", POLICE,
     {"identified_by_witness": True, "evidence_found_on_person": False}),
    # 13 surveillance, the lawyer he hired
    ("eligibility.surveillance_meeting", None, {"meet_own_lawyer": True}),
    # 14 17 at the offence, two years
    ("eligibility.record_sealing", None,
     {"age_at_offence": 17, "sentence_years": 2, "not_prosecuted": False}),
    # 15 procuratorate bail, nursing a 14-month-old, no record, nothing else
    ("eligibility.bail", PROC,
     {"breastfeeding": True, "baby_age_months": 14, "recidivist": False}),
    # 16 two suspects of the same case, one lawyer (police named)
    ("eligibility.shared_lawyer", POLICE, {"co_suspects_same_case": True}),
    # 17 pregnant, procuratorate reviewing the arrest request
    ("eligibility.arrest_exemption", PROC, {"pregnant": True}),
    # 18 surveillance in a police station room
    ("eligibility.surveillance_place", POLICE, {"surveillance_at_custody_place": True}),
    # 19 17, likely five years or more, sorry, family will supervise
    ("eligibility.juvenile_probation", None,
     {"age_at_offence": 17, "possible_sentence_years": 5, "repentance": True,
      "guardianship": True}),
    # 20 likely only criminal detention (police); he admits it
    ("eligibility.arrest", POLICE, {"evidence_of_crime": True, "minor_penalty_only": True}),
    # 21 police, likely only criminal detention, no deposit and no guarantor
    ("eligibility.surveillance", POLICE, {"minor_penalty_only": True, "no_bond_or_guarantor": True}),
    # 22 national security (espionage), investigation stage
    ("eligibility.lawyer_meeting_permission", None, {"state_security_crime": True}),
    # 23 17, handcuffed on an escort, danger disputed
    ("eligibility.restraints", POLICE,
     {"restraint_in_measure": True, "restraint_juvenile": True, "uncertain": ["restraint_danger"]}),
    # 24 new crime, combined sentence four years
    ("eligibility.record_unsealing", None, {"new_or_omitted_crime": True, "combined_sentence_years": 4}),
    # 25 police, compelled again straight after the last one
    ("eligibility.compelled_appearance", POLICE, {"compel_suspect": True, "compel_continuous": True}),
    # 26 procuratorate experiment at 14 m height: danger; the suspect required to take part
    ("eligibility.investigation_experiment", PROC,
     {"experiment_harmful": True, "experiment_compelled": True, "experiment_party": True}),
    # 27 police, no co-suspects, identity known, family reachable, no reason at all
    ("eligibility.family_notice_exception", POLICE,
     {"co_suspect_risk": False, "identity_unknown": False, "hinders_or_impossible": False}),
    # 28 procuratorate takes him out, purpose not told
    ("eligibility.interrogation_outside_custody", PROC, {}),
    # 29 16, family uninvolved, confessed and sorry, police consent not yet asked
    ("eligibility.juvenile_family_meeting", None, {"family_not_involved": True, "repentance": True}),
    # 30 township deputy, police arrest
    ("eligibility.deputy_permission", POLICE,
     {"npc_deputy": True, "deputy_county_up": False, "measure_arrest": True,
      "measure_detention": False}),
    # 31 guarantor deprived of political rights (uninvolved, home, income)
    ("eligibility.guarantor", POLICE,
     {"guarantor_not_implicated": True, "guarantor_rights_unrestricted": False,
      "guarantor_residence_income": True}),
    # 32 procuratorate search of the suspect's flat, no warrant, no arrest or detention under way
    ("eligibility.search", PROC, {"search_warrant": False, "search_in_arrest": False}),
    # 33 withdrawal request still pending (police bureau)
    ("eligibility.recusal_pending", POLICE, {"recusal_pending": True}),
    # 34 missed reporting once, consequences unknown
    ("eligibility.conditional_np_revocation", None,
     {"np_supervision_violation": True, "np_repeated": False}),
    # 35 police, stolen scooter found at his home
    ("eligibility.detention", POLICE, {"evidence_found_on_person": True}),
    # 36 police arrest: evidence, three years or more, necessity disputed
    ("eligibility.arrest", POLICE,
     {"evidence_of_crime": True, "possible_sentence_years": 3, "uncertain": ["bail_insufficient"]}),
    # 37 a witness (police)
    ("eligibility.compelled_appearance", POLICE, {"compel_suspect": False}),
    # 38 state secrets unknown (police investigation)
    ("eligibility.lawyer_hire_approval", POLICE, {"uncertain": ["state_secrets"]}),
    # 39 move reported, procuratorate has not decided
    ("eligibility.leave_conditional_np", None, {}),
    # 40 16, likely two years, sorry; supervision doubtful; other conditions not told
    ("eligibility.juvenile_probation", None,
     {"age_at_offence": 16, "possible_sentence_years": 2, "repentance": True,
      "uncertain": ["guardianship"]}),
    # 41 the investigator is the victim's brother (police)
    ("eligibility.recusal", POLICE, {"official_is_party_or_relative": True}),
    # 42 nursing an 8-month-old, no record, worked alone (no body named: both agree)
    ("eligibility.bail", None,
     {"breastfeeding": True, "baby_age_months": 8, "recidivist": False, "gang_principal": False}),
    # 43 suspect on bail ignored two summonses without a valid reason (police)
    ("eligibility.compelled_appearance", POLICE,
     {"compel_suspect": True, "compel_failed_summons": True}),
    # 44 police bail, pregnant, gang leadership disputed
    ("eligibility.bail", POLICE, {"pregnant": True, "uncertain": ["gang_principal"]}),
    # 45 procuratorate bail, wedding, police approved, procuratorate's consent not told
    ("eligibility.leave_on_bail", PROC, {"leave_reason": True, "leave_approved": True}),
    # 46 two lawyers, police investigation
    ("eligibility.lawyer_count", POLICE, {"lawyer_count": 2}),
    # 47 police, caught in the act, emergency not told
    ("eligibility.detention_without_warrant", POLICE, {"caught_in_act": True}),
    # 48 procuratorate arrest, emergency (burning papers), no warrant
    ("eligibility.search", PROC,
     {"search_warrant": False, "search_in_arrest": True, "search_emergency": True}),
    # 49 15, police handcuffed him bringing him in, no danger
    ("eligibility.restraints", POLICE,
     {"restraint_in_measure": True, "restraint_juvenile": True, "restraint_danger": False}),
    # 50 new crime, combined sentence not yet known
    ("eligibility.record_unsealing", None, {"new_or_omitted_crime": True}),
    # 51 procuratorate bail, left the county once, consequences disputed, nothing else
    ("eligibility.arrest_for_bail_breach", PROC,
     {"new_crime": False, "evasion": False, "evidence_tampering": False, "missed_summons": False,
      "uncertain": ["left_area"]}),
    # 52 CPPCC member, police detention, urgency unknown
    ("eligibility.cppcc_notice", POLICE,
     {"cppcc_member": True, "measure_detention": True, "measure_arrest": False,
      "uncertain": ["urgent_case"]}),
    # 53 police, same case or not unknown
    ("eligibility.shared_lawyer", POLICE, {"uncertain": ["co_suspects_same_case"]}),
    # 54 a private employer asking on its own account
    ("eligibility.sealed_record_access", None,
     {"requester_judicial": False, "requester_state_rules": False}),
    # 55 police bail, missed two summonses
    ("eligibility.arrest_for_bail_breach", POLICE, {"missed_summons": True}),
    # 56 co-suspects may destroy evidence; body not known
    ("eligibility.family_notice_exception", None, {"co_suspect_risk": True}),
    # 57 procuratorate examination, not the suspect, victim status unclear
    ("eligibility.body_examination", PROC, {"exam_suspect": False, "uncertain": ["exam_victim"]}),
    # 58 guarantor without income (police bail)
    ("eligibility.guarantor", POLICE,
     {"guarantor_not_implicated": True, "guarantor_residence_income": False}),
    # 59 grandfather: uninvolved, no trouble, pension and own house (police bail)
    ("eligibility.guarantor", POLICE,
     {"guarantor_not_implicated": True, "guarantor_rights_unrestricted": True,
      "guarantor_residence_income": True}),
    # 60 17, first offence, compensation paid, sorry; whether minor is disputed
    ("eligibility.juvenile_non_prosecution", None,
     {"age_at_offence": 17, "recidivist": False, "compensation_settled": True,
      "repentance": True, "uncertain": ["minor_crime"]}),
]  # fmt: skip

# Deadline items, in file order: (rule id, keyword arguments of the rule function).
DEADLINE: list[tuple[str, dict[str, Any]]] = [
    ("deadline.overdue_measure_review", {"start": date(2026, 3, 3), "measure": "detention"}),
    ("deadline.interrogation_arrest", {"start": datetime(2026, 3, 4, 22, 40), "body": POLICE}),
    ("deadline.bail_application_reply", {"start": None, "body": POLICE}),
    ("deadline.sealed_record_inquiry", {"start": date(2026, 3, 2)}),
    ("deadline.arrest_reconsideration", {"start": date(2026, 3, 1)}),
    ("deadline.no_filing_reasons", {"start": date(2026, 2, 27)}),
    ("deadline.lawyer_permission", {"start": date(2026, 3, 2), "body": POLICE}),
    ("deadline.custody_recalculation", {"start": date(2026, 3, 3)}),
    ("deadline.juvenile_inform_victim", {"start": date(2026, 3, 3)}),
    ("deadline.bail_period", {"start": date(2025, 10, 9), "body": POLICE}),
    ("deadline.recusal_reconsideration", {"start": date(2026, 3, 2), "body": POLICE}),
    ("deadline.forfeiture_review", {"start": date(2026, 3, 1)}),
    ("deadline.procuratorate_detention", {"start": date(2026, 2, 27)}),
    ("deadline.conditional_np_complaint", {"start": date(2026, 2, 28)}),
    ("deadline.guarantor_fine_review", {"start": None}),
    ("deadline.custody_after_arrest", {"start": date(2026, 1, 14)}),
]


def run(rule_id: str, kwargs: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The rule's computed dict and whether it asks."""
    res = all_rules()[rule_id].func(**kwargs)
    return dict(res.computed), bool(res.needs)


def check_shape(items: list[dict[str, Any]]) -> list[str]:
    """Problems with the file's counts, rule ids and voices."""
    rules = all_rules()
    problems = [f"item {n}: unknown rule {it['rule']}" for n, it in enumerate(items, 1)
                if it.get("rule") is not None and it["rule"] not in rules]  # fmt: skip
    kinds = Counter((it["rule"] or "null.").split(".")[0] for it in items)
    if (kinds["eligibility"], kinds["deadline"], kinds["null"]) != (60, 16, 24):
        problems.append(f"counts by kind: {dict(kinds)}")
    elig = {it["rule"] for it in items if (it["rule"] or "").startswith("eligibility.")}
    missing = sorted(r for r, s in rules.items() if s.kind == "eligibility" and r not in elig)
    if missing:
        problems.append(f"eligibility rules not covered: {missing}")
    dl = [it["rule"] for it in items if (it["rule"] or "").startswith("deadline.")]
    if len(set(dl)) != len(dl):
        problems.append("a deadline rule is used twice")
    voices = Counter(it.get("voice") for it in items)
    if set(voices) != set(VOICES) or set(voices.values()) != {20}:
        problems.append(f"voices: {dict(voices)}")
    return problems


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    problems = check_shape(items)
    elig = [it for it in items if (it["rule"] or "").startswith("eligibility.")]
    dl = [it for it in items if (it["rule"] or "").startswith("deadline.")]
    cases = [(it, rid, {"facts": facts, "body": body})
             for it, (rid, body, facts) in zip(elig, ELIGIBILITY, strict=True)]  # fmt: skip
    cases += [(it, rid, kw) for it, (rid, kw) in zip(dl, DEADLINE, strict=True)]
    agree = 0
    for n, (it, rid, kwargs) in enumerate(cases, 1):
        if it["rule"] != rid:
            problems.append(f"check {n}: encoded for {rid}, file says {it['rule']}")
            continue
        computed, needs = run(rid, kwargs)
        want_needs = bool(it.get("needs"))
        if computed == dict(it.get("computed") or {}) and needs == want_needs:
            agree += 1
        else:
            problems.append(f"check {n} {rid}: label {it.get('computed')} needs={want_needs}; "
                            f"function {computed} needs={needs}")  # fmt: skip
    for p in problems:
        print(p)
    print(f"{agree} of {len(cases)} labels agree with the rule functions")
    return 1 if problems or agree != len(cases) else 0


if __name__ == "__main__":
    sys.exit(main())
