"""Label check for bench/own71_setAJ.yaml (training set AJ, 100 routing examples).

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script checks it by calling the pure rule function on facts, bodies
and dates encoded here by hand (never on a question's text). For each eligibility item the
facts are every fact the question tells that is a field the rule function reads: told true is
True, told false is False, told as unknown or disputed is listed under "uncertain" (and set to
None); a fact the question does not mention is left out. `body` is the acting body the question
names (None where it names none).

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own71.py

Prints how many labels agree and exits non-zero on any disagreement (or a malformed set).
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

SET = Path(__file__).resolve().parents[1] / "own71_setAJ.yaml"
VOICES = ("broker", "hairdresser", "journalist", "itadmin", "grandmother")
T, F = True, False
POLICE, SPP = "police", "procuratorate"


def unsure(*keys: str, **told: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed, beside the facts `told`."""
    return {**told, **dict.fromkeys(keys), "uncertain": keys}


@dataclass(frozen=True)
class Check:
    """The hand-encoded inputs of one item: its rule and what the function is called with."""

    rule: str | None
    body: str | None = None
    facts: dict[str, Any] = field(default_factory=dict)
    kwargs: dict[str, Any] = field(default_factory=dict)


def E(rule: str, body: str | None, **facts: Any) -> Check:
    return Check(f"eligibility.{rule}", body, facts)


def EU(rule: str, body: str | None, keys: tuple[str, ...], **facts: Any) -> Check:
    return Check(f"eligibility.{rule}", body, unsure(*keys, **facts))


def D(rule: str, start: date | datetime | None, **kwargs: Any) -> Check:
    return Check(f"deadline.{rule}", kwargs=({"start": start} | kwargs))


NULL = Check(None)

CHECKS: list[Check] = [
    # ---- eligibility (60)
    E("bail", POLICE, recidivist=T),  # 1
    E("bail", SPP, pregnant=T),  # 2
    E(
        "investigation_experiment",
        SPP,
        experiment_approved=T,
        experiment_compelled=T,
        experiment_party=T,
        experiment_harmful=F,
    ),  # 3
    E("lawyer_meeting_permission", POLICE, state_security_crime=F, state_secrets=F),  # 4
    E("bail", POLICE, breastfeeding=T, baby_age_months=8),  # 5
    E("guarantor", POLICE, guarantor_not_implicated=F, guarantor_residence_income=T),  # 6
    E("detention", POLICE, identified_by_witness=T),  # 7
    E("body_examination", SPP, exam_victim=T, exam_suspect=F, exam_forced=T),  # 8
    E("record_sealing", SPP, age_at_offence=17, sentence_years=3),  # 9
    E("arrest_exemption", SPP, pregnant=T),  # 10
    E("search", SPP, search_suspect=F, search_may_hide=T, search_warrant=T),  # 11
    E(
        "compelled_appearance",
        POLICE,
        compel_suspect=T,
        compel_failed_summons=T,
        summons_valid_reason=F,
    ),  # 12
    E("interrogation_outside_custody", SPP, out_to_recover=T, out_chief_approval=T),  # 13
    E("surveillance_meeting", POLICE, meet_own_lawyer=T, meet_approved=F),  # 14
    E("family_notice_exception", POLICE, co_suspect_risk=T),  # 15
    E("shared_lawyer", POLICE, co_suspects_same_case=T),  # 16
    E("juvenile_non_prosecution", SPP, age_at_offence=15, coerced=T, minor_crime=T),  # 17
    E(
        "juvenile_probation",
        SPP,
        age_at_offence=16,
        recidivist=F,
        possible_sentence_years=2,
        repentance=T,
        community_no_adverse_effect=T,
        guardianship=T,
        no_social_danger=T,
    ),  # 18
    E("restraints", POLICE, restraint_in_measure=T, restraint_juvenile=F, restraint_danger=F),  # 19
    E("conditional_np_revocation", SPP, np_supervision_violation=T, np_repeated=T),  # 20
    E("arrest_for_bail_breach", SPP, left_area=T),  # 21
    E("leave_under_surveillance", POLICE, leave_reason=T, leave_approved=F),  # 22
    E(
        "conditional_non_prosecution",
        SPP,
        age_at_offence=17,
        crime_chapter_4_6=T,
        prosecutable=T,
        possible_sentence_years=1,
        repentance=T,
    ),  # 23
    E("bail", POLICE, violent_crime=T, recidivist=F),  # 24
    E("juvenile_family_meeting", SPP, family_not_involved=F, repentance=T),  # 25
    E("leave_on_bail", POLICE, leave_reason=T, leave_approved=T),  # 26
    E("restraints", POLICE, restraint_in_measure=T, restraint_juvenile=T, restraint_danger=F),  # 27
    E("arrest", SPP, evidence_of_crime=T, imprisonment_possible=T, bail_insufficient=T),  # 28
    E(
        "recusal",
        POLICE,
        official_is_party_or_relative=F,
        official_interest=F,
        official_prior_role=F,
        official_gifts_or_meetings=F,
    ),  # 29
    E("surveillance_meeting", POLICE, meet_cohabitant=F, meet_own_lawyer=F, meet_approved=F),  # 30
    E("recusal", POLICE, official_is_party_or_relative=T),  # 31
    E("lawyer_interpreter", POLICE, interpreter_permission=F),  # 32
    E("sealed_record_access", SPP, requester_judicial=F, requester_state_rules=F),  # 33
    E("leave_under_surveillance", POLICE, leave_reason=T, leave_approved=F),  # 34
    E(
        "conditional_non_prosecution",
        SPP,
        age_at_offence=15,
        crime_chapter_4_6=T,
        possible_sentence_years=3,
    ),  # 35
    E(
        "detention_without_warrant",
        POLICE,
        caught_in_act=T,
        detention_emergency=T,
        detention_papers_late=F,
    ),  # 36
    E("search", SPP, search_woman_by_man=T, search_warrant=T),  # 37
    E(
        "deputy_permission",
        SPP,
        npc_deputy=T,
        deputy_county_up=T,
        measure_detention=T,
        caught_in_act=F,
    ),  # 38
    E("lawyer_count", None, lawyer_count=3),  # 39
    EU(
        "guarantor",
        None,
        ("guarantor_residence_income",),
        guarantor_not_implicated=T,
        guarantor_rights_unrestricted=T,
    ),  # 40
    E(
        "surveillance_place", POLICE, surveillance_at_residence=F, surveillance_at_custody_place=T
    ),  # 41
    EU("arrest_for_surveillance_breach", POLICE, ("new_crime",)),  # 42
    E("recusal_pending", SPP, recusal_pending=T),  # 43
    EU(
        "leave_on_bail",
        SPP,
        ("leave_decider_consent",),
        leave_reason=T,
        leave_approved=T,
        measure_by_procuratorate=T,
    ),  # 44
    EU("leave_conditional_np", SPP, ("cnp_leave_approved",)),  # 45
    EU("cppcc_notice", POLICE, ("urgent_case",), cppcc_member=T, measure_detention=T),  # 46
    EU("record_unsealing", None, ("combined_sentence_years",), new_or_omitted_crime=T),  # 47
    EU("detention", SPP, ("evidence_tampering_risk",), suicide_or_flight=F),  # 48
    EU("arrest_for_bail_breach", POLICE, ("left_area",)),  # 49
    EU(
        "juvenile_probation",
        SPP,
        ("community_no_adverse_effect",),
        age_at_offence=17,
        possible_sentence_years=2,
        repentance=T,
        guardianship=T,
    ),  # 50
    EU("unknown_identity", POLICE, ("evidence_of_crime",), identity_unknown=T),  # 51
    EU("surveillance", POLICE, ("serious_illness",)),  # 52
    EU("lawyer_meeting_permission", POLICE, ("state_secrets",), state_security_crime=F),  # 53
    EU(
        "surveillance", POLICE, ("no_social_danger",), minor_penalty_only=F, serious_illness=F
    ),  # 54
    EU("record_sealing", SPP, ("sentence_years",), age_at_offence=16, not_prosecuted=F),  # 55
    EU("arrest", SPP, ("bail_insufficient",), evidence_of_crime=T, imprisonment_possible=T),  # 56
    EU("family_notice_exception", POLICE, ("co_suspect_risk",)),  # 57
    EU(
        "juvenile_non_prosecution",
        SPP,
        ("compensation_settled",),
        age_at_offence=16,
        recidivist=F,
        minor_crime=T,
        repentance=T,
    ),  # 58
    EU("lawyer_hire_approval", POLICE, ("state_secrets",)),  # 59
    E(
        "compelled_appearance",
        POLICE,
        compel_suspect=F,
        compel_failed_summons=T,
        summons_valid_reason=T,
    ),  # 60
    # ---- deadline (16)
    D("forfeiture_review", date(2026, 3, 2)),  # 61 Monday, the decision read
    D("interrogation_arrest", datetime(2026, 3, 3, 19, 40), body=POLICE),  # 62 Tuesday 7:40 pm
    D("arrest_reconsideration", date(2026, 2, 24)),  # 63
    D("overdue_measure_review", date(2026, 3, 2), measure="bail"),  # 64
    D("conditional_np_complaint", date(2026, 2, 27)),  # 65
    D("recusal_reconsideration", date(2026, 2, 26), body=POLICE),  # 66
    D("custody_after_arrest", date(2026, 1, 12)),  # 67
    D("custody_recalculation", date(2026, 3, 2)),  # 68
    D("lawyer_permission", date(2026, 3, 3), body=POLICE),  # 69
    D("juvenile_inform_victim", date(2026, 3, 2)),  # 70
    D("file_case_after_notice", date(2026, 2, 16)),  # 71
    D("guarantor_fine_review", None),  # 72 no date told: the rule asks
    D("no_filing_reasons", date(2026, 2, 27)),  # 73
    D("family_notice_detention", datetime(2026, 3, 4, 22, 15), body=POLICE),  # 74
    D("bail_application_reply", None, body=POLICE),  # 75 no date told: the rule asks
    D("sealed_record_inquiry", date(2026, 2, 26)),  # 76
    # ---- null (24)
    *([NULL] * 24),  # 77-100
]


def run(check: Check) -> tuple[dict[str, Any], bool]:
    """What the rule function computes on the hand-encoded inputs, and whether it asks."""
    spec = all_rules()[check.rule or ""]
    if spec.kind == "eligibility":
        res = spec.func(check.facts, body=check.body)
    else:
        res = spec.func(**check.kwargs)
    return dict(res.computed), bool(res.needs)


def problems(items: list[dict[str, Any]]) -> list[str]:
    """Shape problems of the set: counts, voices, unknown rules, stray `uncertain` keys."""
    out = []
    if len(items) != 100 or len(CHECKS) != 100:
        out.append(f"expected 100 items and 100 checks, got {len(items)} and {len(CHECKS)}")
    rules = all_rules()
    for n, it in enumerate(items, 1):
        if it.get("rule") is not None and it["rule"] not in rules:
            out.append(f"item {n}: unknown rule {it['rule']}")
        if it.get("voice") not in VOICES:
            out.append(f"item {n}: unknown voice {it.get('voice')}")
    for n, c in enumerate(CHECKS, 1):
        stray = [k for k in c.facts.get("uncertain", ()) if c.facts.get(k) is not None]
        if stray:
            out.append(f"check {n}: uncertain keys with a value {stray}")
    voices = Counter(it.get("voice") for it in items)
    if any(voices[v] != 20 for v in VOICES):
        out.append(f"voices not 20 each: {dict(voices)}")
    elig = [it for it in items if str(it.get("rule")).startswith("eligibility.")]
    if {it["rule"] for it in elig} != {r for r in rules if r.startswith("eligibility.")}:
        out.append("not every eligibility rule is covered")
    return out


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    bad = problems(items)
    labelled = agree = 0
    for n, (it, check) in enumerate(zip(items, CHECKS, strict=False), 1):
        if it.get("rule") != check.rule:
            bad.append(f"item {n}: label {it.get('rule')} but check {check.rule}")
            continue
        if check.rule is None:
            continue
        labelled += 1
        computed, needs = run(check)
        want = dict(it.get("computed") or {})
        if computed == want and needs == bool(it.get("needs", False)):
            agree += 1
        else:
            bad.append(
                f"item {n} {check.rule}: label {want} needs={it.get('needs')}; "
                f"function {computed} needs={needs}"
            )
    kinds = Counter(str(it.get("rule") or "null").split(".")[0] for it in items)
    verdicts = Counter(
        str(it["computed"]["eligible"]) for it in items if "eligible" in (it.get("computed") or {})
    )
    print(f"own71 set AJ: {len(items)} items, kinds {dict(kinds)}, verdicts {dict(verdicts)}")
    print(f"labels checked: {labelled}; agree with the rule functions: {agree}")
    for line in bad:
        print("DISAGREE/PROBLEM:", line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
