"""The glossary's terms found by PatternSet exactly as by one `search` per term pattern,
over every lay question, every article and seeded word salads of the glossary's own
pieces (the keyed scan's spreading and two-character table are checked where they are
used)."""

from __future__ import annotations

import random
import re
import re._constants as sre  # re._parser's opcodes
import re._parser as sre_parse

import pytest

from assistant.corpus.store import load_articles
from assistant.retrieval.glossary import load_glossary
from assistant.retrieval.lay import load_lay
from assistant.retrieval.literal_guard import guard
from assistant.retrieval.pattern_set import PatternSet

PATTERNS = [t.pattern for t in load_glossary().terms]
MATCHER = PatternSet(PATTERNS)
CATEGORY = {sre.CATEGORY_DIGIT: "7", sre.CATEGORY_SPACE: " ", sre.CATEGORY_WORD: "a"}


def loop(text: str) -> list[int]:
    return [i for i, p in enumerate(PATTERNS) if p.search(text)]


def fragments() -> list[str]:
    """Every guard string, and the literal runs between the patterns' syntax."""
    out = [s for p in PATTERNS for s in guard(p) or ()]
    for p in PATTERNS:
        out += [f for f in re.split(r"\\[bdsw]|[\\()|?*+\[\]{}^$.!<=:]+", p.pattern) if f]
    return sorted(set(out))


def sample(items: list[tuple[object, object]], rng: random.Random) -> str:
    """A random text a parsed pattern matches, near enough (lookarounds left out)."""
    out = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(chr(av))  # type: ignore[arg-type]
        elif op is sre.IN:
            kind, value = rng.choice(av)  # type: ignore[arg-type]
            if av[0][0] is sre.NEGATE:  # type: ignore[index]
                out.append("x")
            else:
                out.append(chr(value) if kind is sre.LITERAL else
                           chr(rng.randint(*value)) if kind is sre.RANGE else CATEGORY[value])  # fmt: skip
        elif op is sre.BRANCH:
            out.append(sample(list(rng.choice(av[1])), rng))  # type: ignore[index]
        elif op is sre.SUBPATTERN:
            out.append(sample(list(av[3]), rng))  # type: ignore[index]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, sub = av  # type: ignore[misc]
            out += [sample(list(sub), rng) for _ in range(rng.randint(low, min(high, low + 2)))]
        elif op is sre.CATEGORY:
            out.append(CATEGORY[av])
        elif op in (sre.ANY, sre.NOT_LITERAL):
            out.append(rng.choice("x "))
    return "".join(out)


def salads(n: int, seed: int) -> list[str]:
    """Fragments and samples of the patterns, cut and joined with spaces, punctuation or
    nothing (so words run on)."""
    rng = random.Random(seed)
    parsed = [list(sre_parse.parse(p.pattern)) for p in PATTERNS]
    pieces = fragments() + [sample(rng.choice(parsed), rng) for _ in range(2000)]
    pieces += [f[: rng.randint(1, len(f))] for f in pieces] + ["15", "(16)", "2,000"]
    joins = ["", " ", " ", ", ", "'", "-", ". "]
    lengths = [rng.randint(1, 8) for _ in range(n)]
    return ["".join(rng.choice(pieces) + rng.choice(joins) for _ in range(k)) for k in lengths]


@pytest.mark.parametrize("source", ["lay", "articles", "salads"])
def test_same_terms_as_one_search_each(source: str) -> None:
    texts = {
        "lay": lambda: [q.lower() for q in load_lay().texts],
        "articles": lambda: [a.text.lower() for a in load_articles()],
        "salads": lambda: salads(6000, seed=17),
    }[source]()
    found = 0
    for text in texts:
        expected = loop(text)
        assert MATCHER.found(text) == expected, text
        found += len(expected)
    assert found > len(texts) // 4  # the texts do reach the patterns


def test_the_salads_reach_every_path() -> None:
    """Two terms matching at one place (tried after the first), each term, the unkeyed
    alternatives: a matcher skipping any of them would fail above."""
    scan = MATCHER._combined()
    assert scan is not None and scan.unkeyed
    seen: set[int] = set()
    shared = 0
    for text in salads(6000, seed=17):
        hits = loop(text)
        seen.update(hits)
        starts = [m.start() for i in hits for m in PATTERNS[i].finditer(text)]
        shared += len(starts) != len(set(starts))
    assert seen == set(range(len(PATTERNS)))
    assert shared > 100
