"""Readings added for the open halves of routing sets E and F (fourteenth session): chat
messages sent as lines, details corrected mid-message, obstacles asked about, word-for-word
translated terms, dates that look ahead, and facts told as unknown or disputed. Each case is
new wording of a general kind, not an item of either set."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.retrieval.chatspeak import expand
from assistant.rules import answer_rule_question
from assistant.rules.router_corrections import retract
from assistant.rules.router_dictation import end_lines
from assistant.rules.router_facts import read_facts
from assistant.rules.router_order import base_form, statement_order
from assistant.rules.router_text import clean, find_when

TODAY = date(2026, 3, 5)


def ask(q: str) -> tuple[str | None, object]:
    r = answer_rule_question(q, today=TODAY)
    return (None, None) if r is None else (r.rule_id, r.computed.get("eligible"))


def test_line_breaks_end_sentences_unless_hard_wrapped() -> None:
    assert end_lines("my brother\nhe is 40\ncan they hold him") == (
        "my brother. he is 40. can they hold him"
    )
    assert end_lines("he was 16,\nthen convicted") == "he was 16, then convicted"
    wrapped = (
        "The police in our district have been looking into my cousin for some\n"
        "weeks now and we would like to know whether he could be released on\n"
        "bail."
    )
    assert ". weeks" not in end_lines(wrapped) and ". bail" not in end_lines(wrapped)


def test_burst_message_reaches_its_rule() -> None:
    q = (
        "hi\nmy sister's bail is nearly sorted, they want a guarantor\nmy aunt offered\n"
        "she has nothing to do with the case\nshe owns her flat and has a steady job\n"
        "never been locked up or lost her rights\ncan she be the one?"
    )
    assert ask(q) == ("eligibility.guarantor", True)


def test_corrected_detail_read_in_last_version() -> None:
    # a short clause is dropped back to its start
    assert retract("he was bailed by the police, no, the procuratorate did it.") == (
        "the procuratorate did it."
    )
    assert retract("she is 17, wait, she turned 18 in may.") == "she turned 18 in may."
    # a list's second "no" and an apology after the clause are no corrections
    assert (
        retract("he has no record, no, nothing at all.") == "he has no record, no, nothing at all."
    )
    assert retract("the procuratorate granted it, sorry. can they?") == (
        "the procuratorate granted it, sorry. can they?"
    )


def test_corrected_day_keeps_the_month() -> None:
    when = find_when(clean("the notice came on 12 february, no wait, the 13th."), TODAY)
    assert when.moment == date(2026, 2, 13)


def test_obstacle_asked_as_can() -> None:
    assert statement_order("anything in the rules that stops them arresting him?") == (
        "can they arrest him?"
    )
    assert statement_order("is there anything preventing her from getting bail?") == (
        "can she get bail?"
    )
    assert [base_form(w) for w in ("approving", "putting", "hiring", "visiting", "seeing")] == [
        "approve",
        "put",
        "hire",
        "visit",
        "see",
    ]


def test_where_does_that_leave_asks_the_measure() -> None:
    assert statement_order("where does that leave his bail?") == "can he still get bail?"


@pytest.mark.parametrize(
    ("literal", "corpus"),
    [
        ("he can take guarantee and wait for trial?", "bail pending trial"),
        ("the procuratorial court decided", "procuratorate"),
        ("give him not prosecute with condition", "conditional non-prosecution"),
        ("during the inspection period", "probation period"),
        ("held in the guard house", "detention house"),
        ("put under monitored residence", "residential surveillance"),
    ],
)
def test_word_for_word_translations(literal: str, corpus: str) -> None:
    assert corpus in expand(literal)


def test_yearless_date_ahead_only_when_the_question_looks_ahead() -> None:
    looks_ahead = find_when(clean("suppose the notice arrives on 20 march."), TODAY)
    told = find_when(clean("the notice arrived on 20 march."), TODAY)
    assert looks_ahead.moment == date(2026, 3, 20)
    assert told.moment == date(2025, 3, 20)


def test_rule_number_keeps_its_dot_and_letter() -> None:
    assert "spp r 10?" in clean("deadline under SPP r.10?")


def test_colon_opens_a_list_for_negation() -> None:
    facts = read_facts(clean("There is nothing else: no previous convictions, no violence."))
    assert facts.get("recidivist") is False


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "She has asthma, but whether it counts as a serious illness the doctors have not said.",
            "serious_illness",
        ),
        ("Whether she is pregnant is unclear.", "pregnant"),
    ],
)
def test_trailing_unknown_leaves_fact_open(text: str, key: str) -> None:
    facts = read_facts(clean(text))
    assert key not in facts or facts[key] is None
    assert key in facts.get("uncertain", ())


def test_claim_the_writer_disputes_is_doubted() -> None:
    facts = read_facts(
        clean("The accomplice says she was a principal of the gang, which we dispute.")
    )
    assert facts.get("gang_principal") is not True


def test_nothing_else_after_denied_grounds() -> None:
    q = (
        "The detective on my son's case is not related to anyone involved and took no gifts "
        "from either side. Nothing else. Can we have him withdrawn?"
    )
    assert ask(q) == ("eligibility.recusal", False)


def test_disputed_urgency_is_asked() -> None:
    q = (
        "The police want to arrest a member of the county CPPCC. Whether the case is urgent "
        "is disputed. May they arrest him before telling his CPPCC?"
    )
    rule, eligible = ask(q)
    assert rule == "eligibility.cppcc_notice" and eligible is None


def test_bare_ask_adopts_two_sentences_back() -> None:
    q = "They want to put four lawyers on my son's case. He is in detention. Is that allowed?"
    assert ask(q)[0] == "eligibility.lawyer_count"


def test_rule_claim_is_not_a_reported_fact() -> None:
    q = (
        "My husband is on bail from the procuratorate. They say he skipped a summons last "
        "week. Can they arrest him for that?"
    )
    assert ask(q)[0] == "eligibility.arrest_for_bail_breach"
