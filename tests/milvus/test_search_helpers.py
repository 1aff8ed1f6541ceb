"""Pure query-side helpers: per-article collapse, exact references first, filters."""

from __future__ import annotations

import pytest

from assistant.corpus.store import Corpus
from assistant.retrieval import milvus_lexical
from assistant.retrieval.milvus_schema import quoted
from assistant.retrieval.milvus_search import (
    Row,
    article_order,
    best_per_article,
    law_filter,
    lookup,
    to_hits,
    valid_laws,
)
from assistant.retrieval.references import Reference

pytestmark = pytest.mark.milvus


def _row(cid: str, score: float) -> Row:
    law, rest = cid.split(":")
    return Row(cid, law, int(rest.split("#")[0]), f"text of {cid}", score)


def test_one_row_per_article_best_chunk_ties_by_corpus_order(corpus: Corpus) -> None:
    order = article_order(corpus)
    rows = [_row("spp-rules:83#1", 0.02), _row("spp-rules:83#0", 0.03),
            _row("spp-rules:84#0", 0.03), _row("mps-procedures:5#0", 0.01)]  # fmt: skip
    ranked = best_per_article(rows, order)
    assert [r.chunk_id for r in ranked] == ["spp-rules:83#0", "spp-rules:84#0",
                                            "mps-procedures:5#0"]  # fmt: skip


def test_exact_references_come_first_and_are_not_repeated(corpus: Corpus) -> None:
    ranked = [_row("spp-rules:4#0", 0.05), _row("spp-rules:83#2", 0.04)]
    exact = [Reference("spp-rules", 83)]
    hits = to_hits(corpus, exact, ranked, k=5)
    assert [(h.law, h.article) for h in hits] == [("spp-rules", 83), ("spp-rules", 4)]
    assert hits[0].chunk_id == "spp-rules:83#2"  # its best fused chunk
    assert hits[0].scores == {"rrf": 0.04, "lookup": 1.0}
    assert hits[0].score > hits[1].score and [h.rank for h in hits] == [1, 2]
    missing = to_hits(corpus, exact, [_row("spp-rules:4#0", 0.05)], k=1)
    assert missing[0].chunk_id == "spp-rules:83#0" and missing[0].scores["rrf"] == 0.0


def test_lookup_respects_filters_and_existence(corpus: Corpus) -> None:
    assert lookup(corpus, "SPP Rules art. 83", None) == [Reference("spp-rules", 83)]
    assert lookup(corpus, "SPP Rules art. 83", ["cpl"]) == []
    assert lookup(corpus, "SPP Rules art. 9999", None) == []


def test_filters_and_quoting() -> None:
    assert valid_laws(None) is None and valid_laws(["x", "cpl"]) == ["cpl"]
    assert law_filter(None) == "" and law_filter(["cpl"]) == 'law in ["cpl"]'
    assert quoted(['a"b', "c\\d"]) == '["a\\"b", "c\\\\d"]'


def test_lexer_modes() -> None:
    assert milvus_lexical.lexer("server")("The Detained") == "The Detained"
    assert "detain" in milvus_lexical.lexer("client")("The detained suspects")
    assert milvus_lexical.fingerprint("client").startswith("client:")
    assert milvus_lexical.fingerprint("server") == "server"
    with pytest.raises(ValueError, match="lexical mode"):
        milvus_lexical.lexer("other")
