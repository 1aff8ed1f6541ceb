"""Shipped embeddings of the lay questions for the packaged model.

Embedding the ~1,100 lay questions costs about 6 s of a 2-core CPU, a third of the
index build budget. Their vectors for the packaged all-MiniLM-L6-v2 ship beside the
questions (`lay/vectors.npz`, keyed by text and model fingerprint; half precision, which
moves a cosine by < 1e-3), so a build embeds
only the questions the file lacks: all of them for another model, the edited ones
after an edit. Regenerate after editing the questions:

    HF_HUB_OFFLINE=1 .venv/bin/python -m assistant.retrieval.lay_vectors
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.retrieval.dense import Embedder
from assistant.retrieval.indexing import encode_all
from assistant.retrieval.lay import LAY_DIR, load_lay

log = logging.getLogger(__name__)
VECTORS = LAY_DIR / "vectors.npz"


def shipped(model_id: str, path: Path = VECTORS) -> dict[str, np.ndarray]:
    """text -> vector from the shipped file; empty for another model or a missing,
    damaged or inconsistent file (the build then embeds everything itself)."""
    try:
        with np.load(path, allow_pickle=False) as z:
            if str(z["model_id"]) != model_id:
                return {}
            texts, vectors = z["texts"].tolist(), np.asarray(z["vectors"], dtype=np.float32)
    except (OSError, KeyError, ValueError) as e:
        log.info("no usable shipped lay vectors in %s (%s)", path, e)
        return {}
    if vectors.ndim != 2 or len(texts) != len(vectors):
        return {}
    return dict(zip(texts, vectors, strict=True))


def embed_questions(embedder: Embedder, texts: Sequence[str], path: Path = VECTORS,
                    progress: bool = False) -> np.ndarray:  # fmt: skip
    """Vectors for `texts`: shipped where the file has them for this model, else embedded."""
    known = shipped(embedder.model_id, path)
    known = {t: v for t, v in known.items() if v.shape == (embedder.dim,)}
    missing = [t for t in dict.fromkeys(texts) if t not in known]
    if missing:
        known.update(zip(missing, encode_all(embedder, missing, progress), strict=True))
    if not texts:
        return np.zeros((0, embedder.dim), dtype=np.float32)
    return np.stack([known[t] for t in texts]).astype(np.float32)


def write(embedder: Embedder, texts: Sequence[str], path: Path = VECTORS) -> None:
    """Embed `texts` afresh and replace the file atomically."""
    unique = list(dict.fromkeys(texts))
    vectors = encode_all(embedder, unique)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp.npz")
    np.savez_compressed(tmp, model_id=np.array(embedder.model_id), texts=np.array(unique),
                        vectors=np.asarray(vectors, dtype=np.float16))  # fmt: skip
    os.replace(tmp, path)
    log.info("wrote %d lay-question vectors for %s to %s", len(unique), embedder.model_id, path)


def main() -> None:
    from assistant.retrieval.dense import SentenceEmbedder
    from assistant.settings import default_model

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    write(SentenceEmbedder(default_model()), load_lay().texts)


if __name__ == "__main__":
    main()
