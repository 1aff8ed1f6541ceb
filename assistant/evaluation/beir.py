"""BEIR-format datasets: import, write, and export of our articles and eval set.

Format (Thakur et al., "BEIR: A Heterogeneous Benchmark for Zero-shot Evaluation of
Information Retrieval Models", NeurIPS Datasets & Benchmarks 2021):

* `corpus.jsonl`: `{"_id", "title", "text", "metadata"?}` per line;
* `queries.jsonl`: `{"_id", "text", "metadata"?}` per line;
* `qrels/<split>.tsv`: header `query-id<TAB>corpus-id<TAB>score`, then one row per
  judged pair; a score > 0 means relevant.

Our export uses corpus ids `law:article` (`schema.ref_id`), so a BEIR run over our
corpus is scored with the same ids as the eval set's gold references.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from assistant.evaluation.schema import DatasetError, QACase

log = logging.getLogger(__name__)
QRELS_HEADER = ("query-id", "corpus-id", "score")


@dataclass(frozen=True)
class BeirDoc:
    """One corpus document."""

    title: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class BeirDataset:
    """A BEIR dataset with the qrels of one split.

    Example:
        >>> ds = load_beir(Path("/work/shared/benchmarks/coliee-civil-code"))
        >>> len(ds.corpus), len(ds.queries), ds.relevant("H18-1-1")
    """

    corpus: dict[str, BeirDoc]
    queries: dict[str, str]
    qrels: dict[str, dict[str, int]]
    split: str = "test"
    name: str = ""

    def relevant(self, query_id: str) -> set[str]:
        """Corpus ids judged relevant (score > 0) for a query."""
        return {d for d, s in self.qrels.get(query_id, {}).items() if s > 0}

    def judged_queries(self) -> list[str]:
        """Query ids with at least one relevant document, in `queries` order."""
        return [q for q in self.queries if self.relevant(q)]


class ArticleLike(Protocol):
    """What `export_beir` reads from an article (`assistant.types.Article` fits)."""

    @property
    def law(self) -> str: ...
    @property
    def article(self) -> int | None: ...
    @property
    def chapter(self) -> str: ...
    @property
    def section(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def id(self) -> str: ...


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise DatasetError(f"{path}:{n}: not valid JSON ({e.msg})") from e
            if not isinstance(obj, dict) or "_id" not in obj:
                raise DatasetError(f"{path}:{n}: record needs an '_id'")
            rows.append(obj)
    return rows


def read_qrels(path: Path) -> dict[str, dict[str, int]]:
    """Read a BEIR qrels TSV (header row optional)."""
    qrels: dict[str, dict[str, int]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.reader(f, delimiter="\t"), 1):
            if not row or (n == 1 and tuple(row[:3]) == QRELS_HEADER):
                continue
            if len(row) < 3:
                raise DatasetError(f"{path}:{n}: expected query-id, corpus-id, score")
            try:
                score = int(float(row[2]))
            except ValueError as e:
                raise DatasetError(f"{path}:{n}: score {row[2]!r} is not a number") from e
            qrels.setdefault(row[0], {})[row[1]] = score
    return qrels


def load_beir(directory: Path | str, split: str = "test") -> BeirDataset:
    """Load `corpus.jsonl`, `queries.jsonl` and `qrels/<split>.tsv` from a directory.

    Raises:
        FileNotFoundError: if one of the three files is missing.
        DatasetError: on malformed lines, naming `path:line`.
    """
    d = Path(directory)
    corpus = {
        str(r["_id"]): BeirDoc(r.get("title", ""), r.get("text", ""), r.get("metadata", {}))
        for r in _read_jsonl(d / "corpus.jsonl")
    }
    queries = {str(r["_id"]): str(r.get("text", "")) for r in _read_jsonl(d / "queries.jsonl")}
    qrels = read_qrels(d / "qrels" / f"{split}.tsv")
    unknown = {doc for rel in qrels.values() for doc in rel} - corpus.keys()
    if unknown:
        log.warning(
            "%d qrels documents are not in the corpus (e.g. %s)", len(unknown), min(unknown)
        )
    log.info(
        "BEIR %s: %d docs, %d queries, %d judged", d.name, len(corpus), len(queries), len(qrels)
    )
    return BeirDataset(corpus, queries, qrels, split=split, name=d.name)


def _write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


def write_qrels(path: Path, qrels: dict[str, dict[str, int]]) -> None:
    """Write a qrels TSV with the BEIR header."""
    lines = ["\t".join(QRELS_HEADER)]
    lines += [f"{q}\t{d}\t{s}" for q, rel in qrels.items() for d, s in rel.items()]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_beir(dataset: BeirDataset, directory: Path | str) -> None:
    """Write a dataset in BEIR layout (qrels under `qrels/<dataset.split>.tsv`)."""
    d = Path(directory)
    _write_jsonl(
        d / "corpus.jsonl",
        (
            {"_id": i, "title": doc.title, "text": doc.text, "metadata": doc.metadata}
            for i, doc in dataset.corpus.items()
        ),
    )
    _write_jsonl(d / "queries.jsonl", ({"_id": q, "text": t} for q, t in dataset.queries.items()))
    write_qrels(d / "qrels" / f"{dataset.split}.tsv", dataset.qrels)


def build_beir(
    articles: Iterable[ArticleLike], cases: Sequence[QACase], split: str = "test"
) -> BeirDataset:
    """Our articles and eval questions as a BEIR dataset (pure; qrels of one split).

    Corpus ids are `Article.id` (`law:article`, or `law:pN` for explainer passages);
    a repeated id keeps its first article (logged). Every case becomes a query; the
    qrels hold the gold refs of the cases in `split` (score 1).
    """
    corpus: dict[str, BeirDoc] = {}
    for a in articles:
        if a.id in corpus:
            log.warning("duplicate corpus id %s: keeping the first article", a.id)
            continue
        title = f"{a.law} Article {a.article}" if a.article is not None else f"{a.law} {a.id}"
        corpus[a.id] = BeirDoc(title, a.text, {"chapter": a.chapter, "section": a.section})
    queries = {c.id: c.question for c in cases}
    qrels = {c.id: dict.fromkeys(c.gold_ids, 1) for c in cases if c.split == split and c.gold}
    return BeirDataset(corpus, queries, qrels, split=split, name="legalqa")


def export_beir(
    articles: Iterable[ArticleLike], cases: Sequence[QACase], directory: Path | str
) -> list[str]:
    """Write our corpus and eval set as BEIR, one `qrels/<split>.tsv` per split present.

    Returns:
        The splits written, sorted.
    """
    arts = list(articles)
    splits = sorted({c.split for c in cases}) or ["test"]
    for split in splits:
        write_beir(build_beir(arts, cases, split), directory)
    return splits
