"""Read the raw source files (with clear errors), parse them, write articles.jsonl."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from assistant.corpus.instruments import EXPECTED_RANGES
from assistant.corpus.parser import ParseResult, parse_explainer, parse_instrument
from assistant.corpus.store import RAW_DIR, article_to_json, atomic_write_text
from assistant.types import Article, Missing

log = logging.getLogger(__name__)

JUVENILE_CHAPTER = "Chapter III Examination and Prosecution of Juvenile Criminal Cases"


@dataclass(frozen=True)
class Source:
    prefix: str  # file name prefix in corpus/raw
    law: str  # law key; "explainer" files yield guide + cpl records
    first: int = 1
    chapter: str = ""


SOURCES = (
    Source("000_", "explainer"),
    Source("001_", "explainer"),
    Source("002_", "spp-rules"),
    Source("003_", "spp-juvenile", 22, JUVENILE_CHAPTER),
    Source("004_", "mps-procedures"),
)


class CorpusError(Exception):
    """A source file is missing or unreadable; the message names the file."""


@dataclass(frozen=True)
class CorpusBuild:
    articles: tuple[Article, ...]
    results: dict[str, ParseResult]  # by source file name


def read_source(path: Path) -> str:
    """Read one source file as UTF-8 text, refusing missing, empty or binary files."""
    if not path.is_file():
        raise CorpusError(f"source file missing: {path}")
    data = path.read_bytes()
    if not data.strip():
        raise CorpusError(f"source file is empty: {path}")
    if b"\x00" in data:
        raise CorpusError(f"source file is binary (contains NUL bytes), not text: {path}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise CorpusError(
            f"source file is not valid UTF-8 ({e.reason} at byte {e.start}): {path}"
        ) from e


def find_source(raw_dir: Path, prefix: str) -> Path:
    matches = sorted(raw_dir.glob(prefix + "*.txt"))
    if len(matches) != 1:
        raise CorpusError(
            f"expected one source file {prefix}*.txt in {raw_dir}, found {len(matches)}"
        )
    return matches[0]


def parse_corpus(raw_dir: Path = RAW_DIR) -> CorpusBuild:
    """Parse every source file; articles come out in a fixed, deterministic order."""
    results: dict[str, ParseResult] = {}
    passage = 1
    for src in SOURCES:
        path = find_source(raw_dir, src.prefix)
        text = read_source(path)
        if src.law == "explainer":
            res = parse_explainer(text, path.name, passage)
            passage += sum(1 for a in res.articles if a.law == "guide")
        else:
            res = parse_instrument(text, src.law, path.name, src.first, src.chapter)
        results[path.name] = res
    order = {"cpl": 0, "guide": 1, "spp-rules": 2, "spp-juvenile": 3, "mps-procedures": 4}
    arts = [a for r in results.values() for a in r.articles]
    arts.sort(key=lambda a: (order[a.law], a.article or 0, a.passage))
    return CorpusBuild(tuple(arts), results)


def build_corpus(out: Path, raw_dir: Path = RAW_DIR) -> CorpusBuild:
    """Parse and write `articles.jsonl` atomically (byte-identical on rebuild)."""
    built = parse_corpus(raw_dir)
    atomic_write_text(out, "".join(article_to_json(a) + "\n" for a in built.articles))
    log.info("wrote %d articles to %s", len(built.articles), out)
    return built


@dataclass(frozen=True)
class LawCheck:
    law: str
    found: int
    expected: tuple[int, int] | None
    missing: tuple[Missing, ...]
    unexplained: tuple[int, ...]
    recovered: tuple[str, ...]


def check_corpus(built: CorpusBuild) -> tuple[tuple[LawCheck, ...], int, int]:
    """Per-instrument coverage; also (boilerplate lines removed, front-matter lines)."""
    checks = []
    missing_all = [m for r in built.results.values() for m in r.missing]
    for law in ("spp-rules", "spp-juvenile", "mps-procedures", "cpl", "guide"):
        arts = [a for a in built.articles if a.law == law]
        nums = {a.article for a in arts if a.article is not None}
        rng = EXPECTED_RANGES.get(law) if law != "cpl" else None
        missing = tuple(m for m in missing_all if m.law == law)
        explained = {m.article for m in missing}
        gaps = tuple(n for n in range(rng[0], rng[1] + 1) if n not in nums) if rng else ()
        recovered = tuple(
            f"Article {a.article}: {a.note}" for a in arts if a.note and a.article is not None
        )
        unexplained = tuple(n for n in gaps if n not in explained)
        checks.append(LawCheck(law, len(arts), rng, missing, unexplained, recovered))
    removed = sum(len(r.boilerplate) for r in built.results.values())
    front = sum(len(r.front_matter) for r in built.results.values())
    return tuple(checks), removed, front
