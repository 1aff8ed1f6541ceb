"""Frequent terms' dense rows (bm25_frequent.py) against one np.add.at, bit for bit, and
fusion's row totals (rank_arrays.row_totals) with and without the full-size table."""

from __future__ import annotations

import random

import numpy as np
import pytest

from assistant.retrieval import bm25_frequent, rank_arrays
from assistant.retrieval.bm25 import BM25Index
from assistant.retrieval.bm25_frequent import FrequentTerms, frequent_terms
from assistant.retrieval.rank_arrays import row_totals


def _add_at(data, indices, starts, size, ids) -> np.ndarray:
    out = np.zeros(size, dtype=np.float32)
    spans = [slice(starts[i], starts[i + 1]) for i in ids]
    if spans:
        np.add.at(out, np.concatenate([indices[s] for s in spans]),
                  np.concatenate([data[s] for s in spans]))  # fmt: skip
    return out


def _postings(size: int, terms: int, seed: int):
    """CSC postings with term frequencies from rare to nearly every text."""
    rng = np.random.default_rng(seed)
    data, indices, starts = [], [], [0]
    for t in range(terms):
        df = max(1, int(size * (t + 1) / terms * rng.uniform(0.2, 1.0)))
        rows = np.sort(rng.choice(size, df, replace=False))
        indices.append(rows)
        data.append(rng.uniform(0.01, 4.0, df).astype(np.float32))
        starts.append(starts[-1] + df)
    return np.concatenate(data), np.concatenate(indices).astype(np.int32), starts


@pytest.mark.parametrize("seed", range(3))
def test_dense_rows_sum_as_add_at_bit_for_bit(seed: int) -> None:
    size, terms = 3000, 40
    data, indices, starts = _postings(size, terms, seed)
    f = FrequentTerms.build(data, indices, starts, size, share=0.25)
    assert 0 < len(f.rows) < terms  # some terms dense, some sparse
    rng = random.Random(seed)
    for _ in range(300):
        ids = rng.choices(range(terms), k=rng.randint(1, 12))  # repeats included
        np.testing.assert_array_equal(f.scores(ids), _add_at(data, indices, starts, size, ids))
    assert f.covers([max(f.rows)]) and not f.covers([min(set(range(terms)) - set(f.rows))])


def test_only_large_indexes_get_dense_rows(monkeypatch) -> None:
    data, indices, starts = _postings(500, 10, 4)
    assert frequent_terms((data, indices, starts), 500) is None
    assert frequent_terms(None, 10**6) is None
    monkeypatch.setattr(bm25_frequent, "ROWS", 500)
    assert isinstance(frequent_terms((data, indices, starts), 500), FrequentTerms)


def test_bm25_index_scores_the_same_with_dense_rows(monkeypatch) -> None:
    rng = random.Random(5)
    words = [f"w{i}" for i in range(60)]
    texts = [" ".join(rng.choices(words, weights=range(60, 0, -1), k=20)) for _ in range(400)]
    plain = BM25Index.build(texts, prefix=0)
    monkeypatch.setattr(bm25_frequent, "ROWS", 100)
    dense = BM25Index.build(texts, prefix=0)
    assert plain._frequent is None and dense._frequent is not None and dense._frequent.rows
    for _ in range(200):
        toks = dense.tokens(" ".join(rng.choices(words, k=rng.randint(1, 8))))
        np.testing.assert_array_equal(dense.scores(toks), plain.scores(toks))


@pytest.mark.parametrize("seed", range(3))
def test_row_totals_listed_rows_as_the_full_table(seed: int, monkeypatch) -> None:
    rng = np.random.default_rng(seed)
    for _ in range(100):
        flat = rng.integers(0, 300, rng.integers(1, 200))
        units = rng.integers(1, 2**55, len(flat))
        table = row_totals(flat, units, 300)
        monkeypatch.setattr(rank_arrays, "SMALL", 10)
        listed = row_totals(flat, units, 300)
        monkeypatch.setattr(rank_arrays, "SMALL", 4096)
        for a, b in zip(table, listed, strict=True):
            np.testing.assert_array_equal(a, b)
        np.testing.assert_array_equal(table[0], np.unique(flat))
