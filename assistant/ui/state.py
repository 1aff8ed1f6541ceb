"""The conversation kept in session state, as plain frozen values (pure).

Example:
    >>> q = Turn.user("Can I get bail?")
    >>> history([q, Turn.reply(q, Answer("Yes, if ...", "retrieval"))])
    (('user', 'Can I get bail?'), ('assistant', 'Yes, if ...'))
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from assistant.types import Answer

EXAMPLES: dict[str, str] = {
    "Rights": "My son has been detained by the police. Can he hire a lawyer, "
    "and how soon can the lawyer meet him?",
    "Look up": "What does Article 83 of the SPP Rules say?",
    "Deadline": "My brother was detained by the police on 3 March 2025 at 22:00. "
    "How long can the police hold him before asking for an arrest?",
}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Turn:
    """One chat message. Assistant turns carry the `Answer` (or an error message)."""

    id: str
    role: str  # "user" | "assistant"
    text: str
    at: str
    answer: Answer | None = None
    error: str = ""
    question: str = ""  # for assistant turns: the question answered
    laws: tuple[str, ...] | None = None  # the instrument filter in force

    @classmethod
    def user(cls, text: str) -> Turn:
        return cls(uuid.uuid4().hex, "user", text, _now())

    @classmethod
    def reply(cls, question: Turn, answer: Answer, laws: Sequence[str] | None = None) -> Turn:
        return cls(
            uuid.uuid4().hex,
            "assistant",
            answer.text,
            _now(),
            answer=answer,
            question=question.text,
            laws=tuple(laws) if laws is not None else None,
        )

    @classmethod
    def failure(cls, question: Turn, message: str) -> Turn:
        return cls(uuid.uuid4().hex, "assistant", "", _now(), error=message, question=question.text)


def history(turns: Iterable[Turn]) -> tuple[tuple[str, str], ...]:
    """(role, text) pairs for `Assistant.ask`; failed turns and their questions are left out."""
    out: list[tuple[str, str]] = []
    for t in turns:
        if t.error:
            if out and out[-1][0] == "user":
                out.pop()
            continue
        out.append((t.role, t.text))
    return tuple(out)


def laws_filter(selected: Collection[str], available: Collection[str]) -> list[str] | None:
    """None (search everything) when all or none are selected; else the selection in order."""
    chosen = [k for k in available if k in selected]
    if not chosen or len(chosen) == len(available):
        return None
    return chosen


def turn_by_id(turns: Iterable[Turn], turn_id: str) -> Turn | None:
    return next((t for t in turns if t.id == turn_id), None)


def preceding(turns: Sequence[Turn], turn_id: str) -> tuple[Turn, ...]:
    """The turns before `turn_id` (the history its question was asked with)."""
    for i, t in enumerate(turns):
        if t.id == turn_id:
            return tuple(turns[: max(i - 1, 0)])
    return ()
