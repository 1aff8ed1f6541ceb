"""Conservative spelling repair for queries (pure): "polise" -> "police".

Only a word that is neither in the corpus nor a known English word is touched, and
only when exactly one corpus word with the same first letter lies one edit away
(Damerau: insert, delete, substitute, or swap two neighbours; Damerau 1964, the
single-error case that covers most typing slips; first letters are rarely mistyped,
Yannakoudakis & Fawthrop 1983). Ambiguous or distant words are left alone, so a correct but
unusual word is never turned into a different one.

The candidates are found by symmetric deletes (Garbe, SymSpell, 2012): every corpus word
is filed under itself and each string one deletion away from it, once per Speller; a
word one Damerau edit from a query word shares one of those keys with it (itself, one of
its deletions, or the word with the differing or swapped letter deleted on both sides),
and `one_edit` then keeps exactly the keys' words that `edits1` would have produced.
Generating all ≈ 54n + 25 edits of a query word and testing each against the vocabulary
cost ≈ 86 us an unknown word; the n + 1 lookups ≈ 6 (the index: ≈ 16,000 keys for the
≈ 2,000 corpus words, built in ≈ 11 ms).

Two refinements for long words (8+ letters, which have few close neighbours), both
choosing only when one candidate clearly wins: several words one edit away are ranked by
a weighted edit cost in which a vowel written for another vowel, or a letter doubled or
undoubled, costs half an edit (the commonest English misspellings; Kukich 1992, Damerau
1964), so "prosecuter" is "prosecutor", not "prosecuted"; and a long word with no corpus
word one edit away may be two edits off ("prosicuters"), found by the same symmetric
deletes two deep, if one candidate costs at most 1.5.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from assistant.retrieval.spelling_context import Pair, neighbours, pick, word_pairs

_WORD = re.compile(r"[a-z]+")
_ANY_WORD = re.compile(r"[A-Za-z]+")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
MIN_LEN = 4  # shorter words have too many neighbours to guess safely
MAX_LEN = 20  # longer "words" are not typing slips (and edits grow with length)
LONG = 8  # words this long may be two edits off: few corpus words lie that close to them
_VOWELS = frozenset("aeiouy")
MARGIN = 0.5  # the best candidate must cost this much less than the next
MAX_COST = 1.5  # the most a two-edit repair may cost (e.g. one vowel and one other edit)


def edits1(word: str) -> set[str]:
    """Every string one Damerau edit away from `word`."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    subs = {a + c + b[1:] for a, b in splits if b for c in _LETTERS if c != b[0]}
    inserts = {a + c + b for a, b in splits for c in _LETTERS}
    return deletes | swaps | subs | inserts


def deletes1(word: str) -> set[str]:
    """`word` and every string one deletion away from it."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def one_edit(word: str, other: str) -> bool:
    """`other in edits1(word)`, for lower-case ASCII words, without generating the edits.

    >>> one_edit("polise", "police"), one_edit("arested", "arrested"), one_edit("ab", "ba")
    (True, True, True)
    """
    n, m = len(word), len(other)
    i = 0
    while i < min(n, m) and word[i] == other[i]:
        i += 1
    if n == m:
        if i == n:  # the same word: only a swap of two equal neighbours makes it
            return any(a == b for a, b in pairwise(word))
        return word[i + 1 :] == other[i + 1 :] or (
            i + 1 < n and word[i] == other[i + 1] and word[i + 1] == other[i]
            and word[i + 2 :] == other[i + 2 :]
        )  # fmt: skip
    if n == m + 1:
        return word[i + 1 :] == other[i:]
    if m == n + 1:
        return other[i + 1 :] == word[i:]
    return False


def typo_cost(word: str, other: str) -> float:
    """Weighted Damerau (optimal string alignment) distance from `word` to `other`: a vowel
    for a vowel, or a letter doubled or undoubled, costs 0.5; other edits cost 1.

    >>> typo_cost("prosecuter", "prosecutor"), typo_cost("prosecuter", "prosecuted")
    (0.5, 1.0)
    >>> typo_cost("arested", "arrested"), typo_cost("hous", "house"), typo_cost("hous", "hour")
    (0.5, 1.0, 1.0)
    """
    n, m = len(word), len(other)
    d = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        d[i][0] = float(i)
    for j in range(1, m + 1):
        d[0][j] = float(j)
    for i in range(1, n + 1):
        a = word[i - 1]
        for j in range(1, m + 1):
            b = other[j - 1]
            sub = 0.0 if a == b else 0.5 if a in _VOWELS and b in _VOWELS else 1.0
            drop = 0.5 if i > 1 and word[i - 2] == a else 1.0  # a doubled letter undoubled
            add = 0.5 if j > 1 and other[j - 2] == b else 1.0  # a letter doubled
            best = min(d[i - 1][j] + drop, d[i][j - 1] + add, d[i - 1][j - 1] + sub)
            if i > 1 and j > 1 and a == other[j - 2] and word[i - 2] == b:
                best = min(best, d[i - 2][j - 2] + 1.0)
            d[i][j] = best
    return d[n][m]


def deletes2(word: str) -> set[str]:
    """`word` and every string one or two deletions away from it."""
    once = deletes1(word)
    return once.union(*(deletes1(w) for w in once if w != word))


def clear_winner(word: str, candidates: Iterable[str], max_cost: float = MAX_COST) -> str:
    """The candidate that costs clearly least to reach from `word`, or `word` itself."""
    ranked = sorted((typo_cost(word, c), c) for c in candidates)
    if not ranked or ranked[0][0] > max_cost:
        return word
    if len(ranked) > 1 and ranked[1][0] - ranked[0][0] < MARGIN:
        return word
    return ranked[0][1]


@dataclass(frozen=True)
class Speller:
    """Repairs query words against the corpus vocabulary.

    Example:
        >>> s = Speller.from_texts(["the police arrested him"], known=["mate"])
        >>> s.correct("my bro arested by polise, mate")
        'my bro arrested by police, mate'
    """

    vocab: frozenset[str]  # words of the corpus (lower case)
    known: frozenset[str] = frozenset()  # real words never "corrected"
    # texts whose adjacent word pairs break ties between candidates (spelling_context),
    # read when a tie first occurs: most queries have none, so start-up does not pay
    phrases: Callable[[], Iterable[str]] | None = field(default=None, compare=False)
    _pairs: frozenset[Pair] | None = field(init=False, repr=False, compare=False, default=None)
    # deletes1 key -> the vocabulary words filed under it
    _by_delete: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    # deletes2 key -> the longer vocabulary words filed under it, built when first needed
    _by_delete2: dict[str, tuple[str, ...]] | None = field(
        init=False, repr=False, compare=False, default=None
    )

    def __post_init__(self) -> None:
        files: dict[str, list[str]] = {}
        for w in sorted(self.vocab):
            for key in deletes1(w):
                files.setdefault(key, []).append(w)
        object.__setattr__(self, "_by_delete", {k: tuple(v) for k, v in files.items()})

    @classmethod
    def from_texts(cls, texts: Iterable[str], known: Iterable[str] = (),
                   phrases: Callable[[], Iterable[str]] | None = None) -> Speller:  # fmt: skip
        vocab = {w for t in texts for w in _WORD.findall(t.lower()) if len(w) > 2}
        return cls(frozenset(vocab), frozenset(known), phrases)

    def candidates(self, word: str) -> set[str]:
        """The corpus words one Damerau edit from `word` with its first letter."""
        files = self._by_delete
        return {c for key in deletes1(word) for c in files.get(key, ())
                if c[0] == word[0] and one_edit(word, c)}  # fmt: skip

    def fix(self, word: str) -> str:
        """The corpus word meant by `word`, or `word` itself."""
        return self._resolve(word)[0]

    def _resolve(self, word: str) -> tuple[str, frozenset[str]]:
        """(the repair, or `word`; the candidates left tied when it is `word`)."""
        if not MIN_LEN <= len(word) <= MAX_LEN or word in self.vocab or word in self.known:
            return word, frozenset()
        cands = self.candidates(word)
        if len(cands) == 1:
            return cands.pop(), frozenset()
        if len(word) < LONG:  # short words have close neighbours: "lawer" is lower or lawyer
            return word, frozenset(cands)
        cands = cands or self._two_edits(word)
        fixed = clear_winner(word, cands)
        return fixed, frozenset() if fixed != word else frozenset(cands)

    def _two_edits(self, word: str) -> set[str]:
        """Longer corpus words up to two edits from `word`, with its first letter."""
        files = self._by_delete2
        if files is None:
            grouped: dict[str, list[str]] = {}
            for w in sorted(self.vocab):
                if len(w) >= LONG - 2:
                    for key in deletes2(w):
                        grouped.setdefault(key, []).append(w)
            files = {k: tuple(v) for k, v in grouped.items()}
            object.__setattr__(self, "_by_delete2", files)
        return {c for key in deletes2(word) for c in files.get(key, ()) if c[0] == word[0]}

    def correct(self, text: str) -> str:
        """The text with every repairable word repaired (other words untouched)."""
        # Each distinct word is looked at once, and the text is rewritten only when a word
        # changes (most queries have none): a callback per word cost ≈ 0.02 ms a query.
        changes: dict[str, str] = {}
        tied: dict[str, frozenset[str]] = {}
        for word in set(_ANY_WORD.findall(text)):
            low = word.lower()
            fixed, cands = self._resolve(low)
            if fixed != low:
                changes[word] = fixed
            elif cands and self.phrases is not None:
                tied[word] = cands
        if tied:
            return self._in_context(text, changes, tied)
        if not changes:
            return text
        return _ANY_WORD.sub(lambda m: changes.get(m.group(0), m.group(0)), text)

    def _in_context(self, text: str, changes: dict[str, str],
                    tied: dict[str, frozenset[str]]) -> str:  # fmt: skip
        """The text repaired, each tied word settled by its neighbours where they can."""
        pairs = self._pairs
        if pairs is None and self.phrases is not None:
            pairs = word_pairs(self.phrases())
            object.__setattr__(self, "_pairs", pairs)
        found = list(_ANY_WORD.finditer(text))
        spans = [m.span() for m in found]
        words = [changes.get(m.group(0), m.group(0)).lower() for m in found]
        out, last = [], 0
        for i, m in enumerate(found):
            cands = tied.get(m.group(0))
            chosen = pick(sorted(cands), *neighbours(text, spans, i, words), pairs or frozenset()
                          ) if cands else None  # fmt: skip
            new = chosen or changes.get(m.group(0), m.group(0))
            out += [text[last : m.start()], new]
            last = m.end()
        return "".join([*out, text[last:]])
