"""Scope decisions on lay questions written for these tests (not from the eval set).

Out of scope: other areas of law, other countries' criminal law, small talk, coding.
In scope: everyday wording about Chinese criminal procedure. Real model and index (slow).
"""

from __future__ import annotations

import pytest

from assistant.answer.scope import decide_scope

pytestmark = pytest.mark.slow

OUT_OF_SCOPE = [
    "How do I get divorced if my husband won't agree to it?",
    "Who gets the kids after a divorce, me or my ex?",
    "How much child support should my ex-wife be paying each month?",
    "My father died without a will. How is his flat inherited among us siblings?",
    "Can I contest my grandmother's will and testament?",
    "How do I file my income tax return as a freelancer?",
    "What is the VAT rate for software services?",
    "My landlord won't return my rent money after I moved out. What can I do?",
    "Can a tenant be evicted in winter?",
    "Is it legal to break a lease early if the flat has mould?",
    "How do I apply for a work visa to move abroad?",
    "What documents does an immigration application for permanent residence need?",
    "How long does it take to get citizenship through naturalization?",
    "My employer hasn't paid my salary for three months, how do I complain?",
    "Am I entitled to overtime pay for working weekends?",
    "How much severance do I get after an unfair dismissal?",
    "How many days of maternity leave am I allowed?",
    "I got a traffic ticket for running a red light, how do I pay the fine?",
    "How do I appeal a parking fine from the city council?",
    "How many demerit points do I lose for speeding?",
    "The builder is in breach of contract, can I sue him in small claims court?",
    "Does the warranty cover a phone screen that cracked by itself?",
    "How do I register a company and get a business licence?",
    "Can a shareholder block the sale of the firm?",
    "What happens to my mortgage if I go bankrupt?",
    "How do I register a trademark for my shop name?",
    "Can I patent a recipe?",
    "What are my Miranda rights if the FBI arrests me?",
    "Can I plead the fifth in a US court?",
    "How long can British police hold someone without charge?",
    "What is the bail process in California?",
    "How does the jury get picked in a criminal trial in England?",
    "How long can German prosecutors keep someone in pre-trial detention?",
    "What are the arrest rules in Hong Kong?",
    "What's the weather going to be like in Beijing this weekend?",
    "Give me a good recipe for dumplings.",
    "Tell me a joke about lawyers.",
    "Write me a poem about the sea.",
    "How do I fix this Python error: list index out of range?",
    "How do I write a SQL query that joins two tables?",
    "Who won the football match last night?",
    "Is bitcoin a good investment right now?",
    "Hello, how are you today?",
    "What's your name?",
    "Can you recommend a good movie for tonight?",
]

IN_SCOPE = [
    "The police took my brother away last night, when do they have to tell our family?",
    "How long can the cops keep someone locked up before they need an arrest approved?",
    "Can I see a lawyer while I'm being investigated?",
    "My son is 16 and was caught shoplifting, will the prosecutors charge him?",
    "Is it possible to get bail if you're pregnant?",
    "What is residential surveillance and how long can it last?",
    "Can the police search my flat without showing me any papers?",
    "Do I have to answer every question the investigators ask me?",
    "Can my husband's lawyer read the case files before the trial?",
    "The prosecutors decided not to prosecute the man who hurt me. Can I challenge that?",
    "What happens if someone out on bail leaves the city without permission?",
    "Who pays the money if my dad breaks his bail conditions and I'm his guarantor?",
    "How much is the bail deposit and do we get it back?",
    "Can the police hold my cousin longer than a month?",
    "My wife was detained, can she call home?",
    "Can a minor be questioned without his parents there?",
    "Will my nephew's juvenile criminal record be sealed?",
    "Can the victim's family ask for the investigator to be replaced because he's their friend?",
    "What can I do if the police refuse to take my report of a theft?",
    "How many people have to be present when the prosecutors interrogate someone?",
    "Can they record the interrogation on video?",
    "My father is very sick, can he wait for trial at home instead of in the detention centre?",
    "What does it mean when the procuratorate approves an arrest?",
    "Can a suspect refuse to sign the interrogation record if it's wrong?",
    "Are witnesses protected if they get threatened?",
    "Can the police take my passport while I'm on bail?",
    "How soon after an arrest must the family be notified?",
    "Can a lawyer meet a suspect in a state secrets case without permission?",
    "What is conditional non-prosecution for young offenders?",
    "Can the prosecutors send a case back to the police for more investigation?",
    "How long does the procuratorate have to decide whether to indict?",
    "Can my brother's detention be extended, and by how much?",
    "The police seized my car during the investigation, how do I get it back?",
    "Is a confession obtained by torture still used as evidence?",
    "Can a woman suspect be searched by a male officer?",
    "What rights does a suspect have during questioning?",
    "My friend was summoned to the police station, how long can they keep him there?",
    "Can family members be guarantors for bail?",
    "Who decides whether to file a criminal case?",
    "What happens after the police finish investigating a case?",
    "Can the defence lawyer collect evidence himself?",
    "If the suspect is a foreigner, does the embassy get told?",
    "Can the police freeze my bank account during a fraud investigation?",
    "Can a 17 year old be kept in the same cell as adults?",
    "What if the detention time limit has already passed and they still hold him?",
]


@pytest.mark.parametrize("question", OUT_OF_SCOPE)
def test_out_of_scope_declined(bot, question):
    assert not decide_scope(question, bot.retriever.search(question, k=10))


@pytest.mark.parametrize("question", IN_SCOPE)
def test_in_scope_answered(bot, question):
    assert decide_scope(question, bot.retriever.search(question, k=10))


def test_case_lists_are_big_enough():
    assert len(OUT_OF_SCOPE) >= 40 and len(IN_SCOPE) >= 40
    assert not set(OUT_OF_SCOPE) & set(IN_SCOPE)
