"""The listed conditions (conditions.toml) quote their articles verbatim and are askable."""

from __future__ import annotations

import pytest

from assistant.corpus.store import Corpus
from assistant.rules.conditions import load_groups
from assistant.rules.facts import QUESTIONS, all_known, any_known

GROUPS = load_groups()
CONDS = [(name, c) for name, group in GROUPS.items() for c in group]


@pytest.mark.parametrize("name,cond", CONDS, ids=lambda x: x if isinstance(x, str) else x.key)
def test_condition_quote_is_verbatim(name: str, cond, corpus: Corpus) -> None:
    article = corpus.get(cond.cite.law, cond.cite.article)
    assert article is not None, f"{name}: {cond.cite.law} Art. {cond.cite.article} missing"
    assert cond.cite.quote in article.text, f"{name}/{cond.key}: {cond.cite.quote!r}"


@pytest.mark.parametrize("name,cond", CONDS, ids=lambda x: x if isinstance(x, str) else x.key)
def test_every_fact_has_a_question(name: str, cond) -> None:
    for key in cond.asks or (cond.key,):
        assert key in QUESTIONS, f"{name}: no question for fact {key!r}"


def test_three_valued_logic() -> None:
    assert all_known(True, True) is True
    assert all_known(True, None) is None
    assert all_known(None, False) is False
    assert any_known(False, None) is None
    assert any_known(None, True) is True
    assert any_known(False, False) is False
