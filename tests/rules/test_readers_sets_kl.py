"""Readings added while tuning on the open halves of sets K and L (own wording, not the
sets' items): the asked sentence's duty over a step only told about, a pasted list headed
"Timeline", a possessive subject in "when does our decision have to ...", a lawyer signed
with, a detention certificate there was no way to get, a dictated "by what time", and a
refusal to arrest asked with no fact at all."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import answer_rule_question
from assistant.rules.router_dictation import punctuate

TODAY = date(2026, 3, 5)


def _rule(question: str) -> str | None:
    result = answer_rule_question(question, today=TODAY)
    return None if result is None else result.rule_id


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        # a step only told about (the lawyer's visit) is no candidate beside the duty asked
        (
            "The police arrested my father at 8 pm on 2 March. His lawyer visited him this "
            "morning and says no one has questioned him. By when must the police interrogate him?",
            "deadline.interrogation_arrest",
        ),
        # a list headed "Timeline" that asks one deadline asks that deadline
        (
            "Timeline:\n- 1 Feb: my nephew (15) shoplifted\n- 3 Mar: we got the procuratorate's"
            " conditional non-prosecution decision\nWe are the victims. When is the last day "
            "to complain about it?",
            "deadline.conditional_np_complaint",
        ),
        (
            "We are the arrest-review office. The police asked us to reconsider our refusal to "
            "approve an arrest; the request reached us on 2 March 2026. When does our decision"
            " have to be made?",
            "deadline.arrest_reconsideration",
        ),
        (
            "It's a state secrets case and my brother is detained by the police. Can we sign "
            "with a lawyer today, or does someone have to approve it first?",
            "eligibility.lawyer_hire_approval",
        ),
        (
            "We caught a man breaking into a shop at 3 am and there was no way to get a "
            "detention warrant at that hour. Can we hold him now and sort the paperwork out "
            "later?",
            "eligibility.detention_without_warrant",
        ),
        # no fact the exemption turns on (illness, pregnancy, nursing): a question of power
        (
            "can the city prosecutors refuse to arrest a foreign national without asking anyone?",
            None,
        ),
    ],
)
def test_routes(question: str, rule: str | None) -> None:
    assert _rule(question) == rule


def test_dictated_question_lead_stays_with_its_clause() -> None:
    said = "my son was arrested at ten last night and nobody has seen him by what time do the police have to question him"
    assert punctuate(said).endswith("by what time do the police have to question him?")
