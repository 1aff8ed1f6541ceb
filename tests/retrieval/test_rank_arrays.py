"""The array path of the default ranking (rank_arrays.py) against `rank_articles`, bit for bit."""

from __future__ import annotations

import math
import random

from hypothesis import given
from hypothesis import strategies as st

from assistant.retrieval.config import Aggregate, Fusion
from assistant.retrieval.rank_arrays import RowTables, fused_rows
from assistant.retrieval.ranking import rank_articles

ROWS = 14
LAWS = ["cpl", "spp-rules", "mps-procedures"]


def by_article(order, article_of):
    """fused_rows read as the searcher reads it: an article's first row, in order."""
    out: dict[int, tuple[int, float]] = {}
    for row, s in zip(*order, strict=True):
        out.setdefault(article_of[row], (row, s))
    return [(a, s, row) for a, (row, s) in out.items()]


@given(st.lists(st.lists(st.integers(0, ROWS - 1), unique=True, max_size=ROWS), min_size=1,
                max_size=5), st.data())  # fmt: skip
def test_fused_rows_are_rank_articles_bit_for_bit(ranks, data) -> None:
    draw = data.draw
    rankings = [[(row, 1.0) for row in r] for r in ranks]
    weights = draw(st.lists(st.sampled_from([1.0, 0.65, 0.4, 0.3, 2.0]),
                            min_size=len(ranks), max_size=len(ranks)))  # fmt: skip
    article_of = sorted(draw(st.lists(st.integers(0, 6), min_size=ROWS, max_size=ROWS)))
    law_of = draw(st.lists(st.sampled_from(LAWS), min_size=ROWS, max_size=ROWS))
    prior_laws = set(draw(st.lists(st.sampled_from([*LAWS, "guide"]), max_size=2)))
    rows = frozenset(draw(st.lists(st.integers(0, ROWS - 1), max_size=4)))
    prior, boost = draw(st.sampled_from([0.0, 0.5])), draw(st.sampled_from([0.0, 0.2]))
    rrf_k = draw(st.sampled_from([0, 1, 10, 60]))
    want = rank_articles(rankings, weights, law_of=law_of, article_of=article_of,
                         prior_laws=prior_laws, prior=prior, fusion=Fusion.RRF, rrf_k=rrf_k,
                         aggregate=Aggregate.MAX, boost_rows=rows, boost=boost)  # fmt: skip
    tables = RowTables(law_of, article_of)
    got = fused_rows(rankings, weights, tables, rrf_k, prior_laws, prior, rows, boost)
    assert got is not None
    assert by_article(got, article_of) == [tuple(x) for x in want]


def test_row_totals_are_fsum_of_the_contributions() -> None:
    """Many rankings of random weights: each row's total is math.fsum of its parts. Past
    a spread of ≈ 2^9 between the largest and smallest contribution the int64 sum could
    overflow, and the path declines (the searcher then runs rank_articles)."""
    rng = random.Random(3)
    declined = 0
    for i in range(400):
        n = rng.randint(1, 6)
        spread = (0.2, 1.5) if i % 2 else (0.001, 5.0)
        weights = [rng.uniform(*spread) for _ in range(n)]
        ranks = [rng.sample(range(40), rng.randint(1, 40)) for _ in range(n)]
        k = rng.choice([10, 60] if i % 2 else [0, 10, 60])
        tables = RowTables(["cpl"] * 40, list(range(40)))
        got = fused_rows([[(r, 0.0) for r in x] for x in ranks], weights, tables, k)
        if got is None:
            assert i % 2 == 0
            declined += 1
            continue
        parts: dict[int, list[float]] = {}
        for w, x in zip(weights, ranks, strict=True):
            for rank, row in enumerate(x, 1):
                parts.setdefault(row, []).append(w / (k + rank))
        assert dict(zip(*got, strict=True)) == {r: math.fsum(p) for r, p in parts.items()}
    assert 0 < declined < 200


def test_what_the_array_path_leaves_to_rank_articles() -> None:
    tables = RowTables(["cpl"] * 3, [0, 0, 1])
    assert fused_rows([[(0, 1.0), (0, 0.5)]], [1.0], tables, 10) is None  # a repeated row
    assert fused_rows([[(0, 1.0)]], [0.0], tables, 10) is None  # weight 0
    assert fused_rows([[(0, 1.0)]], [1.0, 1.0], tables, 10) is None  # weights do not match
    assert fused_rows([[(0, 1.0)]], [1.0], RowTables(["cpl"] * 3, [1, 0, 0]), 10) is None
    assert fused_rows([[]], [1.0], tables, 10) == ([], [])
