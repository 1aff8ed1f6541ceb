"""The rankings a search plans (search_plan.py), computed by a Milvus server.

Each request is one Milvus search, under the same instrument filter: BM25 (the server's
BM25 function) or inner product on `dense`, over the chunk collection or the lay-question
collection (milvus_lay.py). Hits come back as primary keys and scores and become rows of
the searcher's chunk list, so the fusion, priors and hits are the embedded backend's
own code (searcher.py). Ids the replica's corpus does not know (a newer corpus loaded
by another replica) are skipped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from assistant.retrieval import milvus_load as load
from assistant.retrieval.backend import BackendError
from assistant.retrieval.chunking import Chunk
from assistant.retrieval.indexing import first_rows
from assistant.retrieval.lay import POOL, first_per_row
from assistant.retrieval.milvus_conn import MilvusConnection
from assistant.retrieval.milvus_lexical import terms
from assistant.retrieval.milvus_schema import BM25_K1, quoted
from assistant.retrieval.search_plan import Method, Request, Rows, Scope, Source


def law_filter(laws: Sequence[str] | None) -> str:
    """Milvus boolean expression restricting rows to these instruments ('' = all)."""
    return "" if laws is None else f"law in {quoted(list(laws))}"


def bm25_score(distance: float) -> float:
    """The embedded backend's BM25 score from a Milvus one. Milvus Lite returns BM25 negated
    (as a distance), Milvus standalone as it is, and never negative: hence the magnitude.
    Milvus keeps the (k1 + 1) factor that bm25s's Lucene variant leaves out (same ranking).
    """
    return abs(float(distance)) / (1 + BM25_K1)


def lay_limit(depth: int, filtered: bool, most: int) -> int:
    """How many questions to fetch for `depth` articles. Unfiltered: the embedded pool
    (lay.POOL per article). Filtered, the embedded index looks at every question and
    filters after; the server filters first, so depth x the most questions any article
    has always reaches the same `depth` articles."""
    return depth * most if filtered else depth * POOL


class MilvusEngine:
    """`Engine` over a chunk alias and, when the lay questions are loaded, a lay alias.

    `lexical` is the collections' BM25 mode (milvus_lexical.py): "client" sends our own
    terms, "server" the raw text for the server's analyzer.
    """

    def __init__(self, conn: MilvusConnection, alias: str, lay_alias: str | None,
                 chunks: Sequence[Chunk], lexical: str = "client",
                 lay_most: int = 1) -> None:  # fmt: skip
        self.conn, self.alias, self.lay_alias = conn, alias, lay_alias
        self.lexical, self.lay_most = lexical, lay_most
        self._row_of = {c.chunk_id: i for i, c in enumerate(chunks)}
        self._first_row = first_rows(chunks)

    @property
    def has_lay(self) -> bool:
        return self.lay_alias is not None

    def tokens(self, text: str) -> list[str]:
        return terms(text)

    def run(self, requests: Sequence[Request], vectors: Mapping[str, np.ndarray],
            scope: Scope) -> list[Rows]:  # fmt: skip
        return [self._one(r, vectors, scope.laws) for r in requests]

    def _one(self, r: Request, vectors: Mapping[str, np.ndarray],
             laws: Sequence[str] | None) -> Rows:  # fmt: skip
        if r.method is Method.DENSE:
            data: Any = vectors[r.key].tolist()
            field, metric = "dense", "IP"
        else:
            data = " ".join(r.tokens) if self.lexical == "client" else r.text
            field, metric = "sparse", "BM25"
            if not r.tokens:  # no indexable word: no BM25 ranking (as bm25s scores zero)
                return []
        lay = r.source is Source.LAY
        if lay and self.lay_alias is None:
            return []
        limit = lay_limit(r.depth, laws is not None, self.lay_most) if lay else r.depth
        hits = self._search(self.lay_alias if lay and self.lay_alias else self.alias, data,
                            field, metric, limit, law_filter(laws), lay)  # fmt: skip
        score = bm25_score if metric == "BM25" else float
        if lay:
            found = ((self._first_row.get(str(h["article_id"])), h["distance"]) for h in hits)
            return first_per_row(((row, score(d)) for row, d in found if row is not None), r.depth)
        rows = ((self._row_of.get(str(h["chunk_id"])), h["distance"]) for h in hits)
        return [(row, score(d)) for row, d in rows if row is not None]

    def _search(self, name: str, data: Any, field: str, metric: str, limit: int, expr: str,
                lay: bool) -> list[Any]:  # fmt: skip
        def run() -> list[Any]:
            res = self.conn.call("search", self.conn.client.search, name, data=[data],
                                 anns_field=field, search_params={"metric_type": metric},
                                 limit=limit, filter=expr,
                                 output_fields=["article_id"] if lay else ["chunk_id"])  # fmt: skip
            return list(res[0]) if res else []

        try:
            return run()
        except BackendError as e:  # released after a server restart: load it and try again
            if "load" not in str(e).lower():
                raise
            load.ensure_loaded(self.conn, name)
            return run()
