"""The stock LangChain alternative on the same chunks: EnsembleRetriever over
BM25Retriever (rank-bm25, default whitespace tokenizer) and a FAISS vector store with
the same embedding model, default weights [0.5, 0.5] and RRF c = 60.

Needs the `[baseline]` extra (langchain-community, langchain-classic); `make bench`
installs it.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from assistant.retrieval.chunking import Chunk


def _documents(chunks: Sequence[Chunk]) -> list[Any]:
    from langchain_core.documents import Document

    return [
        Document(page_content=c.text, id=c.chunk_id,
                 metadata={"law": c.law, "article": c.article, "chunk_id": c.chunk_id})
        for c in chunks
    ]  # fmt: skip


@dataclass
class LangChainBaseline:
    """`search(query)` -> article refs (law, article), best first, as the stock chain ranks."""

    ensemble: Any

    @classmethod
    def build(cls, chunks: Sequence[Chunk], model_path: str, k: int = 10) -> LangChainBaseline:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            from langchain_classic.retrievers import EnsembleRetriever
            from langchain_community.embeddings import HuggingFaceEmbeddings
            from langchain_community.retrievers import BM25Retriever
            from langchain_community.vectorstores import FAISS

            embeddings = HuggingFaceEmbeddings(
                model_name=model_path,
                model_kwargs={"device": "cpu"},
                encode_kwargs={"normalize_embeddings": True},
            )
        docs = _documents(chunks)
        bm25 = BM25Retriever.from_documents(docs, k=k)
        faiss_store = FAISS.from_documents(docs, embeddings)
        dense = faiss_store.as_retriever(search_kwargs={"k": k})
        return cls(EnsembleRetriever(retrievers=[bm25, dense], weights=[0.5, 0.5]))

    def documents(self, query: str) -> list[Any]:
        return self.ensemble.invoke(query)

    def search(self, query: str) -> list[tuple[str, int]]:
        return [(d.metadata["law"], d.metadata["article"]) for d in self.documents(query)]
