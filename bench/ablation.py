"""Quality ablations on the dev split: what each retrieval ingredient adds.

    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.ablation            # dev split (tuning)
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.ablation --final    # + test split, once

Indexes are built in memory (never written to index/); chunk and query embeddings
are cached per text, so a sweep costs one embedding pass per distinct text.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from assistant.corpus.store import Corpus, load_articles
from assistant.retrieval.config import IndexConfig, SearchConfig
from assistant.retrieval.dense import Embedder, SentenceEmbedder
from assistant.retrieval.hybrid import HybridRetriever
from assistant.settings import default_model
from bench.evalset import Case, evaluate, fmt, load_cases

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


BASE = SearchConfig()
SEARCH_VARIANTS: dict[str, SearchConfig] = {
    "default": BASE,
    "bm25 only": replace(BASE, use_dense=False),
    "dense only": replace(BASE, use_bm25=False),
    "no glossary": replace(BASE, glossary=False),
    "no lookup": replace(BASE, lookup=False),
}
INDEX_VARIANTS: dict[str, IndexConfig] = {"default": IndexConfig()}


def run(
    cases: list[Case], embedder: Embedder, variants: dict[str, tuple[IndexConfig, SearchConfig]]
) -> list[str]:
    corpus = Corpus(load_articles())
    built: dict[IndexConfig, HybridRetriever] = {}
    lines = ["| variant | " + " | ".join(KINDS) + " |", "|---" * (len(KINDS) + 1) + "|"]
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
    embedder = CachingEmbedder(SentenceEmbedder(default_model()))
    variants = {f"{n}": (IndexConfig(), s) for n, s in SEARCH_VARIANTS.items()}
    variants |= {f"index: {n}": (i, BASE) for n, i in INDEX_VARIANTS.items() if n != "default"}
    if args.only:
        variants = {n: v for n, v in variants.items() if n in args.only}
    dev = load_cases("dev")
    print(f"dev: {len(dev)} questions with gold articles; cells are R@5 / MRR@10")
    run(dev, embedder, variants)
    if args.final:
        test = load_cases("test")
        print(f"test: {len(test)} questions")
        run(test, embedder, {n: v for n, v in variants.items() if n == "default"})


if __name__ == "__main__":
    main()
