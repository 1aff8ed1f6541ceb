"""Question-type prior for time questions: which questions ask about time, which
provisions state a period, and how the boost moves an article up."""

from __future__ import annotations

import pytest

from assistant.retrieval.periods import asks_for_time, period_rows, states_period
from assistant.retrieval.ranking import apply_boost, rank_articles


@pytest.mark.parametrize(
    "question",
    [
        "How long can the police keep him locked up?",
        "when do they have to tell the family",
        "what is the time limit for reconsideration?",
        "How many days does the procuratorate have to decide?",
        "By when must the notice be served?",
        "they took him in at 8am and it's 11pm now, is that even legal?",
        "the police held him 40 days, is that allowed?",
    ],
)
def test_time_questions(question: str) -> None:
    assert asks_for_time(question)


@pytest.mark.parametrize(
    "question",
    [
        "Can one lawyer defend two suspects in the same case?",
        "who decides on recusal of an investigator",
        "is it legal for the police to search my phone?",
        "SPP Rules art. 83",
        "is my son entitled to legal aid",
    ],
)
def test_other_questions(question: str) -> None:
    assert not asks_for_time(question)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he shall, within three days after detention, submit the case", True),
        ("a Notice of arrest shall be prepared within 24 hours", True),
        ("may be extended to 30 days upon approval", True),
        ("within seven working days", True),
        ("extended by one to four days", True),
        ("for a term of twenty-four months", True),
        ("the public security organ at or above the county level", False),
        ("Article 12 of these Provisions; item (3) of paragraph 2", False),
        ("several days later", False),
    ],
)
def test_states_period(text: str, expected: bool) -> None:
    assert states_period(text) is expected


def test_period_rows_cover_every_chunk_of_an_article() -> None:
    # article 0 has its period in its second chunk; article 1 has none; article 2 has one
    article_of = [0, 0, 1, 2]
    texts = ["Article 5 applies.", "within 15 days", "the county level", "two months"]
    assert period_rows(article_of, texts) == frozenset({0, 1, 3})


def test_boost_scales_only_the_given_rows() -> None:
    scores = {0: 1.0, 1: 0.9, 2: 0.5}
    assert apply_boost(scores, {1, 2}, 0.2) == pytest.approx({0: 1.0, 1: 1.08, 2: 0.6})
    assert apply_boost(scores, set(), 0.2) is scores
    assert apply_boost(scores, {1}, 0.0) is scores


def test_boost_reorders_neighbours_in_rank_articles() -> None:
    # rows 0 and 1 are neighbouring articles with nearly equal fused scores; only the
    # second states a period, so a time question puts it first, other questions do not
    rankings = [[(0, 3.0), (1, 2.9)], [(0, 0.9), (1, 0.8)]]
    common = {"law_of": ["mps-procedures"] * 2, "article_of": [0, 1], "rrf_k": 10}
    plain = rank_articles(rankings, [1.0, 1.0], **common)
    timed = rank_articles(rankings, [1.0, 1.0], boost_rows={1}, boost=0.2, **common)
    assert [r.article for r in plain] == [0, 1]
    assert [r.article for r in timed] == [1, 0]
    assert timed[0].score == pytest.approx(1.2 * 2 / 12)


def test_maximum_time_is_a_time_question() -> None:
    assert asks_for_time("what is the maximum time for police bail?")
    assert asks_for_time("max period of residential surveillance")
