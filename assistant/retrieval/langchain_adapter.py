"""A LangChain retriever over `HybridRetriever` (langchain-core only).

Drops the hybrid search into any LangChain chain: each hit becomes a `Document` whose
`page_content` is the chunk text (context line, then the article text) and whose
metadata carries the law key, article number, chunk id, rank and scores.
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from assistant.types import Hit


class LegalQARetriever(BaseRetriever):
    """LangChain `BaseRetriever` backed by a `HybridRetriever` (or anything with the same
    `search(query, k, laws)` method).

    Example:
        >>> lc = LegalQARetriever(retriever=hybrid, k=5, laws=["spp-rules"])
        >>> docs = lc.invoke("time limit for reconsideration of a no-filing decision")
        >>> docs[0].metadata["law"], docs[0].metadata["article"]
        ('spp-rules', 134)
    """

    retriever: Any  # HybridRetriever; Any keeps pydantic from inspecting it
    k: int = 10
    laws: list[str] | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        hits = self.retriever.search(query, k=self.k, laws=self.laws)
        return [to_document(h) for h in hits]


def to_document(hit: Hit) -> Document:
    """One hit as a LangChain Document (metadata: law, article, chunk_id, rank, scores)."""
    return Document(
        page_content=hit.text,
        id=hit.chunk_id,
        metadata={
            "law": hit.law,
            "article": hit.article,
            "chunk_id": hit.chunk_id,
            "rank": hit.rank,
            "score": hit.score,
            "scores": dict(hit.scores),
        },
    )
