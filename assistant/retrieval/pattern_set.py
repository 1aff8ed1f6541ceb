"""Which of many regular expressions occur in a text, in few scans (pure).

The glossary holds about fifty patterns and every query was tested against each of them:
one `search` per pattern, ≈ 0.17 ms a query, most of it scanning texts that none of them
match. `PatternSet` searches one alternation of all the patterns instead, each
alternative followed by an empty marker group that says which pattern matched (sre
tries the alternatives in order at each position and rejects most on their first
character, so one pass costs about as much as one of the separate searches).

It gives exactly `[i for i, p in enumerate(patterns) if p.search(text)]`. A search of
the alternation from `pos` stops at the first position at or after `pos` where some
pattern matches, reporting the first such pattern j; the patterns after j that also
match there are found by matching the alternation of patterns j+1.. at that position,
and the scan then goes on from the next position. So every position where any pattern
matches is visited, and at each every pattern matching there is seen. `search(text, pos)`
and `match(text, pos)` see the characters before `pos`, so `\\b` and lookbehinds behave
as in a whole-text `search`. Patterns the combination could change (capturing groups,
whose numbers would shift under backreferences; differing flags) are searched one by one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence


class PatternSet:
    """The patterns of a list that occur in a text, in list order.

    Example:
        >>> ps = PatternSet([re.compile(r"\\bbail\\b"), re.compile(r"\\bcops?\\b")])
        >>> ps.found("the cops said no bail")
        [0, 1]
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        flags = {p.flags for p in self.patterns}
        self._combinable = len(flags) == 1 and not any(p.groups for p in self.patterns)
        self._flags = flags.pop() if self._combinable else 0
        self._tails: dict[int, re.Pattern[str] | None] = {}  # compiled when first needed

    def found(self, text: str) -> list[int]:
        """Indices of the patterns that match anywhere in `text`, ascending."""
        first = self._tail(0)
        if first is None:
            return [i for i, p in enumerate(self.patterns) if p.search(text)]
        hits: set[int] = set()
        pos = 0
        while len(hits) < len(self.patterns) and pos <= len(text):
            m = first.search(text, pos)
            if m is None:
                break
            hits.update(self._all_at(text, m.start(), m.lastindex or 1))
            pos = m.start() + 1
        return sorted(hits)

    def _all_at(self, text: str, at: int, group: int) -> list[int]:
        """The patterns matching at `at`, given that pattern `group - 1` is the first."""
        out = [group - 1]
        while out[-1] + 1 < len(self.patterns):
            nxt = out[-1] + 1
            tail = self._tail(nxt)
            if tail is None:  # not expected once the whole set compiled; stay exact anyway
                rest = range(nxt, len(self.patterns))
                out += [i for i in rest if self.patterns[i].match(text, at)]
                break
            m = tail.match(text, at)
            if m is None:
                break
            out.append(nxt + (m.lastindex or 1) - 1)
        return out

    def _tail(self, start: int) -> re.Pattern[str] | None:
        """The alternation of patterns start.. (group g marks pattern start + g - 1), or
        None when the patterns cannot be combined."""
        if start not in self._tails:
            self._tails[start] = self._compile(start)
        return self._tails[start]

    def _compile(self, start: int) -> re.Pattern[str] | None:
        if not self._combinable or start >= len(self.patterns):
            return None
        parts = (f"(?:{p.pattern})()" for p in self.patterns[start:])
        try:
            return re.compile("|".join(parts), self._flags)
        except re.error:  # e.g. an inline global flag not at the start of the combination
            return None
