"""Chunk-to-article ranking: fusion choice, instrument prior, aggregation."""

from __future__ import annotations

import pytest

from assistant.retrieval.config import Aggregate, Fusion
from assistant.retrieval.ranking import Ranked, apply_prior, fuse, rank_articles, to_articles


def test_fuse_rrf_and_weighted() -> None:
    bm25 = [(0, 9.0), (1, 3.0)]
    dense = [(1, 0.8), (2, 0.5)]
    rrf = fuse([bm25, dense], [1.0, 1.0], Fusion.RRF, rrf_k=10)
    assert rrf == pytest.approx({0: 1 / 11, 1: 1 / 12 + 1 / 11, 2: 1 / 12})
    ws = fuse([bm25, dense], [1.0, 1.0], Fusion.WEIGHTED)
    assert ws == pytest.approx({0: 1.0, 1: 1.0, 2: 0.0})


def test_prior_scales_only_the_named_instruments() -> None:
    law_of = ["spp-rules", "mps-procedures", "mps-procedures"]
    scores = {0: 1.0, 1: 0.8, 2: 0.1}
    assert apply_prior(scores, law_of, {"mps-procedures"}, 0.5) == pytest.approx(
        {0: 1.0, 1: 1.2, 2: 0.15}
    )
    assert apply_prior(scores, law_of, set(), 0.5) is scores
    assert apply_prior(scores, law_of, {"cpl"}, 0.0) is scores


def test_aggregation_max_and_sum_with_deterministic_ties() -> None:
    article_of = [0, 0, 1, 2]
    scores = {0: 0.5, 1: 0.4, 2: 0.5, 3: 0.9}
    assert to_articles(scores, article_of, Aggregate.MAX) == [
        Ranked(2, 0.9, 3), Ranked(0, 0.5, 0), Ranked(1, 0.5, 2)
    ]  # fmt: skip
    # article 0 sums to 0.9 like article 2: the tie goes to the lower article index
    assert [(r.article, r.row) for r in to_articles(scores, article_of, Aggregate.SUM)] == [
        (0, 0), (2, 3), (1, 2)
    ]  # fmt: skip


def test_rank_articles_end_to_end() -> None:
    out = rank_articles(
        [[(0, 5.0), (2, 1.0)], [(2, 0.9), (1, 0.8)]], [1.0, 1.0],
        law_of=["cpl", "cpl", "mps-procedures"], article_of=[0, 0, 1],
        prior_laws={"mps-procedures"}, prior=0.5, rrf_k=60,
    )  # fmt: skip
    assert [r.article for r in out] == [1, 0]
    assert out[0].score == pytest.approx(1.5 * (1 / 62 + 1 / 61))
