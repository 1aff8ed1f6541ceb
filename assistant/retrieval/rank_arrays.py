"""`rank_articles` for the default search (RRF, MAX) over numpy arrays, bit for bit.

`ranking.rank_articles` works a dict entry at a time: ≈ 140 contributions, ≈ 80 fused
rows and as many articles a search, ≈ 86 us. Here the same steps run as a dozen array
operations. Every number is the one the dict code computes:

* a contribution is `w / (k + rank)`, one IEEE division in float64 either way;
* a row's total is its contributions' exact sum rounded once (what `math.fsum` returns):
  every contribution is an integer multiple of the smallest one's unit in the last place
  (a larger float's ulp is a multiple of a smaller one's), so the contributions divided by
  that unit are exact integers, summed exactly in int64 (checked to fit), and the
  integer total is rounded once by the conversion to float64 (round half to even, as
  fsum) and scaled back by a power of two (exact);
* the priors are the same products, `s * (1 + prior)` then `s * (1 + boost)`;
* the rows are sorted by (-score, row) (`lexsort`), which read by first occurrence per
  article is `to_articles`' order (see `fused_rows`).

Anything else (a ranking that repeats a row, a weight ≤ 0, contributions too far apart
for int64) returns None, and the caller uses `rank_articles`.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence

import numpy as np

# int64 totals stay below this (room for the check's rounding): the largest contributions
# may be up to ≈ 2^9 times the smallest (the search's: ≈ 20)
_FITS = float(2**62)
SMALL = 4096  # row tables up to this size sum in one slot per row (row_totals)


class RowTables:
    """A chunk table's article index and instrument per row, as arrays, built once.

    Example:
        >>> t = RowTables(["cpl", "cpl", "spp-rules"], [0, 0, 1])
        >>> fused_rows([[(2, 0.9), (0, 0.5)], [(0, 0.7)]], [1.0, 0.5], t, 10)
        ([0, 2], [0.12878787878787878, 0.09090909090909091])
    """

    def __init__(self, law_of: Sequence[str], article_of: Sequence[int]) -> None:
        self.article_of = np.asarray(article_of, dtype=np.int64)
        self.monotone = bool(np.all(np.diff(self.article_of) >= 0))
        laws = np.asarray(law_of, dtype=object)
        self._by_law = {law: laws == law for law in dict.fromkeys(law_of)}
        self._none = np.zeros(len(law_of), dtype=bool)
        self._row_masks: dict[frozenset[int], np.ndarray] = {}
        self._law_masks: dict[frozenset[str], np.ndarray] = {}
        self._contrib: dict[tuple[float, int], np.ndarray] = {}

    def law_mask(self, laws: Collection[str]) -> np.ndarray:
        """True for the rows of these instruments (kept per set: at 100k rows, ORing the
        masks again took ≈ 40 us a search)."""
        key = frozenset(laws)
        out = self._law_masks.get(key)
        if out is None:
            out = self._none
            for law in key:
                if law in self._by_law:
                    out = out | self._by_law[law]
            self._law_masks[key] = out
        return out

    def row_mask(self, rows: Collection[int]) -> np.ndarray:
        """True for these rows (the question-type priors' fixed sets are kept)."""
        key = rows if isinstance(rows, frozenset) else frozenset(rows)
        mask = self._row_masks.get(key)
        if mask is None:
            mask = self._none.copy()
            mask[list(key)] = True
            if isinstance(rows, frozenset):
                self._row_masks[key] = mask
        return mask

    def contributions(self, w: float, k: int, n: int) -> np.ndarray:
        """w / (k + rank) for ranks 1..n (float64 division, as Python's)."""
        got = self._contrib.get((w, k))
        if got is None or len(got) < n:
            got = w / np.arange(k + 1, k + 1 + max(n, 64), dtype=np.float64)
            self._contrib[(w, k)] = got
        return got[:n]


def fused_rows(rankings: Sequence[Sequence[tuple[int, float]]], weights: Sequence[float],
               tables: RowTables, rrf_k: int, prior_laws: Collection[str] = (),
               prior: float = 0.0, boost_rows: Collection[int] = (),
               boost: float = 0.0) -> tuple[list[int], list[float]] | None:  # fmt: skip
    """Every fused row and its score (RRF, instrument prior, row boost), ordered by
    (-score, row); None when the inputs are outside what this path handles.

    Read by first occurrence per article, this is `rank_articles(..., fusion=RRF,
    aggregate=MAX)`: an article's first row is its best chunk (highest score, then lower
    row), and since `tables.monotone` (article indices never decrease with the row), the
    first rows come in (-score, article) order. Only the ≈ 12 rows a search reads past are
    turned into hits: building all ≈ 80 `Ranked` articles cost ≈ 15 us more.
    """
    if not tables.monotone or len(weights) != len(rankings) or rrf_k < 0:
        return None
    row_lists = [[row for row, _ in r] for r in rankings]
    if any(len(set(x)) != len(x) for x in row_lists) or any(w <= 0 for w in weights):
        return None  # rrf_scores counts a repeated row once: not done here
    flat = [row for x in row_lists for row in x]
    if not flat:
        return [], []
    c = np.concatenate([tables.contributions(w, rrf_k, len(x))
                        for w, x in zip(weights, row_lists, strict=True)])  # fmt: skip
    unit = 2.0 ** (math.frexp(float(c.min()))[1] - 53)  # the smallest contribution's ulp
    if sum(weights) / (rrf_k + 1) / unit >= _FITS:  # a row's total is at most this
        return None
    rows, totals = row_totals(np.asarray(flat, dtype=np.intp), (c / unit).astype(np.int64),
                              len(tables.article_of))  # fmt: skip
    s = totals.astype(np.float64) * unit
    if prior_laws and prior != 0:
        s = np.where(tables.law_mask(prior_laws)[rows], s * (1 + prior), s)
    if boost_rows and boost != 0:
        s = np.where(tables.row_mask(boost_rows)[rows], s * (1 + boost), s)
    order = np.lexsort((rows, -s))
    return rows[order].tolist(), s[order].tolist()


def row_totals(flat: np.ndarray, units: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """The distinct rows of `flat`, ascending, and each one's sum of `units` (positive
    integers, so every listed row has a non-zero total). Exact either way: in a table of
    SMALL rows or fewer, one int64 slot per row (7 us at 428 rows); above, only the rows
    listed (a 100k-slot table cost ≈ 160 us a search, 11 us this way).

    >>> row_totals(np.array([4, 1, 4]), np.array([2, 3, 5]), 10)
    (array([1, 4]), array([3, 7]))
    """
    if size <= SMALL:
        acc = np.zeros(size, dtype=np.int64)
        np.add.at(acc, flat, units)
        rows = np.flatnonzero(acc)
        return rows, acc[rows]
    rows, where = np.unique(flat, return_inverse=True)
    totals = np.zeros(len(rows), dtype=np.int64)
    np.add.at(totals, where, units)
    return rows, totals
