"""The lay questions (lay.py) in Milvus: a collection of their own beside the chunks.

Layout: alias `<alias>_lay` -> collection `<alias>_lay_<digest>`, one row per question:
`question_id` (primary key, "law:article?n", the n-th question of that article),
`article_id`, `law`, `text` (the question), `lexical` (what BM25 reads, as for chunks),
`dense` (its embedding: the shipped vectors, lay_vectors.py) and `sparse` (filled by the
server's BM25 function). A hit ranks its article's first chunk, as in the embedded index.

Why a collection of its own rather than rows of the chunk collection with a kind field:
Milvus keeps BM25 statistics (document count, average length, document frequencies) per
collection, and the embedded index scores questions and chunks with statistics of their
own; mixed in one collection, every chunk's BM25 score would change. Apart, both
collections carry `law`, so the instrument filter is the same expression on each, and
edited questions reload without re-embedding a single chunk. The manifest carries the
questions' digest (`lay_sha256`, over the questions of the corpus's articles), so an
edit, or a corpus with other articles, makes the collection stale.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from assistant.retrieval.dense import Embedder
from assistant.retrieval.lay import LayQuestions
from assistant.retrieval.lay_vectors import embed_questions
from assistant.retrieval.milvus_lexical import Lexer
from assistant.retrieval.milvus_schema import Payload, add_search_fields, base_schema, index_params


def lay_alias(alias: str) -> str:
    """The alias of the lay-question collection that goes with chunk alias `alias`."""
    return f"{alias}_lay"


def question_ids(questions: LayQuestions) -> tuple[str, ...]:
    """Stable primary keys: the article key and the question's place among its article's."""
    seen: Counter[str] = Counter()
    out = []
    for key in questions.keys:
        out.append(f"{key}?{seen[key]}")
        seen[key] += 1
    return tuple(out)


def most_per_article(questions: LayQuestions) -> int:
    """The most questions any one article has (bounds how many hits give `depth` articles)."""
    return max(Counter(questions.keys).values(), default=1)


def lay_schema(dim: int, analyzer: Mapping[str, Any]) -> Any:
    """Fields of the lay-question collection (indexes: milvus_schema.index_params)."""
    return add_search_fields(base_schema("question_id"), dim, analyzer)


def lay_rows(questions: LayQuestions, ids: Sequence[str], positions: Sequence[int],
             vectors: np.ndarray, lex: Lexer) -> list[dict[str, Any]]:  # fmt: skip
    """Insertable rows for the questions at `positions` (vectors in the same order)."""
    rows = []
    for i, v in zip(positions, vectors, strict=True):
        key, text = questions.keys[i], questions.texts[i]
        rows.append({"question_id": ids[i], "article_id": key, "law": key.split(":", 1)[0],
                     "text": text, "lexical": lex(text),
                     "dense": v.astype(np.float32).tolist()})  # fmt: skip
    return rows


def lay_payload(questions: LayQuestions, embedder: Embedder, lex: Lexer) -> Payload:
    """The lay collection's payload, for milvus_load.sync and the write verbs."""
    ids = question_ids(questions)

    def rows(positions: Sequence[int]) -> list[dict[str, Any]]:
        vectors = embed_questions(embedder, [questions.texts[i] for i in positions])
        return lay_rows(questions, ids, positions, vectors, lex)

    return Payload("lay questions", "question_id", ids, rows, lay_schema, index_params)
