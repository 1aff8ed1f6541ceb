"""Check the labels of bench/own77_setAP.yaml by calling the pure rule functions.

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; here each is checked by calling the registered rule function on facts
and dates encoded by hand below (never on the question's text). For every eligibility item
`CHECKS` holds every fact the question tells that is a field the rule reads (told true: True;
told false: False; told as unknown or disputed: listed in "uncertain" and set to None; not
mentioned: left out) and the acting body where the question names one.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own77.py

Prints one line per disagreement and the number of labels that agree; exits 1 on any
disagreement or malformed item.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own77_setAP.yaml"
POLICE, PROC = "police", "procuratorate"


def facts(*unknown: str, **known: object) -> dict[str, object]:
    """Told facts; keys named in `unknown` are told as unknown or disputed."""
    out: dict[str, object] = dict(known)
    for key in unknown:
        out[key] = None
    if unknown:
        out["uncertain"] = tuple(unknown)
    return out


def elig(rule: str, told: dict[str, object], body: str | None = None) -> dict[str, Any]:
    return {"rule": f"eligibility.{rule}", "facts": told, "body": body}


def dl(rule: str, start: date | datetime | None, **kwargs: object) -> dict[str, Any]:
    return {"rule": f"deadline.{rule}", "start": start, "kwargs": kwargs}


T, F = True, False

# Item number (1-based, in file order) -> the hand-encoded inputs.
CHECKS: dict[int, dict[str, Any]] = {
    # ---- eligibility
    1: elig(
        "juvenile_non_prosecution", facts(age_at_offence=16, minor_crime=T, secondary_role=T), PROC
    ),
    2: elig("detention", facts(caught_in_act=T), POLICE),
    3: elig("search", facts(search_suspect=F, search_may_hide=T, search_warrant=T), PROC),
    4: elig("bail", facts(breastfeeding=T, baby_age_months=18), PROC),
    5: elig("lawyer_hire_approval", facts(state_secrets=T), POLICE),
    6: elig(
        "conditional_non_prosecution",
        facts(
            age_at_offence=15,
            crime_chapter_4_6=T,
            possible_sentence_years=0.5,
            prosecutable=T,
            repentance=T,
        ),
        PROC,
    ),
    7: elig("detention", facts(suicide_or_flight=F, evidence_tampering_risk=F), PROC),
    8: elig("leave_on_bail", facts(leave_reason=T, leave_approved=F), POLICE),
    9: elig("arrest_exemption", facts(pregnant=T), PROC),
    10: elig("lawyer_interpreter", facts(interpreter_permission=T), POLICE),
    11: elig(
        "juvenile_probation",
        facts(age_at_offence=17, possible_sentence_years=4, repentance=T, guardianship=T),
        PROC,
    ),
    12: elig(
        "arrest",
        facts(
            evidence_of_crime=T,
            imprisonment_possible=T,
            possible_sentence_years=3,
            bail_insufficient=T,
            not_liable_circumstance=F,
        ),
        PROC,
    ),
    13: elig(
        "guarantor",
        facts(
            guarantor_not_implicated=T,
            guarantor_rights_unrestricted=T,
            guarantor_residence_income=T,
            guarantor_capable=T,
        ),
    ),
    14: elig("lawyer_count", facts(lawyer_count=3)),
    15: elig("recusal", facts("official_former_investigator"), PROC),
    16: elig(
        "juvenile_family_meeting",
        facts(family_not_involved=T, repentance=T, police_consent=T),
        PROC,
    ),
    17: elig(
        "arrest_for_bail_breach",
        facts(new_crime=F, evasion=F, evidence_tampering=F, left_area=F, missed_summons=F),
        PROC,
    ),
    18: elig("surveillance_meeting", facts(meet_cohabitant=T), POLICE),
    19: elig("lawyer_hire_approval", facts("state_secrets"), POLICE),
    20: elig("recusal_pending", facts(recusal_pending=T), POLICE),
    21: elig(
        "restraints",
        facts(restraint_in_measure=T, restraint_juvenile=T, restraint_danger=F),
        POLICE,
    ),
    22: elig("bail", facts(minor_penalty_only=T, recidivist=T), POLICE),
    23: elig("surveillance", facts("serious_illness"), POLICE),
    24: elig("compelled_appearance", facts(compel_suspect=F, compel_failed_summons=T), POLICE),
    25: elig(
        "cppcc_notice",
        facts(cppcc_member=T, measure_detention=T, measure_arrest=F, urgent_case=F),
        POLICE,
    ),
    26: elig("leave_conditional_np", facts("cnp_leave_approved"), PROC),
    27: elig(
        "guarantor",
        facts(
            guarantor_not_implicated=T,
            guarantor_rights_unrestricted=T,
            guarantor_residence_income=F,
        ),
    ),
    28: elig(
        "family_notice_exception",
        facts(co_suspect_risk=F, identity_unknown=F, hinders_or_impossible=F),
        POLICE,
    ),
    29: elig(
        "surveillance_meeting",
        facts(meet_cohabitant=F, meet_own_lawyer=F, meet_approved=F),
        POLICE,
    ),
    30: elig(
        "deputy_permission",
        facts(npc_deputy=T, deputy_county_up=F, measure_detention=T, measure_arrest=F),
        POLICE,
    ),
    31: elig("conditional_np_revocation", facts(np_supervision_violation=T, np_repeated=T), PROC),
    32: elig("shared_lawyer", facts(co_suspects_same_case=F)),
    33: elig("arrest_for_surveillance_breach", facts(left_area=T), PROC),
    34: elig(
        "deputy_permission",
        facts(npc_deputy=T, deputy_county_up=T, measure_arrest=T, measure_detention=F),
        POLICE,
    ),
    35: elig("body_examination", facts("exam_victim", exam_suspect=F), PROC),
    36: elig("bail", facts(pregnant=T, violent_crime=F, recidivist=F), POLICE),
    37: elig(
        "lawyer_meeting_permission",
        facts(state_secrets=F, state_security_crime=F),
        POLICE,
    ),
    38: elig("record_sealing", facts(age_at_offence=19, sentence_years=1, not_prosecuted=F)),
    39: elig(
        "cppcc_notice",
        facts(cppcc_member=T, measure_other=T, measure_detention=F, measure_arrest=F),
        POLICE,
    ),
    40: elig(
        "investigation_experiment",
        facts(experiment_harmful=T, experiment_approved=T),
        PROC,
    ),
    41: elig(
        "surveillance_place",
        facts(surveillance_at_custody_place=T, surveillance_at_residence=F),
        POLICE,
    ),
    42: elig("recusal", facts(official_gifts_or_meetings=T), POLICE),
    43: elig("leave_under_surveillance", facts("leave_approved", leave_reason=T), POLICE),
    44: elig("leave_on_bail", facts(leave_reason=T, leave_approved=T), POLICE),
    45: elig(
        "interrogation_outside_custody",
        facts(out_to_identify=T, out_chief_approval=T),
        PROC,
    ),
    46: elig("sealed_record_access", facts(requester_judicial=F, requester_state_rules=F)),
    47: elig(
        "search",
        facts("search_emergency", search_suspect=T, search_warrant=F, search_in_arrest=T),
        PROC,
    ),
    48: elig("bail", facts("gang_principal", serious_illness=T), POLICE),
    49: elig(
        "juvenile_non_prosecution",
        facts(
            "compensation_settled",
            age_at_offence=15,
            minor_injury_case=T,
            recidivist=F,
            minor_crime=T,
            repentance=T,
        ),
        PROC,
    ),
    50: elig("family_notice_exception", facts(co_suspect_risk=T), POLICE),
    51: elig("record_sealing", facts("sentence_years", age_at_offence=17, not_prosecuted=F)),
    52: elig(
        "unknown_identity",
        facts(
            "imprisonment_possible",
            identity_unknown=T,
            evidence_of_crime=T,
            bail_insufficient=T,
        ),
        PROC,
    ),
    53: elig("lawyer_interpreter", facts(interpreter_permission=F), POLICE),
    54: elig(
        "arrest",
        facts("bail_insufficient", evidence_of_crime=T, imprisonment_possible=T),
        POLICE,
    ),
    55: elig("sealed_record_access", facts("requester_state_rules", requester_judicial=F)),
    56: elig("compelled_appearance", facts("compel_suspect", compel_failed_summons=T), POLICE),
    57: elig("arrest_exemption", facts("pregnant", serious_illness=F, breastfeeding=F), PROC),
    58: elig("detention_without_warrant", facts("detention_emergency", caught_in_act=T), POLICE),
    59: elig("record_unsealing", facts("combined_sentence_years", new_or_omitted_crime=T)),
    60: elig(
        "restraints",
        facts("restraint_danger", restraint_in_measure=T, restraint_juvenile=T),
        POLICE,
    ),
    # ---- deadline (today Thursday 2026-03-05; Monday = 2 March, Tuesday = 3, Wednesday = 4)
    61: dl("juvenile_inform_victim", date(2026, 3, 2)),
    62: dl("arrest_reconsideration", date(2026, 2, 27)),
    63: dl("forfeiture_review", date(2026, 3, 4)),
    64: dl("interrogation_arrest", datetime(2026, 3, 5, 6, 0), body=POLICE),
    65: dl("custody_recalculation", date(2026, 2, 26)),
    66: dl("conditional_np_complaint", date(2026, 2, 27)),
    67: dl("recusal_reconsideration", date(2026, 3, 2), body=POLICE),
    68: dl("guarantor_fine_review", date(2026, 2, 28)),
    69: dl("lawyer_permission", date(2026, 3, 4), body=POLICE),
    70: dl("no_filing_reasons", date(2026, 3, 2)),
    71: dl("sealed_record_inquiry", date(2026, 3, 3)),
    72: dl("police_detention", None),
    73: dl("family_notice_detention", datetime(2026, 3, 4, 23, 10), body=POLICE),
    74: dl("custody_after_arrest", None),
    75: dl("direct_acceptance", date(2026, 2, 20)),
    76: dl("overdue_measure_review", date(2026, 3, 2), measure="bail"),
}


def run(check: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The rule's computed dict and whether it asks, for one hand-encoded check."""
    spec = all_rules()[check["rule"]]
    if check["rule"].startswith("eligibility."):
        res = spec.func(check["facts"], body=check["body"])
    else:
        res = spec.func(check["start"], **check["kwargs"])
    return dict(res.computed), bool(res.needs)


def problems_of(n: int, item: dict[str, Any], rules: set[str]) -> list[str]:
    """Why item `n` is malformed or its label disagrees with the rule function."""
    rule = item.get("rule")
    if not isinstance(item.get("q"), str) or "voice" not in item:
        return [f"{n}: needs q and voice"]
    if rule is None:
        bad = n in CHECKS or item.get("computed") or item.get("needs")
        return [f"{n}: a null item has a check, computed or needs"] if bad else []
    if rule not in rules:
        return [f"{n}: unknown rule {rule}"]
    check = CHECKS.get(n)
    if check is None or check["rule"] != rule:
        return [f"{n}: no hand-encoded check for {rule}"]
    computed, needs = run(check)
    want, want_needs = dict(item.get("computed") or {}), bool(item.get("needs"))
    if computed != want or needs != want_needs:
        return [f"{n}: {rule} label {want} needs={want_needs}, function {computed} needs={needs}"]
    return []


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = set(all_rules())
    problems: list[str] = []
    labelled = 0
    for n, item in enumerate(items, 1):
        problems += problems_of(n, item, rules)
        labelled += item.get("rule") is not None
    stray = sorted(set(CHECKS) - set(range(1, len(items) + 1)))
    problems += [f"{n}: check for an item not in the file" for n in stray]
    for line in problems:
        print(line)
    agree = labelled - len({p.split(":")[0] for p in problems})
    print(f"{len(items)} items, {labelled} labels checked, {agree} agree")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
