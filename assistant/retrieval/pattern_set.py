"""Which of many regular expressions occur in a text, in about one scan (pure).

The glossary holds about seventy word-bounded patterns (`\\b(?:cops?|police|psb)\\b`).
One `search` per pattern cost ≈ 0.17 ms a query for fifty of them. One alternation of
all the patterns, each followed by an empty marker group naming it, cost ≈ 0.07 ms for
fifty and ≈ 0.11 ms for sixty-six: at every word boundary sre enters each pattern in turn
(its alternatives begin with a group, which `BRANCH` cannot reject on sight).

`PatternSet` scans with one alternation keyed by first character instead. Each pattern's
alternatives are spread out (`\\b(?:a|b)?c` -> `\\bac`, `\\bbc`, `\\bc`) until each begins
with a literal character, and gathered under that character:
`\\b(?:c(?:(?:ops?)\\b()|(?:ourt)\\b()|…)|p(?:…)|…)`, patterns in list order within a
character and one marker group per (pattern, character). sre rejects the other
characters' branches by one comparison each and tries only the patterns that can start
with the character at hand. Glossary terms over the dev questions (`additions`, best of
15, old and new alternated in one process, load 4–6 on 2 cores): 98–112 µs a query with
the plain alternation, 18–25 µs keyed. It compiles once, at first use: 24 against 18.5 ms
(best of 7).

It gives exactly `[i for i, p in enumerate(patterns) if p.search(text)]`. Spreading is
exact (`\\b(?:a|b)c` matches where `\\bac` or `\\bbc` does). A search of the scan from
`pos` stops at the first position at or after `pos` where a spread alternative matches,
and names the first pattern in list order matching there (only the group of the
character there can match); the later patterns that can match at the next two
characters (read from their spread tails; usually none) are tried there one by one, and
the scan goes on from the next position. Alternatives that cannot be keyed (`\\d…`, a
repeated group, no leading `\\b`) are searched, per pattern, as their own alternation.
`search(text, pos)` and `match(text, pos)` see the characters before `pos`, so `\\b` and
lookbehinds behave as in a whole-text `search`. Patterns whose combination could mean
something else (capturing groups, whose numbers would shift under backreferences;
differing flags; case-insensitive or verbose ones, whose characters are not what they
seem) are searched one by one.

Tried and dropped (measured the same way at load 6–7, when the plain alternation took
110–170 µs): each pattern's literal guard (literal_guard.py)
checked before searching it, or before a combined scan of the candidates: the 329 `in`
checks alone cost ≈ 95 µs, and the weak guards ("on ", "can", "what ") leave ten
candidates a question for 2.2 matches (173–206 µs in all); one lookahead scan of all the
guard strings, 327 µs; the plain alternation with `\\b` factored out, no faster; every
alternative spread into it without keys, 191 µs; keys as lookaheads (`(?=c)` before each
pattern that can start with c, no spreading), 70 µs but 230 ms to compile; the later
patterns at a stop named by a second, reversed scan (as the plain alternation did)
rather than looked up: about as fast, twice the compile.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

_SPREAD = 64  # at most this many alternatives from one group, else left unkeyed
_SYNTAX = set("\\.^$*+?{}[]()|")


class PatternSet:
    """The patterns of a list that occur in a text, in list order.

    Example:
        >>> ps = PatternSet([re.compile(r"\\bbail\\b"), re.compile(r"\\bcops?\\b")])
        >>> ps.found("the cops said no bail")
        [0, 1]
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        self._scan: _Scan | None = None
        self._checked = False  # combined when first used

    def found(self, text: str) -> list[int]:
        """Indices of the patterns that match anywhere in `text`, ascending."""
        scan = self._combined()
        if scan is None:
            return [i for i, p in enumerate(self.patterns) if p.search(text)]
        hits = {i for i, p in scan.unkeyed if p.search(text)}
        pos = 0
        while pos <= len(text) and (m := scan.keyed.search(text, pos)) is not None:
            at = m.start()
            lo = scan.owner[m.lastindex or 0]  # the first pattern matching here
            hits.add(lo)
            later = scan.starting.get(text[at : at + 2]) or scan.starting[text[at]]
            hits.update(i for i in later[bisect_right(later, lo):]
                        if i not in hits and self.patterns[i].match(text, at))  # fmt: skip
            pos = at + 1
        return sorted(hits)

    def _combined(self) -> _Scan | None:
        if not self._checked:
            # Compiling allocates tens of thousands of short-lived parse objects; with the
            # collector on they can set off a full collection over a loaded model's
            # ~400,000 objects (0.23 s inside `legalqa search`'s only query). It is off for
            # the compile only; whatever it would have freed, it frees later.
            collecting = gc.isenabled()
            gc.disable()
            try:
                self._scan = _combine(self.patterns)
            finally:
                if collecting:
                    gc.enable()
            self._checked = True
        return self._scan


@dataclass(frozen=True)
class _Scan:
    keyed: re.Pattern[str]  # the alternation keyed by first character
    owner: tuple[int, ...]  # marker group -> pattern index
    # the patterns that can match at a text's next two characters (or, by the first alone,
    # those whose alternatives under it need no particular second one), ascending
    starting: dict[str, list[int]]
    unkeyed: tuple[tuple[int, re.Pattern[str]], ...]  # the rest, searched per pattern


def _combine(patterns: Sequence[re.Pattern[str]]) -> _Scan | None:
    flags = {p.flags for p in patterns}
    if len(flags) != 1 or any(p.groups for p in patterns):
        return None
    flag = flags.pop()
    if flag & (re.IGNORECASE | re.VERBOSE):
        return None
    keys: dict[str, list[tuple[int, list[str]]]] = {}
    unkeyed = []
    for i, p in enumerate(patterns):
        rest: list[str] = []
        for alt in _alternatives(p.pattern):
            if alt.startswith("\\b"):
                pieces, others = _spread(alt[2:])
                rest += (f"\\b{o}" for o in others)
            else:
                pieces = []
                rest.append(alt)
            for first, tail in pieces:
                by_char = keys.setdefault(first, [])
                if not by_char or by_char[-1][0] != i:
                    by_char.append((i, []))
                by_char[-1][1].append(tail)
        if rest:
            unkeyed.append((i, "|".join(f"(?:{r})" for r in rest)))
    owner = [-1]
    groups = []
    for first, members in keys.items():
        branches = []
        for i, tails in members:
            owner.append(i)
            branches.append("(?:" + "|".join(f"(?:{t})" for t in tails) + ")()")
        groups.append(re.escape(first) + "(?:" + "|".join(branches) + ")")
    try:
        return _Scan(
            re.compile("\\b(?:" + "|".join(groups) + ")", flag),
            tuple(owner),
            _starting(keys),
            tuple((i, re.compile(u, flag)) for i, u in unkeyed),
        )
    except re.error:  # e.g. an inline global flag not at the start of the combination
        return None


def _starting(keys: dict[str, list[tuple[int, list[str]]]]) -> dict[str, list[int]]:
    """Which patterns can match where a text goes on with these two characters (most
    stops of the scan leave none to try but the one found)."""
    out: dict[str, list[int]] = {}
    for first, members in keys.items():
        any_next, by_next = [], {}
        for i, tails in members:
            pieces, others = zip(*map(_spread, tails), strict=True)
            if any(others):
                any_next.append(i)
            for second, _ in (p for ps in pieces for p in ps):
                by_next.setdefault(first + second, set()).add(i)
        out[first] = any_next
        out.update((k, sorted(v.union(any_next))) for k, v in by_next.items())
    return out


def _syntax(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth before it) of the characters of `pattern` that are
    syntax: not escaped, not inside a character class."""
    depth, i = 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # to its closing "]" (a "]" right after "[" or "[^" is literal)
            i += 1 + (pattern[i + 1 : i + 2] == "^")
            i += pattern[i : i + 1] == "]"
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
            continue
        yield i, ch, depth
        depth += (ch == "(") - (ch == ")")
        i += 1


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    cuts = [i for i, ch, depth in _syntax(pattern) if ch == "|" and depth == 0]
    return [pattern[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]


def _spread(alt: str) -> tuple[list[tuple[str, str]], list[str]]:
    """An alternative (after its `\\b`) as (first character, rest) pieces, and the parts of
    it that cannot be keyed so (as alternatives in their own right)."""
    if alt.startswith("(?:"):
        end = next(i for i, ch, depth in _syntax(alt) if ch == ")" and depth == 1)
        options, after = _alternatives(alt[3:end]), alt[end + 1 :]
        if after[:1] == "?" and after[1:2] not in ("?", "+"):  # an optional group
            options, after = [*options, ""], after[1:]
        elif after[:1] in ("?", "*", "+", "{"):
            return [], [alt]
        if len(options) > _SPREAD:
            return [], [alt]
        pieces: list[tuple[str, str]] = []
        others: list[str] = []
        for option in options:
            p, o = _spread(option + after)
            pieces += p
            others += o
        return pieces, others
    if alt[:1] == "\\" and alt[1:2] and not alt[1].isalnum() and alt[1] != "_":
        first, rest = alt[1], alt[2:]  # an escaped punctuation mark: a literal
    elif alt[:1] and alt[0] not in _SYNTAX:
        first, rest = alt[0], alt[1:]
    else:
        return [], [alt]
    if rest[:1] in ("?", "*", "+", "{"):  # the first character is repeated or optional
        return [], [alt]
    return [(first, rest)], []
