"""The scope decision's word classes, without the model: which questions are declined by
their own words (substantive criminal law, court trial/appeal, other law, other countries,
chat) and which close-sounding procedure questions are not. Written for these tests."""

from __future__ import annotations

import doctest

import pytest

from assistant.answer import scope
from assistant.answer.scope import decide_scope, decline_note, gap, substantive
from assistant.types import Hit

SUBSTANTIVE = [
    "What sentence does robbery carry in China?",
    "how many years would someone get for selling fake medicine",
    "what's the usual punishment for a first-time shoplifter?",
    "Is the death penalty possible for corruption?",
    "is it illegal to record my boss without telling him?",
    "is selling my prescription pills to a friend a crime?",
    "Would punching a thief who robbed me count as self defence?",
    "does using someone else's ID card constitute a crime",
    "what is the statute of limitations for embezzlement",
    "Can my cousin get a reduced sentence because he returned the stolen goods?",
    "how long will he get for dangerous driving?",
    "What's the difference between robbery and theft?",
    "at what age is a teenager criminally liable for theft?",
    "is my nephew going to jail for selling counterfeit bags?",
    "Is cheating at cards for money punishable in China?",
    "is it fraud or embezzlement if a cashier pockets the takings?",
    "how much do you have to embezzle before it means prison?",
]
PROCEDURE = [
    "Can he be released on bail if the possible sentence is under three years?",
    "If the offence carries the death penalty, can the suspect still get bail?",
    "Can the prosecutor recommend a suspended sentence for a 16-year-old?",
    "The crime is minor, can the procuratorate decide not to prosecute?",
    "Is it illegal for the police to keep him for 30 hours without food?",
    "is what the cops did illegal? they searched my house with no papers",
    "he was detained for theft, how long can they hold him?",
    "If a minor's sentence is under five years, will his record be sealed?",
    "and how long do they get to decide?",
    "how many years do they get to finish the investigation",
    "How long can the police keep him locked up before trial?",
    "he committed theft at 17, can the procuratorate put him on conditional non-prosecution?",
    "For a crime punishable by ten years or more, does arrest become mandatory?",
    "they held him 20 hours for a fight, is that allowed?",
]


@pytest.mark.parametrize("question", SUBSTANTIVE)
def test_substantive_declined_with_its_note(question):
    assert substantive(question) and gap(question) == "substantive"
    assert "Criminal Law" in (decline_note(question) or "")


@pytest.mark.parametrize("question", PROCEDURE)
def test_procedure_with_sentence_words_kept(question):
    assert gap(question) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many days does one have to appeal a second-instance judgment?", "court"),
        ("Can the procuratorate protest a first-instance judgment?", None),
        ("How do I contest a traffic fine the police gave me?", "other"),
        ("my landlord called the police and they arrested me", None),
        ("Who gets custody of our son after the divorce?", "other"),
        ("Please write a cover letter for a paralegal job", "other"),
        ("How long can Canadian police hold a suspect?", "foreign"),
        ("My cousin was detained by the Malaysian police in Kuala Lumpur. Bail?", "foreign"),
        # a relative abroad does not make a case in China foreign
        ("My son was detained in Fujian; his sister in London asks when we must be told", None),
        ("Write me a funny story about judges", "chat"),
        ("Can I sue the builder who ruined my kitchen?", "other"),
        ("please draft a thank-you email to my professor", "other"),
    ],
)
def test_gap_classes(question, expected):
    assert gap(question) == expected


def test_declined_by_words_ignores_retrieval_scores():
    hit = Hit("x#0", "spp-rules", 1, "text", 0.9, 1, {"dense": 0.9})
    assert not decide_scope("what is the penalty for fraud?", [hit])
    assert decide_scope("what is the bail period for fraud suspects?", [hit])


def test_doctests():
    assert doctest.testmod(scope).failed == 0
