"""Check the labels of bench/own51_setP.yaml against the pure rule functions.

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script checks it by calling the registered rule function on facts,
bodies and dates encoded here by hand from each question (never on the question's text).
Null items (`rule: null`) are not checked against any function.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own51.py

Prints one line per disagreement and the count of labels that agree; exits 1 on any
disagreement or on a malformed set (unknown rule, missing encoding, wrong counts).
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own51_setP.yaml"
VOICES = ("trainee clerk", "problem question", "bystander", "overseas relative", "business partner")


@dataclass(frozen=True)
class Elig:
    """Facts (absent = unknown) and the deciding body named or implied by the question."""

    body: str | None = None
    facts: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Dead:
    """The start (a date, or a datetime for hour periods; None when not told) and the
    rule's other arguments (body, stage, measure ...)."""

    start: date | datetime | None
    args: dict[str, Any] = field(default_factory=dict)


def e(body: str | None = None, **facts: Any) -> Elig:
    return Elig(body, facts)


def d(start: date | datetime | None, **args: Any) -> Dead:
    return Dead(start, args)


POLICE, SPP = "police", "procuratorate"
NOTHING_ELSE_SURV = {  # P-item 49: "no other circumstance applies" (MPS Art. 94, Art. 68)
    k: False
    for k in (
        "minor_penalty_only",
        "no_social_danger",
        "pregnant",
        "breastfeeding",
        "evidence_short_for_arrest",
        "arrest_refused_under_review",
        "custody_time_expired",
        "non_prosecution_under_review",
        "no_bond_or_guarantor",
    )
}

# item number -> (rule id, encoding); numbers follow the order of the set
CASES: dict[int, tuple[str, Elig | Dead]] = {
    # eligible: true
    1: ("eligibility.bail", e(POLICE, breastfeeding=True, baby_age_months=5)),
    2: (
        "eligibility.arrest",
        e(
            SPP,
            evidence_of_crime=True,
            imprisonment_possible=True,
            bail_insufficient=True,
            not_liable_circumstance=False,
        ),
    ),
    3: ("eligibility.arrest_for_bail_breach", e(SPP, left_area=True)),
    4: ("eligibility.arrest_exemption", e(SPP, pregnant=True)),
    5: ("eligibility.lawyer_hire_approval", e(POLICE, state_secrets=False)),
    6: ("eligibility.arrest_for_surveillance_breach", e(POLICE, evasion=True)),
    7: (
        "eligibility.conditional_non_prosecution",
        e(
            None,
            age_at_offence=16,
            crime_chapter_4_6=True,
            possible_sentence_years=1,
            prosecutable=True,
            repentance=True,
            juvenile_objects=False,
        ),
    ),
    8: (
        "eligibility.guarantor",
        e(
            POLICE,
            guarantor_not_implicated=True,
            guarantor_rights_unrestricted=True,
            guarantor_residence_income=True,
        ),
    ),
    9: (
        "eligibility.juvenile_family_meeting",
        e(
            None,
            family_not_involved=True,
            police_consent=True,
            facts_ascertained=True,
            repentance=True,
        ),
    ),
    10: (
        "eligibility.lawyer_meeting_permission",
        e(None, state_secrets=False, state_security_crime=False),
    ),
    11: (
        "eligibility.cppcc_notice",
        e(
            POLICE,
            cppcc_member=True,
            measure_other=True,
            measure_detention=False,
            measure_arrest=False,
        ),
    ),
    12: (
        "eligibility.juvenile_non_prosecution",
        e(None, age_at_offence=15, minor_crime=True, secondary_role=True),
    ),
    13: ("eligibility.recusal", e(POLICE, official_is_party_or_relative=True)),
    14: ("eligibility.lawyer_count", e(POLICE, lawyer_count=2)),
    15: (
        "eligibility.compelled_appearance",
        e(POLICE, compel_suspect=True, compel_failed_summons=True, summons_valid_reason=False),
    ),
    16: (
        "eligibility.deputy_permission",
        e(POLICE, npc_deputy=True, deputy_county_up=False, measure_other=True),
    ),
    17: (
        "eligibility.interrogation_outside_custody",
        e(SPP, out_to_recover=True, out_chief_approval=True, out_escort_short=False),
    ),
    18: ("eligibility.conditional_np_revocation", e(None, new_crime=True)),
    19: ("eligibility.record_sealing", e(None, age_at_offence=17, sentence_years=2)),
    20: ("eligibility.leave_on_bail", e(POLICE, leave_reason=True, leave_approved=True)),
    21: ("eligibility.unknown_identity", e(POLICE, identity_unknown=True, evidence_of_crime=True)),
    22: (
        "eligibility.investigation_experiment",
        e(
            SPP,
            experiment_approved=True,
            experiment_compelled=True,
            experiment_party=True,
            experiment_harmful=False,
        ),
    ),
    # eligible: false
    23: ("eligibility.lawyer_hire_approval", e(POLICE, state_secrets=True)),
    24: (
        "eligibility.body_examination",
        e(SPP, exam_victim=True, exam_suspect=False, exam_forced=True, exam_woman_by_man=False),
    ),
    25: ("eligibility.bail", e(POLICE, pregnant=True, recidivist=True)),
    26: (
        "eligibility.family_notice_exception",
        e(POLICE, co_suspect_risk=False, identity_unknown=False, hinders_or_impossible=False),
    ),
    27: (
        "eligibility.deputy_permission",
        e(
            SPP,
            npc_deputy=True,
            deputy_county_up=True,
            measure_arrest=True,
            measure_detention=False,
        ),
    ),
    28: (
        "eligibility.investigation_experiment",
        e(
            SPP,
            experiment_approved=True,
            experiment_compelled=True,
            experiment_party=True,
            experiment_harmful=True,
        ),
    ),
    29: (
        "eligibility.arrest_for_bail_breach",
        e(
            SPP,
            left_area=False,
            new_crime=False,
            evasion=False,
            evidence_tampering=False,
            missed_summons=False,
        ),
    ),
    30: ("eligibility.compelled_appearance", e(POLICE, compel_suspect=False)),
    31: ("eligibility.lawyer_interpreter", e(POLICE, interpreter_permission=False)),
    32: (
        "eligibility.cppcc_notice",
        e(
            POLICE,
            cppcc_member=True,
            measure_detention=True,
            measure_arrest=False,
            urgent_case=False,
        ),
    ),
    33: (
        "eligibility.leave_under_surveillance",
        e(POLICE, leave_reason=True, leave_approved=False),
    ),
    34: (
        "eligibility.juvenile_probation",
        e(
            None,
            age_at_offence=17,
            possible_sentence_years=5,
            repentance=True,
            guardianship=True,
            recidivist=False,
        ),
    ),
    35: ("eligibility.search", e(SPP, search_warrant=True, search_woman_by_man=True)),
    36: (
        "eligibility.conditional_non_prosecution",
        e(None, age_at_offence=15, crime_chapter_4_6=True, possible_sentence_years=3),
    ),
    37: ("eligibility.lawyer_count", e(POLICE, lawyer_count=3)),
    38: ("eligibility.recusal_pending", e(POLICE, recusal_pending=True)),
    39: ("eligibility.surveillance_place", e(POLICE, surveillance_at_custody_place=True)),
    40: ("eligibility.leave_conditional_np", e(None, cnp_leave_approved=False)),
    41: ("eligibility.shared_lawyer", e(None, co_suspects_same_case=True)),
    42: (
        "eligibility.sealed_record_access",
        e(None, requester_judicial=False, requester_state_rules=False),
    ),
    # eligible: null (a fact the rule needs is not told, or told as uncertain)
    43: (
        "eligibility.lawyer_interpreter",
        e(POLICE, uncertain=("interpreter_permission",)),
    ),
    44: (
        "eligibility.conditional_np_revocation",
        e(
            None,
            np_public_order_violation=True,
            np_repeated=False,
            new_crime=False,
            np_earlier_crime=False,
            np_supervision_violation=False,
            uncertain=("np_serious",),
        ),
    ),
    45: (
        "eligibility.juvenile_family_meeting",
        e(None, family_not_involved=True, repentance=True, uncertain=("police_consent",)),
    ),
    46: ("eligibility.bail", e(None, breastfeeding=True)),
    47: (
        "eligibility.arrest",
        e(SPP, uncertain=("evidence_of_crime", "imprisonment_possible")),
    ),
    48: ("eligibility.interrogation_outside_custody", e(SPP)),
    49: (
        "eligibility.surveillance",
        e(POLICE, **NOTHING_ELSE_SURV, uncertain=("serious_illness",)),
    ),
    50: (
        "eligibility.restraints",
        e(
            POLICE,
            restraint_in_measure=True,
            restraint_juvenile=True,
            uncertain=("restraint_danger",),
        ),
    ),
    51: (
        "eligibility.arrest_for_surveillance_breach",
        e(POLICE, uncertain=("other_serious_violation",)),
    ),
    52: (
        "eligibility.surveillance_meeting",
        e(POLICE, meet_cohabitant=False, meet_own_lawyer=False, uncertain=("meet_approved",)),
    ),
    53: ("eligibility.detention", e(POLICE, uncertain=("identified_by_witness",))),
    54: (
        "eligibility.detention_without_warrant",
        e(
            POLICE,
            caught_in_act=True,
            detention_papers_late=False,
            uncertain=("detention_emergency",),
        ),
    ),
    55: ("eligibility.record_unsealing", e(None, new_or_omitted_crime=True)),
    56: (
        "eligibility.juvenile_non_prosecution",
        e(
            None,
            age_at_offence=16,
            minor_injury_case=True,
            recidivist=False,
            repentance=True,
            uncertain=("compensation_settled",),
        ),
    ),
    57: ("eligibility.recusal", e(SPP, uncertain=("official_gifts_or_meetings",))),
    58: ("eligibility.unknown_identity", e(None, identity_unknown=True)),
    59: (
        "eligibility.search",
        e(SPP, search_in_arrest=True, search_warrant=False, uncertain=("search_emergency",)),
    ),
    60: (
        "eligibility.guarantor",
        e(
            POLICE,
            guarantor_rights_unrestricted=True,
            guarantor_residence_income=True,
            uncertain=("guarantor_not_implicated",),
        ),
    ),
    # deadlines (today 2026-03-05, a Thursday; Monday = 2 March, Tuesday = 3 March)
    61: ("deadline.arrest_reconsideration", d(date(2026, 3, 2))),
    62: ("deadline.recusal_reconsideration", d(date(2026, 3, 3), body=POLICE)),
    63: ("deadline.guarantor_fine_review", d(date(2026, 3, 2))),
    64: ("deadline.interrogation_arrest", d(datetime(2026, 3, 4, 9, 15))),
    65: ("deadline.forfeiture_review", d(date(2026, 3, 2))),
    66: ("deadline.no_filing_reasons", d(date(2026, 3, 3))),
    67: ("deadline.sealed_record_inquiry", d(date(2026, 3, 2))),
    68: ("deadline.family_notice_detention", d(datetime(2026, 3, 3, 22, 40), body=POLICE)),
    69: ("deadline.conditional_np_complaint", d(date(2026, 2, 27))),
    70: ("deadline.lawyer_permission", d(None, body=POLICE)),
    71: ("deadline.juvenile_inform_victim", d(date(2026, 3, 4))),
    72: ("deadline.overdue_measure_review", d(date(2026, 3, 3), measure="bail")),
    73: ("deadline.bail_application_reply", d(None, body=POLICE)),
    74: ("deadline.supplementary_investigation", d(date(2026, 2, 10))),
    75: ("deadline.custody_after_arrest", d(date(2026, 1, 15))),
    76: ("deadline.custody_recalculation", d(date(2026, 3, 2))),
}


def run(case: Elig | Dead, rule_id: str) -> tuple[dict[str, Any], bool]:
    """The computed dict and whether the rule asks (needs) for one encoded case."""
    func = all_rules()[rule_id].func
    if isinstance(case, Elig):
        res = func(case.facts, body=case.body)
    else:
        res = func(case.start, **case.args)
    if res.rule_id != rule_id:
        raise ValueError(f"{rule_id} answered as {res.rule_id}")
    return res.computed, bool(res.needs)


def structure_problems(items: list[dict[str, Any]]) -> list[str]:
    """Unknown rules, missing fields, and the counts the brief asks for."""
    rules = all_rules()
    out = []
    for n, it in enumerate(items, 1):
        if not isinstance(it.get("q"), str) or "rule" not in it or it.get("voice") not in VOICES:
            out.append(f"item {n}: needs q, rule and one of the five voices")
        if it.get("rule") is not None and it["rule"] not in rules:
            out.append(f"item {n}: unknown rule {it['rule']}")
    kinds = Counter((it["rule"] or "none.").split(".")[0] for it in items)
    if (len(items), kinds["eligibility"], kinds["deadline"], kinds["none"]) != (100, 60, 16, 24):
        out.append(f"counts: {len(items)} items, {dict(kinds)}")
    elig = {it["rule"] for it in items if (it["rule"] or "").startswith("eligibility.")}
    missing = sorted(r for r in rules if r.startswith("eligibility.") and r not in elig)
    if missing:
        out.append(f"eligibility rules not covered: {missing}")
    dead = [it["rule"] for it in items if (it["rule"] or "").startswith("deadline.")]
    if len(set(dead)) != len(dead):
        out.append("a deadline rule is used twice")
    if Counter(it["voice"] for it in items) != Counter({v: 20 for v in VOICES}):
        out.append(f"voices: {Counter(it['voice'] for it in items)}")
    return out


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    problems = structure_problems(items)
    agree = checked = 0
    for n, it in enumerate(items, 1):
        if it["rule"] is None:
            if n in CASES:
                problems.append(f"item {n}: null item has an encoding")
            continue
        if n not in CASES:
            problems.append(f"item {n}: no hand encoding")
            continue
        rule_id, case = CASES[n]
        checked += 1
        if rule_id != it["rule"]:
            problems.append(f"item {n}: label {it['rule']}, encoded for {rule_id}")
            continue
        computed, needs = run(case, rule_id)
        want, want_needs = dict(it.get("computed") or {}), bool(it.get("needs", False))
        if computed == want and needs == want_needs:
            agree += 1
        else:
            problems.append(
                f"item {n} ({rule_id}): label {want} needs={want_needs}, "
                f"function {computed} needs={needs}"
            )
    for p in problems:
        print(p)
    print(f"{agree} of {checked} labels agree with the rule functions")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
