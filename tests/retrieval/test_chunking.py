"""Chunks: one per article, long articles split at paragraph boundaries, stable ids."""

from __future__ import annotations

from assistant.retrieval.chunking import chunk_article, chunk_corpus, context_line, split_body
from tests.retrieval.conftest import TINY, art


def test_one_chunk_per_short_article_with_stable_ids() -> None:
    chunks = chunk_corpus(TINY)
    assert len(chunks) == len(TINY)
    ids = [c.chunk_id for c in chunks]
    assert "spp-rules:83#0" in ids and "guide:p1#0" in ids
    assert ids == [c.chunk_id for c in chunk_corpus(tuple(reversed(TINY)))]  # input order
    assert len(set(ids)) == len(ids)


def test_chunks_are_grouped_by_instrument_in_registry_order() -> None:
    laws = [c.law for c in chunk_corpus(TINY)]
    assert laws == sorted(laws, key=["cpl", "guide", "spp-rules", "spp-juvenile",
                                     "mps-procedures"].index)  # fmt: skip


def test_long_article_splits_at_paragraph_boundaries_and_keeps_context() -> None:
    a = art("spp-rules", 83, *[f"Paragraph {i} " + "word " * 30 for i in range(5)],
            chapter="Chapter IV Compulsory measures", section="Section IV Detention")  # fmt: skip
    chunks = chunk_article(a, max_words=70)
    assert [c.chunk_id for c in chunks] == ["spp-rules:83#0", "spp-rules:83#1", "spp-rules:83#2"]
    for c in chunks:
        assert (
            c.context
            == "SPP Rules Article 83 — Chapter IV Compulsory measures / Section IV Detention"
        )
        assert c.text.startswith(c.context + "\n")
        assert all(p.startswith("Paragraph") for p in c.body.split("\n"))  # whole paragraphs
        assert c.body in a.text
        assert c.article_key == "spp-rules:83"
    assert "\n".join(c.body for c in chunks) == a.text


def test_an_overlong_paragraph_is_cut_between_sentences() -> None:
    para = " ".join(f"Sentence {i} has five words." for i in range(20))  # 100 words
    parts = split_body((para,), max_words=30)
    assert len(parts) == 4
    assert all(p.endswith(".") and len(p.split()) <= 30 for p in parts)
    assert " ".join(parts) == para


def test_a_sentence_longer_than_the_window_is_cut_between_words() -> None:
    parts = split_body(("x " * 99 + "x",), max_words=40)
    assert [len(p.split()) for p in parts] == [40, 40, 20]


def test_context_line_for_explainer_passages() -> None:
    assert context_line(art("guide", None, "text", passage=2)) == "Guide explainer"
