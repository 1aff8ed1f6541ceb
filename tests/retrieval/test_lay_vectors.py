"""Shipped lay-question vectors: current, real, and ignored when they do not fit."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.retrieval import lay_vectors
from assistant.retrieval.dense import model_fingerprint
from assistant.retrieval.lay import load_lay
from assistant.settings import default_model
from tests.retrieval.conftest import FakeEmbedder


def test_shipped_file_covers_every_question_for_the_packaged_model():
    have = lay_vectors.shipped(model_fingerprint(default_model()))
    missing = [t for t in load_lay().texts if t not in have]
    assert not missing, (
        f"{len(missing)} lay questions lack shipped vectors; regenerate with "
        "`HF_HUB_OFFLINE=1 .venv/bin/python -m assistant.retrieval.lay_vectors`"
    )


def test_another_model_or_a_damaged_file_embeds_everything(tmp_path):
    emb = FakeEmbedder()
    texts = ("who tells my family", "can I see a lawyer")
    path = tmp_path / "vectors.npz"
    lay_vectors.write(emb, texts, path)
    assert set(lay_vectors.shipped(emb.model_id, path)) == set(texts)
    assert lay_vectors.shipped("another-model", path) == {}
    before = emb.calls
    got = lay_vectors.embed_questions(emb, texts, path)
    assert emb.calls == before  # every text came from the file
    assert np.allclose(got, emb.encode(list(texts)), atol=1e-3)
    path.write_bytes(b"not a zip")
    assert lay_vectors.shipped(emb.model_id, path) == {}
    assert np.allclose(lay_vectors.embed_questions(emb, texts, path), emb.encode(list(texts)))
    assert lay_vectors.embed_questions(emb, (), path).shape == (0, emb.dim)


def test_only_questions_missing_from_the_file_are_embedded(tmp_path):
    emb = FakeEmbedder()
    path = tmp_path / "vectors.npz"
    lay_vectors.write(emb, ("who tells my family",), path)
    seen: list[str] = []
    real = emb.encode
    emb.encode = lambda texts: seen.extend(texts) or real(texts)  # type: ignore[method-assign]
    lay_vectors.embed_questions(emb, ("who tells my family", "a new question"), path)
    assert seen == ["a new question"]


@pytest.mark.slow
def test_shipped_vectors_are_the_models_own(real_embedder):
    lay = load_lay()
    have = lay_vectors.shipped(real_embedder.model_id)
    sample = list(lay.texts[::111])
    fresh = real_embedder.encode(sample)
    for text, vec in zip(sample, fresh, strict=True):
        assert float(np.dot(have[text], vec)) > 0.999, text
