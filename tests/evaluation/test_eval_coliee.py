"""Differential check: `run_beir` reproduces the BM25 row published in the COLIEE README.

/work/shared/benchmarks/coliee-civil-code/README.md reports, for bm25s with the English
stemmer and stop words over article title + text on all 1,206 questions:
R@1 0.520, R@5 0.707, R@10 0.768, R@100 0.919, MRR@10 0.689, F2 (top-1) 0.528.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.evaluation import datasets, harness

COLIEE = Path("/work/shared/benchmarks/coliee-civil-code")
bm25s = pytest.importorskip("bm25s")
Stemmer = pytest.importorskip("Stemmer")


@pytest.mark.skipif(not COLIEE.exists(), reason="COLIEE benchmark not present")
def test_bm25_on_coliee_matches_published_numbers() -> None:
    data = datasets.load_beir(COLIEE)
    ids = list(data.corpus)
    stemmer = Stemmer.Stemmer("english")

    def tokens(texts: list[str]) -> object:
        return bm25s.tokenize(texts, stopwords="en", stemmer=stemmer, show_progress=False)

    model = bm25s.BM25()
    model.index(tokens([f"{d.title}\n{d.text}" for d in data.corpus.values()]), show_progress=False)

    def search(query: str) -> list[tuple[str, float]]:
        docs, scores = model.retrieve(tokens([query]), k=100, show_progress=False)
        return [(ids[i], float(s)) for i, s in zip(docs[0], scores[0], strict=True)]

    o = harness.run_beir(data, search, k=100).overall
    assert o["n"] == 1206
    published = {"recall@1": 0.520, "recall@5": 0.707, "recall@10": 0.768, "recall@100": 0.919}
    published |= {"mrr@10": 0.689, "f2": 0.528}
    for key, value in published.items():
        assert o[key] == pytest.approx(value, abs=5e-4), key
