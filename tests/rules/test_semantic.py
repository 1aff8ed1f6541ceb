"""The description fallback router: unseen wording reaches a rule, other questions do not."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import answer_rule_question
from assistant.rules.answer import _fallback
from assistant.rules.router_semantic import asked_kind, descriptions, fallback_route, scores
from assistant.rules.router_text import clean

TODAY = date(2026, 3, 5)
CHOSEN = [
    (
        "My guarantor was fined on 1 March 2026 because my brother broke his bail terms. "
        "When does our window to seek review close?",
        "deadline.guarantor_fine_review",
    ),
    (
        "The bail money was taken by the police on 1 March 2026. When does our time to ask "
        "for a review run out?",
        "deadline.forfeiture_review",
    ),
    (
        "The prosecutors sent the file back to the police for more investigation on "
        "3 March 2026. When must the police finish?",
        "deadline.supplementary_investigation",
    ),
    (
        "Officers took my uncle into custody on 2 March 2026. By what date is the family "
        "entitled to the written notice?",
        "deadline.family_notice_detention",
    ),
]
FALL_THROUGH = [
    "Can a pregnant woman be forced to do labour in a detention centre?",
    "How long do visits last in a detention centre?",
    "On 1 March 2026 I filed a complaint. What rights do I have?",
    "My son was picked up on 2 March 2026. Can he make phone calls from the detention centre?",
    "What does Article 83 say about detention on 1 March 2026?",
]


def test_every_deadline_and_eligibility_rule_has_a_description() -> None:
    desc = descriptions()
    assert desc and all(len(text) > 40 for text in desc.values())
    assert not any(rid.startswith("timeline.") for rid in desc)


@pytest.mark.parametrize(("question", "rule_id"), CHOSEN)
def test_fallback_chooses_the_rule_from_its_description(question: str, rule_id: str) -> None:
    assert fallback_route(clean(question), TODAY) == rule_id


@pytest.mark.parametrize("question", FALL_THROUGH)
def test_questions_without_a_case_or_a_rule_ask_fall_through(question: str) -> None:
    assert fallback_route(clean(question), TODAY) is None
    assert answer_rule_question(question, today=TODAY) is None


def test_a_deadline_needs_a_stated_date() -> None:
    text = clean("The bail money was taken by the police. When does our time for review run out?")
    assert asked_kind(text, TODAY) is None
    assert fallback_route(text, TODAY) is None


def test_scores_are_ranked_and_kind_restricted() -> None:
    ranked = scores(clean("deposit confiscated, apply for review"), "deadline")
    assert [s for _, s in ranked] == sorted((s for _, s in ranked), reverse=True)
    assert all(rid.startswith("deadline.") for rid, _ in ranked)


def test_a_fallback_route_computes_with_the_rules_own_extraction() -> None:
    route = _fallback(clean(CHOSEN[2][0]), TODAY)
    assert route is not None and route.rule_id == CHOSEN[2][1]
    result = answer_rule_question(CHOSEN[2][0], today=TODAY)
    assert result is not None and result.computed == {"deadline": "2026-04-03"}
