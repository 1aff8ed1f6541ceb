"""Lay questions: everyday-wording questions each article answers (document expansion).

The articles speak the translators' language ("public security organ", "obtaining a
guarantor pending trial"); users do not. `lay/*.toml` holds, per article, a few
questions a member of the public or a lawyer would type that the article answers,
written from the article's text alone (never from evaluation questions) and reviewed.
They are indexed beside the chunks as their own BM25 and dense rankings, fused with the
others; they only ever rank. Answers quote the articles, never these questions.
(Nogueira et al., "Document Expansion by Query Prediction", 2019, with hand-written
rather than generated questions.)
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from assistant.retrieval.bm25 import BM25Index, top_k
from assistant.retrieval.dense import DenseIndex

LAY_DIR = Path(__file__).with_name("lay")
POOL = 3  # questions looked at per article wanted, unfiltered (each article has 2-11; 6x, 10x measured the same on dev)


class LayError(ValueError):
    """A lay-questions file is malformed (the message names the file and entry)."""


@dataclass(frozen=True)
class LayQuestions:
    """Question texts and the article key ("law:article") each one belongs to.

    Example:
        >>> lay = parse_lay('["spp-rules:83"]\\nq = ["how long can prosecutors hold him?"]')
        >>> lay.keys, lay.texts
        (('spp-rules:83',), ('how long can prosecutors hold him?',))
    """

    keys: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()

    def digest(self) -> str:
        """SHA-256 of the questions: saved in the index manifest, so edits force a rebuild."""
        blob = json.dumps([self.keys, self.texts], ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def restricted(self, known: set[str]) -> LayQuestions:
        """Only the questions whose article is in `known` (e.g. another corpus's keys)."""
        pairs = [(k, t) for k, t in zip(self.keys, self.texts, strict=True) if k in known]
        return LayQuestions(tuple(k for k, _ in pairs), tuple(t for _, t in pairs))


def parse_lay(text: str, source: str = "<text>") -> LayQuestions:
    """Parse one TOML file of `["law:article"] q = [...]` tables."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise LayError(f"{source}: not valid TOML ({e})") from e
    keys: list[str] = []
    texts: list[str] = []
    for key, entry in data.items():
        qs = entry.get("q") if isinstance(entry, Mapping) else None
        if ":" not in key or not isinstance(qs, list) or not qs:
            raise LayError(f"{source}: [{key!r}] needs a 'law:article' key and a list q")
        for q in qs:
            if not isinstance(q, str) or not q.strip():
                raise LayError(f"{source}: [{key!r}] has an empty or non-text question")
            keys.append(key)
            texts.append(" ".join(q.split()))
    return LayQuestions(tuple(keys), tuple(texts))


@lru_cache(maxsize=4)
def load_lay(directory: Path = LAY_DIR) -> LayQuestions:
    """Every `*.toml` in `directory`, in file-name order; an article in two files is an error.

    Parsed once per process (about 15 ms): an index load needs it for the manifest digest
    and again for the questions, as `load_glossary` is read once."""
    keys: list[str] = []
    texts: list[str] = []
    owner: dict[str, str] = {}
    for path in sorted(directory.glob("*.toml")):
        part = parse_lay(path.read_text(encoding="utf-8"), path.name)
        for key in dict.fromkeys(part.keys):
            if owner.setdefault(key, path.name) != path.name:
                raise LayError(f"{path.name}: {key} is also in {owner[key]}")
        keys += part.keys
        texts += part.texts
    return LayQuestions(tuple(keys), tuple(texts))


class LayIndex:
    """BM25 and dense indexes over the lay questions, ranking the chunk rows they point at.

    `rows[i]` is the chunk row of question i's article (its first part), so a ranking of
    questions becomes a ranking of chunk rows that fuses with the other methods'.
    """

    def __init__(self, bm25: BM25Index, dense: DenseIndex, rows: Sequence[int]) -> None:
        self.bm25, self.dense, self.rows = bm25, dense, np.asarray(rows, dtype=np.int64)
        self._row_list: list[int] = self.rows.tolist()  # per-hit lookups without numpy scalars

    @classmethod
    def build(cls, texts: Sequence[str], vectors: np.ndarray, rows: Sequence[int],
              k1: float, b: float, prefix: int) -> LayIndex:  # fmt: skip
        return cls(BM25Index.build(texts, k1, b, prefix), DenseIndex.build(vectors), rows)

    def save(self, directory: Path) -> None:
        directory.mkdir()
        self.bm25.save(directory / "bm25")
        self.dense.save(directory / "dense.faiss")
        np.save(directory / "rows.npy", self.rows)

    @classmethod
    def load(cls, directory: Path, size: int, dim: int, prefix: int) -> LayIndex:
        rows = np.load(directory / "rows.npy")
        if rows.shape != (size,):
            raise ValueError(f"lay index holds {rows.shape} rows, expected {size}")
        bm25 = BM25Index.load(directory / "bm25", size, prefix)
        return cls(bm25, DenseIndex.load(directory / "dense.faiss", size, dim), rows.tolist())

    def lexical(self, tokens: Sequence[str], depth: int,
                keep: Sequence[tuple[int, int]] | None) -> list[tuple[int, float]]:  # fmt: skip
        """Chunk rows ranked by their best-matching question's BM25 score."""
        return self._to_rows(top_k(self.bm25.scores(tokens), self._pool(depth, keep)), depth, keep)

    def semantic(self, vector: np.ndarray, depth: int,
                 keep: Sequence[tuple[int, int]] | None) -> list[tuple[int, float]]:  # fmt: skip
        """Chunk rows ranked by their best-matching question's cosine similarity."""
        return self._to_rows(self.dense.search(vector, self._pool(depth, keep)), depth, keep)

    def _pool(self, depth: int, keep: Sequence[tuple[int, int]] | None) -> int:
        # Under an instrument filter, look at them all (the filter comes after).
        return self.bm25.size if keep is not None else depth * POOL

    def _to_rows(self, hits: list[tuple[int, float]], depth: int,
                 keep: Sequence[tuple[int, int]] | None) -> list[tuple[int, float]]:  # fmt: skip
        # `first_per_row` over the filtered rows, in one loop: the generators it was fed
        # cost a call per question hit (60 a search, ≈ 10 us)
        out: dict[int, float] = {}
        row_of = self._row_list
        for i, score in hits:
            row = row_of[i]
            if row in out or (keep is not None and not any(lo <= row < hi for lo, hi in keep)):
                continue
            out[row] = score
            if len(out) >= depth:
                break
        return list(out.items())


def first_per_row(hits: Iterable[tuple[int, float]], depth: int) -> list[tuple[int, float]]:
    """Question hits mapped to chunk rows, best first -> the first `depth` distinct rows.

    Several questions per article: the first (best) one stands for the article.

    >>> first_per_row([(7, 0.9), (3, 0.8), (7, 0.7), (5, 0.6)], 2)
    [(7, 0.9), (3, 0.8)]
    """
    out: dict[int, float] = {}
    for row, score in hits:
        out.setdefault(row, score)
        if len(out) >= depth:
            break
    return list(out.items())
