"""Readings added for the open halves of routing sets G and H and the perturbation bench
(fifteenth session): forms ("Age at offence: 16", "Previous offences: none"), e-mails,
emoji between clauses, run-on questions without their comma, facts told as unknown or
pending, the law restated as a condition, and more ways to ask. Each case is new wording
of a general kind, not an item of either set."""

from __future__ import annotations

from datetime import date

from assistant.rules import answer_rule_question
from assistant.rules.facts_probation import crime_after_decision
from assistant.rules.router_dictation import comma_questions, emoji_stops
from assistant.rules.router_facts import read_facts
from assistant.rules.router_forms import form_answers
from assistant.rules.router_text import clean

TODAY = date(2026, 3, 5)


def ask(q: str) -> tuple[str | None, object]:
    r = answer_rule_question(q, today=TODAY)
    return (None, None) if r is None else (r.rule_id, r.computed.get("eligible"))


def facts(q: str) -> dict[str, object]:
    return read_facts(clean(q))


def test_question_clause_run_on_gets_its_comma() -> None:
    assert comma_questions("while the review is pending can she keep working on it?") == (
        "while the review is pending, can she keep working on it?"
    )
    assert comma_questions("before they do that do they have to ask?") == (
        "before they do that, do they have to ask?"
    )
    # a question word, an infinitive or a subject before the auxiliary carries it on
    for q in (
        "how do we apply for bail?",
        "what time must they let him go?",
        "they told us we are not allowed to do it there, are they?",
        "he was held on 1 march, till when can it last?",
    ):
        assert comma_questions(q) == q


def test_emoji_between_clauses_ends_a_sentence() -> None:
    assert emoji_stops("we lost the letter 😩 when is the deadline 🙏") == (
        "we lost the letter. when is the deadline"
    )
    assert emoji_stops("is that ok 😅?") == "is that ok?"


def test_form_answers_read_as_statements() -> None:
    assert form_answers("record: none. q: bail?") == "no record. q: bail?"
    assert form_answers("- threat to witnesses: none identified") == "- no threat to witnesses"
    assert form_answers("age: 16. q: can he?") == "age: 16. q: can he?"


def test_form_lines_give_age_sentence_and_lawyers() -> None:
    f = facts(
        "Record query\nAge at the time of the crime: 15\nJudgment: 2 years, final\nQ: sealed?"
    )
    assert f.get("age_at_offence") == 15.0 and f.get("not_prosecuted") is False
    assert facts("Suspect held\nLawyers the family want: 4\nQ: allowed?").get("lawyer_count") == 4.0
    q = (
        "Case note\nAge at time of offence: 16\nPrior offences: none\nCharge: theft of a bike\n"
        "Expected sentence: about 1 year\nQ: can the procuratorate avoid prosecuting him?"
    )
    assert facts(q).get("recidivist") is False


def test_pending_answer_is_unknown_not_a_yes() -> None:
    q = (
        "i'm on residential surveillance and need to travel to the next county for a hospital"
        " scan on friday. i asked the police station; they have not said yes or no so far. can i go?"
    )
    assert ask(q) == ("eligibility.leave_under_surveillance", None)


def test_passive_procuratorate_bail_needs_its_consent() -> None:
    q = (
        "Her bail was granted by the procuratorate. The police who supervise it have approved a "
        "trip to her sister's wedding in another province. Can she go?"
    )
    assert facts(q).get("measure_by_procuratorate") is True


def test_doubts_told_after_the_fact() -> None:
    q = (
        "The police took him without a detention warrant. Whether it was urgent is disputed. "
        "Could they lawfully detain him before the warrant was issued?"
    )
    assert ask(q) == ("eligibility.detention_without_warrant", None)
    q = (
        "Our source would not say whether there was any emergency. The police detained him "
        "without a warrant. Was that lawful?"
    )
    assert "detention_emergency" not in facts(q)
    assert "state_secrets" not in facts("the officer says the case may involve state secrets.")


def test_law_restated_as_a_condition_is_no_fact() -> None:
    q = (
        "The rules let the police skip notifying the family if an accomplice could escape. "
        "Nobody has told us anything about accomplices. Can the police withhold the notice?"
    )
    assert facts(q).get("co_suspect_risk") is not True


def test_deputy_level_read_in_the_deputy_sentence_and_not_denied() -> None:
    q = (
        "I write for a county newspaper. A member of the town people's congress (not the county "
        "congress) was summoned by the police. Could they do it without the congress's permission?"
    )
    assert facts(q).get("deputy_county_up") is False


def test_crime_dated_inside_the_probation() -> None:
    assert crime_after_decision(
        "decided on 1 june 2025, probation 10 months. on 3 january 2026 he robbed a shop."
    )
    assert not crime_after_decision(
        "decided on 1 june 2024, probation 6 months. on 3 january 2026 he robbed a shop."
    )


def test_single_lapse_with_unknown_harm_stays_open() -> None:
    q = (
        "He is on procuratorate bail. He missed one hearing last week; we are not sure whether "
        "it caused any problem. Otherwise he has kept all the conditions. Can they arrest him?"
    )
    f = facts(q)
    assert "missed_summons" in f.get("uncertain", ()) and "missed_summons" not in {
        k for k, v in f.items() if v is False
    }


def test_more_ways_to_ask() -> None:
    q = (
        "My nephew is on police bail and needs a guarantor. His neighbour offered, but the police "
        "are questioning him about the same burglary too. Would that work?"
    )
    assert ask(q) == ("eligibility.guarantor", False)
    q = (
        "The police say my father needs their approval to hire a lawyer, as the case might "
        "involve state secrets. Do we really need their approval?"
    )
    assert ask(q)[0] == "eligibility.lawyer_hire_approval"
    q = (
        "We asked for the investigator's withdrawal last week. Surely they must put the entire "
        "case on hold until they decide?"
    )
    assert ask(q)[0] == "eligibility.recusal_pending"
    q = "Can the police hold back the notice to his family because his partners in crime may flee?"
    assert ask(q) == ("eligibility.family_notice_exception", True)


def test_other_wordings_of_facts() -> None:
    assert facts("a girl of fifteen took a neighbour's phone.").get("age_at_offence") == 15.0
    assert facts("she took a classmate's wallet.").get("crime_chapter_4_6") is True
    assert (
        facts("he is not related to anybody in the case.").get("official_other_relation") is False
    )
    assert "age_at_offence" not in facts("not sure whether i was 17 or 18 when it happened.")
    assert (
        facts("the neighbourhood says probation would have no real effect on the community.").get(
            "community_no_adverse_effect"
        )
        is True
    )


def test_perturbation_findings() -> None:
    # "cannot" opens a question as "can't" does
    q = (
        "The investigator on my brother's case is the victim's son. Surely he cannot go on "
        "investigating it?"
    )
    assert ask(q)[0] == "eligibility.recusal"
    # clock times in words
    r = answer_rule_question(
        "The police detained my son at eight in the evening on 3 March. By when must they tell us?",
        today=TODAY,
    )
    assert r is not None and r.computed.get("deadline") == "2026-03-04T20:00"
    # ages in words
    assert ask("my daughter (sixteen) was caught shoplifting. can they not prosecute her?")[0] == (
        "eligibility.juvenile_non_prosecution"
    )
    # the event told after the question: its date, not the first one
    r = answer_rule_question(
        "When does the bail run out? He was detained on 2 March 2026 and the police granted "
        "bail on 4 March.",
        today=TODAY,
    )
    assert r is not None and r.computed.get("deadline") == "2027-03-04"  # from 4 March, not 2
    # an inverted auxiliary before any noun phrase, after a fronted clause without its comma
    assert comma_questions("while we wait could the public security bureau release him?") == (
        "while we wait, could the public security bureau release him?"
    )
    assert comma_questions("do suspects on bail have the right to a lawyer?") == (
        "do suspects on bail have the right to a lawyer?"
    )
    # a list typed without commas ends the negation at a new subject
    f = facts("my uncle has nothing to do with the case he owns his flat and earns a salary.")
    assert f.get("guarantor_residence_income") is True
