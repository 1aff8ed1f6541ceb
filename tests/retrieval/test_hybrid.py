"""HybridRetriever.search with the fake embedder: lookup, filters, per-article hits."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from assistant.retrieval import searcher
from assistant.retrieval.config import Aggregate, Expansion, Fusion, SearchConfig
from assistant.retrieval.hybrid import HybridRetriever, Lookup
from assistant.retrieval.references import Reference
from assistant.types import Hit


def refs(hits: list[Hit]) -> list[tuple[str, int | None]]:
    return [(h.law, h.article) for h in hits]


def test_exact_reference_ranks_first(tiny_retriever: HybridRetriever) -> None:
    for q in ("SPP Rules art. 83", "Article 83 of the SPP Rules", "rule 83 procuratorate",
              "what does article 83 of the procuratorate rules say about bail?"):  # fmt: skip
        hits = tiny_retriever.search(q, k=3)
        assert refs(hits)[0] == ("spp-rules", 83), q
        assert hits[0].scores["lookup"] == 1.0 and hits[0].rank == 1


def test_reference_without_instrument_resolves_everywhere_it_exists(tiny_retriever) -> None:
    assert tiny_retriever.lookup("Article 25") == Lookup((Reference("spp-juvenile", 25),), ())
    assert tiny_retriever.lookup("article 26", laws=["mps-procedures"]) == Lookup(
        (), (Reference(None, 26),)
    )


def test_nonexistent_article_is_reported_never_replaced(tiny_retriever, caplog) -> None:
    q = "Article 999 of the SPP Rules"
    assert tiny_retriever.lookup(q) == Lookup((), (Reference("spp-rules", 999),))
    with caplog.at_level(logging.INFO, logger="assistant.retrieval.searcher"):
        hits = tiny_retriever.search(q, k=5)
    assert "no such article: spp-rules 999" in caplog.text
    assert all("lookup" not in h.scores for h in hits)
    assert ("spp-rules", 999) not in refs(hits)
    # an article of another instrument with that number is not offered as the lookup either
    assert tiny_retriever.lookup("MPS article 83").missing == (Reference("mps-procedures", 83),)


def test_law_filter_is_applied_before_fusion(tiny_retriever, monkeypatch) -> None:
    seen: list[list[tuple[int, float]]] = []

    def spy(real):
        def spied(rankings, *args, **kwargs):
            seen.extend(rankings)
            return real(rankings, *args, **kwargs)

        return spied

    for name in ("rank_articles", "fused_rows"):  # the general path and the default one
        monkeypatch.setattr(searcher, name, spy(getattr(searcher, name)))
    q = "procuratorate reconsideration within five days"  # best matches are SPP articles
    hits = tiny_retriever.search(q, k=3, laws=["mps-procedures"])
    assert len(hits) == 3 and {h.law for h in hits} == {"mps-procedures"}
    assert seen and all(tiny_retriever.chunks[row].law == "mps-procedures"
                        for ranking in seen for row, _ in ranking)  # fmt: skip
    assert tiny_retriever.search(q, k=3, laws=["no-such-law"]) == []
    # an exact reference outside the filter is not looked up
    assert refs(tiny_retriever.search("SPP Rules art. 83", 2, laws=["cpl"]))[0] != ("spp-rules", 83)


def test_one_hit_per_article_ranked_and_scored(tiny_retriever: HybridRetriever) -> None:
    hits = tiny_retriever.search("guarantor bail summoned leave the city", k=20)
    keys = refs(hits)
    assert len(keys) == len(set(keys))
    assert [h.rank for h in hits] == list(range(1, len(hits) + 1))
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert keys[0] == ("mps-procedures", 163)
    assert tiny_retriever.search("guarantor", k=2) == tiny_retriever.search("guarantor", k=2)


def test_every_config_variant_runs(tiny_retriever: HybridRetriever) -> None:
    base = SearchConfig()
    variants = [
        replace(base, fusion=Fusion.WEIGHTED), replace(base, aggregate=Aggregate.SUM),
        replace(base, use_dense=False), replace(base, use_bm25=False),
        replace(base, glossary=False, lookup=False, spelling=False, prior=0.0),
        replace(base, bm25_expansion=Expansion.SEPARATE, dense_expansion=Expansion.SEPARATE),
        replace(base, bm25_expansion=Expansion.OFF, dense_expansion=Expansion.OFF),
    ]  # fmt: skip
    for cfg in variants:
        tiny_retriever.config = cfg
        hits = tiny_retriever.search("the cops took my brother, when do they tell the family?", 3)
        assert hits and hits[0].law == "mps-procedures", cfg


def test_lay_query_finds_the_article(tiny_retriever: HybridRetriever) -> None:
    hits = tiny_retriever.search("the cops took my brother, when do they have to tell us?", 3)
    assert ("mps-procedures", 125) in refs(hits)


@pytest.mark.parametrize("query", ["", "   ", "?!", "x" * 50_000, "第83条", "\x00\x01", "\ud800"])
def test_odd_queries_do_not_fail(tiny_retriever: HybridRetriever, query: str) -> None:
    assert isinstance(tiny_retriever.search(query, k=3), list)
    assert tiny_retriever.search(query, k=0) == []


def test_asks_sets_what_the_question_type_priors_read(tiny_retriever: HybridRetriever) -> None:
    # a follow-up searched with its conversation's topic: the "how long" of the earlier
    # question is in the query, but the priors read what the follow-up asks
    def scored(hits: list[Hit]) -> list[tuple[str, float]]:
        return [(h.chunk_id, round(h.score, 9)) for h in hits]

    q = "how long does the detention last? will the family be notified?"
    plain = scored(tiny_retriever.search(q, k=5))
    assert scored(tiny_retriever.search(q, k=5, asks=q)) == plain
    own = scored(tiny_retriever.search(q, k=5, asks="will the family be notified?"))
    tiny_retriever.config = replace(tiny_retriever.config, period_prior=0.0)
    assert own == scored(tiny_retriever.search(q, k=5)) != plain
