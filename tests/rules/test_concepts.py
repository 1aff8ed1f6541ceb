"""Facts read as concepts: word classes meeting in one sentence, in any order and word form."""

from __future__ import annotations

import pytest

from assistant.rules.concept_specs import CONCEPTS
from assistant.rules.concepts import WORDS, read_concepts, states_all
from assistant.rules.router_facts import read_facts
from assistant.rules.router_text import clean

CASES = [
    # any order, any word form
    ("the custody period ran out", {"custody_time_expired": True}),
    ("they cannot finish within the legal time limit", {"custody_time_expired": True}),
    ("the time limit has not run out yet", {"custody_time_expired": False}),
    ("she said he was the one and pointed straight at him", {"identified_by_witness": True}),
    ("the police identified him from his phone records", {}),
    ("he was the boss of the whole phone-scam crew", {"gang_principal": True}),
    ("he ran the group and the others worked for him", {"gang_principal": True}),
    # the anchor carries the polarity: a cue before it negates, a cue after it does not
    ("he hasn't tried to run off", {"suicide_or_flight": False}),
    ("nobody suggests he'd destroy documents", {"evidence_tampering_risk": False}),
    ("a court took away my political rights", {"guarantor_rights_unrestricted": False}),
    ("i've never been deprived of political rights", {"guarantor_rights_unrestricted": True}),
    ("the neighbourhood committee has no objection", {"community_no_adverse_effect": True}),
    ("the community does not support him", {"community_no_adverse_effect": False}),
    # said to be unknown: left open
    ("we don't know whether he is one of the gang's leaders", {}),
    # scope: guarantor facts only when a guarantor is named
    ("i have nothing to do with his case", {}),
    (
        "i'd be his guarantor. i have nothing to do with his case",
        {"guarantor_not_implicated": True},
    ),
    (
        "i'd be his guarantor, but i'm being looked at in the same case",
        {"guarantor_not_implicated": False},
    ),
    # a question does not state evidence
    ("is there strong evidence against him?", {}),
    ("there is strong evidence against him.", {"evidence_of_crime": True}),
    # danger and people must be near each other
    ("he didn't hurt himself, and he met with anyone he liked", {}),
    ("bail would not stop him from hurting more people", {"bail_insufficient": True}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_read_concepts(text: str, expected: dict[str, bool]) -> None:
    found, _ = read_concepts(clean(text))
    for key, value in expected.items():
        assert found.get(key) is value, (key, found)
    if not expected:
        relevant = {"identified_by_witness", "gang_principal", "guarantor_not_implicated"}
        relevant |= {"evidence_of_crime", "bail_insufficient"}
        assert not relevant & set(found), found


def test_raised_but_unsettled_is_left_open() -> None:
    found, unsure = read_concepts(clean("he is in a gang, but we don't know his role"))
    assert "gang_principal" not in found and "gang_principal" in unsure
    found, unsure = read_concepts(clean("he is not in any gang"))
    assert found.get("gang_principal") is False


def test_read_facts_marks_open_facts_uncertain() -> None:
    facts = read_facts(clean("he's in a gang, but we don't know if he is one of its leaders"))
    assert "gang_principal" not in facts and "gang_principal" in facts["uncertain"]


def test_home_and_income_in_two_statements() -> None:
    text = clean("i've owned my flat for twenty years. i draw a steady salary.")
    assert states_all(text, "home", "income")
    assert not states_all(clean("i rent my flat. i have no job."), "home", "income")


def test_every_class_named_by_a_concept_exists() -> None:
    names = {n for c in CONCEPTS for n in (*c.classes, c.scope, c.unless) if n}
    assert names <= set(WORDS), names - set(WORDS)
    assert all(0 <= c.anchor < len(c.classes) for c in CONCEPTS)


def test_indirect_facts_round24() -> None:
    """facts4: facts told indirectly read as the fact (and the negative stays negative)."""
    from assistant.rules.router_facts import read_facts

    assert read_facts("they've got nothing solid, it's all hearsay")["evidence_of_crime"] is False
    assert (
        read_facts("on probation he skipped a meeting but nothing came of it")["np_serious"]
        is False
    )
    got = read_facts("the police think the guarantor was in on it")
    assert got["guarantor_not_implicated"] is False
    assert (
        read_facts("we have nothing whatsoever to do with the case")["family_not_involved"] is True
    )
    assert read_facts("he was trying to burn papers")["evidence_tampering_risk"] is True
    assert read_facts("on bail he was convicted of something new")["new_crime"] is True
    assert "new_crime" not in read_facts("he was convicted of theft in 2019")


def test_time_before_weekday() -> None:
    """'9pm wednesday' and '2.30 this afternoon' give a date and a time."""
    from datetime import date, datetime

    from assistant.rules.router_text import find_when

    today = date(2026, 3, 5)
    assert find_when("detained at 9pm wednesday", today).moment == datetime(2026, 3, 4, 21, 0)
    assert find_when("at 7.45 pm on sunday", today).moment == datetime(2026, 3, 1, 19, 45)
    assert find_when("got there at 2.30 this afternoon", today).moment == datetime(
        2026, 3, 5, 14, 30
    )
