"""Lay questions: the shipped data is sound, parsing fails clearly, and the questions
rank (and are filtered, persisted and invalidated) like the other methods."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from assistant.corpus.store import Corpus, load_articles
from assistant.retrieval import indexing, store
from assistant.retrieval.config import IndexConfig, SearchConfig
from assistant.retrieval.hybrid import HybridRetriever
from assistant.retrieval.lay import (
    LayError,
    LayIndex,
    LayQuestions,
    first_per_row,
    load_lay,
    parse_lay,
)
from tests.retrieval.conftest import FakeEmbedder


def test_parse_keeps_order_and_normalises_spaces():
    lay = parse_lay(
        '["cpl:36"]\nq = ["who  sends\\nduty lawyers?", "b"]\n["spp-rules:26"]\nq = ["c"]'
    )
    assert lay.keys == ("cpl:36", "cpl:36", "spp-rules:26")
    assert lay.texts == ("who sends duty lawyers?", "b", "c")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('["cpl:36"\nq = ["a"]', "not valid TOML"),
        ('["cpl:36"]\nquestions = ["a"]', "needs a 'law:article' key and a list q"),
        ('["cpl36"]\nq = ["a"]', "needs a 'law:article' key"),
        ('["cpl:36"]\nq = []', "needs a 'law:article' key and a list q"),
        ('["cpl:36"]\nq = ["  "]', "empty or non-text question"),
        ('["cpl:36"]\nq = [3]', "empty or non-text question"),
    ],
)
def test_malformed_files_are_named_in_the_error(text, message):
    with pytest.raises(LayError, match=re.escape(message)) as err:
        parse_lay(text, "x.toml")
    assert "x.toml" in str(err.value)


def test_an_article_in_two_files_is_an_error(tmp_path: Path):
    (tmp_path / "a.toml").write_text('["cpl:36"]\nq = ["a"]')
    (tmp_path / "b.toml").write_text('["cpl:36"]\nq = ["b"]')
    with pytest.raises(LayError, match=re.escape("cpl:36 is also in a.toml")):
        load_lay(tmp_path)


def test_digest_changes_with_any_question():
    a = LayQuestions(("cpl:36",), ("who sends duty lawyers?",))
    assert a.digest() == LayQuestions(("cpl:36",), ("who sends duty lawyers?",)).digest()
    assert a.digest() != LayQuestions(("cpl:36",), ("who sends duty lawyers",)).digest()
    assert a.digest() != LayQuestions(("cpl:39",), ("who sends duty lawyers?",)).digest()


def test_shipped_questions_cover_every_article_and_name_only_real_ones():
    lay = load_lay()
    keys = set()
    for a in load_articles():
        keys.add(f"{a.law}:{a.article}" if a.article is not None else f"{a.law}:p{a.passage}")
    counts = {k: lay.keys.count(k) for k in set(lay.keys)}
    assert set(counts) - keys == set(), "questions for articles that do not exist"
    assert keys - set(counts) == set(), "articles without questions"
    assert min(counts.values()) >= 2
    assert len(set(lay.texts)) == len(lay.texts), "a question is repeated"
    assert max(len(t.split()) for t in lay.texts) <= 40


def _retriever(questions: LayQuestions, tiny_corpus: Corpus, config: SearchConfig | None = None):
    emb = FakeEmbedder()
    base = HybridRetriever.build(tiny_corpus, emb, index_config=IndexConfig(lay_questions=False))
    rows = [
        next(i for i, c in enumerate(base.chunks) if c.article_key == k) for k in questions.keys
    ]
    lay = LayIndex.build(questions.texts, emb.encode(questions.texts), rows, 1.2, 0.75, 7)
    return HybridRetriever(base.corpus, base.chunks, base.bm25, base.dense, emb, config, lay)


def test_a_question_in_users_words_ranks_its_article(tiny_corpus):
    qs = LayQuestions(("spp-rules:26", "cpl:36"),
                      ("boss said no to swapping the biased prosecutor, can I fight it",
                       "is there a free lawyer at the lockup"))  # fmt: skip
    r = _retriever(qs, tiny_corpus)
    hits = r.search("free lawyer lockup", k=3)
    assert (hits[0].law, hits[0].article) == ("cpl", 36)
    assert "lay-bm25" in hits[0].scores and "lay-dense" in hits[0].scores
    assert "lockup" not in hits[0].text  # ranks only: the hit shows the article itself
    off = replace(SearchConfig(), lay_weights=(0.0, 0.0))
    assert "lay-bm25" not in _retriever(qs, tiny_corpus, off).search("free lawyer lockup")[0].scores
    # An instrument filter applies to the lay rankings too.
    assert all(h.law == "spp-rules" for h in r.search("free lawyer lockup", 3, ["spp-rules"]))


def test_lay_index_is_persisted_verified_and_invalidated(tmp_path, tiny_corpus, monkeypatch):
    qs = LayQuestions(("spp-rules:83",), ("when do they have to tell the family",))
    monkeypatch.setattr(indexing, "load_lay", lambda: qs)
    index = tmp_path / "index"
    built = HybridRetriever.build(tiny_corpus, FakeEmbedder(), index)
    assert (index / "current" / "lay" / "rows.npy").is_file()
    loaded = HybridRetriever.load(tiny_corpus, FakeEmbedder(), index)
    assert loaded.lay is not None and np.array_equal(loaded.lay.rows, built.lay.rows)
    edited = LayQuestions(qs.keys, ("when must the family be told",))
    monkeypatch.setattr(indexing, "load_lay", lambda: edited)
    with pytest.raises(store.IndexProblem, match="different params"):
        HybridRetriever.load(tiny_corpus, FakeEmbedder(), index)


@pytest.mark.slow
def test_real_model_finds_each_sampled_question_article(real_retriever):
    lay = load_lay()
    for i in range(0, len(lay.texts), 97):  # about a dozen, spread over all files
        top = [f"{h.law}:{h.article}" for h in real_retriever.search(lay.texts[i], k=5)]
        key = lay.keys[i]
        assert key.startswith("guide:") or key in top, (lay.texts[i], key, top)


def test_rows_are_first_per_row_of_the_filtered_hits() -> None:
    """`LayIndex._to_rows` (one loop) against the generators it replaced."""
    rng = random.Random(5)
    for _ in range(500):
        rows = [rng.randrange(12) for _ in range(30)]
        lay = LayIndex.__new__(LayIndex)
        lay._row_list = rows
        hits = [(rng.randrange(30), rng.random()) for _ in range(rng.randrange(40))]
        keep = rng.choice([None, [(0, 4)], [(8, 12), (2, 5)], []])
        depth = rng.randrange(0, 8)
        mapped = ((rows[i], s) for i, s in hits)
        if keep is not None:
            mapped = ((r, s) for r, s in mapped if any(lo <= r < hi for lo, hi in keep))
        assert lay._to_rows(hits, depth, keep) == first_per_row(mapped, depth)
