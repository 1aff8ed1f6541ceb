"""Readers added for stories told in everyday ways: dates without a year or corrected, an age
from a birth date, the writer's own apology, doubts said after the fact, the court stage."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import answer_rule_question
from assistant.rules.facts_birth import age_from_birth
from assistant.rules.negation import uncertain
from assistant.rules.router_facts import read_facts
from assistant.rules.router_text import find_when

TODAY = date(2026, 3, 5)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("i received their decision on 3/3. by what date?", date(2026, 3, 3)),
        ("served on 12/25", date(2025, 12, 25)),  # not yet this year: the last such day
        ("served on 25/12", date(2025, 12, 25)),  # 25 cannot be a month: day first
        ("he was arrested on 30 january - sorry, on 31 january", date(2026, 1, 31)),
        ("on 2 march, no wait, the 3rd of march", date(2026, 3, 3)),
        ("detained on 1 march and given bail on 3 march", date(2026, 3, 1)),  # no correction
    ],
)
def test_dates_told_loosely(text: str, want: date) -> None:
    assert find_when(text, TODAY).moment == want


@pytest.mark.parametrize("text", ["we paid 3/4 of the deposit", "the hotline is open 24/7"])
def test_fractions_are_no_dates(text: str) -> None:
    assert not find_when(text, TODAY).has_date


def test_ambiguous_short_slash_date_says_how_it_was_read() -> None:
    notes = " ".join(find_when("received on 2/3", TODAY).assumptions)
    assert "month/day" in notes and "no year given" in notes


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("i was born in march 2007, and in january this year i got into a fight", 18.0),
        ("he was born on 12 june 2010, in may last year he stole a bike", 14.0),
        ("born in december 2009; the theft was in february 2026", 16.0),
        ("born in 2009, the theft was in may 2025", None),  # 15 or 16: either side of 16
        ("born in 2008 and it happened this year", None),  # 17 or 18
        ("born in 2000", None),  # no offence date
    ],
)
def test_age_from_birth(text: str, want: float | None) -> None:
    assert age_from_birth(text, TODAY) == want


def test_birth_date_decides_a_verdict() -> None:
    r = answer_rule_question(
        "I was born in March 2007 and in January this year I got into a fight, they say I'd get "
        "a year max. Can the procuratorate give me conditional non-prosecution since I'm young?",
        today=TODAY,
    )
    assert r is not None and r.rule_id == "eligibility.conditional_non_prosecution"
    assert r.computed == {"eligible": False}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("he was arrested on 30 january - sorry, on 31 january", None),
        ("sorry for my english, my son stole a phone", None),
        ("sorry to bother you, my son is 16", None),
        ("he is very sorry for what he did", True),
        ("he's sorry, the evidence is clear", True),  # the suspect's remorse, with a comma
    ],
)
def test_writers_apology_is_no_remorse(text: str, want: bool | None) -> None:
    assert read_facts(text).get("repentance") is want


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the police say maybe case involve state secret, maybe not, i don't know", "state secret"),
        ("but whether they think he might hide his papers, i cannot say", "hide"),
        ("is it state secret or not, we don't know", "state secret"),
    ],
)
def test_doubt_told_after_the_fact(text: str, word: str) -> None:
    assert uncertain(text, text.index(word))


def test_a_plain_fact_is_not_doubted() -> None:
    text = "the case involves state secrets. we don't know the lawyer's name"
    assert not uncertain(text, text.index("state secrets"))


@pytest.mark.parametrize(
    "q",
    [
        "First-instance judgment served on my client on 24 February 2026. What is the last day "
        "to lodge an appeal?",
        "He was taken into custody on 1 August 2024 and sentenced to three years on 10 June "
        "2025. When will he be released?",
    ],
)
def test_court_stage_gets_no_deadline(q: str) -> None:
    assert answer_rule_question(q, today=TODAY) is None


def test_time_clause_before_the_question() -> None:
    r = answer_rule_question(
        "He was under residential surveillance and ran off to another province. When they "
        "catch him can they arrest him for that?",
        today=TODAY,
    )
    assert r is not None and r.rule_id == "eligibility.arrest_for_surveillance_breach"


@pytest.mark.parametrize("mark", ["?", ""])
def test_that_is_the_last_act_told(mark: str) -> None:
    # "can they do that" asks about taking his papers, not about the surveillance told first
    q = (
        "cops put my son on that house arrest thing and took his ID card and his drivers "
        f"licence off him. can they do that{mark}"
    )
    assert answer_rule_question(q, today=TODAY) is None


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("the investigator is the victim's brother, can we ask him to step aside?", True),
        ("the prosecutor is married to the victim, can she be removed?", True),
        ("the investigator is the victim's cousin, can we ask him to step aside?", False),
        ("the detective is the nephew of the man who hit me, can he withdraw?", False),
        ("the officer is the victim's brother-in-law, can we get him replaced?", False),
        ("the officer is the brother-in-law of the victim, can we get him replaced?", False),
        (
            "The prosecutor turns out to be married to a cousin of the man my brother "
            "supposedly cheated. Can we get her off the case?",
            False,
        ),
    ],
)
def test_close_relatives_are_spouses_parents_children_siblings(text: str, close: bool) -> None:
    # CPL Art. 108 (6): any other relative is MPS Art. 24 (4)'s other tie, still a ground
    r = answer_rule_question(text, today=TODAY)
    assert r is not None and r.rule_id == "eligibility.recusal"
    assert r.computed["eligible"] is True
    met = r.summary.split("Who decides")[0]
    assert ("close relative of a party" in met) is close
    assert close or "another relationship" in met
