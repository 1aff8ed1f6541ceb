"""Query adapter: it learns, it is applied only where it belongs, the shipped one is
current, and a file that does not fit is never used."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.corpus.store import load_articles
from assistant.retrieval import adapter
from assistant.retrieval.chunking import chunk_corpus
from assistant.retrieval.config import IndexConfig, SearchConfig
from assistant.retrieval.dense import model_fingerprint
from assistant.retrieval.hybrid import HybridRetriever
from assistant.retrieval.indexing import adapter_fingerprint, lay_questions_for
from assistant.retrieval.search_plan import Method, Source, plan, query_vectors
from assistant.retrieval.store import IndexProblem
from assistant.settings import default_model


def _mrr(questions: np.ndarray, chunks: np.ndarray, want: list[int]) -> float:
    order = np.argsort(-(questions @ chunks.T), axis=1)
    return float(
        np.mean([1.0 / (1 + list(row).index(w)) for row, w in zip(order, want, strict=True)])
    )


def _problem(seed: int = 0) -> tuple[np.ndarray, np.ndarray, list[str], list[str], list[int]]:
    """Questions that sit in a rotated copy of their article's direction: the identity
    ranks them badly, a learned linear map can undo the rotation."""
    rng = np.random.default_rng(seed)
    dim, n_art = 16, 12
    chunks = rng.normal(size=(n_art, dim)).astype(np.float32)
    chunks /= np.linalg.norm(chunks, axis=1, keepdims=True)
    rotation, _ = np.linalg.qr(rng.normal(size=(dim, dim)))
    want = [i % n_art for i in range(96)]
    qs = chunks[want] @ rotation.T + 0.05 * rng.normal(size=(96, dim))
    qs = (qs / np.linalg.norm(qs, axis=1, keepdims=True)).astype(np.float32)
    keys = [f"law:{i}" for i in range(n_art)]
    return qs, chunks, [keys[w] for w in want], keys, want


def test_training_maps_questions_onto_their_articles() -> None:
    qs, chunks, qkeys, ckeys, want = _problem()
    params = adapter.AdapterParams(ridge=0.0, steps=300, lr=2e-2)
    trained = adapter.train(qs, chunks, qkeys, ckeys, params)
    assert trained is not None and trained.matrix.shape == (16, 16)
    mapped = np.stack([trained.apply(q) for q in qs])
    assert np.allclose(np.linalg.norm(mapped, axis=1), 1.0, atol=1e-5)
    before, after = _mrr(qs, chunks, want), _mrr(mapped, chunks, want)
    assert before < 0.5 and after > 0.9, (before, after)


def test_the_ridge_keeps_the_map_near_the_identity() -> None:
    qs, chunks, qkeys, ckeys, _ = _problem(1)
    loose = adapter.train(qs, chunks, qkeys, ckeys, adapter.AdapterParams(ridge=0.0, steps=50))
    tight = adapter.train(qs, chunks, qkeys, ckeys, adapter.AdapterParams(ridge=10.0, steps=50))
    assert loose is not None and tight is not None
    eye = np.eye(16)
    assert np.linalg.norm(tight.matrix - eye) < np.linalg.norm(loose.matrix - eye)


def test_nothing_to_learn_gives_no_adapter() -> None:
    qs, chunks, _, ckeys, _ = _problem()
    assert adapter.train(qs, chunks, ["other:1"] * len(qs), ckeys) is None


def test_a_file_is_used_only_for_its_model_and_when_sound(tmp_path) -> None:
    path = tmp_path / "adapter.npz"
    m = np.eye(8, dtype=np.float32) * 2
    adapter.save(adapter.QueryAdapter(m, "fp"), path, "model-a")
    got = adapter.load(path, "model-a", 8)
    assert got is not None and got.fingerprint == "fp" and np.allclose(got.matrix, m)
    assert adapter.load(path, "model-b", 8) is None  # trained for another model
    assert adapter.load(path, "model-a", 16) is None  # another dimension
    adapter.save(
        adapter.QueryAdapter(np.full((8, 8), np.nan, dtype=np.float32), "fp"), path, "model-a"
    )
    assert adapter.load(path, "model-a", 8) is None  # not finite
    path.write_bytes(b"not a zip")
    assert adapter.load(path, "model-a", 8) is None
    assert not list(tmp_path.glob(".*tmp*"))  # atomic writes leave nothing behind


def test_obtain_prefers_the_file_and_trains_only_without_one(tmp_path) -> None:
    qs, chunks, qkeys, ckeys, _ = _problem()
    calls = []

    def data():
        calls.append(1)
        return qs, chunks, qkeys, ckeys

    path = tmp_path / "adapter.npz"
    trained = adapter.obtain("m", 16, "fp", data, path)
    assert trained is not None and calls == [1] and trained.fingerprint == "fp"
    adapter.save(trained, path, "m")
    assert adapter.obtain("m", 16, "fp", data, path) is not None and calls == [1]


def test_shipped_adapter_is_current_for_the_packaged_model() -> None:
    model_id = model_fingerprint(default_model())
    shipped = adapter.load(adapter.SHIPPED, model_id, 384)
    assert shipped is not None, "no shipped query adapter for the packaged model"
    chunks = chunk_corpus(load_articles())
    icfg = IndexConfig()
    want = adapter_fingerprint(icfg, model_id, chunks, lay_questions_for(icfg, chunks))
    assert shipped.fingerprint == want, (
        "lay questions or chunking changed since the adapter was trained; regenerate with "
        "`HF_HUB_OFFLINE=1 .venv/bin/python -m assistant.retrieval.adapter`"
    )
    # near the identity (the ridge), yet not the identity (it learned something)
    off = np.linalg.norm(shipped.matrix - np.eye(384)) / np.sqrt(384)
    assert 0.01 < off < 1.0, off


def test_only_the_chunk_dense_ranking_is_adapted_and_the_plain_one_is_kept_unfused() -> None:
    reqs = plan("can my son get bail", "bail pending trial", SearchConfig(),
                str.split, True, 50, adapted=True)  # fmt: skip
    dense = {r.name: r for r in reqs if r.method is Method.DENSE}
    assert set(dense) == {"dense", "dense-adapted", "lay-dense"}
    assert dense["dense-adapted"].adapted and dense["dense-adapted"].weight > 0
    # the plain cosine is still computed (scope.py's thresholds are on its scale), unfused
    assert not dense["dense"].adapted and dense["dense"].weight == 0
    assert not dense["lay-dense"].adapted
    assert all(not r.adapted for r in reqs if r.method is Method.LEXICAL)
    assert dense["dense-adapted"].key != dense["dense"].key
    assert len({r.text for r in dense.values()}) == 1  # one text, embedded once

    def encode(texts):
        return np.ones((len(texts), 4), dtype=np.float32) / 2

    vectors = query_vectors(reqs, encode, lambda v: -v)
    assert np.allclose(vectors[dense["dense-adapted"].key], -vectors[dense["dense"].key])
    with pytest.raises(ValueError, match="no adapter"):
        query_vectors(reqs, encode, None)
    plain = plan("can my son get bail", "", SearchConfig(), str.split, True, 50)
    assert [r.name for r in plain if r.source is Source.CHUNKS] == ["bm25", "dense"]
    assert not any(r.adapted for r in plain)


def test_search_reports_the_plain_cosine_and_fuses_the_adapted_one(tmp_path, tiny_corpus,
                                                                   fake_embedder, monkeypatch,
                                                                   ) -> None:  # fmt: skip
    monkeypatch.setattr(adapter, "SHIPPED", tmp_path / "none.npz")
    r = HybridRetriever.build(tiny_corpus, fake_embedder)
    assert r.adapter is not None
    r.config = SearchConfig(glossary=False, spelling=False)  # the dense text is the query
    hits = r.search("how long can the police hold my brother", k=5)
    q = fake_embedder.encode(["how long can the police hold my brother"])[0]
    for h in hits:
        row = next(i for i, c in enumerate(r.chunks) if c.chunk_id == h.chunk_id)
        chunk = r.dense.vectors()[row]
        if "dense" in h.scores:
            assert h.scores["dense"] == pytest.approx(float(q @ chunk), abs=1e-5)
        if "dense-adapted" in h.scores:
            mapped = r.adapter.apply(q)
            assert h.scores["dense-adapted"] == pytest.approx(float(mapped @ chunk), abs=1e-5)
    assert any("dense-adapted" in h.scores for h in hits)


def test_index_keeps_its_adapter_and_refuses_a_damaged_one(tmp_path, tiny_corpus, fake_embedder,
                                                           monkeypatch) -> None:  # fmt: skip
    monkeypatch.setattr(adapter, "SHIPPED", tmp_path / "none.npz")  # train for the fake model
    built = HybridRetriever.build(tiny_corpus, fake_embedder, tmp_path / "index")
    assert built.adapter is not None and built.lay is not None
    loaded = HybridRetriever.load(tiny_corpus, fake_embedder, tmp_path / "index")
    assert loaded.adapter is not None
    assert np.allclose(loaded.adapter.matrix, built.adapter.matrix)
    q = "the cops kept my dad for questioning all day"
    assert [h.chunk_id for h in loaded.search(q)] == [h.chunk_id for h in built.search(q)]
    off = HybridRetriever.build(tiny_corpus, fake_embedder,
                                index_config=IndexConfig(query_adapter=False))  # fmt: skip
    assert off.adapter is None
    npy = (tmp_path / "index" / "current").resolve() / "adapter.npy"
    np.save(npy, np.full((3, 3), np.nan))
    with pytest.raises(IndexProblem):
        HybridRetriever.load(tiny_corpus, fake_embedder, tmp_path / "index")
