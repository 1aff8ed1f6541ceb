"""Ties between spelling candidates are broken only by a neighbour that settles them."""

from __future__ import annotations

import doctest

import pytest

from assistant.retrieval import spelling_context
from assistant.retrieval.spelling import Speller

CORPUS = ["the detention house shall keep him for 24 hours", "house arrest ends"]


def _speller(phrases: list[str] | None = None) -> Speller:
    return Speller.from_texts(CORPUS, known=["under"], phrases=lambda: phrases or CORPUS)


def test_docstring_examples() -> None:
    assert doctest.testmod(spelling_context).failed == 0


def test_a_content_neighbour_settles_a_tie() -> None:
    s = _speller()
    assert s.fix("hous") == "hous"  # house or hours: tied on its own
    assert s.correct("under hous arest") == "under house arrest"
    assert s.correct("Hous-arrest, please") == "house-arrest, please"
    assert s.correct("for 24 hous") == "for 24 hous"  # a number is not a word neighbour


@pytest.mark.parametrize(
    "text",
    [
        "the hous",  # a stop word pairs with both candidates
        "hous. arrest",  # a full stop ends the phrase
        "hous",  # no neighbour at all
    ],
)
def test_a_tie_without_a_deciding_neighbour_stays(text: str) -> None:
    assert _speller().correct(text) == text


def test_a_neighbour_pairing_with_both_candidates_settles_nothing() -> None:
    s = _speller(["house rules", "hours rules"])
    assert s.correct("hous rules") == "hous rules"


def test_phrases_are_read_only_when_a_tie_occurs() -> None:
    def refuse() -> list[str]:
        raise AssertionError("phrases read for a query without a tie")

    s = Speller.from_texts(CORPUS, phrases=refuse)
    assert s.correct("the detenton house") == "the detention house"  # one candidate: no tie
    with pytest.raises(AssertionError, match="phrases read"):
        s.correct("under hous arest")  # a tie: now they are read


def test_without_phrases_ties_stay_as_before() -> None:
    assert Speller.from_texts(CORPUS).correct("under hous arest") == "under hous arrest"
