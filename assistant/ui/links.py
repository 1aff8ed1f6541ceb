"""Deep links to the article browser (`?law=spp-rules&article=83`), pure.

Query parameters come from the address bar, so they are validated against the
known instruments and the article numbers the corpus holds before use.

Example:
    >>> article_url("spp-rules", 83)
    'articles?law=spp-rules&article=83'
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from urllib.parse import urlencode

from assistant.corpus.instruments import INSTRUMENTS

BROWSER_PATH = "articles"  # url_path of the article browser page
_NUMBER = re.compile(r"\d{1,4}")


@dataclass(frozen=True)
class DeepLink:
    """A validated request: `law` and `article` are None when absent or invalid."""

    law: str | None = None
    article: int | None = None
    problem: str = ""  # a user-facing explanation when something was rejected


def article_url(law: str, article: int) -> str:
    """Relative URL of an article in the browser (works under any base path)."""
    return f"{BROWSER_PATH}?{urlencode({'law': law, 'article': article})}"


def _first(value: object) -> str:
    if isinstance(value, list | tuple):
        value = value[-1] if value else ""
    return str(value).strip() if value is not None else ""


def parse_deep_link(
    params: Mapping[str, object], numbers: Mapping[str, Collection[int]]
) -> DeepLink:
    """Validate `law` and `article` query parameters.

    Args:
        params: the query parameters (values may be strings or lists of strings).
        numbers: article numbers the corpus holds, per law key.

    Returns:
        The accepted law and article; `problem` says what was ignored and why.
        Rejected values are never echoed back, so the message is safe to show.
    """
    raw_law = _first(params.get("law"))
    raw_article = _first(params.get("article"))
    if not raw_law:
        return DeepLink(problem="An article number needs a law." if raw_article else "")
    if raw_law not in INSTRUMENTS or raw_law not in numbers:
        known = ", ".join(sorted(k for k in INSTRUMENTS if k in numbers))
        return DeepLink(problem=f"Unknown instrument in the link. Known instruments: {known}.")
    if not raw_article:
        return DeepLink(law=raw_law)
    if not _NUMBER.fullmatch(raw_article):
        return DeepLink(law=raw_law, problem="The article in the link is not a number.")
    article = int(raw_article)
    if article not in numbers[raw_law]:
        return DeepLink(
            law=raw_law,
            problem=f"Article {article} is not in the corpus for {INSTRUMENTS[raw_law].short}.",
        )
    return DeepLink(law=raw_law, article=article)
