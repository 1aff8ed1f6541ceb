"""What one search asks of a backend: the rankings to compute, with weights (pure).

Both backends (bm25s + faiss in process, a Milvus server) rank alike because they share
everything but the indexes: `plan` turns the query (spelling repaired, glossary terms
found) into the same list of `Request`s with the same depths and weights, an `Engine`
computes each request's ranking from its own indexes, and `Searcher` fuses them with
the same code (ranking.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

import numpy as np

from assistant.retrieval.config import Expansion, SearchConfig

Rows = list[tuple[int, float]]  # (chunk row, score), best first
ADAPTED = "\x00adapted\x00"  # prefix of an adapted vector's key (no query holds NUL)


class Source(StrEnum):
    """What is searched: the chunks, or the lay questions (hits map to their article's
    first chunk, lay.py)."""

    CHUNKS = "chunks"
    LAY = "lay"


class Method(StrEnum):
    LEXICAL = "lexical"  # BM25
    DENSE = "dense"  # inner product of normalised embeddings


@dataclass(frozen=True)
class Scope:
    """An instrument filter, both as law keys (a server's filter expression) and as the
    chunk-row spans [lo, hi) those instruments occupy (in-process indexes). None: all."""

    laws: tuple[str, ...] | None = None
    ranges: tuple[tuple[int, int], ...] | None = None


@dataclass(frozen=True)
class Request:
    """One ranking: the `depth` best chunk rows of `source` by `method`.

    `name` is the key of the ranking's score in `Hit.scores`. Lexical requests carry the
    BM25 terms and the raw text they came from (for a server-side analyzer); dense
    requests carry the text whose embedding is searched.
    """

    name: str
    source: Source
    method: Method
    weight: float
    depth: int
    tokens: tuple[str, ...] = ()
    text: str = ""
    adapted: bool = False  # dense: search with the query adapter's map of the vector

    @property
    def key(self) -> str:
        """The key of this request's vector in an Engine's `vectors`."""
        return f"{ADAPTED}{self.text}" if self.adapted else self.text


class Engine(Protocol):
    """Where rankings come from. `run` returns one `Rows` per request, in order, every
    ranking restricted to `scope` before it is cut to depth; `vectors` maps each dense
    request's `key` to its vector."""

    @property
    def has_lay(self) -> bool: ...

    def tokens(self, text: str) -> list[str]: ...

    def run(self, requests: Sequence[Request], vectors: Mapping[str, np.ndarray],
            scope: Scope) -> list[Rows]: ...  # fmt: skip


def plan(query: str, adds: str, cfg: SearchConfig, tokens: Callable[[str], list[str]],
         lay: bool, depth: int, adapted: bool = False) -> tuple[Request, ...]:  # fmt: skip
    """The rankings `cfg` asks for, for a query and its glossary additions `adds`.

    Lay questions are matched by the query's own terms (BM25) and by the same embedding
    as the chunks (the first dense text), unmapped: they share the query's space. With
    `adapted`, the chunk dense rankings search the adapter's map of the vector, and the
    plain one is still searched, at weight 0 (not fused), for its cosines: the scope
    decision's thresholds are on that scale.
    """
    q_tokens, add_tokens = tuple(tokens(query)), tuple(tokens(adds))
    expanded = f"{query} {adds}" if adds else query
    out: list[Request] = []
    if cfg.use_bm25:
        merge = cfg.bm25_expansion is Expansion.MERGE
        out.append(Request("bm25", Source.CHUNKS, Method.LEXICAL, cfg.weights[0], depth,
                           q_tokens + add_tokens if merge else q_tokens,
                           expanded if merge else query))  # fmt: skip
        if cfg.bm25_expansion is Expansion.SEPARATE and add_tokens:
            out.append(Request("bm25+", Source.CHUNKS, Method.LEXICAL, cfg.glossary_weight,
                               depth, q_tokens + add_tokens, expanded))  # fmt: skip
    if cfg.use_dense:
        first = expanded if adds and cfg.dense_expansion is Expansion.MERGE else query
        if adapted:  # the plain cosine stays in Hit.scores["dense"] (scope.py reads it)
            out.append(Request("dense", Source.CHUNKS, Method.DENSE, 0.0, depth, text=first))
        out.append(Request("dense-adapted" if adapted else "dense", Source.CHUNKS, Method.DENSE,
                           cfg.weights[1], depth, text=first, adapted=adapted))  # fmt: skip
        if adds and cfg.dense_expansion is Expansion.SEPARATE:
            out.append(Request("dense+", Source.CHUNKS, Method.DENSE, cfg.glossary_weight,
                               depth, text=expanded, adapted=adapted))  # fmt: skip
        if lay and cfg.lay_weights[1]:
            out.append(Request("lay-dense", Source.LAY, Method.DENSE, cfg.lay_weights[1],
                               cfg.lay_depth, text=first))  # fmt: skip
    if lay and cfg.lay_weights[0]:
        out.append(Request("lay-bm25", Source.LAY, Method.LEXICAL, cfg.lay_weights[0],
                           cfg.lay_depth, q_tokens, query))  # fmt: skip
    return tuple(out)


def dense_texts(requests: Sequence[Request]) -> list[str]:
    """The texts to embed, once each, in request order (one batch: the same padding, so
    the same vectors, on both backends)."""
    return list(dict.fromkeys(r.text for r in requests if r.method is Method.DENSE))


def query_vectors(requests: Sequence[Request], encode: Callable[[list[str]], np.ndarray],
                  adapt: Callable[[np.ndarray], np.ndarray] | None) -> dict[str, np.ndarray]:  # fmt: skip
    """Every dense request's vector under its `key`: each text embedded once (one batch),
    adapted requests mapped by `adapt`."""
    texts = dense_texts(requests)
    if not texts:
        return {}
    out = dict(zip(texts, encode(texts), strict=True))
    for r in requests:
        if r.method is Method.DENSE and r.adapted and r.key not in out:
            if adapt is None:
                raise ValueError(f"request {r.name!r} is adapted but there is no adapter")
            out[r.key] = adapt(out[r.text])
    return out
