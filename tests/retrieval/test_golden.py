"""Golden queries with the real model and the real index (hand-written for this test,
not taken from the evaluation set): the right article must be in the top 5."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

GOLDEN = [
    ("the cops took my brother, when do they have to tell us?", "mps-procedures", 108),
    ("police arrested my husband last night, when must they let the family know", "mps-procedures", 125),
    ("prosecutors detained my uncle - how many days can they hold him", "spp-rules", 83),
    ("procuratorate detention: notice to the family within 24 hours", "spp-rules", 80),
    ("SPP Rules art. 83", "spp-rules", 83),
    ("MPS art. 163", "mps-procedures", 163),
    ("rule 37 procuratorate", "spp-rules", 37),
    ("juvenile provisions article 25", "spp-juvenile", 25),
    ("the victim's complaint was refused and the procuratorate will not file a case; what "
     "does the notice of not filing have to say", "spp-rules", 134),
    ("how soon must the police question someone after they detain him", "mps-procedures", 107),
    ("my teenage son got 2 years in prison, will his criminal record be sealed?", "spp-juvenile", 62),
    ("state secrets case: how long do the police have to decide on hiring a lawyer", "mps-procedures", 41),
    ("does the investigation stop while he is out on bail with the procuratorate", "spp-rules", 57),
    ("who decides whether a police investigator must withdraw from the case", "mps-procedures", 28),
    # breaking a measure's conditions (glossary): without the bridge "conditions of his bail"
    # matched the bail-eligibility articles first and the violation articles left the top 5
    ("what happens if my son breaks the conditions of his bail?", "mps-procedures", 78),
    ("my dad skipped bail, what will the prosecutors do", "spp-rules", 53),
    # Chinese terms in an English question (hanzi.py): without the translation neither query
    # had its article in the top 5
    ("can my wife get 取保候审 while 哺乳期?", "mps-procedures", 63),
    ("can the 律师 meet my son in 看守所 without permission?", "mps-procedures", 46),
]  # fmt: skip


@pytest.mark.parametrize(("query", "law", "article"), GOLDEN)
def test_right_article_in_top_5(real_retriever, query: str, law: str, article: int) -> None:
    hits = real_retriever.search(query, k=5)
    assert (law, article) in [(h.law, h.article) for h in hits], [(h.law, h.article) for h in hits]


def test_nonexistent_article_is_not_replaced(real_retriever) -> None:
    lookup = real_retriever.lookup("Article 999 of the SPP Rules")
    assert not lookup.found and [(r.law, r.article) for r in lookup.missing] == [("spp-rules", 999)]
    hits = real_retriever.search("Article 999 of the SPP Rules", k=5)
    assert all("lookup" not in h.scores for h in hits)


@pytest.mark.parametrize("query", ["\ud800", "", "x" * 100_000, "\x00 bail"])
def test_hostile_text_reaches_the_real_model_safely(real_retriever, query: str) -> None:
    assert isinstance(real_retriever.search(query, k=3), list)


def test_every_chunk_fits_the_model_window(real_retriever, real_embedder) -> None:
    tok = real_embedder._model.tokenizer
    window = real_embedder._model.max_seq_length
    longest = max(len(tok(c.text)["input_ids"]) for c in real_retriever.chunks)
    assert longest <= window, f"a chunk has {longest} word pieces; the model reads {window}"
