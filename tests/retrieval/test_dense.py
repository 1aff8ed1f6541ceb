"""faiss IndexFlatIP against numpy brute force, with and without instrument ranges."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.retrieval.dense import DenseIndex


def _vectors(n: int, dim: int, seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _brute(vectors: np.ndarray, q: np.ndarray, k: int, rows: np.ndarray) -> list[int]:
    sims = vectors[rows] @ q
    order = sorted(range(len(rows)), key=lambda i: (-sims[i], rows[i]))
    return [int(rows[i]) for i in order[:k]]


@pytest.mark.parametrize("seed", range(5))
def test_top_k_matches_numpy(seed: int) -> None:
    vecs = _vectors(500, 32, seed)
    idx = DenseIndex.build(vecs)
    for q in _vectors(10, 32, seed + 100):
        hits = idx.search(q, 10)
        assert [r for r, _ in hits] == _brute(vecs, q, 10, np.arange(500))
        np.testing.assert_allclose([s for _, s in hits], vecs[[r for r, _ in hits]] @ q, rtol=1e-5)


def test_ranges_restrict_rows_before_ranking() -> None:
    vecs = _vectors(300, 16, 1)
    idx = DenseIndex.build(vecs)
    ranges = [(10, 40), (200, 230)]
    rows = np.concatenate([np.arange(lo, hi) for lo, hi in ranges])
    for q in _vectors(5, 16, 2):
        hits = idx.search(q, 15, ranges)
        assert [r for r, _ in hits] == _brute(vecs, q, 15, rows)
    assert idx.search(vecs[0], 5, []) == []


def test_k_larger_than_the_index_and_persistence(tmp_path) -> None:
    vecs = _vectors(4, 8, 3)
    idx = DenseIndex.build(vecs)
    assert len(idx.search(vecs[0], 10)) == 4
    assert idx.search(vecs[0], 1)[0][0] == 0
    idx.save(tmp_path / "d.faiss")
    assert DenseIndex.load(tmp_path / "d.faiss", 4, 8).search(vecs[2], 1)[0][0] == 2
    with pytest.raises(ValueError, match="expected 5x8"):
        DenseIndex.load(tmp_path / "d.faiss", 5, 8)


def test_fp16_scan_ranks_like_fp32_and_round_trips(tmp_path) -> None:
    vecs = _vectors(400, 32, 4)
    exact, half = DenseIndex.build(vecs), DenseIndex.build(vecs, "fp16")
    np.testing.assert_allclose(half.vectors(), vecs, atol=1e-3)
    for q in _vectors(10, 32, 5):
        a, b = exact.search(q, 10), half.search(q, 10)
        assert len({r for r, _ in a} & {r for r, _ in b}) >= 9
        np.testing.assert_allclose([s for _, s in a][:3], [s for _, s in b][:3], atol=2e-3)
    half.save(tmp_path / "h.faiss")
    assert DenseIndex.load(tmp_path / "h.faiss", 400, 32).search(vecs[7], 1)[0][0] == 7
    with pytest.raises(ValueError, match="precision"):
        DenseIndex.build(vecs, "int4")
