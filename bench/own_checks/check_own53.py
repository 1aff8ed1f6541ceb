"""Check the labels of bench/own53_setR.yaml against the pure rule functions.

Every eligibility and deadline item's facts, body and dates are encoded here by hand (never
read from the question's text); each is run through the registered rule function and the
result compared with the item's `computed` and `needs`. Null items must name no rule.

Run from the worktree root:
    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own53.py
Exits non-zero on any disagreement.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own53_setR.yaml"
P, S = "police", "procuratorate"


def e(rule: str, body: str | None = None, **facts: Any) -> tuple[str, dict[str, Any]]:
    """An eligibility call: its rule and its inputs (facts, body)."""
    return "eligibility." + rule, {"facts": facts, "body": body}


def d(rule: str, start: date | datetime | None, **kw: Any) -> tuple[str, dict[str, Any]]:
    """A deadline call: its rule and its inputs (start and any keyword)."""
    return "deadline." + rule, {"start": start, **kw}


# In the order of the file; facts as read by hand from each question.
CALLS: list[tuple[str, dict[str, Any]]] = [
    # eligible true (22)
    e("detention", P, identified_by_witness=True),
    e("bail", P, serious_illness=True),
    e("leave_on_bail", P, leave_reason=True, leave_approved=True),
    e("deputy_permission", P, npc_deputy=True, deputy_county_up=False, measure_other=True),
    e("recusal", P, official_is_party_or_relative=True),
    e("restraints", P, restraint_in_measure=True, restraint_juvenile=False),
    e("arrest_exemption", S, pregnant=True),
    e("search", P, search_suspect=True, search_warrant=True),
    e("cppcc_notice", P, cppcc_member=True, measure_other=True),
    e("conditional_np_revocation", S, new_crime=True),
    e("lawyer_meeting_permission", None, state_secrets=False, state_security_crime=False),
    e("arrest", P, evidence_of_crime=True, imprisonment_possible=True, bail_insufficient=True),
    e("lawyer_hire_approval", P, state_secrets=False),
    e("record_sealing", None, age_at_offence=16, sentence_years=2, not_prosecuted=False),
    e(
        "interrogation_outside_custody",
        S,
        out_chief_approval=True,
        out_to_recover=True,
        out_escort_short=False,
    ),
    e("compelled_appearance", P, compel_suspect=True, compel_failed_summons=True),
    e("surveillance_meeting", P, meet_approved=True),
    e("juvenile_non_prosecution", S, age_at_offence=17, minor_crime=True, secondary_role=True),
    e(
        "conditional_non_prosecution",
        S,
        age_at_offence=16,
        crime_chapter_4_6=True,
        possible_sentence_years=1,
        prosecutable=True,
        repentance=True,
    ),
    e("family_notice_exception", P, co_suspect_risk=True),
    e("arrest_for_bail_breach", None, left_area=True),
    e("detention", S, suicide_or_flight=True),
    # eligible false (20)
    e(
        "family_notice_exception",
        P,
        identity_unknown=False,
        co_suspect_risk=False,
        hinders_or_impossible=False,
    ),
    e("bail", P, serious_illness=False, recidivist=True, violent_crime=True),
    e("shared_lawyer", None, co_suspects_same_case=True),
    e(
        "deputy_permission",
        P,
        npc_deputy=True,
        deputy_county_up=True,
        measure_detention=True,
        caught_in_act=False,
    ),
    e("sealed_record_access", S, requester_judicial=False, requester_state_rules=False),
    e("arrest", P, minor_penalty_only=True),
    e(
        "body_examination",
        S,
        exam_victim=True,
        exam_suspect=False,
        exam_forced=True,
        exam_woman_by_man=False,
    ),
    e("lawyer_count", P, lawyer_count=3),
    e("guarantor", P, guarantor_rights_unrestricted=False, guarantor_residence_income=True),
    e("investigation_experiment", S, experiment_harmful=True),
    e("lawyer_interpreter", P, interpreter_permission=False),
    e("leave_under_surveillance", P, leave_reason=True, leave_approved=False),
    e("surveillance_place", P, surveillance_at_custody_place=True),
    e("juvenile_non_prosecution", None, age_at_offence=19, minor_crime=True, recidivist=False),
    e(
        "arrest_for_surveillance_breach",
        P,
        evasion=False,
        violent_witness_interference=False,
        evidence_tampering=False,
        new_crime=False,
        other_serious_violation=False,
    ),
    e("compelled_appearance", P, compel_suspect=False),
    e("cppcc_notice", P, cppcc_member=True, measure_detention=True, urgent_case=False),
    e("recusal_pending", P, recusal_pending=True),
    e("record_unsealing", None, new_or_omitted_crime=True, combined_sentence_years=4),
    e("lawyer_meeting_permission", None, state_secrets=True),
    # cannot tell (18)
    e(
        "detention_without_warrant",
        P,
        evidence_found_on_person=True,
        uncertain=["detention_emergency"],
    ),
    e("restraints", P, restraint_in_measure=True, restraint_juvenile=True),
    e("leave_on_bail", P, leave_reason=True, uncertain=["leave_approved"]),
    e("record_sealing", None, age_at_offence=17, not_prosecuted=False),
    e("recusal", S, uncertain=["official_interest"]),
    e("arrest", None, imprisonment_possible=True, uncertain=["evidence_of_crime"]),
    e("surveillance", None, uncertain=["pregnant"]),
    e("arrest_for_bail_breach", S, uncertain=["missed_summons"]),
    e("leave_conditional_np", S, uncertain=["cnp_leave_approved"]),
    e(
        "conditional_np_revocation",
        S,
        np_supervision_violation=True,
        np_repeated=False,
        uncertain=["np_serious"],
    ),
    e(
        "guarantor",
        P,
        guarantor_residence_income=True,
        guarantor_rights_unrestricted=True,
        uncertain=["guarantor_not_implicated"],
    ),
    e("bail", P, uncertain=["serious_illness"]),
    e("compelled_appearance", P, uncertain=["compel_suspect"]),
    e(
        "juvenile_probation",
        S,
        age_at_offence=17,
        possible_sentence_years=2,
        repentance=True,
        guardianship=True,
        recidivist=False,
        no_social_danger=True,
        uncertain=["community_no_adverse_effect"],
    ),
    e("arrest_for_surveillance_breach", S, uncertain=["left_area"]),
    e("unknown_identity", None, identity_unknown=True),
    e("detention", P, evidence_found_on_person=False, uncertain=["identified_by_witness"]),
    e("juvenile_family_meeting", S, family_not_involved=True, uncertain=["police_consent"]),
    # deadlines (16)
    d("interrogation_arrest", datetime(2026, 3, 5, 1, 30)),
    d("family_notice_detention", datetime(2026, 3, 4, 22, 0), body=P),
    d("bail_application_reply", None, body=P),
    d("custody_after_arrest", date(2026, 1, 14)),
    d("overdue_measure_review", date(2026, 3, 2), measure="detention"),
    d("juvenile_inform_victim", date(2026, 2, 26)),
    d("forfeiture_review", date(2026, 3, 3)),
    d("lawyer_permission", date(2026, 3, 4), body=P),
    d("recusal_reconsideration", date(2026, 3, 2), body=P),
    d("bail_period", date(2025, 10, 20), body=P),
    d("no_filing_reasons", date(2026, 2, 27)),
    d("guarantor_fine_review", date(2026, 3, 2)),
    d("conditional_np_complaint", date(2026, 3, 1)),
    d("arrest_reconsideration", date(2026, 3, 2)),
    d("sealed_record_inquiry", None),
    d("surveillance_period", date(2025, 12, 10), body=P),
]


def run(spec_kind: str, func: Any, inputs: dict[str, Any]) -> Any:
    """Call one rule function with hand-encoded inputs."""
    if spec_kind == "eligibility":
        return func(inputs["facts"], body=inputs["body"])
    kw = {k: v for k, v in inputs.items() if k != "start"}
    return func(inputs["start"], **kw)


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    problems: list[str] = []
    labelled = [it for it in items if it["rule"] is not None]
    nulls = [it for it in items if it["rule"] is None]
    if len(labelled) != len(CALLS):
        problems.append(f"{len(labelled)} labelled items but {len(CALLS)} encoded calls")
    for it in items:
        if it["rule"] is not None and it["rule"] not in rules:
            problems.append(f"unknown rule {it['rule']}")
    for it in nulls:
        if it.get("computed") or it.get("needs"):
            problems.append(f"null item with a computed value: {it['q'][:50]}")
    agree = 0
    for n, (it, (rid, inputs)) in enumerate(zip(labelled, CALLS, strict=False), 1):
        if it["rule"] != rid:
            problems.append(f"item {n}: file says {it['rule']}, encoded call is {rid}")
            continue
        spec = rules[rid]
        res = run(spec.kind, spec.func, inputs)
        want, want_needs = dict(it.get("computed") or {}), bool(it.get("needs"))
        if res.computed == want and bool(res.needs) == want_needs:
            agree += 1
        else:
            problems.append(
                f"item {n} {rid}: label {want} needs={want_needs}; "
                f"function {res.computed} needs={bool(res.needs)}"
            )
    kinds = Counter(it["rule"].split(".")[0] if it["rule"] else "null" for it in items)
    verdicts = Counter(
        str(it["computed"]["eligible"]) for it in items if str(it["rule"]).startswith("elig")
    )
    voices = Counter(it["voice"] for it in items)
    eligible_rules = {it["rule"] for it in items if str(it["rule"]).startswith("eligibility.")}
    all_elig = {r for r in rules if r.startswith("eligibility.")}
    if eligible_rules != all_elig:
        problems.append(f"eligibility rules not covered: {sorted(all_elig - eligible_rules)}")
    deadline_rules = [it["rule"] for it in items if str(it["rule"]).startswith("deadline.")]
    if len(set(deadline_rules)) != len(deadline_rules):
        problems.append("a deadline rule is used twice")
    print(f"items: {len(items)}; kinds: {dict(kinds)}")
    print(f"eligibility verdicts: {dict(verdicts)}; voices: {dict(voices)}")
    print(f"labels agreeing with the rule functions: {agree} of {len(labelled)}")
    for p in problems:
        print("DISAGREE:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
