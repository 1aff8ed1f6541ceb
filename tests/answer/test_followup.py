"""Follow-up rewriting: topic carried, authority switched, cited instrument carried."""

from __future__ import annotations

import pytest

from assistant.answer.followup import (
    asked,
    cited_instruments,
    focus,
    is_followup,
    last_answer,
    pointed_laws,
    rewrite,
    switches_authority,
    uncontrasted,
    without_laws,
)
from assistant.retrieval.glossary import hinted_laws
from assistant.retrieval.periods import asks_for_time
from assistant.retrieval.remedies import asks_for_remedy

PROCURATORATE = [
    ("user", "How long can the procuratorate keep a juvenile in detention?"),
    ("assistant", "Under the SPP Rules Art 83: 10 days, extendable by 1 to 4 days."),
]


def test_new_authority_switches_instrument_but_keeps_topic() -> None:
    q = rewrite("what about the police?", PROCURATORATE)
    assert "procuratorate" not in q and "detention" in q and "juvenile" in q
    assert pointed_laws(q) >= {"mps-procedures", "spp-juvenile"}
    assert "spp-rules" not in pointed_laws(q)


def test_same_authority_carries_cited_instrument_not_article_numbers() -> None:
    q = rewrite("can it be extended?", PROCURATORATE)
    assert q.startswith(PROCURATORATE[0][1]) and "SPP Rules" in q
    assert "83" not in q  # a number would trigger exact lookup of the old article


def test_age_in_followup_points_at_juvenile_provisions() -> None:
    hist = [("user", "Can the police detain someone for theft?"), ("assistant", "MPS Art 1")]
    q = rewrite("and if he is 16?", hist)
    assert "spp-juvenile" in hinted_laws(q)  # a prior only: adding "minor" cost dev MRR
    assert "spp-juvenile" not in hinted_laws(rewrite("and if he is 46?", hist))


def test_independent_question_is_left_alone() -> None:
    q = "What documents must a guarantor sign when a suspect is released on bail pending trial?"
    assert not is_followup(q, PROCURATORATE)
    assert rewrite(q, PROCURATORATE) == q
    assert rewrite("what about the police?", []) == "what about the police?"


def test_helpers() -> None:
    assert last_answer(PROCURATORATE).startswith("Under the SPP Rules")
    assert last_answer([("user", "hi")]) == ""
    assert cited_instruments("MPS Art 81 and CPL Art 175; MPS Art 82") == ["MPS Provisions", "CPL"]
    assert cited_instruments("no citations here") == []
    assert without_laws("the prosecutor questioned the kid", {"spp-rules", "spp-juvenile"}) == (
        "the questioned the kid"
    )


@pytest.mark.parametrize(
    ("question", "pointed"),
    [
        ("And when it's the prosecutors' own case rather than the police's - same thing?",
         {"spp-rules", "spp-juvenile"}),
        ("what if the procuratorate did it instead of the police?", {"spp-rules", "spp-juvenile"}),
        ("and if it was the police, not the prosecutors?", {"mps-procedures"}),
        ("he was not arrested by the police, was he?", {"mps-procedures"}),  # no contrast
    ],
)  # fmt: skip
def test_a_contrasted_authority_points_at_no_instrument(question: str, pointed: set[str]) -> None:
    assert pointed_laws(uncontrasted(question)) == pointed


def test_the_switch_follows_the_authority_not_the_one_set_aside() -> None:
    hist = [("user", "Who approves bail in a police case?"),
            ("assistant", "MPS Provisions Art 66: the county-level head.")]  # fmt: skip
    q = rewrite("And when it's the prosecutors' own case rather than the police's?", hist)
    assert "police" not in q.lower() and "prosecutors" in q
    f = focus("And when it's the prosecutors' own case rather than the police's?", hist)
    assert f is None  # a turn to another authority: the rewritten topic is searched alone


def test_a_followup_asks_what_its_own_words_ask() -> None:
    # the topic query carries the earlier "how long"; the follow-up asks who or whether
    for q in (
        "do they have to tell his family?",
        "who signs the order?",
        "what must he do while he is out?",
    ):
        assert asks_for_time(rewrite(q, PROCURATORATE))
        own = asked(q, PROCURATORATE)
        assert own == q and not asks_for_time(own)
    # its own question type is kept: a period or a remedy
    assert asks_for_time(asked("and how soon must they decide?", PROCURATORATE) or "")
    assert asks_for_remedy(asked("can we appeal that?", PROCURATORATE) or "")


def test_the_same_question_for_another_authority_keeps_the_querys_type() -> None:
    assert switches_authority("what about the police?", PROCURATORATE[0][1])
    assert asked("what about the police?", PROCURATORATE) is None
    assert not switches_authority("can it be extended?", PROCURATORATE[0][1])
    assert not switches_authority("what about the police?", "How long can they detain him?")


def test_not_a_followup_asks_with_the_query() -> None:
    assert asked("what about the police?", []) is None
    q = "What documents must a guarantor sign when a suspect is released on bail pending trial?"
    assert asked(q, PROCURATORATE) is None
