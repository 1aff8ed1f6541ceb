"""Label check for bench/own82_setAU.yaml (training set AU, written blind to the router).

Every eligibility and deadline label of the set was worked out by hand from the article and the
rule's docstring; this script checks it by calling the pure rule function on facts, bodies and
dates encoded here by hand (never on a question's text). For each eligibility item `facts` holds
every fact the question tells that the rule function reads: told true = True, told false = False,
told as unknown or disputed = listed in "uncertain" (and set to None); a fact not mentioned is left
out. `body` is the acting body where the question names one. Deadline items give `start` (a date,
or a datetime for hour periods) and the rule's keyword arguments.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own82.py

Prints one line per disagreement and the number of labels that agree; exits 1 on any
disagreement or on a malformed set.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET_PATH = Path(__file__).resolve().parents[1] / "own82_setAU.yaml"
T, F = True, False
VOICES = (
    "marathon runner",
    "former prosecutor",
    "second wife",
    "dormitory warden",
    "car salesman",
)


def unsure(*keys: str, **facts: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed (listed in "uncertain", value None)."""
    return {**facts, **dict.fromkeys(keys), "uncertain": keys}


# n: the item's position in the set (1-based); q: the opening words of its question.
CHECKS: list[dict[str, Any]] = [
    # ---- eligibility (items 1-60)
    {"n": 1, "q": "Did an easy 8 k", "rule": "eligibility.bail", "body": "police",
     "facts": {"pregnant": T, "recidivist": F, "violent_crime": F}},
    {"n": 2, "q": "Client, 38, embezzlement", "rule": "eligibility.arrest",
     "body": "procuratorate",
     "facts": {"evidence_of_crime": T, "imprisonment_possible": T, "bail_insufficient": T}},
    {"n": 3, "q": "My husband was taken away", "rule": "eligibility.family_notice_exception",
     "body": "police", "facts": unsure("co_suspect_risk")},
    {"n": 4, "q": "I'm the night warden", "rule": "eligibility.conditional_non_prosecution",
     "body": "procuratorate",
     "facts": {"age_at_offence": 16, "crime_chapter_4_6": T, "possible_sentence_years": 0.5,
               "prosecutable": T, "repentance": T}},
    {"n": 5, "q": "One of our sales guys", "rule": "eligibility.compelled_appearance",
     "body": "police",
     "facts": {"compel_suspect": T, "compel_failed_summons": T, "summons_valid_reason": F}},
    {"n": 6, "q": "Wei from my club", "rule": "eligibility.leave_on_bail", "body": "police",
     "facts": {"leave_reason": T, "leave_approved": T}},
    {"n": 7, "q": "Female client, contract fraud", "rule": "eligibility.arrest_exemption",
     "body": "procuratorate", "facts": {"breastfeeding": T, "baby_age_months": 14}},
    {"n": 8, "q": "The procuratorate detained my", "rule": "eligibility.family_notice_exception",
     "body": "procuratorate", "facts": {"hinders_or_impossible": F}},
    {"n": 9, "q": "Question from a dorm warden", "rule": "eligibility.juvenile_non_prosecution",
     "body": None,
     "facts": {"age_at_offence": 18, "minor_crime": T, "repentance": T,
               "compensation_settled": T}},
    {"n": 10, "q": "Drama in the showroom", "rule": "eligibility.restraints", "body": "police",
     "facts": {"restraint_in_measure": T, "restraint_juvenile": F, "restraint_resists": F}},
    {"n": 11, "q": "Question for a pace-group", "rule": "eligibility.leave_on_bail",
     "body": "police", "facts": {"leave_reason": T, "leave_approved": F}},
    {"n": 12, "q": "Client will not disclose", "rule": "eligibility.unknown_identity",
     "body": "procuratorate",
     "facts": {"identity_unknown": T, "evidence_of_crime": T, "imprisonment_possible": T}},
    {"n": 13, "q": "My husband has end-stage", "rule": "eligibility.surveillance",
     "body": "police", "facts": {"serious_illness": T}},
    {"n": 14, "q": "A former student of mine", "rule": "eligibility.record_sealing",
     "body": None,
     "facts": unsure("sentence_years", age_at_offence=17, not_prosecuted=F)},
    {"n": 15, "q": "The procuratorate is reconstructing",
     "rule": "eligibility.investigation_experiment", "body": "procuratorate",
     "facts": {"experiment_harmful": T}},
    {"n": 16, "q": "My long-run buddy Zhou", "rule": "eligibility.surveillance_meeting",
     "body": "police",
     "facts": {"meet_cohabitant": F, "meet_own_lawyer": F, "meet_approved": T,
               "measure_by_procuratorate": F}},
    {"n": 17, "q": "Instructed yesterday", "rule": "eligibility.lawyer_meeting_permission",
     "body": None, "facts": {"state_security_crime": T}},
    {"n": 18, "q": "I honestly don't know", "rule": "eligibility.bail", "body": "police",
     "facts": unsure("serious_illness")},
    {"n": 19, "q": "Our ex-student had his", "rule": "eligibility.record_unsealing",
     "body": None, "facts": {"new_or_omitted_crime": T, "combined_sentence_years": 4}},
    {"n": 20, "q": "A customer says one of", "rule": "eligibility.body_examination",
     "body": "procuratorate",
     "facts": {"exam_victim": T, "exam_suspect": F, "exam_forced": T}},
    {"n": 21, "q": "Someone in the trail club", "rule": "eligibility.leave_under_surveillance",
     "body": "police", "facts": unsure("leave_approved", leave_reason=T)},
    {"n": 22, "q": "Client held by the PSB", "rule": "eligibility.lawyer_hire_approval",
     "body": "police", "facts": {"state_secrets": F}},
    {"n": 23, "q": "His eldest son", "rule": "eligibility.guarantor", "body": "police",
     "facts": {"guarantor_not_implicated": T, "guarantor_residence_income": T,
               "guarantor_rights_unrestricted": T}},
    {"n": 24, "q": "A boy who wants to move", "rule": "eligibility.sealed_record_access",
     "body": "procuratorate",
     "facts": {"requester_judicial": F, "requester_state_rules": F}},
    {"n": 25, "q": "A regular customer of ours", "rule": "eligibility.deputy_permission",
     "body": "police",
     "facts": {"npc_deputy": T, "deputy_county_up": F, "measure_detention": T}},
    {"n": 26, "q": "At the race expo", "rule": "eligibility.detention", "body": "police",
     "facts": {"caught_in_act": T}},
    {"n": 27, "q": "Two brothers, co-suspects", "rule": "eligibility.shared_lawyer",
     "body": None, "facts": {"co_suspects_same_case": T}},
    {"n": 28, "q": "My husband is on bail", "rule": "eligibility.arrest_for_bail_breach",
     "body": "procuratorate",
     "facts": {"breach": T, "left_area": F, "new_crime": F, "evasion": F,
               "evidence_tampering": F, "missed_summons": F}},
    {"n": 29, "q": "One of the boys from my dorm", "rule": "eligibility.juvenile_family_meeting",
     "body": "procuratorate",
     "facts": {"family_not_involved": T, "police_consent": T, "repentance": T}},
    {"n": 30, "q": "The owner of our dealership", "rule": "eligibility.cppcc_notice",
     "body": "police", "facts": {"cppcc_member": T}},
    {"n": 31, "q": "Weird one from our club", "rule": "eligibility.search",
     "body": "procuratorate",
     "facts": {"search_suspect": T, "search_warrant": F, "search_in_arrest": F}},
    {"n": 32, "q": "Procuratorate-investigated", "rule": "eligibility.lawyer_count",
     "body": "procuratorate", "facts": {"lawyer_count": 2}},
    {"n": 33, "q": "The lawyer we hired", "rule": "eligibility.lawyer_meeting_permission",
     "body": "police", "facts": {"state_secrets": F, "state_security_crime": F}},
    {"n": 34, "q": "Our student Gao", "rule": "eligibility.juvenile_probation",
     "body": "procuratorate",
     "facts": unsure("no_social_danger", age_at_offence=17, possible_sentence_years=2,
                     repentance=T, guardianship=T, community_no_adverse_effect=T,
                     recidivist=F)},
    {"n": 35, "q": "A Kazakh customer", "rule": "eligibility.lawyer_interpreter",
     "body": "police", "facts": unsure("interpreter_permission")},
    {"n": 36, "q": "Long story short", "rule": "eligibility.arrest_for_surveillance_breach",
     "body": "procuratorate", "facts": {"evasion": T}},
    {"n": 37, "q": "The procuracy wants to bring",
     "rule": "eligibility.interrogation_outside_custody", "body": "procuratorate",
     "facts": {"out_to_recover": T, "out_chief_approval": T, "out_escort_short": F}},
    {"n": 38, "q": "They told me my husband", "rule": "eligibility.surveillance_place",
     "body": None, "facts": {"surveillance_at_custody_place": T}},
    {"n": 39, "q": "A 16-year-old in my dorm", "rule": "eligibility.leave_conditional_np",
     "body": "procuratorate", "facts": {"cnp_leave_approved": T}},
    {"n": 40, "q": "Another customer saga", "rule": "eligibility.lawyer_interpreter",
     "body": "police", "facts": {"interpreter_permission": F}},
    {"n": 41, "q": "I want to stand as guarantor", "rule": "eligibility.guarantor",
     "body": "police",
     "facts": {"guarantor_not_implicated": F, "guarantor_residence_income": T}},
    {"n": 42, "q": "Client wants the case procurator", "rule": "eligibility.recusal",
     "body": "procuratorate",
     "facts": {"official_is_party_or_relative": F, "official_interest": F,
               "official_prior_role": F, "official_gifts_or_meetings": F,
               "official_former_investigator": F}},
    {"n": 43, "q": "The police have asked", "rule": "eligibility.arrest",
     "body": "procuratorate",
     "facts": unsure("evidence_of_crime", imprisonment_possible=T)},
    {"n": 44, "q": "One of my 17-year-olds", "rule": "eligibility.conditional_np_revocation",
     "body": "procuratorate", "facts": {"np_supervision_violation": T, "np_repeated": T}},
    {"n": 45, "q": "Friday night a guy", "rule": "eligibility.detention_without_warrant",
     "body": "police", "facts": {"caught_in_act": T, "detention_emergency": T}},
    {"n": 46, "q": "I witnessed a hit-and-run", "rule": "eligibility.compelled_appearance",
     "body": "police", "facts": {"compel_suspect": F}},
    {"n": 47, "q": "Police grabbed my client", "rule": "eligibility.detention_without_warrant",
     "body": "police", "facts": unsure("detention_emergency", caught_in_act=T)},
    {"n": 48, "q": "My husband is under residential", "rule": "eligibility.surveillance_meeting",
     "body": "police",
     "facts": {"meet_cohabitant": F, "meet_own_lawyer": F, "meet_approved": F}},
    {"n": 49, "q": "The police came at 6 a.m.", "rule": "eligibility.restraints",
     "body": "police",
     "facts": {"restraint_in_measure": T, "restraint_juvenile": T, "restraint_danger": F,
               "restraint_resists": F}},
    {"n": 50, "q": "A colleague is on police bail", "rule": "eligibility.arrest_for_bail_breach",
     "body": "police", "facts": unsure("left_area")},
    {"n": 51, "q": "The detective on my running", "rule": "eligibility.recusal",
     "body": "police",
     "facts": unsure("official_other_relation", official_is_party_or_relative=F,
                     official_interest=F)},
    {"n": 52, "q": "Client is a member of the county", "rule": "eligibility.cppcc_notice",
     "body": "police",
     "facts": {"cppcc_member": T, "measure_detention": T, "urgent_case": F}},
    {"n": 53, "q": "It was his first wife", "rule": "eligibility.recusal", "body": "police",
     "facts": {"official_is_party_or_relative": T}},
    {"n": 54, "q": "A 16-year-old from my dorm", "rule": "eligibility.juvenile_non_prosecution",
     "body": None, "facts": unsure("minor_crime", age_at_offence=16, secondary_role=T)},
    {"n": 55, "q": "On Monday my colleague", "rule": "eligibility.recusal_pending",
     "body": "police", "facts": {"recusal_pending": T}},
    {"n": 56, "q": "My Sunday long-run partner",
     "rule": "eligibility.interrogation_outside_custody", "body": "procuratorate",
     "facts": unsure("out_to_identify", "out_to_recover")},
    {"n": 57, "q": "Client is a people's congress", "rule": "eligibility.deputy_permission",
     "body": "police",
     "facts": unsure("deputy_county_up", npc_deputy=T, measure_arrest=T)},
    {"n": 58, "q": "Two men from the procuratorate", "rule": "eligibility.search",
     "body": "procuratorate", "facts": unsure("search_warrant", search_suspect=T)},
    {"n": 59, "q": "During his conditional", "rule": "eligibility.conditional_np_revocation",
     "body": "procuratorate",
     "facts": unsure("np_serious", np_public_order_violation=T, np_repeated=F)},
    {"n": 60, "q": "Two of our finance guys", "rule": "eligibility.shared_lawyer",
     "body": None, "facts": unsure("co_suspects_same_case")},
    # ---- deadline (items 61-76)
    {"n": 61, "q": "Club news, sort of", "rule": "deadline.forfeiture_review",
     "start": date(2026, 3, 2)},
    {"n": 62, "q": "PSB sought reconsideration", "rule": "deadline.arrest_reconsideration",
     "start": date(2026, 2, 27)},
    {"n": 63, "q": "The police took my husband", "rule": "deadline.family_notice_detention",
     "start": datetime(2026, 3, 3, 22, 15), "kwargs": {"body": "police"}},
    {"n": 64, "q": "A student of mine was beaten", "rule": "deadline.conditional_np_complaint",
     "start": date(2026, 2, 27)},
    {"n": 65, "q": "My colleague asked for the", "rule": "deadline.recusal_reconsideration",
     "start": date(2026, 3, 1), "kwargs": {"body": "police"}},
    {"n": 66, "q": "Our club captain", "rule": "deadline.bail_application_reply",
     "start": date(2026, 2, 27), "kwargs": {"body": "police"}},
    {"n": 67, "q": "In my view client's custody", "rule": "deadline.overdue_measure_review",
     "start": date(2026, 3, 3), "kwargs": {"measure": "arrest"}},
    {"n": 68, "q": "My husband's case apparently", "rule": "deadline.lawyer_permission",
     "start": None, "kwargs": {"body": "police"}},
    {"n": 69, "q": "A police officer working", "rule": "deadline.sealed_record_inquiry",
     "start": date(2026, 3, 2)},
    {"n": 70, "q": "The police arrested our sales", "rule": "deadline.interrogation_arrest",
     "start": datetime(2026, 3, 4, 10, 40), "kwargs": {"body": "police"}},
    {"n": 71, "q": "A friend from my running club", "rule": "deadline.surveillance_period",
     "start": date(2026, 1, 14), "kwargs": {"body": "police"}},
    {"n": 72, "q": "Arrested client.", "rule": "deadline.custody_recalculation",
     "start": date(2026, 3, 2)},
    {"n": 73, "q": "I was my husband's guarantor", "rule": "deadline.guarantor_fine_review",
     "start": date(2026, 2, 28)},
    {"n": 74, "q": "A 15-year-old from my dorm", "rule": "deadline.juvenile_inform_victim",
     "start": date(2026, 2, 25)},
    {"n": 75, "q": "My colleague got bail", "rule": "deadline.bail_period", "start": None,
     "kwargs": {"body": "police"}},
    {"n": 76, "q": "Client is the victim of", "rule": "deadline.no_filing_reasons",
     "start": date(2026, 2, 26)},
]  # fmt: skip


def run(check: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The rule function on the hand-encoded inputs: (computed, whether it asks)."""
    spec = all_rules()[check["rule"]]
    if spec.kind == "eligibility":
        res = spec.func(check["facts"], body=check["body"])
    else:
        res = spec.func(check["start"], **check.get("kwargs", {}))
    return dict(res.computed), bool(res.needs)


def structure_problems(items: list[dict[str, Any]]) -> list[str]:
    """Counts, rule ids, coverage and alignment of the set with CHECKS."""
    rules = all_rules()
    out = []
    if len(items) != 100:
        out.append(f"expected 100 items, found {len(items)}")
    for n, it in enumerate(items, 1):
        if not isinstance(it.get("q"), str) or "rule" not in it:
            out.append(f"item {n}: needs q and rule")
        if it.get("rule") is not None and it["rule"] not in rules:
            out.append(f"item {n}: unknown rule {it['rule']}")
        if it.get("voice") not in VOICES:
            out.append(f"item {n}: unknown voice {it.get('voice')!r}")
    by_n = {c["n"]: c for c in CHECKS}
    ruled = [n for n, it in enumerate(items, 1) if it.get("rule")]
    if sorted(by_n) != ruled:
        out.append("CHECKS do not cover exactly the items that name a rule")
    for n in ruled:
        c, it = by_n.get(n), items[n - 1]
        if c and (c["rule"] != it["rule"] or not it["q"].startswith(c["q"])):
            out.append(f"item {n}: CHECKS entry does not match the item")
    elig = {r for r, s in rules.items() if s.kind == "eligibility"}
    used = Counter(it["rule"] for it in items if it.get("rule"))
    missing = sorted(elig - set(used))
    if missing:
        out.append(f"eligibility rules not covered: {missing}")
    deadlines = [r for r in used if r.startswith("deadline.")]
    if len(deadlines) != 16 or any(used[r] != 1 for r in deadlines):
        out.append("expected 16 deadline items over 16 different rules")
    return out


def main() -> int:
    items = yaml.safe_load(SET_PATH.read_text(encoding="utf-8"))
    problems = structure_problems(items)
    agree = 0
    for c in CHECKS:
        it = items[c["n"] - 1]
        computed, asks = run(c)
        want_needs = bool(it.get("needs"))
        if computed == dict(it.get("computed") or {}) and asks == want_needs:
            agree += 1
        else:
            problems.append(
                f"item {c['n']} {c['rule']}: label {it.get('computed')} needs={want_needs}, "
                f"function {computed} asks={asks}"
            )
    kinds = Counter((it["rule"] or "none.").split(".")[0] or "null" for it in items)
    verdicts = Counter(
        str(it["computed"]["eligible"]) for it in items if str(it["rule"]).startswith("elig")
    )
    voices = Counter(it["voice"] for it in items)
    print(f"kinds: {dict(kinds)}; eligibility verdicts: {dict(verdicts)}")
    print(f"voices: {dict(voices)}")
    for p in problems:
        print(f"PROBLEM: {p}")
    print(f"{agree} of {len(CHECKS)} labels agree with the rule functions")
    return 1 if problems or agree != len(CHECKS) else 0


if __name__ == "__main__":
    sys.exit(main())
