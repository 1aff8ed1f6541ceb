"""Strings one of which every match of a regular expression contains (pure).

A text that holds none of them cannot match, and `str.__contains__` finds that out far
faster than a regex scan: patterns such as `\\b(?:cops?|police|psb)\\b` have no literal
prefix for `re` to skip ahead with, so a search tries them at every position of the text.
`guard(p)` is that set of strings, or None when the pattern's shape tells none (then
the pattern is always searched).

The strings come from the parsed pattern (`re._parser`, the module `re.compile` itself
uses): in a sequence every item is matched, so any one item's strings are required (a
run of literal characters is one string; a group, or a repeat of at least one, gives its
content's); an alternation requires one of its alternatives' strings. Anything else
(character classes, `.`, optional parts, lookarounds, backreferences) gives none. Case-
insensitive patterns and inline flags are left alone (a literal then matches other
characters), so a guard only ever rules out texts that cannot match.
"""

from __future__ import annotations

import re
import re._constants as sre  # re._parser's opcodes
import re._parser as sre_parse

_MAX_STRINGS = 12  # more alternatives than this: the `in` checks would cost as much as the scan


def guard(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` contains, or None.

    >>> guard(re.compile(r"\\b(?:cops?|police(?:man)?|psb)\\b"))
    ('cop', 'police', 'psb')
    >>> guard(re.compile(r"\\bminors?\\b|[0-9]+")) is None
    True
    """
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:  # pragma: no cover - it compiled, so it parses
        return None
    found = _sequence(list(parsed))
    return tuple(found) if found else None


def may_match(needs: tuple[str, ...] | None, text: str) -> bool:
    """False only when `text` holds none of a guard's strings (so the pattern cannot match).

    >>> may_match(("cop", "police"), "the police came"), may_match(("cop",), "bail")
    (True, False)
    """
    return needs is None or any(map(text.__contains__, needs))


def _sequence(items: list[tuple[object, object]]) -> list[str] | None:
    """The best required strings of a sequence of parsed items (the longest shortest one)."""
    options: list[list[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))  # type: ignore[arg-type]
            continue
        if run:
            options.append(["".join(run)])
            run = []
        inner = _item(op, av)
        if inner:
            options.append(inner)
    if run:
        options.append(["".join(run)])
    options = [o for o in options if all(o) and len(o) <= _MAX_STRINGS]
    return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)


def _item(op: object, av: object) -> list[str] | None:
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av  # type: ignore[misc]
        if add_flags & re.IGNORECASE:
            return None
        return _sequence(list(sub))
    if op is sre.BRANCH:
        alternatives = []
        for alt in av[1]:  # type: ignore[index]
            strings = _sequence(list(alt))
            if not strings:
                return None
            alternatives += strings
        return list(dict.fromkeys(alternatives))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, sub = av  # type: ignore[misc]
        return _sequence(list(sub)) if low >= 1 else None
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))  # type: ignore[arg-type]
    return None
