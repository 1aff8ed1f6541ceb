"""Check the Set G labels (tests/rules/routing_round42_setG.yaml, bench/routing_blind/round32.yaml)
by calling each pure rule function on facts and dates encoded by hand by the writer.

The encodings below are in writing order (open item 1, blind item 1, open item 2, ...); they were
written from the article and the rule's docstring, never read from a question's text by a program.
`None` is an item that must reach no rule. A fact told as disputed or unknown is left out and
named under "uncertain". Run:

    PYTHONPATH=. .venv/bin/python bench/routing_blind/check_round32.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.label_check import check_labels

ROOT = Path(__file__).resolve().parents[2]
OPEN = ROOT / "tests/rules/routing_round42_setG.yaml"
BLIND = ROOT / "bench/routing_blind/round32.yaml"


def e(rule: str, body: str | None = None, uncertain: tuple[str, ...] = (), **facts) -> tuple:
    """An eligibility encoding: the rule, the facts told, the body named (None: not named)."""
    if uncertain:
        facts["uncertain"] = uncertain
    return (f"eligibility.{rule}", {"facts": facts, "body": body})


def d(rule: str, start: str | None, **kw) -> tuple:
    """A deadline encoding: the rule, the start (YYYY-MM-DD or YYYY-MM-DDTHH:MM), other inputs."""
    return (f"deadline.{rule}", {"start": start, **kw})


ENCODED: list = [
    # pair 1 (journalist, eligible): township deputy bailed; investigator took gifts
    e(
        "deputy_permission",
        "police",
        npc_deputy=True,
        deputy_county_up=False,
        measure_other=True,
        measure_detention=False,
        measure_arrest=False,
    ),
    e("recusal", "police", official_gifts_or_meetings=True),
    # pair 2 (volunteer, eligible): nursing a 5-month-old; funeral trip approved
    e("bail", "police", breastfeeding=True, baby_age_months=5, recidivist=False),
    e("leave_on_bail", "police", leave_reason=True, leave_approved=True),
    # pair 3 (form, eligible): probation recommendation; conditional non-prosecution
    e(
        "juvenile_probation",
        None,
        age_at_offence=17,
        possible_sentence_years=2,
        repentance=True,
        community_no_adverse_effect=True,
        guardianship=True,
        no_social_danger=True,
        recidivist=False,
    ),
    e(
        "conditional_non_prosecution",
        None,
        age_at_offence=16,
        crime_chapter_4_6=True,
        possible_sentence_years=0.5,
        prosecutable=True,
        repentance=True,
    ),
    # pair 4 (email, eligible): taken out to recover the money; a court asks for a sealed record
    e(
        "interrogation_outside_custody",
        "procuratorate",
        out_to_recover=True,
        out_to_identify=True,
        out_chief_approval=True,
        out_escort_short=False,
    ),
    e("sealed_record_access", None, requester_judicial=True),
    # pair 5 (rambling, eligible): operation under surveillance, approved; parents living with him
    e("leave_under_surveillance", "police", leave_reason=True, leave_approved=True),
    e("surveillance_meeting", "police", meet_cohabitant=True),
    # pair 6 (journalist, eligible): caught breaking into cars; handcuffed adult on escort
    e("detention", "police", caught_in_act=True),
    e("restraints", "police", restraint_in_measure=True, restraint_juvenile=False),
    # pair 7 (volunteer, eligible): 15-year-old lookout in a minor theft; aunt as guarantor
    e("juvenile_non_prosecution", None, age_at_offence=15, minor_crime=True, secondary_role=True),
    e(
        "guarantor",
        "police",
        guarantor_not_implicated=True,
        guarantor_rights_unrestricted=True,
        guarantor_residence_income=True,
    ),
    # pair 8 (form, eligible): new theft during probation; suspect ignored two summonses
    e("conditional_np_revocation", None, new_crime=True),
    e(
        "compelled_appearance",
        "police",
        compel_suspect=True,
        compel_failed_summons=True,
        compel_outside_area=False,
    ),
    # pair 9 (email, eligible): co-suspects at large; ordinary fraud, lawyer meeting
    e("family_notice_exception", "police", co_suspect_risk=True),
    e("lawyer_meeting_permission", "police", state_secrets=False, state_security_crime=False),
    # pair 10 (rambling, eligible): terminal cancer; robbery, witness threatened
    e("surveillance", "police", serious_illness=True),
    e(
        "arrest",
        "procuratorate",
        evidence_of_crime=True,
        possible_sentence_years=3,
        imprisonment_possible=True,
        bail_insufficient=True,
    ),
    # pair 11 (journalist, not eligible): newspaper asks for a sealed record; terrorism case
    e("sealed_record_access", None, requester_judicial=False, requester_state_rules=False),
    e("lawyer_meeting_permission", None, state_security_crime=True),
    # pair 12 (volunteer, not eligible): adult at the time; business partner without approval
    e("juvenile_non_prosecution", None, age_at_offence=19, minor_crime=True, coerced=True),
    e(
        "surveillance_meeting",
        "police",
        meet_cohabitant=False,
        meet_own_lawyer=False,
        meet_approved=False,
    ),
    # pair 13 (form, eligible): 16 at the crime, three years; procuratorate bail, two trips
    e("record_sealing", None, age_at_offence=16, sentence_years=3, not_prosecuted=False),
    e("arrest_for_bail_breach", "procuratorate", left_area=True),
    # pair 14 (email, not eligible): brothers in one case; surveillance in a police station
    e("shared_lawyer", "police", co_suspects_same_case=True),
    e(
        "surveillance_place",
        "police",
        surveillance_at_residence=False,
        surveillance_at_custody_place=True,
    ),
    # pair 15 (rambling, not eligible): recidivist; a witness compelled
    e("bail", "police", recidivist=True),
    e("compelled_appearance", "police", compel_suspect=False),
    # pair 16 (journalist, not eligible): CPPCC member detained, not urgent; woman searched by a man
    e(
        "cppcc_notice",
        "police",
        cppcc_member=True,
        measure_detention=True,
        measure_arrest=False,
        urgent_case=False,
    ),
    e(
        "search",
        "procuratorate",
        search_suspect=True,
        search_warrant=True,
        search_woman_by_man=True,
    ),
    # pair 17 (volunteer, not eligible): calm 15-year-old handcuffed; procuratorate detention
    e(
        "restraints",
        "police",
        restraint_in_measure=True,
        restraint_juvenile=True,
        restraint_danger=False,
    ),
    e("detention", "procuratorate", suicide_or_flight=False, evidence_tampering_risk=False),
    # pair 18 (form, not eligible): three lawyers; six years expected
    e("lawyer_count", "procuratorate", lawyer_count=3),
    e(
        "juvenile_probation",
        None,
        age_at_offence=17,
        possible_sentence_years=6,
        repentance=True,
        guardianship=True,
        recidivist=False,
    ),
    # pair 19 (email, not eligible): withdrawal pending; procuratorate did not notify, no reason
    e("recusal_pending", "police", recusal_pending=True),
    e("family_notice_exception", "procuratorate", hinders_or_impossible=False),
    # pair 20 (rambling, not eligible): victim examined by force; drunk driving, detention at most
    e("body_examination", "procuratorate", exam_victim=True, exam_suspect=False, exam_forced=True),
    e("arrest", None, evidence_of_crime=True, minor_penalty_only=True),
    # pair 21 (journalist, cannot tell): emergency not known; evidence disputed
    e(
        "detention_without_warrant",
        "police",
        uncertain=("detention_emergency",),
        identified_by_witness=True,
    ),
    e("unknown_identity", "police", uncertain=("evidence_of_crime",), identity_unknown=True),
    # pair 22 (volunteer, cannot tell): sentence unknown; police consent unknown
    e(
        "conditional_non_prosecution",
        None,
        uncertain=("possible_sentence_years",),
        age_at_offence=17,
        crime_chapter_4_6=True,
        prosecutable=True,
        repentance=True,
    ),
    e(
        "juvenile_family_meeting",
        None,
        uncertain=("police_consent",),
        family_not_involved=True,
        repentance=True,
    ),
    # pair 23 (form, cannot tell): new sentence unknown; procuratorate's consent unknown
    e("record_unsealing", None, new_or_omitted_crime=True),
    e(
        "leave_on_bail",
        None,
        uncertain=("leave_decider_consent",),
        measure_by_procuratorate=True,
        leave_reason=True,
        leave_approved=True,
    ),
    # pair 24 (email, cannot tell): state secrets unclear; interpreter permission unknown
    e("lawyer_hire_approval", "police", uncertain=("state_secrets",)),
    e("lawyer_interpreter", "police", uncertain=("interpreter_permission",)),
    # pair 25 (rambling, cannot tell): illness maybe serious; baby's age not told
    e(
        "arrest_exemption",
        "procuratorate",
        uncertain=("serious_illness",),
        pregnant=False,
        breastfeeding=False,
    ),
    e("surveillance", "police", breastfeeding=True),
    # pair 26 (journalist, cannot tell): deputy's level unknown; approval unconfirmed
    e("deputy_permission", "police", npc_deputy=True, measure_arrest=True, measure_detention=False),
    e(
        "investigation_experiment",
        "procuratorate",
        uncertain=("experiment_approved",),
        experiment_approved=None,
    ),
    # pair 27 (volunteer, cannot tell): one missed summons, consequences unknown; meetings
    e(
        "arrest_for_bail_breach",
        "procuratorate",
        uncertain=("missed_summons",),
        new_crime=False,
        evasion=False,
        evidence_tampering=False,
        left_area=False,
    ),
    e(
        "arrest_for_surveillance_breach",
        "police",
        uncertain=("other_serious_violation",),
        unapproved_meetings=True,
        evasion=False,
        violent_witness_interference=False,
        evidence_tampering=False,
        new_crime=False,
    ),
    # pair 28 (form, not eligible): 17 and eight years; moving without approval
    e("record_sealing", None, age_at_offence=17, sentence_years=8, not_prosecuted=False),
    e("leave_conditional_np", None, cnp_leave_approved=False),
    # pair 29 (email, cannot tell): measure against a CPPCC member not named; emergency unclear
    e("cppcc_notice", "police", cppcc_member=True),
    e(
        "search",
        "procuratorate",
        uncertain=("search_emergency",),
        search_suspect=True,
        search_warrant=False,
        search_in_arrest=True,
    ),
    # pair 30 (rambling, cannot tell): guarantor maybe involved; officer's relation unclear
    e(
        "guarantor",
        "police",
        uncertain=("guarantor_not_implicated",),
        guarantor_rights_unrestricted=True,
        guarantor_residence_income=True,
    ),
    e("recusal", "police", uncertain=("official_other_relation",)),
    # pair 31 (journalist): reconsideration received Friday 27 Feb; higher review received 20 Feb
    d("arrest_reconsideration", "2026-02-27"),
    d("arrest_higher_review", "2026-02-20"),
    # pair 32 (volunteer): forfeiture read 4 Mar; guarantor's fine received Tuesday 3 Mar
    d("forfeiture_review", "2026-03-04"),
    d("guarantor_fine_review", "2026-03-03"),
    # pair 33 (form): arrested 12 Jan; detained 4 Mar 22:15
    d("custody_after_arrest", "2026-01-12"),
    d("family_notice_detention", "2026-03-04T22:15", body="police"),
    # pair 34 (email): sealed-record application 27 Feb; lawyer application 3 Mar
    d("sealed_record_inquiry", "2026-02-27"),
    d("lawyer_permission", "2026-03-03", body="police"),
    # pair 35 (rambling): decision received Monday 2 Mar; case received 25 Feb
    d("conditional_np_complaint", "2026-03-02"),
    d("juvenile_inform_victim", "2026-02-25"),
    # pair 36 (journalist): other crime found 2 Mar; request reached the police 26 Feb
    d("custody_recalculation", "2026-03-02"),
    d("no_filing_reasons", "2026-02-26"),
    # pair 37 (volunteer): no date told for either
    d("bail_application_reply", None, body="police"),
    d("recusal_reconsideration", None),
    # pair 38 (form): arrested 3 Mar 18:40; release request 3 Mar (procuratorate's detention)
    d("interrogation_arrest", "2026-03-03T18:40", body="police"),
    d("overdue_measure_review", "2026-03-03", measure="detention"),
    # pairs 39-50: no rule
    *([None] * 24),
]


def main() -> int:
    return check_labels(OPEN, BLIND, ENCODED)


if __name__ == "__main__":
    sys.exit(main())
