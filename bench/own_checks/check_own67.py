"""Check the labels of bench/own67_setAF.yaml by calling the pure rule functions.

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script checks it by calling the rule function directly on facts,
bodies and dates encoded here by hand (never on the question's text). For each eligibility
item the facts are every fact the question tells that the rule reads: told true is True,
told false is False, told as unknown or disputed is listed under "uncertain" (and set to
None); facts not told are left out. `body` is given where the question names the acting body.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own67.py

Prints one line per disagreement and the count of labels that agree; exits 1 on any
disagreement or malformed item.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own67_setAF.yaml"
Check = dict[str, Any]


def e(rule: str, body: str | None = None, unsure: tuple[str, ...] = (), **facts: Any) -> Check:
    """An eligibility check: the hand-encoded facts, the unsure ones as None + "uncertain"."""
    told: dict[str, Any] = dict(facts)
    for key in unsure:
        told[key] = None
    if unsure:
        told["uncertain"] = tuple(unsure)
    return {"rule": f"eligibility.{rule}", "body": body, "facts": told}


def d(rule: str, start: str | None, **kw: Any) -> Check:
    """A deadline check: the start ("YYYY-MM-DD" or "YYYY-MM-DDTHH:MM") and keyword inputs."""
    return {"rule": f"deadline.{rule}", "start": start, "kw": kw}


def n() -> Check:
    """An item that must reach no rule (nothing to compute)."""
    return {"rule": None}


P, S = "police", "procuratorate"

CHECKS: list[Check] = [
    # --- eligibility, eligible true ---
    e("conditional_non_prosecution", S, age_at_offence=16, crime_chapter_4_6=True,
      possible_sentence_years=1, prosecutable=True, repentance=True, juvenile_objects=False),
    e("leave_on_bail", P, leave_reason=True, leave_approved=True),
    e("arrest", S, evidence_of_crime=True, imprisonment_possible=True, bail_insufficient=True),
    e("compelled_appearance", P, compel_suspect=True, compel_failed_summons=True,
      summons_valid_reason=False, compel_outside_area=False),
    e("arrest_for_bail_breach", P, breach=True),
    e("juvenile_non_prosecution", S, age_at_offence=15, secondary_role=True, minor_crime=True),
    e("shared_lawyer", None, co_suspects_same_case=False),
    e("detention", P, caught_in_act=True),
    e("family_notice_exception", P, co_suspect_risk=True),
    e("bail", S, breastfeeding=True, baby_age_months=18, endangers_public_security=False,
      egregious_crime=False),
    e("record_sealing", S, age_at_offence=17, sentence_years=3, not_prosecuted=False),
    e("unknown_identity", P, identity_unknown=True, evidence_of_crime=True),
    e("arrest_for_surveillance_breach", None, evasion=True),
    e("surveillance", P, no_bond_or_guarantor=True),
    e("detention_without_warrant", P, caught_in_act=True, detention_emergency=True,
      detention_papers_late=False),
    e("arrest_exemption", S, pregnant=True),
    e("restraints", P, restraint_in_measure=True, restraint_juvenile=False),
    e("recusal", P, official_gifts_or_meetings=True),
    e("conditional_np_revocation", S, new_crime=True),
    e("lawyer_meeting_permission", P, state_secrets=False, state_security_crime=False),
    e("interrogation_outside_custody", S, out_to_recover=True, out_chief_approval=True,
      out_escort_short=False),
    e("surveillance_meeting", None, meet_cohabitant=True),
    # --- eligibility, eligible false ---
    e("bail", P, violent_crime=True),
    e("sealed_record_access", S, requester_judicial=False, requester_state_rules=False),
    e("arrest_for_bail_breach", S, left_area=False, new_crime=False, evasion=False,
      evidence_tampering=False, missed_summons=False),
    e("juvenile_probation", S, age_at_offence=17, repentance=True, guardianship=True,
      possible_sentence_years=4),
    e("lawyer_interpreter", P, interpreter_permission=False),
    e("arrest", S, evidence_of_crime=True, imprisonment_possible=True, bail_insufficient=False),
    e("lawyer_count", S, lawyer_count=3),
    e("surveillance_meeting", P, meet_cohabitant=False, meet_own_lawyer=False,
      meet_approved=False),
    e("record_unsealing", None, new_or_omitted_crime=True, combined_sentence_years=5),
    e("detention", S, suicide_or_flight=False, evidence_tampering_risk=False),
    e("compelled_appearance", P, compel_suspect=False, compel_failed_summons=True),
    e("leave_under_surveillance", P, leave_reason=True, leave_approved=False),
    e("recusal_pending", P, recusal_pending=True),
    e("recusal", S, official_is_party_or_relative=False, official_interest=False,
      official_prior_role=False, official_former_investigator=False,
      official_gifts_or_meetings=False, official_other_relation=False),
    e("search", S, search_warrant=True, search_woman_by_man=True),
    e("restraints", P, restraint_in_measure=True, restraint_juvenile=True,
      restraint_danger=False),
    e("deputy_permission", P, npc_deputy=True, deputy_county_up=True, measure_arrest=True,
      measure_detention=False, caught_in_act=False),
    e("surveillance_place", P, surveillance_at_custody_place=True),
    e("body_examination", S, exam_suspect=False, exam_victim=False),
    e("juvenile_non_prosecution", None, age_at_offence=19, surrender_or_merit=True),
    # --- eligibility, cannot tell ---
    e("bail", P, unsure=("serious_illness",)),
    e("guarantor", None, unsure=("guarantor_rights_unrestricted",),
      guarantor_not_implicated=True, guarantor_residence_income=True),
    e("arrest_for_surveillance_breach", S, unsure=("unapproved_meetings",)),
    e("juvenile_family_meeting", S, unsure=("police_consent",), repentance=True,
      family_not_involved=True),
    e("leave_conditional_np", S, unsure=("cnp_leave_approved",)),
    e("family_notice_exception", P, unsure=("co_suspect_risk",)),
    e("lawyer_hire_approval", P, unsure=("state_secrets",)),
    e("conditional_non_prosecution", S, unsure=("age_at_offence",), crime_chapter_4_6=True,
      possible_sentence_years=1, prosecutable=True, repentance=True),
    e("investigation_experiment", S, unsure=("experiment_approved",),
      experiment_compelled=True, experiment_party=True),
    e("record_sealing", None, age_at_offence=16, not_prosecuted=False),
    e("cppcc_notice", P, unsure=("urgent_case",), cppcc_member=True, measure_detention=True,
      measure_arrest=False),
    e("leave_on_bail", S, unsure=("leave_decider_consent",), leave_reason=True,
      leave_approved=True, measure_by_procuratorate=True),
    e("leave_under_surveillance", P, unsure=("leave_approved",), leave_reason=True),
    e("deputy_permission", P, unsure=("deputy_county_up",), npc_deputy=True,
      measure_other=True, measure_detention=False, measure_arrest=False),
    e("surveillance", P, unsure=("minor_penalty_only", "no_social_danger")),
    e("search", S, unsure=("search_obstructed",), search_forcible=True, search_suspect=True),
    e("juvenile_probation", S, unsure=("guardianship",), age_at_offence=16,
      possible_sentence_years=2, repentance=True, recidivist=False),
    e("unknown_identity", None, identity_unknown=True),
    # --- deadline ---
    d("sealed_record_inquiry", "2026-03-02"),
    d("direct_acceptance", "2026-02-20"),
    d("recusal_reconsideration", "2026-03-03", body=P),
    d("procuratorate_detention", "2026-02-26"),
    d("lawyer_permission", "2026-03-02", body=P),
    d("interrogation_arrest", "2026-03-03T22:40", body=P),
    d("overdue_measure_review", "2026-03-04", measure="bail"),
    d("conditional_np_complaint", None),
    d("juvenile_inform_victim", "2026-03-02"),
    d("arrest_reconsideration", "2026-02-27"),
    d("guarantor_fine_review", None),
    d("family_notice_detention", "2026-03-04T14:30", body=P),
    d("forfeiture_review", "2026-03-03"),
    d("custody_recalculation", "2026-03-01"),
    d("no_filing_reasons", "2026-02-26"),
    d("surveillance_period", "2025-12-10", body=P),
    # --- null ---
    *(n() for _ in range(24)),
]  # fmt: skip


def moment(text: str | None) -> date | datetime | None:
    """A hand-written start: a date, a date with a clock time, or None (not told)."""
    if text is None:
        return None
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def run(check: Check) -> tuple[dict[str, Any], bool]:
    """The rule's computed dict and whether it asks (needs) for the hand-encoded inputs."""
    spec = all_rules()[check["rule"]]
    if "facts" in check:
        res = spec.func(check["facts"], body=check["body"])
    else:
        res = spec.func(moment(check["start"]), **check["kw"])
    return res.computed, bool(res.needs)


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    problems: list[str] = []
    if len(items) != len(CHECKS):
        problems.append(f"{len(items)} items but {len(CHECKS)} checks")
    checked = agree = 0
    for n_item, (item, check) in enumerate(zip(items, CHECKS, strict=False), 1):
        rule = item.get("rule")
        if not isinstance(item.get("q"), str) or "voice" not in item:
            problems.append(f"item {n_item}: needs q and voice")
        if rule is not None and rule not in rules:
            problems.append(f"item {n_item}: unknown rule {rule}")
            continue
        if rule != check["rule"]:
            problems.append(f"item {n_item}: yaml rule {rule} but check {check['rule']}")
            continue
        if rule is None:
            continue
        checked += 1
        computed, needs = run(check)
        want, want_needs = item.get("computed") or {}, bool(item.get("needs"))
        if computed == want and needs == want_needs:
            agree += 1
        else:
            problems.append(
                f"item {n_item} {rule}: label {want} needs={want_needs}, "
                f"function {computed} needs={needs}"
            )
    for p in problems:
        print(p)
    print(f"{agree}/{checked} labels agree ({len(items)} items, {len(items) - checked} null)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
