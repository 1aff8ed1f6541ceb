"""Which word classes state which fact (data; see `concepts` and the classes it names).

A `Concept` is read when all its classes occur in one sentence; its `anchor` class is the
predicate whose negation flips the value ("has NOT tried to run off": suicide_or_flight
False). Concepts of the same fact are tried in order; the first that matches decides. A
value of None marks a fact raised but not settled ("he is in a gang": whether he leads it
is asked, never assumed); negated, it is False ("not in any gang").

Example:
    >>> next(c for c in CONCEPTS if c.key == "custody_time_expired").classes
    ('time_limit', 'runs_out')
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Concept:
    """A fact stated by word classes meeting in one sentence."""

    key: str
    classes: tuple[str, ...]
    value: bool | None = True  # the value when the anchor is not negated; None: raised, open
    anchor: int = 0  # index of the class whose clause decides negation and uncertainty
    scope: str = ""  # a class the whole text must name, else the concept is not read
    stated: bool = False  # read only from sentences that do not ask ("is there evidence?")
    unless: str = ""  # a class that must not occur in the sentence
    near: int = 0  # when set, every class within this many words of the anchor


C = Concept
GUARANTEE, OFFICIAL, PROBATION = "guarantee", "official", "on_probation"
SURVEILLANCE, SEALED = "surveillance_words", "sealed"
CONCEPTS: tuple[Concept, ...] = (
    # the evidence told as weak: no proof of the crime (SPP Art. 86, MPS Art. 115)
    C("evidence_of_crime", ("weak_case",), value=False),
    # bail and residential surveillance: grounds (MPS Arts. 63, 94; SPP Art. 37)
    C("pregnant", ("pregnancy",)),
    C("breastfeeding", ("feeding", "infant"), unless="bottle", near=4),
    C("serious_illness", ("grave_illness",)),
    C("serious_illness", ("mild", "ailment"), value=False, anchor=1),
    C("custody_time_expired", ("time_limit", "runs_out"), anchor=1),
    C("custody_time_expired", ("out_of_time",)),
    C("evidence_short_for_arrest", ("evidence", "weak"), anchor=1, stated=True),
    # exclusions (MPS Art. 64, SPP Art. 38)
    C("egregious_crime", ("egregious",)),
    C("violent_crime", ("violent",)),
    C("gang_principal", ("leads", "group")),
    C("gang_principal", ("alone",), value=False),
    C("gang_principal", ("gang",), value=None),  # in a gang, its role unsaid: asked
    C("recidivist", ("record",)),
    C("recidivist", ("clean",), value=False),
    C("recidivist", ("first_time", "offence"), value=False),
    C("recidivist", ("prior", "convicted"), anchor=1),
    C("recidivist", ("served", "term"), near=3),
    # a conviction told beside the present accusation is an earlier one ("convicted of theft
    # in 2019 ... now they say he stole again"); the year alone is no word to match
    C("recidivist", ("convicted", "again_now"), stated=True),
    # arrest (MPS Art. 115, SPP Art. 86)
    C("evidence_of_crime", ("evidence", "solid"), stated=True),
    C("evidence_of_crime", ("hard_evidence",), stated=True),
    C("bail_insufficient", ("release", "not_stop"), anchor=1, stated=True),
    C("bail_insufficient", ("danger", "people"), stated=True, near=4),
    C("bail_insufficient", ("put_at", "at_risk"), stated=True, near=5),
    C("bail_insufficient", ("reoffend", "at_liberty"), stated=True, near=8),
    # detention (MPS Art. 105, SPP Art. 76)
    C("identified_by_witness", ("identify",), unless="camera"),
    C("identified_by_witness", ("saw_it", "named_him"), anchor=1, unless="camera"),
    C("caught_in_act", ("arrived", "still_there"), anchor=1),
    C("evidence_found_on_person", ("found", "loot", "his_place")),
    C("identity_unknown", ("refuse", "who_he_is"), near=6),
    C("identity_unknown", ("no_papers",)),
    C("identity_unknown", ("unknown_who",)),
    # "they know his real name and address": the identity known (negated: unknown)
    C("identity_unknown", ("know_it", "who_he_is"), value=False, stated=True, near=4),
    C("suicide_or_flight", ("flight",)),
    C("suicide_or_flight", ("cooperating",), value=False),
    C("evidence_tampering_risk", ("destroy", "records")),
    C("evidence_tampering_risk", ("collude",)),
    C("evidence_tampering_risk", ("tamper",)),
    # breaking bail or surveillance (SPP Arts. 53-54, 68; MPS Arts. 78, 99)
    C("evasion", ("flight",)),
    C("evidence_tampering", ("destroy", "records")),
    C("evidence_tampering", ("collude",)),
    C("evidence_tampering", ("threaten", "witness")),
    C("violent_witness_interference", ("threaten", "witness")),
    C("new_crime", ("crime_act", "meanwhile")),
    C("new_crime", ("illegal_act", "meanwhile"), stated=True),
    C("left_area", ("leave", "elsewhere", "repeat")),
    C("unapproved_meetings", ("meet", "unapproved", "repeat")),
    C("missed_summons", ("miss", "summons", "repeat")),
    C("breach", ("broke", "terms")),
    # not appearing when summoned breaks a bail or surveillance condition even once (CPL
    # Arts. 71, 77); the procuratorate's mandatory-arrest grounds still ask "twice"
    C("breach", ("miss", "summons")),
    # leaving the city or county without approval breaks a bail condition (CPL Art. 71) even
    # once; the procuratorate's mandatory-arrest ground (SPP Art. 53) still asks "twice"
    C("breach", ("leave", "elsewhere", "unapproved")),
    C("no_deposit", ("lack_money", "deposit"), near=6),  # MPS Art. 68, with no guarantor
    # not telling the family (MPS Art. 108, SPP Art. 80)
    C("co_suspect_risk", ("accomplices", "at_large"), anchor=1),
    C("hinders_or_impossible", ("hinder", "inquiry")),
    C("hinders_or_impossible", ("unreachable",)),
    # guarantors (MPS Art. 69), read only when a guarantor is named
    C("guarantor_not_implicated", ("uninvolved",), scope=GUARANTEE),
    C(
        "guarantor_not_implicated",
        ("suspect_view", "complicit"),
        value=False,
        anchor=1,
        scope=GUARANTEE,
    ),
    # a relative at a minor's family meeting (SPP Juvenile Art. 24): the same words
    C("family_not_involved", ("uninvolved",)),
    # "the police think he was in on it": complicity, not the suspect's own part in the crime
    C("family_not_involved", ("suspect_view", "complicit"), value=False, anchor=1),
    C(
        "guarantor_not_implicated",
        ("first_person", "involved", "the_case"),
        value=False,
        anchor=1,
        scope=GUARANTEE,
    ),
    C("guarantor_rights_unrestricted", ("political_rights", "loss"), value=False, anchor=1),
    C("guarantor_rights_unrestricted", ("freedom", "curbed"), value=False, anchor=1),
    C(
        "guarantor_rights_unrestricted",
        ("first_person", "restrained"),
        value=False,
        anchor=1,
        scope=GUARANTEE,
    ),
    C("guarantor_capable", ("able", "supervise"), scope=GUARANTEE),
    # "she's 80, bedridden and lives in a care home": unable to supervise anyone
    C("guarantor_capable", ("infirm",), value=False, scope=GUARANTEE),
    # a would-be guarantor who has "never been in trouble" has lost neither political rights
    # (a criminal penalty) nor personal freedom (a criminal measure)
    C(
        "guarantor_rights_unrestricted",
        ("first_person", "clean"),
        anchor=1,
        scope=GUARANTEE,
        stated=True,
    ),
    # recusal (MPS Arts. 24, 26), read only when an official is named
    C("official_is_party_or_relative", ("kin", "party"), scope=OFFICIAL),
    C("official_other_relation", ("acquaintance", "party"), scope=OFFICIAL),
    C("official_interest", ("stake", "party"), scope=OFFICIAL),
    C("official_gifts_or_meetings", ("gift", "giver"), scope=OFFICIAL),
    # SPP Rules Art. 29: a procurator who investigated this case before his transfer (another
    # case he investigated is no ground)
    C(
        "official_former_investigator",
        ("other_case", "investigated_it", "procurator_role"),
        value=False,
        scope=OFFICIAL,
    ),
    C(
        "official_former_investigator",
        ("investigated_it", "procurator_role", "moved_over"),
        scope=OFFICIAL,
    ),
    C("official_prior_role", ("prior_role", "before"), scope=OFFICIAL),
    # juvenile provisions (SPP Juvenile Arts. 24, 26, 29, 59)
    C("repentance", ("remorse",)),
    C("prosecutable", ("facts", "clear"), anchor=1),
    C("facts_ascertained", ("facts", "clear"), anchor=1),
    C("guardianship", ("carer", "care"), anchor=1),
    C("community_no_adverse_effect", ("community", "fine_with"), anchor=1),
    C("victim_settled", ("settled",)),
    C("minor_crime", ("small", "matter")),
    C("coerced", ("coerced",)),
    C("incomplete_crime", ("unfinished",)),
    C("secondary_role", ("helper",)),
    C("disability", ("disabled",)),
    C("excessive_defence", ("defence",)),
    C("surrender_or_merit", ("surrender",)),
    # revoking a conditional non-prosecution (SPP Juvenile Art. 46)
    C("np_earlier_crime", ("earlier", "crime_act", "came_out"), anchor=2, scope=PROBATION),
    C("np_repeated", ("repeat",), scope=PROBATION),
    C("np_repeated", ("once",), value=False, scope=PROBATION),
    C("np_serious", ("serious",), scope=PROBATION),
    C("np_serious", ("harmless",), value=False, scope=PROBATION),
    # where residential surveillance is carried out (MPS Art. 98)
    C("surveillance_at_custody_place", ("custody_place",), scope=SURVEILLANCE),
    C("surveillance_at_residence", ("own_home",), scope=SURVEILLANCE),
    # who asks for a sealed juvenile record (SPP Juvenile Art. 64)
    C("requester_judicial", ("private_requester",), value=False, scope=SEALED),
    C("requester_state_rules", ("private_requester",), value=False, scope=SEALED),
    C("requester_judicial", ("first_person", "judicial_body"), anchor=1, scope=SEALED),
    C("requester_judicial", ("judicial_body", "wants_it"), scope=SEALED),
    C("requester_state_rules", ("per_regulations",), scope=SEALED),
)
