"""Retrieval fixtures: a tiny corpus, a deterministic fake embedder, and (for tests
marked slow) the real model and index, loaded once per session."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from assistant.corpus.store import Corpus
from assistant.retrieval.config import IndexConfig
from assistant.retrieval.hybrid import HybridRetriever
from assistant.retrieval.tokenize import tokenize
from assistant.types import Article


class FakeEmbedder:
    """Hashed bag of stemmed words -> L2-normalised vector: deterministic, no model, and
    texts sharing words are close, so ranking tests mean something."""

    def __init__(self, dim: int = 64, model_id: str = "fake-hash-64") -> None:
        self.dim, self.model_id = dim, model_id
        self.calls = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            for tok in tokenize(t):
                out[i, zlib.crc32(tok.encode()) % self.dim] += 1.0
            if not out[i].any():
                out[i, 0] = 1.0
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def art(law: str, n: int | None, *paragraphs: str, chapter: str = "", section: str = "",
        passage: int = 0) -> Article:  # fmt: skip
    return Article(law, n, chapter, section, tuple(paragraphs), "test.txt", 1, 2, passage)


TINY = (
    art("cpl", 36, "Legal aid agencies can send duty lawyers to detention centers."),
    art("guide", None, "Legal analysis: the police may not prosecute.", passage=1),
    art(
        "spp-rules",
        26,
        "If the application for withdrawal is rejected, the party may apply "
        "for reconsideration within five days.",
        chapter="Chapter III Withdrawal",
    ),
    art(
        "spp-rules",
        83,
        "The procuratorate shall notify the family of the detained person "
        "within 24 hours after detention.",
        chapter="Chapter IV Compulsory measures",
        section="Section IV Detention",
    ),
    art(
        "spp-rules",
        134,
        "Where the procuratorate decides not to file a case, the complainant "
        "may apply for reconsideration within ten days.",
        chapter="Chapter VI Filing a Case",
    ),
    art("spp-juvenile", 25, "The juvenile suspect shall be interrogated with a guardian present."),
    art(
        "spp-juvenile",
        40,
        "The probation period of conditional non-prosecution is six months to one year.",
    ),
    art(
        "mps-procedures",
        62,
        "The duration of a summons for questioning shall not exceed 12 hours.",
        chapter="Chapter VI Compulsory measures",
    ),
    art(
        "mps-procedures",
        109,
        "The public security organ shall request the procuratorate to "
        "approve an arrest within three days after detention.",
    ),
    art("mps-procedures", 125, "After an arrest, the family shall be notified within 24 hours."),
    art(
        "mps-procedures",
        163,
        "Bail pending trial: the guarantor shall supervise the suspect.",
        "The guarantor shall report any violation.",
        "(1) not leave the city;",
        "(2) appear when summoned.",
    ),
)


@pytest.fixture
def tiny_corpus() -> Corpus:
    return Corpus(TINY)


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture
def tiny_retriever(tiny_corpus: Corpus, fake_embedder: FakeEmbedder) -> HybridRetriever:
    # Without the shipped lay questions: these tests pin the chunk methods' ranking.
    return HybridRetriever.build(tiny_corpus, fake_embedder,
                                 index_config=IndexConfig(lay_questions=False))  # fmt: skip


@pytest.fixture(scope="session")
def real_embedder():
    """The packaged all-MiniLM-L6-v2, loaded once per test session."""
    from assistant.retrieval.dense import SentenceEmbedder
    from assistant.settings import default_model

    return SentenceEmbedder(default_model())


@pytest.fixture(scope="session")
def real_retriever(real_embedder) -> HybridRetriever:
    """The real index when it is built and current, else an in-memory build (never
    written, so a test run cannot disturb the shared index/)."""
    from assistant.corpus.store import load_articles
    from assistant.retrieval.store import IndexProblem
    from assistant.settings import Settings

    corpus = Corpus(load_articles())
    index_dir: Path = Settings.from_env().index_dir
    try:
        return HybridRetriever.load(corpus, real_embedder, index_dir)
    except IndexProblem:
        return HybridRetriever.build(corpus, real_embedder)
