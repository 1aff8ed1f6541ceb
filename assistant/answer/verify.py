"""Citation verification: the article exists and the quote is a verbatim span of it."""

from __future__ import annotations

from collections.abc import Iterable

from assistant.corpus.store import Corpus
from assistant.types import Citation


def citation_ok(corpus: Corpus, c: Citation) -> bool:
    if c.article is None:
        return any(c.quote and c.quote in a.text for a in corpus.by_law(c.law))
    art = corpus.get(c.law, c.article)
    return art is not None and bool(c.quote.strip()) and c.quote in art.text


def all_ok(corpus: Corpus, citations: Iterable[Citation]) -> bool:
    return all(citation_ok(corpus, c) for c in citations)
