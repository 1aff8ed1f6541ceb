"""Check the labels of bench/own90_setBC.yaml against the pure rule functions.

Every eligibility and deadline item's facts and dates are encoded here by hand, from the
question as written (never read from its text by the software): for an eligibility item every
fact the question tells that the rule function reads (told true = True, told false = False,
told as unknown or disputed = listed under "uncertain" with the key None; a fact not mentioned
is left out) and the body where the question names it; for a deadline item the start date or
time and the rule's other inputs. Each rule function is then called directly and its
`computed` (and whether it asks, `needs`) compared with the item's label. The set's counts
(kinds, verdicts, voices, rule coverage) are checked too.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own90.py

Prints one line per disagreement and the number of labels that agree; exits 1 on any
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

SET = Path(__file__).resolve().parents[1] / "own90_setBC.yaml"
POLICE, SPP = "police", "procuratorate"
VOICES = ("miner", "phone shop", "foster mother", "bank security", "philosophy student")


def told(*uncertain: str, **facts: object) -> dict[str, object]:
    """Facts as told; keys named in `uncertain` were raised but left unknown or disputed."""
    out: dict[str, object] = dict(facts)
    if uncertain:
        out["uncertain"] = tuple(uncertain)
        out.update({k: None for k in uncertain})
    return out


# item number: (rule, body named in the question or None, facts told)
ELIGIBILITY: dict[int, tuple[str, str | None, dict[str, object]]] = {
    1: ("eligibility.bail", POLICE, told(serious_illness=True)),
    2: (
        "eligibility.search",
        SPP,
        told(search_warrant=True, search_suspect=False, search_may_hide=True),
    ),
    3: (
        "eligibility.conditional_non_prosecution",
        SPP,
        told(
            age_at_offence=16,
            crime_chapter_4_6=True,
            possible_sentence_years=1,
            prosecutable=True,
            repentance=True,
        ),
    ),
    4: ("eligibility.arrest_exemption", SPP, told(breastfeeding=True, baby_age_months=4)),
    5: ("eligibility.bail", SPP, told(breastfeeding=True, baby_age_months=18)),
    6: ("eligibility.compelled_appearance", POLICE, told(compel_suspect=False)),
    7: (
        "eligibility.sealed_record_access",
        SPP,
        told(requester_judicial=False, requester_state_rules=False),
    ),
    8: (
        "eligibility.juvenile_family_meeting",
        SPP,
        told(family_not_involved=False, repentance=True),
    ),
    9: ("eligibility.detention", SPP, told(suicide_or_flight=False, evidence_tampering_risk=False)),
    10: (
        "eligibility.guarantor",
        POLICE,
        told(guarantor_not_implicated=True, guarantor_residence_income=False),
    ),
    11: ("eligibility.bail", POLICE, told("gang_principal", minor_penalty_only=True)),
    12: ("eligibility.leave_under_surveillance", POLICE, told("leave_approved", leave_reason=True)),
    13: (
        "eligibility.juvenile_probation",
        SPP,
        told(
            "guardianship",
            age_at_offence=16,
            possible_sentence_years=2,
            recidivist=False,
            repentance=True,
            community_no_adverse_effect=True,
            no_social_danger=True,
        ),
    ),
    14: (
        "eligibility.surveillance",
        POLICE,
        told("minor_penalty_only", serious_illness=False, pregnant=False, breastfeeding=False),
    ),
    15: (
        "eligibility.sealed_record_access",
        SPP,
        told("requester_state_rules", requester_judicial=False),
    ),
    16: (
        "eligibility.guarantor",
        POLICE,
        told(
            guarantor_not_implicated=True,
            guarantor_residence_income=True,
            guarantor_rights_unrestricted=True,
        ),
    ),
    17: (
        "eligibility.unknown_identity",
        POLICE,
        told(identity_unknown=True, evidence_of_crime=True),
    ),
    18: (
        "eligibility.juvenile_non_prosecution",
        SPP,
        told(age_at_offence=15, minor_crime=True, coerced=True),
    ),
    19: (
        "eligibility.interrogation_outside_custody",
        SPP,
        told(out_to_identify=True, out_to_recover=True, out_chief_approval=True),
    ),
    20: (
        "eligibility.juvenile_probation",
        SPP,
        told(
            age_at_offence=17,
            possible_sentence_years=2,
            repentance=True,
            community_no_adverse_effect=True,
            guardianship=True,
            no_social_danger=True,
            recidivist=False,
        ),
    ),
    21: (
        "eligibility.arrest_for_bail_breach",
        SPP,
        told(
            left_area=False,
            new_crime=False,
            evasion=False,
            missed_summons=False,
            evidence_tampering=False,
        ),
    ),
    22: ("eligibility.lawyer_interpreter", POLICE, told(interpreter_permission=False)),
    23: (
        "eligibility.restraints",
        POLICE,
        told(restraint_in_measure=True, restraint_juvenile=True, restraint_danger=False),
    ),
    24: ("eligibility.recusal_pending", POLICE, told(recusal_pending=True)),
    25: (
        "eligibility.record_sealing",
        SPP,
        told(age_at_offence=17, sentence_years=6, not_prosecuted=False),
    ),
    26: (
        "eligibility.cppcc_notice",
        POLICE,
        told("urgent_case", cppcc_member=True, measure_detention=True, measure_arrest=False),
    ),
    27: ("eligibility.investigation_experiment", SPP, told("experiment_approved")),
    28: ("eligibility.leave_conditional_np", SPP, told("cnp_leave_approved")),
    29: ("eligibility.lawyer_hire_approval", POLICE, told("state_secrets")),
    30: (
        "eligibility.search",
        SPP,
        told("search_may_hide", search_warrant=True, search_suspect=False),
    ),
    31: ("eligibility.detention", POLICE, told(caught_in_act=True)),
    32: (
        "eligibility.detention_without_warrant",
        POLICE,
        told(caught_in_act=True, detention_emergency=True, detention_papers_late=False),
    ),
    33: (
        "eligibility.record_sealing",
        SPP,
        told(age_at_offence=17, sentence_years=2.5, not_prosecuted=False),
    ),
    34: ("eligibility.recusal", POLICE, told(official_is_party_or_relative=True)),
    35: (
        "eligibility.lawyer_meeting_permission",
        POLICE,
        told(state_secrets=False, state_security_crime=False),
    ),
    36: ("eligibility.shared_lawyer", None, told(co_suspects_same_case=True)),
    37: (
        "eligibility.arrest_for_surveillance_breach",
        POLICE,
        told(
            unapproved_meetings=False,
            evasion=False,
            violent_witness_interference=False,
            evidence_tampering=False,
            new_crime=False,
            other_serious_violation=False,
        ),
    ),
    38: (
        "eligibility.record_unsealing",
        None,
        told(new_or_omitted_crime=True, combined_sentence_years=2),
    ),
    39: ("eligibility.lawyer_meeting_permission", None, told(state_security_crime=True)),
    40: ("eligibility.bail", POLICE, told(minor_penalty_only=True, recidivist=True)),
    41: (
        "eligibility.surveillance_place",
        POLICE,
        told("surveillance_at_residence", "surveillance_at_custody_place"),
    ),
    42: (
        "eligibility.arrest",
        POLICE,
        told("bail_insufficient", evidence_of_crime=True, imprisonment_possible=True),
    ),
    43: (
        "eligibility.juvenile_non_prosecution",
        SPP,
        told(
            "compensation_settled",
            age_at_offence=16,
            minor_injury_case=True,
            recidivist=False,
            minor_crime=True,
            repentance=True,
        ),
    ),
    44: ("eligibility.family_notice_exception", None, told(co_suspect_risk=True)),
    45: ("eligibility.arrest_for_bail_breach", POLICE, told("breach")),
    46: (
        "eligibility.deputy_permission",
        POLICE,
        told(npc_deputy=True, deputy_county_up=False, measure_arrest=True, measure_detention=False),
    ),
    47: ("eligibility.surveillance_meeting", POLICE, told(meet_own_lawyer=True)),
    48: ("eligibility.conditional_np_revocation", SPP, told(new_crime=True)),
    49: (
        "eligibility.restraints",
        POLICE,
        told(restraint_in_measure=True, restraint_juvenile=False),
    ),
    50: ("eligibility.surveillance", POLICE, told(pregnant=True)),
    51: ("eligibility.lawyer_count", SPP, told(lawyer_count=3)),
    52: ("eligibility.search", SPP, told(search_warrant=False, search_in_arrest=False)),
    53: (
        "eligibility.conditional_non_prosecution",
        SPP,
        told(age_at_offence=17, crime_chapter_4_6=False, repentance=True),
    ),
    54: (
        "eligibility.body_examination",
        SPP,
        told(exam_suspect=False, exam_victim=False, exam_forced=True),
    ),
    55: (
        "eligibility.deputy_permission",
        SPP,
        told(npc_deputy=True, deputy_county_up=True, measure_arrest=True, measure_detention=False),
    ),
    56: ("eligibility.leave_on_bail", POLICE, told(leave_reason=True, leave_approved=True)),
    57: (
        "eligibility.arrest",
        SPP,
        told(evidence_of_crime=True, imprisonment_possible=True, bail_insufficient=True),
    ),
    58: ("eligibility.family_notice_exception", POLICE, told("co_suspect_risk")),
    59: (
        "eligibility.compelled_appearance",
        POLICE,
        told("compel_continuous", compel_suspect=True),
    ),
    60: ("eligibility.recusal", SPP, told("official_other_relation")),
}

# item number: (rule, keyword arguments of the rule function: the start and the other inputs)
DEADLINE: dict[int, tuple[str, dict[str, Any]]] = {
    # arrested "yesterday" (4 March) at 6:40 in the evening
    61: ("deadline.interrogation_arrest", {"start": datetime(2026, 3, 4, 18, 40), "body": POLICE}),
    # the forfeiture decision read to him on Monday (2 March)
    62: ("deadline.forfeiture_review", {"start": date(2026, 3, 2)}),
    63: ("deadline.conditional_np_complaint", {"start": date(2026, 2, 27)}),
    # the application received last Friday (27 February)
    64: ("deadline.bail_application_reply", {"start": date(2026, 2, 27), "body": POLICE}),
    65: ("deadline.arrest_reconsideration", {"start": date(2026, 2, 25)}),
    66: ("deadline.custody_after_arrest", {"start": date(2026, 1, 12)}),
    # the date the fine decision was received is not told
    67: ("deadline.guarantor_fine_review", {"start": None}),
    # the case file received on Monday (2 March)
    68: ("deadline.juvenile_inform_victim", {"start": date(2026, 3, 2)}),
    # the request made on Saturday (28 February), residential surveillance
    69: (
        "deadline.overdue_measure_review",
        {"start": date(2026, 2, 28), "measure": "surveillance"},
    ),
    70: ("deadline.custody_recalculation", {"start": date(2026, 2, 20)}),
    # detained on Tuesday (3 March) about eleven at night
    71: (
        "deadline.family_notice_detention",
        {"start": datetime(2026, 3, 3, 23, 0), "body": POLICE},
    ),
    72: ("deadline.no_filing_reasons", {"start": date(2026, 2, 24)}),
    # the date of the court's application is not told
    73: ("deadline.sealed_record_inquiry", {"start": None}),
    # the rejection received on Tuesday (3 March)
    74: ("deadline.recusal_reconsideration", {"start": date(2026, 3, 3), "body": POLICE}),
    # since 10 October "last year" (2025)
    75: ("deadline.surveillance_period", {"start": date(2025, 10, 10), "body": POLICE}),
    # the application reached the police "yesterday" (4 March)
    76: ("deadline.lawyer_permission", {"start": date(2026, 3, 4), "body": POLICE}),
}


def _compare(n: int, item: dict[str, Any], computed: dict[str, Any], needs: bool) -> list[str]:
    """What differs between the item's label and the function's answer."""
    out = []
    if computed != (item.get("computed") or {}):
        out.append(f"item {n}: label {item.get('computed')} but the function gives {computed}")
    if bool(item.get("needs")) != needs:
        out.append(f"item {n}: label needs={item.get('needs')} but the function asks={needs}")
    return out


def check_labels(items: list[dict[str, Any]]) -> tuple[int, int, list[str]]:
    """(labels checked, labels agreeing, problems) over every rule item of the set."""
    rules, problems = all_rules(), []
    checked = agreed = 0
    for n, item in enumerate(items, 1):
        rid = item.get("rule")
        if rid is None:
            if n in ELIGIBILITY or n in DEADLINE or item.get("computed") or item.get("needs"):
                problems.append(f"item {n}: a null item with an encoding or a label")
            continue
        if rid not in rules:
            problems.append(f"item {n}: unknown rule {rid}")
            continue
        if n in ELIGIBILITY:
            erid, body, facts = ELIGIBILITY[n]
            res = rules[erid].func(facts, body=body) if erid == rid else None
        elif n in DEADLINE:
            erid, kwargs = DEADLINE[n]
            res = rules[erid].func(**kwargs) if erid == rid else None
        else:
            problems.append(f"item {n}: {rid} has no hand encoding")
            continue
        checked += 1
        if res is None:
            problems.append(f"item {n}: labelled {rid} but encoded as {erid}")
            continue
        diff = _compare(n, item, dict(res.computed), bool(res.needs))
        problems += diff
        agreed += not diff
    missing = sorted((set(ELIGIBILITY) | set(DEADLINE)) - set(range(1, len(items) + 1)))
    problems += [f"encoding {n} has no item" for n in missing]
    return checked, agreed, problems


def check_counts(items: list[dict[str, Any]]) -> list[str]:
    """The set's shape: 60 / 16 / 24 items, verdicts, voices, rule coverage, dates left out."""
    problems = []
    kinds = Counter((it.get("rule") or "null.").split(".")[0] for it in items)
    if kinds != Counter({"eligibility": 60, "deadline": 16, "null": 24}):
        problems.append(f"kinds {dict(kinds)}")
    elig = [it for it in items if (it.get("rule") or "").startswith("eligibility.")]
    verdicts = Counter(str((it.get("computed") or {}).get("eligible")) for it in elig)
    if verdicts != Counter({"True": 22, "False": 20, "None": 18}):
        problems.append(f"eligibility verdicts {dict(verdicts)}")
    all_elig = {r for r in all_rules() if r.startswith("eligibility.")}
    if {it["rule"] for it in elig} != all_elig:
        problems.append(
            f"eligibility rules not covered: {sorted(all_elig - {it['rule'] for it in elig})}"
        )
    dead = [it for it in items if (it.get("rule") or "").startswith("deadline.")]
    if len({it["rule"] for it in dead}) != 16:
        problems.append("the deadline items do not use 16 different rules")
    if sum(1 for it in dead if it.get("needs")) != 2:
        problems.append("not exactly 2 deadline items without their date")
    voices = Counter(it.get("voice") for it in items)
    if voices != Counter({v: 20 for v in VOICES}):
        problems.append(f"voices {dict(voices)}")
    return problems


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    if not isinstance(items, list) or not all(isinstance(i, dict) and "q" in i for i in items):
        print(f"{SET}: expected a list of items with q")
        return 1
    checked, agreed, problems = check_labels(items)
    problems += check_counts(items)
    for p in problems:
        print(p)
    print(f"{agreed} of {checked} labels agree ({len(items)} items, {len(problems)} problems)")
    return 1 if problems or agreed != checked else 0


if __name__ == "__main__":
    sys.exit(main())
