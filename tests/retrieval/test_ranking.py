"""Chunk-to-article ranking: fusion choice, instrument prior, aggregation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.retrieval.config import Aggregate, Fusion
from assistant.retrieval.glossary import load_glossary
from assistant.retrieval.ranking import Ranked, apply_prior, fuse, rank_articles, to_articles
from assistant.retrieval.searcher import prior_instruments


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


def _rank_as_first_written(rankings, weights, law_of, article_of, prior_laws, prior, rows, boost,
                           aggregate):  # fmt: skip
    """rank_articles as first written: the sorted fusion, prior, boost, then per article
    its best chunk (ties: lower row) and MAX or SUM in the fused order; Ranked as tuples."""
    fused = fuse(rankings, weights, Fusion.RRF, 10)
    fused = {r: s * (1 + prior) if law_of[r] in prior_laws else s for r, s in fused.items()}
    fused = {r: s * (1 + boost) if r in rows else s for r, s in fused.items()}
    best: dict[int, tuple[float, int]] = {}
    total: dict[int, float] = {}
    for row, s in fused.items():
        a = article_of[row]
        total[a] = total.get(a, 0.0) + s
        if a not in best or (s, -row) > (best[a][0], -best[a][1]):
            best[a] = (s, row)
    agg = total if aggregate is Aggregate.SUM else {a: s for a, (s, _) in best.items()}
    return [(a, s, best[a][1]) for a, s in sorted(agg.items(), key=lambda kv: (-kv[1], kv[0]))]


ROWS = 12
row_lists = st.lists(st.lists(st.integers(0, ROWS - 1), unique=True, max_size=ROWS), min_size=1,
                     max_size=4)  # fmt: skip


@given(row_lists, st.data())
def test_rank_articles_is_the_first_implementation_bit_for_bit(ranks, data) -> None:
    draw = data.draw
    rankings = [[(row, 1.0) for row in r] for r in ranks]
    weights = draw(st.lists(st.sampled_from([1.0, 0.65, 0.4, 0.0]), min_size=len(ranks),
                            max_size=len(ranks)))  # fmt: skip
    article_of = sorted(draw(st.lists(st.integers(0, 5), min_size=ROWS, max_size=ROWS)))
    law_of = draw(st.lists(st.sampled_from(["cpl", "spp-rules", "mps-procedures"]),
                           min_size=ROWS, max_size=ROWS))  # fmt: skip
    prior_laws = set(draw(st.lists(st.sampled_from(["cpl", "spp-rules"]), max_size=2)))
    rows = set(draw(st.lists(st.integers(0, ROWS - 1), max_size=4)))
    prior, boost = draw(st.sampled_from([0.0, 0.5])), draw(st.sampled_from([0.0, 0.2]))
    for aggregate in Aggregate:
        got = rank_articles(rankings, weights, law_of=law_of, article_of=article_of,
                            prior_laws=prior_laws, prior=prior, rrf_k=10, aggregate=aggregate,
                            boost_rows=rows, boost=boost)  # fmt: skip
        want = _rank_as_first_written(rankings, weights, law_of, article_of, prior_laws, prior,
                                      rows, boost, aggregate)  # fmt: skip
        assert [tuple(r) for r in got] == want


def test_prior_instruments_add_the_law_to_a_body_hint_only() -> None:
    g = load_glossary()
    assert prior_instruments("can the cops hold him?", g) == {"mps-procedures", "cpl"}
    assert prior_instruments("can the cops hold him?", g, law=False) == {"mps-procedures"}
    assert prior_instruments("MPS art. 9", g) == {"mps-procedures"}  # named, not hinted
    assert prior_instruments("what is a guarantor?", g) == set()
