"""Check the labels of bench/own76_setAO.yaml against the pure rule functions.

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; here each is checked by calling the rule function directly on facts and
dates encoded by hand below (never on the question's text). For every eligibility item the
facts are all those the question tells that the rule function reads: told true is True, told
false is False, told as unknown or disputed is None with the key in "uncertain"; a fact not
mentioned is left out. `body` is given wherever the question names the acting body.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own76.py

Prints one line per disagreement and the count of labels that agree; exits 1 on any
disagreement or on a malformed set.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own76_setAO.yaml"
VOICES = (
    "chess_coach",
    "pawn_shop_owner",
    "hospital_mother",
    "retired_judge",
    "warehouse_supervisor",
)


def unsure(*keys: str) -> dict[str, Any]:
    """Facts told as unknown or disputed: the key is None and listed under "uncertain"."""
    return {**dict.fromkeys(keys), "uncertain": keys}


def merge(*parts: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for p in parts:
        out.update(p)
    return out


P, S = "police", "procuratorate"

# item number -> (rule id, body, facts)
ELIG: dict[int, tuple[str, str | None, dict[str, Any]]] = {
    # conditional NP: 16, theft (Chapter V), <= 6 months, clear facts, remorse
    1: ("conditional_non_prosecution", S, {"age_at_offence": 16, "crime_chapter_4_6": True,
        "possible_sentence_years": 0.5, "prosecutable": True, "repentance": True}),
    # search of a non-suspect's shop that may hold the evidence, warrant shown
    2: ("search", S, {"search_warrant": True, "search_suspect": False, "search_may_hide": True}),
    # police bail: serious illness, first time
    3: ("bail", P, {"serious_illness": True, "recidivist": False}),
    # the investigator gave a witness statement in the case (MPS Art. 24 (3))
    4: ("recusal", P, {"official_prior_role": True}),
    # caught loading the parcels (MPS Art. 105 (1))
    5: ("detention", P, {"caught_in_act": True}),
    # 18 at the offence: neither Art. 26 nor Art. 27 covers him
    6: ("juvenile_non_prosecution", None, {"age_at_offence": 18, "minor_crime": True,
        "surrender_or_merit": True}),
    # a witness cannot be compelled to appear
    7: ("compelled_appearance", P, {"compel_suspect": False}),
    # illness unsettled (results tomorrow)
    8: ("arrest_exemption", S, unsure("serious_illness")),
    # withdrawal undecided: the investigation goes on
    9: ("recusal_pending", S, {"recusal_pending": True}),
    # locker of a non-suspect; whether he hides anything unknown; warrant shown
    10: ("search", S, merge({"search_suspect": False, "search_warrant": True},
         unsure("search_may_hide"))),
    # community effect unknown
    11: ("juvenile_probation", S, merge({"age_at_offence": 15, "possible_sentence_years": 2,
         "repentance": True, "recidivist": False, "guardianship": True},
         unsure("community_no_adverse_effect"))),
    # the would-be guarantor is implicated in the case
    12: ("guarantor", P, {"guarantor_not_implicated": False, "guarantor_residence_income": True}),
    # an adult escorted in handcuffs
    13: ("restraints", P, {"restraint_in_measure": True, "restraint_juvenile": False}),
    # county deputy, detention, not caught in the act: permission first
    14: ("deputy_permission", P, {"npc_deputy": True, "deputy_county_up": True,
         "measure_detention": True, "caught_in_act": False}),
    # guarantor uninvolved, rights, residence and income (ability assumed)
    15: ("guarantor", None, {"guarantor_not_implicated": True,
         "guarantor_rights_unrestricted": True, "guarantor_residence_income": True}),
    # 16 at the offence, 1.5 years
    16: ("record_sealing", None, {"age_at_offence": 16, "sentence_years": 1.5}),
    # withholds his name; evidence proves the theft; police apply (MPS Art. 112)
    17: ("unknown_identity", P, {"identity_unknown": True, "evidence_of_crime": True}),
    # a state-security crime: permission needed (CPL Art. 39)
    18: ("lawyer_meeting_permission", P, {"state_security_crime": True}),
    # CPPCC member arrested while about to flee abroad: urgent
    19: ("cppcc_notice", P, {"cppcc_member": True, "measure_arrest": True, "urgent_case": True}),
    # reason (work) and the police's approval
    20: ("leave_on_bail", P, {"leave_reason": True, "leave_approved": True}),
    # new crime, combined sentence three years (not more than five)
    21: ("record_unsealing", None, {"new_or_omitted_crime": True, "combined_sentence_years": 3}),
    # identification disputed, nothing found; other grounds not told
    22: ("detention", P, merge({"evidence_found_on_person": False},
         unsure("identified_by_witness"))),
    # cannot pay a deposit nor find a guarantor (MPS Art. 68)
    23: ("surveillance", P, {"no_bond_or_guarantor": True}),
    # surveillance in a detention centre (MPS Art. 98)
    24: ("surveillance_place", S, {"surveillance_at_custody_place": True}),
    # once, no harm, nothing else: no SPP Art. 53-54 ground
    25: ("arrest_for_bail_breach", S, {"left_area": False, "new_crime": False, "evasion": False,
         "evidence_tampering": False, "missed_summons": False}),
    # an association vetting on its own account
    26: ("sealed_record_access", S, {"requester_judicial": False, "requester_state_rules": False}),
    # state secrets: approval to hire a lawyer
    27: ("lawyer_hire_approval", P, {"state_secrets": True}),
    # reason told, approval pending
    28: ("leave_under_surveillance", P, merge({"leave_reason": True}, unsure("leave_approved"))),
    # the suspect required to take part; approval unknown
    29: ("investigation_experiment", S, merge({"experiment_compelled": True,
         "experiment_party": True}, unsure("experiment_approved"))),
    # same case: no shared lawyer
    30: ("shared_lawyer", None, {"co_suspects_same_case": True}),
    # parents uninvolved, police consent, remorse
    31: ("juvenile_family_meeting", S, {"family_not_involved": True, "police_consent": True,
         "repentance": True}),
    # two lawyers
    32: ("lawyer_count", P, {"lawyer_count": 2}),
    # girlfriend: not living with him, not his lawyer, police refused
    33: ("surveillance_meeting", P, {"meet_cohabitant": False, "meet_own_lawyer": False,
         "meet_approved": False}),
    # left the residence twice without approval (SPP Art. 68 (4))
    34: ("arrest_for_surveillance_breach", S, {"left_area": True}),
    # a witness examined by force
    35: ("body_examination", S, {"exam_suspect": False, "exam_victim": False,
         "exam_forced": True}),
    # one public-order violation, seriousness unknown
    36: ("conditional_np_revocation", S, merge({"np_public_order_violation": True,
         "np_repeated": False}, unsure("np_serious"))),
    # police bail: only criminal detention or a fine, first offence, no violence
    37: ("bail", P, {"minor_penalty_only": True, "recidivist": False, "violent_crime": False}),
    # taken out to recover the money, chief procurator approved
    38: ("interrogation_outside_custody", S, {"out_to_recover": True, "out_chief_approval": True}),
    # one missed summons, consequences unknown, nothing else
    39: ("arrest_for_bail_breach", S, merge({"new_crime": False, "evasion": False,
         "evidence_tampering": False, "left_area": False}, unsure("missed_summons"))),
    # evidence and imprisonment, but bail sufficiency unknown
    40: ("arrest", P, merge({"evidence_of_crime": True, "imprisonment_possible": True},
         unsure("bail_insufficient"))),
    # trip approved by the procuratorate
    41: ("leave_conditional_np", S, {"cnp_leave_approved": True}),
    # reason (business), police refused
    42: ("leave_on_bail", P, {"leave_reason": True, "leave_approved": False}),
    # no emergency
    43: ("detention_without_warrant", P, {"detention_emergency": False}),
    # anonymous, evidence, imprisonment; bail sufficiency unknown
    44: ("unknown_identity", S, merge({"identity_unknown": True, "evidence_of_crime": True,
         "imprisonment_possible": True}, unsure("bail_insufficient"))),
    # three lawyers
    45: ("lawyer_count", None, {"lawyer_count": 3}),
    # a 16-year-old, calm, no danger, came without refusing
    46: ("restraints", P, {"restraint_in_measure": True, "restraint_juvenile": True,
         "restraint_danger": False, "restraint_resists": False}),
    # co-suspect risk only hinted
    47: ("family_notice_exception", P, unsure("co_suspect_risk")),
    # police consent unknown
    48: ("juvenile_family_meeting", S, merge({"family_not_involved": True, "repentance": True},
         unsure("police_consent"))),
    # a court handling a case
    49: ("sealed_record_access", S, {"requester_judicial": True}),
    # withholds his real name and address
    50: ("family_notice_exception", P, {"identity_unknown": True}),
    # witness or suspect unknown
    51: ("compelled_appearance", P, unsure("compel_suspect")),
    # threatened a witness to change his statement (any breach; SPP Art. 53 (2))
    52: ("arrest_for_bail_breach", P, {"evidence_tampering": True}),
    # none of the police's exceptions
    53: ("family_notice_exception", P, {"identity_unknown": False, "co_suspect_risk": False,
         "hinders_or_impossible": False}),
    # not state security; state secrets unknown
    54: ("lawyer_meeting_permission", P, merge({"state_security_crime": False},
         unsure("state_secrets"))),
    # procuratorate's surveillance: police approved, its consent unknown
    55: ("surveillance_meeting", S, merge({"measure_by_procuratorate": True,
         "meet_approved": True, "meet_cohabitant": False, "meet_own_lawyer": False},
         unsure("meet_decider_consent"))),
    # 15, minor crime, secondary role, first offence (Art. 26)
    56: ("juvenile_non_prosecution", S, {"age_at_offence": 15, "minor_crime": True,
         "secondary_role": True, "recidivist": False}),
    # same case unknown
    57: ("shared_lawyer", None, unsure("co_suspects_same_case")),
    # interpreter permission unknown
    58: ("lawyer_interpreter", P, unsure("interpreter_permission")),
    # procuratorate: neither of its two grounds
    59: ("detention", S, {"suicide_or_flight": False, "evidence_tampering_risk": False}),
    # caught in the act, emergency unknown
    60: ("detention_without_warrant", P, merge({"caught_in_act": True},
         unsure("detention_emergency"))),
}  # fmt: skip

# item number -> (rule id, positional args, keyword args)
DEAD: dict[int, tuple[str, tuple[Any, ...], dict[str, Any]]] = {
    61: ("conditional_np_complaint", (date(2026, 3, 2),), {}),  # Monday + 7 days
    62: ("forfeiture_review", (date(2026, 3, 3),), {}),  # Tuesday + 5 days
    63: ("interrogation_arrest", (datetime(2026, 3, 3, 22, 40),), {}),  # + 24 hours
    64: ("recusal_reconsideration", (date(2026, 2, 26),), {"body": P}),  # + 5 days
    65: ("custody_recalculation", (date(2026, 3, 1),), {}),  # + 5 days
    66: ("juvenile_inform_victim", (date(2026, 2, 27),), {}),  # + 3 days
    67: ("guarantor_fine_review", (date(2026, 3, 2),), {}),  # + 5 days
    68: ("family_notice_detention", (datetime(2026, 3, 4, 15, 10),), {"body": P}),  # + 24 h
    69: ("direct_acceptance", (date(2026, 2, 20),), {}),  # + 10 days
    70: ("arrest_reconsideration", (date(2026, 2, 24),), {}),  # + 7 days
    71: ("sealed_record_inquiry", (None,), {}),  # no date: asks
    72: ("bail_application_reply", (date(2026, 2, 25),), {"body": P}),  # + 7 days
    73: ("overdue_measure_review", (date(2026, 3, 2),), {"measure": "detention"}),  # + 3 days
    74: ("custody_after_arrest", (date(2026, 1, 15),), {}),  # + 2 months, + 1 month
    75: ("lawyer_permission", (None,), {"body": P}),  # no date: asks
    76: ("no_filing_reasons", (date(2026, 2, 27),), {}),  # + 7 days
}


def run(item: dict[str, Any], n: int) -> tuple[dict[str, Any], bool]:
    """The computed dict and whether the rule asks, from the hand-encoded inputs of item n."""
    rules = all_rules()
    if n in ELIG:
        rid, body, facts = ELIG[n]
        res = rules[f"eligibility.{rid}"].func(facts, body)
    else:
        rid, args, kwargs = DEAD[n]
        res = rules[f"deadline.{rid}"].func(*args, **kwargs)
    if res.rule_id != item["rule"]:
        raise ValueError(f"item {n}: checked {res.rule_id}, labelled {item['rule']}")
    return res.computed, bool(res.needs)


def shape_problems(items: list[dict[str, Any]]) -> list[str]:
    """The set's counts and coverage as its header states them."""
    rules = all_rules()
    out = []
    if len(items) != 100:
        out.append(f"{len(items)} items, expected 100")
    for n, it in enumerate(items, 1):
        if it["rule"] is not None and it["rule"] not in rules:
            out.append(f"item {n}: unknown rule {it['rule']}")
        if it.get("voice") not in VOICES:
            out.append(f"item {n}: unknown voice {it.get('voice')}")
    kinds = Counter((it["rule"] or "none.").split(".")[0] for it in items)
    if kinds != Counter({"eligibility": 60, "deadline": 16, "none": 24}):
        out.append(f"kinds {dict(kinds)}")
    elig = [it for it in items if (it["rule"] or "").startswith("eligibility.")]
    verdicts = Counter(str(it["computed"]["eligible"]) for it in elig)
    if verdicts != Counter({"True": 22, "False": 20, "None": 18}):
        out.append(f"verdicts {dict(verdicts)}")
    all_elig = {r for r in rules if r.startswith("eligibility.")}
    if missing := all_elig - {it["rule"] for it in elig}:
        out.append(f"eligibility rules not covered: {sorted(missing)}")
    dead = [it["rule"] for it in items if (it["rule"] or "").startswith("deadline.")]
    if len(set(dead)) != 16:
        out.append(f"{len(set(dead))} distinct deadline rules, expected 16")
    if sum(1 for it in items if it["rule"] and it["rule"].startswith("deadline.")
           and it.get("needs")) != 2:  # fmt: skip
        out.append("expected 2 deadline items without a date")
    voices = Counter(it["voice"] for it in items)
    if set(voices.values()) != {20}:
        out.append(f"voices {dict(voices)}")
    return out


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    problems = shape_problems(items)
    checked = agree = 0
    for n, it in enumerate(items, 1):
        if it["rule"] is None:
            if n in ELIG or n in DEAD:
                problems.append(f"item {n}: null item has a check")
            continue
        if n not in ELIG and n not in DEAD:
            problems.append(f"item {n}: no hand-encoded check")
            continue
        computed, needs = run(it, n)
        checked += 1
        want_needs = bool(it.get("needs"))
        if computed == it["computed"] and needs == want_needs:
            agree += 1
        else:
            problems.append(
                f"item {n} {it['rule']}: labelled {it['computed']} needs={want_needs}, "
                f"function gives {computed} needs={needs}"
            )
    for p in problems:
        print(p)
    print(f"{agree} of {checked} labels agree with the rule functions")
    return 1 if problems or agree != checked else 0


if __name__ == "__main__":
    raise SystemExit(main())
