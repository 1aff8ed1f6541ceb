"""Separate law text from web-page boilerplate in the scraped source files."""

from __future__ import annotations

import re

# Each pattern names one kind of page furniture seen in the scraped files.
BOILERPLATE = (
    re.compile(r"^Your current location", re.I),
    re.compile(r"^Address:", re.I),
    re.compile(r"^Tel:", re.I),
    re.compile(r"^E-?mail( Address)?:?", re.I),
    re.compile(r"^\S+@\S+\.\w+$"),
    re.compile(r"^The website is", re.I),
    re.compile(r"https?://", re.I),
    re.compile(r"^Copyright", re.I),
    re.compile(r"\bICP\b"),
    re.compile(r"^Legal express$", re.I),
    re.compile(r"^A Mountain dynamic$", re.I),
    re.compile(r"^Contact Us", re.I),
    re.compile(r"^[\u3000-\u303f\u4e00-\u9fff\s]+$"),  # stray Chinese UI words (目 录, 浏览文章)
)


def is_boilerplate(line: str) -> bool:
    s = line.strip()
    return bool(s) and any(p.search(s) for p in BOILERPLATE)


def content_lines(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """Split a source text into (kept, removed) lists of (1-based line number, line).

    Blank lines are dropped (they only separate paragraphs); trailing spaces are
    trimmed; nothing else in a kept line changes.
    """
    kept: list[tuple[int, str]] = []
    removed: list[tuple[int, str]] = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        (removed if is_boilerplate(line) else kept).append((n, line))
    return kept, removed
