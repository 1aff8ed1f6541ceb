"""Check the labels of bench/own74_setAM.yaml against the pure rule functions.

Every eligibility and deadline item's facts and dates were encoded by hand from the question
(never read from its text by the software) and the rule function is called on them directly.
For each eligibility item the facts are every fact the question tells that the rule function
reads: told true is True, told false is False, told as unknown or disputed is listed under
"uncertain" (and set to None); a fact not mentioned is left out. `body` is given where the
question names the acting body.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own74.py

Prints how many labels agree and exits non-zero on any disagreement.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

PATH = Path(__file__).resolve().parents[1] / "own74_setAM.yaml"
U = "uncertain"
P, S = "police", "procuratorate"


def unsure(*keys: str, **facts: Any) -> dict[str, Any]:
    """Facts with `keys` told as unknown or disputed: listed under "uncertain", set to None."""
    return {**facts, **dict.fromkeys(keys), U: keys}


NOTHING_ELSE_SURV = dict(
    new_crime=False,
    evasion=False,
    evidence_tampering=False,
    left_area=False,
    missed_summons=False,
    violent_witness_interference=False,
    other_serious_violation=False,
)

# (opening words of the question, rule id or None, inputs): in the file's order.
# Eligibility inputs: {"facts": ..., "body": ...}; deadline inputs: {"start": ..., other args}.
CHECKS: list[tuple[str, str | None, dict[str, Any] | None]] = [
    # ---- eligibility ----
    (
        "I'm a deckhand on the Haikou",
        "eligibility.arrest",
        {
            "facts": dict(
                evidence_of_crime=True,
                imprisonment_possible=True,
                possible_sentence_years=4,
                bail_insufficient=True,
            ),
            "body": S,
        },
    ),
    (
        "Hello, I am cleaner in a hotel",
        "eligibility.conditional_np_revocation",
        {"facts": dict(new_crime=True), "body": S},
    ),
    (
        "I am writing on behalf of Councillor Zhao",
        "eligibility.arrest_exemption",
        {"facts": dict(pregnant=True), "body": S},
    ),
    (
        "My big brother back in the village",
        "eligibility.arrest_for_bail_breach",
        {"facts": dict(left_area=True, breach=True), "body": S},
    ),
    (
        "Script question for episode 7",
        "eligibility.cppcc_notice",
        {"facts": dict(cppcc_member=True, measure_other=True), "body": P},
    ),
    (
        "One of our regulars on the 07:15",
        "eligibility.cppcc_notice",
        {"facts": dict(cppcc_member=True, measure_detention=True, urgent_case=False), "body": P},
    ),
    (
        "My colleague Xiao Li took money",
        "eligibility.bail",
        {"facts": dict(recidivist=True, minor_penalty_only=True), "body": P},
    ),
    (
        "A constituent's son was granted bail",
        "eligibility.arrest_for_bail_breach",
        {
            "facts": dict(
                breach=True,
                left_area=False,
                new_crime=False,
                evidence_tampering=False,
                missed_summons=False,
                evasion=False,
            ),
            "body": S,
        },
    ),
    (
        "Dad's under house arrest",
        "eligibility.arrest_for_surveillance_breach",
        {"facts": dict(unapproved_meetings=False, **NOTHING_ELSE_SURV), "body": S},
    ),
    (
        "Season two storyline",
        "eligibility.arrest",
        {
            "facts": dict(
                evidence_of_crime=True, minor_penalty_only=True, imprisonment_possible=False
            ),
            "body": P,
        },
    ),
    (
        "My son is 16 and got a conditional",
        "eligibility.conditional_np_revocation",
        {
            "facts": unsure("np_serious", np_supervision_violation=True, np_repeated=False),
            "body": S,
        },
    ),
    (
        "The police say they will juchuan",
        "eligibility.compelled_appearance",
        {"facts": unsure("compel_suspect"), "body": P},
    ),
    (
        "A constituent's son, who suffers",
        "eligibility.bail",
        {"facts": unsure("endangers_public_security", serious_illness=True), "body": S},
    ),
    (
        "Dad's in trouble with the procuratorate",
        "eligibility.arrest_exemption",
        {"facts": unsure("serious_illness"), "body": S},
    ),
    (
        "Episode 11: the police want",
        "eligibility.deputy_permission",
        {"facts": unsure("deputy_county_up", npc_deputy=True, measure_other=True), "body": P},
    ),
    (
        "A steward on our line",
        "eligibility.arrest_for_surveillance_breach",
        {"facts": dict(evasion=True), "body": P},
    ),
    (
        "Today I opened room 305",
        "eligibility.detention",
        {"facts": dict(caught_in_act=True, evidence_found_on_person=True), "body": P},
    ),
    (
        "On behalf of a constituent: his elderly",
        "eligibility.body_examination",
        {"facts": dict(exam_victim=True, exam_forced=False), "body": S},
    ),
    (
        "My brother is locked up in the county",
        "eligibility.interrogation_outside_custody",
        {"facts": dict(out_to_recover=True), "body": S},
    ),
    (
        "Plot check for episode 3",
        "eligibility.family_notice_exception",
        {"facts": dict(identity_unknown=True), "body": P},
    ),
    (
        "Our youngest deckhand",
        "eligibility.juvenile_non_prosecution",
        {"facts": dict(age_at_offence=19, secondary_role=True, minor_crime=True), "body": S},
    ),
    (
        "A lady guest at our hotel",
        "eligibility.body_examination",
        {"facts": dict(exam_victim=True, exam_suspect=False, exam_forced=True), "body": S},
    ),
    (
        "Councillor Wang asks",
        "eligibility.deputy_permission",
        {
            "facts": dict(
                npc_deputy=True, deputy_county_up=True, measure_arrest=True, caught_in_act=False
            ),
            "body": P,
        },
    ),
    (
        "My younger brother was 17",
        "eligibility.conditional_non_prosecution",
        {
            "facts": dict(
                age_at_offence=17,
                crime_chapter_4_6=True,
                possible_sentence_years=3,
                repentance=True,
                prosecutable=True,
            ),
            "body": S,
        },
    ),
    (
        "For episode 9",
        "eligibility.compelled_appearance",
        {"facts": dict(compel_suspect=False), "body": P},
    ),
    (
        "Deckhand here.",
        "eligibility.leave_conditional_np",
        {"facts": unsure("cnp_leave_approved"), "body": S},
    ),
    (
        "The procuratorate wants to do a reconstruction",
        "eligibility.investigation_experiment",
        {"facts": unsure("experiment_approved"), "body": S},
    ),
    (
        "A constituent's nephew was detained",
        "eligibility.family_notice_exception",
        {"facts": unsure("hinders_or_impossible"), "body": P},
    ),
    (
        "Back home the police grabbed",
        "eligibility.detention",
        {"facts": unsure("identified_by_witness"), "body": P},
    ),
    (
        "Scene idea: a robbery victim",
        "eligibility.detention_without_warrant",
        {"facts": unsure("detention_emergency", identified_by_witness=True), "body": P},
    ),
    (
        "Our galley cook",
        "eligibility.bail",
        {"facts": dict(breastfeeding=True, baby_age_months=4), "body": P},
    ),
    (
        "My son is 17. He is in the detention house",
        "eligibility.juvenile_family_meeting",
        {
            "facts": dict(family_not_involved=True, repentance=True, police_consent=True),
            "body": S,
        },
    ),
    (
        "Our office has been contacted",
        "eligibility.conditional_non_prosecution",
        {
            "facts": dict(
                age_at_offence=16,
                crime_chapter_4_6=True,
                possible_sentence_years=1,
                prosecutable=True,
                repentance=True,
            ),
            "body": S,
        },
    ),
    (
        "My little brother was 17",
        "eligibility.juvenile_probation",
        {
            "facts": dict(
                age_at_offence=17,
                possible_sentence_years=2,
                recidivist=False,
                repentance=True,
                community_no_adverse_effect=True,
                guardianship=True,
                no_social_danger=True,
            ),
            "body": S,
        },
    ),
    (
        "In our teen drama",
        "eligibility.juvenile_non_prosecution",
        {"facts": dict(age_at_offence=15, coerced=True, minor_crime=True), "body": S},
    ),
    (
        "Our chief engineer is held by the procuratorate",
        "eligibility.lawyer_count",
        {"facts": dict(lawyer_count=3), "body": S},
    ),
    (
        "My colleague wants to be guarantor",
        "eligibility.guarantor",
        {"facts": dict(guarantor_rights_unrestricted=False), "body": None},
    ),
    (
        "A constituent reports that her brother",
        "eligibility.interrogation_outside_custody",
        {"facts": dict(out_to_identify=False, out_to_recover=False), "body": S},
    ),
    (
        "The policeman handling Dad's case",
        "eligibility.recusal",
        {
            "facts": dict(
                official_is_party_or_relative=False,
                official_interest=False,
                official_prior_role=False,
                official_gifts_or_meetings=False,
            ),
            "body": P,
        },
    ),
    (
        "Finale idea",
        "eligibility.investigation_experiment",
        {"facts": dict(experiment_approved=True, experiment_harmful=True), "body": S},
    ),
    (
        "On the 18:45 crossing",
        "eligibility.restraints",
        {
            "facts": unsure("restraint_danger", restraint_in_measure=True, restraint_juvenile=True),
            "body": P,
        },
    ),
    (
        "A man was found in a guest room",
        "eligibility.unknown_identity",
        {"facts": unsure("evidence_of_crime", identity_unknown=True), "body": P},
    ),
    (
        "The mother of a 15-year-old",
        "eligibility.juvenile_family_meeting",
        {"facts": unsure("police_consent", family_not_involved=True, repentance=True), "body": S},
    ),
    (
        "They want a guarantor for my brother",
        "eligibility.guarantor",
        {
            "facts": unsure(
                "guarantor_residence_income",
                guarantor_not_implicated=True,
                guarantor_rights_unrestricted=True,
            ),
            "body": None,
        },
    ),
    (
        "Our lead character, a radar engineer",
        "eligibility.lawyer_hire_approval",
        {"facts": unsure("state_secrets"), "body": P},
    ),
    (
        "Last night at the Beihai terminal",
        "eligibility.detention_without_warrant",
        {"facts": dict(caught_in_act=True, detention_emergency=True), "body": P},
    ),
    (
        "My cousin had a record",
        "eligibility.record_unsealing",
        {"facts": dict(new_or_omitted_crime=True, combined_sentence_years=7), "body": None},
    ),
    (
        "A constituent's husband is held",
        "eligibility.lawyer_meeting_permission",
        {"facts": dict(state_secrets=False, state_security_crime=False), "body": P},
    ),
    (
        "Dad keeps pigs back home",
        "eligibility.surveillance",
        {"facts": dict(minor_penalty_only=True, no_bond_or_guarantor=True), "body": P},
    ),
    (
        "In our script the detective",
        "eligibility.recusal",
        {"facts": dict(official_is_party_or_relative=True), "body": P},
    ),
    (
        "Our captain was put under",
        "eligibility.surveillance_place",
        {
            "facts": dict(surveillance_at_residence=False, surveillance_at_custody_place=True),
            "body": P,
        },
    ),
    (
        "A foreign guest from our hotel",
        "eligibility.lawyer_interpreter",
        {"facts": dict(interpreter_permission=False), "body": P},
    ),
    (
        "A constituent is under residential surveillance",
        "eligibility.leave_under_surveillance",
        {
            "facts": dict(
                leave_reason=True,
                leave_approved=True,
                leave_decider_consent=False,
                measure_by_procuratorate=True,
            ),
            "body": S,
        },
    ),
    (
        "On Monday my brother asked",
        "eligibility.recusal_pending",
        {"facts": dict(recusal_pending=True), "body": P},
    ),
    (
        "Character detail: Ma Lin",
        "eligibility.sealed_record_access",
        {"facts": dict(requester_judicial=False, requester_state_rules=False), "body": S},
    ),
    (
        "I handle the mooring lines",
        "eligibility.leave_on_bail",
        {"facts": dict(leave_reason=True, leave_approved=True), "body": P},
    ),
    (
        "People from the procuratorate came",
        "eligibility.search",
        {"facts": dict(search_warrant=True, search_suspect=True), "body": S},
    ),
    (
        "A constituent seeks advice",
        "eligibility.record_sealing",
        {"facts": unsure("age_at_offence", sentence_years=2, not_prosecuted=False), "body": S},
    ),
    (
        "Dad is under residential surveillance",
        "eligibility.surveillance_meeting",
        {"facts": unsure("meet_approved", meet_cohabitant=False), "body": P},
    ),
    (
        "Plot question: two brothers",
        "eligibility.shared_lawyer",
        {"facts": unsure("co_suspects_same_case"), "body": None},
    ),
    # ---- deadline ----
    ("A crewmate on our Dalian boat", "deadline.forfeiture_review", {"start": "2026-03-02"}),
    (
        "My colleague asked for the policeman",
        "deadline.recusal_reconsideration",
        {"start": "2026-02-28", "body": P},
    ),
    ("In a constituent's case", "deadline.arrest_reconsideration", {"start": "2026-02-27"}),
    ("Dad stood guarantor", "deadline.guarantor_fine_review", {"start": "2026-03-03"}),
    ("Episode 5 timeline check", "deadline.conditional_np_complaint", {"start": "2026-02-24"}),
    (
        "Our chief engineer is detained by the police",
        "deadline.lawyer_permission",
        {"start": "2026-03-04", "body": P},
    ),
    (
        "Police came to the hotel",
        "deadline.interrogation_arrest",
        {"start": "2026-03-04T23:40", "body": P},
    ),
    ("A constituent works for a unit", "deadline.sealed_record_inquiry", {"start": "2026-02-23"}),
    (
        "I think my brother's criminal detention",
        "deadline.overdue_measure_review",
        {"start": "2026-03-03", "measure": "detention"},
    ),
    ("In our juvenile-justice drama", "deadline.juvenile_inform_victim", {"start": "2026-03-02"}),
    (
        "We put in a bail application",
        "deadline.bail_application_reply",
        {"start": None, "body": P},
    ),
    ("My husband's brother", "deadline.surveillance_period", {"start": None, "body": P}),
    ("A constituent reported a fraud", "deadline.no_filing_reasons", {"start": "2026-02-25"}),
    ("Dad's been out on bail", "deadline.bail_period", {"start": "2025-10-10", "body": P}),
    ("Plot point: while Zhou Bin", "deadline.custody_recalculation", {"start": "2026-02-18"}),
    (
        "Scene set on Sunday 1 March",
        "deadline.family_notice_detention",
        {"start": "2026-03-01T21:30", "body": P},
    ),
    # ---- null ----
    ("How many days can the police keep", None, None),
    ("What is the difference between qubao", None, None),
    ("A constituent is confused", None, None),
    ("Dad's been told he can get out", None, None),
    ("Our story has a theft", None, None),
    ("A passenger died in his cabin", None, None),
    ("When a lawyer meets my colleague", None, None),
    ("A constituent wishes to ask", None, None),
    ("Can the police make us give", None, None),
    ("Can the police arrest a 13-year-old", None, None),
    ("When the police came aboard", None, None),
    ("What rights does a person have", None, None),
    ("Where the police have not applied", None, None),
    ("My father is a grown man", None, None),
    ("In one scene the only witness", None, None),
    ("Our crewmate's defence lawyer", None, None),
    ("Can I go and visit my colleague", None, None),
    ("A constituent who is a township", None, None),
    ("My brother was sentenced to two years", None, None),
    ("After the trial in our finale", None, None),
    ("My crewmate was held in detention", None, None),
    ("The procuratorate sent my cousin's case", None, None),
    ("Could you explain what", None, None),
    ("The police say my brother's case", None, None),
]


def moment(text: str | None) -> date | datetime | None:
    """A hand-encoded start: a date, or a date and clock time."""
    if text is None:
        return None
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def run(spec: Any, inputs: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The rule's computed dict and whether it asks for something."""
    if spec.kind == "eligibility":
        res = spec.func(inputs["facts"], body=inputs.get("body"))
    else:
        args = {k: v for k, v in inputs.items() if k != "start"}
        res = spec.func(moment(inputs["start"]), **args)
    return dict(res.computed), bool(res.needs)


def main() -> int:
    items = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    rules = all_rules()
    problems: list[str] = []
    if len(items) != len(CHECKS):
        problems.append(f"{len(items)} items but {len(CHECKS)} checks")
    checked = agree = 0
    for n, (item, (opening, rule_id, inputs)) in enumerate(zip(items, CHECKS, strict=False), 1):
        if not item["q"].startswith(opening):
            problems.append(f"item {n}: check out of step ({opening!r})")
            continue
        if item["rule"] != rule_id:
            problems.append(f"item {n}: rule {item['rule']} but check {rule_id}")
            continue
        if rule_id is None:
            continue
        if rule_id not in rules or inputs is None:
            problems.append(f"item {n}: unknown rule {rule_id} or no inputs")
            continue
        checked += 1
        computed, needs = run(rules[rule_id], inputs)
        want_needs = bool(item.get("needs"))
        if computed == item["computed"] and needs == want_needs:
            agree += 1
        else:
            problems.append(
                f"item {n} {rule_id}: label {item['computed']} needs={want_needs}, "
                f"function {computed} needs={needs}"
            )
    eligibility = {i["rule"] for i in items if (i["rule"] or "").startswith("eligibility.")}
    missing = sorted(k for k in rules if k.startswith("eligibility.") and k not in eligibility)
    if missing:
        problems.append(f"eligibility rules not covered: {missing}")
    for p in problems:
        print(p)
    print(f"{agree} of {checked} labels agree with the rule functions")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
