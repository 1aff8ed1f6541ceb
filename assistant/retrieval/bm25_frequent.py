"""BM25 sums for large indexes: the most frequent terms' scores kept as dense rows.

A query's BM25 scores are its terms' precomputed per-text scores added up (bm25.py: one
`np.add.at` over the terms' postings). In a large corpus a few common terms appear in
most texts ("article", "shall", "public"): on the 100k synthetic corpus a dev question's
terms had ≈ 575,000 postings, ≈ 1 ms of scattered adds, 84 % of them from the 72 terms
in a quarter or more of the texts. For those terms a dense row (zeros where the term is
absent) is added as one vectorised float32 add instead.

Bit for bit the same sums: `np.add.at` over the postings laid end to end adds each
text's scores in query-term order, one IEEE float32 addition each; here the terms are
taken in the same order (the sparse ones between two dense rows still as one `add.at`),
and adding a dense row's 0.0 to a text without the term leaves its (non-negative) sum
unchanged. Built from the loaded postings, never saved.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

ROWS = 10_000  # only indexes of at least this many texts (the 428-chunk one keeps add.at)
SHARE = 0.25  # a term in at least this share of the texts gets a dense row


def frequent_terms(postings: tuple[np.ndarray, np.ndarray, Sequence[int]] | None,
                   size: int) -> FrequentTerms | None:  # fmt: skip
    """The dense rows for an index of `size` texts with these postings (bm25._postings);
    None below ROWS texts or without postings (then bm25.py sums as before)."""
    return FrequentTerms.build(*postings, size) if postings is not None and size >= ROWS else None


class FrequentTerms:
    """Dense score rows for the terms in at least SHARE of `size` texts.

    `data`, `indices`, `starts` are the CSC postings (term i: scores data[starts[i]:
    starts[i + 1]] of texts indices[...]).

    Example:
        >>> f = FrequentTerms.build(data, indices, starts, 100_000)
        >>> np.array_equal(f.scores([3, 17]), add_at_scores([3, 17]))
        True
    """

    def __init__(self, data: np.ndarray, indices: np.ndarray, starts: Sequence[int],
                 size: int, rows: dict[int, int], dense: np.ndarray) -> None:  # fmt: skip
        self._data, self._indices, self._starts = data, indices, starts
        self.size, self.rows, self._dense = size, rows, dense

    @classmethod
    def build(cls, data: np.ndarray, indices: np.ndarray, starts: Sequence[int],
              size: int, share: float = SHARE) -> FrequentTerms:  # fmt: skip
        """Dense rows for the terms in at least `share` of the texts."""
        df = np.diff(np.asarray(starts, dtype=np.int64))
        terms = np.flatnonzero(df >= max(1.0, share * size))
        dense = np.zeros((len(terms), size), dtype=data.dtype)
        for j, t in enumerate(terms):
            span = slice(starts[t], starts[t + 1])
            dense[j, indices[span]] = data[span]  # a term's texts are distinct
        return cls(data, indices, starts, size, {int(t): j for j, t in enumerate(terms)}, dense)

    def covers(self, ids: Sequence[int]) -> bool:
        """Whether any of these term ids has a dense row (else the plain sum is as fast)."""
        rows = self.rows
        return bool(rows) and any(i in rows for i in ids)

    def scores(self, ids: Sequence[int]) -> np.ndarray:
        """The BM25 score of every text for these term ids (in query order, repeats
        counted), equal bit for bit to one `np.add.at` over their postings."""
        out = np.zeros(self.size, dtype=self._data.dtype)
        pending: list[slice] = []
        for i in ids:
            j = self.rows.get(i)
            if j is None:
                pending.append(slice(self._starts[i], self._starts[i + 1]))
                continue
            self._add_sparse(out, pending)
            pending = []
            out += self._dense[j]
        self._add_sparse(out, pending)
        return out

    def _add_sparse(self, out: np.ndarray, spans: list[slice]) -> None:
        if spans:
            np.add.at(out, np.concatenate([self._indices[x] for x in spans]),
                      np.concatenate([self._data[x] for x in spans]))  # fmt: skip
