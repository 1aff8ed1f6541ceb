"""Read and write `corpus/articles.jsonl` and look articles up by reference."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path

from assistant.types import Article

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_ARTICLES = ROOT / "corpus" / "articles.jsonl"
RAW_DIR = ROOT / "corpus" / "raw"


def article_to_json(a: Article) -> str:
    """One deterministic JSON line (sorted keys, text included for readers)."""
    d = asdict(a)
    d["paragraphs"] = list(a.paragraphs)
    d["id"] = a.id
    d["text"] = a.text
    return json.dumps(d, ensure_ascii=False, sort_keys=True)


def article_from_json(line: str) -> Article:
    d = json.loads(line)
    return Article(
        law=d["law"],
        article=d["article"],
        chapter=d["chapter"],
        section=d["section"],
        paragraphs=tuple(d["paragraphs"]),
        source=d["source"],
        line_start=d["line_start"],
        line_end=d["line_end"],
        passage=d.get("passage", 0),
        note=d.get("note", ""),
    )


def atomic_write_text(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder and rename (atomic on POSIX)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_articles(articles: Iterable[Article], path: Path = DEFAULT_ARTICLES) -> None:
    atomic_write_text(path, "".join(article_to_json(a) + "\n" for a in articles))


def load_articles(path: Path = DEFAULT_ARTICLES) -> tuple[Article, ...]:
    """Load parsed articles; raise a clear error if the file is missing or damaged."""
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing; run `legalqa corpus build`")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(article_from_json(line))
        except (ValueError, KeyError, TypeError) as e:
            raise ValueError(f"{path}:{n}: damaged article record ({e})") from e
    return tuple(out)


class Corpus:
    """All articles, indexed by `(law, article)`.

    Example:
        >>> corpus = Corpus(load_articles())
        >>> corpus.get("spp-rules", 83).text[:40]
    """

    def __init__(self, articles: Iterable[Article]) -> None:
        self.articles: tuple[Article, ...] = tuple(articles)
        self._by_ref = {(a.law, a.article): a for a in self.articles if a.article is not None}

    def get(self, law: str, article: int) -> Article | None:
        return self._by_ref.get((law, article))

    def exists(self, law: str, article: int) -> bool:
        return (law, article) in self._by_ref

    def by_law(self, law: str) -> tuple[Article, ...]:
        return tuple(a for a in self.articles if a.law == law)

    def numbers(self, law: str) -> tuple[int, ...]:
        return tuple(sorted(n for (lw, n) in self._by_ref if lw == law))
