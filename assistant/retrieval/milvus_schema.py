"""The Milvus collection layout: fields, indexes, analyzer, rows and the stored manifest.

One collection holds every chunk: its text as shown, the text Milvus's built-in BM25
function analyses (`lexical`, see milvus_lexical.py) to fill the `sparse` field
server-side, the metadata the assistant shows (law, article, chapter, section, heading
line) and our own embedding in `dense`.

The manifest (schema version, corpus hash, model id, vector size, lexer, load state) is in
the collection's properties, so any replica can tell whether the data is current. The
lay questions live in a collection of their own (milvus_lay.py), whose manifest carries
their digest instead of the corpus hash.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any

import numpy as np
from pymilvus import DataType, Function, FunctionType, MilvusClient
from pymilvus.milvus_client.index import IndexParams

from assistant.retrieval.chunking import Chunk
from assistant.retrieval.dense import Embedder
from assistant.retrieval.milvus_lexical import Lexer
from assistant.types import Article

SCHEMA_VERSION = 2  # bump when fields, analyzer, indexes or row meaning change: forces a reload
PREFIX = "legalqa."
MAX_TEXT_BYTES = 65_535  # Milvus VARCHAR limit
BM25_K1, BM25_B = 1.2, 0.75  # as the embedded index (IndexConfig)
DATA_KEYS = ("schema_version", "corpus_sha256", "model_id", "dim", "lexical", "lay_sha256")


@dataclass(frozen=True)
class Manifest:
    """What a collection holds; stored as `legalqa.*` collection properties.

    Example:
        >>> m = Manifest(corpus_sha256="ab12...", model_id="all-MiniLM-L6-v2@1f2e", dim=384)
        >>> Manifest.from_properties(m.to_properties()) == m
        True
    """

    corpus_sha256: str
    model_id: str
    dim: int
    lexical: str = "server"  # milvus_lexical.fingerprint(): what the BM25 field holds
    schema_version: int = SCHEMA_VERSION
    alias: str = ""  # the served name this collection was built for
    state: str = "loading"  # loading -> ready; "writing" while an upsert/delete runs
    analyzer: str = "english"
    lay_sha256: str = ""  # lay-question collections: LayQuestions.digest() of what they hold

    def to_properties(self) -> dict[str, str]:
        return {PREFIX + k: str(v) for k, v in asdict(self).items()}

    @classmethod
    def from_properties(cls, props: Mapping[str, Any] | None) -> Manifest | None:
        """The manifest in these properties, or None if they are not ours or unreadable."""
        vals = {k.removeprefix(PREFIX): str(v) for k, v in (props or {}).items()
                if str(k).startswith(PREFIX)}  # fmt: skip
        try:
            return cls(
                corpus_sha256=vals["corpus_sha256"],
                model_id=vals["model_id"],
                dim=int(vals["dim"]),
                lexical=vals["lexical"],
                schema_version=int(vals["schema_version"]),
                alias=vals.get("alias", ""),
                state=vals.get("state", "loading"),
                analyzer=vals.get("analyzer", "english"),
                lay_sha256=vals.get("lay_sha256", ""),
            )
        except (KeyError, ValueError):
            return None

    def same_data(self, other: Manifest) -> bool:
        """Same schema, corpus, embedding model and lexer (state and analyzer aside)."""
        return all(getattr(self, k) == getattr(other, k) for k in DATA_KEYS)

    def with_state(self, state: str) -> Manifest:
        return replace(self, state=state)

    @property
    def digest(self) -> str:
        """Short id of the data: names the physical collection behind the alias."""
        key = "|".join(str(getattr(self, k)) for k in DATA_KEYS)
        return hashlib.sha256(key.encode()).hexdigest()[:12]

    def why_stale(self, want: Manifest) -> str:
        """Why this collection cannot serve `want` ('' if it can)."""
        for key in DATA_KEYS:
            if getattr(self, key) != getattr(want, key):
                return f"it was built for a different {key.replace('_', ' ')}"
        if self.state != "ready":
            return f"its last load or write did not finish (state {self.state!r})"
        return ""


@dataclass(frozen=True)
class Payload:
    """What one collection must hold, for the loader (milvus_load.py): its rows' primary
    keys, how to make the rows of some of them (embedding them), and its layout."""

    noun: str  # "chunks", "lay questions": for messages
    key: str  # the primary-key field
    ids: tuple[str, ...]
    rows: Callable[[Sequence[int]], list[dict[str, Any]]]  # rows of the items at these positions
    schema: Callable[[int, Mapping[str, Any]], Any]  # (dim, analyzer params) -> schema
    indexes: Callable[[MilvusClient], IndexParams]


def chunk_payload(chunks: Sequence[Chunk], embedder: Embedder, where: Mapping[str, Article],
                  lex: Lexer) -> Payload:  # fmt: skip
    """The chunk collection's payload; `where` maps article ids to Articles (headings)."""

    def rows(positions: Sequence[int]) -> list[dict[str, Any]]:
        part = [chunks[i] for i in positions]
        return to_rows(part, embedder.encode([c.text for c in part]), where, lex)

    ids = tuple(c.chunk_id for c in chunks)
    return Payload("chunks", "chunk_id", ids, rows, collection_schema, index_params)


def base_schema(key: str) -> Any:
    """A schema with the fields every LegalQA collection starts with: the primary key,
    `article_id` ("spp-rules:83") and `law` (what the instrument filter reads)."""
    schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
    schema.add_field(key, DataType.VARCHAR, is_primary=True, max_length=512)
    schema.add_field("article_id", DataType.VARCHAR, max_length=512)
    schema.add_field("law", DataType.VARCHAR, max_length=64)
    return schema


def add_search_fields(schema: Any, dim: int, analyzer: Mapping[str, Any]) -> Any:
    """The fields every collection ends with: `text` as shown, `lexical` (what BM25
    reads), `dense` (our embedding) and `sparse` (filled by the server's BM25 function)."""
    schema.add_field("text", DataType.VARCHAR, max_length=MAX_TEXT_BYTES)
    schema.add_field("lexical", DataType.VARCHAR, max_length=MAX_TEXT_BYTES,
                     enable_analyzer=True, analyzer_params=dict(analyzer))  # fmt: skip
    schema.add_field("dense", DataType.FLOAT_VECTOR, dim=dim)
    schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
    schema.add_function(Function(name="text_bm25", function_type=FunctionType.BM25,
                                 input_field_names=["lexical"], output_field_names=["sparse"]))  # fmt: skip
    return schema


def collection_schema(dim: int, analyzer: Mapping[str, Any]) -> Any:
    """Fields of the chunk collection."""
    schema = base_schema("chunk_id")
    schema.add_field("article", DataType.INT64)  # -1 for explainer passages
    schema.add_field("part", DataType.INT64)
    schema.add_field("chapter", DataType.VARCHAR, max_length=2048)
    schema.add_field("section", DataType.VARCHAR, max_length=2048)
    schema.add_field("context", DataType.VARCHAR, max_length=4096)
    return add_search_fields(schema, dim, analyzer)


def index_params(client: MilvusClient, k1: float = BM25_K1, b: float = BM25_B) -> IndexParams:
    """Exact inner product on the normalised embeddings (= cosine, as faiss IndexFlatIP)
    and a BM25 inverted index with the embedded backend's k1 and b."""
    params = client.prepare_index_params()
    params.add_index("dense", index_type="FLAT", metric_type="IP")
    # Nested under "params", the older wire form: pymilvus 3 flattens index params, which
    # Milvus Lite 3.2 ignores (it then scores BM25 with k1 = 1.5); Milvus reads both forms.
    params.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25",
                     params={"params": {"bm25_k1": k1, "bm25_b": b}})  # fmt: skip
    params.add_index("law", index_type="INVERTED")
    params.add_index("article_id", index_type="INVERTED")
    return params


def to_rows(chunks: Sequence[Chunk], vectors: np.ndarray, where: Mapping[str, Article],
            lex: Lexer) -> list[dict[str, Any]]:  # fmt: skip
    """Insertable rows; `where` maps an article id to its Article (chapter and section),
    `lex` makes the BM25 field from the chunk text."""
    rows = []
    for c, v in zip(chunks, vectors, strict=True):
        key = c.chunk_id.rsplit("#", 1)[0]  # the article id, "spp-rules:83"
        a = where.get(key)
        text = c.text
        lexical = lex(text)
        if max(len(text.encode()), len(lexical.encode())) > MAX_TEXT_BYTES:
            raise ValueError(f"chunk {c.chunk_id} is longer than {MAX_TEXT_BYTES} bytes")
        rows.append({
            "chunk_id": c.chunk_id, "article_id": key, "law": c.law,
            "article": -1 if c.article is None else c.article, "part": c.part,
            "chapter": a.chapter if a else "", "section": a.section if a else "",
            "context": c.context, "text": text, "lexical": lexical,
            "dense": v.astype(np.float32).tolist(),
        })  # fmt: skip
    return rows


def quoted(values: Sequence[str]) -> str:
    """A Milvus expression list literal: ["a", "b"] (values are escaped)."""
    esc = [v.replace("\\", "\\\\").replace('"', '\\"') for v in values]
    return "[" + ", ".join(f'"{v}"' for v in esc) + "]"
