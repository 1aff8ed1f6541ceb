"""Check the labels of bench/own84_setAW.yaml by calling the pure rule functions.

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script checks it by calling the rule function directly on facts
and dates encoded here by hand (never on the question's text). It also checks that the file
parses, that every rule id exists, and the counts by kind, verdict and voice.

Run from the repository root:
    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own84.py
Prints how many labels agree; exits non-zero on any disagreement.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET_PATH = Path(__file__).resolve().parents[1] / "own84_setAW.yaml"
VOICES = (
    "recycling collector",
    "veterinarian",
    "sister-in-law who distrusts the police",
    "conference interpreter",
    "gym receptionist",
)


def E(q: str, rule: str, body: str | None, **facts: Any) -> dict[str, Any]:
    """An eligibility check: the question's start, the rule, the body named, the facts told."""
    for key in facts.get("uncertain", ()):
        facts[key] = None
    return {"q": q, "rule": rule, "body": body, "facts": facts}


def D(q: str, rule: str, start: date | None, **kwargs: Any) -> dict[str, Any]:
    """A deadline check: the question's start, the rule, the start date, further arguments."""
    return {"q": q, "rule": rule, "start": start, "kwargs": kwargs}


# Hand-encoded inputs, one per rule item, in file order. `q` is the start of the question
# (checked against the file so the two cannot drift apart). Eligibility: every fact the
# question tells that the rule function reads (True / False / a number; told as unknown or
# disputed: listed in `uncertain` and set to None), and `body` wherever the question names
# the acting body. Deadline: the start date (a datetime for hour periods) and any further
# argument the question settles (body, measure, stage).
U = "uncertain"

CHECKS: list[dict[str, Any]] = [
    # ---- eligibility ----
    E(
        "My neighbour Mrs Luo",
        "eligibility.bail",
        "police",
        pregnant=True,
        recidivist=False,
        gang_principal=False,
        violent_crime=False,
    ),
    E(
        "One of my veterinary nurses",
        "eligibility.bail",
        "police",
        breastfeeding=True,
        baby_age_months=8,
        violent_crime=True,
    ),
    E(
        "The police took my brother-in-law on Sunday",
        "eligibility.family_notice_exception",
        "police",
        co_suspect_risk=False,
        identity_unknown=False,
        hinders_or_impossible=False,
    ),
    E(
        "I am a conference interpreter. A defence",
        "eligibility.lawyer_interpreter",
        "police",
        interpreter_permission=False,
    ),
    E(
        "One of our members, Mr Han",
        "eligibility.bail",
        "police",
        serious_illness=True,
        uncertain=("violent_crime",),
    ),
    E("Two in the morning", "eligibility.detention", "police", caught_in_act=True),
    E(
        "A client of ours was badly bitten",
        "eligibility.body_examination",
        "procuratorate",
        exam_victim=True,
        exam_suspect=False,
    ),
    E(
        "My husband's brother is in the detention",
        "eligibility.lawyer_meeting_permission",
        "police",
        state_secrets=False,
        state_security_crime=False,
    ),
    E(
        "I interpret for a procuratorate delegation",
        "eligibility.interrogation_outside_custody",
        "procuratorate",
        out_to_recover=True,
        out_chief_approval=True,
        out_escort_short=False,
    ),
    E(
        "Our trainer Xiao Zhou",
        "eligibility.leave_on_bail",
        "police",
        leave_reason=True,
        leave_approved=True,
    ),
    E(
        "I'm on qubao houshen",
        "eligibility.arrest_for_bail_breach",
        "procuratorate",
        left_area=False,
        missed_summons=False,
        new_crime=False,
        evasion=False,
        evidence_tampering=False,
    ),
    E(
        "The procuratorate wants to reconstruct",
        "eligibility.investigation_experiment",
        "procuratorate",
        experiment_harmful=True,
    ),
    E(
        "Now the procuratorate wants to detain",
        "eligibility.detention",
        "procuratorate",
        suicide_or_flight=False,
        evidence_tampering_risk=False,
    ),
    E(
        "In a juvenile matter I am interpreting",
        "eligibility.juvenile_non_prosecution",
        "procuratorate",
        minor_crime=True,
        incomplete_crime=True,
        age_at_offence=15,
    ),
    E("Member on police bail", "eligibility.arrest_for_bail_breach", "police", missed_summons=True),
    E(
        "They want somebody to stand guarantor",
        "eligibility.guarantor",
        None,
        guarantor_residence_income=True,
        guarantor_not_implicated=True,
        guarantor_rights_unrestricted=True,
    ),
    E(
        "A client's 16-year-old son",
        "eligibility.juvenile_family_meeting",
        "procuratorate",
        family_not_involved=True,
        repentance=True,
        uncertain=("police_consent",),
    ),
    E(
        "We applied to have the detective",
        "eligibility.recusal_pending",
        "police",
        recusal_pending=True,
    ),
    E(
        "The procurator told the family",
        "eligibility.conditional_non_prosecution",
        "procuratorate",
        age_at_offence=17,
        crime_chapter_4_6=True,
        possible_sentence_years=3,
        prosecutable=True,
        repentance=True,
    ),
    E(
        "A trainer here would qualify",
        "eligibility.surveillance",
        "police",
        no_bond_or_guarantor=True,
    ),
    E(
        "Kid next door",
        "eligibility.sealed_record_access",
        "procuratorate",
        requester_judicial=False,
        requester_state_rules=False,
    ),
    E(
        "My receptionist's husband",
        "eligibility.leave_under_surveillance",
        "police",
        leave_reason=True,
        leave_approved=False,
    ),
    E(
        "The man who smashed up",
        "eligibility.unknown_identity",
        "police",
        identity_unknown=True,
        uncertain=("evidence_of_crime",),
    ),
    E(
        "At a briefing I was interpreting",
        "eligibility.cppcc_notice",
        "police",
        cppcc_member=True,
        measure_other=True,
        measure_detention=False,
        measure_arrest=False,
    ),
    E(
        "A member's son was 18",
        "eligibility.juvenile_non_prosecution",
        "procuratorate",
        age_at_offence=18,
        minor_crime=True,
        surrender_or_merit=True,
    ),
    E(
        "Two fellas from the jianchayuan",
        "eligibility.search",
        "procuratorate",
        search_suspect=True,
        search_warrant=False,
        search_in_arrest=False,
    ),
    E(
        "A client told me the police officer",
        "eligibility.recusal",
        "police",
        official_gifts_or_meetings=True,
    ),
    E(
        "My brother-in-law is a deputy",
        "eligibility.deputy_permission",
        "police",
        npc_deputy=True,
        deputy_county_up=True,
        measure_arrest=True,
        measure_detention=False,
    ),
    E(
        "The police propose to detain a deputy",
        "eligibility.deputy_permission",
        "police",
        npc_deputy=True,
        deputy_county_up=False,
        measure_detention=True,
        measure_arrest=False,
    ),
    E(
        "One of our members was 16",
        "eligibility.record_sealing",
        None,
        age_at_offence=16,
        sentence_years=7,
        not_prosecuted=False,
    ),
    E(
        "My neighbour Old Gao",
        "eligibility.compelled_appearance",
        "police",
        compel_failed_summons=True,
        uncertain=("compel_suspect",),
    ),
    E(
        "We took on a 17-year-old",
        "eligibility.conditional_np_revocation",
        "procuratorate",
        np_supervision_violation=True,
        np_repeated=True,
    ),
    E(
        "I don't trust any of them",
        "eligibility.arrest",
        "procuratorate",
        evidence_of_crime=True,
        possible_sentence_years=3,
        bail_insufficient=True,
    ),
    E(
        "After the police detained a visiting",
        "eligibility.family_notice_exception",
        "police",
        identity_unknown=False,
        uncertain=("co_suspect_risk",),
    ),
    E(
        "The police asked for a guarantor",
        "eligibility.guarantor",
        "police",
        guarantor_not_implicated=False,
    ),
    E(
        "I'm out on bail from the police",
        "eligibility.leave_on_bail",
        "police",
        leave_reason=True,
        uncertain=("leave_approved",),
    ),
    E(
        "A client's husband was put under",
        "eligibility.surveillance_place",
        "police",
        surveillance_at_custody_place=True,
        surveillance_at_residence=False,
    ),
    E(
        "My brother-in-law sits on the district",
        "eligibility.cppcc_notice",
        "police",
        cppcc_member=True,
        measure_detention=True,
        measure_arrest=False,
        uncertain=("urgent_case",),
    ),
    E(
        "A 16-year-old whom the procuratorate",
        "eligibility.leave_conditional_np",
        "procuratorate",
        uncertain=("cnp_leave_approved",),
    ),
    E(
        "A member is under residential surveillance",
        "eligibility.surveillance_meeting",
        "procuratorate",
        meet_cohabitant=False,
        meet_own_lawyer=False,
        meet_approved=True,
        uncertain=("meet_decider_consent",),
    ),
    E(
        "My neighbour's boy got picked up",
        "eligibility.arrest",
        "police",
        evidence_of_crime=True,
        minor_penalty_only=True,
    ),
    E(
        "The police handcuffed the 16-year-old son",
        "eligibility.restraints",
        "police",
        restraint_in_measure=True,
        restraint_juvenile=True,
        uncertain=("restraint_danger",),
    ),
    E(
        "My nephew was 16 when it happened",
        "eligibility.juvenile_probation",
        "procuratorate",
        age_at_offence=16,
        possible_sentence_years=2,
        repentance=True,
        recidivist=False,
        guardianship=True,
        community_no_adverse_effect=True,
        no_social_danger=True,
    ),
    E(
        "I interpreted at a procuratorate's compelled",
        "eligibility.restraints",
        "procuratorate",
        restraint_compelled=True,
        restraint_resists=False,
        restraint_in_measure=True,
    ),
    E(
        "A robbery happened in our car park",
        "eligibility.compelled_appearance",
        "police",
        compel_suspect=False,
    ),
    E("The lad across the road", "eligibility.record_unsealing", None, new_or_omitted_crime=True),
    E("My client runs a pet shop", "eligibility.arrest_exemption", "procuratorate", pregnant=True),
    E(
        "The police want to keep my sister",
        "eligibility.surveillance",
        "police",
        breastfeeding=True,
        baby_age_months=4,
    ),
    E(
        "While executing a detention",
        "eligibility.search",
        "procuratorate",
        search_warrant=False,
        search_in_arrest=True,
        uncertain=("search_emergency",),
    ),
    E(
        "Police took one of our members away",
        "eligibility.detention",
        "police",
        uncertain=("identified_by_witness",),
    ),
    E(
        "My old pal down the street",
        "eligibility.surveillance_meeting",
        "police",
        meet_cohabitant=False,
        meet_own_lawyer=False,
        meet_approved=True,
    ),
    E(
        "Our practice manager's brother",
        "eligibility.lawyer_hire_approval",
        "police",
        uncertain=("state_secrets",),
    ),
    E(
        "My brother-in-law is under house arrest",
        "eligibility.arrest_for_surveillance_breach",
        "police",
        uncertain=("violent_witness_interference",),
    ),
    E(
        "The procurator now assigned",
        "eligibility.recusal",
        "procuratorate",
        uncertain=("official_former_investigator",),
    ),
    E(
        "A member's 15-year-old is in custody",
        "eligibility.juvenile_family_meeting",
        "procuratorate",
        family_not_involved=True,
        police_consent=True,
        repentance=True,
    ),
    E(
        "A woman on my street pointed",
        "eligibility.detention_without_warrant",
        "police",
        identified_by_witness=True,
        detention_emergency=True,
        detention_papers_late=False,
    ),
    E(
        "Two of my clients, a couple",
        "eligibility.shared_lawyer",
        "police",
        uncertain=("co_suspects_same_case",),
    ),
    E(
        "My nephew was 17 when he did it",
        "eligibility.record_sealing",
        None,
        age_at_offence=17,
        sentence_years=3,
        not_prosecuted=False,
    ),
    E("A foreign family asks me", "eligibility.lawyer_count", "procuratorate", lawyer_count=3),
    E(
        "The police are talking about arresting",
        "eligibility.arrest",
        "police",
        evidence_of_crime=True,
        imprisonment_possible=True,
        uncertain=("bail_insufficient",),
    ),
    # ---- deadline ----
    D("I stood guarantor", "deadline.guarantor_fine_review", date(2026, 3, 2)),
    D(
        "Our head nurse's husband",
        "deadline.overdue_measure_review",
        date(2026, 3, 3),
        measure="bail",
    ),
    D(
        "On Monday we received the police's",
        "deadline.recusal_reconsideration",
        date(2026, 3, 2),
        body="police",
    ),
    D("I interpret for a victim's family", "deadline.conditional_np_complaint", date(2026, 3, 2)),
    D(
        "A member was arrested by the police at 6:15",
        "deadline.interrogation_arrest",
        datetime(2026, 3, 5, 6, 15),
        body="police",
    ),
    D("My neighbour's been under arrest", "deadline.custody_recalculation", date(2026, 3, 3)),
    D(
        "A client of ours works at the district",
        "deadline.sealed_record_inquiry",
        date(2026, 2, 26),
    ),
    D(
        "They arrested my brother-in-law at 9:40",
        "deadline.family_notice_arrest",
        datetime(2026, 3, 3, 21, 40),
        body="police",
    ),
    D(
        "In a juvenile case, the procuratorate",
        "deadline.juvenile_inform_victim",
        date(2026, 2, 27),
    ),
    D(
        "Our trainer's wife handed in",
        "deadline.bail_application_reply",
        date(2026, 3, 4),
        body="police",
    ),
    D("Police gave me qubao houshen", "deadline.bail_period", date(2025, 12, 10), body="police"),
    D("The brother of our clinic accountant", "deadline.lawyer_permission", None, body="police"),
    D("The jianchayuan refused to approve", "deadline.arrest_reconsideration", date(2026, 2, 25)),
    D("Following the procuratorate's notice", "deadline.file_case_after_notice", date(2026, 2, 16)),
    D("A member who's on bail had his deposit", "deadline.forfeiture_review", None),
    D(
        "A member was put under residential",
        "deadline.surveillance_period",
        date(2026, 1, 15),
        body="police",
    ),
]


def run_check(check: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The rule function's computed dict and whether it asks, on the hand-encoded input."""
    spec = all_rules()[check["rule"]]
    if "facts" in check:
        res = spec.func(check["facts"], body=check["body"])
    else:
        res = spec.func(check["start"], **check["kwargs"])
    return dict(res.computed), bool(res.needs)


def verdict(item: dict[str, Any]) -> str:
    rule = item["rule"]
    if rule is None:
        return "null"
    if rule.startswith("deadline."):
        return "deadline (asks)" if item.get("needs") else "deadline"
    return {True: "eligible", False: "not eligible", None: "cannot tell"}[
        item["computed"]["eligible"]
    ]


def main() -> int:
    items = yaml.safe_load(SET_PATH.read_text(encoding="utf-8"))
    rules = all_rules()
    problems: list[str] = []
    if len(items) != 100:
        problems.append(f"expected 100 items, found {len(items)}")
    for n, it in enumerate(items, 1):
        if set(it) - {"q", "rule", "computed", "needs", "voice"}:
            problems.append(f"item {n}: unexpected keys {sorted(it)}")
        if it["rule"] is not None and it["rule"] not in rules:
            problems.append(f"item {n}: unknown rule {it['rule']}")
        if it["voice"] not in VOICES:
            problems.append(f"item {n}: unknown voice {it['voice']!r}")
    labelled = [it for it in items if it["rule"] is not None]
    if len(labelled) != len(CHECKS):
        problems.append(f"{len(labelled)} rule items but {len(CHECKS)} checks")
    agree = 0
    for n, (it, check) in enumerate(zip(labelled, CHECKS, strict=False), 1):
        if not it["q"].startswith(check["q"]) or it["rule"] != check["rule"]:
            problems.append(f"check {n}: does not match item {it['q'][:40]!r} ({it['rule']})")
            continue
        computed, needs = run_check(check)
        want_needs = bool(it.get("needs"))
        if computed == it["computed"] and needs == want_needs:
            agree += 1
        else:
            problems.append(
                f"check {n} {it['rule']}: label {it['computed']} needs={want_needs}, "
                f"function {computed} needs={needs}: {it['q'][:60]!r}"
            )
    elig = [it for it in items if str(it["rule"]).startswith("eligibility.")]
    dl = [it for it in items if str(it["rule"]).startswith("deadline.")]
    missing = {r for r in rules if r.startswith("eligibility.")} - {it["rule"] for it in elig}
    if missing:
        problems.append(f"eligibility rules not covered: {sorted(missing)}")
    if len({it["rule"] for it in dl}) != len(dl):
        problems.append("a deadline rule is used twice")
    kinds = Counter(str(it["rule"]).split(".")[0] if it["rule"] else "null" for it in items)
    print(f"items: {len(items)}; by kind: {dict(kinds)}")
    print(f"verdicts: {dict(Counter(verdict(it) for it in items))}")
    print(f"voices: {dict(Counter(it['voice'] for it in items))}")
    for v in VOICES:
        mine = [it for it in items if it["voice"] == v]
        print(f"  {v}: {dict(Counter(verdict(it) for it in mine))}")
    print(
        f"eligibility rules covered: {len({it['rule'] for it in elig})} of "
        f"{sum(r.startswith('eligibility.') for r in rules)}; "
        f"deadline rules: {len({it['rule'] for it in dl})}"
    )
    print(f"labels checked: {len(CHECKS)}; agree: {agree}")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
