"""Readers added for dictated, terse, foreign and disputed stories (thirteenth session): the
sentence marks of a dictated message, doubts told later in the sentence, a breach alleged and
denied, "nothing else happened", tag questions, terse noun asks, and a minor's rule asked
about an adult."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import answer_rule_question
from assistant.rules.elig_juvenile import juvenile_non_prosecution
from assistant.rules.facts_conduct import disputed, read_kept_conduct
from assistant.rules.facts_numbers import read_numbers
from assistant.rules.router_dictation import punctuate
from assistant.rules.router_facts import read_facts
from assistant.rules.router_frames import canonical_ask
from assistant.rules.router_text import clean
from assistant.rules.router_vocab import fix_typos

TODAY = date(2026, 3, 5)


def _rule(q: str) -> tuple[str, object] | None:
    r = answer_rule_question(q, today=TODAY)
    return None if r is None else (r.rule_id, r.computed.get("eligible"))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "my son is sixteen he stole a bike from the market can they let him go home",
            "my son is sixteen he stole a bike from the market. can they let him go home?",
        ),
        (
            "he was arrested at home and the police said he is a suspect in the theft how long"
            " can they keep him",
            "he was arrested at home and the police said he is a suspect in the theft. how long"
            " can they keep him?",
        ),
        # typed punctuation is kept, and a short message is one clause anyway
        ("he stole a bike. can they let him go home", "he stole a bike. can they let him go home"),
        ("can they let him go home", "can they let him go home"),
        # an inversion inside a clause ("not only can they") starts no question; a message to
        # the assistant asks, so its end is taken as the question
        (
            "the officer said that not only can they hold him but they also will search the flat",
            "the officer said that not only can they hold him but they also will search the flat?",
        ),
        # a be-verb before a possessive is a statement's predicate, no question
        (
            "the investigator is my husband's brother and he came to the flat today can i ask"
            " for him to withdraw",
            "the investigator is my husband's brother and he came to the flat today. can i ask"
            " for him to withdraw?",
        ),
        # "until when" goes with its clause
        (
            "we received the decision on 27 february until when can we complain about it",
            "we received the decision on 27 february. until when can we complain about it?",
        ),
        # a question word after a comma goes with its clause too
        (
            "police held my cousin since 28 feb 2026, when do they have to decide on arresting him",
            "police held my cousin since 28 feb 2026. when do they have to decide on arresting him?",
        ),
    ],
)
def test_dictated_messages_get_sentence_marks(text: str, want: str) -> None:
    assert punctuate(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "is that aloud for residential surveillance",
            "is that allowed for residential surveillance",
        ),
        ("are they even aloud to do that", "are they even allowed to do that"),
        ("he read the notice aloud", "he read the notice aloud"),
        ("my son is for teen", "my son is fourteen"),
        ("she is six teen", "she is sixteen"),
    ],
)
def test_dictation_homophones(text: str, want: str) -> None:
    assert fix_typos(text) == want


def test_a_dictated_bail_question_reaches_the_rule() -> None:
    q = (
        "ok so my wife got picked up by the police on tuesday for selling fake bags at the night "
        "market she is five months pregnant and she has never been in any trouble before nobody "
        "got hurt its just bags can the police let her out on bale while they look into it"
    )
    assert _rule(q) == ("eligibility.bail", True)


@pytest.mark.parametrize(
    "story",
    [
        "she had a tumour and was going for tests, but i have no idea whether it is serious",
        "he has a heart condition and the doctor says it might be serious but they are still "
        "running tests",
    ],
)
def test_an_illness_doubted_later_in_the_sentence_is_asked(story: str) -> None:
    q = f"my mother was detained by the police for fraud. {story}. can the police give bail?"
    r = answer_rule_question(q, today=TODAY)
    assert r is not None and r.rule_id == "eligibility.bail"
    assert r.computed["eligible"] is None and r.needs


def test_a_breach_alleged_and_denied_is_asked_not_told() -> None:
    story = (
        "he is under residential surveillance and the police say he went to see the witness and "
        "threatened her. he swears he only went to apologise."
    )
    assert disputed(clean(story))
    assert read_facts(clean(story)).get("violent_witness_interference") is None
    r = answer_rule_question(f"{story} are they going to arrest him for this?", today=TODAY)
    assert r is not None and r.rule_id == "eligibility.arrest_for_surveillance_breach"
    assert r.computed["eligible"] is None and r.needs
    # told without a denial, the breach is a fact
    assert not disputed(clean("the police say he threatened the witness. can they arrest him?"))


def test_nothing_else_happened_denies_the_other_breaches() -> None:
    kept = read_kept_conduct(
        clean("slipped out once for cigarettes, two hours, nothing else happened")
    )
    assert kept["left_area"] is False and kept["evasion"] is False and kept["new_crime"] is False
    q = (
        "Procuratorate put him under RS. Slipped out once for cigarettes, two hours, nothing else "
        "happened. Mandatory arrest?"
    )
    assert _rule(q) == ("eligibility.arrest_for_surveillance_breach", False)
    # a flight is still a flight
    assert read_facts(clean("he slipped away and nobody can find him")).get("evasion") is True


def test_one_missed_summons_with_nothing_coming_of_it() -> None:
    text = clean("he missed one summons; he came the next day and nothing came of the delay")
    assert read_kept_conduct(text)["missed_summons"] is False


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("so they can't possibly arrest him, can they?", "can't they possibly arrest him?"),
        ("they can't keep him beyond friday, can they?", "can't they keep him beyond friday?"),
    ],
)
def test_a_statement_with_a_tag_question_is_asked(text: str, want: str) -> None:
    assert canonical_ask(text) == want


@pytest.mark.parametrize(
    ("q", "rule"),
    [
        (
            "Me and my brother, both suspects in the same smuggling case. One lawyer for both of "
            "us?",
            "eligibility.shared_lawyer",
        ),
        (
            "The police detained my brother on Monday. They can't keep him beyond this Friday, "
            "can they?",
            "deadline.police_detention",
        ),
    ],
)
def test_terse_and_tagged_asks_reach_their_rule(q: str, rule: str) -> None:
    r = answer_rule_question(q, today=TODAY)
    assert r is not None and r.rule_id == rule


def test_telling_other_things_withholds_no_notice() -> None:
    q = (
        "The police said my brother can have bail if we pay a deposit but NOBODY will tell us the "
        "amount. Is there a fixed sum?"
    )
    r = answer_rule_question(q, today=TODAY)
    assert r is None or r.rule_id != "eligibility.family_notice_exception"


@pytest.mark.parametrize(
    "story",
    [
        "we stopped a man in the act of prying open a car door",
        "on patrol we came upon a man beating a shopkeeper and emptying the till",
    ],
)
def test_caught_in_the_act(story: str) -> None:
    assert read_facts(clean(story)).get("caught_in_act") is True


def test_a_baby_age_and_breastfeeding_told_by_a_non_native_writer() -> None:
    text = clean("she give breast milk to our baby, he is only 4 months")
    assert read_numbers(text)["baby_age_months"] == 4.0
    assert read_facts(text).get("breastfeeding") is True


def test_juvenile_non_prosecution_covers_minors_only() -> None:
    facts = {"minor_crime": True, "incomplete_crime": True}
    assert juvenile_non_prosecution({**facts, "age_at_offence": 19.0}).computed["eligible"] is False
    assert juvenile_non_prosecution({**facts, "age_at_offence": 16.0}).computed["eligible"] is True
    unknown = juvenile_non_prosecution(facts)
    assert unknown.computed["eligible"] is True
    assert any("Assumed because not mentioned: not 18 or older" in s for s in unknown.steps)


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("the detective is the nephew of the man who hit me, can he withdraw?", False),
        ("the investigator is the victim's brother, can we ask him to step aside?", True),
    ],
)
def test_recusal_relatives_by_degree(text: str, close: bool) -> None:
    facts = read_facts(clean(text))
    assert bool(facts.get("official_is_party_or_relative")) is close
