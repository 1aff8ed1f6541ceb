"""Retrieval ablations in one run: which ingredient of the retriever earns what.

Variants over our corpus (the production `HybridRetriever`, its loaded indexes shared,
only the query-time flags changed):

| name | BM25 | dense | glossary | lay questions | query adapter | lookup, spelling, priors |
|---|---|---|---|---|---|---|
| `bm25` | yes | – | – | – | – | – |
| `dense` | – | yes | – | – | – | – |
| `hybrid` | yes | yes | – | – | – | – |
| `hybrid+glossary` | yes | yes | yes | – | – | – |
| `hybrid+glossary+lay` | yes | yes | yes | yes | – | – |
| `hybrid+glossary+lay+adapter` | yes | yes | yes | yes | yes | – |
| `production` | the retriever's own configuration (everything on) |
| `langchain-ensemble` | the stock LangChain baseline (`baseline.py`), same chunks and model |

The switched-off flags are set only where the retriever's `SearchConfig` has them;
every other setting (fusion, depth, chunk aggregation) stays as configured. All
variants share one `CachedEmbedder`, so a question is embedded once, not per variant.

Every variant answers the question text alone (no conversation history, no instrument
filter) and is scored like a BEIR run against the eval set's gold articles: Recall@k,
MRR@10, nDCG@10 and COLIEE F2 of the top-1 article (`harness.select_returned`). Cases
without gold articles (out of scope, non-existent articles) are not scored. Rows keep
their case's kind and split, so every metric is available per kind and per split.

Example:
    >>> fns = corpus_variants(bot.retriever)
    >>> reports = run_variants(fns, bot.corpus.articles, cases)
    >>> print(compare_runs(reports))
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import fields, replace
from typing import Any

from assistant.evaluation import harness
from assistant.evaluation.baseline import NAME as BASELINE
from assistant.evaluation.baseline import BaselineUnavailable, langchain_ensemble
from assistant.evaluation.beir import ArticleLike, BeirDataset, build_beir
from assistant.evaluation.external import CachedEmbedder
from assistant.evaluation.harness import SearchFn
from assistant.evaluation.results import Report, build_report
from assistant.evaluation.schema import QACase, ref_id
from assistant.retrieval.config import SearchConfig
from assistant.retrieval.glossary import expand

log = logging.getLogger(__name__)
K = 100  # ranking depth asked of every variant
PLAIN: dict[str, Any] = {"glossary": False, "lookup": False, "spelling": False, "prior": 0.0,
                         "lay_weights": (0.0, 0.0), "adapter": False}  # fmt: skip
LAY: dict[str, Any] = {"use_bm25": True, "use_dense": True, "glossary": True,
                       "lay_weights": SearchConfig().lay_weights}  # fmt: skip
FLAGS: dict[str, dict[str, Any]] = {
    "bm25": PLAIN | {"use_bm25": True, "use_dense": False},
    "dense": PLAIN | {"use_bm25": False, "use_dense": True},
    "hybrid": PLAIN | {"use_bm25": True, "use_dense": True},
    "hybrid+glossary": PLAIN | {"use_bm25": True, "use_dense": True, "glossary": True},
    "hybrid+glossary+lay": PLAIN | LAY,
    "hybrid+glossary+lay+adapter": PLAIN | LAY | {"adapter": True},
    "production": {},
}
COLUMNS = ("recall@1", "recall@5", "recall@10", "mrr@10", "ndcg@10", "f2", "latency_p50", "n")


def hit_id(hit: Any) -> str:
    """`law:article` of a hit (`law:pN` for an explainer passage, as `Article.id`)."""
    if hit.article is not None:
        return ref_id(hit.law, hit.article)
    return str(hit.chunk_id).rsplit("#", 1)[0]


def with_flags(retriever: Any, flags: Mapping[str, Any], embedder: Any = None) -> Any:
    """A shallow copy of the retriever (indexes shared) with the config flags it knows
    changed, and optionally another embedder; the original is left untouched."""
    clone = copy.copy(retriever)
    known = {f.name for f in fields(retriever.config)}
    clone.config = replace(retriever.config, **{k: v for k, v in flags.items() if k in known})
    if embedder is not None:
        clone.embedder = embedder
    return clone


def _searcher(retriever: Any, k: int) -> SearchFn:
    def search(query: str) -> list[tuple[str, float]]:
        return [(hit_id(h), float(h.score)) for h in retriever.search(query, k=k)]

    return search


def corpus_variants(
    retriever: Any,
    questions: Sequence[str] = (),
    k: int = K,
    baseline: bool = True,
    progress: bool = False,
) -> dict[str, SearchFn]:
    """The variants of the module docstring over the production retriever.

    `questions` (and their glossary expansions) are embedded up front, in batches. The
    LangChain baseline is added when `baseline` is true and its packages are installed;
    otherwise it is left out with a logged warning saying how to install it.
    """
    cached = CachedEmbedder(retriever.embedder)
    cached.prime([*questions, *(expand(q) for q in questions)], progress)
    fns = {
        name: _searcher(with_flags(retriever, flags, cached), k) for name, flags in FLAGS.items()
    }
    if baseline:
        chunks = list(retriever.chunks)
        ids = [str(c.chunk_id).rsplit("#", 1)[0] for c in chunks]
        depth = int(getattr(retriever.config, "depth", 50))
        add_baseline(fns, lambda: langchain_ensemble(
            ids, [c.text for c in chunks], cached, depth))  # fmt: skip
    return fns


def add_baseline(fns: dict[str, SearchFn], make: Callable[[], SearchFn]) -> str | None:
    """Add the LangChain baseline to `fns`; return the reason if it is unavailable."""
    try:
        fns[BASELINE] = make()
    except BaselineUnavailable as e:
        log.warning("skipping the LangChain baseline: %s", e)
        return str(e)
    return None


def eval_as_beir(articles: Iterable[ArticleLike], cases: Sequence[QACase]) -> list[BeirDataset]:
    """One BEIR dataset per split of `cases` (corpus ids `law:article`)."""
    arts = list(articles)
    splits = sorted({c.split for c in cases})
    return [build_beir(arts, [c for c in cases if c.split == s], s) for s in splits]


def run_variants(
    fns: Mapping[str, SearchFn],
    articles: Iterable[ArticleLike],
    cases: Sequence[QACase],
    progress: bool = False,
    k: int = K,
) -> dict[str, Report]:
    """Score every variant on the eval cases with gold articles; rows keep kind and split."""
    datasets = eval_as_beir(articles, cases)
    kinds = {c.id: c.kind for c in cases}
    reports = {}
    for name, fn in fns.items():
        rows = []
        for data in datasets:
            rep = harness.run_beir(data, fn, k=k, progress=progress)
            rows += [replace(r, kind=kinds.get(r.id, r.kind)) for r in rep.rows]
        reports[name] = build_report(rows, {"variant": name, "k": k, "f2_top": 1})
    return reports


def run_beir_variants(
    fns: Mapping[str, SearchFn], data: BeirDataset, progress: bool = False, k: int = K
) -> dict[str, Report]:
    """Score every variant on an external BEIR dataset."""
    return {
        name: harness.run_beir(data, fn, k=k, progress=progress, metadata={"variant": name})
        for name, fn in fns.items()
    }
