"""Quality ablations on the dev split: what each retrieval ingredient adds.

    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.ablation            # dev split (tuning)
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.ablation --final    # + test split, once

Indexes are built in memory (never written to index/); chunk and query embeddings
are cached per text, so a sweep costs one embedding pass per distinct text.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from assistant.corpus.store import Corpus, load_articles
from assistant.retrieval.config import Aggregate, Expansion, Fusion, IndexConfig, SearchConfig
from assistant.retrieval.dense import Embedder, SentenceEmbedder
from assistant.retrieval.hybrid import HybridRetriever
from assistant.settings import default_model
from bench.evalset import QA_PATH, Case, evaluate, fmt, load_cases, product_query

log = logging.getLogger(__name__)
KINDS = ("ALL", "rights", "research", "deadline", "eligibility", "lookup", "followup",
         "adversarial")  # fmt: skip


class CachingEmbedder:
    """Memoises another embedder's vectors per text (the sweep re-asks the same texts)."""

    def __init__(self, inner: Embedder) -> None:
        self.inner, self.dim, self.model_id = inner, inner.dim, inner.model_id
        self.vocabulary = getattr(inner, "vocabulary", frozenset())
        self._cache: dict[str, np.ndarray] = {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        todo = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if todo:
            self._cache.update(zip(todo, self.inner.encode(todo), strict=True))
        return np.stack([self._cache[t] for t in texts])


PRODUCT = "final, as the assistant sends them (injections dropped, foreign terms bridged, follow-ups rewritten)"
JOINED = "final, cleaned questions, follow-ups = earlier user turns + question"
BASE = SearchConfig()
IBASE = IndexConfig()
OFF, MERGE, SEP = Expansion.OFF, Expansion.MERGE, Expansion.SEPARATE
# Each row switches one ingredient of the final configuration off or to an alternative.
VARIANTS: dict[str, tuple[IndexConfig, SearchConfig]] = {
    "final (defaults)": (IBASE, BASE),
    "naive: chunks without headings, BM25 on whole stems, dense, RRF k=60, nothing else": (
        replace(
            IBASE, context_in_bm25=False, context_in_dense=False, prefix=0, lay_questions=False
        ),
        replace(
            BASE,
            glossary=False,
            lookup=False,
            spelling=False,
            prior=0.0,
            period_prior=0.0,
            remedy_prior=0.0,
            rrf_k=60,
            weights=(1.0, 1.0),
            lay_weights=(0.0, 0.0),
        ),
    ),
    "− query adapter (retrieval/adapter.py)": (IBASE, replace(BASE, adapter=False)),
    "− lay questions (retrieval/lay/*.toml)": (IBASE, replace(BASE, lay_weights=(0.0, 0.0))),
    "lay questions BM25 only": (IBASE, replace(BASE, lay_weights=(BASE.lay_weights[0], 0.0))),
    "lay questions dense only": (IBASE, replace(BASE, lay_weights=(0.0, BASE.lay_weights[1]))),
    "lay question weights 0.2": (IBASE, replace(BASE, lay_weights=(0.2, 0.2))),
    "lay question weights 0.6": (IBASE, replace(BASE, lay_weights=(0.6, 0.6))),
    "− exact reference lookup": (IBASE, replace(BASE, lookup=False)),
    "− glossary": (IBASE, replace(BASE, glossary=False)),
    "glossary to BM25 only": (IBASE, replace(BASE, dense_expansion=OFF)),
    "glossary as separate BM25 ranking": (IBASE, replace(BASE, bm25_expansion=SEP)),
    "glossary as separate BM25 and dense rankings": (
        IBASE,
        replace(BASE, bm25_expansion=SEP, dense_expansion=SEP),
    ),
    "− instrument prior": (IBASE, replace(BASE, prior=0.0)),
    "instrument prior 1.0": (IBASE, replace(BASE, prior=1.0)),
    "− the Law in the instrument prior": (IBASE, replace(BASE, prior_law=False)),
    "− spelling repair": (IBASE, replace(BASE, spelling=False)),
    "− period prior (time questions favour articles stating a period)": (
        IBASE,
        replace(BASE, period_prior=0.0),
    ),
    "period prior 0.1": (IBASE, replace(BASE, period_prior=0.1)),
    "period prior 0.3": (IBASE, replace(BASE, period_prior=0.3)),
    "− remedy prior (recourse questions favour articles stating a remedy)": (
        IBASE,
        replace(BASE, remedy_prior=0.0),
    ),
    "− headings as context (BM25 and dense)": (
        replace(IBASE, context_in_bm25=False, context_in_dense=False),
        BASE,
    ),
    "− heading in dense text only": (replace(IBASE, context_in_dense=False), BASE),
    "− heading in BM25 text only": (replace(IBASE, context_in_bm25=False), BASE),
    "− prefix-7 stems (whole Snowball stems)": (replace(IBASE, prefix=0), BASE),
    "chunk size 100 words": (replace(IBASE, max_words=100), BASE),
    "chunk size 140 words": (replace(IBASE, max_words=140), BASE),
    "BM25 k1=1.5, b=0.9": (replace(IBASE, k1=1.5, b=0.9), BASE),
    "RRF k=60 (paper default)": (IBASE, replace(BASE, rrf_k=60)),
    "RRF k=30": (IBASE, replace(BASE, rrf_k=30)),
    "RRF equal weights (1, 1)": (IBASE, replace(BASE, weights=(1.0, 1.0))),
    "RRF weights (1, 0.5)": (IBASE, replace(BASE, weights=(1.0, 0.5))),
    "weighted score fusion (1, 0.5), min-max": (
        IBASE,
        replace(BASE, fusion=Fusion.WEIGHTED, weights=(1.0, 0.5)),
    ),
    "weighted score fusion (1, 1), min-max": (
        IBASE,
        replace(BASE, fusion=Fusion.WEIGHTED, weights=(1.0, 1.0)),
    ),
    "article score = sum of its chunks": (IBASE, replace(BASE, aggregate=Aggregate.SUM)),
    "depth 20 per method": (IBASE, replace(BASE, depth=20)),
    "depth 100 per method": (IBASE, replace(BASE, depth=100)),
    "BM25 only": (IBASE, replace(BASE, use_dense=False)),
    "dense only": (IBASE, replace(BASE, use_bm25=False)),
}


def product_cases(split: str) -> list[Case]:
    """The cases as the assistant sends them to retrieval: the cleaned question, and for
    follow-ups the product's own rewrite against the conversation (assistant.answer.followup),
    instead of bench.evalset's plain concatenation of the earlier user turns."""
    from assistant.answer.followup import normalise_history, rewrite

    out = []
    for line in QA_PATH.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else None
        if not row or row["split"] != split or not row["gold"]:
            continue
        query = rewrite(product_query(row["question"]), normalise_history(row.get("history")))
        gold = tuple((g["law"], int(g["article"])) for g in row["gold"])
        out.append(Case(row["id"], row["kind"], query, gold))
    return out


def run(
    cases: list[Case], embedder: Embedder, variants: dict[str, tuple[IndexConfig, SearchConfig]]
) -> list[str]:
    corpus = Corpus(load_articles())
    built: dict[IndexConfig, HybridRetriever] = {}
    lines = ["| variant | " + " | ".join(KINDS) + " |", "|---" * (len(KINDS) + 1) + "|"]
    print(*lines, sep="\n")
    for name, (icfg, scfg) in variants.items():
        if icfg not in built:
            built[icfg] = HybridRetriever.build(corpus, embedder, index_config=icfg)
        r = built[icfg]
        r.config = scfg
        scores = evaluate(cases, lambda q, r=r: [(h.law, h.article) for h in r.search(q, 10)])
        lines.append(f"| {name} | {fmt(scores, KINDS)} |")
        print(lines[-1], flush=True)
    return lines


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--final", action="store_true", help="also score the test split (once)")
    p.add_argument("--only", nargs="*", help="variant names to run")
    args = p.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    embedder = CachingEmbedder(SentenceEmbedder(default_model()))
    variants = VARIANTS
    if args.only:
        variants = {n: v for n, v in variants.items() if n in args.only}
    dev = load_cases("dev")
    print(f"dev: {len(dev)} questions with gold articles; cells are R@5 / MRR@10")
    run(dev, embedder, variants)
    as_sent = {PRODUCT: VARIANTS["final (defaults)"]}
    print("dev, questions as the assistant sends them to retrieval:")
    run(product_cases("dev"), embedder, as_sent)
    print("dev, the same but every earlier user turn prepended (no follow-up rewriting):")
    run(load_cases("dev", as_product=True), embedder, {JOINED: VARIANTS["final (defaults)"]})
    if args.final:
        test = load_cases("test")
        print(f"test: {len(test)} questions")
        run(test, embedder, {n: v for n, v in variants.items() if n.startswith(("final", "naive"))})
        run(product_cases("test"), embedder, as_sent)


if __name__ == "__main__":
    main()
