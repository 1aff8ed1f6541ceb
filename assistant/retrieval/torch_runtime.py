"""How torch runs the embedding model: threads, query precision, allocator, import cost.

Kept apart from `dense.py` (what is embedded and searched) because these are tuned to the
machine, not to retrieval, and each is measured in bench/README.md.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import sys
import types
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

M_MMAP_THRESHOLD = -3  # glibc mallopt parameter (malloc.h)
PRECISIONS = ("auto", "fp32", "bf16")


def resolve_precision(precision: str) -> str:
    """`fp32` or `bf16` for query embeddings. `auto` picks bf16 only where the CPU has
    native bf16 instructions (oneDNN says so, e.g. AVX512-BF16 or AMX); elsewhere bf16 is
    emulated and slower than fp32."""
    if precision not in PRECISIONS:
        raise ValueError(
            f"query precision must be one of {', '.join(PRECISIONS)}, not {precision!r}"
        )
    if precision != "auto":
        return precision
    import torch

    try:
        native = bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):  # a torch build without oneDNN
        native = False
    return "bf16" if native else "fp32"


def query_autocast(precision: str) -> contextlib.AbstractContextManager[object]:
    """The block's matrix products in bf16 (torch autocast: layer norms, softmax and the
    pooled output stay fp32) for `bf16`; nothing changes for `fp32`."""
    if precision != "bf16":
        return contextlib.nullcontext()
    import torch

    return torch.autocast("cpu", dtype=torch.bfloat16)


@contextlib.contextmanager
def one_torch_thread() -> Iterator[None]:
    """torch's intra-op pool at one thread for the block, restored after."""
    import torch

    before = torch.get_num_threads()
    if before != 1:
        torch.set_num_threads(1)
    try:
        yield
    finally:
        if before != 1:
            torch.set_num_threads(before)


def encode_one(model: Any, text: str, **extra: object) -> np.ndarray | None:
    """One text's L2-normalised embedding, as `SentenceTransformer.encode([text],
    normalize_embeddings=True, **extra)` computes it (the same preprocess, forward call and
    normalisation, so the same vector), without encode's per-call bookkeeping: it puts
    the model in eval mode and walks every parameter to check its device on each call,
    ≈ 1 ms of a ≈ 15 ms query (bench/README.md, "Query embedding"). None when encode
    would do more than that here (a default prompt, a truncated dimension, distributed
    inference, a model not on the CPU): the caller then calls encode.
    """
    if (not hasattr(model, "preprocess")  # older sentence-transformers: encode only
            or getattr(model, "default_prompt_name", None) is not None
            or getattr(model, "truncate_dim", None) is not None
            or getattr(model, "_distributed_inference", None) is not None):  # fmt: skip
        return None
    import torch

    first = next(iter(model.parameters()), None)
    if first is None or first.device.type != "cpu":
        return None  # encode moves the features to the model's device; this path does not

    with torch.inference_mode():
        if model.training:  # encode sets eval mode each call; once is enough
            model.eval()
        features = model.preprocess([text], prompt=None, **extra)
        out = model(features, **extra)["sentence_embedding"]
        out = torch.nn.functional.normalize(out, p=2, dim=1)
        return np.asarray(out.float().cpu().numpy(), dtype=np.float32)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):  # not glibc (musl, macOS, Windows)
        return None


BUILD_MMAP_THRESHOLD = 1 << 20
QUERY_MMAP_THRESHOLD = 32 << 20  # glibc's own upper bound for its dynamic threshold (64-bit)
_threshold: dict[str, int] = {}  # the value this process last set (the allocator is global)


def fixed_mmap_threshold() -> None:
    """Before build-sized calls (an index build): glibc serves blocks of 1 MiB and more
    (activations) by mmap and unmaps them when freed. Its default raises that threshold
    each time such a block is freed, so later activations land in the heap and fragment
    it: ≈ 50 MB of the build's peak."""
    _set_mmap_threshold(BUILD_MMAP_THRESHOLD)


def heap_for_queries() -> None:
    """Before a query, in a process that built an index: the fixed 1 MiB threshold makes
    every query's activations a fresh mmap with page faults (warm query 17.6 → 25.3 ms
    median, bench/README.md "Query precision"), so queries get the heap back. A process
    that never built keeps glibc's dynamic default."""
    if _threshold.get("now") == BUILD_MMAP_THRESHOLD:
        _set_mmap_threshold(QUERY_MMAP_THRESHOLD)


def _set_mmap_threshold(value: int) -> None:
    if _threshold.get("now") == value:
        return
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to set
        ctypes.CDLL("libc.so.6").mallopt(M_MMAP_THRESHOLD, value)
    _threshold["now"] = value


def release_freed_memory() -> None:
    """Return freed heap pages to the system (glibc `malloc_trim`; a no-op elsewhere):
    without it the pages torch freed after a batch stay in the process and the next,
    longer batch grows the heap on top of them."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@contextlib.contextmanager
def sklearn_deferred() -> Iterator[None]:
    """Import sentence-transformers without scikit-learn (and the SciPy and pandas it pulls
    in): ≈ 1 s of the ≈ 4.5 s import and tens of MB, for `pairwise_distances`, which only
    its manhattan similarity calls, never this project. While the block runs,
    `sklearn.metrics` is a stand-in whose function imports the real module when called;
    it is removed afterwards, so any later `import sklearn.metrics` gets the real one."""
    if "sklearn.metrics" in sys.modules:
        yield
        return
    stand_in = types.ModuleType("sklearn.metrics")

    def pairwise_distances(*args: object, **kwargs: object) -> object:
        from sklearn.metrics import pairwise_distances as real

        return real(*args, **kwargs)

    stand_in.pairwise_distances = pairwise_distances  # type: ignore[attr-defined]
    sys.modules["sklearn.metrics"] = stand_in
    try:
        yield
    finally:
        if sys.modules.get("sklearn.metrics") is stand_in:
            del sys.modules["sklearn.metrics"]
