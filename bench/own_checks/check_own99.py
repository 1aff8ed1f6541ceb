"""Check the labels of bench/own99_setBL.yaml against the pure rule functions.

Every eligibility and deadline item's facts, body and dates were encoded here by hand from the
question as written (never by running anything on the question's text). Each rule function is
called directly (`all_rules()[rule_id].func`) and its `computed` and `needs` are compared with
the label in the YAML. For eligibility items the facts list every fact the question tells that
the rule function reads: told true is True, told false is False, told as unknown or disputed is
listed under "uncertain" (and the key set to None); a fact not mentioned is left out. `body` is
given wherever the question names the acting body. Null items (`rule: null`) have no check
here beyond the file's shape.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own99.py

Prints how many labels agree and exits non-zero on any disagreement or malformed item.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own99_setBL.yaml"
VOICES = (
    "livestock trader",
    "exam invigilator",
    "brother in capitals",
    "NGO intern",
    "tattoo artist",
)
POLICE, SPP = "police", "procuratorate"


def unsure(*keys: str, **facts: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed: listed under "uncertain", set to None."""
    return {**facts, **dict.fromkeys(keys), "uncertain": tuple(keys)}


def elig(start: str, facts: dict[str, Any], body: str | None, eligible: bool | None) -> dict:
    return {"q": start, "facts": facts, "body": body, "want": {"eligible": eligible}}


def dl(start: str, kwargs: dict[str, Any], want: dict[str, str]) -> dict:
    return {"q": start, "kwargs": kwargs, "want": want}


D = date
T = datetime

# One entry per item of the YAML, in order (None for the null items).
CHECKS: list[dict | None] = [
    # ---------------------------------------------------------------- eligibility
    elig(
        "I trade sheep at the Tuesday",
        {"minor_penalty_only": True, "recidivist": False},
        POLICE,
        True,
    ),
    elig(
        "I invigilate the postgraduate",
        {"search_suspect": True, "search_woman_by_man": True},
        SPP,
        False,
    ),
    elig(
        "MY BROTHER IS IN THE DETENTION",
        {"state_secrets": False, "state_security_crime": False},
        POLICE,
        True,
    ),
    elig("I am interning at a human", {"interpreter_permission": False}, POLICE, False),
    elig(
        "Quick one between appointments",
        unsure(
            "leave_decider_consent",
            leave_reason=True,
            leave_approved=True,
            measure_by_procuratorate=True,
        ),
        SPP,
        None,
    ),
    elig(
        "Question from a cattle dealer",
        {"suicide_or_flight": False, "evidence_tampering_risk": False},
        SPP,
        False,
    ),
    elig("During the national civil", {"exam_suspect": True, "exam_forced": True}, SPP, True),
    elig("WE WANT THREE LAWYERS", {"lawyer_count": 3}, SPP, False),
    elig(
        "Our client has been placed under what",
        {"surveillance_at_custody_place": True},
        POLICE,
        False,
    ),
    elig(
        "A client under residential surveillance wants me",
        {"meet_cohabitant": False, "meet_own_lawyer": False, "meet_approved": False},
        POLICE,
        False,
    ),
    elig(
        "Somebody drove off with fourteen",
        {"evidence_of_crime": True, "possible_sentence_years": 3},
        POLICE,
        None,
    ),
    elig(
        "The procuratorate wants to stage",
        {"experiment_approved": True, "experiment_compelled": True, "experiment_party": False},
        SPP,
        False,
    ),
    elig("My brother and his friend Zhou", {"co_suspects_same_case": True}, None, False),
    elig(
        "Our client is under residential surveillance decided",
        {"unapproved_meetings": True},
        SPP,
        True,
    ),
    elig(
        "The procuratorate wants to recreate",
        {"experiment_approved": True, "experiment_harmful": False},
        SPP,
        True,
    ),
    elig(
        "The police want a guarantor for my nephew",
        {
            "guarantor_not_implicated": True,
            "guarantor_residence_income": True,
            "guarantor_rights_unrestricted": True,
        },
        POLICE,
        True,
    ),
    elig(
        "A young man sat the English",
        {"identity_unknown": True, "evidence_of_crime": True},
        POLICE,
        True,
    ),
    elig("The police told my mother", unsure("state_secrets"), POLICE, None),
    elig(
        "Our juvenile client received",
        unsure("np_serious", np_supervision_violation=True, np_repeated=False),
        SPP,
        None,
    ),
    elig(
        "Procurators turned up at my tattoo",
        {"search_suspect": False, "search_may_hide": True, "search_warrant": True},
        SPP,
        True,
    ),
    elig("The procuratorate gave my brother-in-law bail", {"left_area": True}, SPP, True),
    elig("One of the trainee invigilators", {"age_at_offence": 17, "sentence_years": 2}, SPP, True),
    elig(
        "My brother is under residential surveillance at his flat",
        {"meet_cohabitant": False, "meet_own_lawyer": False, "meet_approved": True},
        POLICE,
        True,
    ),
    elig("A 16-year-old client of ours", {"cnp_leave_approved": True}, SPP, True),
    elig(
        "A client needs a guarantor",
        {"guarantor_residence_income": False, "guarantor_not_implicated": True},
        POLICE,
        False,
    ),
    elig("I am on police bail", {"leave_reason": True, "leave_approved": False}, POLICE, False),
    elig(
        "Our university's HR office",
        {"requester_judicial": False, "requester_state_rules": False},
        SPP,
        False,
    ),
    elig("MY BROTHER NEEDS DIALYSIS", unsure("leave_approved", leave_reason=True), POLICE, None),
    elig(
        "Our client is a deputy to the county",
        {
            "npc_deputy": True,
            "deputy_county_up": True,
            "measure_arrest": True,
            "measure_detention": False,
        },
        SPP,
        False,
    ),
    elig(
        "The procuratorate sent people",
        unsure("restraint_resists", restraint_compelled=True, restraint_in_measure=True),
        SPP,
        None,
    ),
    elig(
        "A buyer from two townships",
        {"compel_suspect": True, "compel_failed_summons": True, "summons_valid_reason": False},
        POLICE,
        True,
    ),
    elig(
        "A 17-year-old first-year student",
        unsure(
            "prosecutable",
            age_at_offence=17,
            crime_chapter_4_6=True,
            possible_sentence_years=1,
            repentance=True,
        ),
        SPP,
        None,
    ),
    elig("My sister-in-law has been charged", {"pregnant": True}, SPP, True),
    elig(
        "Our client sits on a district CPPCC",
        unsure("urgent_case", cppcc_member=True, measure_detention=True),
        POLICE,
        None,
    ),
    elig("My client is deaf", {"interpreter_permission": True}, POLICE, True),
    elig(
        "Yesterday at the pig market",
        unsure("detention_emergency", caught_in_act=True),
        POLICE,
        None,
    ),
    elig(
        "A 16-year-old high-school kid",
        {"age_at_offence": 16, "secondary_role": True, "minor_crime": True},
        SPP,
        True,
    ),
    elig(
        "Our little brother is 16",
        {"family_not_involved": True, "repentance": True, "police_consent": False},
        SPP,
        False,
    ),
    elig(
        "Our client wishes to request the withdrawal",
        {
            "official_is_party_or_relative": False,
            "official_interest": False,
            "official_prior_role": False,
            "official_gifts_or_meetings": False,
        },
        POLICE,
        False,
    ),
    elig(
        "A 15-year-old broke into my studio",
        unsure("minor_crime", age_at_offence=15, surrender_or_merit=True),
        SPP,
        None,
    ),
    elig(
        "Our stable boy is sixteen",
        {"restraint_in_measure": True, "restraint_juvenile": True, "restraint_danger": False},
        POLICE,
        False,
    ),
    elig("Bit awkward, this", {"official_is_party_or_relative": True}, SPP, True),
    elig("We asked for the detective", {"recusal_pending": True}, POLICE, False),
    elig(
        "A man we are assisting",
        unsure(
            "bail_insufficient",
            identity_unknown=True,
            evidence_of_crime=True,
            imprisonment_possible=True,
        ),
        SPP,
        None,
    ),
    elig("The 17-year-old who keyed", {"new_crime": True}, SPP, True),
    elig(
        "Our township's biggest yak buyer",
        unsure("deputy_county_up", npc_deputy=True, measure_detention=True, caught_in_act=False),
        POLICE,
        None,
    ),
    elig(
        "The boy who attacked a fellow",
        {
            "age_at_offence": 17,
            "repentance": True,
            "guardianship": True,
            "possible_sentence_years": 4,
        },
        SPP,
        False,
    ),
    elig("My idiot brother smashed", {"caught_in_act": True}, POLICE, True),
    elig(
        "For our case file",
        {"evidence_of_crime": True, "possible_sentence_years": 5, "bail_insufficient": True},
        SPP,
        True,
    ),
    elig(
        "A client under house arrest",
        {"leave_reason": True, "leave_approved": False},
        POLICE,
        False,
    ),
    elig(
        "The county police detained my brother-in-law",
        {"co_suspect_risk": False, "identity_unknown": False, "hinders_or_impossible": False},
        POLICE,
        False,
    ),
    elig("My former colleague", unsure("out_to_identify", "out_to_recover"), SPP, None),
    elig("My brother has late-stage", unsure("recidivist", serious_illness=True), POLICE, None),
    elig("A people's court trying", {"requester_judicial": True}, SPP, True),
    elig("The procurators want to look", {"exam_suspect": False, "exam_victim": False}, SPP, False),
    elig(
        "The boss of the biggest cattle-feed",
        {"cppcc_member": True, "measure_other": True},
        POLICE,
        True,
    ),
    elig(
        "A former student of ours",
        unsure("combined_sentence_years", new_or_omitted_crime=True),
        None,
        None,
    ),
    elig(
        "IT HAS BEEN THREE DAYS",
        unsure("co_suspect_risk", identity_unknown=False),
        POLICE,
        None,
    ),
    elig(
        "Our client is a woman suspected",
        unsure("baby_age_months", breastfeeding=True),
        POLICE,
        None,
    ),
    elig(
        "My son is 16 and in custody",
        unsure("police_consent", family_not_involved=True, repentance=True),
        SPP,
        None,
    ),
    # ---------------------------------------------------------------- deadline
    dl("The county police read me", {"start": D(2026, 3, 2)}, {"deadline": "2026-03-07"}),
    dl(
        "A student was brought to the police station",
        {"start": T(2026, 3, 5, 8, 15), "body": POLICE},
        {"deadline": "2026-03-05T20:15"},
    ),
    dl(
        "THE POLICE ARRESTED MY BROTHER",
        {"start": T(2026, 3, 1, 23, 0), "body": POLICE},
        {"deadline": "2026-03-02T23:00"},
    ),
    dl(
        "In a case the police say",
        {"start": D(2026, 2, 27), "body": POLICE},
        {"deadline": "2026-03-02"},
    ),
    dl("A 16-year-old slashed my hand", {"start": D(2026, 2, 27)}, {"deadline": "2026-03-06"}),
    dl("I stood guarantor", {"start": None}, {}),
    dl(
        "The police arrested one of my students",
        {"start": T(2026, 3, 3, 21, 40), "body": POLICE},
        {"deadline": "2026-03-04T21:40"},
    ),
    dl(
        "On 2 March we filed",
        {"start": D(2026, 3, 2), "measure": "arrest"},
        {"deadline": "2026-03-09"},
    ),
    dl(
        "The procuratorate refused to approve",
        {"start": D(2026, 2, 25)},
        {"deadline": "2026-03-04"},
    ),
    dl(
        "The procuratorate received the case file",
        {"start": D(2026, 3, 2)},
        {"deadline": "2026-03-05"},
    ),
    dl(
        "We put in a written bail",
        {"start": D(2026, 2, 26), "body": POLICE},
        {"deadline": "2026-03-05"},
    ),
    dl("Our university's security", {"start": D(2026, 2, 24)}, {"deadline": "2026-03-03"}),
    dl(
        "We got the police's decision",
        {"start": D(2026, 3, 4), "body": POLICE},
        {"deadline": "2026-03-09"},
    ),
    dl("The procuratorate has asked the police", {"start": None}, {}),
    dl(
        "My client was granted bail",
        {"start": D(2025, 4, 10), "body": POLICE},
        {"deadline": "2026-04-10"},
    ),
    dl("During the investigation of our", {"start": D(2026, 2, 20)}, {"deadline": "2026-02-25"}),
    # ---------------------------------------------------------------- null (24)
    *([None] * 24),
]


def run(item: dict, check: dict) -> tuple[dict, bool]:
    """The rule's computed dict and whether it asks, from the hand-encoded inputs."""
    spec = all_rules()[item["rule"]]
    if "facts" in check:
        res = spec.func(check["facts"], body=check["body"])
    else:
        res = spec.func(**check["kwargs"])
    return dict(res.computed), bool(res.needs)


def shape_problems(items: list[dict]) -> list[str]:
    """Counts, rule ids, voices and the alignment of CHECKS with the items."""
    out: list[str] = []
    rules = all_rules()
    if len(items) != 100 or len(CHECKS) != 100:
        out.append(f"expected 100 items and 100 checks, got {len(items)} and {len(CHECKS)}")
    for n, (it, ck) in enumerate(zip(items, CHECKS, strict=False), 1):
        rid = it.get("rule")
        if rid is not None and rid not in rules:
            out.append(f"item {n}: unknown rule {rid}")
        if it.get("voice") not in VOICES:
            out.append(f"item {n}: unknown voice {it.get('voice')!r}")
        if (rid is None) != (ck is None):
            out.append(f"item {n}: rule {rid} but check {'missing' if ck is None else 'present'}")
        if ck is not None and not it["q"].startswith(ck["q"]):
            out.append(f"item {n}: check is for {ck['q']!r}, question is {it['q'][:40]!r}")
        if ck is not None and (it.get("computed") or {}) != ck["want"]:
            out.append(f"item {n}: YAML label {it.get('computed')} but hand label {ck['want']}")
    kinds = Counter((it["rule"] or "none").split(".")[0] for it in items)
    want_kinds = {"eligibility": 60, "deadline": 16, "none": 24}
    if dict(kinds) != want_kinds:
        out.append(f"kinds {dict(kinds)} != {want_kinds}")
    elig_rules = {r for r in rules if r.startswith("eligibility.")}
    missing = elig_rules - {it["rule"] for it in items if it["rule"]}
    if missing:
        out.append(f"eligibility rules not covered: {sorted(missing)}")
    return out


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    problems = shape_problems(items)
    agree = checked = 0
    for n, (it, ck) in enumerate(zip(items, CHECKS, strict=False), 1):
        if ck is None or it.get("rule") is None:
            continue
        checked += 1
        computed, asks = run(it, ck)
        want_needs = bool(it.get("needs"))
        if computed == (it.get("computed") or {}) and asks == want_needs:
            agree += 1
        else:
            problems.append(
                f"item {n} {it['rule']}: function gives {computed} needs={asks}; "
                f"label {it.get('computed')} needs={want_needs}"
            )
    verdicts = Counter(
        str(it["computed"]["eligible"]) for it in items if (it["rule"] or "").startswith("elig")
    )
    print(f"{SET.name}: {len(items)} items; eligibility verdicts {dict(verdicts)}")
    print(f"labels checked: {checked}; agree with the rule functions: {agree}")
    for p in problems:
        print(f"PROBLEM: {p}")
    return 1 if problems or agree != checked else 0


if __name__ == "__main__":
    sys.exit(main())
