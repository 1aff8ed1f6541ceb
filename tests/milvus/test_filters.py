"""Instrument filters restrict every method before fusion, on both backends alike."""

from __future__ import annotations

import pytest

from assistant.retrieval.backend import EmbeddedBackend
from assistant.retrieval.milvus import MilvusRetriever

pytestmark = pytest.mark.milvus
QUERY = "Can the suspect apply for bail and who can be a guarantor?"


@pytest.mark.parametrize("laws", [["spp-juvenile"], ["cpl", "guide"], ["mps-procedures"]])
def test_filter_keeps_only_those_instruments(
    milvus: MilvusRetriever, embedded: EmbeddedBackend, laws: list[str]
) -> None:
    for backend in (milvus, embedded):
        hits = backend.search(QUERY, k=10, laws=laws)
        assert hits, type(backend).__name__
        assert {h.law for h in hits} <= set(laws)


def test_filtered_search_still_fills_k(milvus: MilvusRetriever) -> None:
    hits = milvus.search(QUERY, k=10, laws=["spp-juvenile"])
    assert len(hits) == 10


def test_reference_outside_the_filter_is_not_forced_in(milvus: MilvusRetriever) -> None:
    hits = milvus.search("SPP Rules art. 83", k=5, laws=["mps-procedures"])
    assert all(h.law == "mps-procedures" for h in hits)
    assert all("lookup" not in h.scores for h in hits)


def test_unknown_instruments_are_ignored_like_embedded(
    milvus: MilvusRetriever, embedded: EmbeddedBackend
) -> None:
    laws = ["no-such-law", "cpl"]
    mil = milvus.search(QUERY, k=5, laws=laws)
    emb = embedded.search(QUERY, k=5, laws=laws)
    assert len(mil) == len(emb) > 0
    assert {h.law for h in mil} == {h.law for h in emb} == {"cpl"}


def test_top_hit_agrees_with_embedded_under_a_filter(
    milvus: MilvusRetriever, embedded: EmbeddedBackend
) -> None:
    q = "breastfeeding mother bail pending trial"
    top_m = [(h.law, h.article) for h in milvus.search(q, k=5, laws=["mps-procedures"])]
    top_e = [(h.law, h.article) for h in embedded.search(q, k=5, laws=["mps-procedures"])]
    assert top_m[0] in top_e[:3]
