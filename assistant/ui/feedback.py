"""Thumbs up/down feedback, appended to a local JSONL file (default `eval/feedback.jsonl`).

One JSON object per line. A rating and a later comment on the same answer are
two complete lines with the same `id`; `load_feedback` keeps the last line per
`id`, so readers (the evaluation tools turning feedback into test cases) see one
record per answer; a record whose `rating` is null was withdrawn. Nothing is sent anywhere; a line is written only when the user
clicks a thumb or sends a comment.

Record fields: `id`, `at`, `rating` ("up"|"down"), `comment`, `question`,
`history` ([[role, text], ...] before the question), `laws` (filter or null),
`route`, `answer`, `citations` ([{law, article, quote}]), `steps`, `query`.

Example:
    >>> rec = feedback_record(turn, rating=1, comment="", history=())
    >>> append_feedback(Path("eval/feedback.jsonl"), rec)
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.ui.state import Turn

RATINGS = {0: "down", 1: "up"}  # st.feedback("thumbs") returns 0 for down, 1 for up


def feedback_record(
    turn: Turn,
    rating: int | None,
    comment: str,
    history: Sequence[tuple[str, str]],
    now: datetime | None = None,
) -> dict[str, Any]:
    """Build one feedback line for an assistant turn."""
    a = turn.answer
    return {
        "id": turn.id,
        "at": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
        "rating": RATINGS.get(rating) if rating is not None else None,
        "comment": comment.strip(),
        "question": turn.question,
        "history": [list(p) for p in history],
        "laws": list(turn.laws) if turn.laws is not None else None,
        "route": a.route if a else None,
        "answer": turn.text,
        "citations": [
            {"law": c.law, "article": c.article, "quote": c.quote}
            for c in (a.citations if a else ())
        ],
        "steps": list(a.steps) if a else [],
        "query": a.query if a else "",
    }


def append_feedback(path: Path, record: dict[str, Any]) -> None:
    """Append one record as a single line (one `write` call, so lines never interleave)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
    with path.open("a", encoding="utf-8") as f:
        f.write(line)


def load_feedback(path: Path) -> list[dict[str, Any]]:
    """The last record per `id` (each line is complete), oldest first; damaged lines skipped."""
    if not path.exists():
        return []
    latest: dict[str, dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        if isinstance(rec, dict) and "id" in rec:
            latest.pop(rec["id"], None)
            latest[rec["id"]] = rec
    return list(latest.values())
