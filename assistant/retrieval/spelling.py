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
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

_WORD = re.compile(r"[a-z]+")
_ANY_WORD = re.compile(r"[A-Za-z]+")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
MIN_LEN = 4  # shorter words have too many neighbours to guess safely
MAX_LEN = 20  # longer "words" are not typing slips (and edits grow with length)


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
    # deletes1 key -> the vocabulary words filed under it
    _by_delete: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        files: dict[str, list[str]] = {}
        for w in sorted(self.vocab):
            for key in deletes1(w):
                files.setdefault(key, []).append(w)
        object.__setattr__(self, "_by_delete", {k: tuple(v) for k, v in files.items()})

    @classmethod
    def from_texts(cls, texts: Iterable[str], known: Iterable[str] = ()) -> Speller:
        vocab = {w for t in texts for w in _WORD.findall(t.lower()) if len(w) > 2}
        return cls(frozenset(vocab), frozenset(known))

    def fix(self, word: str) -> str:
        """The corpus word meant by `word`, or `word` itself."""
        if not MIN_LEN <= len(word) <= MAX_LEN or word in self.vocab or word in self.known:
            return word
        files = self._by_delete
        cands = {c for key in deletes1(word) for c in files.get(key, ())
                 if c[0] == word[0] and one_edit(word, c)}  # fmt: skip
        return cands.pop() if len(cands) == 1 else word

    def correct(self, text: str) -> str:
        """The text with every repairable word repaired (other words untouched)."""
        # Each distinct word is looked at once, and the text is rewritten only when a word
        # changes (most queries have none): a callback per word cost ≈ 0.02 ms a query.
        changes: dict[str, str] = {}
        for word in set(_ANY_WORD.findall(text)):
            low = word.lower()
            fixed = self.fix(low)
            if fixed != low:
                changes[word] = fixed
        if not changes:
            return text
        return _ANY_WORD.sub(lambda m: changes.get(m.group(0), m.group(0)), text)
