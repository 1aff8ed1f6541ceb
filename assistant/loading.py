"""Wiring at the edge: build the corpus, embedder and retriever from Settings."""

from __future__ import annotations

import logging

from assistant.corpus.store import Corpus, load_articles
from assistant.retrieval.backend import RetrievalBackend
from assistant.retrieval.dense import SentenceEmbedder
from assistant.retrieval.hybrid import HybridRetriever
from assistant.settings import Settings

log = logging.getLogger(__name__)


def load_embedder(settings: Settings) -> SentenceEmbedder:
    """The configured sentence embedder (packaged model unless LEGALQA_MODEL says otherwise)."""
    return SentenceEmbedder(settings.model_path, settings.query_precision)


def load_corpus(settings: Settings) -> Corpus:
    return Corpus(load_articles(settings.articles_path))


def load_retriever(
    settings: Settings, rebuild: bool = False, progress: bool = False
) -> HybridRetriever:
    """The configured backend, loaded and verified (or rebuilt, saying why)."""
    corpus = load_corpus(settings)
    embedder = load_embedder(settings)
    if rebuild:
        log.info("building the index in %s", settings.index_dir)
        return HybridRetriever.build(corpus, embedder, settings.index_dir, progress)
    return HybridRetriever.ensure(corpus, embedder, settings.index_dir, progress)


def load_backend(
    settings: Settings, progress: bool = False, force: bool = False
) -> RetrievalBackend:
    """The retrieval backend the settings select (embedded by default)."""
    if settings.backend == "milvus":
        from assistant.retrieval.milvus import MilvusRetriever

        corpus = load_corpus(settings)
        embedder = load_embedder(settings)
        return MilvusRetriever.connect(
            corpus, embedder, settings.milvus_uri, settings.milvus_collection,
            load_if_stale=settings.milvus_load, force=force, token=settings.milvus_token,
        )  # fmt: skip
    return load_retriever(settings, rebuild=force, progress=progress)
