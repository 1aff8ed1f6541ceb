"""Label check for bench/own81_setAT.yaml (training set AT, written blind to the router).

Every eligibility and deadline label of the set was first worked out by hand from the article
and the rule's docstring. This script checks each one by calling the pure rule function
(`all_rules()[rule_id].func`) on facts, bodies and dates encoded here by hand from what each
question tells (never by reading the question's text with the software). For eligibility items
the facts are every fact the question tells that is a field the rule function reads: told true
is True, told false is False, told as unknown or disputed is listed under "uncertain" (and the
key set to None); a fact the question does not mention is left out. `body` is given where the
question names the acting body.

It also checks the file's shape: 100 items, every rule id registered, the counts by kind and
verdict, 20 items per voice, and one check per labelled item.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own81.py

Prints how many labels agree; exits non-zero on any disagreement.
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

SET_PATH = Path(__file__).resolve().parents[1] / "own81_setAT.yaml"
POLICE, SPP = "police", "procuratorate"
VOICES = (
    "temple volunteer",
    "bakery owner",
    "influencer manager",
    "schoolteacher scribe",
    "data analyst",
)


@dataclass(frozen=True)
class Check:
    """One hand-encoded input for a labelled item (1-based position in the file)."""

    n: int
    rule: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


def elig(n: int, rule: str, body: str | None = None, unsure: tuple[str, ...] = (), **told: Any):
    """An eligibility check: the facts told, the uncertain ones (None and listed), the body."""
    facts: dict[str, Any] = dict(told)
    if unsure:
        facts.update({k: None for k in unsure})
        facts["uncertain"] = tuple(unsure)
    return Check(n, f"eligibility.{rule}", (facts,), {"body": body})


def dl(n: int, rule: str, start: date | datetime | None, **kwargs: Any) -> Check:
    """A deadline check: the start encoded by hand (a date, or a datetime for hours)."""
    return Check(n, f"deadline.{rule}", (start,), kwargs)


T = True
F = False
CHECKS: tuple[Check, ...] = (
    # ---- eligibility
    elig(1, "arrest_exemption", SPP, pregnant=T),
    elig(2, "detention", POLICE, caught_in_act=T, identified_by_witness=T),
    elig(3, "shared_lawyer", co_suspects_same_case=F),
    elig(
        4,
        "conditional_non_prosecution",
        SPP,
        age_at_offence=15,
        crime_chapter_4_6=T,
        possible_sentence_years=0.5,
        prosecutable=T,
        repentance=T,
    ),
    elig(5, "arrest", POLICE, evidence_of_crime=T, imprisonment_possible=T, bail_insufficient=T),
    elig(6, "bail", SPP, serious_illness=T, egregious_crime=T),
    elig(7, "guarantor", POLICE, guarantor_not_implicated=F),
    elig(8, "lawyer_count", lawyer_count=3),
    elig(
        9,
        "conditional_non_prosecution",
        SPP,
        age_at_offence=17,
        crime_chapter_4_6=T,
        possible_sentence_years=3,
    ),
    elig(10, "body_examination", SPP, exam_victim=T, exam_suspect=F, exam_forced=T),
    elig(11, "family_notice_exception", POLICE, unsure=("co_suspect_risk",)),
    elig(
        12,
        "arrest",
        POLICE,
        unsure=("bail_insufficient",),
        evidence_of_crime=T,
        imprisonment_possible=T,
    ),
    elig(13, "lawyer_interpreter", POLICE, unsure=("interpreter_permission",)),
    elig(
        14,
        "juvenile_non_prosecution",
        SPP,
        unsure=("minor_crime",),
        age_at_offence=15,
        secondary_role=T,
    ),
    elig(15, "arrest_for_surveillance_breach", SPP, unsure=("left_area",)),
    elig(16, "cppcc_notice", POLICE, measure_detention=T, urgent_case=T),
    elig(
        17,
        "detention_without_warrant",
        POLICE,
        caught_in_act=T,
        evidence_found_on_person=T,
        detention_emergency=T,
        detention_papers_late=F,
    ),
    elig(18, "surveillance_meeting", meet_own_lawyer=T),
    elig(
        19,
        "juvenile_family_meeting",
        SPP,
        family_not_involved=T,
        police_consent=T,
        repentance=T,
    ),
    elig(
        20,
        "compelled_appearance",
        POLICE,
        compel_suspect=T,
        compel_failed_summons=T,
        summons_valid_reason=F,
    ),
    elig(21, "cppcc_notice", POLICE, measure_arrest=T, urgent_case=F),
    elig(22, "leave_under_surveillance", POLICE, leave_reason=T, leave_approved=F),
    elig(
        23,
        "surveillance_place",
        POLICE,
        surveillance_at_custody_place=T,
        surveillance_at_residence=F,
    ),
    elig(
        24,
        "juvenile_probation",
        SPP,
        age_at_offence=16,
        possible_sentence_years=5,
        repentance=T,
    ),
    elig(25, "compelled_appearance", POLICE, compel_suspect=F, compel_failed_summons=T),
    elig(26, "bail", POLICE, unsure=("baby_age_months",), breastfeeding=T, recidivist=F),
    elig(
        27,
        "search",
        SPP,
        unsure=("search_emergency",),
        search_suspect=T,
        search_warrant=F,
        search_in_arrest=T,
    ),
    elig(28, "lawyer_hire_approval", POLICE, unsure=("state_secrets",)),
    elig(
        29,
        "conditional_np_revocation",
        SPP,
        unsure=("np_serious",),
        np_public_order_violation=T,
        np_repeated=F,
    ),
    elig(
        30,
        "investigation_experiment",
        SPP,
        unsure=("experiment_approved",),
        experiment_harmful=F,
    ),
    elig(31, "recusal", POLICE, official_is_party_or_relative=T),
    elig(
        32,
        "guarantor",
        POLICE,
        guarantor_not_implicated=T,
        guarantor_residence_income=T,
        guarantor_rights_unrestricted=T,
    ),
    elig(33, "lawyer_meeting_permission", POLICE, state_secrets=F, state_security_crime=F),
    elig(34, "juvenile_non_prosecution", SPP, age_at_offence=15, coerced=T, minor_crime=T),
    elig(
        35,
        "arrest_for_surveillance_breach",
        POLICE,
        violent_witness_interference=T,
        evidence_tampering=T,
    ),
    elig(
        36,
        "deputy_permission",
        SPP,
        deputy_county_up=T,
        measure_detention=T,
        caught_in_act=F,
    ),
    elig(37, "recusal_pending", POLICE, recusal_pending=T),
    elig(
        38,
        "arrest_for_bail_breach",
        SPP,
        left_area=F,
        missed_summons=F,
        new_crime=F,
        evasion=F,
        evidence_tampering=F,
        breach=T,
    ),
    elig(39, "leave_conditional_np", SPP, cnp_leave_approved=F),
    elig(40, "lawyer_hire_approval", POLICE, state_secrets=T),
    elig(
        41,
        "detention",
        POLICE,
        unsure=("suicide_or_flight",),
        caught_in_act=F,
        identified_by_witness=F,
    ),
    elig(42, "unknown_identity", POLICE, unsure=("evidence_of_crime",), identity_unknown=T),
    elig(43, "leave_on_bail", POLICE, unsure=("leave_approved",), leave_reason=T),
    elig(
        44,
        "juvenile_probation",
        SPP,
        unsure=("community_no_adverse_effect",),
        age_at_offence=17,
        possible_sentence_years=2,
        recidivist=F,
        repentance=T,
        guardianship=T,
        no_social_danger=T,
    ),
    elig(45, "interrogation_outside_custody", SPP),
    elig(46, "surveillance", POLICE, serious_illness=T),
    elig(47, "leave_on_bail", POLICE, leave_reason=T, leave_approved=T),
    elig(48, "arrest_for_bail_breach", SPP, left_area=T, breach=T),
    elig(49, "conditional_np_revocation", SPP, new_crime=T),
    elig(50, "deputy_permission", POLICE, deputy_county_up=F, measure_arrest=T),
    elig(
        51,
        "family_notice_exception",
        POLICE,
        co_suspect_risk=F,
        identity_unknown=F,
        hinders_or_impossible=F,
    ),
    elig(52, "sealed_record_access", SPP, requester_judicial=F, requester_state_rules=F),
    elig(53, "lawyer_meeting_permission", POLICE, state_secrets=T),
    elig(
        54,
        "restraints",
        POLICE,
        restraint_in_measure=T,
        restraint_juvenile=T,
        restraint_danger=F,
    ),
    elig(55, "record_unsealing", new_or_omitted_crime=T, combined_sentence_years=4),
    elig(56, "record_sealing", SPP, age_at_offence=16, sentence_years=2, not_prosecuted=F),
    elig(57, "restraints", POLICE, restraint_in_measure=T, restraint_juvenile=F),
    elig(
        58,
        "surveillance_meeting",
        SPP,
        unsure=("meet_decider_consent",),
        measure_by_procuratorate=T,
        meet_approved=T,
        meet_cohabitant=F,
        meet_own_lawyer=F,
    ),
    elig(59, "record_sealing", unsure=("sentence_years",), age_at_offence=17, not_prosecuted=F),
    elig(
        60,
        "recusal",
        POLICE,
        unsure=("official_other_relation",),
        official_is_party_or_relative=F,
        official_interest=F,
        official_prior_role=F,
    ),
    # ---- deadline (today 2026-03-05, a Thursday; bare weekdays are the last ones before it)
    dl(61, "surveillance_period", date(2026, 1, 26), body=POLICE),
    dl(62, "guarantor_fine_review", date(2026, 3, 2)),  # Monday
    dl(63, "lawyer_permission", None, body=POLICE),  # the day of receipt is not told
    dl(64, "conditional_np_complaint", date(2026, 3, 2)),  # Monday
    dl(65, "arrest_reconsideration", date(2026, 2, 24)),
    dl(66, "family_notice_detention", datetime(2026, 3, 3, 21, 30), body=POLICE),  # Tuesday
    dl(67, "forfeiture_review", date(2026, 3, 4)),  # yesterday
    dl(68, "interrogation_arrest", datetime(2026, 3, 4, 6, 10), body=POLICE),  # Wednesday
    dl(69, "juvenile_inform_victim", date(2026, 3, 3)),
    dl(70, "custody_recalculation", date(2026, 3, 2)),
    dl(71, "overdue_measure_review", date(2026, 2, 27), measure="arrest"),
    dl(72, "recusal_reconsideration", date(2026, 3, 3), body=POLICE),  # Tuesday
    dl(73, "bail_period", date(2025, 12, 15), body=POLICE),
    dl(74, "sealed_record_inquiry", None),  # the day of receipt is not told
    dl(75, "no_filing_reasons", date(2026, 2, 26)),
    dl(76, "direct_acceptance", date(2026, 2, 20)),
)


def verdict_of(item: dict[str, Any]) -> str:
    """The kind of label: eligible true/false/null, a dated deadline, a deadline that asks."""
    rule = item["rule"]
    if rule is None:
        return "null"
    computed = item.get("computed") or {}
    if rule.startswith("eligibility."):
        return {True: "eligible", False: "not eligible", None: "cannot tell"}[
            computed.get("eligible")
        ]
    return "asks for the date" if not computed else "dated"


def shape_problems(items: list[dict[str, Any]]) -> list[str]:
    """The file's counts and rule ids against the brief."""
    rules = all_rules()
    out = []
    if len(items) != 100:
        out.append(f"expected 100 items, found {len(items)}")
    for n, it in enumerate(items, 1):
        if it.get("rule") is not None and it["rule"] not in rules:
            out.append(f"item {n}: unknown rule {it['rule']}")
        if it.get("voice") not in VOICES:
            out.append(f"item {n}: unknown voice {it.get('voice')!r}")
    kinds = Counter((it["rule"] or "null.").split(".")[0] for it in items)
    if kinds != Counter({"eligibility": 60, "deadline": 16, "null": 24}):
        out.append(f"kinds: {dict(kinds)}")
    verdicts = Counter(verdict_of(it) for it in items)
    want = {"eligible": 22, "not eligible": 20, "cannot tell": 18, "asks for the date": 2}
    if any(verdicts[k] != v for k, v in want.items()):
        out.append(f"verdicts: {dict(verdicts)}")
    voices = Counter(it.get("voice") for it in items)
    if any(voices[v] != 20 for v in VOICES):
        out.append(f"voices: {dict(voices)}")
    elig_rules = {r for r in rules if r.startswith("eligibility.")}
    missing = elig_rules - {it["rule"] for it in items if it["rule"]}
    if missing:
        out.append(f"eligibility rules not covered: {sorted(missing)}")
    deadlines = [it["rule"] for it in items if (it["rule"] or "").startswith("deadline.")]
    if len(set(deadlines)) != len(deadlines):
        out.append("a deadline rule is used twice")
    return out


def check_label(item: dict[str, Any], check: Check) -> str | None:
    """None when the function's result matches the label, else what differs."""
    if item["rule"] != check.rule:
        return f"rule {item['rule']} but the check is for {check.rule}"
    res = all_rules()[check.rule].func(*check.args, **check.kwargs)
    want = item.get("computed") or {}
    if res.computed != want:
        return f"computed {res.computed}, label {want}"
    if bool(res.needs) != bool(item.get("needs")):
        return f"needs {res.needs!r}, label needs={item.get('needs')}"
    facts = check.args[0] if check.rule.startswith("eligibility.") else {}
    for key in facts.get("uncertain", ()):
        if facts.get(key) is not None:
            return f"uncertain fact {key} is not None"
    return None


def main() -> int:
    items = yaml.safe_load(SET_PATH.read_text(encoding="utf-8"))
    problems = shape_problems(items)
    by_n = {c.n: c for c in CHECKS}
    if len(by_n) != len(CHECKS):
        problems.append("two checks for one item")
    labelled = [n for n, it in enumerate(items, 1) if it.get("rule")]
    if sorted(by_n) != labelled:
        problems.append("the checks do not cover exactly the labelled items")
    agree = 0
    for n in labelled:
        if n not in by_n:
            continue
        why = check_label(items[n - 1], by_n[n])
        if why is None:
            agree += 1
        else:
            problems.append(f"item {n}: {why}")
    print(f"{agree}/{len(labelled)} labels agree with the rule functions")
    for p in problems:
        print(f"PROBLEM: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
