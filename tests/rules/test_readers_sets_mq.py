"""Readings added after the five training sets M-Q (eighteenth session), in my own wording,
not the sets' items: the measure a request says has run too long, a cleft's "is that", a
concession ("pregnant or not") passed over for a later plain statement, a "no danger of ..."
list, the police's request to arrest refused and "think again", a forfeiture over a missed
summons, and a complaint only told about. Dates and times in words: tests/rules/test_days.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import answer_rule_question
from assistant.rules.router_facts import read_facts
from assistant.rules.router_text import clean

TODAY = date(2026, 3, 5)


def _answer(question: str) -> tuple[str | None, dict[str, object]]:
    result = answer_rule_question(question, today=TODAY)
    return (None, {}) if result is None else (result.rule_id, dict(result.computed))


@pytest.mark.parametrize(
    ("question", "rule", "computed"),
    [
        # the measure in the sentence that says it ran too long, not an arrest told before it
        (
            "My uncle was detained by the procuratorate in January and no arrest has been "
            "approved. On 2 March his lawyer asked them to end the detention because it has gone "
            "past its legal limit. By when must the procuratorate finish examining the request?",
            "deadline.overdue_measure_review",
            {"deadline": "2026-03-05"},
        ),
        # the police's request to arrest, refused, and their reconsideration request received
        (
            "The procuratorate rejected the police's request to arrest my cousin. The police "
            "asked it to think again, and their request reached the procuratorate on 2 March. "
            "By what date must the procuratorate decide?",
            "deadline.arrest_reconsideration",
            {"deadline": "2026-03-09"},
        ),
        # a missed summons told as the reason for a forfeiture is not the step asked about
        (
            "On 3 March the police read me their decision to confiscate my bail deposit because "
            "I skipped a summons. By what date must I ask the higher-level police to review it?",
            "deadline.forfeiture_review",
            {"deadline": "2026-03-08"},
        ),
        # "a complaint from a shop owner" is told; the police's own statement is asked
        (
            "We are the county police. After a complaint from a shop owner the procuratorate "
            "asked us to explain why we did not open a case; its letter arrived on 2 March. By "
            "when is our statement of reasons for not filing due?",
            "deadline.no_filing_reasons",
            {"deadline": "2026-03-09"},
        ),
        # a child with no danger of escape or violence, listed after "no danger of"
        (
            "My nephew is 15. The police handcuffed him on the way to the station, though there "
            "was no danger of him fighting, running off or harming himself. Were they allowed "
            "to handcuff him?",
            "eligibility.restraints",
            {"eligible": False},
        ),
    ],
)
def test_new_readings_route_and_compute(
    question: str, rule: str, computed: dict[str, object]
) -> None:
    assert _answer(question) == (rule, computed)


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # a cleft's "is that" asserts what follows it, beyond the "not" before it
        ("what the officers don't know is that she is pregnant", {"pregnant": True}),
        # "pregnant or not" concedes; a later plain statement tells it
        (
            "they said they would arrest her no matter what, pregnant or not. she is pregnant.",
            {"pregnant": True},
        ),
        # with no plain statement the concession leaves it open
        ("they said they would arrest her, pregnant or not", {"uncertain": ("pregnant",)}),
    ],
)
def test_concessions_and_clefts(text: str, facts: dict[str, object]) -> None:
    assert read_facts(clean(text)) == facts


def test_a_contrast_ends_the_denied_list() -> None:
    text = clean(
        "he is 16 and the police handcuffed him. there was no sign of trouble at first, but "
        "then he tried to run away"
    )
    assert read_facts(text)["restraint_danger"] is True
