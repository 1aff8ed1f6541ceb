"""Apply the reviewed lay-language glossary (glossary.toml) to a query."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

GLOSSARY_PATH = Path(__file__).with_name("glossary.toml")


@dataclass(frozen=True)
class Term:
    pattern: re.Pattern[str]
    adds: str


@lru_cache(maxsize=4)
def load_glossary(path: Path = GLOSSARY_PATH) -> tuple[Term, ...]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return tuple(
        Term(re.compile(rf"\b(?:{t['pattern']})\b"), t["adds"]) for t in data.get("term", [])
    )


def expand(query: str, terms: tuple[Term, ...] | None = None) -> str:
    """Append the corpus terms for every glossary entry the query matches.

    >>> expand("the cops took my brother")  # doctest: +ELLIPSIS
    'the cops took my brother public security organ detained detention'
    """
    terms = load_glossary() if terms is None else terms
    low = query.lower()
    adds = [t.adds for t in terms if t.pattern.search(low)]
    return " ".join([query, *adds]) if adds else query
