"""Premise corrections, unit grammar and lead choice (pure, except the marked end-to-end ones)."""

from __future__ import annotations

import pytest

from assistant.answer import text as tx
from assistant.answer.premise import corrections, periods_in, unit_text
from assistant.types import Article


def _art(law: str, num: int, text: str) -> Article:
    return Article(law, num, "", "", (text,), "x", 1, 1)


DETENTION = _art(
    "spp-rules",
    83,
    "The period of detention of a criminal suspect by a people's procuratorate shall be 10 "
    "days, which may be extended by one to four days under special circumstances。",
)
ARREST_REQUEST = _art(
    "mps-procedures",
    109,
    "Where a detained criminal suspect is found to need to be arrested after examination, he "
    "shall, within three days after detention, submit the case to the people's procuratorate "
    "for examination and approval。",
)


def test_unit_agrees_with_number():
    assert unit_text(1, "years") == "1 year"
    assert unit_text(2, "year") == "2 years"
    assert unit_text(24, "hour") == "24 hours"


def test_ages_sentences_and_elapsed_time_are_not_limits():
    for q in ["my 17 year old son was arrested", "she is 5 months pregnant",
              "he may get 10 years' imprisonment", "it's been 2 days since they took him"]:  # fmt: skip
        assert periods_in(q) == [], q


def test_correction_only_against_the_same_kind_of_limit():
    notes, cites = corrections("The procuratorate can detain him for 90 days, right?", [DETENTION])
    assert len(notes) == 1 and "90 days for detention" in notes[0] and "10 days" in notes[0]
    assert cites and cites[0].quote in DETENTION.text
    # a family-notice period is never "corrected" with a detention period
    notes, _ = corrections("They must notify the family within 24 hours, yes?", [DETENTION])
    assert notes == []
    # an arrest-request period is checked against the arrest-request article only
    notes, _ = corrections(
        "The police have 7 days to submit the arrest request to the prosecutors?",
        [DETENTION, ARREST_REQUEST],
    )
    assert len(notes) == 1 and "3 days" in notes[0] and "[MPS Provisions, Art. 109]" in notes[0]


def test_a_period_inside_a_stated_range_is_not_corrected():
    assert corrections("Can detention be extended by 3 days?", [DETENTION])[0] == []


PROBATION = _art(
    "spp-juvenile",
    40,
    "The probation period is six months to one year, counting from the date of the decision.",
)
SENTENCING = _art(
    "spp-juvenile",
    59,
    "For a juvenile defendant who may be sentenced to fixed-term imprisonment of not more than "
    "three years, the procuratorate may suggest probation.",
)


def test_a_mixed_unit_range_is_stated_and_checked_whole():
    q = "His probation after conditional non-prosecution runs for three years, right?"
    notes, _ = corrections(q, [PROBATION])
    assert len(notes) == 1 and "states 6 months to 1 year" in notes[0]
    assert corrections("His probation is nine months, right?", [PROBATION])[0] == []


def test_a_term_of_imprisonment_does_not_confirm_a_procedural_period():
    q = "His probation after conditional non-prosecution runs for three years, right?"
    notes, _ = corrections(q, [PROBATION, SENTENCING])
    assert len(notes) == 1 and "[SPP Juvenile Provisions, Art. 40]" in notes[0]


def test_ask_type_follows_the_question_opening():
    assert tx.ask_type("May guards listen when my lawyer visits?") == "yesno"
    assert tx.ask_type("How long can they hold him?") == "time"
    assert tx.ask_type("When must the family be told?") == "time"
    assert tx.ask_type("Who decides on the arrest?") == "who"
    assert tx.ask_type("What is residential surveillance?") is None


def test_conditions_are_not_prohibitions():
    s = "If his identity cannot be identified within 30 days, the period shall be counted anew."
    assert tx.polarity(s, "Can they hold him?") is None
    assert tx.polarity("The meeting shall not be monitored.", "Can they listen?") == "no"
    assert tx.polarity("He shall forward the letter.", "Can they block the letter?") is None
    assert tx.polarity("He shall sign the record.", "Do I have to sign?") == "yes"


@pytest.mark.slow
def test_time_lead_comes_from_the_period_that_answers(bot):
    a = bot.ask("How long can residential surveillance last?")
    lead = a.text.split("\n\n")[0]
    assert "six months" in lead.lower(), lead


@pytest.mark.slow
def test_yes_no_question_gets_no_time_lead(bot):
    a = bot.ask("May the guards listen in when my lawyer visits my brother in the detention house?")
    lead = a.text.split("\n\n")[0]
    # the lead's own words, before the citation and its quote, state no period
    assert not tx.time_phrase(lead.split("[")[0]), lead


@pytest.mark.slow
def test_clarify_carries_hits_and_verified_quotes(bot):
    from assistant.answer.verify import citation_ok

    # the baby's age decides it (MPS Art. 63: nursing her own baby under one year)
    a = bot.ask("My mum was picked up by the police but she is breastfeeding. Can she get bail?")
    assert a.route == "clarify", a.text
    assert a.computed == {"eligible": None}  # "cannot tell" is a result, not nothing
    assert a.hits and a.citations
    assert all(citation_ok(bot.corpus, c) for c in a.citations)
    assert a.text.index("The rule that applies") < a.text.index("Cannot tell yet")


@pytest.mark.slow
def test_one_embedding_per_ask(bot, monkeypatch):
    emb = getattr(bot.retriever, "embedder", None)
    if emb is None:
        pytest.skip("backend without an in-process embedder")
    calls: list[int] = []
    real = emb.encode
    monkeypatch.setattr(
        emb, "encode", lambda texts, *a, **k: calls.append(1) or real(texts, *a, **k)
    )
    bot.ask("Does SPP Rules Article 83 allow a 20-day detention for a unique test question 7?")
    assert len(calls) <= 1


@pytest.mark.slow
def test_conversation_keeps_a_bare_continuation_in_scope(bot):
    history = [("user", "We asked the procuratorate to replace the biased prosecutor on our case."),
               ("assistant", "Withdrawal requests are decided by the procurator-general.")]  # fmt: skip
    a = bot.ask("ok, we sent the papers on 3 March, so when will we hear back?", history=history)
    assert a.route != "abstain"
    b = bot.ask("Great. What's the weather like in Shanghai tomorrow?", history=history)
    assert b.route == "abstain" and b.citations == ()


@pytest.mark.slow
def test_yes_no_lead_needs_a_modal_about_the_asked_act(bot):
    art = bot.corpus.get("mps-procedures", 96)
    sentence = next(s.text for s in tx.sentences(art.text) if "driving" in s.text)
    ask = "Can they take my driving licence while I'm under residential surveillance?"
    assert bot.composer.governs(ask, sentence)
    # the same modal sentence says nothing about an unrelated act
    assert not bot.composer.governs("Do I need the police's OK to visit my client?", sentence)


@pytest.mark.slow
def test_rule_sources_quote_whole_sentences(bot):
    from assistant.answer.verify import citation_ok

    a = bot.ask("The police hold my brother for theft; he is a recidivist. Can they give him bail?")
    assert a.route == "rule", a.text
    assert a.computed == {"eligible": False}
    # the step quotes the fragment ("A recidivism offender"); the source shows the sentence
    assert any("shall not be granted bail" in c.quote for c in a.citations), a.citations
    assert all(citation_ok(bot.corpus, c) for c in a.citations)
    assert len(set(a.citations)) == len(a.citations)


@pytest.mark.slow
def test_another_countrys_police_get_no_rule_answer(bot):
    # the bail rule would answer for China's police; the question is about Malaysia's
    q = ("My cousin was detained by the Malaysian police in Kuala Lumpur on Sunday after a bar "
         "fight. He has no record and nobody was badly hurt. Can he get bail there?")  # fmt: skip
    assert bot.ask(q).route not in ("rule", "clarify")
    assert bot.ask("My cousin was detained by the police in Shenzhen on Sunday after a bar fight. "
                   "He has no record and nobody was badly hurt. Can he get bail?").route in (
        "rule", "clarify")  # fmt: skip
