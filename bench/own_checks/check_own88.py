"""Check the labels of bench/own88_setBA.yaml against the pure rule functions.

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script checks it by calling the rule function on facts and dates
encoded here by hand from each question (never on the question's text). For each eligibility
item the facts are every fact the question tells that the rule reads: told true is True,
told false is False, told as unknown or disputed is listed in "uncertain" (and set to None);
`body` is given where the question names the acting body.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own88.py

Prints how many labels agree and exits non-zero on any disagreement.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own88_setBA.yaml"
VOICES = (
    "tea house owner",
    "tram or metro driver",
    "stepdaughter",
    "junior police clerk",
    "art student",
)
POLICE, PROC = "police", "procuratorate"


def unsure(*keys: str, **facts: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed (listed as uncertain, set to None)."""
    out: dict[str, Any] = dict(facts)
    for k in keys:
        out[k] = None
    out["uncertain"] = tuple(keys)
    return out


def elig(rule: str, facts: dict[str, Any], body: str | None = None) -> tuple[str, dict]:
    return ("eligibility." + rule, {"facts": facts, "body": body})


def dl(rule: str, start: date | datetime | None, **kw: Any) -> tuple[str, dict]:
    return ("deadline." + rule, {"start": start, **kw})


# One entry per item, in the file's order; None for the items that must reach no rule.
CHECKS: list[tuple[str, dict] | None] = [
    # ---- eligibility
    # 1 dialysis three times a week; police station
    elig("bail", {"serious_illness": True}, POLICE),
    # 2 caught with his hand in the bag; the driver pointed him out
    elig("detention", {"caught_in_act": True, "identified_by_witness": True}, POLICE),
    # 3 alone, ID card, phone number in the wallet, no hindrance
    elig(
        "family_notice_exception",
        {"co_suspect_risk": False, "identity_unknown": False, "hinders_or_impossible": False},
        POLICE,
    ),
    # 4 climbing out of the burgled shop with the cash box; no time; papers done at once
    elig(
        "detention_without_warrant",
        {
            "caught_in_act": True,
            "evidence_found_on_person": True,
            "detention_emergency": True,
            "detention_papers_late": False,
        },
        POLICE,
    ),
    # 5 16, theft, six months at most, airtight, sorry, no objection
    elig(
        "conditional_non_prosecution",
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 0.5,
            "prosecutable": True,
            "repentance": True,
            "juvenile_objects": False,
        },
        PROC,
    ),
    # 6 a home and income, but told he is involved in the case
    elig(
        "guarantor",
        {"guarantor_residence_income": True, "guarantor_not_implicated": False},
        POLICE,
    ),
    # 7 a staff member standing on the rails in front of the tram: dangerous
    elig("investigation_experiment", {"experiment_harmful": True}, PROC),
    # 8 uninvolved, flat, salary, rights unrestricted
    elig(
        "guarantor",
        {
            "guarantor_not_implicated": True,
            "guarantor_residence_income": True,
            "guarantor_rights_unrestricted": True,
        },
        POLICE,
    ),
    # 9 escort, a 15-year-old, no danger
    elig(
        "restraints",
        {"restraint_in_measure": True, "restraint_juvenile": True, "restraint_danger": False},
        POLICE,
    ),
    # 10 17, minor crime, coercion disputed
    elig(
        "juvenile_non_prosecution",
        unsure("coerced", age_at_offence=17, minor_crime=True),
        PROC,
    ),
    # 11 bail, hospital in another city, approval unknown
    elig("leave_on_bail", unsure("leave_approved", leave_reason=True), POLICE),
    # 12 a witness
    elig("compelled_appearance", {"compel_suspect": False}, POLICE),
    # 13 three lawyers during the police investigation
    elig("lawyer_count", {"lawyer_count": 3}, POLICE),
    # 14 to dig up the stolen jewellery; chief procurator; two judicial police
    elig(
        "interrogation_outside_custody",
        {"out_to_recover": True, "out_chief_approval": True, "out_escort_short": False},
        PROC,
    ),
    # 15 17 at the crime, two years (a sentence: prosecuted)
    elig(
        "record_sealing",
        {"age_at_offence": 17, "sentence_years": 2, "not_prosecuted": False},
    ),
    # 16 procuratorate's bail, left the city twice without approval
    elig("arrest_for_bail_breach", {"left_area": True}, PROC),
    # 17 the victim's injuries examined by the procurators
    elig("body_examination", {"exam_victim": True}, PROC),
    # 18 state secrets unknown ("it might, it might not")
    elig("lawyer_hire_approval", unsure("state_secrets"), POLICE),
    # 19 withdrawal not yet decided
    elig("recusal_pending", {"recusal_pending": True}, POLICE),
    # 20 new conviction, combined four years
    elig("record_unsealing", {"new_or_omitted_crime": True, "combined_sentence_years": 4}),
    # 21 not living with him, not his lawyer, police station said no
    elig(
        "surveillance_meeting",
        {"meet_cohabitant": False, "meet_own_lawyer": False, "meet_approved": False},
        POLICE,
    ),
    # 22 proved, three years, threats: bail insufficient
    elig(
        "arrest",
        {"evidence_of_crime": True, "possible_sentence_years": 3, "bail_insufficient": True},
        PROC,
    ),
    # 23 CPPCC member, bail
    elig(
        "cppcc_notice",
        {"measure_other": True, "measure_detention": False, "measure_arrest": False},
        POLICE,
    ),
    # 24 a security company vetting an applicant
    elig(
        "sealed_record_access",
        {"requester_judicial": False, "requester_state_rules": False},
    ),
    # 25 approval disputed
    elig("leave_conditional_np", unsure("cnp_leave_approved")),
    # 26 breastfeeding her own eight-month-old
    elig("arrest_exemption", {"breastfeeding": True, "baby_age_months": 8}, PROC),
    # 27 hospital visits, approved by the police station
    elig("leave_under_surveillance", {"leave_reason": True, "leave_approved": True}, POLICE),
    # 28 city congress deputy, request for arrest
    elig(
        "deputy_permission",
        {"deputy_county_up": True, "measure_arrest": True, "measure_detention": False},
        POLICE,
    ),
    # 29 interpreter permission unknown
    elig("lawyer_interpreter", unsure("interpreter_permission"), POLICE),
    # 30 public security regulations broken twice
    elig(
        "conditional_np_revocation",
        {"np_public_order_violation": True, "np_repeated": True},
    ),
    # 31 no state secrets, no national security or terrorism
    elig(
        "lawyer_meeting_permission",
        {"state_secrets": False, "state_security_crime": False},
        POLICE,
    ),
    # 32 one missed appointment without harm; nothing else
    elig(
        "arrest_for_bail_breach",
        {
            "missed_summons": False,
            "new_crime": False,
            "evasion": False,
            "evidence_tampering": False,
            "left_area": False,
        },
        PROC,
    ),
    # 33 at his own flat in the city of the case
    elig("surveillance_place", {"surveillance_at_residence": True}),
    # 34 name withheld, fingerprints and CCTV
    elig("unknown_identity", {"identity_unknown": True, "evidence_of_crime": True}, POLICE),
    # 35 17, five years likely, remorseful
    elig(
        "juvenile_probation",
        {"age_at_offence": 17, "possible_sentence_years": 5, "repentance": True},
    ),
    # 36 same case
    elig("shared_lawyer", {"co_suspects_same_case": True}),
    # 37 serious heart condition confirmed; a knife attack (violent)
    elig("bail", {"serious_illness": True, "violent_crime": True}, POLICE),
    # 38 the detective is the victim's son
    elig("recusal", {"official_is_party_or_relative": True}, POLICE),
    # 39 partners at large may run or destroy the books
    elig("family_notice_exception", {"co_suspect_risk": True}, POLICE),
    # 40 parents uninvolved, repented, police consent unknown
    elig(
        "juvenile_family_meeting",
        unsure("police_consent", family_not_involved=True, repentance=True),
    ),
    # 41 identity withheld; evidence disputed ("nobody actually saw him")
    elig(
        "unknown_identity",
        unsure("evidence_of_crime", identity_unknown=True),
        POLICE,
    ),
    # 42 serious illness disputed
    elig("surveillance", unsure("serious_illness"), POLICE),
    # 43 a woman patted down by a male officer
    elig("search", {"search_woman_by_man": True}, POLICE),
    # 44 CPPCC member, detention, not urgent
    elig(
        "cppcc_notice",
        {"measure_detention": True, "measure_arrest": False, "urgent_case": False},
        POLICE,
    ),
    # 45 approved, safe, suspect required to take part
    elig(
        "investigation_experiment",
        {
            "experiment_approved": True,
            "experiment_harmful": False,
            "experiment_compelled": True,
            "experiment_party": True,
        },
        PROC,
    ),
    # 46 criminal detention at most; no deposit, no guarantor
    elig("surveillance", {"minor_penalty_only": True, "no_bond_or_guarantor": True}, POLICE),
    # 47 during an arrest, an adult
    elig(
        "restraints",
        {"restraint_in_measure": True, "restraint_juvenile": False},
        POLICE,
    ),
    # 48 suspect or witness unknown
    elig("compelled_appearance", unsure("compel_suspect"), POLICE),
    # 49 the victim's identification unsure
    elig("detention", unsure("identified_by_witness"), POLICE),
    # 50 arrest of a 17-year-old, danger disputed
    elig(
        "restraints",
        unsure("restraint_danger", restraint_in_measure=True, restraint_juvenile=True),
        POLICE,
    ),
    # 51 19 at the robbery, three years (a sentence: prosecuted)
    elig(
        "record_sealing",
        {"age_at_offence": 19, "sentence_years": 3, "not_prosecuted": False},
    ),
    # 52 ledgers burned or not: disputed
    elig("detention", unsure("evidence_tampering_risk"), PROC),
    # 53 proved, three years or more; bail's sufficiency not told
    elig("arrest", {"evidence_of_crime": True, "possible_sentence_years": 3}, PROC),
    # 54 the suspect's car, no warrant, during an arrest, emergency unknown
    elig(
        "search",
        unsure(
            "search_emergency",
            search_suspect=True,
            search_warrant=False,
            search_in_arrest=True,
        ),
        POLICE,
    ),
    # 55 no warrant, not during an arrest or detention
    elig("search", {"search_warrant": False, "search_in_arrest": False}, PROC),
    # 56 procuratorate's surveillance, meetings twice disputed
    elig("arrest_for_surveillance_breach", unsure("unapproved_meetings"), PROC),
    # 57 deputy's level disputed, detention two days later (not caught in the act)
    elig(
        "deputy_permission",
        unsure(
            "deputy_county_up",
            measure_detention=True,
            measure_arrest=False,
            caught_in_act=False,
        ),
        POLICE,
    ),
    # 58 wedding outside the city, approval pending
    elig("leave_on_bail", unsure("leave_approved", leave_reason=True), POLICE),
    # 59 not a suspect; victim or not unknown
    elig("body_examination", unsure("exam_victim", exam_suspect=False), PROC),
    # 60 a victim who refuses, by force
    elig(
        "body_examination",
        {"exam_victim": True, "exam_suspect": False, "exam_forced": True},
        PROC,
    ),
    # ---- deadline
    # 61 bail granted 10 November 2025, police
    dl("bail_period", date(2025, 11, 10), body=POLICE),
    # 62 detained 06:15 Tuesday 3 March, police
    dl("family_notice_detention", datetime(2026, 3, 3, 6, 15), body=POLICE),
    # 63 application handed in Wednesday 4 March, police
    dl("lawyer_permission", date(2026, 3, 4), body=POLICE),
    # 64 discovered 26 February
    dl("custody_recalculation", date(2026, 2, 26)),
    # 65 date of receipt not remembered
    dl("conditional_np_complaint", None),
    # 66 fine decision received Monday 2 March
    dl("guarantor_fine_review", date(2026, 3, 2)),
    # 67 surveillance decided 20 January, police
    dl("surveillance_period", date(2026, 1, 20), body=POLICE),
    # 68 rejection received Sunday 1 March, police
    dl("recusal_reconsideration", date(2026, 3, 1), body=POLICE),
    # 69 the procuratorate's request reached the bureau Monday 2 March
    dl("no_filing_reasons", date(2026, 3, 2)),
    # 70 application of 24 February
    dl("sealed_record_inquiry", date(2026, 2, 24)),
    # 71 date of the reading not remembered
    dl("forfeiture_review", None),
    # 72 request on Monday 2 March, the procuratorate's detention
    dl("overdue_measure_review", date(2026, 3, 2), measure="detention"),
    # 73 arrested 21:30 Monday 2 March, police
    dl("interrogation_arrest", datetime(2026, 3, 2, 21, 30), body=POLICE),
    # 74 request and file received 25 February
    dl("arrest_reconsideration", date(2026, 2, 25)),
    # 75 case received Monday 2 March
    dl("juvenile_inform_victim", date(2026, 3, 2)),
    # 76 application Tuesday 3 March, police
    dl("bail_application_reply", date(2026, 3, 3), body=POLICE),
]
CHECKS += [None] * 24  # 77-100: no rule

# The facts each eligibility rule reads (found by running the functions, not by reading them).
READS = {
    "arrest": "bail_insufficient breastfeeding evidence_of_crime imprisonment_possible "
    "minor_penalty_only not_liable_circumstance possible_sentence_years pregnant serious_illness",
    "arrest_exemption": "breastfeeding baby_age_months pregnant serious_illness",
    "arrest_for_bail_breach": "breach evasion evidence_tampering left_area missed_summons new_crime",
    "arrest_for_surveillance_breach": "evasion evidence_tampering left_area missed_summons "
    "new_crime other_serious_violation unapproved_meetings violent_witness_interference",
    "bail": "arrest_refused_under_review baby_age_months breastfeeding custody_time_expired "
    "egregious_crime endangers_public_security evidence_short_for_arrest "
    "exit_document_no_arrest_needed gang_principal minor_penalty_only no_social_danger "
    "non_prosecution_under_review other_serious_crime pregnant recidivist self_injury_evasion "
    "serious_illness state_security_crime violent_crime",
    "body_examination": "exam_forced exam_suspect exam_victim exam_woman_by_man",
    "compelled_appearance": "compel_continuous compel_failed_summons compel_needed "
    "compel_outside_area compel_suspect summons_valid_reason",
    "conditional_np_revocation": "new_crime np_earlier_crime np_public_order_violation "
    "np_repeated np_serious np_supervision_violation",
    "conditional_non_prosecution": "age_at_offence crime_chapter_4_6 juvenile_objects "
    "possible_sentence_years prosecutable repentance",
    "cppcc_notice": "measure_arrest measure_detention measure_other urgent_case",
    "deputy_permission": "caught_in_act deputy_county_up measure_arrest measure_detention "
    "measure_other",
    "detention": "caught_in_act evidence_found_on_person evidence_tampering_risk "
    "identified_by_witness identity_unknown roving_repeat_gang suicide_or_flight",
    "detention_without_warrant": "caught_in_act detention_emergency detention_papers_late "
    "evidence_found_on_person evidence_tampering_risk identified_by_witness identity_unknown "
    "police_own_detention roving_repeat_gang suicide_or_flight",
    "family_notice_exception": "co_suspect_risk hinders_or_impossible identity_unknown",
    "guarantor": "guarantor_capable guarantor_not_implicated guarantor_residence_income "
    "guarantor_rights_unrestricted",
    "interrogation_outside_custody": "out_chief_approval out_escort_short out_to_identify "
    "out_to_recover",
    "investigation_experiment": "experiment_approved experiment_compelled experiment_harmful "
    "experiment_party",
    "juvenile_family_meeting": "facts_ascertained family_cooperative family_not_involved "
    "police_consent repentance",
    "juvenile_non_prosecution": "age_at_offence coerced compensation_settled disability "
    "excessive_defence incomplete_crime instigated juv27_case_type minor_crime "
    "minor_injury_case negligent_crime recidivist repentance secondary_role surrender_or_merit",
    "juvenile_probation": "age_at_offence coerced community_no_adverse_effect guardianship "
    "minor_crime minor_penalty_only no_social_danger other_probation_circumstance "
    "possible_sentence_years recidivist repentance victim_settled",
    "lawyer_count": "lawyer_count",
    "lawyer_hire_approval": "state_secrets",
    "lawyer_interpreter": "interpreter_permission",
    "lawyer_meeting_permission": "state_secrets state_security_crime",
    "leave_conditional_np": "cnp_leave_approved",
    "leave_on_bail": "leave_approved leave_decider_consent leave_reason measure_by_procuratorate",
    "leave_under_surveillance": "leave_approved leave_decider_consent leave_reason "
    "measure_by_procuratorate",
    "record_sealing": "age_at_offence not_prosecuted sentence_years",
    "record_unsealing": "combined_sentence_years new_or_omitted_crime",
    "recusal": "official_former_investigator official_gifts_or_meetings official_interest "
    "official_is_party_or_relative official_other_relation official_prior_role",
    "recusal_pending": "recusal_pending",
    "restraints": "restraint_compelled restraint_danger restraint_in_measure restraint_juvenile "
    "restraint_resists",
    "sealed_record_access": "requester_judicial requester_state_rules",
    "search": "search_emergency search_forcible search_in_arrest search_may_hide "
    "search_obstructed search_suspect search_warrant search_woman_by_man",
    "shared_lawyer": "co_suspects_same_case",
    "surveillance": "arrest_refused_under_review baby_age_months breastfeeding "
    "custody_time_expired evidence_short_for_arrest exit_document_no_arrest_needed "
    "minor_penalty_only no_bond_or_guarantor no_social_danger non_prosecution_under_review "
    "pregnant serious_illness",
    "surveillance_meeting": "meet_approved meet_cohabitant meet_decider_consent meet_own_lawyer "
    "measure_by_procuratorate",
    "surveillance_place": "surveillance_at_custody_place surveillance_at_residence",
    "unknown_identity": "bail_insufficient evidence_of_crime identity_step identity_unknown "
    "imprisonment_possible minor_penalty_only not_liable_circumstance possible_sentence_years",
}


def encoding_problems(n: int, rule: str, facts: dict[str, Any]) -> list[str]:
    """Facts a rule does not read, or an uncertain key not set to None."""
    reads = set(READS[rule.split(".", 1)[1]].split())
    out = [f"{n}: {rule} does not read {k}" for k in facts if k != "uncertain" and k not in reads]
    for k in facts.get("uncertain", ()):
        if facts.get(k, 0) is not None:
            out.append(f"{n}: uncertain {k} is not None")
    return out


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    problems: list[str] = []
    if len(items) != len(CHECKS):
        problems.append(f"{len(items)} items but {len(CHECKS)} checks")
    checked = agree = 0
    for n, (item, check) in enumerate(zip(items, CHECKS, strict=False), 1):
        rule = item.get("rule")
        if item.get("voice") not in VOICES:
            problems.append(f"{n}: unknown voice {item.get('voice')!r}")
        if rule is not None and rule not in rules:
            problems.append(f"{n}: unknown rule {rule}")
            continue
        if check is None or rule is None:
            if check is not None or rule is not None:
                problems.append(f"{n}: label {rule} but check {check and check[0]}")
            continue
        cid, kwargs = check
        if cid != rule:
            problems.append(f"{n}: label {rule} but check {cid}")
            continue
        if rule.startswith("eligibility."):
            problems += encoding_problems(n, rule, kwargs["facts"])
        res = rules[rule].func(**kwargs)
        checked += 1
        want_needs = bool(item.get("needs"))
        if res.computed == (item.get("computed") or {}) and bool(res.needs) == want_needs:
            agree += 1
        else:
            problems.append(
                f"{n}: {rule} labelled {item.get('computed')} needs={want_needs}, "
                f"function gives {res.computed} needs={bool(res.needs)}"
            )
    kinds = Counter((i["rule"] or "null.").split(".")[0] for i in items)
    verdicts = Counter(
        str(i["computed"]["eligible"]) for i in items if (i["rule"] or "").startswith("elig")
    )
    voices = Counter(i["voice"] for i in items)
    print(f"items: {len(items)}; kinds: {dict(kinds)}; eligibility verdicts: {dict(verdicts)}")
    print(f"voices: {dict(voices)}")
    distinct = {i["rule"] for i in items if (i["rule"] or "").startswith("eligibility.")}
    print(f"distinct eligibility rules: {len(distinct)}")
    print(f"labels checked: {checked}; agree: {agree}")
    for p in problems:
        print("DISAGREE:", p)
    return 1 if problems or agree != checked else 0


if __name__ == "__main__":
    sys.exit(main())
