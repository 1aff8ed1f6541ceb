"""Index persistence: atomic publish; stale or damaged indexes detected and rebuilt."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import numpy as np
import pytest

from assistant.corpus.store import Corpus
from assistant.retrieval import store
from assistant.retrieval.config import IndexConfig
from assistant.retrieval.dense import DenseIndex
from assistant.retrieval.hybrid import HybridRetriever
from tests.retrieval.conftest import TINY, FakeEmbedder, art

QUERY = "notify the family within 24 hours"


def ids(r: HybridRetriever) -> list[str]:
    return [h.chunk_id for h in r.search(QUERY, k=5)]


@pytest.fixture
def built(tmp_path: Path, tiny_corpus: Corpus, fake_embedder: FakeEmbedder) -> Path:
    index = tmp_path / "index"
    HybridRetriever.build(tiny_corpus, fake_embedder, index)
    return index


def ensure_logs(index: Path, corpus: Corpus, caplog, embedder=None) -> HybridRetriever:
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="assistant.retrieval.hybrid"):
        return HybridRetriever.ensure(corpus, embedder or FakeEmbedder(), index)


def test_build_publishes_a_complete_verified_index(built: Path, tiny_corpus, fake_embedder):
    build = (built / "current").resolve()
    assert build.parent == built / "builds" and not build.name.startswith(".tmp-")
    manifest = json.loads((build / "manifest.json").read_text())
    assert set(manifest["files"]) >= {"chunks.jsonl", "dense.faiss", "bm25/data.csc.index.npy",
                                      "bm25/vocab.index.json"}  # fmt: skip
    assert manifest["model_id"] == "fake-hash-64"
    assert manifest["corpus_sha256"] == store.corpus_hash(TINY)
    assert manifest["params"]["max_words"] == IndexConfig().max_words
    loaded = HybridRetriever.load(tiny_corpus, fake_embedder, built)
    assert ids(loaded) == ids(HybridRetriever.build(tiny_corpus, fake_embedder))


def test_a_failed_build_leaves_the_live_index_untouched(built, tiny_corpus, monkeypatch):
    before = (built / "current").resolve()

    def boom(self, path):
        Path(path).write_bytes(b"half a file")
        raise OSError("disk full")

    monkeypatch.setattr(DenseIndex, "save", boom)
    with pytest.raises(OSError, match="disk full"):
        HybridRetriever.build(tiny_corpus, FakeEmbedder(), built)
    assert (built / "current").resolve() == before
    assert [p.name for p in (built / "builds").iterdir()] == [before.name]  # no leftovers
    HybridRetriever.load(tiny_corpus, FakeEmbedder(), built)


def test_rebuilds_keep_the_live_build_and_one_before(built, tiny_corpus):
    for _ in range(3):
        HybridRetriever.build(tiny_corpus, FakeEmbedder(), built)
    builds = list((built / "builds").iterdir())
    assert len(builds) == 2 and (built / "current").resolve() in builds


def _corrupt_npy(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-4:] = b"\xff\xff\xff\x7f"
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda b: os.truncate(b / "dense.faiss", 100), "dense.faiss is damaged"),
        (lambda b: _corrupt_npy(b / "bm25" / "data.csc.index.npy"), "data.csc.index.npy is damaged"),
        (lambda b: (b / "bm25" / "vocab.index.json").unlink(), "vocab.index.json is missing"),
        (lambda b: (b / "chunks.jsonl").write_text("{not json"), "chunks.jsonl is damaged"),
        (lambda b: (b / "manifest.json").write_text("{"), "manifest unreadable"),
        (lambda b: (b / "manifest.json").write_text("[]"), "not a JSON object"),
    ],
)  # fmt: skip
def test_damaged_index_is_detected_and_rebuilt(built, tiny_corpus, caplog, damage, reason):
    expected = ids(HybridRetriever.load(tiny_corpus, FakeEmbedder(), built))
    damage((built / "current").resolve())
    with pytest.raises(store.IndexProblem, match=reason):
        HybridRetriever.load(tiny_corpus, FakeEmbedder(), built)
    r = ensure_logs(built, tiny_corpus, caplog)
    assert reason in caplog.text and "rebuilding the index" in caplog.text
    assert ids(r) == expected
    HybridRetriever.load(tiny_corpus, FakeEmbedder(), built)  # the rebuilt index verifies


def test_index_for_another_corpus_model_or_parameters_is_stale(built, tiny_corpus, caplog):
    other = Corpus((*TINY, art("cpl", 39, "Defense lawyers may meet suspects in custody.")))
    r = ensure_logs(built, other, caplog)
    assert "different corpus sha256" in caplog.text
    assert ("cpl", 39) in {(c.law, c.article) for c in r.chunks}

    ensure_logs(built, other, caplog, FakeEmbedder(model_id="another-model"))
    assert "different model id" in caplog.text

    with pytest.raises(store.IndexProblem, match="different params"):
        HybridRetriever.load(other, FakeEmbedder(model_id="another-model"), built,
                             IndexConfig(max_words=60))  # fmt: skip


def test_missing_folder_is_built_with_a_message(tmp_path, tiny_corpus, caplog):
    r = ensure_logs(tmp_path / "nowhere", tiny_corpus, caplog)
    assert "does not exist" in caplog.text and r.chunks
    assert (tmp_path / "nowhere" / "current" / "manifest.json").is_file()


def test_read_only_folder_gives_a_clear_error(tmp_path, tiny_corpus, monkeypatch):
    index = tmp_path / "ro"
    index.mkdir()
    index.chmod(0o555)
    if os.geteuid() == 0:  # root ignores permissions: make the folder refuse writes anyway
        real_mkdir = Path.mkdir

        def refuse(self, *args, **kwargs):
            if self.is_relative_to(index):
                raise PermissionError(13, "Permission denied", str(self))
            return real_mkdir(self, *args, **kwargs)

        monkeypatch.setattr(Path, "mkdir", refuse)
    try:
        with pytest.raises(
            store.IndexProblem, match=r"cannot be rebuilt .*make the folder writable"
        ):
            HybridRetriever.ensure(tiny_corpus, FakeEmbedder(), index)
    finally:
        index.chmod(0o755)


def test_loaded_vectors_equal_built_ones(built, tiny_corpus, fake_embedder):
    a = HybridRetriever.build(tiny_corpus, fake_embedder)
    b = HybridRetriever.load(tiny_corpus, fake_embedder, built)
    q = fake_embedder.encode([QUERY])[0]
    assert a.dense.search(q, 5) == b.dense.search(q, 5)
    toks = a.bm25.tokens(QUERY)
    np.testing.assert_array_equal(a.bm25.scores(toks), b.bm25.scores(toks))
