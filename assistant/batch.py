"""Batch answering: JSONL in, one JSONL line out per input line, in order, in constant memory."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any, TextIO

from assistant.types import Answer

log = logging.getLogger(__name__)
MAX_LINE = 1_000_000  # characters; a longer line is reported, not parsed


def answer_to_json(answer: Answer, id_: Any = None) -> dict[str, Any]:
    """The batch output object (the same shape the evaluation harness reads)."""
    return {
        "id": id_,
        "answer": answer.text,
        "route": answer.route,
        "abstained": answer.abstained,
        "citations": [
            {"law": c.law, "article": c.article, "quote": c.quote} for c in answer.citations
        ],
        "hits": [
            {"law": h.law, "article": h.article, "chunk_id": h.chunk_id, "score": round(h.score, 6)}
            for h in answer.hits[:10]
        ],
        "computed": answer.computed,
        "latency_ms": round(answer.latency_ms, 2),
    }


def _parse_record(line: str) -> dict[str, Any]:
    """Validate one input record; raise ValueError with a user-facing message."""
    if len(line) > MAX_LINE:
        raise ValueError(f"line too long ({len(line)} characters; limit {MAX_LINE})")
    try:
        rec = json.loads(line.removeprefix("\ufeff"))  # a byte-order mark (Notepad) is no error
    except json.JSONDecodeError as e:
        raise ValueError(f"not valid JSON ({e.msg} at column {e.colno})") from None
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    if not isinstance(rec, dict):
        raise ValueError("each line must be a JSON object")
    if not isinstance(rec.get("question"), str):
        raise ValueError("missing 'question' (a string)")
    laws = rec.get("laws")
    if laws is not None and not (isinstance(laws, list) and all(isinstance(x, str) for x in laws)):
        raise ValueError("'laws' must be a list of law keys")
    history = rec.get("history")
    if history is not None and not isinstance(history, list):
        raise ValueError("'history' must be a list of turns")
    today = rec.get("today")
    if today is not None:
        try:
            rec["today"] = date.fromisoformat(str(today))
        except ValueError:
            raise ValueError(f"'today' must be YYYY-MM-DD, not {today!r}") from None
    return rec


def answer_record(bot: Any, rec: dict[str, Any]) -> dict[str, Any]:
    """Answer one already-parsed record (also the evaluation harness's code path)."""
    today = rec.get("today")
    if isinstance(today, str):
        today = date.fromisoformat(today)
    answer = bot.ask(rec["question"], rec.get("history") or (), rec.get("laws"), today)
    return answer_to_json(answer, rec.get("id"))


def run_lines(bot: Any, lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """One output object per input line (blank lines included), in order."""
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        rid: Any = n
        try:
            if not line.strip():
                raise ValueError("blank line")
            rec = _parse_record(line)
            rid = rec.get("id", n)
            yield answer_record(bot, rec)
        except ValueError as e:
            yield {"id": rid, "error": f"line {n}: {e}"}


def _dumps(out: dict[str, Any]) -> str:
    """One JSON line; \\u-escaped if it holds text UTF-8 cannot encode (lone surrogates)."""
    text = json.dumps(out, ensure_ascii=False, default=str)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(out, ensure_ascii=True, default=str)
    return text


def run_stream(bot: Any, src: TextIO, dst: TextIO) -> tuple[int, int]:
    """Stream src to dst; returns (answered, errors)."""
    ok = bad = 0
    for out in run_lines(bot, src):
        dst.write(_dumps(out) + "\n")
        dst.flush()
        if "error" in out:
            bad += 1
        else:
            ok += 1
    return ok, bad
