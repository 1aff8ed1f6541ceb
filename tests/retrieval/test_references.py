"""Exact reference parsing: many phrasings, instrument aliases, ranges, non-articles."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.retrieval.references import Reference, find_references, mentioned_laws

CASES = [
    ("Article 83 of the SPP Rules", [("spp-rules", 83)]),
    ("SPP Rules art. 83", [("spp-rules", 83)]),
    ("art.83 spp", [("spp-rules", 83)]),
    ("MPS art. 163", [("mps-procedures", 163)]),
    ("Article 163 of the MPS provisions", [("mps-procedures", 163)]),
    ("Public Security procedures article 7", [("mps-procedures", 7)]),
    ("rule 37 procuratorate", [("spp-rules", 37)]),
    ("Procuratorate Rules Art. 110", [("spp-rules", 110)]),
    ("juvenile provisions article 25", [("spp-juvenile", 25)]),
    ("Article 34 of the procuratorate's juvenile provisions", [("spp-juvenile", 34)]),
    ("the twenty-fifth article of the juvenile provisions", [("spp-juvenile", 25)]),
    ("the 14th article of the Criminal Procedure Law", [("cpl", 14)]),
    ("Criminal Procedure Law article 176", [("cpl", 176)]),
    ("what is article five of the mps", [("mps-procedures", 5)]),
    ("Decree No. 35 article 12", [("mps-procedures", 12)]),
    ("§ 12 police", [("mps-procedures", 12)]),
    ("第83条", [(None, 83)]),
    ("Article 83", [(None, 83)]),
    ("arts. 80-83 SPP", [("spp-rules", n) for n in (80, 81, 82, 83)]),
    ("articles 83 and 85 of the spp rules", [("spp-rules", 83), ("spp-rules", 85)]),
    ("Art 127/128 extensions (MPS)", [("mps-procedures", 127), ("mps-procedures", 128)]),
    (
        "Compare SPP Rules art. 83 with MPS Article 109",
        [("spp-rules", 83), ("mps-procedures", 109)],
    ),
    ("SPP Rules 1999 article 83", [("spp-rules", 83)]),  # an edition year is no article
    ("Article 999 of the SPP Rules", [("spp-rules", 999)]),  # parsed; existence is checked later
    # the assistant's own citation tags: the instrument inside the brackets wins over a
    # nearer one outside (the next tag's, or a quote's "procuratorate")
    (
        "[SPP Rules, Art. 83] and [MPS Provisions, Art. 103] [SPP Juvenile Provisions, Art. 40]",
        [("spp-rules", 83), ("mps-procedures", 103), ("spp-juvenile", 40)],
    ),
    ("> “…” [MPS Provisions, Art. 103]\n> “The procuratorate shall…”", [("mps-procedures", 103)]),
    ("detention (SPP Art 83) and police bail", [("spp-rules", 83)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_phrasings(text: str, expected: list[tuple[str | None, int]]) -> None:
    assert find_references(text) == [Reference(law, n) for law, n in expected]


@pytest.mark.parametrize(
    "text",
    ["the cops took my brother, when do they have to tell us?", "bail for 12 months",
     "time limit for reconsideration of a no-filing decision", "", "Article", "§"],
)  # fmt: skip
def test_no_reference_in_ordinary_questions(text: str) -> None:
    assert find_references(text) == []


def test_mentioned_laws_prefers_the_specific_instrument() -> None:
    assert mentioned_laws("the procuratorate's juvenile provisions") == ["spp-juvenile"]
    assert mentioned_laws("police and procuratorate") == ["mps-procedures", "spp-rules"]
    assert mentioned_laws("weather tomorrow") == []


def test_huge_input_is_bounded() -> None:
    assert find_references("x " * 100_000 + "Article 83 of the SPP Rules") == []


WORDS = ["art", "article", "ARTICLE", "Articles", "rule", "spp", "mps", "83", "٣", "８", "第",
         "条", "the", "12th", "twenty-fifth", "§", "-", ",", "juvenile", "(", "]", "arts."]  # fmt: skip


@given(st.lists(st.sampled_from(WORDS), max_size=10).map(" ".join))
def test_texts_without_a_digit_article_or_di_cite_nothing(text: str) -> None:
    """find_references returns at once when a text has none of what its number patterns
    need (a digit, "article" or 第): then those patterns find nothing either."""
    from assistant.retrieval import references

    if not references._MAY_CITE.search(text):
        assert references._numbers(text) == []
        assert find_references(text) == []
    assert find_references("第８３条") == [Reference(None, 83)]  # any digit passes the filter
