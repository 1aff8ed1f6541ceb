"""Reading questions: numbers (the age at the offence, sentences) and bare asks."""

from __future__ import annotations

import pytest

from assistant.rules.facts_numbers import read_numbers
from assistant.rules.router_asks import asks
from assistant.rules.router_frames import canonical_ask
from assistant.rules.router_text import clean

CASES = [
    # the age at the offence, stated as such, wins over today's age
    ("he is 18 and a half now but he stole it when he was 17", {"age_at_offence": 17.0}),
    ("she was 15 at the time of the robbery", {"age_at_offence": 15.0}),
    ("my son is 16 and stole a bike", {"age_at_offence": 16.0}),
    # an adult's age today does not say how old he was at the offence
    ("my son turned 18 this spring. he got two years.", {"age_at_offence": None}),
    # sentences in other word orders
    ("his sentence: exactly five years' fixed-term imprisonment", {"possible_sentence_years": 5.0}),
    ("the lawyer says 8 months max", {"possible_sentence_years": 8 / 12}),
    ("he got three years in prison", {"possible_sentence_years": 3.0}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_read_numbers(text: str, expected: dict[str, float | None]) -> None:
    got = read_numbers(clean(text))
    for key, value in expected.items():
        assert got.get(key) == (pytest.approx(value) if value is not None else None), got


def test_bare_ask_takes_the_intention_before_it() -> None:
    text = clean("The prosecutors want to detain an official who shredded the books. Can they?")
    assert canonical_ask(text).endswith("can they detain an official who shredded the books?")
    plain = clean("Can they detain him? He fled.")
    assert canonical_ask(plain) == plain


def test_bare_is_that_lawful_asks_of_the_last_clause_before_it() -> None:
    text = clean("They put him under surveillance but he is held in a cell. Is that lawful?")
    assert canonical_ask(text).endswith("is it lawful that he is held in a cell?")


def test_a_bare_ask_adopts_the_sentence_before_it() -> None:
    text = clean("My uncle is asking whether he can get bail because of his bad back. Can he?")
    assert asks("eligibility.bail", text)
    assert not asks("eligibility.bail", clean("He asked whether he can get bail. Why?"))
