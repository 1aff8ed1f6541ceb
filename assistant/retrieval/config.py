"""Retrieval settings: what the index is built from, and how a search ranks.

Defaults are the measured best on the evaluation set's dev split; every ingredient's
effect is recorded in bench/README.md (ablation table).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum

from assistant.retrieval.chunking import MAX_WORDS
from assistant.retrieval.tokenize import PREFIX


class Fusion(StrEnum):
    """How the per-method rankings are combined (see fusion.py)."""

    RRF = "rrf"
    WEIGHTED = "weighted"


class Aggregate(StrEnum):
    """How the chunks of one article make the article's score."""

    MAX = "max"
    SUM = "sum"


class Expansion(StrEnum):
    """What one retriever does with the glossary's corpus terms: ignore them, append
    them to the query, or run the expanded query as an extra ranking to fuse."""

    OFF = "off"
    MERGE = "merge"
    SEPARATE = "separate"


@dataclass(frozen=True)
class IndexConfig:
    """Index-time choices; saved in the manifest, so changing one forces a rebuild."""

    max_words: int = MAX_WORDS  # chunk size (words) before an article is split
    context_in_bm25: bool = True  # index the instrument/article/heading line for BM25
    context_in_dense: bool = True  # embed the heading line with the body
    prefix: int = PREFIX  # BM25 terms: stems cut to this many characters (0 = whole stems)
    # fp32: IndexFlatIP, exact scan; auto: the same file, scanned compactly (8-bit shortlist,
    # exact fp32 scores: dense_compact.py) from 10,000 chunks; fp16: half-precision scan
    dense_precision: str = "auto"
    k1: float = 1.2  # BM25 term-frequency saturation
    b: float = 0.75  # BM25 length normalisation
    lay_questions: bool = True  # index lay/*.toml questions beside the chunks (lay.py)
    query_adapter: bool = True  # map queries for the chunk dense ranking (adapter.py)

    def to_dict(self) -> dict[str, object]:
        """The manifest's parameters. `dense_precision` says how the vectors are stored:
        "auto" stores the same exact IndexFlatIP as "fp32" (its compact scan is derived at
        load, never saved), so either loads an index built with the other."""
        stored = "fp32" if self.dense_precision == "auto" else self.dense_precision
        return {**asdict(self), "dense_precision": stored, "bm25_method": "lucene"}


@dataclass(frozen=True)
class SearchConfig:
    """Query-time knobs.

    Example:
        >>> retriever.config = SearchConfig(prior=0.0)  # no instrument prior
    """

    depth: int = 50  # candidates taken from each method before fusion
    fusion: Fusion = Fusion.RRF
    rrf_k: int = 10  # Cormack et al. 2009 use 60; 10 measured better here (top-heavy)
    weights: tuple[float, float] = (1.0, 0.65)  # (bm25, dense)
    glossary: bool = True
    bm25_expansion: Expansion = Expansion.MERGE
    dense_expansion: Expansion = Expansion.MERGE
    glossary_weight: float = 1.0  # weight of each extra expanded ranking (SEPARATE)
    prior: float = 0.5  # boost (1 + prior) for the instrument the query's words point at
    # a body's wording (police, prosecutors, minors) also points at the Law every body
    # applies: without this the CPL article that answers lost to a rule of the hinted
    # instrument (dev rights MRR 0.773 -> 0.781, no kind lower)
    prior_law: bool = True
    period_prior: float = 0.2  # boost for articles stating a period, on time questions
    remedy_prior: float = 0.2  # boost for articles stating a remedy, on recourse questions
    lay_weights: tuple[float, float] = (0.4, 0.4)  # (BM25, dense) over lay questions; 0 = off
    lay_depth: int = 20  # articles per lay ranking (50 measured the same on dev, 0.1 ms slower)
    aggregate: Aggregate = Aggregate.MAX
    use_bm25: bool = True
    use_dense: bool = True
    adapter: bool = True  # chunk dense ranking by the index's query adapter, if it has one
    lookup: bool = True  # exact article references first
    spelling: bool = True  # repair words one typo away from a corpus word
