"""Conservative spelling repair for queries (pure): "polise" -> "police".

Only a word that is neither in the corpus nor a known English word is touched, and
only when exactly one corpus word with the same first letter lies one edit away
(Damerau: insert, delete, substitute, or swap two neighbours; Damerau 1964, the
single-error case that covers most typing slips; first letters are rarely mistyped,
Yannakoudakis & Fawthrop 1983). Ambiguous or distant words are left alone, so a correct but
unusual word is never turned into a different one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

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

    @classmethod
    def from_texts(cls, texts: Iterable[str], known: Iterable[str] = ()) -> Speller:
        vocab = {w for t in texts for w in _WORD.findall(t.lower()) if len(w) > 2}
        return cls(frozenset(vocab), frozenset(known))

    def fix(self, word: str) -> str:
        """The corpus word meant by `word`, or `word` itself."""
        if not MIN_LEN <= len(word) <= MAX_LEN or word in self.vocab or word in self.known:
            return word
        cands = {c for c in edits1(word) & self.vocab if c[0] == word[0]}
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
