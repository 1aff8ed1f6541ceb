"""The stock LangChain hybrid retriever, as a baseline for the ablation table.

`EnsembleRetriever` (langchain_classic) over `BM25Retriever` (rank-bm25 with LangChain's
default whitespace preprocessing) and a `FAISS` vector store (langchain_community),
equal weights and LangChain's default RRF constant c = 60. The vector store embeds with
our own `SentenceEmbedder` through a tiny `Embeddings` adapter, so the model is the same
as ours and only the retrieval machinery differs. The packages are the optional
`[baseline]` extra; without them `langchain_ensemble` raises `BaselineUnavailable`.

Example:
    >>> search = langchain_ensemble(ids, texts, embedder, depth=50)
    >>> search("bail pending trial")[:1]
    [('spp-rules:38', 1.0)]
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np

from assistant.evaluation.harness import SearchFn
from assistant.retrieval.dense import Embedder

NAME = "langchain-ensemble"
INSTALL_HINT = "pip install -e '.[baseline]'  (langchain-community, langchain-classic)"


class BaselineUnavailable(RuntimeError):
    """The optional LangChain packages are not installed."""


def _imports() -> tuple[Any, Any, Any, Any, Any]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # langchain-community's notice
            from langchain_classic.retrievers import EnsembleRetriever
            from langchain_community.retrievers import BM25Retriever
            from langchain_community.vectorstores import FAISS
            from langchain_core.documents import Document
            from langchain_core.embeddings import Embeddings
    except ImportError as e:
        raise BaselineUnavailable(
            f"the LangChain baseline needs the [baseline] extra ({e.name} is missing): "
            + INSTALL_HINT
        ) from e
    return EnsembleRetriever, BM25Retriever, FAISS, Document, Embeddings


def _adapter(base: Any, embedder: Embedder) -> Any:
    """An `Embeddings` subclass instance that delegates to our embedder."""

    class OurEmbeddings(base):  # type: ignore[misc, valid-type]
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return np.asarray(embedder.encode(texts)).tolist()  # type: ignore[no-any-return]

        def embed_query(self, text: str) -> list[float]:
            return np.asarray(embedder.encode([text])[0]).tolist()  # type: ignore[no-any-return]

    return OurEmbeddings()


def langchain_ensemble(
    ids: Sequence[str],
    texts: Sequence[str],
    embedder: Embedder,
    depth: int = 50,
    vectors: np.ndarray | None = None,
) -> SearchFn:
    """`query -> [(doc_id, score)]` from the stock EnsembleRetriever.

    Args:
        ids, texts: the documents (several texts may share an id, e.g. chunks of one
            article; the id keeps its best rank).
        embedder: our embedder (same model as the dense index).
        depth: `k` of each member retriever.
        vectors: precomputed document embeddings (saves embedding twice).

    The ensemble returns documents without scores; the score is 1 / rank.

    Raises:
        BaselineUnavailable: without the `[baseline]` extra.
    """
    ensemble_cls, bm25_cls, faiss_cls, _, embeddings_base = _imports()
    emb = _adapter(embeddings_base, embedder)
    metas = [{"doc_id": i, "row": n} for n, i in enumerate(ids)]
    bm25 = bm25_cls.from_texts(list(texts), metadatas=metas, k=depth)
    vecs = vectors if vectors is not None else np.asarray(embedder.encode(list(texts)))
    pairs = list(zip(texts, np.asarray(vecs).tolist(), strict=True))
    store = faiss_cls.from_embeddings(pairs, emb, metadatas=metas)
    dense = store.as_retriever(search_kwargs={"k": depth})
    ensemble = ensemble_cls(retrievers=[bm25, dense], weights=[0.5, 0.5])

    def search(query: str) -> list[tuple[str, float]]:
        seen: dict[str, None] = {}
        for doc in ensemble.invoke(query):
            seen.setdefault(str(doc.metadata["doc_id"]))
        return [(d, 1.0 / r) for r, d in enumerate(seen, 1)]

    return search
