"""PatternSet against the loop it replaces: one `search` per pattern (differential).

The glossary's own terms are checked in test_glossary_terms.py."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.corpus.store import load_articles
from assistant.retrieval.glossary import additions, load_glossary
from assistant.retrieval.lay import load_lay
from assistant.retrieval.pattern_set import PatternSet


def loop(patterns: list[re.Pattern[str]], text: str) -> list[int]:
    return [i for i, p in enumerate(patterns) if p.search(text)]


def test_finds_overlapping_nested_and_repeated_matches() -> None:
    pats = [re.compile(p) for p in (r"\bheld\b", r"\bhe\b", r"\bheld up\b", r"\bup\b",
                                    r"(?<!not )\bcharged\b", r"\bx?\b", r"\d+ days")]  # fmt: skip
    for text in ("he held up", "held up he", "not charged", "he was charged", "", "3 days",
                 "held", "uphe", "he held it up and he was not charged in 3 days"):  # fmt: skip
        assert PatternSet(pats).found(text) == loop(pats, text), text


def test_spreading_keys_what_it_can_and_searches_the_rest() -> None:
    pats = [re.compile(p) for p in (
        r"\b(?:(?:can'?t|cannot) afford|free (?:legal|help))\b",  # groups spread
        r"\b(?:(?:a |the )?cops?|(?:x|y)+z|\d+ days?)\b",  # optional; repeated; \d
        r"\b(?:\(1[0-7]\)|[ab]c|a|b|c)\b",  # an escaped mark keys; a class does not
        r"(?<!not )charged|x[|)]y\b",  # no leading \b: searched alone ("|" in a class)
        r"\b(?:insane(?<!that's insane)|in (?:jail|prison))\b",  # lookbehind; "in" twice
        r"\b(?:)\b|\bq\b",  # an empty alternative
        r"\bax\b", r"\ba[xy]\b",  # "a" then a class: tried wherever "a" is
    )]  # fmt: skip
    ps = PatternSet(pats)
    scan = ps._combined()
    assert scan is not None
    assert [i for i, _ in scan.unkeyed] == [1, 2, 3, 5]
    assert scan.starting["in"] == [4] and scan.starting["a"] == [2, 7]
    assert scan.starting["ax"] == [2, 6, 7] and "ab" not in scan.starting
    for text in ("i can't afford it", "cannot afford", "free help", "the cop", "a cops",
                 "xxyz", "3 days", "aged (15) then", "ac", "a", "he was charged",
                 "not charged", "x|y", "x)y", "that's insane", "it's in jail", "insane",
                 "", " ", "q", "cops in prison (17) freely", "ax", "ay"):  # fmt: skip
        assert ps.found(text) == loop(pats, text), text


def test_patterns_that_cannot_be_combined_are_searched_one_by_one() -> None:
    grouped = [re.compile(r"(a)\1"), re.compile(r"b")]  # a group: numbers would shift
    mixed = [re.compile("a", re.I), re.compile("b")]  # flags differ
    folded = [re.compile(r"\bcop\b", re.I), re.compile(r"\bbail\b", re.I)]
    for pats in (grouped, mixed, folded):
        ps = PatternSet(pats)
        assert ps._combined() is None
        for text in ("aa b", "A", "ab", "", "COP BAIL"):
            assert ps.found(text) == loop(pats, text)
    assert PatternSet([]).found("anything") == []


WORDS = ["he", "held", "hold", "up", "cop", "cops", "bail", "out", "let", "him", "go"]
ALTS = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)
PATTERN = st.lists(ALTS, min_size=1, max_size=3).map(lambda a: rf"\b(?:{'|'.join(a)})s?\b")
TEXT = st.lists(st.sampled_from([*WORDS, "x", ",", "  "]), max_size=14).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(PATTERN, min_size=1, max_size=8), st.lists(TEXT, min_size=1, max_size=5))
def test_same_as_one_search_per_pattern(patterns: list[str], texts: list[str]) -> None:
    pats = [re.compile(p) for p in patterns]
    ps = PatternSet(pats)
    for text in texts:
        assert ps.found(text) == loop(pats, text)


def test_glossary_terms_found_as_by_the_per_pattern_loop() -> None:
    """The shipped glossary over lay questions, article texts and word soups made of
    them: the combined matcher finds exactly the terms the old loop found."""
    g = load_glossary()
    texts = [*load_lay().texts[::3], *(a.text for a in load_articles()[::4])]
    rng = random.Random(5)
    words = " ".join(texts).split()
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 25))) for _ in range(400)]
    pats = [t.pattern for t in g.terms]
    for text in texts:
        low = text[:4000].lower()
        assert additions(text, g) == [g.terms[i].adds for i in loop(pats, low)], text


def test_compiling_leaves_the_collector_as_it_found_it() -> None:
    import gc

    pats = [re.compile(r"\bbail\b"), re.compile(r"\bcops?\b")]
    assert gc.isenabled()
    assert PatternSet(pats).found("cops and bail") == [0, 1]
    assert gc.isenabled()
    gc.disable()
    try:
        assert PatternSet(pats).found("bail") == [0]
        assert not gc.isenabled()
    finally:
        gc.enable()
