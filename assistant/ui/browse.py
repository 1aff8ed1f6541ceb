"""Pure helpers for the article browser: structure, search and labels.

Example:
    >>> chapters(corpus.by_law("spp-rules"))[:2]
    ['Chapter I General provisions', 'Chapter II Jurisdiction']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.types import Article

ALL = ""  # the "no filter" value of the chapter and section selectors


def chapters(articles: Sequence[Article]) -> list[str]:
    """Chapter headings in document order (empty headings dropped)."""
    return list(dict.fromkeys(a.chapter for a in articles if a.chapter))


def sections(articles: Sequence[Article], chapter: str) -> list[str]:
    return list(dict.fromkeys(a.section for a in articles if a.chapter == chapter and a.section))


def in_place(articles: Sequence[Article], chapter: str, section: str) -> list[Article]:
    """Articles under a chapter (and section); ALL means no filter."""
    return [
        a
        for a in articles
        if (chapter == ALL or a.chapter == chapter) and (section == ALL or a.section == section)
    ]


def title(a: Article) -> str:
    return f"Article {a.article}" if a.article is not None else f"Explainer passage {a.passage}"


def option_label(a: Article, width: int = 70) -> str:
    """'Art. 83 · The period of detention of a criminal suspect by …'."""
    head = f"Art. {a.article}" if a.article is not None else f"Passage {a.passage}"
    return f"{head} · {shorten(a.text, width)}"


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def search(articles: Sequence[Article], query: str, limit: int = 50) -> list[Article]:
    """Articles containing every word of `query` (case-insensitive), in document order.

    A bare number also matches that article number, so "83" finds Article 83.
    """
    words = [w.lower() for w in query.split()]
    if not words:
        return []
    out = []
    for a in articles:
        text = a.text.lower()
        if all(w in text for w in words) or (query.strip().isdigit() and a.article == int(query)):
            out.append(a)
    return out[:limit]


def snippet(text: str, query: str, width: int = 160) -> str:
    """A window of `text` around the first match of the query's first word."""
    words = query.split()
    flat = " ".join(text.split())
    m = re.search(re.escape(words[0]), flat, re.IGNORECASE) if words else None
    if not m:
        return shorten(flat, width)
    start = max(0, m.start() - width // 3)
    piece = flat[start : start + width]
    return ("…" if start else "") + piece + ("…" if start + width < len(flat) else "")
