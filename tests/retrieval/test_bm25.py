"""bm25s against rank-bm25 (the reference implementation) on the same tokens."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from assistant.corpus.store import load_articles
from assistant.retrieval.bm25 import BM25Index, top_k
from assistant.retrieval.chunking import chunk_corpus
from assistant.retrieval.tokenize import lexical_tokens


class LuceneBM25(BM25Okapi):
    """rank-bm25's Okapi scorer turned into the Lucene variant bm25s implements:

    * idf = log(1 + (N - n + .5) / (n + .5)); BM25Okapi's own is log((N - n + .5) /
      (n + .5)) with an epsilon floor for common terms;
    * term weight tf / (tf + k1 (1 - b + b dl / avgdl)), without Okapi's (k1 + 1) factor
      (Lucene dropped it in 8.0: a constant that never changes a ranking).
    """

    def _calc_idf(self, nd: dict[str, int]) -> None:
        for word, freq in nd.items():
            self.idf[word] = math.log(1 + (self.corpus_size - freq + 0.5) / (freq + 0.5))

    def get_scores(self, query: list[str]) -> np.ndarray:
        return super().get_scores(query) / (self.k1 + 1)


QUERIES = [
    "the cops took my brother, when do they have to tell us?",
    "SPP Rules art. 83",
    "time limit for reconsideration of a no-filing decision",
    "bail pending trial guarantor obligations",
    "can the police search my wife",
    "residential surveillance designated residence 24 hours notify family",
    "juvenile conditional non-prosecution probation period",
    "xyzzy unknown words only",
]


@pytest.fixture(scope="module")
def corpus_tokens() -> list[list[str]]:
    return [lexical_tokens(c.text) for c in chunk_corpus(load_articles())]


@pytest.mark.parametrize("k1,b", [(1.2, 0.75), (1.5, 0.9), (0.9, 0.4)])
def test_scores_agree_with_rank_bm25(corpus_tokens: list[list[str]], k1: float, b: float) -> None:
    ours = BM25Index.build_tokens(corpus_tokens, k1, b)
    ref = LuceneBM25(corpus_tokens, k1=k1, b=b)
    rng = random.Random(7)
    sampled = [" ".join(rng.sample(corpus_tokens[i], min(6, len(corpus_tokens[i]))))
               for i in rng.sample(range(len(corpus_tokens)), 12)]  # fmt: skip
    for q in [*QUERIES, *sampled]:
        toks = lexical_tokens(q)
        known = ours.known(toks)
        expected = ref.get_scores(known) if known else np.zeros(len(corpus_tokens))
        np.testing.assert_allclose(ours.scores(toks), expected, rtol=1e-5, atol=1e-6)


def test_top_k_orders_by_score_then_row_and_filters_before_ranking() -> None:
    scores = np.array([0.5, 2.0, 0.0, 2.0, 1.0], dtype=np.float32)
    assert top_k(scores, 3) == [(1, 2.0), (3, 2.0), (4, 1.0)]
    assert top_k(scores, 10) == [(1, 2.0), (3, 2.0), (4, 1.0), (0, 0.5)]  # zeros never returned
    assert top_k(scores, 2, ranges=[(0, 1), (4, 5)]) == [(4, 1.0), (0, 0.5)]
    assert top_k(scores, 2, ranges=[]) == []
    assert top_k(np.zeros(3, dtype=np.float32), 2) == []


def test_save_and_load_round_trip(tmp_path) -> None:
    idx = BM25Index.build(["detention within 24 hours", "bail pending trial", ""])
    idx.save(tmp_path / "bm25")
    again = BM25Index.load(tmp_path / "bm25", 3)
    q = idx.tokens("how long is detention")
    np.testing.assert_array_equal(idx.scores(q), again.scores(q))
    with pytest.raises(ValueError, match="expected 4"):
        BM25Index.load(tmp_path / "bm25", 4)


def test_postings_summed_in_one_call_as_bm25s_does_bit_for_bit(
    corpus_tokens: list[list[str]],
) -> None:
    """One np.add.at over the query tokens' postings end to end must be bm25s's own sum
    (one np.add.at per token) exactly: repeated and unknown query terms included."""
    idx = BM25Index.build_tokens(corpus_tokens)
    assert idx._postings is not None
    rng = random.Random(11)
    vocab = sorted(t for t in idx._vocab if t)  # bm25s lists "", which no query has
    queries = [lexical_tokens(q) for q in QUERIES]
    queries += [[*rng.choices(vocab, k=rng.randint(1, 30)), "zzzunknown"] for _ in range(200)]
    for toks in queries:
        known = idx.known(toks)
        expected = idx._model.get_scores(known) if known else np.zeros(idx.size, np.float32)
        got = idx.scores(toks)
        assert got.dtype == expected.dtype
        np.testing.assert_array_equal(got, expected)
    with pytest.raises(ValueError):  # as bm25s itself: "" is in its vocabulary, unscored
        idx.scores([""])


def test_variants_with_a_non_occurrence_score_are_left_to_bm25s() -> None:
    import bm25s

    model = bm25s.BM25(method="bm25l")
    model.index([["bail", "pend"], ["detent", "hour"], ["bail", "bail"]], show_progress=False)
    idx = BM25Index(model, 3)
    assert idx._postings is None
    np.testing.assert_array_equal(idx.scores(["bail", "hour"]), model.get_scores(["bail", "hour"]))


@pytest.mark.parametrize("k", [3, 5, 8, 12])
def test_top_k_with_at_most_k_positive_scores_is_the_heaps_result(k: int) -> None:
    """With no more positive scores than k every one is kept, so they are only sorted;
    the result must be what faiss's heap gives (ties, zeros, negatives and inf included)."""
    rng = np.random.default_rng(k)
    for _ in range(300):
        scores = rng.choice([0.0, 0.0, -1.0, 0.5, 0.5, 1.25, 3.0, np.inf], size=10)
        scores = scores.astype(np.float32)
        got = top_k(scores, k)
        heap = top_k(scores, k, ranges=[(0, 10)])  # ranges: always the heap
        assert got == heap
        assert [r for r, _ in got] == sorted((r for r, _ in got), key=lambda r: (-scores[r], r))


@pytest.mark.parametrize("k", [1, 7, 50])
def test_top_k_skips_the_sort_only_where_it_changes_nothing(k: int) -> None:
    """Distinct scores (the sort skipped) and many ties (sorted), over spans in any order:
    the heap's hits come out in the (-score, row) order the sort gave them before."""
    rng = np.random.default_rng(k)
    for trial in range(300):
        n = int(rng.integers(1, 400))
        if trial % 2:
            scores = rng.random(n, dtype=np.float32) * 5 - 1  # distinct, some negative
        else:
            scores = rng.choice([0.0, 0.5, 1.25, 1.25, 3.0], size=n).astype(np.float32)
        cut = sorted(int(x) for x in rng.integers(0, n + 1, size=4))
        ranges = [(cut[2], cut[3]), (cut[0], cut[1])]
        for r in (None, ranges):
            got = top_k(scores, k, r)
            assert got == sorted(got, key=lambda h: (-h[1], h[0]))
            assert len(got) == min(k, sum(scores[lo:hi].size for lo, hi in r or [(0, n)]),
                                   sum(int((scores[lo:hi] > 0).sum()) for lo, hi in r or [(0, n)]))  # fmt: skip
