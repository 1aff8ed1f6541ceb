"""Check the labels of bench/own92_setBE.yaml against the pure rule functions.

Every rule item's facts (eligibility) or start date and arguments (deadline) were encoded by
hand from the question as written, never read from it by the software. Each check names a
snippet of its question, so a check cannot drift onto another item. The rule function is
called on the hand-encoded input and its `computed` (and whether it asks) must equal the
item's label; null items must have no check.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own92.py

Prints one line per disagreement and the count of labels that agree; exits 1 on any
disagreement (or a malformed file), else 0.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own92_setBE.yaml"
P, S = "police", "procuratorate"
VOICES = (
    "street food vendor",
    "photographer",
    "adopted son",
    "call-log summariser",
    "retired soldier's widow",
)


def u(*keys: str, **facts: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed: listed as uncertain and set to None."""
    out: dict[str, Any] = dict(facts)
    out.update(dict.fromkeys(keys))
    out["uncertain"] = keys
    return out


# item number -> (snippet of the question, rule, body, facts): eligibility items.
ELIG: dict[int, tuple[str, str, str | None, dict[str, Any]]] = {
    1: ("pointed straight at him", "detention", P, {"identified_by_witness": True}),
    2: (
        "required to take part",
        "investigation_experiment",
        S,
        {"experiment_compelled": True, "experiment_party": True, "experiment_harmful": True},
    ),
    3: ("four-month-old", "bail", P, {"breastfeeding": True, "baby_age_months": 4}),
    4: (
        "Ticket 55821",
        "conditional_non_prosecution",
        S,
        {
            "age_at_offence": 15,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 1,
            "prosecutable": True,
            "repentance": True,
            "juvenile_objects": False,
        },
    ),
    5: (
        "Chen Liang",
        "arrest",
        S,
        {"evidence_of_crime": True, "imprisonment_possible": True, "bail_insufficient": True},
    ),
    6: ("skewer knife", "bail", P, {"serious_illness": True, "violent_crime": True}),
    7: (
        "female doctor",
        "body_examination",
        S,
        {"exam_victim": True, "exam_suspect": False, "exam_woman_by_man": False},
    ),
    8: ("five months", "arrest_exemption", S, {"pregnant": True}),
    9: (
        "Ticket 55840",
        "conditional_np_revocation",
        S,
        {"np_supervision_violation": True, "np_repeated": True},
    ),
    10: (
        "tend his late father's grave",
        "arrest_for_bail_breach",
        P,
        {"breach": True, "left_area": False},
    ),
    11: (
        "Lao Zhou",
        "compelled_appearance",
        P,
        {"compel_suspect": True, "compel_failed_summons": True},
    ),
    12: (
        "showed me a search warrant",
        "search",
        S,
        {"search_suspect": False, "search_may_hide": True, "search_warrant": True},
    ),
    13: ("heart condition", "surveillance", P, u("serious_illness")),
    14: ("Ticket 55863", "leave_conditional_np", S, {"cnp_leave_approved": False}),
    15: (
        "funeral is on 8 March",
        "leave_on_bail",
        S,
        {"leave_reason": True, "leave_approved": True, "leave_decider_consent": True},
    ),
    16: (
        "put him in handcuffs",
        "restraints",
        P,
        {"restraint_in_measure": True, "restraint_juvenile": True, "restraint_danger": False},
    ),
    17: (
        "wedding album",
        "surveillance_meeting",
        None,
        {"meet_cohabitant": False, "meet_own_lawyer": False},
    ),
    18: (
        "case-handling area",
        "surveillance_place",
        P,
        {"surveillance_at_custody_place": True, "surveillance_at_residence": False},
    ),
    19: (
        "Ticket 55901",
        "juvenile_family_meeting",
        S,
        {"family_not_involved": False, "repentance": True},
    ),
    20: (
        "most discourteously",
        "recusal",
        S,
        {
            "official_is_party_or_relative": False,
            "official_interest": False,
            "official_prior_role": False,
            "official_former_investigator": False,
            "official_gifts_or_meetings": False,
            "official_other_relation": False,
        },
    ),
    21: (
        "dumpling cart",
        "guarantor",
        P,
        {
            "guarantor_not_implicated": True,
            "guarantor_residence_income": True,
            "guarantor_rights_unrestricted": True,
        },
    ),
    22: ("I speak Korean", "lawyer_interpreter", P, {"interpreter_permission": False}),
    23: ("maternity hospital", "leave_under_surveillance", None, {"leave_reason": True}),
    24: (
        "Ticket 55917",
        "juvenile_probation",
        S,
        {
            "age_at_offence": 16,
            "recidivist": False,
            "possible_sentence_years": 2,
            "repentance": True,
            "community_no_adverse_effect": True,
            "guardianship": True,
            "no_social_danger": True,
        },
    ),
    25: ("former business partner", "recusal_pending", P, {"recusal_pending": True}),
    26: (
        "fruit-cup stall",
        "unknown_identity",
        P,
        {"identity_unknown": True, "evidence_of_crime": True},
    ),
    27: (
        "charity gala",
        "cppcc_notice",
        P,
        {
            "cppcc_member": True,
            "measure_detention": True,
            "measure_arrest": False,
            "urgent_case": False,
        },
    ),
    28: (
        "postgraduate student",
        "guarantor",
        P,
        {"guarantor_not_implicated": True, "guarantor_residence_income": False},
    ),
    29: (
        "Ticket 55932",
        "record_unsealing",
        None,
        u("combined_sentence_years", new_or_omitted_crime=True),
    ),
    30: (
        "county people's congress, elected",
        "deputy_permission",
        P,
        {
            "npc_deputy": True,
            "deputy_county_up": True,
            "measure_arrest": True,
            "measure_detention": False,
        },
    ),
    31: (
        "stinky tofu",
        "arrest_for_bail_breach",
        S,
        u(
            "missed_summons",
            new_crime=False,
            evasion=False,
            evidence_tampering=False,
            left_area=False,
        ),
    ),
    32: (
        "ribbon-cutting",
        "deputy_permission",
        P,
        u(
            "deputy_county_up",
            npc_deputy=True,
            measure_other=True,
            measure_detention=False,
            measure_arrest=False,
        ),
    ),
    33: ("touching on confidential matters", "lawyer_meeting_permission", P, u("state_secrets")),
    34: ("Ticket 55948", "arrest_for_surveillance_breach", P, {"evasion": True}),
    35: (
        "municipal committee",
        "cppcc_notice",
        P,
        {
            "cppcc_member": True,
            "measure_other": True,
            "measure_detention": False,
            "measure_arrest": False,
        },
    ),
    36: (
        "phone-case cart",
        "detention_without_warrant",
        P,
        u("detention_emergency", identified_by_witness=True),
    ),
    37: (
        "fourteen of my camera bodies",
        "interrogation_outside_custody",
        S,
        {"out_to_recover": True, "out_chief_approval": True},
    ),
    38: ("three lawyers", "lawyer_count", P, {"lawyer_count": 3}),
    39: (
        "Ticket 55960",
        "unknown_identity",
        P,
        {"identity_unknown": True, "identity_step": "prosecution", "prosecutable": False},
    ),
    40: (
        "14 November 2025",
        "juvenile_probation",
        S,
        u(
            "community_no_adverse_effect",
            age_at_offence=17,
            possible_sentence_years=2,
            repentance=True,
            guardianship=True,
        ),
    ),
    41: ("own younger brother", "recusal", P, {"official_is_party_or_relative": True}),
    42: (
        "09:12 this morning",
        "restraints",
        S,
        u("restraint_resists", restraint_compelled=True, restraint_in_measure=True),
    ),
    43: ("investment fraud", "shared_lawyer", P, {"co_suspects_same_case": True}),
    44: ("Ticket 55977", "sealed_record_access", S, {"requester_judicial": True}),
    45: ("witness only, not a suspect", "compelled_appearance", P, {"compel_suspect": False}),
    46: (
        "Xiaopeng",
        "juvenile_non_prosecution",
        S,
        {"age_at_offence": 16, "minor_crime": False, "surrender_or_merit": True},
    ),
    47: ("vintage Leicas", "detention", P, {"evidence_found_on_person": True}),
    48: (
        "birth mother's letters",
        "record_sealing",
        None,
        {"age_at_offence": 16, "sentence_years": 2, "not_prosecuted": False},
    ),
    49: (
        "Ticket 55989",
        "juvenile_non_prosecution",
        S,
        u(
            "compensation_settled",
            age_at_offence=16,
            recidivist=False,
            minor_crime=True,
            repentance=True,
        ),
    ),
    50: (
        "liver cancer",
        "bail",
        S,
        u("endangers_public_security", serious_illness=True),
    ),
    51: ("wholesale fair", "leave_on_bail", P, {"leave_reason": True, "leave_approved": False}),
    52: (
        "background-check firm",
        "sealed_record_access",
        S,
        u("requester_state_rules", requester_judicial=False),
    ),
    53: ("nine days ago", "family_notice_exception", P, u("co_suspect_risk")),
    54: (
        "Ticket 56003",
        "conditional_non_prosecution",
        None,
        u(
            "possible_sentence_years",
            age_at_offence=17,
            crime_chapter_4_6=True,
            prosecutable=True,
            repentance=True,
        ),
    ),
    55: (
        "searched his room",
        "search",
        S,
        u("search_emergency", search_in_arrest=True, search_warrant=False),
    ),
    56: (
        "broke his wrist",
        "arrest",
        P,
        {"evidence_of_crime": True, "imprisonment_possible": True},
    ),
    57: ("friend of the complainant", "recusal_pending", P, {"recusal_pending": True}),
    58: ("credit-card fraud", "lawyer_hire_approval", P, {"state_secrets": False}),
    59: (
        "Ticket 56019",
        "family_notice_exception",
        S,
        {"co_suspect_risk": True, "hinders_or_impossible": False},
    ),
    60: (
        "accounting records",
        "detention",
        S,
        u("evidence_tampering_risk", suicide_or_flight=False),
    ),
}

# item number -> (snippet, rule, start or None, keyword arguments): deadline items.
DEAD: dict[int, tuple[str, str, date | datetime | None, dict[str, Any]]] = {
    61: ("forfeiture decision on Monday", "forfeiture_review", date(2026, 3, 2), {}),
    62: ("27 February", "arrest_reconsideration", date(2026, 2, 27), {}),
    63: ("On 24 February", "bail_application_reply", date(2026, 2, 24), {"body": P}),
    64: ("Ticket 56040", "overdue_measure_review", date(2026, 3, 2), {"measure": "detention"}),
    65: ("On 2 March we received", "conditional_np_complaint", date(2026, 3, 2), {}),
    66: ("threw the envelope away", "guarantor_fine_review", None, {}),
    67: ("on Tuesday to check", "sealed_record_inquiry", date(2026, 3, 3), {}),
    68: (
        "11:15 pm on Tuesday",
        "family_notice_detention",
        datetime(2026, 3, 3, 23, 15),
        {"body": P},
    ),
    69: ("Ticket 56052", "juvenile_inform_victim", date(2026, 2, 28), {}),
    70: ("yesterday, 4 March 2026", "lawyer_permission", date(2026, 3, 4), {"body": P}),
    71: (
        "yesterday at 6:40 pm",
        "interrogation_arrest",
        datetime(2026, 3, 4, 18, 40),
        {"body": P},
    ),
    72: ("on 26 February", "custody_recalculation", date(2026, 2, 26), {}),
    73: ("On Sunday", "recusal_reconsideration", date(2026, 3, 1), {"body": P}),
    74: ("Ticket 56067", "no_filing_reasons", date(2026, 2, 20), {}),
    75: ("15 January 2026", "bail_period", date(2026, 1, 15), {"body": P}),
    76: ("30 December 2025", "arrest_higher_review", None, {}),
}


def check(rows: list[dict[str, Any]]) -> tuple[int, list[str]]:
    """(labels that agree, problems) for every item of the set."""
    rules = all_rules()
    problems: list[str] = []
    agree = 0
    for n, row in enumerate(rows, 1):
        q, rid = row["q"], row["rule"]
        if n in ELIG:
            snip, short, body, facts = ELIG[n]
            kind, args = "eligibility", (facts,)
            kwargs: dict[str, Any] = {"body": body}
        elif n in DEAD:
            snip, short, start, kwargs = DEAD[n]
            kind, args = "deadline", (start,)
        else:
            if rid is not None:
                problems.append(f"{n}: labelled {rid} but no hand-encoded check")
            elif row.get("computed") or row.get("needs"):
                problems.append(f"{n}: a null item has computed or needs")
            continue
        if snip not in q:
            problems.append(f"{n}: check snippet {snip!r} not in the question")
            continue
        if rid != f"{kind}.{short}":
            problems.append(f"{n}: labelled {rid}, checked {kind}.{short}")
            continue
        res = rules[rid].func(*args, **kwargs)
        want, needs = dict(row.get("computed") or {}), bool(row.get("needs"))
        if res.computed != want or bool(res.needs) != needs:
            problems.append(
                f"{n}: {rid} label {want} needs={needs}; function {res.computed} "
                f"needs={bool(res.needs)}"
            )
            continue
        agree += 1
    return agree, problems


def shape(rows: list[dict[str, Any]]) -> list[str]:
    """The set's counts against the brief: kinds, verdicts, voices, coverage."""
    rules = all_rules()
    out = []
    kinds = Counter((r["rule"] or "none.").split(".")[0] for r in rows)
    if kinds != Counter({"eligibility": 60, "deadline": 16, "none": 24}):
        out.append(f"kinds {dict(kinds)}")
    elig = [r for r in rows if (r["rule"] or "").startswith("eligibility.")]
    verdicts = Counter(r["computed"]["eligible"] for r in elig)
    if verdicts != Counter({True: 22, False: 20, None: 18}):
        out.append(f"verdicts {dict(verdicts)}")
    every = {k for k, s in rules.items() if s.kind == "eligibility"}
    missing = every - {r["rule"] for r in elig}
    if missing:
        out.append(f"eligibility rules not covered: {sorted(missing)}")
    dead = [r["rule"] for r in rows if (r["rule"] or "").startswith("deadline.")]
    if len(set(dead)) != 16 or sum(bool(r.get("needs")) for r in rows if r["rule"] in dead) != 2:
        out.append("deadline items must be 16 different rules, 2 without a date")
    unknown = {r["rule"] for r in rows if r["rule"]} - set(rules)
    if unknown:
        out.append(f"unknown rule ids: {sorted(unknown)}")
    voices = Counter(r["voice"] for r in rows)
    if voices != Counter(dict.fromkeys(VOICES, 20)):
        out.append(f"voices {dict(voices)}")
    return out


def main() -> int:
    rows = yaml.safe_load(SET.read_text(encoding="utf-8"))
    if not isinstance(rows, list) or len(rows) != 100:
        print(f"{SET}: expected a list of 100 items")
        return 1
    agree, problems = check(rows)
    problems += shape(rows)
    labelled = len(ELIG) + len(DEAD)
    for p in problems:
        print(p)
    print(f"{agree} of {labelled} labels agree with the rule functions")
    return 1 if problems or agree != labelled else 0


if __name__ == "__main__":
    sys.exit(main())
