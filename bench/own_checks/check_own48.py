"""Check the labels of bench/own48_setM.yaml against the pure rule functions.

Every eligibility and deadline item's facts, body and dates were encoded here by hand from the
question as written (never by running anything on the question's text); each rule function is
called directly (`all_rules()[rule_id].func`) and its `computed` and `needs` are compared with
the item's label. Null items are checked only for their shape. The file's counts (kinds,
verdicts, voices, rule coverage) are checked too.

    PYTHONPATH=. .venv/bin/python bench/own_checks/check_own48.py

Prints one line per disagreement and the number of labels that agree; exits 1 on any
disagreement or count error.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.rules.rulebook import all_rules

SET = Path(__file__).resolve().parents[1] / "own48_setM.yaml"
VOICES = ("phone", "social worker", "teacher", "employer", "carer")


def elig(rule: str, body: str | None = None, **facts: Any) -> tuple[str, dict[str, Any]]:
    """An eligibility check: the rule's facts (`uncertain` lists facts told as unsettled)."""
    return f"eligibility.{rule}", {"facts": facts, "body": body}


def dead(rule: str, start: date | datetime | None, **kw: Any) -> tuple[str, dict[str, Any]]:
    """A deadline check: the start the question gives (None when it gives none)."""
    return f"deadline.{rule}", {"start": start, **kw}


NULL = (None, {})

# One entry per item, in the file's order. The comment names what the question tells.
CHECKS: list[tuple[str | None, dict[str, Any]]] = [
    # ---- eligibility
    elig("bail", "police", pregnant=True),  # girlfriend 4 months pregnant, police
    elig("unknown_identity", "police", identity_unknown=True, evidence_of_crime=True),  # CCTV
    elig(  # 16, theft, at most a year, facts clear and evidence enough, truly sorry
        "conditional_non_prosecution",
        age_at_offence=16,
        crime_chapter_4_6=True,
        possible_sentence_years=1,
        prosecutable=True,
        repentance=True,
    ),
    elig(  # employer as guarantor: uninvolved, flat, salary, rights unrestricted
        "guarantor",
        "police",
        guarantor_not_implicated=True,
        guarantor_residence_income=True,
        guarantor_rights_unrestricted=True,
    ),
    elig("arrest_exemption", "procuratorate", serious_illness=True),  # late-stage cancer
    elig("arrest_for_bail_breach", "police", missed_summons=True),  # missed two summonses
    elig("lawyer_interpreter", "police", interpreter_permission=False),  # without asking
    elig("juvenile_non_prosecution", age_at_offence=15, minor_crime=True, secondary_role=True),
    elig("sealed_record_access", requester_judicial=False, requester_state_rules=False),  # HR
    elig("surveillance", "police", serious_illness=True),  # kidney failure, dialysis
    elig("leave_on_bail", "police", leave_approved=False),  # concert, police not told
    elig(  # parents uninvolved, police agree, remorseful
        "juvenile_family_meeting", family_not_involved=True, police_consent=True, repentance=True
    ),
    elig("record_sealing", age_at_offence=16, sentence_years=2),  # 16, two years
    elig("leave_on_bail", "police", leave_reason=True, leave_approved=True),  # trade fair, approved
    elig("leave_under_surveillance", "police", leave_reason=True, leave_approved=True),  # dialysis
    elig("search", "procuratorate", search_warrant=False, search_in_arrest=False),  # no warrant
    elig("detention", "police", caught_in_act=True),  # caught inside the flat
    elig("bail", "police", breastfeeding=True, baby_age_months=4),  # nursing a 4-month-old
    elig("lawyer_hire_approval", "police", state_secrets=True),  # defence contractor
    elig("surveillance_meeting", "police", meet_cohabitant=True),  # live-in carer
    elig(  # ordinary fraud, no secrets, no terrorism
        "lawyer_meeting_permission", "police", state_secrets=False, state_security_crime=False
    ),
    elig(  # suspect required, approved, nothing harmful
        "investigation_experiment",
        "procuratorate",
        experiment_approved=True,
        experiment_harmful=False,
        experiment_compelled=True,
        experiment_party=True,
    ),
    elig("record_unsealing", new_or_omitted_crime=True, combined_sentence_years=4),
    elig("shared_lawyer", "police", co_suspects_same_case=True),  # same embezzlement case
    elig("surveillance_place", surveillance_at_custody_place=True),  # room at the police station
    elig("restraints", "police", restraint_in_measure=True),  # adult, cuffed at the arrest
    elig("family_notice_exception", "police", co_suspect_risk=True),  # co-suspect at large
    elig("leave_conditional_np", cnp_leave_approved=False),  # procuratorate turned it down
    elig(  # CPPCC member arrested about to fly abroad
        "cppcc_notice",
        "police",
        cppcc_member=True,
        measure_arrest=True,
        measure_detention=False,
        urgent_case=True,
    ),
    elig("compelled_appearance", "police", compel_suspect=False),  # a witness
    elig("lawyer_count", "procuratorate", lawyer_count=2),
    elig("recusal_pending", "procuratorate", recusal_pending=True),  # no decision yet
    elig(  # 15, compelled appearance, no danger
        "restraints",
        "police",
        restraint_in_measure=True,
        restraint_juvenile=True,
        restraint_danger=False,
    ),
    elig("lawyer_count", "procuratorate", lawyer_count=3),
    elig("body_examination", "procuratorate", exam_suspect=True, exam_woman_by_man=True),
    elig(  # procuratorate; no flight or suicide attempt, no evidence risk
        "detention", "procuratorate", suicide_or_flight=False, evidence_tampering_risk=False
    ),
    elig("juvenile_non_prosecution", age_at_offence=19, secondary_role=True),  # 19 at the crime
    elig("conditional_non_prosecution", age_at_offence=17, possible_sentence_years=3),
    elig(  # detained at the office, no warrant, emergency unknown
        "search",
        "procuratorate",
        search_warrant=False,
        search_in_arrest=True,
        uncertain=["search_emergency"],
    ),
    elig(  # acted alone, name given, reachable, nothing else
        "family_notice_exception",
        "police",
        co_suspect_risk=False,
        identity_unknown=False,
        hinders_or_impossible=False,
    ),
    elig(  # police surveillance; one unapproved visit; nothing else, nothing serious
        "arrest_for_surveillance_breach",
        "police",
        unapproved_meetings=True,
        evasion=False,
        violent_witness_interference=False,
        evidence_tampering=False,
        new_crime=False,
        other_serious_violation=False,
    ),
    elig("arrest", "police", evidence_of_crime=True, minor_penalty_only=True),  # detention at most
    elig(  # 16, first offence, up to two years, remorse; supervision unknown
        "juvenile_probation",
        age_at_offence=16,
        possible_sentence_years=2,
        recidivist=False,
        repentance=True,
        uncertain=["guardianship"],
    ),
    elig(  # deputy of an unknown level, bail planned
        "deputy_permission",
        "police",
        npc_deputy=True,
        measure_other=True,
        measure_detention=False,
        measure_arrest=False,
    ),
    elig("bail", "police", uncertain=["serious_illness"]),  # heart condition, maybe serious
    elig("bail", "police", minor_penalty_only=True, uncertain=["recidivist"]),  # repeat? unknown
    elig(  # sister from another district, approval unknown
        "surveillance_meeting",
        "police",
        meet_cohabitant=False,
        meet_own_lawyer=False,
        uncertain=["meet_approved"],
    ),
    elig(  # parents uninvolved, remorseful; police consent unknown
        "juvenile_family_meeting", family_not_involved=True, repentance=True
    ),
    elig(  # state secrets unknown, no national-security crime
        "lawyer_meeting_permission",
        "police",
        state_security_crime=False,
        uncertain=["state_secrets"],
    ),
    elig(  # procuratorate surveillance; left once, consequences unknown
        "arrest_for_surveillance_breach", "procuratorate", uncertain=["left_area"]
    ),
    elig(  # evidence, prison possible; bail sufficiency unknown
        "arrest", "police", evidence_of_crime=True, imprisonment_possible=True
    ),
    elig(  # pointed out by the victim; emergency unknown; papers done at once
        "detention_without_warrant",
        "police",
        identified_by_witness=True,
        detention_papers_late=False,
        uncertain=["detention_emergency"],
    ),
    elig(  # missed one report, consequences unknown
        "conditional_np_revocation",
        np_supervision_violation=True,
        np_repeated=False,
        uncertain=["np_serious"],
    ),
    elig(  # name withheld; evidence unknown
        "unknown_identity", "police", identity_unknown=True, uncertain=["evidence_of_crime"]
    ),
    elig(  # juvenile, cuffed at an arrest, danger unknown
        "restraints",
        "police",
        restraint_in_measure=True,
        restraint_juvenile=True,
        uncertain=["restraint_danger"],
    ),
    elig("recusal", "police", uncertain=["official_other_relation"]),  # school friend? unknown
    elig("compelled_appearance", "police", uncertain=["compel_suspect"]),  # suspect or witness
    elig("record_sealing", age_at_offence=15),  # prosecution and sentence unknown
    elig(  # to recover the hidden money, chief procurator approved
        "interrogation_outside_custody",
        "procuratorate",
        out_to_recover=True,
        out_chief_approval=True,
    ),
    elig(  # uninvolved, owns the flat; income unsure
        "guarantor",
        "police",
        guarantor_not_implicated=True,
        uncertain=["guarantor_residence_income"],
    ),
    # ---- deadline
    dead("recusal_reconsideration", date(2026, 3, 2), body="police"),  # rejection received Monday
    dead("arrest_reconsideration", date(2026, 3, 2)),  # request and file received Monday
    dead("conditional_np_complaint", date(2026, 2, 27)),  # decision received last Friday
    dead("forfeiture_review", None),  # the day of the reading is not known
    dead("guarantor_fine_review", None),  # the day the decision arrived is not known
    dead("bail_application_reply", date(2026, 3, 3), body="police"),  # handed in Tuesday
    dead("file_case_after_notice", date(2026, 2, 24)),  # notice received 24 February
    dead("juvenile_inform_victim", date(2026, 3, 3)),  # case received 3 March
    dead("custody_recalculation", date(2026, 3, 2)),  # other crime found 2 March
    dead("overdue_measure_review", date(2026, 3, 2), measure="bail"),  # request made Monday
    dead("bail_period", date(2026, 2, 12), body="police"),  # bail granted 12 February
    dead("sealed_record_inquiry", date(2026, 3, 4)),  # application received Wednesday
    dead("family_notice_detention", datetime(2026, 3, 4, 19, 40), body="police"),  # 7.40 last night
    dead("lawyer_permission", date(2026, 3, 4), body="police"),  # application received Wednesday
    dead("interrogation_arrest", datetime(2026, 3, 4, 15, 30), body="police"),  # yesterday 3.30 pm
    dead("custody_after_arrest", date(2026, 1, 20)),  # arrested 20 January
    # ---- null (24)
    *[NULL] * 24,
]


def expected(item: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The item's label: its computed dict and whether the rule must ask."""
    return dict(item.get("computed") or {}), bool(item.get("needs"))


def check_counts(items: list[dict[str, Any]]) -> list[str]:
    """Problems with the file's counts and rule ids (empty when it is as specified)."""
    rules = all_rules()
    errors = [
        f"item {n}: unknown rule {it['rule']}"
        for n, it in enumerate(items, 1)
        if it["rule"] and it["rule"] not in rules
    ]
    kinds = Counter((it["rule"] or "null.").split(".")[0] for it in items)
    verdicts = Counter(
        str(it["computed"]["eligible"]) for it in items if (it["rule"] or "").startswith("elig")
    )
    voices = Counter(it.get("voice") for it in items)
    elig_all = {r for r in rules if r.startswith("eligibility.")}
    elig_used = {it["rule"] for it in items if (it["rule"] or "").startswith("eligibility.")}
    deadlines = [it["rule"] for it in items if (it["rule"] or "").startswith("deadline.")]
    undated = sum(
        1 for it in items if (it["rule"] or "").startswith("deadline.") and it.get("needs")
    )
    want = {
        "kinds": (dict(kinds), {"eligibility": 60, "deadline": 16, "null": 24}),
        "verdicts": (dict(verdicts), {"True": 22, "False": 20, "None": 18}),
        "voices": (dict(voices), dict.fromkeys(VOICES, 20)),
        "eligibility rules missing": (sorted(elig_all - elig_used), []),
        "distinct deadline rules": (len(set(deadlines)), 16),
        "undated deadline items": (undated, 2),
    }
    errors += [f"{name}: {got} (want {exp})" for name, (got, exp) in want.items() if got != exp]
    return errors


def main() -> int:
    items = yaml.safe_load(SET.read_text(encoding="utf-8"))
    rules = all_rules()
    errors = check_counts(items)
    if len(items) != len(CHECKS):
        errors.append(f"{len(items)} items but {len(CHECKS)} checks")
    agree = labels = 0
    for n, (item, (rule_id, kwargs)) in enumerate(zip(items, CHECKS, strict=False), 1):
        if item["rule"] != rule_id:
            errors.append(f"item {n}: labelled {item['rule']}, check encodes {rule_id}")
            continue
        if rule_id is None:
            if item.get("computed") or item.get("needs"):
                errors.append(f"item {n}: a null item carries computed or needs")
            continue
        labels += 1
        res = rules[rule_id].func(**kwargs)
        want, want_needs = expected(item)
        if res.computed == want and bool(res.needs) == want_needs:
            agree += 1
        else:
            errors.append(
                f"item {n} {rule_id}: label {want} needs={want_needs}; "
                f"function {res.computed} needs={bool(res.needs)}"
            )
    for line in errors:
        print(line)
    print(
        f"{agree} of {labels} labels agree with the rule functions "
        f"({len(items)} items, {len(items) - labels} null)"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
