"""Export a conversation as Markdown or JSON, with its citations (pure).

Nothing is written here: the app hands the returned text to a download button,
so an export exists only on the user's machine and only when they ask for it.

- Markdown: user, answer and corpus text are escaped (`md_escape`,
  `answer_markdown`), so opening the file in a Markdown viewer renders no HTML.
- JSON: the exact strings, JSON-encoded, with `<`, `>` and `&` written as
  `\\u003c`, `\\u003e`, `\\u0026` (same data, safe to embed in a web page).

Example:
    >>> q = Turn.user("Bail?")
    >>> "## Question 1" in to_markdown([q])
    True
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from assistant.corpus.instruments import INSTRUMENTS
from assistant.types import Citation
from assistant.ui.render import (
    ROUTE_LABELS,
    answer_markdown,
    md_escape,
    ref_label,
    steps_markdown,
    version_line,
)
from assistant.ui.state import Turn

DISCLAIMER = (
    "LegalQA gives general information from old, machine-translated texts. "
    "It is not legal advice; check the current official text and consult a lawyer."
)
FORMAT_VERSION = 1


def _citation_dict(c: Citation) -> dict[str, Any]:
    inst = INSTRUMENTS.get(c.law)
    return {
        "law": c.law,
        "article": c.article,
        "quote": c.quote,
        "instrument": inst.title if inst else c.law,
        "year": inst.year if inst else None,
        "version": inst.version if inst else "",
    }


def _turn_dict(t: Turn) -> dict[str, Any]:
    d: dict[str, Any] = {"role": t.role, "text": t.text, "at": t.at}
    if t.role == "assistant":
        a = t.answer
        d["error"] = t.error or None
        d["route"] = a.route if a else None
        d["citations"] = [_citation_dict(c) for c in a.citations] if a else []
        d["steps"] = list(a.steps) if a else []
        d["laws"] = list(t.laws) if t.laws is not None else None
    return d


def to_json(turns: Sequence[Turn], now: datetime | None = None) -> str:
    """The conversation as pretty-printed JSON (one object with a `turns` list)."""
    doc = {
        "format": "legalqa-conversation",
        "version": FORMAT_VERSION,
        "exported_at": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
        "disclaimer": DISCLAIMER,
        "turns": [_turn_dict(t) for t in turns],
    }
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _sources_md(citations: Sequence[Citation]) -> list[str]:
    lines = ["", "**Sources**", ""]
    for c in citations:
        lines.append(
            f"- {md_escape(ref_label(c.law, c.article))}: {md_escape(version_line(c.law))}"
        )
        if c.quote:
            lines.append(f"  > {md_escape(c.quote)}")
    return lines


def _answer_md(t: Turn) -> list[str]:
    if t.error:
        return [f"_{md_escape(t.error)}_"]
    a = t.answer
    lines = [answer_markdown(t.text)]
    if a is None:
        return lines
    lines += ["", f"_Route: {md_escape(ROUTE_LABELS.get(a.route, a.route))}_"]
    if a.steps:
        lines += ["", "**How this was calculated**", "", steps_markdown(a.steps)]
    if a.citations:
        lines += _sources_md(a.citations)
    return lines


def to_markdown(turns: Sequence[Turn], now: datetime | None = None) -> str:
    """The conversation as a Markdown document with questions, answers and sources."""
    stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    lines = ["# LegalQA conversation", "", f"Exported {stamp}.", "", f"> {DISCLAIMER}"]
    n = 0
    for t in turns:
        if t.role == "user":
            n += 1
            lines += ["", f"## Question {n}", "", md_escape(t.text)]
        else:
            lines += ["", "### Answer", "", *_answer_md(t)]
    return "\n".join(lines) + "\n"
