"""A synthetic large corpus for the scale benchmark: the real chunks plus chunks made
of real article sentences recombined at random (seeded), spread over the instruments
in the real proportions and numbered after the real articles.

Vectors: each distinct real sentence is embedded once with the real model and a
synthetic chunk's vector is the normalised mean of its sentences' vectors, so the
vectors are distributed like real ones without embedding 100k texts (the scale figure
is retrieval time excluding query embedding, which does not depend on how the corpus
vectors were made).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from assistant.corpus.instruments import INSTRUMENTS
from assistant.retrieval.bm25 import BM25Index
from assistant.retrieval.chunking import Chunk
from assistant.retrieval.dense import DenseIndex, Embedder
from assistant.retrieval.hybrid import HybridRetriever
from assistant.retrieval.indexing import encode_all

_SENTENCE = re.compile(r"(?<=[.;。；])\s*")


@dataclass(frozen=True)
class Recipe:
    """The chunks in index order; for each, the sentence indices it is made of (empty
    for a real chunk); and the sentence list."""

    chunks: list[Chunk]
    picks: list[list[int]]
    sentences: list[str]


def make_chunks(real: list[Chunk], total: int, seed: int = 7) -> Recipe:
    """`total` chunks: the real ones plus synthetic ones, grouped by instrument."""
    rng = random.Random(seed)
    sentences = sorted(
        {s.strip() for c in real for s in _SENTENCE.split(c.body) if len(s.split()) > 3}
    )
    weights = Counter(c.law for c in real)
    laws = sorted(weights, key=list(INSTRUMENTS).index)
    last = {law: max((c.article or 0) for c in real if c.law == law) for law in laws}
    made: dict[str, list[tuple[Chunk, list[int]]]] = {law: [] for law in laws}
    for _ in range(total - len(real)):
        law = rng.choices(laws, weights=[weights[x] for x in laws])[0]
        last[law] += 1
        picks = rng.sample(range(len(sentences)), rng.randint(3, 9))
        body = " ".join(sentences[i] for i in picks)
        ctx = f"{INSTRUMENTS[law].short} Article {last[law]} — synthetic"
        made[law].append((Chunk(f"{law}:{last[law]}#0", law, last[law], 0, ctx, body), picks))
    chunks: list[Chunk] = []
    picks: list[list[int]] = []
    for law in laws:
        own = [c for c in real if c.law == law]
        chunks += own + [c for c, _ in made[law]]
        picks += [[] for _ in own] + [p for _, p in made[law]]
    return Recipe(chunks, picks, sentences)


def build(real: HybridRetriever, embedder: Embedder, total: int) -> HybridRetriever:
    """A HybridRetriever over `total` chunks (real + synthetic), built in memory."""
    recipe = make_chunks(real.chunks, total)
    sent_vecs = encode_all(embedder, recipe.sentences)
    real_vecs = dict(zip((c.chunk_id for c in real.chunks), real.dense.vectors(), strict=True))
    vecs = np.zeros((len(recipe.chunks), embedder.dim), dtype=np.float32)
    for i, (c, picks) in enumerate(zip(recipe.chunks, recipe.picks, strict=True)):
        v = sent_vecs[picks].mean(axis=0) if picks else real_vecs[c.chunk_id]
        vecs[i] = v / np.linalg.norm(v)
    bm25 = BM25Index.build([c.text for c in recipe.chunks])
    dense = DenseIndex.build(vecs, "fp32")  # exact; bench.retrieval.scale adds the others
    return HybridRetriever(real.corpus, recipe.chunks, bm25, dense, embedder, real.config)
