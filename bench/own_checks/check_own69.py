"""Label check for `bench/own69_setAH.yaml` (training set AH, 100 questions).

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script checks it by calling the pure rule function on facts and
dates encoded by hand from each question (never on the question's text). For each
eligibility item the facts are every fact the question tells that the rule function reads:
told true is True, told false is False, told as unknown or disputed is None with the key in
the "uncertain" tuple; a fact not mentioned is left out. `body` is the acting body the
question names (None where it names none). Each eligibility rule is called exactly once per
eligibility item, in the order of the set, through the registry (as `bench.fact_reading`
expects).

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own69.py

Prints one line per disagreement and the number of labels that agree; exits 1 on any
disagreement or malformed item.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET_FILE = Path(__file__).resolve().parents[1] / "own69_setAH.yaml"
UNCERTAIN = "uncertain"
POLICE, SPP = "police", "procuratorate"
VOICES = (
    "poet",
    "call-centre worker",
    "kindergarten teacher",
    "writing for deaf relative",
    "auditor",
)


@dataclass(frozen=True)
class Elig:
    """An eligibility item: the hand-encoded facts and the body the question names."""

    n: int
    rule: str
    facts: dict[str, Any]
    body: str | None = None


@dataclass(frozen=True)
class Dead:
    """A deadline item: the hand-encoded start (None when the question gives no date)."""

    n: int
    rule: str
    start: date | datetime | None
    kwargs: dict[str, Any] = field(default_factory=dict)


def unsure(*keys: str, **facts: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed: each None and listed as uncertain."""
    return {**facts, **{k: None for k in keys}, UNCERTAIN: keys}


E = "eligibility."
D = "deadline."
CHECKS: tuple[Elig | Dead, ...] = (
    # eligibility (items 1-60)
    Elig(
        1,
        E + "bail",
        {"pregnant": True, "recidivist": False, "violent_crime": False, "gang_principal": False},
        POLICE,
    ),
    Elig(2, E + "bail", {"minor_penalty_only": True, "recidivist": True}, POLICE),
    Elig(3, E + "bail", {"breastfeeding": True, "baby_age_months": 8}, POLICE),
    Elig(4, E + "lawyer_interpreter", {"interpreter_permission": True}, POLICE),
    Elig(5, E + "lawyer_hire_approval", {"state_secrets": True}, SPP),
    Elig(
        6,
        E + "arrest_exemption",
        {"serious_illness": False, "pregnant": False, "breastfeeding": False},
        SPP,
    ),
    Elig(7, E + "detention", unsure("evidence_tampering_risk", suicide_or_flight=False), SPP),
    Elig(8, E + "arrest_exemption", unsure("pregnant"), SPP),
    Elig(
        9,
        E + "juvenile_non_prosecution",
        {"age_at_offence": 15, "disability": True, "minor_crime": True},
        SPP,
    ),
    Elig(10, E + "lawyer_count", {"lawyer_count": 3}, SPP),
    Elig(11, E + "recusal", {"official_is_party_or_relative": True}, POLICE),
    Elig(12, E + "arrest_for_surveillance_breach", {"violent_witness_interference": True}, POLICE),
    Elig(
        13,
        E + "restraints",
        {"restraint_in_measure": True, "restraint_juvenile": True, "restraint_danger": False},
        POLICE,
    ),
    Elig(
        14,
        E + "body_examination",
        {"exam_victim": True, "exam_suspect": False, "exam_forced": True},
        SPP,
    ),
    Elig(15, E + "shared_lawyer", {"co_suspects_same_case": True}),
    Elig(
        16,
        E + "juvenile_probation",
        {
            "age_at_offence": 16,
            "possible_sentence_years": 2,
            "repentance": True,
            "recidivist": False,
            "guardianship": True,
        },
        SPP,
    ),
    Elig(17, E + "leave_on_bail", {"leave_reason": True, "leave_approved": False}, POLICE),
    Elig(
        18,
        E + "sealed_record_access",
        {"requester_judicial": False, "requester_state_rules": False},
        SPP,
    ),
    Elig(19, E + "recusal_pending", {"recusal_pending": True}, POLICE),
    Elig(20, E + "search", {"search_warrant": True, "search_suspect": True}, SPP),
    Elig(
        21,
        E + "conditional_np_revocation",
        {
            "np_supervision_violation": True,
            "np_serious": False,
            "np_repeated": False,
            "new_crime": False,
        },
        SPP,
    ),
    Elig(22, E + "leave_conditional_np", {"cnp_leave_approved": True}, SPP),
    Elig(
        23,
        E + "compelled_appearance",
        {"compel_suspect": True, "compel_failed_summons": True, "summons_valid_reason": False},
        POLICE,
    ),
    Elig(
        24,
        E + "compelled_appearance",
        {"compel_suspect": True, "compel_outside_area": True},
        POLICE,
    ),
    Elig(
        25,
        E + "deputy_permission",
        {
            "npc_deputy": True,
            "deputy_county_up": True,
            "measure_detention": True,
            "caught_in_act": False,
        },
        POLICE,
    ),
    Elig(26, E + "detention", {"caught_in_act": True}, POLICE),
    Elig(
        27,
        E + "conditional_non_prosecution",
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 0.5,
            "prosecutable": True,
            "repentance": True,
        },
        SPP,
    ),
    Elig(
        28,
        E + "juvenile_family_meeting",
        {"family_not_involved": True, "repentance": True, "police_consent": True},
        SPP,
    ),
    Elig(
        29,
        E + "leave_under_surveillance",
        unsure(
            "leave_decider_consent",
            leave_reason=True,
            leave_approved=True,
            measure_by_procuratorate=True,
        ),
        SPP,
    ),
    Elig(
        30,
        E + "cppcc_notice",
        {"cppcc_member": True, "measure_other": True, "measure_detention": False},
        POLICE,
    ),
    Elig(
        31,
        E + "surveillance_place",
        {"surveillance_at_custody_place": True, "surveillance_at_residence": False},
        POLICE,
    ),
    Elig(32, E + "lawyer_meeting_permission", {"state_security_crime": True}, POLICE),
    Elig(33, E + "surveillance", unsure("serious_illness"), POLICE),
    Elig(34, E + "surveillance_meeting", {"meet_own_lawyer": True}, POLICE),
    Elig(35, E + "interrogation_outside_custody", {"out_to_recover": True}, SPP),
    Elig(
        36, E + "leave_under_surveillance", {"leave_reason": True, "leave_approved": True}, POLICE
    ),
    Elig(37, E + "record_unsealing", {"new_or_omitted_crime": True, "combined_sentence_years": 4}),
    Elig(
        38,
        E + "guarantor",
        {
            "guarantor_not_implicated": True,
            "guarantor_residence_income": True,
            "guarantor_rights_unrestricted": True,
        },
        POLICE,
    ),
    Elig(
        39,
        E + "restraints",
        unsure("restraint_danger", restraint_in_measure=True, restraint_juvenile=True),
        POLICE,
    ),
    Elig(40, E + "detention", {"evidence_tampering_risk": True}, SPP),
    Elig(
        41,
        E + "record_sealing",
        {"age_at_offence": 16, "sentence_years": 3, "not_prosecuted": False},
        SPP,
    ),
    Elig(42, E + "family_notice_exception", {"co_suspect_risk": True}, POLICE),
    Elig(
        43,
        E + "family_notice_exception",
        {"co_suspect_risk": False, "identity_unknown": False, "hinders_or_impossible": False},
        POLICE,
    ),
    Elig(
        44,
        E + "guarantor",
        {
            "guarantor_not_implicated": True,
            "guarantor_rights_unrestricted": True,
            "guarantor_residence_income": False,
        },
        POLICE,
    ),
    Elig(45, E + "bail", unsure("serious_illness"), SPP),
    Elig(
        46,
        E + "juvenile_family_meeting",
        unsure("police_consent", family_not_involved=True, repentance=True),
        SPP,
    ),
    Elig(47, E + "unknown_identity", unsure("evidence_of_crime", identity_unknown=True), POLICE),
    Elig(48, E + "surveillance_meeting", unsure("meet_approved", meet_cohabitant=False), POLICE),
    Elig(49, E + "arrest_for_bail_breach", {"left_area": True}, SPP),
    Elig(
        50,
        E + "arrest",
        unsure(
            "bail_insufficient",
            evidence_of_crime=True,
            imprisonment_possible=True,
            possible_sentence_years=3,
        ),
        SPP,
    ),
    Elig(
        51,
        E + "search",
        {"search_warrant": True, "search_suspect": True, "search_woman_by_man": True},
        SPP,
    ),
    Elig(
        52, E + "surveillance", {"minor_penalty_only": True, "no_bond_or_guarantor": True}, POLICE
    ),
    Elig(
        53,
        E + "juvenile_probation",
        {"age_at_offence": 17, "possible_sentence_years": 5, "repentance": True},
        SPP,
    ),
    Elig(
        54,
        E + "detention_without_warrant",
        unsure("detention_emergency", caught_in_act=True),
        POLICE,
    ),
    Elig(55, E + "leave_on_bail", unsure("leave_approved", leave_reason=True), POLICE),
    Elig(
        56,
        E + "investigation_experiment",
        unsure("experiment_approved", experiment_compelled=True, experiment_party=True),
        SPP,
    ),
    Elig(
        57,
        E + "arrest",
        unsure("imprisonment_possible", evidence_of_crime=True, bail_insufficient=True),
        POLICE,
    ),
    Elig(
        58,
        E + "record_sealing",
        unsure("sentence_years", age_at_offence=17, not_prosecuted=False),
    ),
    Elig(
        59,
        E + "conditional_np_revocation",
        unsure("np_serious", np_public_order_violation=True, np_repeated=False),
        SPP,
    ),
    Elig(
        60,
        E + "sealed_record_access",
        unsure("requester_state_rules", requester_judicial=False),
        SPP,
    ),
    # deadline (items 61-76); today is Thursday 5 March 2026
    Dead(61, D + "custody_after_arrest", date(2026, 1, 15)),
    Dead(62, D + "forfeiture_review", date(2026, 3, 3)),  # Tuesday
    Dead(63, D + "conditional_np_complaint", date(2026, 3, 2)),  # Monday
    Dead(64, D + "overdue_measure_review", date(2026, 3, 2), {"measure": "bail"}),  # Monday
    Dead(65, D + "arrest_reconsideration", date(2026, 2, 27)),
    Dead(66, D + "lawyer_permission", date(2026, 3, 4), {"body": POLICE}),  # yesterday
    Dead(67, D + "no_filing_reasons", date(2026, 2, 27)),  # last Friday
    Dead(68, D + "interrogation_arrest", datetime(2026, 3, 4, 22, 15), {"body": POLICE}),
    Dead(69, D + "recusal_reconsideration", date(2026, 3, 3), {"body": POLICE}),  # Tuesday
    Dead(70, D + "sealed_record_inquiry", date(2026, 3, 2)),
    Dead(71, D + "juvenile_inform_victim", None),  # no date: the rule asks
    Dead(72, D + "bail_period", date(2025, 10, 10), {"body": POLICE}),
    Dead(73, D + "guarantor_fine_review", None),  # no date: the rule asks
    Dead(74, D + "family_notice_detention", datetime(2026, 3, 2, 6, 40), {"body": POLICE}),
    Dead(75, D + "custody_recalculation", date(2026, 3, 1)),
    Dead(76, D + "direct_acceptance", date(2026, 2, 24)),
)


def load_items() -> list[dict[str, Any]]:
    """The set's items; ValueError if one is malformed or names an unknown rule."""
    items = yaml.safe_load(SET_FILE.read_text(encoding="utf-8"))
    if not isinstance(items, list):
        raise ValueError(f"{SET_FILE}: expected a list")
    rules = all_rules()
    for n, it in enumerate(items, 1):
        if not isinstance(it, dict) or not isinstance(it.get("q"), str) or "rule" not in it:
            raise ValueError(f"item {n}: needs q and rule")
        if it["rule"] is not None and it["rule"] not in rules:
            raise ValueError(f"item {n}: unknown rule {it['rule']}")
        if it.get("voice") not in VOICES:
            raise ValueError(f"item {n}: unknown voice {it.get('voice')!r}")
    return items


def run(check: Elig | Dead) -> tuple[dict[str, Any], bool]:
    """Call the pure rule function (looked up in the registry at call time)."""
    func = all_rules()[check.rule].func
    if isinstance(check, Elig):
        res = func(check.facts, body=check.body)
    else:
        res = func(check.start, **check.kwargs)
    return res.computed, bool(res.needs)


def main() -> int:
    items = load_items()
    ruled = [(n, it) for n, it in enumerate(items, 1) if it["rule"] is not None]
    if [(n, it["rule"]) for n, it in ruled] != [(c.n, c.rule) for c in CHECKS]:
        print("the checks do not line up with the set's rule items")
        return 1
    agree = 0
    for (n, it), check in zip(ruled, CHECKS, strict=True):
        computed, needs = run(check)
        want, want_needs = dict(it.get("computed") or {}), bool(it.get("needs"))
        if computed == want and needs == want_needs:
            agree += 1
        else:
            print(f"item {n} {it['rule']}: label {want} needs={want_needs}; "
                  f"rule {computed} needs={needs}")  # fmt: skip
    nulls = len(items) - len(ruled)
    print(f"{agree}/{len(ruled)} labels agree ({nulls} null items, {len(items)} in all)")
    return 0 if agree == len(ruled) else 1


if __name__ == "__main__":
    sys.exit(main())
