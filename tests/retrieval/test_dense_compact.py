"""The compact dense scan (dense_compact.py) against the exact IndexFlatIP, and the
"auto" choice by size: exact below dense_compact.ROWS, compact from it."""

from __future__ import annotations

import json
from pathlib import Path

import faiss
import numpy as np
import pytest

from assistant.retrieval import dense_compact
from assistant.retrieval.config import IndexConfig
from assistant.retrieval.dense import DenseIndex
from assistant.retrieval.dense_compact import CompactScan, exact_top, shortlist
from assistant.retrieval.hybrid import HybridRetriever
from assistant.retrieval.store import IndexProblem


def _vectors(n: int, dim: int, seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _flat(vecs: np.ndarray) -> faiss.IndexFlatIP:
    flat = faiss.IndexFlatIP(vecs.shape[1])
    flat.add(vecs)
    return flat


def _exact(flat: faiss.IndexFlatIP, q: np.ndarray, k: int, ranges=None) -> list[tuple[int, float]]:
    """The exact scan's top-k (row, score), ordered by (-score, row) as the compact one."""
    spans = [(0, flat.ntotal)] if ranges is None else ranges
    hits = []
    for lo, hi in spans:
        sel = faiss.SearchParameters(sel=faiss.IDSelectorRange(lo, hi))
        d, i = flat.search(q.reshape(1, -1), min(k, hi - lo), params=sel)
        hits += [(r, s) for r, s in zip(i[0].tolist(), d[0].tolist(), strict=True) if r >= 0]
    return sorted(hits, key=lambda h: (-h[1], h[0]))[:k]


@pytest.mark.parametrize("seed", range(3))
def test_compact_top_k_is_the_exact_scans_bit_for_bit(seed: int) -> None:
    """Rows, order and scores (not just close: the same float32) of the exact scan, where
    the 8-bit shortlist covers the exact top-k (checked, so the test says which failed)."""
    vecs = _vectors(3000, 48, seed)
    flat = _flat(vecs)
    compact = CompactScan(flat)
    for q in _vectors(20, 48, seed + 100):
        for k, ranges in ((50, None), (10, None), (25, [(100, 900), (2000, 2600)]), (5, [(7, 60)])):
            want = _exact(flat, q, k, ranges)
            pool = set(np.concatenate([compact._candidates(q.reshape(1, -1), k, lo, hi)
                                       for lo, hi in ranges or [(0, 3000)]]).tolist())  # fmt: skip
            assert {r for r, _ in want} <= pool, "shortlist misses an exact top-k row"
            assert compact.search(q.reshape(1, -1), k, ranges) == want


def test_compact_edges() -> None:
    vecs = _vectors(300, 16, 1)
    compact = CompactScan(_flat(vecs))
    q = vecs[3:4]
    assert compact.search(q, 0) == [] and compact.search(q, 5, []) == []
    assert compact.search(q, 5, [(10, 10)]) == []
    assert len(compact.search(q, 1000)) == 300  # more asked than there are rows
    assert compact.search(q, 1)[0][0] == 3
    assert [r for r, _ in compact.search(q, 400, [(290, 300)])] == sorted(
        range(290, 300), key=lambda r: (-float(vecs[r] @ vecs[3]), r)
    )


def test_shortlist_and_tie_order() -> None:
    assert shortlist(50, 100_000) == 200 and shortlist(10, 100_000) == 100
    assert shortlist(50, 150) == 150  # all rows: nothing to choose
    got = exact_top(np.array([9, 2, 5]), np.array([0.5, 0.75, 0.5], dtype=np.float32), 3)
    assert got == [(2, 0.75), (5, 0.5), (9, 0.5)]


def test_auto_is_exact_below_the_threshold_and_compact_from_it(monkeypatch) -> None:
    vecs = _vectors(600, 32, 2)
    small = DenseIndex.build(vecs, "auto")
    assert small._compact is None  # the 428-chunk corpus: exact IndexFlatIP as before
    assert DenseIndex.build(vecs, "fp32")._compact is None
    monkeypatch.setattr(dense_compact, "ROWS", 600)
    large, exact = DenseIndex.build(vecs, "auto"), DenseIndex.build(vecs, "fp32")
    assert isinstance(large._compact, CompactScan) and exact._compact is None
    assert DenseIndex.build(vecs, "fp16")._compact is None  # no fp32 rows to re-score
    for q in _vectors(10, 32, 9):
        assert large.search(q, 10) == _exact(large._index, q, 10)
        assert {r for r, _ in large.search(q, 10)} == {r for r, _ in exact.search(q, 10)}
    np.testing.assert_array_equal(large.vectors(), vecs)


def test_auto_saves_the_fp32_file_and_loads_compact(tmp_path: Path, monkeypatch) -> None:
    vecs = _vectors(700, 24, 3)
    monkeypatch.setattr(dense_compact, "ROWS", 500)
    DenseIndex.build(vecs, "auto").save(tmp_path / "a.faiss")
    DenseIndex.build(vecs, "fp32").save(tmp_path / "f.faiss")
    assert (tmp_path / "a.faiss").read_bytes() == (tmp_path / "f.faiss").read_bytes()
    loaded = DenseIndex.load(tmp_path / "a.faiss", 700, 24, "auto")
    assert isinstance(loaded._compact, CompactScan)
    assert DenseIndex.load(tmp_path / "a.faiss", 700, 24)._compact is None
    assert loaded.search(vecs[5], 3)[0][0] == 5


def test_manifest_records_the_stored_format(tmp_path, tiny_corpus, fake_embedder) -> None:
    """ "auto" and "fp32" store one file, so the manifest says fp32 for both and either
    loads the other's index; an fp16 index is stale for them (and the other way)."""
    assert IndexConfig().dense_precision == "auto"
    assert IndexConfig().to_dict()["dense_precision"] == "fp32"
    assert IndexConfig(dense_precision="fp16").to_dict()["dense_precision"] == "fp16"
    index = tmp_path / "index"
    HybridRetriever.build(tiny_corpus, fake_embedder, index, index_config=IndexConfig())
    manifest = json.loads((index / "current" / "manifest.json").read_text())
    assert manifest["params"]["dense_precision"] == "fp32"
    HybridRetriever.load(tiny_corpus, fake_embedder, index, IndexConfig(dense_precision="fp32"))
    with pytest.raises(IndexProblem, match="different params"):
        HybridRetriever.load(tiny_corpus, fake_embedder, index, IndexConfig(dense_precision="fp16"))
