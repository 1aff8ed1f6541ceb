"""Which of many regular expressions occur in a text, in about one scan (pure).

The glossary holds about fifty patterns and every query was tested against each of them:
one `search` per pattern, ≈ 0.17 ms a query, most of it scanning texts that none of them
match. `PatternSet` scans with one alternation of all the patterns instead, each
alternative followed by an empty marker group that says which pattern matched (sre
tries the alternatives in order at each position and rejects most on their first
character, so a pass costs about as much as one of the separate searches).

It gives exactly `[i for i, p in enumerate(patterns) if p.search(text)]`. A search of the
alternation from `pos` stops at the first position at or after `pos` where some pattern
matches, and names the first such pattern, `lo`; matching the alternation in reverse
order at that position names the last, `hi`; the patterns between them are tried there
one by one (usually there are none), and the scan goes on from the next position. So
every position where any pattern matches is visited, and every pattern matching there is
seen. `search(text, pos)` and `match(text, pos)` see the characters before `pos`, so `\\b`
and lookbehinds behave as in a whole-text `search`. Patterns whose combination could
mean something else (capturing groups, whose numbers would shift under backreferences;
differing flags) are searched one by one.
"""

from __future__ import annotations

import gc
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
        self._combined: tuple[re.Pattern[str], re.Pattern[str]] | None = None
        self._checked = False  # combined when first used: two compiles, ≈ 20 ms for fifty

    def found(self, text: str) -> list[int]:
        """Indices of the patterns that match anywhere in `text`, ascending."""
        both = self._both()
        if both is None:
            return [i for i, p in enumerate(self.patterns) if p.search(text)]
        forward, backward = both
        n = len(self.patterns)
        hits: set[int] = set()
        pos = 0
        while pos <= len(text) and len(hits) < n:
            m = forward.search(text, pos)
            if m is None:
                break
            at, lo = m.start(), (m.lastindex or 1) - 1
            last = backward.match(text, at)  # matches: pattern lo does, here
            hi = n - (last.lastindex or n) if last is not None else lo
            hits.update((lo, hi))
            hits.update(i for i in range(lo + 1, hi)
                        if i not in hits and self.patterns[i].match(text, at))  # fmt: skip
            pos = at + 1
        return sorted(hits)

    def _both(self) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        """The alternation of the patterns in order and in reverse order (group g marks
        pattern g - 1, or n - g), or None when they cannot be combined."""
        if not self._checked:
            # Compiling allocates tens of thousands of short-lived parse objects; with the
            # collector on they can set off a full collection over a loaded model's
            # ~400,000 objects (0.23 s inside `legalqa search`'s only query). It is off for
            # the 13 ms of the compile only; whatever it would have freed, it frees later.
            collecting = gc.isenabled()
            gc.disable()
            try:
                self._combined = _combine(self.patterns)
            finally:
                if collecting:
                    gc.enable()
            self._checked = True
        return self._combined


def _combine(patterns: Sequence[re.Pattern[str]]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    flags = {p.flags for p in patterns}
    if len(flags) != 1 or any(p.groups for p in patterns):
        return None
    flag, parts = flags.pop(), [f"(?:{p.pattern})()" for p in patterns]
    try:
        return re.compile("|".join(parts), flag), re.compile("|".join(parts[::-1]), flag)
    except re.error:  # e.g. an inline global flag not at the start of the combination
        return None
