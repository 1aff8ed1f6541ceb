"""Check the labels of Set L (tests/rules/routing_round47_setL.yaml, bench/routing_blind/round37.yaml).

Every eligibility and deadline item of the 100 (in writing order: odd items are the open
file's, even items the blind file's) has its facts and dates encoded here BY HAND, from the
question as the writer meant it under the Readings of the headers; the pure rule function is
called on that encoding (never on the question's text) and its `computed` / `needs` compared
with the file's label. Nothing here reads or runs the router.

    PYTHONPATH=. .venv/bin/python bench/routing_blind/check_round37.py
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import yaml

from assistant.rules.rulebook import all_rules

ROOT = Path(__file__).resolve().parents[2]
OPEN = ROOT / "tests/rules/routing_round47_setL.yaml"
BLIND = ROOT / "bench/routing_blind/round37.yaml"

P, Q = "police", "procuratorate"


def E(rule, body, **facts):
    """An eligibility encoding: rule id, body (or None), facts."""
    return ("eligibility." + rule, {"facts": facts, "body": body})


def D(rule, start, **kw):
    """A deadline encoding: rule id, start (date, datetime or None), other arguments."""
    return ("deadline." + rule, {"start": start, **kw})


d, t = date, datetime
U = "uncertain"

# global item number (writing order) -> hand encoding of the question's facts
ENC = {
    # 1 headline, eligible true
    1: E("bail", P, pregnant=True),
    2: E("arrest_exemption", Q, serious_illness=True),
    # 2 news, false
    3: E(
        "conditional_non_prosecution",
        None,
        age_at_offence=17,
        crime_chapter_4_6=False,
        possible_sentence_years=0.5,
        repentance=True,
    ),
    4: E("detention", Q, suicide_or_flight=False, evidence_tampering_risk=False),
    # 3 proxy, cannot tell
    5: E("leave_on_bail", P, leave_reason=True, **{U: ["leave_approved"]}),
    6: E("juvenile_family_meeting", None, family_not_involved=True, repentance=True),
    # 4 complaint, true
    7: E("recusal", P, official_is_party_or_relative=True),
    8: E("family_notice_exception", P, co_suspect_risk=True),
    # 5 abbreviations, deadline
    9: D("lawyer_permission", d(2026, 3, 3), body=P),
    10: D("recusal_reconsideration", d(2026, 3, 1), body=P),
    # 6 headline, null: 11, 12
    # 7 news, true
    13: E(
        "deputy_permission",
        None,
        npc_deputy=True,
        deputy_county_up=False,
        measure_arrest=True,
        measure_detention=False,
    ),
    14: E(
        "conditional_non_prosecution",
        None,
        age_at_offence=16,
        crime_chapter_4_6=True,
        possible_sentence_years=1,
        prosecutable=True,
        repentance=True,
    ),
    # 8 proxy, false
    15: E("leave_under_surveillance", P, leave_reason=True, leave_approved=False),
    16: E("guarantor", None, guarantor_not_implicated=False, guarantor_residence_income=True),
    # 9 complaint, null: 17, 18
    # 10 abbreviations, true
    19: E("arrest", Q, evidence_of_crime=True, possible_sentence_years=3, bail_insufficient=True),
    20: E("arrest_for_bail_breach", P, breach=True, missed_summons=False),
    # 11 headline, deadline
    21: D("procuratorate_detention", d(2026, 3, 2)),
    22: D("arrest_reconsideration", d(2026, 2, 27)),
    # 12 news, cannot tell
    23: E(
        "cppcc_notice",
        P,
        cppcc_member=True,
        measure_detention=True,
        measure_arrest=False,
        **{U: ["urgent_case"]},
    ),
    24: E("unknown_identity", Q, identity_unknown=True),
    # 13 proxy, true
    25: E(
        "guarantor",
        P,
        guarantor_not_implicated=True,
        guarantor_rights_unrestricted=True,
        guarantor_residence_income=True,
    ),
    26: E("leave_on_bail", P, leave_reason=True, leave_approved=True),
    # 14 complaint, false
    27: E("search", Q, search_woman_by_man=True),
    28: E(
        "restraints", P, restraint_in_measure=True, restraint_juvenile=True, restraint_danger=False
    ),
    # 15 abbreviations, false
    29: E("lawyer_hire_approval", P, state_secrets=True),
    30: E("shared_lawyer", None, co_suspects_same_case=True),
    # 16 news, null: 31, 32
    # 17 proxy, deadline
    33: D("guarantor_fine_review", d(2026, 3, 2)),
    34: D("forfeiture_review", d(2026, 3, 4)),
    # 18 headline, false
    35: E("lawyer_count", None, lawyer_count=3),
    36: E("juvenile_probation", None, age_at_offence=17, possible_sentence_years=5),
    # 19 complaint, cannot tell
    37: E("lawyer_interpreter", None, **{U: ["interpreter_permission"]}),
    38: E("search", Q, search_warrant=False, search_in_arrest=True, **{U: ["search_emergency"]}),
    # 20 abbreviations, true
    39: E("surveillance", P, no_bond_or_guarantor=True),
    40: E(
        "interrogation_outside_custody",
        Q,
        out_to_recover=True,
        out_chief_approval=True,
        out_escort_short=False,
    ),
    # 21 news, deadline
    41: D("interrogation_arrest", t(2026, 3, 3, 21, 40), body=P),
    42: D("juvenile_inform_victim", d(2026, 2, 26)),
    # 22 proxy, null: 43, 44
    # 23 headline, cannot tell
    45: E("bail", P, breastfeeding=True),
    46: E("record_unsealing", None, new_or_omitted_crime=True),
    # 24 complaint, true
    47: E(
        "detention_without_warrant",
        P,
        caught_in_act=True,
        detention_emergency=True,
        detention_papers_late=False,
    ),
    48: E(
        "compelled_appearance",
        P,
        compel_suspect=True,
        compel_failed_summons=True,
        compel_outside_area=False,
    ),
    # 25 abbreviations, null: 49, 50
    # 26 news, true
    51: E("arrest_for_surveillance_breach", None, evasion=True),
    52: E("detention", P, caught_in_act=True),
    # 27 proxy, cannot tell
    53: E("surveillance", P, **{U: ["pregnant"]}),
    54: E("conditional_np_revocation", None, np_supervision_violation=True, np_repeated=False),
    # 28 headline, true
    55: E("sealed_record_access", None, requester_judicial=True),
    56: E("record_sealing", None, age_at_offence=16, sentence_years=2),
    # 29 complaint, deadline
    57: D("overdue_measure_review", d(2026, 2, 27), measure="detention"),
    58: D("family_notice_detention", t(2026, 2, 28, 23, 30), body=P),
    # 30 abbreviations, cannot tell
    59: E("bail", P, serious_illness=True, **{U: ["gang_principal"]}),
    60: E(
        "record_sealing", None, sentence_years=3, not_prosecuted=False, **{U: ["age_at_offence"]}
    ),
    # 31 news, false
    61: E("arrest", None, evidence_of_crime=True, minor_penalty_only=True),
    62: E("investigation_experiment", None, experiment_harmful=True),
    # 32 proxy, true
    63: E("surveillance_meeting", None, meet_own_lawyer=True),
    64: E(
        "juvenile_non_prosecution", None, age_at_offence=15, minor_crime=True, secondary_role=True
    ),
    # 33 complaint, null: 65, 66
    # 34 headline, deadline
    67: D("custody_recalculation", d(2026, 3, 3)),
    68: D("no_filing_reasons", d(2026, 2, 24)),
    # 35 abbreviations, false
    69: E(
        "family_notice_exception",
        P,
        co_suspect_risk=False,
        identity_unknown=False,
        hinders_or_impossible=False,
    ),
    70: E(
        "arrest_for_bail_breach",
        Q,
        new_crime=False,
        evasion=False,
        evidence_tampering=False,
        left_area=False,
        missed_summons=False,
    ),
    # 36 news, null: 71, 72
    # 37 proxy, false
    73: E("recusal_pending", P, recusal_pending=True),
    74: E("compelled_appearance", P, compel_suspect=False),
    # 38 headline, false
    75: E("bail", P, pregnant=True, recidivist=True),
    76: E("leave_conditional_np", None, cnp_leave_approved=False),
    # 39 complaint, false
    77: E("surveillance_place", P, surveillance_at_custody_place=True),
    78: E("body_examination", Q, exam_suspect=False, exam_victim=False, exam_forced=True),
    # 40 abbreviations, true
    79: E("detention", P, identified_by_witness=True),
    80: E("lawyer_meeting_permission", P, state_secrets=False, state_security_crime=False),
    # 41 news, cannot tell
    81: E(
        "deputy_permission",
        P,
        npc_deputy=True,
        measure_other=True,
        measure_arrest=False,
        measure_detention=False,
    ),
    82: E(
        "juvenile_non_prosecution",
        None,
        age_at_offence=16,
        minor_injury_case=True,
        minor_crime=True,
        repentance=True,
        recidivist=False,
    ),
    # 42 proxy, null: 83, 84
    # 43 headline, cannot tell
    85: E("arrest", Q, evidence_of_crime=True, imprisonment_possible=True),
    86: E("lawyer_meeting_permission", P),
    # 44 complaint, cannot tell
    87: E(
        "restraints",
        P,
        restraint_in_measure=True,
        restraint_juvenile=True,
        **{U: ["restraint_danger"]},
    ),
    88: E("recusal", P, **{U: ["official_gifts_or_meetings", "official_other_relation"]}),
    # 45 abbreviations, deadline
    89: D("bail_period", d(2025, 9, 15), body=P),
    90: D("sealed_record_inquiry", d(2026, 2, 20)),
    # 46 news, null: 91, 92
    # 47 proxy, deadline without its date
    93: D("conditional_np_complaint", None),
    94: D("bail_application_reply", None, body=P),
    # 48-50 null: 95-100
}


def call(rule_id: str, enc: dict):
    spec = all_rules()[rule_id]
    if rule_id.startswith("eligibility."):
        return spec.func(dict(enc["facts"]), body=enc["body"])
    return spec.func(**enc)


def items_in_writing_order() -> list[dict]:
    """Re-interleave the two halves: odd numbers from the open file, even from the blind."""
    a = yaml.safe_load(OPEN.read_text(encoding="utf-8"))
    b = yaml.safe_load(BLIND.read_text(encoding="utf-8"))
    out = []
    for x, y in zip(a, b, strict=True):
        out += [x, y]
    return out


def main() -> int:
    rules = all_rules()
    items = items_in_writing_order()
    checked = agree = 0
    bad = []
    for n, it in enumerate(items, 1):
        rule = it["rule"]
        assert rule is None or rule in rules, (n, rule)
        if rule is None:
            assert n not in ENC, n
            continue
        enc_rule, enc = ENC[n]
        assert enc_rule == rule, (n, enc_rule, rule)
        res = call(rule, enc)
        checked += 1
        same = res.computed == (it.get("computed") or {}) and bool(res.needs) == bool(
            it.get("needs")
        )
        if same:
            agree += 1
        else:
            bad.append((n, rule, it.get("computed"), it.get("needs"), res.computed, res.needs))
    print(f"labels checked: {checked}; agree: {agree}")
    for row in bad:
        print("DISAGREE", *row)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
