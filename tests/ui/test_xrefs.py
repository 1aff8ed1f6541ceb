"""Cross-reference parsing: the shapes the translations use, editions, backlinks."""

from __future__ import annotations

import pytest

from assistant.corpus.store import DEFAULT_ARTICLES, Corpus, load_articles
from assistant.corpus.xrefs import backlinks, find_xrefs, outgoing
from tests.ui.conftest import art


def one(text: str, law: str = "spp-rules"):
    refs = find_xrefs(text, law)
    assert len(refs) == 1, refs
    return refs[0]


@pytest.mark.parametrize(
    ("text", "law", "target", "articles"),
    [
        ("under Article 37 of these Rules after examination", "spp-rules", "spp-rules", (37,)),
        (
            "Articles 127 and 128 of these Provisions,",
            "mps-procedures",
            "mps-procedures",
            (127, 128),
        ),
        (
            "the provisions of Article 86 of these provisions",
            "mps-procedures",
            "mps-procedures",
            (86,),
        ),
        ("Article 89 or 90 of these Rules", "spp-rules", "spp-rules", (89, 90)),
        (
            "Articles 62 to 65 of these Provisions.",
            "spp-juvenile",
            "spp-juvenile",
            (62, 63, 64, 65),
        ),
        ("Articles 141 to 142 of these Rules shall apply", "spp-rules", "spp-rules", (141, 142)),
        (
            "Articles 17, 18 and 19 of these Provisions",
            "spp-juvenile",
            "spp-juvenile",
            (17, 18, 19),
        ),
        ("specified in Article 16 of this Law", "cpl", "cpl", (16,)),
        ("Article 56 of this Law", "guide", "cpl", (56,)),
    ],
)
def test_recognised_shapes(text: str, law: str, target: str, articles: tuple[int, ...]) -> None:
    ref = one(text, law)
    assert (ref.law, ref.articles) == (target, articles)
    assert text[ref.start : ref.end] == ref.text
    for n, s, e in ref.spans:
        assert text[s:e] == str(n)


def test_cpl_reference_from_older_instrument_is_not_linked() -> None:
    """The 1999 SPP Rules cite the 1996 CPL; the corpus quotes 2018 numbering."""
    ref = one("comply with the provisions of Article 56 of the Criminal Procedure Law;")
    assert ref.law is None
    assert ref.articles == (56,)
    assert "1996" in ref.note and "2018" in ref.note


def test_cpl_reference_from_2018_text_is_linked() -> None:
    ref = one("Article 36 of the Criminal Procedure Law of the People's Republic of China", "cpl")
    assert ref.law == "cpl"


def test_paragraph_qualifiers() -> None:
    ref = one("governed by the provisions of paragraph 1 of Article 146 of these Rules")
    assert (ref.paragraph, ref.articles, ref.text[:9]) == (1, (146,), "paragraph")
    ref = one("the second paragraph of Article 173 of the Criminal Procedure Law", "spp-juvenile")
    assert ref.paragraph == 2 and ref.law is None and "2012" in ref.note


def test_other_instruments() -> None:
    ref = one("Cases of unlawful detention (Article 238 of the Criminal Law);")
    assert ref.law is None and ref.articles == (238,) and "Criminal Law" in ref.note
    # an instrument we do not know is left alone rather than guessed
    assert (
        find_xrefs("Article 2 of the High People's Procuratorate on Improving", "spp-rules") == ()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Article 32 In the course of investigation, the organ shall",  # a header, not a reference
        "within 10 days of these Rules being issued",
        "Article of these Rules",
        "",
    ],
)
def test_non_references(text: str) -> None:
    assert find_xrefs(text, "spp-rules") == ()


def test_long_ranges_are_not_expanded() -> None:
    ref = one("Articles 1 to 150 of these Rules")
    assert ref.articles == (1, 150)


def test_outgoing_and_backlinks() -> None:
    a39 = art("spp-rules", 39, "See Article 37 of these Rules and Article 39 of these Rules.")
    a63 = art(
        "spp-rules",
        63,
        "Under Article 37 of these Rules; see Article 56 of the Criminal Procedure Law.",
    )
    guide = art("guide", None, "Article 56 of this Law", passage=1)
    assert outgoing(a39) == (("spp-rules", 37),)  # self-reference dropped
    index = backlinks([a39, a63, guide])
    assert index == {("spp-rules", 37): (("spp-rules", 39), ("spp-rules", 63))}


@pytest.mark.skipif(not DEFAULT_ARTICLES.exists(), reason="corpus/articles.jsonl not built yet")
def test_real_corpus_references_resolve() -> None:
    """Most references in the real corpus point at articles it holds; none at the wrong CPL."""
    corpus = Corpus(load_articles())
    refs = [(a, r) for a in corpus.articles for r in find_xrefs(a.text, a.law)]
    assert len(refs) >= 40
    linked = [r for _, r in refs if r.law and all(corpus.exists(r.law, n) for n in r.articles)]
    assert len(linked) >= 20
    assert not [r for a, r in refs if r.law == "cpl" and a.law in ("spp-rules", "mps-procedures")]
    assert ("spp-rules", 39) in backlinks(corpus.articles)[("spp-rules", 37)]
