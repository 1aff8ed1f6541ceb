"""Readers added for the open halves of sets I and J (forum, minimal, reported, diary,
multi; learner, mixed, exam, memo, hearsay). Each case is a short sentence written for this
test, not an item of the sets."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import answer_rule_question
from assistant.rules.facts_numbers import read_numbers
from assistant.rules.router_corrections import retract
from assistant.rules.router_facts import read_facts
from assistant.rules.router_indirect import reword

TODAY = date(2026, 3, 5)


def _rule(q: str) -> tuple[str | None, dict[str, object] | None]:
    r = answer_rule_question(q, today=TODAY)
    return (r.rule_id, r.computed) if r else (None, None)


def test_a_short_restatement_replaces_only_its_words() -> None:
    assert retract("can she get out with bail, i mean qubao, or not?") == (
        "can she get out with qubao, or not?"
    )
    assert retract("the police granted it, no, the procuratorate did.") == "the procuratorate did."


def test_a_sentence_told_as_unknown_or_as_two_values_is_not_read() -> None:
    assert "possible_sentence_years" not in read_numbers(
        "we are not sure if it was 4 years or 6 years."
    )
    assert "possible_sentence_years" not in read_numbers("he got 4 or 5 years.")
    assert read_numbers("the lawyer says maybe two years.")["possible_sentence_years"] == 2.0


def test_an_exam_partys_age() -> None:
    assert read_numbers("k, 16, stole a bicycle.")["age_at_offence"] == 16.0


def test_a_combined_sentence_told_as_a_total() -> None:
    facts = read_numbers("the old and new sentences together come to six years.")
    assert facts["combined_sentence_years"] == 6.0


def test_consent_still_to_be_sought_is_not_given() -> None:
    assert "police_consent" not in read_facts(
        "the prosecutor says he needs the police's consent first and has not asked them."
    )
    assert "police_consent" not in read_facts("the police asked for approval of the arrest.")


def test_a_named_source_is_checked() -> None:
    text = "the officer told us she can be a guarantor. my aunt says no. is the officer right?"
    assert reword(text).startswith("can she be a guarantor?")


@pytest.mark.parametrize(
    ("q", "rule", "computed"),
    [
        # the decision read out later than it was made: the review runs from the reading
        (
            "1 Mar - police decided to forfeit my bail deposit. 3 Mar - they read the decision to "
            "me. What is the last day to ask the higher bureau for a review?",
            "deadline.forfeiture_review",
            {"deadline": "2026-03-08"},
        ),
        # a yes/no duty to tell is no deadline: the verdict asked beside it is answered
        (
            "My daughter (16) is suspected of a theft, the evidence is clear. Could she get "
            "conditional non-prosecution? And does her school have to be told?",
            "eligibility.conditional_non_prosecution",
            {"eligible": None},
        ),
        (
            "my uncle as guarantor for my bail? he is a co-suspect in the same case",
            "eligibility.guarantor",
            {"eligible": False},
        ),
        (
            "Fraud at 17, sentenced 2 yrs. Record sealed?",
            "eligibility.record_sealing",
            {"eligible": True},
        ),
    ],
)
def test_routes(q: str, rule: str, computed: dict[str, object]) -> None:
    assert _rule(q) == (rule, computed)


@pytest.mark.parametrize(
    "q",
    [
        "Is there a deadline after which they must end residential surveillance?",
        "He was sentenced by the court on 2 March. What is the last day to appeal to the higher court?",
        "Issue: whether the arrest department, when it refuses an arrest, may propose that bail "
        "pending trial be adopted.",
    ],
)
def test_general_questions_fall_through(q: str) -> None:
    assert _rule(q) == (None, None)
