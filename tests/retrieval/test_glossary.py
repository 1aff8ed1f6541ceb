"""The lay-language glossary: parsing, expansion and instrument hints."""

from __future__ import annotations

import pytest

from assistant.retrieval.glossary import (
    additions,
    expand,
    hinted_laws,
    load_glossary,
    parse_glossary,
)

TOML = """
[[term]]
pattern = "cops?"
adds = "public security organ"

[[hint]]
pattern = "cops?|police"
laws = ["mps-procedures"]
"""


def test_expansion_appends_corpus_terms_word_bounded() -> None:
    g = parse_glossary(TOML)
    assert expand("The COPS took him", g) == "The COPS took him public security organ"
    assert expand("copse of trees", g) == "copse of trees"
    assert additions("nothing here", g) == []
    assert hinted_laws("police took him", g) == ("mps-procedures",)
    assert hinted_laws("prosecutor", g) == ()


def test_shipped_glossary_is_valid_and_reviewed() -> None:
    g = load_glossary()
    assert len(g.terms) >= 20 and g.hints
    from assistant.corpus.instruments import INSTRUMENTS

    assert all(law in INSTRUMENTS for h in g.hints for law in h.laws)
    assert all(t.adds.strip() for t in g.terms)
    assert "public security organ" in additions("the cops took my brother", g)
    assert "procuratorate" in " ".join(additions("can the prosecutors drop it", g))


def test_obligation_questions_get_the_articles_wording() -> None:
    g = load_glossary()
    for q in ("what rules does he have to follow on bail?", "what does she have to do now?"):
        assert "observe abide by the following provisions" in additions(q, g)
    assert not any("observe" in a for a in additions("can he follow the trial online?", g))


def test_a_relative_hiring_the_lawyer() -> None:
    g = load_glossary()
    assert "relatives hire a lawyer on his behalf entrust" in additions(
        "can we get a lawyer for him ourselves?", g
    )
    assert not any("relatives" in a for a in additions("can my lawyer see him?", g))


@pytest.mark.parametrize(
    ("question", "added"),
    [
        ("will this stay on his record forever?", "seal criminal records"),
        ("can they lock him up again for that?", "violate provisions shall be arrested"),
        ("the shop owner pointed at him and the police took him", "victim witnessed points out"),
        ("she got caught stealing again while on probation", "committed a new crime revoke"),
    ],
)
def test_lay_situations_get_the_articles_wording(question: str, added: str) -> None:
    assert any(added in a for a in additions(question, load_glossary()))
