"""Label check for bench/own91_setBD.yaml (set BD: 100 routing examples, written blind).

Every eligibility and deadline label of the set was worked out by hand from the article and
the rule's docstring; this script checks each one by calling the pure rule function
(`all_rules()[rule_id].func`) on facts, bodies and dates encoded here by hand, never on a
question's text. It also checks the hand-encoded fact labels: every key is a field the rule
function reads, a fact told as unknown or disputed is listed under "uncertain" with the key
set to None, and the items' counts by kind, verdict and voice are the ones the header states.

Run from the worktree root (exits 1 on any disagreement):

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own91.py
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own91_setBD.yaml"
POLICE, SPP = "police", "procuratorate"

_BAIL = (
    "minor_penalty_only no_social_danger serious_illness pregnant breastfeeding baby_age_months "
    "evidence_short_for_arrest arrest_refused_under_review custody_time_expired "
    "non_prosecution_under_review exit_document_no_arrest_needed only_stated_ground"
)
_ARREST = (
    "evidence_of_crime imprisonment_possible possible_sentence_years minor_penalty_only "
    "bail_insufficient not_liable_circumstance"
)
_BREACH = "new_crime evasion evidence_tampering left_area missed_summons"
_DETAIN = (
    "caught_in_act identified_by_witness evidence_found_on_person suicide_or_flight "
    "evidence_tampering_risk identity_unknown roving_repeat_gang"
)
_MEASURE = "measure_detention measure_arrest measure_other"
_LEAVE = "leave_reason leave_approved leave_decider_consent measure_by_procuratorate"

# The fact fields each eligibility rule function reads (from its condition groups in
# conditions.toml / conditions_acts.toml and the flags its own code reads).
READS: dict[str, str] = {
    "bail": _BAIL + " recidivist gang_principal self_injury_evasion state_security_crime "
    "violent_crime other_serious_crime endangers_public_security egregious_crime",
    "surveillance": _BAIL + " no_bond_or_guarantor",
    "detention": _DETAIN,
    "arrest": _ARREST + " serious_illness pregnant breastfeeding",
    "arrest_exemption": "serious_illness pregnant breastfeeding",
    "arrest_for_bail_breach": _BREACH + " breach",
    "arrest_for_surveillance_breach": _BREACH
    + " unapproved_meetings violent_witness_interference other_serious_violation",
    "guarantor": "guarantor_not_implicated guarantor_capable guarantor_rights_unrestricted "
    "guarantor_residence_income",
    "recusal": "official_is_party_or_relative official_interest official_prior_role "
    "official_other_relation official_gifts_or_meetings official_former_investigator",
    "recusal_pending": "recusal_pending",
    "family_notice_exception": "co_suspect_risk identity_unknown hinders_or_impossible",
    "lawyer_meeting_permission": "state_secrets state_security_crime",
    "lawyer_hire_approval": "state_secrets",
    "lawyer_count": "lawyer_count",
    "shared_lawyer": "co_suspects_same_case",
    "conditional_non_prosecution": "age_at_offence crime_chapter_4_6 possible_sentence_years "
    "prosecutable repentance juvenile_objects",
    "conditional_np_revocation": "new_crime np_earlier_crime np_public_order_violation "
    "np_supervision_violation np_serious np_repeated",
    "juvenile_non_prosecution": "minor_crime age_at_offence coerced incomplete_crime "
    "secondary_role disability excessive_defence surrender_or_merit recidivist "
    "minor_injury_case negligent_crime instigated repentance compensation_settled",
    "juvenile_probation": "age_at_offence possible_sentence_years minor_penalty_only repentance "
    "community_no_adverse_effect guardianship no_social_danger minor_crime recidivist coerced "
    "victim_settled other_probation_circumstance",
    "record_sealing": "age_at_offence sentence_years not_prosecuted",
    "record_unsealing": "new_or_omitted_crime combined_sentence_years",
    "sealed_record_access": "requester_judicial requester_state_rules",
    "juvenile_family_meeting": "family_not_involved police_consent facts_ascertained repentance "
    "family_cooperative",
    "deputy_permission": "deputy_county_up caught_in_act " + _MEASURE,
    "cppcc_notice": "urgent_case " + _MEASURE,
    "compelled_appearance": "compel_suspect compel_failed_summons summons_valid_reason "
    "compel_needed compel_continuous compel_outside_area",
    "lawyer_interpreter": "interpreter_permission",
    "detention_without_warrant": "detention_emergency detention_papers_late " + _DETAIN,
    "restraints": "restraint_in_measure restraint_juvenile restraint_danger restraint_compelled "
    "restraint_resists",
    "search": "search_suspect search_may_hide search_warrant search_in_arrest search_emergency "
    "search_woman_by_man search_obstructed search_forcible",
    "unknown_identity": "identity_unknown prosecutable identity_step " + _ARREST,
    "body_examination": "exam_suspect exam_victim exam_forced exam_woman_by_man",
    "investigation_experiment": "experiment_approved experiment_compelled experiment_party "
    "experiment_harmful",
    "surveillance_meeting": "meet_cohabitant meet_own_lawyer meet_approved meet_decider_consent "
    "measure_by_procuratorate",
    "surveillance_place": "surveillance_at_residence surveillance_at_custody_place",
    "leave_on_bail": _LEAVE,
    "leave_under_surveillance": _LEAVE,
    "leave_conditional_np": "cnp_leave_approved",
    "interrogation_outside_custody": "out_to_identify out_to_recover out_chief_approval "
    "out_escort_short",
}


@dataclass(frozen=True)
class Check:
    """The hand encoding of one item: its question's opening words and the rule's inputs."""

    opening: str
    facts: dict[str, Any] | None = None  # eligibility: the facts the question tells
    body: str | None = None  # the acting body, where the question names it
    start: date | datetime | None = None  # deadline: the event's date (None: not told)
    kwargs: dict[str, Any] = field(default_factory=dict)  # deadline: stage, measure ...
    deadline: bool = False


def told(*unknown: str, **facts: Any) -> dict[str, Any]:
    """Facts told as true/false/numbers, plus those told as unknown or disputed."""
    out: dict[str, Any] = dict(facts)
    if unknown:
        out.update(dict.fromkeys(unknown))
        out["uncertain"] = tuple(unknown)
    return out


def E(opening: str, facts: dict[str, Any], body: str | None = None) -> Check:
    """An eligibility item: the facts told and the body named."""
    return Check(opening, facts=facts, body=body)


def D(opening: str, start: date | datetime | None, **kwargs: Any) -> Check:
    """A deadline item: the event's date (None when the question leaves it out)."""
    return Check(opening, start=start, kwargs=kwargs, deadline=True)


def N(opening: str) -> Check:
    """A null item: no rule, nothing to compute."""
    return Check(opening)


T, F = True, False
ARREST_ONLY = {"measure_arrest": T, "measure_detention": F, "measure_other": F}
DETAIN_ONLY = {"measure_detention": T, "measure_arrest": F, "measure_other": F}

CHECKS: list[Check] = [
    # eligibility
    E("Got a lad in my workshop", told(minor_penalty_only=T, recidivist=F), POLICE),
    E("I'm cabin crew on domestic", told(pregnant=T, endangers_public_security=T), SPP),
    E("I haven't seen my son since", told("serious_illness"), POLICE),
    E("Covering an embezzlement", told(breastfeeding=T, baby_age_months=15), SPP),
    E("One of my Thursday students", told(minor_penalty_only=T, no_bond_or_guarantor=T), POLICE),
    E("I'm his father, though", told(serious_illness=T), POLICE),
    E("Layover in Xiamen", told(caught_in_act=T, evidence_found_on_person=T), POLICE),
    E("From my notes, Courtroom 3", told("evidence_tampering_risk", suicide_or_flight=F), SPP),
    E(
        "My daughter and I haven't",
        told(evidence_of_crime=T, possible_sentence_years=5, bail_insufficient=T),
        SPP,
    ),
    E("A student of mine, a retired", told(minor_penalty_only=T, imprisonment_possible=F), POLICE),
    E("Quoting the procuratorate's", told(pregnant=T), SPP),
    E(
        "A purser I fly with",
        told("left_area", new_crime=F, evasion=F, evidence_tampering=F, missed_summons=F),
        SPP,
    ),
    E("My apprentice is out on police", told(new_crime=T), POLICE),
    E("A student in my morning class", told("violent_witness_interference"), POLICE),
    E(
        "Workshop owner here",
        told(guarantor_not_implicated=F, guarantor_residence_income=T),
        POLICE,
    ),
    E(
        "Could I be the guarantor",
        told(
            "guarantor_rights_unrestricted",
            guarantor_not_implicated=T,
            guarantor_residence_income=T,
        ),
    ),
    E("For a feature on a bribery", told(official_former_investigator=T), SPP),
    E("Quick one between flights", told("official_is_party_or_relative"), POLICE),
    E("My student, a soft-spoken", told(recusal_pending=T), POLICE),
    E("Reporting from Taiyuan", told(co_suspect_risk=T, hinders_or_impossible=F), SPP),
    E("Nobody told me my son", told(identity_unknown=T), POLICE),
    E("A passenger I looked after", told(state_secrets=F, state_security_crime=F), POLICE),
    E("Last year our workshop built", told("state_secrets")),
    E("I'm a court reporter from Chengdu", told(state_secrets=T), POLICE),
    E("A student's husband is being", told(lawyer_count=3), SPP),
    E("Two of our crew", told(co_suspects_same_case=T)),
    E(
        "My student's son is sixteen",
        told(
            age_at_offence=16,
            crime_chapter_4_6=T,
            possible_sentence_years=0.5,
            prosecutable=T,
            repentance=T,
        ),
        SPP,
    ),
    E(
        "My boy was seventeen",
        told(
            age_at_offence=17,
            crime_chapter_4_6=T,
            possible_sentence_years=3,
            prosecutable=T,
            repentance=T,
        ),
    ),
    E("My apprentice is seventeen", told(new_crime=T), SPP),
    E("Juvenile court, Suzhou", told(age_at_offence=15, minor_crime=T, coerced=T), SPP),
    E("A cabin crew colleague's nephew", told(age_at_offence=19, minor_crime=T, repentance=T)),
    E(
        "A sixteen-year-old in my Saturday",
        told(
            "guardianship",
            "community_no_adverse_effect",
            age_at_offence=16,
            recidivist=F,
            repentance=T,
            possible_sentence_years=3,
        ),
        SPP,
    ),
    E(
        "I found out only last month",
        told(age_at_offence=16, sentence_years=2, not_prosecuted=F),
        SPP,
    ),
    E("Lao Chen's son", told(age_at_offence=19, sentence_years=1, not_prosecuted=F), SPP),
    E("Background for a story", told("combined_sentence_years", new_or_omitted_crime=T)),
    E("Our airline's HR", told(requester_judicial=F, requester_state_rules=F), SPP),
    E("I teach a lunchtime class", told(requester_judicial=T), SPP),
    E(
        "My son is sixteen and in custody",
        told("police_consent", family_not_involved=T, repentance=T),
        SPP,
    ),
    E("Reporting from Jinan", told(deputy_county_up=T, caught_in_act=F, **ARREST_ONLY), POLICE),
    E("The apprentice's uncle", told("deputy_county_up", **DETAIN_ONLY), POLICE),
    E("The father of one of my students", told(urgent_case=F, **ARREST_ONLY), POLICE),
    E("At Pudong yesterday", told(urgent_case=T, **DETAIN_ONLY), POLICE),
    E(
        "The police sent a summons",
        told(compel_suspect=T, compel_failed_summons=T, summons_valid_reason=F),
        POLICE,
    ),
    E("The police have called me twice", told(compel_suspect=F), POLICE),
    E("My son is deaf", told(interpreter_permission=F), POLICE),
    E("Testimony on 3 March", told("detention_emergency", identified_by_witness=T), POLICE),
    E(
        "My youngest apprentice",
        told(restraint_in_measure=T, restraint_juvenile=T, restraint_danger=F, restraint_resists=F),
        POLICE,
    ),
    E(
        "My student's husband, who is 42",
        told(restraint_in_measure=T, restraint_juvenile=F),
        POLICE,
    ),
    E(
        "From the defence motion",
        told(search_suspect=T, search_warrant=T, search_woman_by_man=T),
        SPP,
    ),
    E(
        "My student shares a flat",
        told("search_may_hide", search_suspect=F, search_warrant=T),
        SPP,
    ),
    E("A passenger on our Harbin", told(identity_unknown=T, evidence_of_crime=T), POLICE),
    E("Procuratorate investigators want", told("exam_suspect"), SPP),
    E("The chief procurator has signed", told(experiment_approved=T, experiment_harmful=T), SPP),
    E("My colleague is under residential surveillance at", told(meet_own_lawyer=T), POLICE),
    E(
        "His mother says they've put",
        told(surveillance_at_residence=F, surveillance_at_custody_place=T),
    ),
    E("My apprentice is on bail", told(leave_reason=T, leave_approved=T), POLICE),
    E("My son is on police bail", told("leave_approved", leave_reason=T), POLICE),
    E(
        "My colleague is under residential surveillance ordered",
        told("leave_approved", leave_reason=T),
        POLICE,
    ),
    E("A student's seventeen-year-old", told("cnp_leave_approved"), SPP),
    E("Notes from a Nanjing hearing", told("out_chief_approval", out_to_recover=T), SPP),
    # deadline
    D("Someone broke into my workshop", date(2026, 3, 2)),
    D("Tuesday, 3 March", date(2026, 3, 3)),
    D("The procuratorate sent my apprentice's", date(2026, 2, 12)),
    D("Our crewmate was detained", date(2026, 3, 3), measure="detention"),
    D("A colleague's case involves", date(2026, 3, 2), body=POLICE),
    D("Our first officer", datetime(2026, 3, 4, 23, 15), body=POLICE),
    D("I stood as guarantor", None),
    D("I sent the police a written", date(2026, 2, 27), body=POLICE),
    D("I've only just learned", date(2026, 1, 10)),
    D("Filing from Wuxi", date(2026, 2, 27)),
    D("The investigating officer testified", date(2026, 3, 1)),
    D("Per the documents shown", date(2026, 2, 20)),
    D("The defendant's family received", date(2026, 3, 4), body=POLICE),
    D("My student's daughter was the victim", date(2026, 2, 27)),
    D("The police have transferred", None),
    D("My student's husband was released", date(2025, 6, 20), body=POLICE),
    # null
    N("How many days can the police"),
    N("The police want me, as his boss"),
    N("I keep mixing these up"),
    N("What sentence does someone"),
    N("When the police came to arrest"),
    N("A Canadian passenger"),
    N("Once a case goes to trial"),
    N("When my colleague's lawyer visits"),
    N("Between flights I was reading"),
    N("My colleague was convicted"),
    N("How many days does the procuratorate"),
    N("If my son can't afford"),
    N("Suppose my son is acquitted"),
    N("My son was sentenced to three years"),
    N("My daughter is fourteen"),
    N("Court reporter here, in Changsha"),
    N("Fact-check for tomorrow's piece"),
    N("What is the statute of limitations"),
    N("Under the procuratorate's rules"),
    N("What rights does my student have"),
    N("If it turns out the arrest"),
    N("Is it true that a lawyer"),
    N("My student's husband is a county"),
    N("What is the longest that"),
]

EXPECTED = {
    "kinds": {"eligibility": 60, "deadline": 16, "none": 24},
    "verdicts": {True: 22, False: 20, None: 18},
    "voices": dict.fromkeys(
        ("carpenter", "cabin_crew", "estranged_father", "court_reporter", "yoga_teacher"), 20
    ),
}


def fact_problems(rule_id: str, facts: dict[str, Any]) -> list[str]:
    """Keys the rule does not read, and unknown facts not encoded as None + "uncertain"."""
    reads = set(READS[rule_id.split(".", 1)[1]].split())
    unsure = facts.get("uncertain", ())
    out = [f"{k} is not read by {rule_id}" for k in facts if k != "uncertain" and k not in reads]
    out += [f"{k} uncertain but valued" for k in unsure if facts.get(k) is not None]
    out += [
        f"{k} is None but not uncertain" for k, v in facts.items() if v is None and k not in unsure
    ]
    return out


def run(item: dict[str, Any], check: Check) -> tuple[dict[str, Any], bool]:
    """The rule function's `computed` and whether it asks, on the hand-encoded inputs."""
    func = all_rules()[item["rule"]].func
    if check.deadline:
        res = func(check.start, **check.kwargs)
    else:
        res = func(check.facts, body=check.body)
    return res.computed, bool(res.needs)


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    errors: list[str] = []
    if len(items) != len(CHECKS):
        errors.append(f"{len(items)} items but {len(CHECKS)} checks")
    agree = labels = 0
    kinds: Counter[str] = Counter()
    verdicts: Counter[bool | None] = Counter()
    voices: Counter[str] = Counter()
    for n, (item, check) in enumerate(zip(items, CHECKS, strict=False), 1):
        voices[item["voice"]] += 1
        if not item["q"].startswith(check.opening):
            errors.append(f"item {n}: expected the question opening {check.opening!r}")
            continue
        rule_id = item["rule"]
        kinds[rule_id.split(".")[0] if rule_id else "none"] += 1
        if rule_id is None:
            if check.facts is not None or check.deadline or "computed" in item:
                errors.append(f"item {n}: a null item with a label")
            continue
        if rule_id not in rules:
            errors.append(f"item {n}: unknown rule {rule_id}")
            continue
        if rule_id.startswith("eligibility."):
            verdicts[item["computed"]["eligible"]] += 1
            errors += [f"item {n}: {p}" for p in fact_problems(rule_id, check.facts or {})]
        labels += 1
        computed, asks = run(item, check)
        want_needs = bool(item.get("needs", False))
        if computed == item["computed"] and asks == want_needs:
            agree += 1
        else:
            errors.append(
                f"item {n} {rule_id}: label {item['computed']} needs={want_needs}, "
                f"function {computed} needs={asks}"
            )
    for name, got in (("kinds", kinds), ("verdicts", verdicts), ("voices", voices)):
        if dict(got) != EXPECTED[name]:
            errors.append(f"{name}: {dict(got)} != {EXPECTED[name]}")
    for e in errors:
        print("DISAGREE:", e)
    print(f"{agree} of {labels} labels agree with the rule functions; {len(errors)} problems.")
    return 1 if errors or agree != labels else 0


if __name__ == "__main__":
    sys.exit(main())
