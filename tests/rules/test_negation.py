"""Negation scope in fact extraction: negated facts read False, others keep their polarity."""

from __future__ import annotations

import pytest

from assistant.rules.negation import negated
from assistant.rules.router_facts import read_facts
from assistant.rules.router_text import clean

CASES = [
    ("she is not pregnant", {"pregnant": False}),
    ("she isn't pregnant", {"pregnant": False}),
    ("she's pregnant", {"pregnant": True}),
    ("a non-violent fraud", {"violent_crime": False}),
    ("a nonviolent offence", {"violent_crime": False}),
    ("the crime was violent", {"violent_crime": True}),
    ("violence was not involved", {"violent_crime": False}),
    ("he is not a repeat offender", {"recidivist": False}),
    ("he has no criminal record", {"recidivist": False}),
    ("he has a criminal record", {"recidivist": True}),
    ("he has never been convicted", {"recidivist": False}),
    ("not a first-time offender", {"recidivist": True}),
    ("it has nothing to do with state security", {"state_security_crime": False}),
    ("no gang involved", {"gang_principal": False}),
    ("he is the gang leader", {"gang_principal": True}),
    ("pregnant? no.", {"pregnant": False}),
    ("she is neither pregnant nor breastfeeding", {"pregnant": False, "breastfeeding": False}),
    # the scope ends at a new clause with its own subject, or at a contrast word
    ("she is not pregnant, she is breastfeeding", {"pregnant": False, "breastfeeding": True}),
    ("he is not violent but he is a recidivist", {"violent_crime": False, "recidivist": True}),
    ("he has no record and the crime was violent", {"recidivist": False, "violent_crime": True}),
    ("not pregnant. breastfeeding her baby", {"pregnant": False, "breastfeeding": True}),
    # a participle after a comma opens a clause of its own; "nothing ..." keeps the list
    (
        "they won't tell us where, saying his accomplices could flee",
        {"co_suspect_risk": True},
    ),
    ("first offence, nothing violent, not part of a gang", {"violent_crime": False}),
    # lists keep the scope
    (
        "he isn't a recidivist, violent or a gang leader",
        {"recidivist": False, "violent_crime": False},
    ),
    # naming a property offence settles the crime-type exclusions
    ("a fraud", {"violent_crime": False, "state_security_crime": False}),
    ("a robbery and a theft", {"violent_crime": True}),
    # a baby's age given in brackets
    ("breastfeeding our baby boy (7 months)", {"breastfeeding": True, "baby_age_months": 7.0}),
    # a negated negative phrase is a positive fact
    ("i am not deprived of political rights", {"guarantor_rights_unrestricted": True}),
    ("i was deprived of political rights", {"guarantor_rights_unrestricted": False}),
    (
        "not involved in the case and have a fixed residence and a stable income",
        {"guarantor_not_implicated": True, "guarantor_residence_income": True},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_read_facts_polarity(text: str, expected: dict[str, object]) -> None:
    facts = read_facts(clean(text))
    for key, value in expected.items():
        assert facts.get(key) == value and type(facts.get(key)) is type(value), (key, facts)


def test_negated_positions() -> None:
    text = "she is not a repeat offender, and she is pregnant"
    assert negated(text, text.index("repeat"))
    assert not negated(text, text.index("pregnant"))
    assert negated("a non-violent fraud", 6)
    assert not negated("a violent fraud", 2)


def test_window_is_bounded() -> None:
    """A cue far before the keyword in a long run-on clause does not reach it."""
    text = "not " + "x " * 60 + "pregnant"
    assert not negated(text, text.index("pregnant"))
