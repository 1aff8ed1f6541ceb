"""The eval-set record (`eval/qa.jsonl`): a frozen `QACase` and its validation.

One JSON object per line::

    {"id": "r-001", "kind": "rights", "split": "dev", "question": "...",
     "history": [{"role": "user", "content": "..."}],
     "gold": [{"law": "spp-rules", "article": 83}],
     "facts": [["10 days", "ten days"]], "expected": {}, "should_abstain": false,
     "note": ""}

`expected` is `{}`, `{"deadline": ..., "latest": ...}`, `{"eligible": true|false|null}`
or `{"nonexistent": {"law": ..., "article": ...}}`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

KINDS = (
    "rights",
    "research",
    "lookup",
    "deadline",
    "eligibility",
    "followup",
    "out_of_scope",
    "adversarial",
)
SPLITS = ("dev", "test")
ROLES = ("user", "assistant", "system")

Ref = tuple[str, int]  # (law key, article number)


def ref_id(law: str, article: int | str | None) -> str:
    """The string id of an article reference, `law:article` (the BEIR corpus id)."""
    return f"{law}:{article}"


@dataclass(frozen=True)
class Turn:
    """One earlier message of the conversation."""

    role: str
    content: str


@dataclass(frozen=True)
class QACase:
    """One evaluation question with its gold answer key.

    Example:
        >>> case = QACase(id="q1", kind="lookup", split="dev", question="What is Art. 1?",
        ...               gold=(("spp-rules", 1),), facts=(("procuratorate",),))
        >>> case.gold_ids
        ('spp-rules:1',)
    """

    id: str
    kind: str
    split: str
    question: str
    history: tuple[Turn, ...] = ()
    gold: tuple[Ref, ...] = ()
    facts: tuple[tuple[str, ...], ...] = ()
    expected: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    should_abstain: bool = False
    note: str = ""
    reference: str = ""  # a reference answer (generic Q/A sets); not scored directly

    @property
    def gold_ids(self) -> tuple[str, ...]:
        return tuple(ref_id(law, art) for law, art in self.gold)

    def to_json(self) -> dict[str, Any]:
        """The JSONL object for this case (schema above; `reference` only if set)."""
        out: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "split": self.split,
            "question": self.question,
            "history": [{"role": t.role, "content": t.content} for t in self.history],
            "gold": [{"law": law, "article": art} for law, art in self.gold],
            "facts": [list(alts) for alts in self.facts],
            "expected": self.expected,
            "should_abstain": self.should_abstain,
            "note": self.note,
        }
        if self.reference:
            out["reference"] = self.reference
        return out


class DatasetError(ValueError):
    """Invalid dataset content; the message lists every problem as `path:line: ...`."""


def parse_ref(value: Any) -> Ref:
    """Read a gold reference from `{"law", "article"}` or a `"law:article"` string."""
    if isinstance(value, Mapping):
        law, art = value.get("law"), value.get("article")
    elif isinstance(value, str) and ":" in value:
        law, _, num = value.rpartition(":")
        art = int(num) if num.strip().isdigit() else num
    else:
        raise ValueError(f"gold reference must be {{law, article}} or 'law:N', got {value!r}")
    if not isinstance(law, str) or not law or not isinstance(art, int) or isinstance(art, bool):
        raise ValueError(f"gold reference needs a law key and an integer article, got {value!r}")
    return (law, art)


def _check_types(obj: Mapping[str, Any]) -> list[str]:
    errors = []
    for key in ("id", "question"):
        if not isinstance(obj.get(key), str) or not obj.get(key, "").strip():
            errors.append(f"'{key}' must be a non-empty string")
    if obj.get("kind") not in KINDS:
        errors.append(f"'kind' must be one of {', '.join(KINDS)}; got {obj.get('kind')!r}")
    if obj.get("split") not in SPLITS:
        errors.append(f"'split' must be one of {', '.join(SPLITS)}; got {obj.get('split')!r}")
    if not isinstance(obj.get("should_abstain", False), bool):
        errors.append("'should_abstain' must be true or false")
    if not isinstance(obj.get("expected", {}), Mapping):
        errors.append("'expected' must be an object")
    if not isinstance(obj.get("note", ""), str):
        errors.append("'note' must be a string")
    return errors


def _check_lists(obj: Mapping[str, Any]) -> list[str]:
    errors = []
    history = obj.get("history", [])
    if not isinstance(history, list) or not all(
        isinstance(t, Mapping) and t.get("role") in ROLES and isinstance(t.get("content"), str)
        for t in history
    ):
        errors.append(f"'history' must be a list of {{role ({'|'.join(ROLES)}), content}}")
    facts = obj.get("facts", [])
    if not isinstance(facts, list) or not all(
        isinstance(f, list) and f and all(isinstance(a, str) and a.strip() for a in f)
        for f in facts
    ):
        errors.append("'facts' must be a list of non-empty lists of non-empty strings")
    gold = obj.get("gold", [])
    if not isinstance(gold, list):
        errors.append("'gold' must be a list")
    else:
        for g in gold:
            try:
                parse_ref(g)
            except ValueError as e:
                errors.append(str(e))
    nonexistent = obj.get("expected", {}).get("nonexistent") if _is_map(obj, "expected") else None
    if nonexistent is not None:
        try:
            parse_ref(nonexistent)
        except ValueError as e:
            errors.append(f"expected.nonexistent: {e}")
    return errors


def _is_map(obj: Mapping[str, Any], key: str) -> bool:
    return isinstance(obj.get(key, {}), Mapping)


def validate_case(obj: Any) -> list[str]:
    """All schema problems of one decoded record (empty list if valid)."""
    if not isinstance(obj, Mapping):
        return [f"record must be a JSON object, got {type(obj).__name__}"]
    return _check_types(obj) + _check_lists(obj)


def case_from_json(obj: Mapping[str, Any]) -> QACase:
    """Build a `QACase` from a record; raise `DatasetError` listing all problems."""
    errors = validate_case(obj)
    if errors:
        raise DatasetError("; ".join(errors))
    return QACase(
        id=obj["id"],
        kind=obj["kind"],
        split=obj["split"],
        question=obj["question"],
        history=tuple(Turn(t["role"], t["content"]) for t in obj.get("history", [])),
        gold=tuple(parse_ref(g) for g in obj.get("gold", [])),
        facts=tuple(tuple(alts) for alts in obj.get("facts", [])),
        expected=dict(obj.get("expected", {})),
        should_abstain=obj.get("should_abstain", False),
        note=obj.get("note", ""),
        reference=obj.get("reference", ""),
    )
