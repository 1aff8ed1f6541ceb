"""Eligibility summaries quote the article's own words for every condition met or unmet,
and every quote is a verbatim span of the parsed article (checked by answer.verify)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from assistant.answer.verify import citation_ok
from assistant.corpus.instruments import INSTRUMENTS
from assistant.corpus.store import Corpus
from assistant.rules import answer_rule_question
from assistant.rules.deadlines import source_label
from assistant.types import Citation

QUOTE = re.compile(r"\u201c([^\u201d]+)\u201d, (.+? Art\. \d+)\)")
QUESTIONS = [
    "Could the police grant bail to a woman breastfeeding a 3-month-old? She isn't a repeat "
    "offender, the crime was not violent, she is not a gang leader, there was no self-injury, "
    "it has nothing to do with state security and it's not a serious crime.",
    "Is bail possible for a pregnant woman held by the procuratorate whose crime was egregious?",
    "Can the police detain someone who was caught red-handed stealing?",
    "Can I ask the investigating officer to step aside? He is the brother of the victim.",
    "Will my son's juvenile record be sealed? He was 16 at the time and was sentenced to 3 years.",
    "Conditional non-prosecution for a 19-year-old - is it possible?",
    "I am under a sentence of deprivation of political rights. Can I act as guarantor?",
    "My father is a CPPCC member. Can the police detain him without telling the CPPCC first?",
    "A CPPCC member was caught red-handed. Can the police arrest him and tell the CPPCC later?",
    "Can the police compel a witness to appear for questioning?",
    "My son, a suspect, skipped two summonses for no reason. Can the police force him to come in?",
    "The prosecutor on my case investigated it for the police before his transfer. Can we have"
    " him replaced?",
    "My 16-year-old was talked into a minor theft; he is sorry and we paid the agreed"
    " compensation. Can the prosecutors decide not to prosecute?",
]


def _labels() -> dict[str, tuple[str, int]]:
    """Label ('MPS Provisions (1998) Art. 63') -> (law, article), for every instrument."""
    return {source_label(law, n): (law, n) for law in INSTRUMENTS for n in range(1, 400)}


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q[:40])
def test_each_condition_is_quoted_verbatim(question: str, corpus: Corpus) -> None:
    result = answer_rule_question(question, today=date(2026, 3, 5))
    assert result is not None and result.kind == "eligibility"
    head = result.summary.split(" Applied: ")[0]
    quotes = QUOTE.findall(head)
    verdict = result.computed["eligible"]
    if verdict is not None:
        assert quotes, result.summary  # a yes or no names its conditions in the article's words
    labels = _labels()
    for quote, label in quotes:
        law, article = labels[label]
        assert citation_ok(corpus, Citation(law, article, quote)), (label, quote)


def test_cannot_tell_asks_few_plain_questions() -> None:
    result = answer_rule_question(
        "Is my dad eligible for bail? He has terminal cancer, but we don't know whether he is a"
        " repeat offender.",
        today=date(2026, 3, 5),
    )
    assert result is not None and result.computed == {"eligible": None}
    assert 1 <= len(result.needs) <= 3, result.needs
    assert result.needs[0] == "whether the police or the procuratorate is deciding"
