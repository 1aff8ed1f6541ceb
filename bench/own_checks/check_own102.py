"""Check the labels of bench/own102_setBO.yaml against the pure rule functions.

Every eligibility and deadline item's facts, body and dates were encoded here by hand from the
question (never by running anything on the question's text). For each eligibility item the
facts are every fact the question tells that the rule function reads: told true is True, told
false is False, told as unknown or disputed is None and listed in "uncertain"; a fact not
mentioned is left out. `body` is given wherever the question names the acting body. The
script calls each rule function on those inputs and compares `computed` (and whether the rule
asks, `needs`) with the item's label. Null items are only checked to carry `rule: null`.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own102.py

Prints how many labels agree and exits non-zero on any disagreement.
"""

from __future__ import annotations

import inspect
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own102_setBO.yaml"
U = "uncertain"


@dataclass(frozen=True)
class Elig:
    """Hand-encoded inputs of an eligibility item."""

    facts: dict[str, Any]
    body: str | None = None


@dataclass(frozen=True)
class Dead:
    """Hand-encoded inputs of a deadline item: the start and any other arguments."""

    start: date | datetime | None
    kwargs: dict[str, Any] = field(default_factory=dict)
    body: str | None = None


def unsure(*keys: str, **known: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed (None, listed as uncertain)."""
    return {**known, **dict.fromkeys(keys), U: keys}


POL, SPP = "police", "procuratorate"

# the facts each eligibility rule reads (conditions.toml, conditions_acts.toml and the rule
# functions); an encoded key outside its rule's set is a typo or a fact the rule never reads
BAIL_POLICE = {
    "minor_penalty_only", "no_social_danger", "serious_illness", "pregnant", "breastfeeding",
    "baby_age_months", "evidence_short_for_arrest", "arrest_refused_under_review",
    "custody_time_expired", "non_prosecution_under_review",
}  # fmt: skip
DETENTION = {
    "caught_in_act", "identified_by_witness", "evidence_found_on_person", "suicide_or_flight",
    "evidence_tampering_risk", "identity_unknown", "roving_repeat_gang",
}  # fmt: skip
ARREST = {
    "evidence_of_crime", "imprisonment_possible", "minor_penalty_only", "possible_sentence_years",
    "bail_insufficient", "not_liable_circumstance",
}  # fmt: skip
BREACH = {"new_crime", "evasion", "evidence_tampering", "left_area", "missed_summons"}
RECUSAL = {
    "official_is_party_or_relative", "official_interest", "official_prior_role",
    "official_other_relation", "official_gifts_or_meetings", "official_former_investigator",
}  # fmt: skip
LEAVE = {"leave_reason", "leave_approved", "leave_decider_consent", "measure_by_procuratorate"}
MEASURE = {"measure_detention", "measure_arrest", "measure_other"}
READS: dict[str, set[str]] = {
    "eligibility.bail": BAIL_POLICE
    | {"recidivist", "gang_principal", "self_injury_evasion", "state_security_crime"}
    | {"violent_crime", "other_serious_crime", "exit_document_no_arrest_needed"}
    | {"endangers_public_security", "egregious_crime", "only_stated_ground"},
    "eligibility.surveillance": BAIL_POLICE
    | {"no_bond_or_guarantor", "exit_document_no_arrest_needed"},
    "eligibility.detention": DETENTION,
    "eligibility.arrest": ARREST | {"serious_illness", "pregnant", "breastfeeding"},
    "eligibility.arrest_for_bail_breach": BREACH | {"breach"},
    "eligibility.arrest_for_surveillance_breach": BREACH
    | {"unapproved_meetings", "violent_witness_interference", "other_serious_violation"},
    "eligibility.compelled_appearance": {
        "compel_suspect",
        "compel_failed_summons",
        "summons_valid_reason",
        "compel_needed",
        "compel_continuous",
        "compel_outside_area",
    },
    "eligibility.guarantor": {
        "guarantor_not_implicated",
        "guarantor_capable",
        "guarantor_rights_unrestricted",
        "guarantor_residence_income",
    },
    "eligibility.recusal": RECUSAL,
    "eligibility.family_notice_exception": {
        "co_suspect_risk",
        "identity_unknown",
        "hinders_or_impossible",
    },
    "eligibility.lawyer_meeting_permission": {"state_secrets", "state_security_crime"},
    "eligibility.shared_lawyer": {"co_suspects_same_case"},
    "eligibility.conditional_non_prosecution": {
        "age_at_offence",
        "crime_chapter_4_6",
        "possible_sentence_years",
        "prosecutable",
        "repentance",
        "juvenile_objects",
    },
    "eligibility.juvenile_non_prosecution": {
        "minor_crime",
        "age_at_offence",
        "coerced",
        "incomplete_crime",
        "secondary_role",
        "disability",
        "excessive_defence",
        "surrender_or_merit",
        "recidivist",
        "minor_injury_case",
        "negligent_crime",
        "instigated",
        "repentance",
        "compensation_settled",
    },
    "eligibility.record_sealing": {"age_at_offence", "sentence_years", "not_prosecuted"},
    "eligibility.record_unsealing": {"new_or_omitted_crime", "combined_sentence_years"},
    "eligibility.juvenile_family_meeting": {
        "family_not_involved",
        "police_consent",
        "facts_ascertained",
        "repentance",
        "family_cooperative",
    },
    "eligibility.deputy_permission": MEASURE | {"deputy_county_up", "caught_in_act"},
    "eligibility.cppcc_notice": MEASURE | {"urgent_case"},
    "eligibility.lawyer_interpreter": {"interpreter_permission"},
    "eligibility.detention_without_warrant": DETENTION
    | {"detention_emergency", "detention_papers_late"},
    "eligibility.restraints": {
        "restraint_in_measure",
        "restraint_juvenile",
        "restraint_danger",
        "restraint_compelled",
        "restraint_resists",
    },
    "eligibility.search": {
        "search_suspect",
        "search_may_hide",
        "search_warrant",
        "search_in_arrest",
        "search_emergency",
        "search_woman_by_man",
        "search_forcible",
        "search_obstructed",
    },
    "eligibility.unknown_identity": ARREST | {"identity_unknown", "prosecutable", "identity_step"},
    "eligibility.leave_on_bail": LEAVE,
    "eligibility.leave_under_surveillance": LEAVE,
    "eligibility.interrogation_outside_custody": {
        "out_to_identify",
        "out_to_recover",
        "out_chief_approval",
        "out_escort_short",
    },
    "eligibility.leave_conditional_np": {"cnp_leave_approved"},
    "eligibility.body_examination": {
        "exam_suspect",
        "exam_victim",
        "exam_forced",
        "exam_woman_by_man",
    },
    "eligibility.investigation_experiment": {
        "experiment_approved",
        "experiment_compelled",
        "experiment_party",
        "experiment_harmful",
    },
    "eligibility.surveillance_meeting": {
        "measure_by_procuratorate",
        "meet_cohabitant",
        "meet_own_lawyer",
        "meet_approved",
        "meet_decider_consent",
    },
    "eligibility.juvenile_probation": {
        "age_at_offence",
        "possible_sentence_years",
        "minor_penalty_only",
        "repentance",
        "community_no_adverse_effect",
        "guardianship",
        "no_social_danger",
        "minor_crime",
        "recidivist",
        "coerced",
        "victim_settled",
        "other_probation_circumstance",
    },
    "eligibility.conditional_np_revocation": {
        "new_crime",
        "np_earlier_crime",
        "np_public_order_violation",
        "np_supervision_violation",
        "np_serious",
        "np_repeated",
    },
    "eligibility.arrest_exemption": {"serious_illness", "pregnant", "breastfeeding"},
    "eligibility.lawyer_hire_approval": {"state_secrets"},
    "eligibility.lawyer_count": {"lawyer_count"},
    "eligibility.surveillance_place": {
        "surveillance_at_residence",
        "surveillance_at_custody_place",
    },
    "eligibility.recusal_pending": {"recusal_pending"},
    "eligibility.sealed_record_access": {"requester_judicial", "requester_state_rules"},
}

# item number (1-based, file order) -> hand-encoded inputs
CHECKS: dict[int, Elig | Dead] = {
    # eligibility
    1: Elig({"age_at_offence": 16, "secondary_role": True, "minor_crime": True}, SPP),
    2: Elig({"breastfeeding": True, "baby_age_months": 7}, POL),
    3: Elig({"new_or_omitted_crime": True, "combined_sentence_years": 7}),
    4: Elig(
        {"caught_in_act": True, "evidence_found_on_person": True, "identified_by_witness": True},
        POL,
    ),
    5: Elig(
        {
            "deputy_county_up": True,
            "measure_detention": True,
            "measure_arrest": False,
            "measure_other": False,
            "caught_in_act": False,
        },
        SPP,
    ),
    6: Elig(
        {
            "age_at_offence": 17,
            "crime_chapter_4_6": True,
            "repentance": True,
            "possible_sentence_years": 2,
        },
        SPP,
    ),
    7: Elig({"serious_illness": True}, SPP),
    8: Elig(unsure("police_consent", family_not_involved=True, repentance=True), SPP),
    9: Elig({"experiment_compelled": True, "experiment_party": True, "experiment_harmful": True}),
    10: Elig(
        {
            "deputy_county_up": False,
            "measure_other": True,
            "measure_detention": False,
            "measure_arrest": False,
        },
        POL,
    ),
    11: Elig(
        {
            "age_at_offence": 17,
            "recidivist": False,
            "repentance": True,
            "guardianship": True,
            "possible_sentence_years": 2,
        },
        SPP,
    ),
    12: Elig({"hinders_or_impossible": False}, SPP),
    13: Elig({"recusal_pending": True}, POL),
    14: Elig({"exam_suspect": False, "exam_victim": False}),
    15: Elig({"measure_other": True, "measure_detention": False, "measure_arrest": False}, POL),
    16: Elig({"age_at_offence": 16, "sentence_years": 1.5, "not_prosecuted": False}),
    17: Elig({"meet_own_lawyer": True}),
    18: Elig({"interpreter_permission": True}, POL),
    19: Elig(unsure("compel_suspect"), POL),
    20: Elig(
        unsure("urgent_case", measure_detention=True, measure_arrest=False, measure_other=False),
        POL,
    ),
    21: Elig({"requester_judicial": False, "requester_state_rules": False}, SPP),
    22: Elig({"search_suspect": True, "search_warrant": True, "search_woman_by_man": True}, SPP),
    23: Elig({"surveillance_at_custody_place": True, "surveillance_at_residence": False}, POL),
    24: Elig({"restraint_in_measure": True, "restraint_juvenile": False}, POL),
    25: Elig({"state_secrets": True}, POL),
    26: Elig({"cnp_leave_approved": True}, SPP),
    27: Elig(unsure("evidence_found_on_person", caught_in_act=False), POL),
    28: Elig(unsure("missed_summons"), SPP),
    29: Elig({"identity_unknown": True, "evidence_of_crime": True}, SPP),
    30: Elig(unsure("state_secrets", state_security_crime=False), SPP),
    31: Elig(unsure("np_serious", np_public_order_violation=True, np_repeated=False), SPP),
    32: Elig({"compel_suspect": False}, POL),
    33: Elig(
        {
            "new_crime": False,
            "np_earlier_crime": False,
            "np_public_order_violation": False,
            "np_supervision_violation": True,
            "np_repeated": False,
            "np_serious": False,
        },
        SPP,
    ),
    34: Elig({"evidence_of_crime": True, "imprisonment_possible": True, "bail_insufficient": True}),
    35: Elig(unsure("out_chief_approval", out_to_recover=True, out_escort_short=False), SPP),
    36: Elig({"leave_reason": True, "leave_approved": False}, POL),
    37: Elig({"identity_unknown": True, "evidence_of_crime": True}, POL),
    38: Elig({"requester_judicial": True}, SPP),
    39: Elig({"co_suspect_risk": True}, POL),
    40: Elig({"leave_reason": True, "leave_approved": True}, POL),
    41: Elig({"left_area": True}, SPP),
    42: Elig(unsure("bail_insufficient", evidence_of_crime=True, imprisonment_possible=True)),
    43: Elig(unsure("leave_approved", leave_reason=True), POL),
    44: Elig(unsure("official_is_party_or_relative", "official_other_relation"), POL),
    45: Elig(unsure("other_serious_crime", serious_illness=True), POL),
    46: Elig(
        {
            "restraint_in_measure": True,
            "restraint_juvenile": True,
            "restraint_danger": False,
            "restraint_resists": False,
        },
        POL,
    ),
    47: Elig({"no_bond_or_guarantor": True}, POL),
    48: Elig(
        {"caught_in_act": True, "detention_emergency": True, "detention_papers_late": False}, POL
    ),
    49: Elig(
        {
            "identified_by_witness": True,
            "detention_emergency": False,
            "detention_papers_late": True,
        },
        POL,
    ),
    50: Elig({"guarantor_residence_income": True, "guarantor_not_implicated": False}),
    51: Elig(
        {
            "guarantor_not_implicated": True,
            "guarantor_residence_income": True,
            "guarantor_rights_unrestricted": True,
        },
        POL,
    ),
    52: Elig(
        unsure(
            "unapproved_meetings",
            "other_serious_violation",
            evasion=False,
            evidence_tampering=False,
            violent_witness_interference=False,
            new_crime=False,
        ),
        POL,
    ),
    53: Elig({"age_at_offence": 19, "minor_crime": True, "secondary_role": True}),
    54: Elig(unsure("search_in_arrest", search_suspect=True, search_warrant=False), SPP),
    55: Elig(
        {
            "official_is_party_or_relative": False,
            "official_interest": False,
            "official_prior_role": False,
            "official_former_investigator": False,
            "official_gifts_or_meetings": False,
        },
        SPP,
    ),
    56: Elig(unsure("co_suspects_same_case"), POL),
    57: Elig({"lawyer_count": 3}),
    58: Elig(unsure("sentence_years", age_at_offence=17, not_prosecuted=False)),
    59: Elig({"recidivist": True}, POL),
    60: Elig({"exam_suspect": True, "exam_forced": True}, SPP),
    # deadline
    61: Dead(date(2026, 3, 2), body=POL),
    62: Dead(date(2026, 2, 24), body=SPP),
    63: Dead(date(2026, 3, 2), body=POL),
    64: Dead(datetime(2026, 3, 3, 23, 40), body=POL),
    65: Dead(date(2026, 1, 10), body=POL),
    66: Dead(None, body=POL),
    67: Dead(date(2026, 3, 3), body=SPP),
    68: Dead(date(2026, 2, 25), body=POL),
    69: Dead(datetime(2026, 3, 3, 19, 15), body=POL),
    70: Dead(None, body=POL),
    71: Dead(date(2026, 2, 27), body=POL),
    72: Dead(date(2026, 2, 27), body=SPP),
    73: Dead(date(2026, 3, 3), {"measure": "detention"}, body=SPP),
    74: Dead(date(2026, 2, 20), body=POL),
    75: Dead(date(2026, 3, 1), body=POL),
    76: Dead(date(2026, 3, 3), body=SPP),
}


def encoding_problems(rule_id: str, check: Elig | Dead) -> list[str]:
    """Keys the rule never reads, and uncertain keys not set to None."""
    if not isinstance(check, Elig):
        return []
    facts = check.facts
    out = [f"{k} is not read by {rule_id}" for k in facts if k != U and k not in READS[rule_id]]
    out += [f"uncertain {k} is not None" for k in facts.get(U, ()) if facts.get(k) is not None]
    return out


def run(rule_id: str, check: Elig | Dead) -> tuple[dict[str, Any], bool]:
    """The rule's computed dict and whether it asks, on the hand-encoded inputs."""
    func = all_rules()[rule_id].func
    if isinstance(check, Elig):
        res = func(check.facts, check.body)
    else:
        kwargs = dict(check.kwargs)
        if "body" in inspect.signature(func).parameters:
            kwargs["body"] = check.body
        res = func(check.start, **kwargs)
    return dict(res.computed), bool(res.needs)


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    problems: list[str] = []
    if len(items) != 100:
        problems.append(f"expected 100 items, found {len(items)}")
    agree = checked = 0
    for n, item in enumerate(items, 1):
        rid = item["rule"]
        if rid is None:
            if n in CHECKS:
                problems.append(f"{n}: a null item has inputs encoded")
            continue
        if rid not in rules:
            problems.append(f"{n}: unknown rule {rid}")
            continue
        check = CHECKS.get(n)
        if check is None or isinstance(check, Elig) != (rules[rid].kind == "eligibility"):
            problems.append(f"{n}: no inputs of the right kind encoded for {rid}")
            continue
        problems += [f"{n}: {p}" for p in encoding_problems(rid, check)]
        computed, asks = run(rid, check)
        want = dict(item.get("computed") or {})
        checked += 1
        if computed == want and asks == bool(item.get("needs")):
            agree += 1
        else:
            problems.append(f"{n}: {rid} gives {computed} needs={asks}, label {want}")
    kinds = Counter((it["rule"] or "null").split(".")[0] for it in items)
    verdicts = Counter(
        str(it["computed"]["eligible"]) for it in items if (it["rule"] or "").startswith("elig")
    )
    voices = Counter(it["voice"] for it in items)
    elig_rules = {r for r, s in rules.items() if s.kind == "eligibility"}
    missing = sorted(elig_rules - {it["rule"] for it in items})
    if missing:
        problems.append(f"eligibility rules not covered: {missing}")
    print(f"kinds: {dict(kinds)}; eligibility verdicts: {dict(verdicts)}; voices: {dict(voices)}")
    print(f"labels checked: {checked}; agreeing: {agree}")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
