"""Choosing between spelling candidates by the neighbouring word (pure).

A short misspelt word often has several corpus words one edit away: "hous" is "house" or
"hours". The word beside it usually settles which: "hous arest" is "house arrest", since
"house arrest" is a phrase people write and "hours arrest" is not. The phrases known here
are the adjacent word pairs of the corpus and of the lay questions (everyday wording of
each article, `lay/*.toml`): a candidate is chosen only when it alone forms a known pair
with a neighbouring content word (stop words pair with almost anything, so they settle
nothing), and only within a clause (punctuation between two words breaks the pair). This
is the bigram context of noisy-channel spelling correction (Mays, Damerau & Mercer 1991)
reduced to a yes/no test, so it never overrides the edit model, only breaks its ties.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from assistant.retrieval.tokenize import STOPWORDS

_WORD = re.compile(r"[a-z]+")
_SAME_CLAUSE = re.compile(r"[\s\-]*")  # what may lie between two words of one phrase

Pair = tuple[str, str]


def word_pairs(texts: Iterable[str]) -> frozenset[Pair]:
    """Every two adjacent words of the texts (lower case, letters only).

    >>> sorted(word_pairs(["House arrest; ends."]))
    [('house', 'arrest')]
    """
    out: set[Pair] = set()
    for text in texts:
        for clause in re.split(r"[^a-z\s\-']+", text.lower()):
            words = _WORD.findall(clause)
            out.update(pairwise(words))
    return frozenset(out)


def pick(candidates: Iterable[str], before: str | None, after: str | None,
         pairs: frozenset[Pair]) -> str | None:  # fmt: skip
    """The one candidate that forms a known pair with a content-word neighbour, or None.

    >>> pick(["hours", "house"], "under", "arrest", frozenset({("house", "arrest")}))
    'house'
    >>> pick(["hours", "house"], "the", None, frozenset({("the", "house"), ("the", "hours")}))
    """
    before = before if before and before not in STOPWORDS else None
    after = after if after and after not in STOPWORDS else None
    fits = [c for c in candidates
            if (before and (before, c) in pairs) or (after and (c, after) in pairs)]  # fmt: skip
    return fits[0] if len(fits) == 1 else None


def neighbours(text: str, spans: Sequence[tuple[int, int]], i: int,
               words: Sequence[str]) -> tuple[str | None, str | None]:  # fmt: skip
    """The words next to word `i` in its clause (`words` already repaired, lower case)."""
    before = after = None
    if i > 0 and _SAME_CLAUSE.fullmatch(text[spans[i - 1][1] : spans[i][0]]):
        before = words[i - 1]
    if i + 1 < len(spans) and _SAME_CLAUSE.fullmatch(text[spans[i][1] : spans[i + 1][0]]):
        after = words[i + 1]
    return before, after
