"""Whose facts a story tells: the suspect's own, not a relative's or a co-defendant's."""

from __future__ import annotations

import pytest

from assistant.rules.facts_others import own_text
from assistant.rules.router_facts import read_facts


def test_offsets_are_kept() -> None:
    text = "He cares for our bedridden mother, who has cancer. He is on bail."
    assert len(own_text(text)) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "my brother cares for our bedridden mother. can he get residential surveillance?",
        "she looks after her father, who has terminal cancer. can she get bail?",
        "he is the only one taking care of his grandmother, who is on dialysis. bail?",
    ],
)
def test_the_cared_for_persons_illness_is_not_the_suspects(text: str) -> None:
    assert "serious_illness" not in read_facts(text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("he has advanced cancer and looks after his kids. can he get bail?", "serious_illness"),
        ("she is still nursing our son, who is 5 months old. can she get bail?", "breastfeeding"),
        ("she gave birth seven weeks ago and is feeding the baby herself. bail?", "breastfeeding"),
    ],
)
def test_the_suspects_own_state_is_still_read(text: str, key: str) -> None:
    assert read_facts(text).get(key) is True


def test_another_persons_record_is_not_the_suspects() -> None:
    assert (
        read_facts("her husband did time for fraud but she is clean.").get("recidivist") is not True
    )
