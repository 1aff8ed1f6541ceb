"""SentenceEmbedder's query path: one torch thread, recent query vectors remembered, one
text straight through the model, and the same vectors as the library computes on its own
(differential)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.retrieval import dense

pytestmark = pytest.mark.slow


def _library(emb: dense.SentenceEmbedder, texts: list[str]) -> np.ndarray:
    return np.asarray(emb._model.encode(texts, normalize_embeddings=True), dtype=np.float32)


def test_query_vectors_match_the_library(
    real_embedder: dense.SentenceEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(real_embedder, "query_precision", "fp32")
    monkeypatch.setattr(real_embedder, "_recent", type(real_embedder._recent)())
    texts = ["bail pending trial", "how long can police detain me?"]
    got = real_embedder.encode(texts)
    assert got.shape == (2, real_embedder.dim) and got.dtype == np.float32
    np.testing.assert_allclose(got, _library(real_embedder, texts), atol=1e-5)
    again = real_embedder.encode(texts[::-1])  # remembered, in the order asked for
    np.testing.assert_allclose(again, got[::-1], atol=0)


def test_bf16_queries_stay_within_rounding_of_fp32(
    real_embedder: dense.SentenceEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(real_embedder, "query_precision", "bf16")
    monkeypatch.setattr(real_embedder, "_recent", type(real_embedder._recent)())
    texts = ["my dad was taken by the police yesterday, can we get him out on bail?",
             "SPP Rules art. 83 time limit"]  # fmt: skip
    got = real_embedder.encode(texts)
    ref = _library(real_embedder, texts)
    assert got.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    assert (got * ref).sum(axis=1).min() > 0.9995  # same direction
    assert np.abs(got - ref).max() > 1e-6  # but really computed in bf16
    chunks = [f"index chunk {i}" for i in range(dense.QUERY_TEXTS + 1)]
    build = real_embedder.encode(chunks)  # index vectors are never bf16
    np.testing.assert_allclose(build, _library(real_embedder, chunks), atol=1e-5)


def test_repeated_query_is_not_embedded_again(
    real_embedder: dense.SentenceEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[list[str]] = []
    inner = real_embedder._encode

    def spy(texts: list[str], batch_size: int, **kw: object) -> np.ndarray:
        calls.append(list(texts))
        return inner(texts, batch_size, **kw)

    monkeypatch.setattr(real_embedder, "_encode", spy)
    first = real_embedder.encode(["a unique question about custody 17"])
    second = real_embedder.encode(["a unique question about custody 17", "and bail 17"])
    assert calls == [["a unique question about custody 17"], ["and bail 17"]]
    np.testing.assert_array_equal(first[0], second[0])
    second[0][:] = 0  # callers get copies: the remembered vector is unchanged
    np.testing.assert_array_equal(
        real_embedder.encode(["a unique question about custody 17"]), first
    )


def test_memory_is_bounded_and_oldest_forgotten(real_embedder: dense.SentenceEmbedder) -> None:
    texts = [f"question number {i}" for i in range(dense.RECENT + 3)]
    for t in texts:
        real_embedder.encode([t])
    assert len(real_embedder._recent) == dense.RECENT
    assert texts[0] not in real_embedder._recent and texts[-1] in real_embedder._recent


def test_query_runs_on_one_thread_and_restores(
    real_embedder: dense.SentenceEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    import torch

    torch.set_num_threads(2)
    seen: list[int] = []
    inner = real_embedder._encode

    def spy(texts: list[str], batch_size: int, **kw: object) -> np.ndarray:
        seen.append(torch.get_num_threads())
        return inner(texts, batch_size, **kw)

    monkeypatch.setattr(real_embedder, "_encode", spy)
    real_embedder.encode(["one thread for this query please"])
    real_embedder.encode([f"chunk {i} of an index build" for i in range(dense.QUERY_TEXTS + 1)])
    assert seen == [1, 2]
    assert torch.get_num_threads() == 2


def test_build_sized_calls_are_not_remembered(real_embedder: dense.SentenceEmbedder) -> None:
    texts = [f"article text {i} for the index" for i in range(dense.QUERY_TEXTS + 1)]
    vecs = real_embedder.encode(texts)
    np.testing.assert_allclose(vecs, _library(real_embedder, texts), atol=1e-5)
    assert not set(texts) & set(real_embedder._recent)
    assert real_embedder.encode([]).shape == (0, real_embedder.dim)


CHILD = """
import sys
import numpy as np
from assistant.retrieval.dense import SentenceEmbedder
from assistant.settings import default_model

emb = SentenceEmbedder(default_model())
print(sorted(m for m in ("sklearn", "sklearn.metrics", "pandas") if m in sys.modules))
from sentence_transformers.util import similarity
a = np.array([[0.0, 1.0], [2.0, 2.0]])
print(similarity.pairwise_distances(a, a, metric="manhattan").tolist())
import sklearn.metrics
print(hasattr(sklearn.metrics, "roc_curve"), emb.encode(["bail"]).shape)
"""


def test_sentence_transformers_loads_without_sklearn_until_needed() -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                         env=env, timeout=120, check=True).stdout.splitlines()  # fmt: skip
    assert out == ["[]", "[[0.0, 3.0], [3.0, 0.0]]", "True (1, 384)"]


def test_build_calls_use_small_batches_and_trim_the_heap(
    real_embedder: dense.SentenceEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes: list[int] = []
    trims: list[int] = []
    inner = real_embedder._model.encode

    def spy(texts: list[str], batch_size: int, **kw: object) -> np.ndarray:
        sizes.append(batch_size)
        return inner(texts, batch_size=batch_size, **kw)

    monkeypatch.setattr(real_embedder._model, "encode", spy)
    monkeypatch.setattr(dense, "release_freed_memory", lambda: trims.append(1))
    monkeypatch.setattr(dense, "fixed_mmap_threshold", lambda: trims.append(0))
    real_embedder.encode(["a query is not a build"])  # one text: not through encode at all
    real_embedder.encode([f"index chunk number {i}" for i in range(16)])
    assert sizes == [dense.BUILD_BATCH] and trims == [0, 1]  # threshold: builds only


def test_allocator_settings_are_safe_to_call() -> None:
    dense.fixed_mmap_threshold()  # glibc here; no-ops where these are missing
    dense.release_freed_memory()


def test_precision_names_are_checked_and_auto_follows_the_cpu(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import torch

    from assistant.retrieval import torch_runtime as rt

    assert rt.resolve_precision("fp32") == "fp32" and rt.resolve_precision("bf16") == "bf16"
    with pytest.raises(ValueError, match="auto, fp32, bf16"):
        rt.resolve_precision("int8")
    monkeypatch.setattr(torch.ops.mkldnn, "_is_mkldnn_bf16_supported", lambda: False)
    assert rt.resolve_precision("auto") == "fp32"  # emulated bf16 would be slower
    monkeypatch.setattr(torch.ops.mkldnn, "_is_mkldnn_bf16_supported", lambda: True)
    assert rt.resolve_precision("auto") == "bf16"


def test_queries_after_a_build_get_the_heap_back(monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.retrieval import torch_runtime as rt

    calls: list[int] = []

    class Libc:
        def mallopt(self, param: int, value: int) -> int:
            assert param == rt.M_MMAP_THRESHOLD
            calls.append(value)
            return 1

    monkeypatch.setattr(rt.ctypes, "CDLL", lambda _name: Libc())
    monkeypatch.setattr(rt, "_threshold", {})
    rt.heap_for_queries()  # never built: glibc's dynamic default is left alone
    assert calls == []
    rt.fixed_mmap_threshold()
    rt.fixed_mmap_threshold()  # set once per change, not per call
    rt.heap_for_queries()
    rt.heap_for_queries()
    rt.fixed_mmap_threshold()  # a second build narrows it again
    assert calls == [rt.BUILD_MMAP_THRESHOLD, rt.QUERY_MMAP_THRESHOLD, rt.BUILD_MMAP_THRESHOLD]


def test_a_model_refusing_the_padding_options_still_embeds(
    real_embedder: dense.SentenceEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    inner = real_embedder._model.preprocess  # a query's one text goes through it directly
    seen: list[bool] = []

    def strict(texts: list[str], **kw: object) -> object:
        seen.append("processing_kwargs" in kw)
        if "processing_kwargs" in kw:
            raise ValueError("this model does not accept any additional keyword arguments")
        return inner(texts, **kw)

    monkeypatch.setattr(real_embedder, "query_precision", "bf16")
    monkeypatch.setattr(real_embedder, "_recent", type(real_embedder._recent)())
    monkeypatch.setattr(real_embedder, "_pads", True)
    monkeypatch.setattr(real_embedder._model, "preprocess", strict)
    first = real_embedder.encode(["a question for a strict model"])
    real_embedder.encode(["another question for it"])
    assert seen == [True, False, False]  # refused once, then never offered again
    assert first.shape == (1, real_embedder.dim)


@pytest.mark.parametrize("precision", ["fp32", "bf16"])
def test_one_text_goes_straight_through_the_model_to_the_librarys_vector(
    real_embedder: dense.SentenceEmbedder, precision: str
) -> None:
    """encode_one skips SentenceTransformer.encode's per-call checks, not its arithmetic:
    bit for bit the library's vector, in either precision (bf16 padded as queries are)."""
    from assistant.retrieval.torch_runtime import encode_one, one_torch_thread, query_autocast

    model = real_embedder._model
    extra = dense._PADDED if precision == "bf16" else {}
    texts = ["bail", "", "my dad was taken by the police yesterday, can we get him out?",
             "SPP Rules art. 83 time limit " * 40]  # fmt: skip
    with one_torch_thread(), query_autocast(precision):
        for text in texts:
            got = encode_one(model, text, **extra)
            lib = model.encode([text], batch_size=dense.BUILD_BATCH, normalize_embeddings=True,
                               show_progress_bar=False, **extra)  # fmt: skip
            assert got is not None and got.dtype == np.float32 and got.shape == (1, 384)
            np.testing.assert_array_equal(got, np.asarray(lib, dtype=np.float32))


def test_one_text_takes_the_direct_path_unless_encode_would_do_more(
    real_embedder: dense.SentenceEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    inner = real_embedder._model.encode

    def spy(texts: list[str], **kw: object) -> np.ndarray:
        calls.append(len(texts))
        return inner(texts, **kw)

    monkeypatch.setattr(real_embedder._model, "encode", spy)
    real_embedder.encode(["straight through the model 1"])
    assert calls == []
    # a default prompt is encode's to add: the library's path again
    monkeypatch.setattr(real_embedder._model, "default_prompt_name", "query")
    monkeypatch.setattr(real_embedder._model, "prompts", {"query": ""})
    real_embedder.encode(["through the library 2"])
    assert calls == [1]


def test_encode_one_leaves_a_model_off_the_cpu_to_encode() -> None:
    import torch

    from assistant.retrieval.torch_runtime import encode_one

    class OffCpu(torch.nn.Module):  # has preprocess, like SentenceTransformer; weights elsewhere
        def __init__(self) -> None:
            super().__init__()
            self.lin = torch.nn.Linear(2, 2, device="meta")

        def preprocess(self, texts: list[str], **_: object) -> dict[str, object]:
            raise AssertionError("must not be called for a model off the CPU")

    assert encode_one(OffCpu(), "bail?") is None
