"""Query adapter: a linear map on query embeddings, learned from the lay questions.

all-MiniLM-L6-v2 puts everyday wording ("the cops kept my dad 15 hours") far from the
articles' legal English ("the duration of a summons shall not exceed 12 hours"). The
3,178 lay questions (lay/*.toml) are pairs of exactly that: everyday wording and the
article it means. A square matrix W is learned so that a lay question's mapped vector,
normalise(q W), ranks its own article's chunks first among all chunks; each question
counts twice where the glossary expands it, as a search embeds it (softmax
contrastive loss, temperature 0.03; ridge 0.01 * ||W - I||^2 keeps it near the
identity; 300 full-batch Adam steps, lr 2e-3, deterministic). Only the chunk dense
ranking uses the mapped vector: the chunks' vectors, the index format and the
lay-question rankings (questions and queries share one space) are unchanged.

Hyper-parameters were chosen on one seventh of the lay questions held out from training
(dense-only MRR@10 of the held-out questions: 0.535 unmapped, 0.747 mapped), never on the
evaluation set; bench/README.md ("Seventh round") has the evaluation-set effect.
Training takes 25-60 s of a 2-core CPU, so the matrix for the packaged model ships
(`lay/adapter.npz`); a build with another model trains its own. Regenerate after editing
the lay questions or the chunking (a test fails until then):

    HF_HUB_OFFLINE=1 .venv/bin/python -m assistant.retrieval.adapter
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from assistant.retrieval.lay import LAY_DIR

log = logging.getLogger(__name__)
SHIPPED = LAY_DIR / "adapter.npz"


@dataclass(frozen=True)
class AdapterParams:
    ridge: float = 0.01  # pull toward the identity (0.001-0.1 tried; 0.01 best held out)
    temperature: float = 0.03  # softmax temperature (0.03 / 0.05 / 0.1: 0.747 / 0.739 / 0.692)
    steps: int = 300
    lr: float = 2e-3


@dataclass(frozen=True, eq=False)
class QueryAdapter:
    """The learned (dim x dim) map; `fingerprint` names the data it was trained on."""

    matrix: np.ndarray
    fingerprint: str = ""

    def apply(self, vector: np.ndarray) -> np.ndarray:
        """normalise(vector W), float32."""
        out = np.asarray(vector, dtype=np.float32) @ self.matrix
        norm = float(np.linalg.norm(out))
        return (out / norm if norm > 0 else out).astype(np.float32)


def sound(matrix: np.ndarray, dim: int) -> bool:
    """A usable map for `dim`-dimensional vectors: square of that size, every value finite."""
    return matrix.shape == (dim, dim) and bool(np.isfinite(matrix).all())


def fingerprint(model_id: str, question_keys: Sequence[str], questions: Sequence[str],
                chunk_keys: Sequence[str], chunk_texts: Sequence[str],
                params: AdapterParams = AdapterParams()) -> str:  # fmt: skip
    """SHA-256 of everything training reads (not the vectors: the model id stands for them)."""
    blob = json.dumps([model_id, list(question_keys), list(questions), list(chunk_keys),
                       list(chunk_texts), asdict(params)], ensure_ascii=False)  # fmt: skip
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def train(questions: np.ndarray, chunks: np.ndarray, question_keys: Sequence[str],
          chunk_keys: Sequence[str], params: AdapterParams = AdapterParams(),
          fingerprint: str = "") -> QueryAdapter | None:  # fmt: skip
    """Learn W from question vectors, chunk vectors and the article key of each.

    Every chunk of a question's article is a positive (multi-positive softmax). Returns
    None when no question's article has a chunk (nothing to learn from).
    """
    import torch

    known = set(chunk_keys)
    keep = [i for i, k in enumerate(question_keys) if k in known]
    if not keep or len(chunks) == 0:
        return None
    q = torch.nn.functional.normalize(torch.tensor(questions[keep], dtype=torch.float32), dim=1)
    c = torch.nn.functional.normalize(torch.tensor(chunks, dtype=torch.float32), dim=1)
    wanted = [question_keys[i] for i in keep]
    pos = torch.tensor([[k == ck for ck in chunk_keys] for k in wanted])
    eye = torch.eye(q.shape[1])
    w = eye.clone().requires_grad_(True)
    opt = torch.optim.Adam([w], lr=params.lr)
    for _ in range(params.steps):
        opt.zero_grad()
        logits = torch.nn.functional.normalize(q @ w, dim=1) @ c.T / params.temperature
        nll = logits.logsumexp(1) - logits.masked_fill(~pos, float("-inf")).logsumexp(1)
        loss = nll.mean() + params.ridge * ((w - eye) ** 2).sum()
        loss.backward()
        opt.step()
    return QueryAdapter(w.detach().numpy().astype(np.float32), fingerprint)


def save(adapter: QueryAdapter, path: Path, model_id: str) -> None:
    """Write atomically (half precision: W is near the identity, so a cosine moves < 1e-3)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp.npz")
    np.savez_compressed(tmp, model_id=np.array(model_id), fingerprint=np.array(adapter.fingerprint),
                        matrix=adapter.matrix.astype(np.float16))  # fmt: skip
    os.replace(tmp, path)


def load(path: Path, model_id: str, dim: int) -> QueryAdapter | None:
    """The adapter in `path` if it was trained for this model and is sound, else None."""
    try:
        with np.load(path, allow_pickle=False) as z:
            if str(z["model_id"]) != model_id:
                return None
            matrix = np.asarray(z["matrix"], dtype=np.float32)
            fp = str(z["fingerprint"])
    except (OSError, KeyError, ValueError) as e:
        log.info("no usable query adapter in %s (%s)", path, e)
        return None
    if not sound(matrix, dim):
        log.warning("query adapter in %s is damaged (shape %s); not used", path, matrix.shape)
        return None
    return QueryAdapter(matrix, fp)


def obtain(model_id: str, dim: int, fp: str,
           data: Callable[[], tuple[np.ndarray, np.ndarray, Sequence[str], Sequence[str]]],
           path: Path = SHIPPED) -> QueryAdapter | None:  # fmt: skip
    """The shipped adapter when it was trained for this model, else one trained now on
    `data()` (question vectors, chunk vectors, their article keys), which is only called
    then.

    The shipped one is used even when the corpus or questions changed since (a small
    edit barely moves a linear map; a test keeps the shipped file current).
    """
    found = load(path, model_id, dim)
    if found is not None:
        return found
    questions, chunks, question_keys, chunk_keys = data()
    log.info("training the query adapter for %s (%d questions; 25-60 s on 2 cores)", model_id,
             len(question_keys))  # fmt: skip
    return train(questions, chunks, question_keys, chunk_keys, fingerprint=fp)


def main() -> None:
    from assistant.corpus.store import Corpus, load_articles
    from assistant.retrieval.config import IndexConfig
    from assistant.retrieval.dense import SentenceEmbedder
    from assistant.retrieval.hybrid import HybridRetriever
    from assistant.retrieval.indexing import adapter_data, adapter_fingerprint, lay_questions_for
    from assistant.settings import default_model

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    embedder, icfg = SentenceEmbedder(default_model()), IndexConfig()
    r = HybridRetriever.build(Corpus(load_articles()), embedder,
                              index_config=IndexConfig(query_adapter=False))  # fmt: skip
    qs = lay_questions_for(icfg, r.chunks)
    if r.lay is None:
        raise SystemExit("no lay questions to train on")
    fp = adapter_fingerprint(icfg, embedder.model_id, r.chunks, qs)
    data = adapter_data(embedder, r.chunks, qs, r.lay.dense.vectors(), r.dense.vectors())
    adapter = train(*data, fingerprint=fp)
    if adapter is None:
        raise SystemExit("no lay questions to train on")
    save(adapter, SHIPPED, embedder.model_id)
    log.info("wrote the query adapter for %s to %s", embedder.model_id, SHIPPED)


if __name__ == "__main__":
    main()
