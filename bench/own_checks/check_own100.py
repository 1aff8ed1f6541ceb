"""Label check for bench/own100_setBM.yaml (set BM, 100 routing examples).

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script checks it by calling the pure rule function on facts and
dates encoded by hand below (never on a question's text). For each eligibility item the
facts are every fact the question tells that the rule function reads: told true is True,
told false is False, told as unknown or disputed is None and listed under "uncertain"; a
fact not mentioned is left out. `body` is given where the question names the acting body.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own100.py

Prints one line per disagreement and the count of labels that agree; exits 1 on any
disagreement or malformed item.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

PATH = Path(__file__).resolve().parents[1] / "own100_setBM.yaml"
U = "uncertain"
POLICE, SPP = "police", "procuratorate"

BAIL_GROUNDS = (
    "minor_penalty_only",
    "no_social_danger",
    "serious_illness",
    "pregnant",
    "breastfeeding",
    "baby_age_months",
    "evidence_short_for_arrest",
    "arrest_refused_under_review",
    "custody_time_expired",
    "non_prosecution_under_review",
    "exit_document_no_arrest_needed",
)
ARREST = (
    "evidence_of_crime",
    "imprisonment_possible",
    "possible_sentence_years",
    "minor_penalty_only",
    "bail_insufficient",
    "not_liable_circumstance",
)
DETENTION = (
    "caught_in_act",
    "identified_by_witness",
    "evidence_found_on_person",
    "suicide_or_flight",
    "evidence_tampering_risk",
    "identity_unknown",
    "roving_repeat_gang",
)
BREACHES = ("new_crime", "evasion", "evidence_tampering", "left_area", "missed_summons")
LEAVE = ("leave_reason", "leave_approved", "leave_decider_consent", "measure_by_procuratorate")

# The fact keys each eligibility rule function reads (its condition groups, their `asks`, and
# the flags its own code reads); an encoded fact outside its rule's keys is an error here.
# fmt: off
READS: dict[str, tuple[str, ...]] = {
    "arrest": (*ARREST, "serious_illness", "pregnant", "breastfeeding"),
    "arrest_exemption": ("serious_illness", "pregnant", "breastfeeding"),
    "arrest_for_bail_breach": (*BREACHES, "breach"),
    "arrest_for_surveillance_breach": (
        *BREACHES, "unapproved_meetings", "violent_witness_interference",
        "other_serious_violation",
    ),
    "bail": (
        *BAIL_GROUNDS, "recidivist", "gang_principal", "self_injury_evasion",
        "state_security_crime", "violent_crime", "other_serious_crime",
        "endangers_public_security", "egregious_crime", "only_stated_ground",
    ),
    "surveillance": (*BAIL_GROUNDS, "no_bond_or_guarantor", "only_stated_ground"),
    "detention": DETENTION,
    "detention_without_warrant": (*DETENTION, "detention_emergency", "detention_papers_late"),
    "family_notice_exception": ("co_suspect_risk", "identity_unknown", "hinders_or_impossible"),
    "guarantor": (
        "guarantor_not_implicated", "guarantor_capable", "guarantor_rights_unrestricted",
        "guarantor_residence_income",
    ),
    "recusal": (
        "official_is_party_or_relative", "official_interest", "official_prior_role",
        "official_other_relation", "official_gifts_or_meetings", "official_former_investigator",
    ),
    "recusal_pending": ("recusal_pending",),
    "lawyer_meeting_permission": ("state_secrets", "state_security_crime"),
    "lawyer_hire_approval": ("state_secrets",),
    "lawyer_count": ("lawyer_count",),
    "shared_lawyer": ("co_suspects_same_case",),
    "conditional_non_prosecution": (
        "age_at_offence", "crime_chapter_4_6", "possible_sentence_years", "prosecutable",
        "repentance", "juvenile_objects",
    ),
    "conditional_np_revocation": (
        "new_crime", "np_earlier_crime", "np_public_order_violation", "np_supervision_violation",
        "np_serious", "np_repeated",
    ),
    "juvenile_non_prosecution": (
        "minor_crime", "age_at_offence", "coerced", "incomplete_crime", "secondary_role",
        "disability", "excessive_defence", "surrender_or_merit", "recidivist",
        "minor_injury_case", "negligent_crime", "instigated", "repentance",
        "compensation_settled",
    ),
    "juvenile_probation": (
        "age_at_offence", "possible_sentence_years", "minor_penalty_only", "repentance",
        "community_no_adverse_effect", "guardianship", "no_social_danger", "minor_crime",
        "recidivist", "coerced", "victim_settled", "other_probation_circumstance",
    ),
    "record_sealing": ("age_at_offence", "sentence_years", "not_prosecuted"),
    "record_unsealing": ("new_or_omitted_crime", "combined_sentence_years"),
    "sealed_record_access": ("requester_judicial", "requester_state_rules"),
    "juvenile_family_meeting": (
        "family_not_involved", "police_consent", "facts_ascertained", "repentance",
        "family_cooperative",
    ),
    "deputy_permission": (
        "deputy_county_up", "measure_detention", "caught_in_act", "measure_arrest",
        "measure_other",
    ),
    "cppcc_notice": ("measure_detention", "measure_arrest", "measure_other", "urgent_case"),
    "compelled_appearance": (
        "compel_suspect", "compel_failed_summons", "summons_valid_reason", "compel_needed",
        "compel_continuous", "compel_outside_area",
    ),
    "body_examination": ("exam_suspect", "exam_victim", "exam_forced", "exam_woman_by_man"),
    "investigation_experiment": (
        "experiment_approved", "experiment_compelled", "experiment_party", "experiment_harmful",
    ),
    "search": (
        "search_suspect", "search_may_hide", "search_warrant", "search_in_arrest",
        "search_emergency", "search_forcible", "search_obstructed", "search_woman_by_man",
    ),
    "restraints": (
        "restraint_in_measure", "restraint_juvenile", "restraint_danger",
        "restraint_compelled", "restraint_resists",
    ),
    "lawyer_interpreter": ("interpreter_permission",),
    "leave_on_bail": LEAVE,
    "leave_under_surveillance": LEAVE,
    "leave_conditional_np": ("cnp_leave_approved",),
    "interrogation_outside_custody": (
        "out_to_identify", "out_to_recover", "out_chief_approval", "out_escort_short",
    ),
    "surveillance_meeting": (
        "meet_cohabitant", "meet_own_lawyer", "meet_approved", "meet_decider_consent",
        "measure_by_procuratorate",
    ),
    "surveillance_place": ("surveillance_at_residence", "surveillance_at_custody_place"),
    "unknown_identity": (*ARREST, "identity_unknown", "prosecutable", "identity_step"),
}
# fmt: on


def facts(*unsure: str, **told: Any) -> dict[str, Any]:
    """Told facts, plus the keys told as unknown or disputed (None, listed as uncertain)."""
    out: dict[str, Any] = dict(told)
    if unsure:
        out.update({k: None for k in unsure})
        out[U] = unsure
    return out


def elig(snippet: str, rule: str, body: str | None, fx: dict[str, Any]) -> tuple:
    return (snippet, f"eligibility.{rule}", {"facts": fx, "body": body})


def dl(snippet: str, rule: str, start: date | datetime | None, **kw: Any) -> tuple:
    return (snippet, f"deadline.{rule}", {"start": start, **kw})


T = True
F = False
D = date
DT = datetime

# One entry per rule item, in the file's order: (a words of the question, rule, inputs).
# fmt: off
CHECKS: list[tuple[str, str, dict[str, Any]]] = [
    # ---- eligibility
    elig("K1157", "detention", POLICE,
         facts(caught_in_act=T, identified_by_witness=T, evidence_found_on_person=T)),
    elig("end-stage kidney", "arrest_exemption", SPP, facts(serious_illness=T)),
    elig("Seven boxes ticked", "juvenile_probation", SPP,
         facts(age_at_offence=17, possible_sentence_years=2, repentance=T,
               community_no_adverse_effect=T, guardianship=T, no_social_danger=T,
               recidivist=F)),
    elig("fit-out firm", "bail", POLICE, facts(minor_penalty_only=T)),
    elig("Lili", "bail", SPP, facts(breastfeeding=T, baby_age_months=14)),
    elig("I was only a witness", "compelled_appearance", POLICE, facts(compel_suspect=F)),
    elig("His old friend Chen", "guarantor", POLICE,
         facts(guarantor_not_implicated=F, guarantor_residence_income=T)),
    elig("Quick maths on Article 29", "conditional_non_prosecution", SPP,
         facts(age_at_offence=17, crime_chapter_4_6=T, prosecutable=T, repentance=T,
               possible_sentence_years=3)),
    elig("military radar station", "lawyer_hire_approval", POLICE, facts(state_secrets=T)),
    elig("Nurse in London", "arrest_for_bail_breach", SPP,
         facts(breach=T, left_area=F, missed_summons=F, new_crime=F, evidence_tampering=F,
               evasion=F)),
    elig("06:10 from Harbin", "detention_without_warrant", POLICE,
         facts("detention_emergency", caught_in_act=T)),
    elig("3,000-yuan bike", "conditional_non_prosecution", SPP,
         facts(age_at_offence=16, crime_chapter_4_6=T, prosecutable=T, repentance=T,
               possible_sentence_years=0.5)),
    elig("till-skimming", "bail", POLICE, facts("baby_age_months", breastfeeding=T)),
    elig("government data-centre", "lawyer_meeting_permission", POLICE, facts("state_secrets")),
    elig("pyramid-selling", "surveillance", POLICE, facts("pregnant")),
    elig("Lanzhou line", "body_examination", SPP,
         facts(exam_victim=T, exam_suspect=F, exam_forced=T)),
    elig("rents his flat", "recusal_pending", POLICE, facts(recusal_pending=T)),
    elig("16 years and 4 months", "record_sealing", None,
         facts(age_at_offence=16, sentence_years=3, not_prosecuted=F)),
    elig("plastering subcontractor", "surveillance", POLICE, facts(no_bond_or_guarantor=T)),
    elig("3 a.m. in Toronto", "arrest_for_bail_breach", POLICE, facts(new_crime=T)),
    elig("Lao Ma", "search", SPP, facts(search_suspect=T, search_warrant=T)),
    elig("buried the cash", "interrogation_outside_custody", SPP, facts(out_to_recover=T)),
    elig("sentence seven years", "record_sealing", None,
         facts(age_at_offence=17, sentence_years=7, not_prosecuted=F)),
    elig("site safety officer", "sealed_record_access", SPP,
         facts(requester_judicial=F, requester_state_rules=F)),
    elig("liver cancer", "bail", POLICE, facts(serious_illness=T, recidivist=T)),
    elig("Wang's backpack", "search", SPP,
         facts(search_may_hide=T, search_suspect=F, search_warrant=F, search_in_arrest=F,
               search_emergency=F)),
    elig("three lawyers", "lawyer_count", POLICE, facts(lawyer_count=3)),
    elig("community assessment", "juvenile_probation", None,
         facts("community_no_adverse_effect", age_at_offence=16, possible_sentence_years=1.5,
               repentance=T, guardianship=T, no_social_danger=T, recidivist=F)),
    elig("came round to the flat", "arrest_for_surveillance_breach", SPP,
         facts("unapproved_meetings")),
    elig("Vancouver", "juvenile_family_meeting", SPP,
         facts("police_consent", family_not_involved=T, repentance=T)),
    elig("ticket office supervisor", "family_notice_exception", POLICE,
         facts(co_suspect_risk=T)),
    elig("power company", "guarantor", POLICE,
         facts(guarantor_not_implicated=T, guarantor_rights_unrestricted=T,
               guarantor_residence_income=T)),
    elig("Day 94", "conditional_np_revocation", SPP, facts(new_crime=T)),
    elig("holds shares", "recusal", POLICE, facts(official_interest=T)),
    elig("Dubai", "compelled_appearance", POLICE,
         facts(compel_suspect=T, compel_failed_summons=T, summons_valid_reason=F)),
    elig("Baoji", "leave_under_surveillance", POLICE, facts(leave_reason=T, leave_approved=F)),
    elig("brick factory", "deputy_permission", POLICE,
         facts(deputy_county_up=T, measure_arrest=T, measure_detention=F)),
    elig("19 years and 2 months", "juvenile_non_prosecution", SPP,
         facts(age_at_offence=19, minor_crime=T, recidivist=F, surrender_or_merit=T)),
    elig("tiling subcontractor", "surveillance_place", POLICE,
         facts(surveillance_at_custody_place=T, surveillance_at_residence=F)),
    elig("Frankfurt, 2 a.m.", "family_notice_exception", POLICE,
         facts(co_suspect_risk=F, identity_unknown=F, hinders_or_impossible=F)),
    elig("D-train", "unknown_identity", POLICE, facts("evidence_of_crime", identity_unknown=T)),
    elig("warehouse that collapsed", "shared_lawyer", POLICE, facts("co_suspects_same_case")),
    elig("Record sealed at 17", "record_unsealing", None,
         facts("combined_sentence_years", new_or_omitted_crime=T)),
    elig("town level or the county", "deputy_permission", POLICE,
         facts("deputy_county_up", measure_detention=T, measure_arrest=F)),
    elig("Kazakh", "lawyer_interpreter", POLICE, facts("interpreter_permission")),
    elig("Nanjing South", "restraints", POLICE,
         facts(restraint_in_measure=T, restraint_juvenile=F)),
    elig("karaoke bar", "lawyer_meeting_permission", POLICE,
         facts(state_secrets=F, state_security_crime=F)),
    elig("Three-element check", "arrest", None,
         facts(evidence_of_crime=T, imprisonment_possible=T, possible_sentence_years=3,
               bail_insufficient=T)),
    elig("bid-rigging", "cppcc_notice", POLICE,
         facts(measure_other=T, measure_detention=F, measure_arrest=F)),
    elig("Auckland. My cousin's boy", "juvenile_non_prosecution", SPP,
         facts(age_at_offence=15, minor_crime=T, coerced=T, secondary_role=T,
               surrender_or_merit=T)),
    elig("carriage 5", "investigation_experiment", SPP, facts("experiment_approved")),
    elig("flight abroad", "cppcc_notice", POLICE,
         facts("urgent_case", measure_detention=T, measure_arrest=F)),
    elig("Score this", "restraints", POLICE,
         facts(restraint_in_measure=T, restraint_juvenile=T, restraint_danger=F)),
    elig("procurement manager", "detention", SPP,
         facts(suicide_or_flight=F, evidence_tampering_risk=F)),
    elig("Singapore", "recusal", POLICE,
         facts(official_is_party_or_relative=F, official_interest=F, official_prior_role=F,
               official_gifts_or_meetings=F)),
    elig("Beijing-Guangzhou sleeper", "leave_on_bail", POLICE,
         facts(leave_reason=T, leave_approved=T)),
    elig("new niece", "leave_on_bail", POLICE, facts("leave_approved", leave_reason=T)),
    elig("coin flip", "arrest", None,
         facts("imprisonment_possible", evidence_of_crime=T, bail_insufficient=T)),
    elig("Nanhu project", "surveillance_meeting", POLICE,
         facts("meet_approved", meet_cohabitant=F, meet_own_lawyer=F)),
    elig("kitchen job", "leave_conditional_np", SPP, facts("cnp_leave_approved")),
    # ---- deadline
    dl("junior conductor", "compelled_appearance", DT(2026, 3, 5, 9, 20), body=POLICE),
    dl("bail application", "bail_application_reply", D(2026, 3, 2), body=POLICE),
    dl("Counting game", "custody_recalculation", D(2026, 2, 27)),
    dl("forfeited", "forfeiture_review", D(2026, 3, 2)),
    dl("seven hours behind", "interrogation_arrest", DT(2026, 3, 3, 22, 30), body=POLICE),
    dl("carriage 3", "no_filing_reasons", D(2026, 3, 2)),
    dl("in labour", "recusal_reconsideration", None, body=POLICE),
    dl("Article 22", "juvenile_inform_victim", D(2026, 3, 2)),
    dl("600,000", "arrest_reconsideration", D(2026, 2, 27)),
    dl("nurse in Auckland", "conditional_np_complaint", D(2026, 3, 1)),
    dl("dining-car", "bail_period", D(2025, 4, 17), body=POLICE),
    dl("stood guarantor", "guarantor_fine_review", D(2026, 2, 28)),
    dl("direct acceptance", "direct_acceptance", D(2026, 2, 24)),
    dl("supplementary investigation", "supplementary_investigation", D(2026, 2, 16)),
    dl("Chicago", "sealed_record_inquiry", D(2026, 2, 26)),
    dl("run past the legal limit", "overdue_measure_review", None, measure="detention"),
]
# fmt: on

COUNTS = {"eligibility": 60, "deadline": 16, "none": 24}
VERDICTS = {True: 22, False: 20, None: 18}
VOICES = ("conductor", "sister-in-law", "quiz fan", "contractor", "nurse cousin")


def shape_problems(items: list[dict[str, Any]]) -> list[str]:
    """Counts, voices, rule ids and the fields of each item."""
    rules = all_rules()
    out = []
    kinds = Counter((it["rule"] or "none.").split(".")[0] for it in items)
    if dict(kinds) != COUNTS:
        out.append(f"kind counts {dict(kinds)} != {COUNTS}")
    elig_items = [it for it in items if (it["rule"] or "").startswith("eligibility.")]
    verdicts = Counter(it["computed"]["eligible"] for it in elig_items)
    if dict(verdicts) != VERDICTS:
        out.append(f"verdict counts {dict(verdicts)} != {VERDICTS}")
    voices = Counter(it.get("voice") for it in items)
    if voices != Counter({v: 20 for v in VOICES}):
        out.append(f"voices {dict(voices)}")
    elig_rules = {r for r in rules if r.startswith("eligibility.")}
    used = {it["rule"] for it in items if it["rule"]}
    if elig_rules - used:
        out.append(f"eligibility rules not covered: {sorted(elig_rules - used)}")
    deadline_rules = [it["rule"] for it in items if (it["rule"] or "").startswith("deadline.")]
    if len(set(deadline_rules)) != len(deadline_rules):
        out.append("a deadline rule is used twice")
    for n, it in enumerate(items, 1):
        if it["rule"] is not None and it["rule"] not in rules:
            out.append(f"item {n}: unknown rule {it['rule']}")
        if it["rule"] is None and ("computed" in it or "needs" in it):
            out.append(f"item {n}: a null item carries computed or needs")
        stray = set(it) - {"q", "rule", "computed", "needs", "voice"}
        if stray:
            out.append(f"item {n}: unknown fields {sorted(stray)}")
    return out


def fact_problems(n: int, rule: str, fx: dict[str, Any]) -> list[str]:
    """Encoded facts outside what the rule reads; uncertain keys not set to None."""
    reads = set(READS[rule.split(".", 1)[1]])
    out = [f"item {n}: {rule} does not read {k}" for k in fx if k != U and k not in reads]
    out += [f"item {n}: uncertain {k} is not None" for k in fx.get(U, ()) if fx.get(k) is not None]
    return out


def main() -> int:
    items = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    problems = shape_problems(items)
    rules = all_rules()
    ruled = [(n, it) for n, it in enumerate(items, 1) if it["rule"]]
    if len(ruled) != len(CHECKS):
        problems.append(f"{len(ruled)} rule items but {len(CHECKS)} checks")
    agree = 0
    for (n, it), (snippet, rule, inputs) in zip(ruled, CHECKS, strict=False):
        if snippet not in it["q"] or rule != it["rule"]:
            problems.append(f"item {n}: check ({snippet!r}, {rule}) is out of step")
            continue
        if "facts" in inputs:
            problems += fact_problems(n, rule, inputs["facts"])
        res = rules[rule].func(**inputs)
        want_needs = bool(it.get("needs"))
        if res.computed == it["computed"] and bool(res.needs) == want_needs:
            agree += 1
        else:
            problems.append(
                f"item {n}: {rule} labelled {it['computed']} needs={want_needs}, "
                f"function gives {res.computed} needs={bool(res.needs)}"
            )
    for p in problems:
        print(p)
    print(
        f"{agree}/{len(CHECKS)} labels agree ({len(items)} items, {len(items) - len(ruled)} null)"
    )
    return 1 if problems or agree != len(CHECKS) else 0


if __name__ == "__main__":
    sys.exit(main())
