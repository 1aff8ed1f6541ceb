"""Label check for bench/own59_setX.yaml: every label recomputed by the pure rule function.

The facts, bodies and dates below were encoded by hand from each question (never read from
its text by the software). For an eligibility item `facts` holds EVERY fact the question
tells that is a field the rule function reads: True when told as true, False when told as
false (denied, "no", "never"), `U` when told as unknown or disputed (passed to the rule in
the `uncertain` list), a number for ages, sentences and counts; a fact the question does
not mention is left out. `body` is the acting body the question names (None: not named).
Deadline items give the start the question tells (`None`: the date is left out) and the
rule's other inputs (body, measure). Null items must reach no rule; they are listed so that
the order of the file is checked too.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own59.py

Prints one line per disagreement and the number of labels that agree; exits 1 on any
disagreement (or a malformed item), 0 otherwise.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path("bench/own59_setX.yaml")
U = "uncertain"  # a fact told as unknown or disputed
T, F = True, False
POLICE, PROC = "police", "procuratorate"


def e(rule: str, body: str | None, **facts: Any) -> dict[str, Any]:
    """An eligibility check: the rule, the named body and the facts told."""
    return {"rule": f"eligibility.{rule}", "body": body, "facts": facts}


def d(rule: str, start: str | None, **inputs: Any) -> dict[str, Any]:
    """A deadline check: the rule, the start told (None: left out) and other inputs."""
    return {"rule": f"deadline.{rule}", "start": start, "inputs": inputs}


NULL: dict[str, Any] = {"rule": None}

# fmt: off
CHECKS: list[dict[str, Any]] = [
    # ------------------------------------------------------------ eligibility (1-60)
    e("arrest", PROC, evidence_of_crime=T, imprisonment_possible=T, minor_penalty_only=F,  # 1
      bail_insufficient=T),
    e("sealed_record_access", PROC, requester_judicial=F, requester_state_rules=F),  # 2
    e("bail", POLICE, pregnant=T, recidivist=F),  # 3
    e("lawyer_interpreter", POLICE, interpreter_permission=T),  # 4
    e("detention_without_warrant", POLICE, caught_in_act=T, detention_emergency=T,  # 5
      detention_papers_late=F),
    e("recusal_pending", POLICE, recusal_pending=T),  # 6
    e("record_sealing", PROC, age_at_offence=16, sentence_years=2, not_prosecuted=F),  # 7
    e("arrest_exemption", PROC, serious_illness=T),  # 8
    e("bail", PROC, minor_penalty_only=T, egregious_crime=F),  # 9
    e("restraints", POLICE, restraint_in_measure=T, restraint_juvenile=F),  # 10
    e("lawyer_hire_approval", POLICE, state_secrets=U),  # 11
    e("conditional_non_prosecution", PROC, age_at_offence=17, crime_chapter_4_6=T,  # 12
      possible_sentence_years=1, prosecutable=T, repentance=T, juvenile_objects=F),
    e("arrest_for_bail_breach", POLICE, breach=T, left_area=F),  # 13
    e("unknown_identity", POLICE, identity_unknown=T, identity_step="prosecution",  # 14
      prosecutable=T, evidence_of_crime=T),
    e("interrogation_outside_custody", PROC, out_to_recover=T, out_chief_approval=T,  # 15
      out_escort_short=F),
    e("shared_lawyer", POLICE, co_suspects_same_case=T),  # 16
    e("leave_conditional_np", PROC, cnp_leave_approved=U),  # 17
    e("recusal", POLICE, official_is_party_or_relative=U),  # 18
    e("leave_on_bail", POLICE, leave_reason=T, leave_approved=U),  # 19
    e("detention", POLICE, identified_by_witness=U, evidence_found_on_person=F),  # 20
    e("investigation_experiment", PROC, experiment_approved=T, experiment_harmful=F),  # 21
    e("juvenile_probation", PROC, age_at_offence=17, possible_sentence_years=4),  # 22
    e("surveillance_place", POLICE, surveillance_at_custody_place=T,  # 23
      surveillance_at_residence=F),
    e("family_notice_exception", PROC, co_suspect_risk=T, hinders_or_impossible=F),  # 24
    e("search", PROC, search_warrant=T, search_woman_by_man=T),  # 25
    e("body_examination", PROC, exam_victim=T, exam_suspect=F, exam_forced=T),  # 26
    e("guarantor", POLICE, guarantor_not_implicated=T, guarantor_rights_unrestricted=T,  # 27
      guarantor_residence_income=T, guarantor_capable=T),
    e("leave_under_surveillance", POLICE, leave_reason=T, leave_approved=F),  # 28
    e("lawyer_meeting_permission", POLICE, state_secrets=T),  # 29
    e("unknown_identity", POLICE, identity_unknown=T, evidence_of_crime=F),  # 30
    e("arrest_for_surveillance_breach", PROC, unapproved_meetings=T),  # 31
    e("leave_on_bail", POLICE, leave_reason=T, leave_approved=F),  # 32
    e("guarantor", POLICE, guarantor_not_implicated=F),  # 33
    e("shared_lawyer", None, co_suspects_same_case=F),  # 34
    e("recusal", POLICE, official_is_party_or_relative=F, official_interest=F,  # 35
      official_prior_role=F, official_gifts_or_meetings=F),
    e("unknown_identity", POLICE, identity_unknown=T, evidence_of_crime=U),  # 36
    e("lawyer_count", POLICE, lawyer_count=3),  # 37
    e("cppcc_notice", POLICE, cppcc_member=T, measure_detention=T, measure_arrest=F,  # 38
      urgent_case=U),
    e("surveillance_meeting", POLICE, meet_cohabitant=F, meet_own_lawyer=F, meet_approved=F),  # 39
    e("cppcc_notice", POLICE, cppcc_member=T, measure_detention=T, measure_arrest=F,  # 40
      urgent_case=T),
    e("surveillance", POLICE, minor_penalty_only=T, no_bond_or_guarantor=T),  # 41
    e("juvenile_non_prosecution", PROC, age_at_offence=16, minor_crime=T,  # 42
      surrender_or_merit=T),
    e("deputy_permission", POLICE, npc_deputy=T, deputy_county_up=F, measure_detention=T,  # 43
      measure_arrest=F),
    e("compelled_appearance", POLICE, compel_suspect=T, compel_outside_area=T),  # 44
    e("deputy_permission", POLICE, npc_deputy=T, deputy_county_up=T, measure_arrest=T,  # 45
      measure_detention=F),
    e("conditional_np_revocation", PROC, np_supervision_violation=T, np_serious=F,  # 46
      np_repeated=F, new_crime=F, np_earlier_crime=F, np_public_order_violation=F),
    e("juvenile_family_meeting", PROC, family_not_involved=T, repentance=T, police_consent=U),  # 47
    e("bail", PROC, minor_penalty_only=U),  # 48
    e("restraints", POLICE, restraint_in_measure=T, restraint_juvenile=T, restraint_danger=U),  # 49
    e("compelled_appearance", POLICE, compel_suspect=U),  # 50
    e("record_unsealing", None, new_or_omitted_crime=T, combined_sentence_years=U),  # 51
    e("record_unsealing", None, new_or_omitted_crime=T, combined_sentence_years=7),  # 52
    e("compelled_appearance", POLICE, compel_suspect=F),  # 53
    e("detention", PROC, suicide_or_flight=U),  # 54
    e("body_examination", PROC, exam_victim=T, exam_suspect=U, exam_forced=T),  # 55
    e("detention", POLICE, identified_by_witness=T),  # 56
    e("conditional_non_prosecution", PROC, age_at_offence=16, crime_chapter_4_6=T,  # 57
      prosecutable=T, repentance=T, juvenile_objects=F, possible_sentence_years=U),
    e("family_notice_exception", POLICE, co_suspect_risk=U),  # 58
    e("lawyer_interpreter", POLICE, interpreter_permission=U),  # 59
    e("investigation_experiment", PROC, experiment_compelled=T, experiment_party=T,  # 60
      experiment_harmful=F, experiment_approved=U),
    # ------------------------------------------------------------ deadline (61-76)
    d("direct_acceptance", "2026-02-24"),  # 61
    d("sealed_record_inquiry", "2026-02-27"),  # 62
    d("forfeiture_review", "2026-03-01"),  # 63
    d("lawyer_permission", "2026-03-03", body=POLICE),  # 64
    d("compelled_appearance", "2026-03-03T14:20", body=POLICE),  # 65
    d("no_filing_reasons", "2026-03-02"),  # 66
    d("juvenile_inform_victim", "2026-03-03"),  # 67
    d("overdue_measure_review", "2026-03-04", measure="detention"),  # 68
    d("interrogation_arrest", "2026-03-04T22:40", body=POLICE),  # 69
    d("custody_recalculation", "2026-02-27"),  # 70
    d("arrest_reconsideration", None),  # 71
    d("conditional_np_complaint", "2026-02-28"),  # 72
    d("guarantor_fine_review", None),  # 73
    d("family_notice_detention", "2026-03-02T23:15", body=POLICE),  # 74
    d("recusal_reconsideration", "2026-03-02", body=POLICE),  # 75
    d("custody_after_arrest", "2026-01-10"),  # 76
    # ------------------------------------------------------------ null (77-100)
    *[NULL] * 24,  # 77-100
]
# fmt: on


def rule_facts(told: dict[str, Any]) -> dict[str, Any]:
    """The facts mapping the rule reads. A fact told as unknown or disputed is raised but not
    settled: present with the value None (so no rule takes it as "not mentioned" and assumes
    it) and listed under `uncertain` (so no rule assumes it absent either)."""
    facts: dict[str, Any] = {k: (None if v == U else v) for k, v in told.items()}
    unsure = [k for k, v in told.items() if v == U]
    if unsure:
        facts["uncertain"] = unsure
    return facts


def moment(text: str | None) -> date | datetime | None:
    if text is None:
        return None
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def run(check: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """What the rule function computes on the hand-encoded inputs, and whether it asks."""
    spec = all_rules()[check["rule"]]
    if spec.kind == "eligibility":
        result = spec.func(rule_facts(check["facts"]), body=check["body"])
    else:
        result = spec.func(moment(check["start"]), **check["inputs"])
    return dict(result.computed or {}), bool(result.needs)


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    problems: list[str] = []
    if len(items) != len(CHECKS):
        problems.append(f"{len(items)} items but {len(CHECKS)} checks")
    agree = checked = 0
    for n, (item, check) in enumerate(zip(items, CHECKS, strict=False), start=1):
        if set(item) - {"q", "rule", "computed", "needs", "voice"} or not item.get("q"):
            problems.append(f"#{n}: malformed item {sorted(item)}")
        if item["rule"] != check["rule"]:
            problems.append(f"#{n}: file says {item['rule']}, check says {check['rule']}")
            continue
        if item["rule"] is None:
            if "computed" in item or "needs" in item:
                problems.append(f"#{n}: a null item carries computed or needs")
            continue
        if item["rule"] not in rules:
            problems.append(f"#{n}: unknown rule {item['rule']}")
            continue
        checked += 1
        computed, needs = run(check)
        label = dict(item.get("computed") or {})
        if computed == label and needs == bool(item.get("needs")):
            agree += 1
        else:
            problems.append(
                f"#{n} {item['rule']}: label {label} needs={bool(item.get('needs'))}, "
                f"function {computed} needs={needs}"
            )
    for p in problems:
        print(p)
    kinds = Counter((i["rule"] or "null").split(".")[0] for i in items)
    verdicts = Counter(
        str(i["computed"]["eligible"]) for i in items if str(i["rule"]).startswith("eligibility.")
    )
    voices = Counter(i["voice"] for i in items)
    print(f"items: {len(items)}; kinds: {dict(kinds)}; verdicts: {dict(verdicts)}")
    print(f"voices: {dict(voices)}")
    print(f"{agree} of {checked} labels agree with the rule function")
    return 1 if problems or agree != checked else 0


if __name__ == "__main__":
    sys.exit(main())
