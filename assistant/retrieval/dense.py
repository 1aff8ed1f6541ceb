"""Dense retrieval: sentence-transformers embeddings in an exact faiss inner-product index."""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import faiss
import numpy as np

from assistant.retrieval.dense_compact import compact_scan
from assistant.retrieval.torch_runtime import (
    encode_one,
    fixed_mmap_threshold,
    heap_for_queries,
    one_torch_thread,
    query_autocast,
    release_freed_memory,
    resolve_precision,
    sklearn_deferred,
)

log = logging.getLogger(__name__)
QUERY_TEXTS = 4  # a call with at most this many texts is a query: one thread, remembered
RECENT = 16  # query vectors remembered: one question embeds the same text in several routes
# Texts per forward pass when embedding an index: activations grow with batch x tokens
# (x tokens again for attention). With the heap trim and the fixed mmap threshold below,
# 8 took `legalqa index build` from ≈ 765 to ≈ 580 MB peak RSS at the same speed.
BUILD_BATCH = 8
QUERY_PAD = 16  # bf16 queries are padded to a multiple of this many tokens (see encode)
_PADDED = {"processing_kwargs": {"text": {"padding": True, "pad_to_multiple_of": QUERY_PAD}}}


class Embedder(Protocol):
    """Anything that turns texts into L2-normalised float32 vectors."""

    dim: int
    model_id: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class SentenceEmbedder:
    """A local sentence-transformers model (default: the packaged all-MiniLM-L6-v2).

    Example:
        >>> emb = SentenceEmbedder(default_model())
        >>> emb.encode(["bail pending trial"]).shape
        (1, 384)
    """

    def __init__(self, model: str, query_precision: str = "auto") -> None:
        # Queries only: index vectors stay fp32 whatever this is, so the index never depends on it
        self.query_precision = resolve_precision(query_precision)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never fetch weights at run time
        with sklearn_deferred():
            from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # keep stderr for our own messages

        self._model = SentenceTransformer(model, device="cpu")
        get_dim = (
            getattr(self._model, "get_embedding_dimension", None)
            or self._model.get_sentence_embedding_dimension
        )
        self.dim = int(get_dim())
        self.model_id = model_fingerprint(model)
        self._recent: OrderedDict[str, np.ndarray] = OrderedDict()
        self._pads = True  # until the model refuses the padding options (see encode)
        self._lock = threading.Lock()

    @property
    def vocabulary(self) -> frozenset[str]:
        """Whole words the model's tokenizer knows (an English word list for spelling)."""
        vocab = getattr(self._model.tokenizer, "vocab", {})
        return frozenset(w for w in vocab if w.isalpha() and w.islower())

    def encode(self, texts: Sequence[str], batch_size: int = BUILD_BATCH) -> np.ndarray:
        """L2-normalised float32 rows, one per text.

        A query (at most QUERY_TEXTS texts) runs on one torch thread: for one short text,
        intra-op threads cost more in hand-off than they save, and on a loaded 2-core
        machine they wait for each other (bench/README.md: "Assistant: ask latency").
        On CPUs with native bf16 a query's matrix products run in bf16 (`query_precision`
        "auto"; cosine to the fp32 vector ≥ 0.9999, ≈ 30 % faster: bench/README.md,
        "Query precision"). The last RECENT query texts are remembered, so the routes of
        one question that search the same text embed it once. Index builds (larger calls) keep all threads
        and hand the freed activation memory back to the system after each call.
        """
        clean = [valid_text(t) for t in texts]
        if len(clean) > QUERY_TEXTS:
            fixed_mmap_threshold()
            vecs = self._encode(clean, batch_size)
            release_freed_memory()
            return vecs
        if not clean:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:  # the app answers sessions on several threads
            found = {t: self._recent[t] for t in clean if t in self._recent}
        missing = [t for t in dict.fromkeys(clean) if t not in found]
        if missing:
            heap_for_queries()
            # bf16 matrix products go through oneDNN, which keeps kernels per input shape:
            # padding to a multiple of QUERY_PAD tokens bounds the shapes (a 200-question
            # batch peaked at 644 MB unpadded, against 536 MB in fp32; masked, so the
            # vector is the same)
            extra = _PADDED if self.query_precision == "bf16" and self._pads else {}
            with one_torch_thread(), query_autocast(self.query_precision):
                try:
                    vecs = self._encode(missing, batch_size, **extra)
                except (TypeError, ValueError):
                    if not extra:
                        raise
                    self._pads = False  # a model whose processor takes no such options
                    vecs = self._encode(missing, batch_size)
            found.update(zip(missing, vecs, strict=True))
        with self._lock:
            for t in clean:
                self._recent[t] = found[t]
                self._recent.move_to_end(t)
            while len(self._recent) > RECENT:
                self._recent.popitem(last=False)
        return np.stack([found[t] for t in clean])

    def _encode(self, texts: list[str], batch_size: int, **extra: object) -> np.ndarray:
        if len(texts) == 1:  # a query: the library's own steps without its per-call checks
            one = encode_one(self._model, texts[0], **extra)
            if one is not None:
                return one.reshape(1, self.dim)
        vecs = self._model.encode(
            texts,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
            **extra,
        )
        return np.ascontiguousarray(vecs, dtype=np.float32).reshape(len(texts), self.dim)


def valid_text(text: str) -> str:
    """The text as valid Unicode: lone surrogates ("\\ud800"), which the Rust tokenizer
    rejects, become U+FFFD."""
    return text.encode("utf-8", "replace").decode("utf-8")


def model_fingerprint(model: str) -> str:
    """Name plus a cheap content hash (file names, sizes, config) of a local model."""
    p = Path(model)
    if not p.is_dir():
        return model
    h = hashlib.sha256()
    for f in sorted(p.rglob("*")):
        if f.is_file():
            h.update(f"{f.relative_to(p)}:{f.stat().st_size}".encode())
            if f.suffix == ".json":
                h.update(f.read_bytes())
    return f"{p.name}@{h.hexdigest()[:16]}"


class DenseIndex:
    """Exact inner-product search (IndexFlatIP) over normalised vectors = cosine.

    Single-query search runs on one thread: for one query OpenMP start-up costs more
    than it saves, and the app serves one question at a time per session.

    Example:
        >>> idx = DenseIndex.build(embedder.encode(texts))
        >>> idx.search(embedder.encode(["bail"])[0], k=3)
        [(12, 0.61), (40, 0.58), (7, 0.55)]
    """

    def __init__(self, index: faiss.Index, precision: str = "fp32") -> None:
        """`precision` "auto" searches a large IndexFlatIP by the compact scan
        (dense_compact.py: 8-bit shortlist, exact fp32 scores); anything else as it is."""
        self._index = index
        self._compact = compact_scan(index, precision)
        faiss.omp_set_num_threads(1)

    @classmethod
    def build(cls, vectors: np.ndarray, precision: str = "fp32") -> DenseIndex:
        """`fp32`: IndexFlatIP (exact). `auto`: the same file, searched by the compact scan
        when large (see __init__). `fp16`: the exhaustive scan over half-precision copies
        (IndexScalarQuantizer QT_fp16; scores rounded), kept for comparison."""
        dim = vectors.shape[1]
        if precision in ("fp32", "auto"):
            index = faiss.IndexFlatIP(dim)
        elif precision == "fp16":
            qt = faiss.ScalarQuantizer.QT_fp16
            index = faiss.IndexScalarQuantizer(dim, qt, faiss.METRIC_INNER_PRODUCT)
        else:
            raise ValueError(f"precision must be 'fp32', 'auto' or 'fp16', not {precision!r}")
        data = np.ascontiguousarray(vectors, dtype=np.float32)
        if not index.is_trained:
            index.train(data)
        index.add(data)
        return cls(index, precision)

    def searched_as(self, precision: str) -> DenseIndex:
        """The same stored index, searched as `precision` ("fp32": exact; "auto") would."""
        return DenseIndex(self._index, precision)

    def vectors(self) -> np.ndarray:
        """The stored vectors (decoded, for fp16), one row per chunk."""
        return self._index.reconstruct_n(0, self.size)

    @property
    def size(self) -> int:
        return int(self._index.ntotal)

    def search(
        self, vector: np.ndarray, k: int, ranges: Sequence[tuple[int, int]] | None = None
    ) -> list[tuple[int, float]]:
        """Top-k (row, cosine) for one query vector; `ranges` restricts rows [lo, hi)."""
        q = np.ascontiguousarray(vector.reshape(1, -1), dtype=np.float32)
        if self._compact is not None:
            return self._compact.search(q, k, ranges)
        if ranges is None:
            return self._collect(*self._index.search(q, min(k, self.size)))
        hits: list[tuple[int, float]] = []
        for lo, hi in ranges:
            params = faiss.SearchParameters(sel=faiss.IDSelectorRange(lo, hi))
            hits += self._collect(*self._index.search(q, min(k, hi - lo), params=params))
        return sorted(hits, key=lambda h: (-h[1], h[0]))[:k]

    @staticmethod
    def _collect(dist: np.ndarray, ids: np.ndarray) -> list[tuple[int, float]]:
        # tolist(): the same values as int()/float() per item, without a numpy scalar each
        return [(i, d) for d, i in zip(dist[0].tolist(), ids[0].tolist(), strict=True) if i >= 0]

    def save(self, path: Path) -> None:
        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path, size: int, dim: int, precision: str = "fp32") -> DenseIndex:
        index = faiss.read_index(str(path))
        if index.ntotal != size or index.d != dim:
            raise ValueError(f"faiss index has {index.ntotal}x{index.d}, expected {size}x{dim}")
        return cls(index, precision)
