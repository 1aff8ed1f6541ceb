"""Damaged or missing files are detected at load, said plainly, and never answered from.

Every case works on a private copy of one good index (built once per session, see
conftest.py). Detection is checked through `HybridRetriever.load` (raises IndexProblem);
a few cases go all the way through a real `ensure` rebuild or `Assistant.from_settings`.

A read-only index folder cannot be made with chmod when the tests run as root (root
ignores permissions), so when running as root it is simulated by making every write
under the folder raise PermissionError (`readonly` fixture); as another user the real
chmod is used.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.retrieval import store
from assistant.retrieval.hybrid import HybridRetriever
from assistant.retrieval.store import IndexProblem
from tests.reliability.conftest import REPO, copy_index
from tests.reliability.faults import ConstantEmbedder, flip_bytes, truncate

pytestmark = pytest.mark.slow


@pytest.fixture
def idx(tmp_path: Path, good_index: Path) -> Path:
    return copy_index(good_index, tmp_path / "index")


def build_of(index_dir: Path) -> Path:
    return (index_dir / "current").resolve()


def edit_manifest(index_dir: Path, **changes: object) -> None:
    path = build_of(index_dir) / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest.update(changes)
    path.write_text(json.dumps(manifest), encoding="utf-8")


def rehash(index_dir: Path, name: str) -> None:
    """Make the manifest agree with a changed file (a build bug, not disk damage)."""
    build = build_of(index_dir)
    path = build / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["files"][name] = store.file_hash(build / name)
    path.write_text(json.dumps(manifest), encoding="utf-8")


def load(corpus, embedder, index_dir: Path) -> HybridRetriever:
    return HybridRetriever.load(corpus, embedder, index_dir)


# -- detection at load ------------------------------------------------------------------------


DAMAGE = {
    "truncated-faiss": (lambda d: truncate(d / "dense.faiss"), r"dense\.faiss is damaged"),
    "empty-faiss": (lambda d: (d / "dense.faiss").write_bytes(b""), r"dense\.faiss is damaged"),
    "corrupt-bm25-array": (
        lambda d: flip_bytes(d / "bm25" / "data.csc.index.npy"),
        r"bm25/data\.csc\.index\.npy is damaged",
    ),
    "truncated-bm25-indptr": (
        lambda d: truncate(d / "bm25" / "indptr.csc.index.npy", 0.9),
        r"bm25/indptr\.csc\.index\.npy is damaged",
    ),
    "bm25-vocab-not-json": (
        lambda d: (d / "bm25" / "vocab.index.json").write_text("{oops"),
        r"vocab\.index\.json is damaged",
    ),
    "missing-chunks": (lambda d: (d / "chunks.jsonl").unlink(), r"chunks\.jsonl is missing"),
    "missing-bm25-folder": (lambda d: shutil.rmtree(d / "bm25"), r"bm25/.* is missing"),
    "manifest-missing": (lambda d: (d / "manifest.json").unlink(), r"manifest unreadable"),
    "manifest-not-json": (
        lambda d: (d / "manifest.json").write_text("not json"),
        r"manifest unreadable",
    ),
    "manifest-not-object": (
        lambda d: (d / "manifest.json").write_text("[1, 2]"),
        r"not a JSON object",
    ),
}


@pytest.mark.parametrize("case", list(DAMAGE))
def test_damaged_file_is_detected(case: str, idx: Path, corpus, embedder) -> None:
    damage, message = DAMAGE[case]
    damage(build_of(idx))
    with pytest.raises(IndexProblem, match=message):
        load(corpus, embedder, idx)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("corpus_sha256", "0" * 64, "different corpus"),
        ("model_id", "sentence-transformers/all-mpnet-base-v2@0000", "different model"),
        ("params", {"max_words": 999, "k1": 9.0}, "different params"),
        ("schema_version", 1, "different schema"),
        ("files", {}, "lists no files"),
    ],
)
def test_manifest_from_another_build_is_rejected(
    field: str, value: object, message: str, idx: Path, corpus, embedder
) -> None:
    edit_manifest(idx, **{field: value})
    with pytest.raises(IndexProblem, match=message):
        load(corpus, embedder, idx)


def test_index_of_another_corpus_is_rejected(idx: Path, corpus, embedder) -> None:
    from assistant.corpus.store import Corpus

    art = corpus.articles[10]
    edited = replace(art, paragraphs=(*art.paragraphs, "An added sentence."))
    other = Corpus(tuple(edited if a is art else a for a in corpus.articles))
    with pytest.raises(IndexProblem, match="different corpus"):
        load(other, embedder, idx)


def test_index_of_another_model_is_rejected(idx: Path, corpus, embedder) -> None:
    class OtherModel:
        model_id, dim = "another-model@1234", embedder.dim

        def encode(self, texts: Any) -> np.ndarray:  # pragma: no cover - never reached
            return embedder.encode(texts)

    with pytest.raises(IndexProblem, match="different model"):
        load(corpus, OtherModel(), idx)


def test_checksummed_but_inconsistent_files_are_rejected(idx: Path, corpus, embedder) -> None:
    """Even with matching checksums, files that disagree with each other are refused."""
    path = build_of(idx) / "chunks.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[: len(lines) // 2]), encoding="utf-8")
    rehash(idx, "chunks.jsonl")
    with pytest.raises(IndexProblem, match="unreadable"):
        load(corpus, embedder, idx)


def test_missing_index_folder(tmp_path: Path, corpus, embedder) -> None:
    with pytest.raises(IndexProblem, match="does not exist"):
        load(corpus, embedder, tmp_path / "nowhere")


def test_dangling_current_link(idx: Path, corpus, embedder) -> None:
    shutil.rmtree(build_of(idx))
    with pytest.raises(IndexProblem, match="no built index"):
        load(corpus, embedder, idx)


def test_empty_index_folder(tmp_path: Path, corpus, embedder) -> None:
    (tmp_path / "index").mkdir()
    with pytest.raises(IndexProblem, match="no built index"):
        load(corpus, embedder, tmp_path / "index")


# -- read-only folders ----------------------------------------------------------------------


def test_readonly_folder_with_good_index_loads_without_writing(
    idx: Path, corpus, embedder, readonly
) -> None:
    readonly(idx)
    r = HybridRetriever.ensure(corpus, embedder, idx)
    assert r.search("bail pending trial", k=3)


def test_readonly_folder_with_damaged_index_is_a_clear_error(
    idx: Path, corpus, embedder, readonly, caplog: pytest.LogCaptureFixture
) -> None:
    truncate(build_of(idx) / "dense.faiss")
    readonly(idx)
    fast = ConstantEmbedder(embedder.model_id, embedder.dim)  # the failed rebuild embeds all
    with pytest.raises(IndexProblem) as err:
        HybridRetriever.ensure(corpus, fast, idx)
    text = str(err.value)
    assert "dense.faiss is damaged" in text  # what is wrong
    assert "cannot be rebuilt" in text and "LEGALQA_INDEX_DIR" in text  # what to do


def test_readonly_missing_index_is_a_clear_error(
    tmp_path: Path, corpus, embedder, readonly
) -> None:
    folder = tmp_path / "index"
    folder.mkdir()
    readonly(folder)
    fast = ConstantEmbedder(embedder.model_id, embedder.dim)
    with pytest.raises(IndexProblem, match=r"no built index.*cannot be rebuilt"):
        HybridRetriever.ensure(corpus, fast, folder)


# -- rebuilds, and interrupted builds -------------------------------------------------------


def test_ensure_rebuilds_a_damaged_index_and_says_why(
    idx: Path, corpus, embedder, caplog: pytest.LogCaptureFixture
) -> None:
    """The rebuild mechanics (warning, atomic publish, verified result); the real model's
    embeddings are exercised by test_edited_corpus_is_rebuilt_before_answering."""
    old = build_of(idx)
    truncate(old / "dense.faiss")
    fast = ConstantEmbedder(embedder.model_id, embedder.dim)
    with caplog.at_level(logging.WARNING, logger="assistant"):
        r = HybridRetriever.ensure(corpus, fast, idx)
    said = " ".join(rec.getMessage() for rec in caplog.records)
    assert "dense.faiss is damaged" in said and "rebuilding" in said
    assert build_of(idx) != old
    load(corpus, embedder, idx)  # the new build verifies
    assert r.search("bail pending trial", k=3)


class Interrupted(BaseException):
    """Stands in for Ctrl-C or a kill between two steps of a build."""


@pytest.mark.parametrize(
    "step",
    ["dense-save", "bm25-save", "manifest", "switch"],
)
def test_interrupted_build_leaves_the_previous_index_usable(
    step: str, idx: Path, corpus, embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.retrieval import bm25, dense

    before = build_of(idx)

    def boom(*a: object, **k: object) -> None:
        raise Interrupted(step)

    if step == "dense-save":
        monkeypatch.setattr(dense.DenseIndex, "save", boom)
    elif step == "bm25-save":
        monkeypatch.setattr(bm25.BM25Index, "save", boom)
    elif step == "manifest":
        monkeypatch.setattr(store, "file_hash", boom)
    else:
        monkeypatch.setattr(Path, "symlink_to", boom)
    with pytest.raises(Interrupted):
        HybridRetriever.build(corpus, ConstantEmbedder(embedder.model_id, embedder.dim), idx)
    monkeypatch.undo()
    assert build_of(idx) == before
    load(corpus, embedder, idx)  # still verifies and loads
    leftovers = [p.name for p in (idx / "builds").iterdir() if p.name.startswith(".tmp-")]
    assert not leftovers, leftovers


KILL_SCRIPT = """
import os, signal, sys
from pathlib import Path

from tests.reliability.faults import ConstantEmbedder
import assistant.loading as loading

loading.SentenceEmbedder = lambda *_model: ConstantEmbedder("killed-build@0", 384)
point = sys.argv[1]
if point == "mid-write":
    from assistant.retrieval import dense

    real_save = dense.DenseIndex.save

    def save(self, path):
        real_save(self, path)
        data = Path(path).read_bytes()
        Path(path).write_bytes(data[: len(data) // 2])
        os.kill(os.getpid(), signal.SIGKILL)  # power cut halfway through a file

    dense.DenseIndex.save = save
else:
    real_replace = os.replace

    def replace(src, dst, *a, **k):
        if str(dst).endswith("current"):
            os.kill(os.getpid(), signal.SIGKILL)  # everything written, not yet switched
        return real_replace(src, dst, *a, **k)

    os.replace = replace
from assistant.cli import main

sys.argv = ["legalqa", "index", "build", "--quiet"]
main()
"""


@pytest.mark.parametrize("point", ["mid-write", "before-switch"])
def test_killed_build_leaves_the_previous_index_usable(
    point: str, idx: Path, corpus, embedder
) -> None:
    """A real `legalqa index build` process killed with SIGKILL (no clean-up runs)."""
    before = build_of(idx)
    env = {**os.environ, "LEGALQA_INDEX_DIR": str(idx), "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, point], env=env, cwd=REPO, timeout=600,
        capture_output=True,
    )  # fmt: skip
    assert done.returncode == -9, done.stderr.decode(errors="replace")[-2000:]
    assert build_of(idx) == before
    r = HybridRetriever.ensure(corpus, embedder, idx)  # loads; no rebuild needed
    assert build_of(idx) == before
    assert r.search("bail pending trial", k=3)


def test_edited_corpus_is_rebuilt_before_answering(
    tmp_path: Path, good_index: Path, bot_settings, caplog: pytest.LogCaptureFixture, net_log
) -> None:
    """articles.jsonl edited after the index was built: the index is stale, rebuilt with a
    warning (real model, real embeddings, no connection opened), and the answer quotes the
    edited text (never the stale index)."""
    from assistant.assistant import Assistant

    marker = "Reliability marker 7731: this sentence was added after the index was built."
    rows = []
    for line in bot_settings.articles_path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if d["law"] == "spp-rules" and d["article"] == 83:
            d["paragraphs"].append(marker)
            d["text"] = "\n".join(d["paragraphs"])
        rows.append(json.dumps(d, ensure_ascii=False, sort_keys=True))
    edited = tmp_path / "articles.jsonl"
    edited.write_text("\n".join(rows) + "\n", encoding="utf-8")
    s = replace(bot_settings, index_dir=copy_index(good_index, tmp_path / "index"),
                articles_path=edited)  # fmt: skip
    with caplog.at_level(logging.WARNING, logger="assistant"):
        bot = Assistant.from_settings(s)
    said = " ".join(r.getMessage() for r in caplog.records)
    assert "different corpus" in said and "rebuilding" in said
    answer = bot.ask("What does Article 83 of the SPP Rules say?")
    assert marker in answer.text
    assert net_log.attempts == []


def test_missing_corpus_file_is_a_clear_error(tmp_path: Path, bot_settings) -> None:
    from assistant.assistant import Assistant

    s = replace(bot_settings, articles_path=tmp_path / "articles.jsonl")
    with pytest.raises(
        FileNotFoundError, match=r"articles\.jsonl is missing; run `legalqa corpus build`"
    ):
        Assistant.from_settings(s)


def test_damaged_corpus_line_is_a_clear_error(tmp_path: Path, bot_settings) -> None:
    from assistant.assistant import Assistant

    lines = bot_settings.articles_path.read_text(encoding="utf-8").splitlines()
    lines[41] = lines[41][: len(lines[41]) // 2]  # a torn write
    bad = tmp_path / "articles.jsonl"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"articles\.jsonl:42: damaged article record"):
        Assistant.from_settings(replace(bot_settings, articles_path=bad))
