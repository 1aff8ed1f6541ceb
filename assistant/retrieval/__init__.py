"""Hybrid retrieval: BM25 (bm25s) + dense (sentence-transformers + faiss), fused."""
