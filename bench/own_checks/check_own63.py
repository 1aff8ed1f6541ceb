"""Label check for bench/own63_setAB.yaml (100 routing examples, set AB).

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script checks it by calling the pure rule function on facts and
dates encoded here by hand (never on a question's text, and never through the router, the
fact readers or `answer_rule_question`).

Fact labels: for each eligibility item, CHECKS holds every fact the question tells that is a
field the rule function reads (its condition groups in conditions.toml / conditions_acts.toml
and the few extra keys its code reads), not only the deciding ones: True when told as true,
False when told as false or denied, U when told as unknown or disputed (passed to the rule as
the key with value None and the key listed under "uncertain"); a fact not mentioned is left
out. `body` is given wherever the question names the acting body ("police" or
"procuratorate"), else None. Each item's hand verdict (`hand`) must equal the YAML label, and
the function's result must equal both.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own63.py

Prints how many labels agree; exits non-zero on any disagreement or malformed item.
"""

from __future__ import annotations

import inspect
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.conditions import BREACH_KEYS, load_groups
from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own63_setAB.yaml"
U = "U"  # told as unknown or disputed: uncertain
P, S = "police", "procuratorate"
T, F, N = True, False, None  # hand verdicts: eligible, not eligible, cannot tell

# The condition groups each eligibility rule evaluates, and the extra fact keys its code reads.
GROUPS: dict[str, tuple[str, ...]] = {
    "bail": (
        "bail.police.grounds",
        "bail.police.bars",
        "bail.procuratorate.grounds",
        "bail.procuratorate.bars",
    ),
    "surveillance": ("surveillance.police.grounds", "bail.procuratorate.grounds"),
    "detention": ("detention.police.grounds", "detention.procuratorate.grounds"),
    "arrest": (
        "arrest.police.requires",
        "arrest.procuratorate.requires",
        "arrest.procuratorate.bars",
    ),
    "arrest_exemption": ("arrest_exemption.procuratorate.grounds",),
    "arrest_for_bail_breach": (
        "bail_breach.procuratorate.grounds",
        "bail_breach.police.grounds",
    ),
    "arrest_for_surveillance_breach": (
        "surveillance_breach.procuratorate.grounds",
        "surveillance_breach.police.grounds",
    ),
    "guarantor": ("guarantor.police.requires",),
    "recusal": ("recusal.police.grounds", "recusal.procuratorate.grounds"),
    "recusal_pending": ("recusal_pending.procuratorate.bars", "recusal_pending.police.bars"),
    "family_notice_exception": (
        "family_notice.police.grounds",
        "family_notice.procuratorate.grounds",
    ),
    "lawyer_meeting_permission": (
        "lawyer_meeting.police.bars",
        "lawyer_meeting.procuratorate.bars",
    ),
    "lawyer_hire_approval": ("lawyer_hire.police.bars", "lawyer_hire.procuratorate.bars"),
    "lawyer_count": ("lawyer_count.requires",),
    "shared_lawyer": ("shared_lawyer.police.bars", "shared_lawyer.procuratorate.bars"),
    "surveillance_place": (
        "surveillance_place.police.grounds",
        "surveillance_place.police.bars",
    ),
    "sealed_record_access": ("sealed_record_access.grounds",),
    "conditional_non_prosecution": ("conditional_np.requires", "conditional_np.bars"),
    "juvenile_non_prosecution": (
        "juvenile_np.requires",
        "juvenile_np.grounds",
        "juvenile_np.bars",
        "juvenile_np27.requires",
    ),
    "juvenile_probation": ("juvenile_probation.requires", "juvenile_probation.grounds"),
    "record_sealing": ("sealing.grounds",),
    "record_unsealing": ("unsealing.grounds",),
    "juvenile_family_meeting": ("family_meeting.requires", "family_meeting.grounds"),
    "conditional_np_revocation": ("conditional_np_revocation.grounds",),
    "deputy_permission": ("deputy.police.grounds", "deputy.procuratorate.grounds"),
    "cppcc_notice": ("cppcc.police.grounds",),
    "compelled_appearance": (
        "compelled.police.requires",
        "compelled.police.grounds",
        "compelled.police.bars",
        "compelled.procuratorate.requires",
        "compelled.procuratorate.grounds",
        "compelled.procuratorate.bars",
    ),
    "detention_without_warrant": (
        "nowarrant.requires",
        "nowarrant.bars",
        "detention.police.grounds",
    ),
    "restraints": (
        "restraints.police.requires",
        "restraints.police.bars",
        "restraints.procuratorate.requires",
    ),
    "search": ("search.requires", "search.grounds", "search.bars", "search.forcible"),
    "body_examination": ("exam.requires", "exam.compulsory", "exam.bars"),
    "investigation_experiment": (
        "experiment.requires",
        "experiment.participants",
        "experiment.bars",
    ),
    "lawyer_interpreter": ("interpreter.requires",),
    "leave_on_bail": ("leave.bail.requires", "leave.bail.consent"),
    "leave_under_surveillance": ("leave.surveillance.requires", "leave.surveillance.consent"),
    "interrogation_outside_custody": ("outside.grounds", "outside.requires", "outside.bars"),
    "leave_conditional_np": ("leave.cnp.requires",),
    "surveillance_meeting": ("meeting.grounds",),
    "unknown_identity": (
        "identity.police.requires",
        "identity.procuratorate.requires",
        "identity.prosecution.requires",
        "arrest.procuratorate.requires",
        "arrest.procuratorate.bars",
    ),
}
EXTRA: dict[str, tuple[str, ...]] = {
    "arrest": ("possible_sentence_years", "minor_penalty_only", "serious_illness", "pregnant"),
    "arrest_for_bail_breach": (*BREACH_KEYS, "breach"),
    "juvenile_non_prosecution": (
        "recidivist",
        "minor_injury_case",
        "negligent_crime",
        "incomplete_crime",
        "instigated",
    ),
    "juvenile_probation": ("coerced", "minor_penalty_only"),
    "record_sealing": ("age_at_offence", "not_prosecuted"),
    "deputy_permission": ("measure_arrest", "measure_other"),
    "cppcc_notice": ("measure_arrest", "measure_other", "measure_detention"),
    "compelled_appearance": ("summons_valid_reason",),
    "search": ("search_forcible",),
    "body_examination": ("exam_forced",),
    "investigation_experiment": ("experiment_compelled",),
    "leave_on_bail": ("measure_by_procuratorate",),
    "leave_under_surveillance": ("measure_by_procuratorate",),
    "surveillance_meeting": ("measure_by_procuratorate",),
    "unknown_identity": ("identity_step", "possible_sentence_years", "minor_penalty_only"),
}
ALWAYS = ("uncertain", "only_stated_ground")

# (item number, rule, body, facts, hand verdict); items 1-60 of the YAML, in order.
CHECKS: list[tuple[int, str, str | None, dict[str, Any], bool | None]] = [
    (1, "leave_on_bail", P, {"leave_reason": T, "leave_approved": T}, T),
    (2, "lawyer_meeting_permission", P, {"state_secrets": F, "state_security_crime": F}, T),
    (3, "bail", P, {"pregnant": T}, T),
    (4, "unknown_identity", P, {"identity_unknown": T, "evidence_of_crime": T}, T),
    (5, "surveillance", P, {"breastfeeding": T, "baby_age_months": 5}, T),
    (6, "leave_on_bail", P, {"leave_reason": T, "leave_approved": F}, F),
    (7, "shared_lawyer", P, {"co_suspects_same_case": T}, F),
    (
        8,
        "juvenile_probation",
        S,
        {
            "age_at_offence": 17,
            "repentance": T,
            "guardianship": T,
            "community_no_adverse_effect": T,
            "no_social_danger": T,
            "recidivist": F,
            "possible_sentence_years": 5,
        },
        F,
    ),
    (9, "detention", S, {"suicide_or_flight": F, "evidence_tampering_risk": F}, F),
    (10, "bail", P, {"minor_penalty_only": T, "recidivist": T}, F),
    (11, "leave_under_surveillance", P, {"leave_reason": T, "leave_approved": U}, N),
    (12, "lawyer_meeting_permission", P, {"state_secrets": U, "state_security_crime": F}, N),
    (13, "bail", P, {"minor_penalty_only": T, "gang_principal": U}, N),
    (14, "surveillance", P, {"breastfeeding": T, "baby_age_months": U}, N),
    (15, "record_unsealing", None, {"new_or_omitted_crime": T, "combined_sentence_years": U}, N),
    (16, "detention", P, {"caught_in_act": T, "identified_by_witness": T}, T),
    (17, "lawyer_count", S, {"lawyer_count": 2}, T),
    (18, "cppcc_notice", P, {"measure_detention": T, "urgent_case": T}, T),
    (
        19,
        "compelled_appearance",
        P,
        {"compel_suspect": T, "compel_failed_summons": T, "summons_valid_reason": F},
        T,
    ),
    (
        20,
        "arrest",
        P,
        {"evidence_of_crime": T, "imprisonment_possible": T, "bail_insufficient": T},
        T,
    ),
    (
        21,
        "arrest_for_bail_breach",
        S,
        {
            "breach": T,
            "left_area": F,
            "missed_summons": F,
            "new_crime": F,
            "evidence_tampering": F,
            "evasion": F,
        },
        F,
    ),
    (22, "lawyer_hire_approval", P, {"state_secrets": T}, F),
    (
        23,
        "deputy_permission",
        S,
        {"deputy_county_up": T, "measure_arrest": T, "caught_in_act": F},
        F,
    ),
    (
        24,
        "restraints",
        P,
        {"restraint_in_measure": T, "restraint_juvenile": T, "restraint_danger": F},
        F,
    ),
    (25, "guarantor", P, {"guarantor_not_implicated": F}, F),
    (26, "arrest_for_surveillance_breach", S, {"left_area": U}, N),
    (27, "lawyer_interpreter", P, {"interpreter_permission": U}, N),
    (
        28,
        "search",
        S,
        {
            "search_suspect": T,
            "search_warrant": F,
            "search_in_arrest": T,
            "search_emergency": U,
        },
        N,
    ),
    (
        29,
        "surveillance_meeting",
        P,
        {"meet_cohabitant": F, "meet_own_lawyer": F, "meet_approved": U},
        N,
    ),
    (30, "arrest_exemption", S, {"pregnant": U}, N),
    (31, "arrest_for_bail_breach", P, {"breach": T}, T),
    (32, "bail", S, {"breastfeeding": T, "baby_age_months": 14}, T),
    (33, "deputy_permission", P, {"deputy_county_up": F, "measure_other": T}, T),
    (34, "leave_under_surveillance", P, {"leave_reason": T, "leave_approved": T}, T),
    (
        35,
        "guarantor",
        None,
        {
            "guarantor_not_implicated": T,
            "guarantor_residence_income": T,
            "guarantor_rights_unrestricted": T,
        },
        T,
    ),
    (
        36,
        "surveillance_place",
        P,
        {"surveillance_at_custody_place": T, "surveillance_at_residence": F},
        F,
    ),
    (37, "arrest", S, {"minor_penalty_only": T}, F),
    (
        38,
        "search",
        S,
        {"search_suspect": T, "search_warrant": T, "search_woman_by_man": T},
        F,
    ),
    (
        39,
        "recusal",
        P,
        {
            "official_is_party_or_relative": F,
            "official_interest": F,
            "official_prior_role": F,
            "official_gifts_or_meetings": F,
        },
        F,
    ),
    (
        40,
        "family_notice_exception",
        P,
        {"co_suspect_risk": F, "identity_unknown": F, "hinders_or_impossible": F},
        F,
    ),
    (
        41,
        "record_sealing",
        None,
        {"age_at_offence": 17, "not_prosecuted": F, "sentence_years": U},
        N,
    ),
    (
        42,
        "unknown_identity",
        S,
        {"identity_unknown": T, "evidence_of_crime": T, "imprisonment_possible": T},
        N,
    ),
    (
        43,
        "investigation_experiment",
        S,
        {
            "experiment_approved": U,
            "experiment_compelled": T,
            "experiment_party": T,
            "experiment_harmful": F,
        },
        N,
    ),
    (
        44,
        "conditional_non_prosecution",
        S,
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": T,
            "prosecutable": T,
            "repentance": T,
            "possible_sentence_years": U,
        },
        N,
    ),
    (
        45,
        "detention_without_warrant",
        P,
        {"identified_by_witness": T, "detention_emergency": U, "detention_papers_late": F},
        N,
    ),
    (46, "restraints", P, {"restraint_in_measure": T, "restraint_juvenile": F}, T),
    (47, "family_notice_exception", P, {"co_suspect_risk": T}, T),
    (
        48,
        "conditional_non_prosecution",
        S,
        {
            "age_at_offence": 15,
            "crime_chapter_4_6": T,
            "possible_sentence_years": 1,
            "prosecutable": T,
            "repentance": T,
        },
        T,
    ),
    (
        49,
        "record_sealing",
        None,
        {"age_at_offence": 16, "sentence_years": 1.5, "not_prosecuted": F},
        T,
    ),
    (
        50,
        "interrogation_outside_custody",
        S,
        {"out_to_recover": T, "out_chief_approval": T, "out_escort_short": F},
        T,
    ),
    (51, "compelled_appearance", P, {"compel_suspect": F}, F),
    (
        52,
        "juvenile_non_prosecution",
        None,
        {"age_at_offence": 19, "minor_crime": T, "secondary_role": T},
        F,
    ),
    (53, "recusal_pending", P, {"recusal_pending": T}, F),
    (54, "body_examination", S, {"exam_suspect": F, "exam_victim": F}, F),
    (
        55,
        "sealed_record_access",
        S,
        {"requester_judicial": F, "requester_state_rules": F},
        F,
    ),
    (
        56,
        "juvenile_non_prosecution",
        S,
        {
            "age_at_offence": 16,
            "minor_crime": T,
            "secondary_role": T,
            "repentance": T,
            "instigated": T,
        },
        T,
    ),
    (57, "recusal", P, {"official_is_party_or_relative": T}, T),
    (
        58,
        "conditional_np_revocation",
        S,
        {"np_public_order_violation": T, "np_repeated": F, "np_serious": U},
        N,
    ),
    (59, "leave_conditional_np", S, {"cnp_leave_approved": U}, N),
    (
        60,
        "juvenile_family_meeting",
        S,
        {"family_not_involved": T, "repentance": T, "police_consent": U},
        N,
    ),
]


def at(y: int, m: int, d: int, hh: int | None = None, mm: int = 0) -> date | datetime:
    """A start date, or a start time for the hour periods."""
    return date(y, m, d) if hh is None else datetime(y, m, d, hh, mm)


# (item number, rule, body, start, other arguments, hand `computed`); items 61-76.
DEADLINES: list[tuple[int, str, str | None, date | datetime | None, dict[str, Any], dict]] = [
    (61, "compelled_appearance", P, at(2026, 3, 5, 9, 40), {}, {"deadline": "2026-03-05T21:40"}),
    (62, "lawyer_permission", P, at(2026, 3, 3), {}, {"deadline": "2026-03-06"}),
    (63, "arrest_reconsideration", S, at(2026, 2, 26), {}, {"deadline": "2026-03-05"}),
    (64, "forfeiture_review", P, at(2026, 3, 2), {}, {"deadline": "2026-03-07"}),
    (65, "sealed_record_inquiry", S, at(2026, 2, 25), {}, {"deadline": "2026-03-04"}),
    (
        66,
        "family_notice_detention",
        P,
        at(2026, 3, 3, 22, 15),
        {},
        {"deadline": "2026-03-04T22:15"},
    ),
    (67, "interrogation_arrest", P, at(2026, 3, 4, 16, 30), {}, {"deadline": "2026-03-05T16:30"}),
    (68, "no_filing_reasons", P, at(2026, 2, 27), {}, {"deadline": "2026-03-06"}),
    (69, "surveillance_period", P, at(2025, 12, 10), {}, {"deadline": "2026-06-10"}),
    (70, "juvenile_inform_victim", S, at(2026, 3, 2), {}, {"deadline": "2026-03-05"}),
    (71, "guarantor_fine_review", P, at(2026, 3, 2), {}, {"deadline": "2026-03-07"}),
    (
        72,
        "overdue_measure_review",
        S,
        at(2026, 3, 2),
        {"measure": "bail"},
        {"deadline": "2026-03-09"},
    ),
    (73, "custody_recalculation", P, at(2026, 3, 3), {}, {"deadline": "2026-03-08"}),
    (74, "recusal_reconsideration", P, at(2026, 3, 3), {}, {"deadline": "2026-03-08"}),
    (75, "conditional_np_complaint", S, None, {}, {}),
    (76, "bail_application_reply", P, None, {}, {}),
]
NULLS = range(77, 101)


def encode(facts: dict[str, Any]) -> dict[str, Any]:
    """The facts as a rule receives them: U becomes the key with None, listed as uncertain."""
    out = {k: (None if v == U else v) for k, v in facts.items()}
    unsure = tuple(k for k, v in facts.items() if v == U)
    if unsure:
        out["uncertain"] = unsure
    return out


def fields(rule: str) -> set[str]:
    """Every fact key an eligibility rule reads (condition keys, their asks, extra keys)."""
    groups = load_groups()
    keys = {k for g in GROUPS[rule] for c in groups[g] for k in (c.key, *c.asks)}
    return keys | set(EXTRA.get(rule, ())) | set(ALWAYS)


def expected(item: dict[str, Any]) -> tuple[dict[str, Any], bool | None]:
    return dict(item.get("computed") or {}), item.get("needs")


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    problems: list[str] = []
    agree = checked = 0
    if len(items) != 100:
        problems.append(f"expected 100 items, found {len(items)}")
    for n, item in enumerate(items, 1):
        rid = item.get("rule")
        if rid is not None and rid not in rules:
            problems.append(f"item {n}: unknown rule {rid}")
    eligible_rules = {r for r in rules if r.startswith("eligibility.")}
    covered = {f"eligibility.{c[1]}" for c in CHECKS}
    if covered != eligible_rules:
        problems.append(f"eligibility rules not covered: {sorted(eligible_rules - covered)}")
    for n, rule, body, facts, hand in CHECKS:
        item, rid = items[n - 1], f"eligibility.{rule}"
        stray = set(facts) - fields(rule)
        if stray:
            problems.append(f"item {n}: facts the rule does not read: {sorted(stray)}")
        want, needs = expected(item)
        if (
            item["rule"] != rid
            or want != {"eligible": hand}
            or needs != (True if hand is None else None)
        ):
            problems.append(f"item {n}: hand label {rid} {hand} differs from the YAML label")
        res = rules[rid].func(encode(facts), body=body)
        checked += 1
        ok = res.computed == want and bool(res.needs) == (hand is None)
        agree += ok
        if not ok:
            problems.append(f"item {n}: {rid} gives {res.computed} needs={res.needs}, label {want}")
    for n, rule, body, start, kwargs, hand in DEADLINES:
        item, rid = items[n - 1], f"deadline.{rule}"
        func = rules[rid].func
        args = dict(kwargs)
        if "body" in inspect.signature(func).parameters:
            args["body"] = body
        want, needs = expected(item)
        if item["rule"] != rid or want != hand or needs != (True if not hand else None):
            problems.append(f"item {n}: hand label {rid} {hand} differs from the YAML label")
        res = func(start, **args)
        checked += 1
        ok = res.computed == want and bool(res.needs) == (not hand)
        agree += ok
        if not ok:
            problems.append(f"item {n}: {rid} gives {res.computed} needs={res.needs}, label {want}")
    for n in NULLS:
        if items[n - 1]["rule"] is not None or items[n - 1].get("computed"):
            problems.append(f"item {n}: expected a null item")
    print(f"{agree} of {checked} labels agree with the rule functions ({len(NULLS)} null items).")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
