"""Check the labels of bench/own89_setBB.yaml against the pure rule functions.

Every eligibility and deadline label of the set was worked out by hand from the article and the
rule's docstring; here each is checked by calling the rule function directly on facts, bodies and
dates encoded by hand from the question (never on the question's text). For each eligibility item
`CASES` holds every told fact the rule reads: told true = True, told false = False, told as
unknown or disputed = listed in "uncertain" (and set to None); a fact not mentioned is left out.
A measure told sets the other measure flags False (as tests/rules/cases do); a sentence told
means the person was prosecuted (`not_prosecuted` False). Each case also names a cue, a piece of
its question, so that a reordered file cannot pass.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own89.py

Prints one line per disagreement and the number of labels that agree; exits 1 on any
disagreement.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own89_setBB.yaml"
TODAY = date(2026, 3, 5)  # a Thursday; Sunday = 1 March ... Wednesday = 4 March
NULL_ITEMS = range(77, 101)


def told(*unsure: str, **facts: Any) -> dict[str, Any]:
    """Facts as told: the keyword facts, plus the keys told as unknown or disputed."""
    out: dict[str, Any] = dict(facts)
    if unsure:
        out.update({k: None for k in unsure})
        out["uncertain"] = tuple(unsure)
    return out


@dataclass(frozen=True)
class Case:
    """One labelled item: its number in the file, a cue from its question, the rule, the
    hand-encoded inputs and the expected `computed` (and whether the rule must ask)."""

    n: int
    cue: str
    rule: str
    kwargs: dict[str, Any] = field(default_factory=dict)
    computed: dict[str, Any] = field(default_factory=dict)
    needs: bool = False


def elig(n: int, cue: str, rule: str, verdict: bool | None, facts: dict[str, Any], body=None):
    kwargs = {"facts": facts, "body": body}
    return Case(n, cue, f"eligibility.{rule}", kwargs, {"eligible": verdict}, verdict is None)


def dl(n: int, cue: str, rule: str, computed: dict[str, Any], **kwargs: Any) -> Case:
    return Case(n, cue, f"deadline.{rule}", kwargs, computed, not computed)


P, S = "police", "procuratorate"
DET = {"measure_detention": True, "measure_arrest": False}
ARR = {"measure_arrest": True, "measure_detention": False}
OTHER = {"measure_other": True, "measure_detention": False, "measure_arrest": False}

CASES: tuple[Case, ...] = (
    # ---- eligibility: dentist, landlord, grandson, translator, choir in turn
    elig(1, "seven months pregnant", "bail", True, told(pregnant=True, recidivist=False), P),
    elig(2, "four months pregnant", "arrest_exemption", True, told(pregnant=True), S),
    elig(3, "breaking into a car", "detention", True, told(caught_in_act=True), P),
    elig(4, "MONEY DEPOSIT - NONE", "surveillance", True, told(no_bond_or_guarantor=True), P),
    elig(5, "eighteen months old", "bail", True, told(breastfeeding=True, baby_age_months=18), S),
    elig(
        6,
        "falsified invoices",
        "arrest",
        None,
        told("bail_insufficient", evidence_of_crime=True, possible_sentence_years=3),
        P,
    ),
    elig(7, "armed robbery", "bail", False, told(serious_illness=True, violent_crime=True), P),
    elig(8, "fake cigarettes", "bail", None, told("minor_penalty_only"), P),
    elig(
        9,
        "PUNISHMENT SMALL",
        "arrest",
        False,
        told(evidence_of_crime=True, minor_penalty_only=True),
        P,
    ),
    elig(
        10,
        "bass-baritone",
        "detention",
        None,
        told("suicide_or_flight", evidence_tampering_risk=False),
        S,
    ),
    elig(
        11,
        "Mr Gao",
        "arrest_for_bail_breach",
        False,
        told(
            missed_summons=False,
            left_area=False,
            evidence_tampering=False,
            evasion=False,
            new_crime=False,
        ),
        S,
    ),
    elig(
        12, "real name and address", "family_notice_exception", True, told(identity_unknown=True), P
    ),
    elig(13, "THREE lawyers", "lawyer_count", False, told(lawyer_count=3)),
    elig(14, "ARMY FACTORY", "lawyer_hire_approval", None, told("state_secrets"), P),
    elig(
        15,
        "turned himself in",
        "juvenile_non_prosecution",
        False,
        told(age_at_offence=17, minor_crime=False, surrender_or_merit=True),
        S,
    ),
    elig(
        16,
        "new hygienist",
        "record_sealing",
        True,
        told(age_at_offence=17, sentence_years=2, not_prosecuted=False),
    ),
    elig(17, "helped move the goods", "guarantor", False, told(guarantor_not_implicated=False)),
    elig(18, "county CPPCC", "cppcc_notice", True, told(cppcc_member=True, **OTHER), P),
    elig(
        19,
        "GUARANTEE FOR NEPHEW",
        "guarantor",
        True,
        told(
            guarantor_not_implicated=True,
            guarantor_residence_income=True,
            guarantor_rights_unrestricted=True,
        ),
        P,
    ),
    elig(20, "twice gone to Shanghai", "arrest_for_bail_breach", True, told(left_area=True), S),
    elig(
        21,
        "skipped one of his check-ins",
        "conditional_np_revocation",
        None,
        told("np_repeated", "np_serious", np_supervision_violation=True),
    ),
    elig(
        22,
        "district CPPCC",
        "cppcc_notice",
        None,
        told("urgent_case", cppcc_member=True, **DET),
        P,
    ),
    elig(
        23,
        "old friends",
        "arrest_for_surveillance_breach",
        None,
        told(unapproved_meetings=True),
        P,
    ),
    elig(24, "CHANGE OFFICER", "recusal_pending", False, told(recusal_pending=True), P),
    elig(
        25,
        "terrorism-financing",
        "lawyer_meeting_permission",
        None,
        told("state_security_crime", state_secrets=False),
        P,
    ),
    elig(
        26,
        "arrogant and dismissive",
        "recusal",
        False,
        told(
            official_is_party_or_relative=False,
            official_interest=False,
            official_prior_role=False,
            official_gifts_or_meetings=False,
            official_former_investigator=False,
        ),
        S,
    ),
    elig(
        27,
        "stolen watches",
        "interrogation_outside_custody",
        True,
        told(out_to_recover=True, out_chief_approval=True),
        S,
    ),
    elig(
        28,
        "smash it",
        "search",
        True,
        told(
            search_suspect=True, search_in_arrest=True, search_emergency=True, search_warrant=False
        ),
        S,
    ),
    elig(29, "DO AGAIN", "investigation_experiment", None, told("experiment_approved"), S),
    elig(
        30,
        "accompanist",
        "surveillance_place",
        False,
        told(surveillance_at_custody_place=True, surveillance_at_residence=False),
        P,
    ),
    elig(
        31,
        "cracked crown",
        "surveillance_meeting",
        True,
        told(meet_cohabitant=False, meet_own_lawyer=False, meet_approved=True),
        P,
    ),
    elig(
        32,
        "hid the stolen goods",
        "juvenile_family_meeting",
        False,
        told(family_not_involved=False),
        S,
    ),
    elig(
        33,
        "shoplifting",
        "conditional_non_prosecution",
        False,
        told(age_at_offence=18, crime_chapter_4_6=True),
        S,
    ),
    elig(
        34,
        "DEAF, SAME ME",
        "juvenile_non_prosecution",
        True,
        told(age_at_offence=15, disability=True, minor_crime=True),
        S,
    ),
    elig(35, "son of the man", "recusal", True, told(official_is_party_or_relative=True), P),
    elig(
        36,
        "associate dentists",
        "search",
        None,
        told("search_emergency", search_suspect=True, search_in_arrest=True, search_warrant=False),
        S,
    ),
    elig(37, "another county", "leave_conditional_np", None, told("cnp_leave_approved")),
    elig(
        38,
        "recommend probation",
        "juvenile_probation",
        None,
        told(age_at_offence=16, possible_sentence_years=2, repentance=True),
        S,
    ),
    elig(
        39,
        "walk in with the lawyer",
        "lawyer_interpreter",
        False,
        told(interpreter_permission=False),
        P,
    ),
    elig(
        40,
        "second tenor",
        "record_sealing",
        None,
        told("sentence_years", age_at_offence=16, not_prosecuted=False),
    ),
    elig(41, "research institute", "lawyer_meeting_permission", False, told(state_secrets=True), P),
    elig(
        42,
        "Li Ming",
        "unknown_identity",
        True,
        told(identity_unknown=True, evidence_of_crime=True),
        P,
    ),
    elig(
        43,
        "grandma is the victim",
        "body_examination",
        False,
        told(exam_victim=True, exam_suspect=False, exam_forced=True),
        S,
    ),
    elig(44, "FUNERAL GO", "leave_on_bail", None, told(leave_reason=True), P),
    elig(45, "Vienna", "leave_on_bail", False, told(leave_reason=True, leave_approved=False), P),
    elig(
        46,
        "root canal",
        "leave_under_surveillance",
        True,
        told(leave_reason=True, leave_approved=True),
        P,
    ),
    elig(
        47,
        "sells phones",
        "compelled_appearance",
        True,
        told(compel_suspect=True, compel_failed_summons=True, summons_valid_reason=False),
        P,
    ),
    elig(
        48,
        "partner in the same case",
        "family_notice_exception",
        True,
        told(co_suspect_risk=True),
        P,
    ),
    elig(
        49,
        "THEY HANDCUFF",
        "restraints",
        True,
        told(restraint_in_measure=True, restraint_compelled=True, restraint_resists=True),
        S,
    ),
    elig(
        50,
        "youth choir",
        "conditional_non_prosecution",
        True,
        told(
            age_at_offence=16,
            crime_chapter_4_6=True,
            prosecutable=True,
            repentance=True,
            possible_sentence_years=0.5,
        ),
        S,
    ),
    elig(
        51,
        "car park",
        "detention_without_warrant",
        None,
        told("detention_emergency", caught_in_act=True),
        P,
    ),
    elig(
        52,
        "ten-year lease",
        "sealed_record_access",
        False,
        told(requester_judicial=False, requester_state_rules=False),
    ),
    elig(
        53,
        "girlfriend",
        "surveillance_meeting",
        None,
        told(
            "meet_decider_consent",
            meet_cohabitant=False,
            meet_approved=True,
            measure_by_procuratorate=True,
        ),
        S,
    ),
    elig(
        54,
        "RECORD CLOSED",
        "record_unsealing",
        False,
        told(new_or_omitted_crime=True, combined_sentence_years=4),
    ),
    elig(55, "treasurer", "compelled_appearance", False, told(compel_suspect=False), P),
    elig(56, "drink-driving", "shared_lawyer", True, told(co_suspects_same_case=False)),
    elig(57, "hospital results", "surveillance", None, told("serious_illness"), P),
    elig(
        58,
        "little bro is 15",
        "restraints",
        False,
        told(restraint_in_measure=True, restraint_juvenile=True, restraint_danger=False),
        P,
    ),
    elig(
        59,
        "TOWN OR COUNTY",
        "deputy_permission",
        None,
        told("deputy_county_up", npc_deputy=True, **ARR),
        P,
    ),
    elig(
        60,
        "municipal people's congress",
        "deputy_permission",
        False,
        told(npc_deputy=True, deputy_county_up=True, caught_in_act=False, **DET),
        P,
    ),
    # ---- deadline
    dl(
        61,
        "27 February",
        "arrest_reconsideration",
        {"deadline": "2026-03-06"},
        start=date(2026, 2, 27),
    ),
    dl(
        62,
        "read him the decision",
        "forfeiture_review",
        {"deadline": "2026-03-08"},
        start=date(2026, 3, 3),
    ),
    dl(
        63,
        "little sister",
        "conditional_np_complaint",
        {"deadline": "2026-03-10"},
        start=date(2026, 3, 3),
    ),
    dl(
        64,
        "POLICE FINE ME",
        "guarantor_fine_review",
        {"deadline": "2026-03-04"},
        start=date(2026, 2, 27),
    ),
    dl(
        65,
        "cultural troupe",
        "sealed_record_inquiry",
        {"deadline": "2026-03-09"},
        start=date(2026, 3, 2),
    ),
    dl(
        66,
        "agent ad litem",
        "juvenile_inform_victim",
        {"deadline": "2026-03-05"},
        start=date(2026, 3, 2),
    ),
    dl(
        67,
        "forged my signature",
        "no_filing_reasons",
        {"deadline": "2026-03-03"},
        start=date(2026, 2, 24),
    ),
    dl(68, "approve a lawyer", "lawyer_permission", {}, start=None, body=P),
    dl(
        69,
        "OVER LEGAL TIME",
        "overdue_measure_review",
        {"deadline": "2026-03-06"},
        start=date(2026, 3, 3),
        measure="detention",
    ),
    dl(
        70,
        "investigator on her case withdrawn",
        "recusal_reconsideration",
        {"deadline": "2026-03-07"},
        start=date(2026, 3, 2),
        body=P,
    ),
    dl(
        71,
        "21:40",
        "interrogation_arrest",
        {"deadline": "2026-03-04T21:40"},
        start=datetime(2026, 3, 3, 21, 40),
        body=P,
    ),
    dl(
        72,
        "smashed shopfront",
        "file_case_after_notice",
        {"deadline": "2026-03-07"},
        start=date(2026, 2, 20),
    ),
    dl(
        73,
        "23:15",
        "family_notice_detention",
        {"deadline": "2026-03-02T23:15"},
        start=datetime(2026, 3, 1, 23, 15),
        body=P,
    ),
    dl(
        74,
        "ASK BAIL FOR HUSBAND",
        "bail_application_reply",
        {"deadline": "2026-03-11"},
        start=date(2026, 3, 4),
        body=P,
    ),
    dl(75, "last autumn", "bail_period", {}, start=None, body=P),
    dl(
        76,
        "10 January",
        "custody_after_arrest",
        {"deadline": "2026-03-10", "latest": "2026-04-10"},
        start=date(2026, 1, 10),
    ),
)


def check() -> tuple[int, list[str]]:
    """The number of labels that agree, and a line for each disagreement."""
    rules = all_rules()
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    problems: list[str] = []
    if len(items) != 100:
        problems.append(f"expected 100 items, found {len(items)}")
    for n, item in enumerate(items, 1):
        rid = item.get("rule")
        if rid is not None and rid not in rules:
            problems.append(f"item {n}: unknown rule {rid}")
        if (rid is None) != (n in NULL_ITEMS):
            problems.append(f"item {n}: null items are 77-100")
    agree = 0
    for c in CASES:
        item = items[c.n - 1]
        where = f"item {c.n} ({c.rule})"
        if c.cue not in item["q"]:
            problems.append(f"{where}: cue {c.cue!r} not in its question")
            continue
        if item["rule"] != c.rule:
            problems.append(f"{where}: the file labels {item['rule']}")
            continue
        res = rules[c.rule].func(**c.kwargs)
        label_needs = bool(item.get("needs"))
        if item.get("computed") != c.computed or label_needs != c.needs:
            problems.append(f"{where}: the file says {item.get('computed')}, needs {label_needs}")
        elif res.computed != c.computed or bool(res.needs) != c.needs:
            problems.append(f"{where}: the function gives {res.computed}, needs {bool(res.needs)}")
        else:
            agree += 1
    labelled = [n for n, it in enumerate(items, 1) if it.get("rule")]
    unchecked = sorted(set(labelled) - {c.n for c in CASES})
    if unchecked:
        problems.append(f"labelled items without a check: {unchecked}")
    return agree, problems


def main() -> int:
    agree, problems = check()
    for p in problems:
        print(p)
    print(f"{agree} of {len(CASES)} labels agree with the rule functions")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
