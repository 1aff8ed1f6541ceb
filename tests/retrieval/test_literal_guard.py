"""A literal guard only ever rules out texts its pattern cannot match."""

from __future__ import annotations

import random
import re

import pytest

from assistant.retrieval.glossary import load_glossary
from assistant.retrieval.lay import load_lay
from assistant.retrieval.literal_guard import guard, may_match
from assistant.retrieval.references import ALIASES

CRAFTED = [
    r"\bcops?\b", r"ab(?:cd|ef)+gh", r"(ab|cd)\1", r"x(?=yz)", r"(?<!q)uu", r"a.b",
    r"[ab]cd|efg", r"(?:hi)?jk", r"(?i:Police) station", r"(?i)bail", r"lo{2,}p",
    r"(?>ato)mic", r"m(?:n|)o", r"pq*r", r"\(1[0-7]\)", r"caf\u00e9|na\u00efve", r"",
    r"(?x) s p a c e d", r"a|", r"(?:x|y)z",
]  # fmt: skip


def patterns() -> list[re.Pattern[str]]:
    g = load_glossary()
    return ([t.pattern for t in g.terms] + [h.pattern for h in g.hints]
            + [p for _, p in ALIASES] + [re.compile(p) for p in CRAFTED])  # fmt: skip


def texts() -> list[str]:
    """Lay questions, and random mixes of every guard's strings cut and joined."""
    rng = random.Random(11)
    pieces = [s for p in patterns() for s in guard(p) or ()] + ["Police", "abab", "cdcd", "1"]
    pieces += [s[: rng.randint(0, len(s))] for s in pieces]
    out = [q.lower() for q in load_lay().texts[::3]]
    for _ in range(4000):
        out.append("".join(rng.choice(pieces) + rng.choice(["", " ", "-", "("])
                           for _ in range(rng.randint(1, 6))))  # fmt: skip
    return out


@pytest.mark.parametrize("pattern", patterns(), ids=lambda p: p.pattern[:40])
def test_a_matching_text_always_passes_the_guard(pattern: re.Pattern[str]) -> None:
    needs = guard(pattern)
    assert needs is None or all(needs)
    for text in TEXTS:
        if pattern.search(text):
            assert may_match(needs, text), (pattern.pattern, text)


TEXTS = texts()


def test_guards_are_told_where_they_can_be_and_not_where_they_cannot() -> None:
    assert guard(re.compile(r"\bcops?|police(?:man)?\b")) == ("cop", "police")
    assert guard(re.compile(r"lo{2,}p")) in (("l",), ("o",), ("p",))
    assert guard(re.compile(r"(?:hi)?jk")) == ("jk",)
    for shapeless in (r"(?i)bail", r"(?i:Police)", r"a|", r"[ab]c?", r".", r"\d+"):
        assert guard(re.compile(shapeless)) is None, shapeless
