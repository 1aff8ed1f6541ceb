"""The LangChain adapter returns Documents with law/article metadata."""

from __future__ import annotations

from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import RunnableLambda

from assistant.retrieval.langchain_adapter import LegalQARetriever


def test_invoke_returns_documents_with_metadata(tiny_retriever) -> None:
    lc = LegalQARetriever(retriever=tiny_retriever, k=3)
    assert isinstance(lc, BaseRetriever)
    docs = lc.invoke("SPP Rules art. 83")
    assert len(docs) == 3 and all(isinstance(d, Document) for d in docs)
    top = docs[0]
    assert (top.metadata["law"], top.metadata["article"]) == ("spp-rules", 83)
    assert top.metadata["chunk_id"] == top.id == "spp-rules:83#0"
    assert top.metadata["rank"] == 1 and "lookup" in top.metadata["scores"]
    assert "notify the family" in top.page_content


def test_law_filter_and_chain_composition(tiny_retriever) -> None:
    lc = LegalQARetriever(retriever=tiny_retriever, k=2, laws=["mps-procedures"])
    chain = lc | RunnableLambda(lambda docs: [d.metadata["law"] for d in docs])
    assert chain.invoke("notify the family within 24 hours") == ["mps-procedures"] * 2
    assert len(lc.batch(["bail", "summons"])) == 2
