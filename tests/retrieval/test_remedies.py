"""Question-type prior for recourse questions: which questions ask for a remedy, which
provisions state one, and the boost applied in a real search."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.retrieval.remedies import asks_for_remedy, states_remedy


@pytest.mark.parametrize(
    "question",
    [
        "They turned down our request. Is there any way to fight this?",
        "can we appeal the decision not to file the case?",
        "I'm not happy with the recusal decision, what can I do",
        "how do I complain about the investigator?",
    ],
)
def test_recourse_questions(question: str) -> None:
    assert asks_for_remedy(question)


@pytest.mark.parametrize(
    "question",
    ["Can one lawyer defend two suspects?", "who pays the bail deposit", "what is a guarantor"],
)
def test_other_questions(question: str) -> None:
    assert not asks_for_remedy(question)


def test_remedy_provisions() -> None:
    assert states_remedy("If the party is dissatisfied, he may apply for reconsideration.")
    assert states_remedy("may file a complaint with the people's procuratorate")
    assert not states_remedy("The guarantor shall perform the following obligations")


def test_the_boost_lifts_remedy_articles_only_on_recourse_questions(real_retriever) -> None:
    q = "the prosecutor refused to step aside from my case, is there any way to challenge that?"
    cfg = real_retriever.config
    try:
        real_retriever.config = replace(cfg, remedy_prior=0.0)
        plain = {(h.law, h.article): h.score for h in real_retriever.search(q, k=20)}
        real_retriever.config = replace(cfg, remedy_prior=0.2)
        boosted = {(h.law, h.article): h.score for h in real_retriever.search(q, k=20)}
    finally:
        real_retriever.config = cfg
    both = plain.keys() & boosted.keys()
    ratios = {key: boosted[key] / plain[key] for key in both}
    texts = {key: real_retriever.corpus.get(*key).text for key in both}
    assert any(states_remedy(texts[key]) for key in both)
    for key, ratio in ratios.items():  # x1.2 exactly for remedy articles, x1 otherwise
        assert ratio == pytest.approx(1.2 if states_remedy(texts[key]) else 1.0)
