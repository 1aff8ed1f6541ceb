r"""Tables of an evaluation report as plain data, and the ablation comparison parser.

`legalqa eval --ablations` writes `ablations/comparison.md` (pipe tables under
`## Overall`, `## Split dev` ...) and `comparison.png`; `ablations(folder)` reads them
back so the app can show the tables as data rather than as Markdown.

Example:
    >>> markdown_tables("## Overall\n\n| run | f2 |\n|---|---|\n| bm25 | 0.465 |")
    (('Overall', Table(columns=('run', 'f2'), rows=(('bm25', 0.465),))),)
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

Cell = str | float | None
_HEADING = re.compile(r"^#{2,3}\s+(.+?)\s*$")


@dataclass(frozen=True)
class Table:
    """A table as data: column names and rows of cells (text, number or undefined)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]

    def records(self) -> list[dict[str, Cell]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


@dataclass(frozen=True)
class Ablations:
    """`ablations/comparison.md` as tables (one per heading), and its bar chart."""

    tables: tuple[tuple[str, Table], ...]
    chart: Path | None


def _cell(text: str) -> Cell:
    text = text.strip()
    if text in ("–", "-", ""):
        return None
    try:
        return float(text)
    except ValueError:
        return text


def markdown_tables(text: str) -> tuple[tuple[str, Table], ...]:
    """The pipe tables of a markdown text, each titled by the heading above it."""
    out: list[tuple[str, Table]] = []
    title, lines = "", []
    for line in [*text.splitlines(), ""]:
        if line.startswith("|"):
            lines.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        if len(lines) >= 2:  # header and separator at least
            header, body = lines[0], lines[2:]
            rows = tuple(tuple(_cell(c) for c in r) for r in body if len(r) == len(header))
            out.append((title, Table(tuple(header), rows)))
        lines = []
        if m := _HEADING.match(line):
            title = m[1]
    return tuple(out)


def ablations(folder: Path) -> Ablations | None:
    md, png = folder / "comparison.md", folder / "comparison.png"
    if not md.is_file():
        return None
    try:
        tables = markdown_tables(md.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        log.warning("cannot read %s", md, exc_info=True)
        return None
    return Ablations(tables, png if png.is_file() else None)
