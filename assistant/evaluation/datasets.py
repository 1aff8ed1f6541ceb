"""Load and write evaluation datasets: our JSONL eval set, generic Q/A JSONL, BEIR.

BEIR import/export lives in `assistant.evaluation.beir` and is re-exported here, so
callers need only this module:

    >>> cases = load_qa(Path("eval/qa.jsonl"))
    >>> beir = load_beir(Path("/work/shared/benchmarks/coliee-civil-code"))
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from assistant.evaluation.beir import BeirDataset, BeirDoc, export_beir, load_beir, write_beir
from assistant.evaluation.schema import DatasetError, QACase, case_from_json, parse_ref

__all__ = [
    "BeirDataset",
    "BeirDoc",
    "DatasetError",
    "QACase",
    "export_beir",
    "load_beir",
    "load_generic_qa",
    "load_qa",
    "write_beir",
    "write_generic_qa",
    "write_qa",
]

log = logging.getLogger(__name__)
MAX_ERRORS = 50


def iter_jsonl(path: Path) -> Iterator[tuple[int, Any]]:
    """Yield `(line_number, decoded_object)`, skipping blank lines.

    Raises:
        DatasetError: on the first line that is not valid JSON, naming `path:line`.
    """
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                yield n, json.loads(line)
            except json.JSONDecodeError as e:
                raise DatasetError(f"{path}:{n}: not valid JSON ({e.msg}, column {e.colno})") from e


def _raise_if(errors: list[str], path: Path) -> None:
    if errors:
        more = f"\n... and {len(errors) - MAX_ERRORS} more" if len(errors) > MAX_ERRORS else ""
        msg = f"{path}: {len(errors)} invalid record(s):\n" + "\n".join(errors[:MAX_ERRORS])
        raise DatasetError(msg + more)


def load_qa(path: Path | str) -> list[QACase]:
    """Load and validate our eval set (schema in `assistant.evaluation.schema`).

    Every record is checked before anything is returned; ids must be unique.

    Raises:
        DatasetError: listing every problem as `path:line: message`.
    """
    path = Path(path)
    cases: list[QACase] = []
    errors: list[str] = []
    first_line: dict[str, int] = {}
    for n, obj in iter_jsonl(path):
        try:
            case = case_from_json(obj)
        except DatasetError as e:
            errors.append(f"{path}:{n}: {e}")
            continue
        if case.id in first_line:
            errors.append(
                f"{path}:{n}: duplicate id {case.id!r} (first on line {first_line[case.id]})"
            )
            continue
        first_line[case.id] = n
        cases.append(case)
    _raise_if(errors, path)
    log.info("loaded %d eval cases from %s", len(cases), path)
    return cases


def _dump_lines(rows: Iterable[Mapping[str, Any]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    path.write_text(text, encoding="utf-8")


def write_qa(cases: Iterable[QACase], path: Path | str) -> None:
    """Write cases as our eval-set JSONL (one object per line, UTF-8)."""
    _dump_lines((c.to_json() for c in cases), Path(path))


def _get(obj: Mapping[str, Any], dotted: str) -> Any:
    """`obj["a"]["b"]` for `"a.b"`; None if any step is missing."""
    cur: Any = obj
    for part in dotted.split("."):
        if not isinstance(cur, Mapping) or part not in cur:
            return None
        cur = cur[part]
    return cur


def _generic_case(obj: Any, n: int, fields: Mapping[str, str | None], split: str) -> QACase:
    if not isinstance(obj, Mapping):
        raise DatasetError("record must be a JSON object")
    qid, question = _get(obj, fields["id"] or ""), _get(obj, fields["question"] or "")
    answer = _get(obj, fields["answer"]) if fields["answer"] else None
    if not isinstance(question, str) or not question.strip():
        raise DatasetError(f"field {fields['question']!r} must be a non-empty string")
    raw_gold = _get(obj, fields["gold"]) if fields["gold"] else None
    raw_gold = [] if raw_gold is None else raw_gold
    try:
        gold = tuple(parse_ref(g) for g in (raw_gold if isinstance(raw_gold, list) else [raw_gold]))
    except ValueError as e:
        raise DatasetError(f"field {fields['gold']!r}: {e}") from e
    reference = "" if answer is None else str(answer)
    return QACase(
        id=str(qid) if qid is not None else f"line-{n}",
        kind="research",
        split=split,
        question=question,
        gold=gold,
        facts=((reference,),) if reference.strip() else (),
        reference=reference,
    )


def load_generic_qa(
    path: Path | str,
    *,
    question_field: str = "question",
    answer_field: str | None = "answer",
    id_field: str = "id",
    gold_field: str | None = None,
    split: str = "test",
) -> list[QACase]:
    """Load any question/answer JSONL by naming its fields (dotted paths allowed).

    Mapping: the answer becomes `reference` and a single fact (so fact recall asks
    whether the whole reference answer appears in the system's answer, which suits
    short answers); gold refs may be `{"law", "article"}` objects or `"law:N"`
    strings, one or a list; a missing id becomes `line-N`. Kind is `research`.

    Raises:
        DatasetError: listing every problem as `path:line: message`.
    """
    path = Path(path)
    fields = {"id": id_field, "question": question_field, "answer": answer_field}
    fields["gold"] = gold_field
    cases: list[QACase] = []
    errors: list[str] = []
    for n, obj in iter_jsonl(path):
        try:
            cases.append(_generic_case(obj, n, fields, split))
        except DatasetError as e:
            errors.append(f"{path}:{n}: {e}")
    _raise_if(errors, path)
    return cases


def write_generic_qa(
    cases: Iterable[QACase],
    path: Path | str,
    *,
    question_field: str = "question",
    answer_field: str = "answer",
    id_field: str = "id",
    gold_field: str | None = None,
) -> None:
    """Write cases as flat question/answer JSONL with the given field names.

    The answer is the case's `reference`; gold (if `gold_field`) as `"law:N"` strings.
    """
    rows = []
    for c in cases:
        row: dict[str, Any] = {id_field: c.id, question_field: c.question}
        row[answer_field] = c.reference
        if gold_field:
            row[gold_field] = list(c.gold_ids)
        rows.append(row)
    _dump_lines(rows, Path(path))
