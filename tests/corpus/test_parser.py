"""Golden tests for every known trap in the source texts, plus coverage and determinism."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.corpus.build import (
    CorpusError,
    build_corpus,
    check_corpus,
    parse_corpus,
    read_source,
)
from assistant.corpus.cleaning import BOILERPLATE
from assistant.corpus.headings import parse_heading
from assistant.corpus.instruments import EXPECTED_RANGES
from assistant.corpus.store import Corpus, load_articles

BUILT = parse_corpus()
CORPUS = Corpus(BUILT.articles)


@pytest.mark.parametrize(
    ("law", "number", "starts"),
    [
        # ordinal headers
        ("spp-juvenile", 25, "juvenile criminal suspects in custody meet"),
        ("spp-juvenile", 28, "decision not to prosecute shall be announced"),
        ("spp-juvenile", 49, "conditional non-prosecution cases, within six months"),
        ("spp-rules", 114, "should be arrested and the investigation department"),
        # bare numbers
        ("mps-procedures", 164, "For cases where the people's Procuratorate requires"),
        ("mps-procedures", 25, "Where a person in charge of a public security organ"),
        ("spp-rules", 110, "The people's procuratorate's examination and arrest department"),
        ("spp-rules", 160, "Question the witness"),
        # number inside the first sentence (the number itself is header, not text)
        ("spp-rules", 17, "The cases over which people's procuratorates have jurisdiction"),
        (
            "spp-rules",
            9,
            "When other major criminal cases committed by the functionaries of state organs",
        ),
        (
            "mps-procedures",
            7,
            "When conducting criminal proceedings, the public security organs shall",
        ),
        # spelled-out number
        ("mps-procedures", 3, "basic functions and powers of public security organs"),
        # two articles on one line
        ("spp-rules", 152, "In cases involving state secrets, where a lawyer proposes"),
        ("spp-rules", 69, "The people's Procuratorate shall decide to place a criminal suspect"),
        # out-of-sequence header ("Article 13" standing where 33 belongs)
        ("mps-procedures", 33, "Whether the person in charge of the public security organ"),
        # no header at all
        ("spp-rules", 3, "In handling criminal cases, the people's procuratorates shall strictly"),
        ("spp-rules", 4, "The handling of criminal cases by the people's procuratorates"),
        ("mps-procedures", 8, "Public security organs handling criminal cases must attach"),
        (
            "mps-procedures",
            9,
            "In handling criminal cases, the public security organs shall guarantee",
        ),
        # ordinary headers stay ordinary
        (
            "spp-rules",
            83,
            "The period of detention of a criminal suspect by a people's procuratorate",
        ),
        ("cpl", 175, "Supplementary investigation of a case examined"),
        ("cpl", 39, "Defense lawyers may meet and communicate"),
    ],
)
def test_golden_article_starts(law: str, number: int, starts: str) -> None:
    art = CORPUS.get(law, number)
    assert art is not None, f"{law} {number} not parsed"
    assert art.text.startswith(starts), art.text[:120]


def test_run_together_article_does_not_keep_the_next_one() -> None:
    assert "Article 152" not in CORPUS.get("spp-rules", 151).text
    assert (
        CORPUS.get("spp-rules", 68).text.rstrip().endswith("fails to arrive at the hearing twice。")
    )


def test_out_of_sequence_header_keeps_original_article_13() -> None:
    assert CORPUS.get("mps-procedures", 13).text.startswith(
        "In accordance with international treaties"
    )
    assert "Article 13" in CORPUS.get("mps-procedures", 33).note


@pytest.mark.parametrize("law", sorted(EXPECTED_RANGES.keys() - {"cpl"}))
def test_every_number_present_or_explained(law: str) -> None:
    lo, hi = EXPECTED_RANGES[law]
    nums = set(CORPUS.numbers(law))
    explained = {m.article for r in BUILT.results.values() for m in r.missing if m.law == law}
    assert all(m.reason for r in BUILT.results.values() for m in r.missing)
    assert [n for n in range(lo, hi + 1) if n not in nums and n not in explained] == []
    assert len(CORPUS.by_law(law)) == len(nums), "duplicate article numbers"


def test_check_reports_no_unexplained_gaps() -> None:
    checks, removed, front = check_corpus(BUILT)
    assert all(not c.unexplained for c in checks)
    assert removed >= 15 and front >= 50  # the page furniture and the 002 table of contents


def test_cpl_and_guide_split() -> None:
    assert CORPUS.numbers("cpl") == (36, 39, 175, 176, 177)
    guide = CORPUS.by_law("guide")
    assert guide and all(a.article is None for a in guide)
    assert len({a.id for a in guide}) == len(guide)
    assert not any("Defense lawyers may meet" in a.text for a in guide)


def test_no_boilerplate_or_toc_in_article_text() -> None:
    for a in BUILT.articles:
        for para in a.paragraphs:
            assert not any(p.search(para) for p in BOILERPLATE), (a.id, para[:80])
            assert parse_heading(para) is None, (a.id, para)
            assert not re.search(r"0538-8259222|sdyishanlvshi|ICP|浏览文章|目 录", para)


def test_chapters_normalised() -> None:
    assert CORPUS.get("spp-rules", 20).chapter == "Chapter III Withdrawal"
    assert CORPUS.get("spp-rules", 83).section == "Section IV Detention"
    assert CORPUS.get("mps-procedures", 127).section == "Section VI Time Limits for Custody"
    assert CORPUS.get("spp-rules", 1).chapter == "Chapter I General rules"


def test_items_are_paragraphs() -> None:
    art = CORPUS.get("spp-rules", 37)
    assert len(art.paragraphs) == 8 and art.paragraphs[5].startswith(
        "(5) those who should be arrested"
    )


def test_line_spans_point_into_source() -> None:
    raw = {
        p.name: p.read_text(encoding="utf-8").splitlines() for p in Path("corpus/raw").glob("*.txt")
    }
    for a in BUILT.articles:
        lines = raw[a.source]
        assert 1 <= a.line_start <= a.line_end <= len(lines)
        assert a.paragraphs[-1][-30:] in "\n".join(lines[a.line_start - 1 : a.line_end])


def test_determinism_and_committed_file_current(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    build_corpus(a)
    build_corpus(b)
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() == Path("corpus/articles.jsonl").read_bytes(), (
        "run `legalqa corpus build`"
    )
    assert load_articles(a) == BUILT.articles


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "missing"), (b"", "empty"), (b"\x00\x01abc", "binary"), (b"caf\xe9 law", "UTF-8")],
)
def test_bad_source_files(tmp_path: Path, content: bytes | None, message: str) -> None:
    p = tmp_path / "002_x.txt"
    if content is not None:
        p.write_bytes(content)
    with pytest.raises(CorpusError, match=message) as e:
        read_source(p)
    assert str(p) in str(e.value)


def test_failed_build_leaves_previous_file(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for p in Path("corpus/raw").glob("*.txt"):
        (raw / p.name).write_bytes(p.read_bytes())
    out = tmp_path / "articles.jsonl"
    build_corpus(out, raw)
    before = out.read_bytes()
    next(raw.glob("004_*")).write_bytes(b"\xff\xfe bad")
    with pytest.raises(CorpusError, match="004_"):
        build_corpus(out, raw)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_long_section_heading_is_a_heading() -> None:
    assert CORPUS.get("spp-rules", 186).section.startswith("Section V Collection and seizure")
    assert CORPUS.get("spp-rules", 185).section == "Section IV Search"
