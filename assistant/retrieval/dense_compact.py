"""A compact dense scan for large indexes: int8 codes pick a shortlist, fp32 re-scores it.

At 100k chunks the exact IndexFlatIP scan reads 150 MB of fp32 vectors per query (one
thread, memory-bound: ≈ 6-10 ms, most of a search; bench/README.md, "Scale"). Here the
scan reads 8-bit codes of the same vectors (faiss `IndexScalarQuantizer`, QT_8bit_uniform:
a quarter of the bytes) to pick `shortlist(k)` candidates, and only those are scored
again with the fp32 vectors by faiss's `fvec_inner_products_by_idx`, the kernel the flat
scan uses, so every returned cosine is bit for bit the exact one. The top-k equals the
exact scan's whenever the exact top-k is among the candidates: with 4x the rows asked
for, the 8-bit scores would have to misorder a true top-k row below 3k others (on the
100k synthetic corpus the exact top 50 always lay within the first 61 candidates).
Ties are ordered by (-score, row).

The codes are derived from the fp32 vectors (a global min/max, then rounding), so they
are built when the index is built or loaded and never saved: nothing can go stale.
"""

from __future__ import annotations

from collections.abc import Sequence

import faiss
import numpy as np

ROWS = 10_000  # "auto" scans this many vectors or more compactly (fewer: exact IndexFlatIP)
FACTOR = 4  # candidates per row asked for
MINIMUM = 100  # candidates at least (a k of 10 still re-scores 100)


def compact_scan(index: faiss.Index, precision: str) -> CompactScan | None:
    """The compact scan for an index stored as `precision`: only "auto" over a flat fp32
    index of at least ROWS vectors has one (the 428-chunk corpus keeps the exact scan)."""
    flat = isinstance(index, faiss.IndexFlat) and index.metric_type == faiss.METRIC_INNER_PRODUCT
    if precision != "auto" or not flat or index.ntotal < ROWS:
        return None
    return CompactScan(index)


def shortlist(k: int, rows: int) -> int:
    """How many candidates the int8 scan keeps for a top-k over `rows` rows.

    >>> shortlist(50, 100_000), shortlist(10, 100_000), shortlist(50, 120)
    (200, 100, 120)
    """
    return min(rows, max(FACTOR * k, MINIMUM))


def exact_top(ids: np.ndarray, scores: np.ndarray, k: int) -> list[tuple[int, float]]:
    """The k best (row, score) by (-score, row), from re-scored candidates (ids unique).

    >>> exact_top(np.array([5, 2, 9]), np.array([0.5, 0.75, 0.5], dtype=np.float32), 2)
    [(2, 0.75), (5, 0.5)]
    """
    order = np.lexsort((ids, -scores))[:k]
    return list(zip(ids[order].tolist(), scores[order].tolist(), strict=True))


class CompactScan:
    """8-bit shortlist plus exact fp32 re-scoring over an `IndexFlatIP`'s vectors.

    Example:
        >>> flat = faiss.IndexFlatIP(384); flat.add(vectors)
        >>> CompactScan(flat).search(query, 10)   # the exact top 10, read 4x faster
        [(812, 0.71), ...]
    """

    def __init__(self, flat: faiss.IndexFlat) -> None:
        self._flat = flat  # owns the fp32 rows `_xb` points into
        self.size, self.dim = int(flat.ntotal), int(flat.d)
        self._xb = faiss.rev_swig_ptr(flat.get_xb(), self.size * self.dim)
        qt = faiss.ScalarQuantizer.QT_8bit_uniform
        self._codes = faiss.IndexScalarQuantizer(self.dim, qt, faiss.METRIC_INNER_PRODUCT)
        vectors = self._xb.reshape(self.size, self.dim)
        self._codes.train(vectors)
        self._codes.add(vectors)

    def search(
        self, q: np.ndarray, k: int, ranges: Sequence[tuple[int, int]] | None = None
    ) -> list[tuple[int, float]]:
        """Top-k (row, exact cosine) of one query (shape (1, dim), float32, contiguous);
        `ranges` restricts rows to these [lo, hi) spans before the shortlist is taken."""
        spans = [(0, self.size)] if ranges is None else ranges
        parts = [self._candidates(q, k, lo, hi) for lo, hi in spans if hi > lo]
        if not parts or k <= 0:
            return []
        ids = np.ascontiguousarray(np.concatenate(parts), dtype=np.int64)
        scores = np.empty(len(ids), dtype=np.float32)
        faiss.fvec_inner_products_by_idx(
            faiss.swig_ptr(scores), faiss.swig_ptr(q), faiss.swig_ptr(self._xb),
            faiss.swig_ptr(ids), self.dim, 1, len(ids),
        )  # fmt: skip
        return exact_top(ids, scores, k)

    def _candidates(self, q: np.ndarray, k: int, lo: int, hi: int) -> np.ndarray:
        """The shortlist of rows [lo, hi) by the 8-bit scores (all of them if few)."""
        m = shortlist(k, hi - lo)
        if m == hi - lo:
            return np.arange(lo, hi, dtype=np.int64)
        whole = lo == 0 and hi == self.size
        params = None if whole else faiss.SearchParameters(sel=faiss.IDSelectorRange(lo, hi))
        _, ids = self._codes.search(q, m, params=params)
        return ids[0][ids[0] >= 0]
