"""Label check for bench/own93_setBF.yaml (set BF, 100 questions).

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script checks it by calling the pure rule function on facts and
dates encoded here by hand (never on a question's text). The facts below are the fact labels:
every fact the question tells that the rule reads (True told, False denied, a key listed in
"uncertain" and set to None when told as unknown or disputed; a fact not mentioned is left
out), with the acting body where the question names it.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own93.py

Prints how many labels agree; exits 1 on any disagreement or malformed item.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.facts import QUESTIONS
from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own93_setBF.yaml"
POLICE, PROC = "police", "procuratorate"

# Fact keys some rules read beyond facts.QUESTIONS (their docstrings and tests/rules/cases).
EXTRA_KEYS = {
    "cppcc_member",
    "measure_arrest",
    "measure_other",
    "measure_by_procuratorate",
    "exam_forced",
    "experiment_compelled",
    "identity_step",
    "search_forcible",
    "summons_valid_reason",
    "minor_injury_case",
    "negligent_crime",
    "instigated",
    "uncertain",
}


def facts(*uncertain: str, **known: object) -> dict[str, object]:
    """Told facts; keys told as unknown or disputed are None and listed under "uncertain"."""
    out: dict[str, object] = dict(known)
    for key in uncertain:
        out[key] = None
    if uncertain:
        out["uncertain"] = tuple(uncertain)
    return out


# item number -> (rule, body named in the question or None, fact labels)
ELIG: dict[int, tuple[str, str | None, dict[str, object]]] = {
    1: ("eligibility.bail", POLICE, facts(pregnant=True)),
    2: ("eligibility.bail", POLICE, facts(recidivist=True, serious_illness=True)),
    3: ("eligibility.bail", PROC, facts("minor_penalty_only")),
    4: (
        "eligibility.arrest",
        PROC,
        facts(evidence_of_crime=True, imprisonment_possible=True, bail_insufficient=True),
    ),
    5: ("eligibility.bail", PROC, facts(breastfeeding=True, baby_age_months=16)),
    6: ("eligibility.arrest", POLICE, facts(evidence_of_crime=True, minor_penalty_only=True)),
    7: ("eligibility.arrest_for_bail_breach", PROC, facts(missed_summons=True)),
    8: ("eligibility.arrest_exemption", PROC, facts(pregnant=True)),
    9: ("eligibility.arrest_for_surveillance_breach", POLICE, facts(evidence_tampering=True)),
    10: (
        "eligibility.arrest_for_bail_breach",
        PROC,
        facts(
            breach=True,
            left_area=False,
            new_crime=False,
            evasion=False,
            evidence_tampering=False,
            missed_summons=False,
        ),
    ),
    11: ("eligibility.detention", POLICE, facts(caught_in_act=True)),
    12: (
        "eligibility.compelled_appearance",
        POLICE,
        facts(compel_suspect=True, compel_failed_summons=True, summons_valid_reason=False),
    ),
    13: (
        "eligibility.conditional_non_prosecution",
        PROC,
        facts(age_at_offence=13, crime_chapter_4_6=True),
    ),
    14: (
        "eligibility.conditional_non_prosecution",
        PROC,
        facts(
            age_at_offence=16,
            crime_chapter_4_6=True,
            possible_sentence_years=1,
            prosecutable=True,
            repentance=True,
            juvenile_objects=False,
        ),
    ),
    15: ("eligibility.compelled_appearance", POLICE, facts(compel_suspect=False)),
    16: (
        "eligibility.lawyer_meeting_permission",
        POLICE,
        facts(state_secrets=False, state_security_crime=False),
    ),
    17: (
        "eligibility.cppcc_notice",
        POLICE,
        facts("urgent_case", cppcc_member=True, measure_detention=True, measure_arrest=False),
    ),
    18: (
        "eligibility.deputy_permission",
        POLICE,
        facts(
            npc_deputy=True, deputy_county_up=False, measure_detention=True, measure_arrest=False
        ),
    ),
    19: (
        "eligibility.deputy_permission",
        POLICE,
        facts(
            "deputy_county_up",
            npc_deputy=True,
            measure_other=True,
            measure_detention=False,
            measure_arrest=False,
        ),
    ),
    20: ("eligibility.conditional_np_revocation", PROC, facts(new_crime=True)),
    21: (
        "eligibility.leave_under_surveillance",
        POLICE,
        facts(leave_reason=True, leave_approved=True),
    ),
    22: (
        "eligibility.detention",
        PROC,
        facts(suicide_or_flight=False, evidence_tampering_risk=False),
    ),
    23: (
        "eligibility.guarantor",
        POLICE,
        facts(
            guarantor_not_implicated=True,
            guarantor_residence_income=True,
            guarantor_rights_unrestricted=True,
        ),
    ),
    24: ("eligibility.family_notice_exception", PROC, facts("hinders_or_impossible")),
    25: (
        "eligibility.detention_without_warrant",
        POLICE,
        facts(
            caught_in_act=True,
            detention_emergency=True,
            detention_papers_late=False,
            police_own_detention=True,
        ),
    ),
    26: ("eligibility.body_examination", PROC, facts(exam_suspect=False, exam_victim=False)),
    27: (
        "eligibility.interrogation_outside_custody",
        PROC,
        facts(out_to_recover=True, out_chief_approval=True, out_escort_short=False),
    ),
    28: (
        "eligibility.juvenile_family_meeting",
        PROC,
        facts("police_consent", family_not_involved=True, repentance=True),
    ),
    29: (
        "eligibility.investigation_experiment",
        PROC,
        facts(experiment_compelled=True, experiment_party=True, experiment_harmful=True),
    ),
    30: (
        "eligibility.juvenile_non_prosecution",
        PROC,
        facts(
            age_at_offence=15,
            recidivist=False,
            minor_crime=True,
            repentance=True,
            compensation_settled=False,
        ),
    ),
    31: ("eligibility.juvenile_non_prosecution", PROC, facts(age_at_offence=19, minor_crime=True)),
    32: ("eligibility.lawyer_meeting_permission", None, facts(state_security_crime=True)),
    33: ("eligibility.lawyer_count", POLICE, facts(lawyer_count=3)),
    34: ("eligibility.lawyer_hire_approval", POLICE, facts("state_secrets")),
    35: ("eligibility.lawyer_interpreter", POLICE, facts("interpreter_permission")),
    36: (
        "eligibility.recusal",
        POLICE,
        facts(
            official_is_party_or_relative=False,
            official_interest=False,
            official_prior_role=False,
            official_gifts_or_meetings=False,
            official_other_relation=False,
        ),
    ),
    37: (
        "eligibility.record_sealing",
        PROC,
        facts(age_at_offence=16, sentence_years=2, not_prosecuted=False),
    ),
    38: ("eligibility.leave_conditional_np", PROC, facts("cnp_leave_approved")),
    39: ("eligibility.leave_on_bail", POLICE, facts(leave_reason=True, leave_approved=False)),
    40: (
        "eligibility.leave_on_bail",
        PROC,
        facts(leave_reason=True, leave_approved=True, measure_by_procuratorate=True),
    ),
    41: (
        "eligibility.conditional_np_revocation",
        PROC,
        facts("np_serious", np_supervision_violation=True, np_repeated=False),
    ),
    42: ("eligibility.recusal_pending", PROC, facts(recusal_pending=True)),
    43: (
        "eligibility.record_sealing",
        None,
        facts("sentence_years", age_at_offence=17, not_prosecuted=False),
    ),
    44: (
        "eligibility.record_unsealing",
        None,
        facts("combined_sentence_years", new_or_omitted_crime=True),
    ),
    45: ("eligibility.recusal", POLICE, facts(official_is_party_or_relative=True)),
    46: (
        "eligibility.sealed_record_access",
        PROC,
        facts("requester_judicial", "requester_state_rules"),
    ),
    47: ("eligibility.search", PROC, facts(search_suspect=True, search_warrant=True)),
    48: (
        "eligibility.restraints",
        POLICE,
        facts(restraint_in_measure=True, restraint_juvenile=False),
    ),
    49: (
        "eligibility.sealed_record_access",
        PROC,
        facts(requester_judicial=False, requester_state_rules=False),
    ),
    50: (
        "eligibility.restraints",
        POLICE,
        facts(restraint_in_measure=True, restraint_juvenile=True, restraint_danger=False),
    ),
    51: ("eligibility.surveillance", POLICE, facts("serious_illness")),
    52: (
        "eligibility.surveillance_meeting",
        POLICE,
        facts("meet_approved", meet_cohabitant=False, meet_own_lawyer=False),
    ),
    53: ("eligibility.shared_lawyer", POLICE, facts(co_suspects_same_case=True)),
    54: ("eligibility.surveillance", POLICE, facts(no_bond_or_guarantor=True)),
    55: (
        "eligibility.search",
        PROC,
        facts("search_may_hide", search_suspect=False, search_warrant=True),
    ),
    56: ("eligibility.family_notice_exception", POLICE, facts(identity_unknown=True)),
    57: (
        "eligibility.juvenile_probation",
        PROC,
        facts(
            "community_no_adverse_effect",
            age_at_offence=17,
            possible_sentence_years=2,
            repentance=True,
            guardianship=True,
            recidivist=False,
        ),
    ),
    58: (
        "eligibility.surveillance_meeting",
        POLICE,
        facts(meet_cohabitant=False, meet_own_lawyer=False, meet_approved=False),
    ),
    59: (
        "eligibility.unknown_identity",
        POLICE,
        facts(identity_unknown=True, evidence_of_crime=False),
    ),
    60: (
        "eligibility.surveillance_place",
        POLICE,
        facts(surveillance_at_custody_place=True, surveillance_at_residence=False),
    ),
}

# item number -> (rule, start (date, datetime for hour periods, None when not told), kwargs)
DEAD: dict[int, tuple[str, date | None, dict[str, Any]]] = {
    61: ("deadline.interrogation_arrest", datetime(2026, 3, 3, 6, 40), {"body": POLICE}),
    62: ("deadline.arrest_reconsideration", date(2026, 2, 27), {}),
    63: ("deadline.guarantor_fine_review", None, {}),
    64: ("deadline.forfeiture_review", date(2026, 3, 4), {}),
    65: ("deadline.conditional_np_complaint", date(2026, 3, 2), {}),
    66: ("deadline.overdue_measure_review", date(2026, 3, 4), {"measure": "detention"}),
    67: ("deadline.sealed_record_inquiry", date(2026, 3, 2), {}),
    68: ("deadline.recusal_reconsideration", date(2026, 2, 28), {"body": POLICE}),
    69: ("deadline.custody_recalculation", date(2026, 2, 26), {}),
    70: ("deadline.juvenile_inform_victim", date(2026, 3, 3), {}),
    71: ("deadline.bail_period", None, {"body": POLICE}),
    72: ("deadline.lawyer_permission", date(2026, 3, 4), {"body": POLICE}),
    73: ("deadline.bail_application_reply", date(2026, 3, 3), {"body": POLICE}),
    74: ("deadline.procuratorate_detention", date(2026, 2, 28), {}),
    75: ("deadline.no_filing_reasons", date(2026, 2, 24), {}),
    76: ("deadline.family_notice_detention", datetime(2026, 3, 1, 23, 15), {"body": POLICE}),
}


def problems_of_set(items: list[dict[str, Any]], rules: dict[str, Any]) -> list[str]:
    """Shape problems: item count, unknown rule ids, fields, unknown fact keys, coverage."""
    out = []
    if len(items) != 100:
        out.append(f"expected 100 items, found {len(items)}")
    for n, it in enumerate(items, 1):
        rid = it.get("rule")
        if not isinstance(it.get("q"), str) or "rule" not in it or "voice" not in it:
            out.append(f"item {n}: needs q, rule and voice")
        if rid is not None and rid not in rules:
            out.append(f"item {n}: unknown rule {rid}")
        if rid is None and (it.get("computed") or it.get("needs")):
            out.append(f"item {n}: a null item has no computed or needs")
        if rid is not None and n not in ELIG and n not in DEAD:
            out.append(f"item {n}: no check encoded")
    for n, (_, _, fs) in ELIG.items():
        unknown = sorted(k for k in fs if k not in QUESTIONS and k not in EXTRA_KEYS)
        if unknown:
            out.append(f"item {n}: unknown fact keys {unknown}")
    elig = {r for r, s in rules.items() if s.kind == "eligibility"}
    missing = elig - {r for r, _, _ in ELIG.values()}
    if missing:
        out.append(f"eligibility rules not covered: {sorted(missing)}")
    return out


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    bad = problems_of_set(items, rules)
    checked = agree = 0
    for n, it in enumerate(items, 1):
        if n in ELIG:
            rid, body, fs = ELIG[n]
            res = rules[rid].func(fs, body=body)
        elif n in DEAD:
            rid, start, kwargs = DEAD[n]
            res = rules[rid].func(start, **kwargs)
        else:
            continue
        checked += 1
        want = (it.get("rule"), dict(it.get("computed") or {}), bool(it.get("needs")))
        got = (rid, dict(res.computed), bool(res.needs))
        if want == got:
            agree += 1
        else:
            bad.append(f"item {n}: label {want} but the function gives {got}")
    kinds = Counter((it.get("rule") or "null").split(".")[0] for it in items)
    verdicts = Counter(
        str(it["computed"].get("eligible"))
        for it in items
        if (it.get("rule") or "").startswith("eligibility.")
    )
    voices = Counter(it.get("voice") for it in items)
    print(f"kinds: {dict(kinds)}; eligibility verdicts: {dict(verdicts)}")
    print(f"voices: {dict(voices)}")
    print(f"labels checked: {checked}; agree: {agree}; disagree: {checked - agree}")
    for line in bad:
        print("PROBLEM:", line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
