"""Fixtures for the rule-module tests: the parsed corpus (session-scoped)."""

from __future__ import annotations

import pytest

from assistant.corpus.store import DEFAULT_ARTICLES, Corpus, load_articles


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    """The parsed articles; the catalogue tests must run against them, never raw text."""
    if not DEFAULT_ARTICLES.exists():
        pytest.fail(f"{DEFAULT_ARTICLES} is missing; run `legalqa corpus build` first")
    return Corpus(load_articles())
