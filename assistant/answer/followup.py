"""Resolve follow-up questions against the conversation (pure)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answer.normalize import scrub

MAX_TURNS = 6  # history used: the last few turns only
_CONNECTIVE = re.compile(
    r"^(and|but|so|also|then|what about|how about|what if|and if|if so|in that case|same for|"
    r"does that|is that|can that|can it|could that|would that|and for|and the|what happens)\b",
    re.I,
)
_ANAPHORA = re.compile(
    r"\b(that|this|it|he|she|they|him|her|them|his|their|those|these|there)\b", re.I
)


def user_turns(history: Sequence[tuple[str, str]]) -> list[str]:
    return [c for r, c in history[-MAX_TURNS:] if r == "user" and c.strip()]


def is_followup(question: str, history: Sequence[tuple[str, str]]) -> bool:
    if not user_turns(history):
        return False
    words = question.split()
    return (
        bool(_CONNECTIVE.match(question.strip()))
        or len(words) <= 6
        or (len(words) <= 14 and bool(_ANAPHORA.search(question)))
    )


def rewrite(question: str, history: Sequence[tuple[str, str]]) -> str:
    """The retrieval query: the topic of the earlier turn(s) plus the new question."""
    if not is_followup(question, history):
        return question
    earlier = user_turns(history)[-1][-600:]
    return f"{earlier} {question}"


def normalise_history(history: object) -> list[tuple[str, str]]:
    """Accept [(role, content)] or [{"role", "content"}]; ignore anything malformed."""
    out: list[tuple[str, str]] = []
    if not isinstance(history, list | tuple):
        return out  # a string, a number, None: no usable history
    for turn in history[-MAX_TURNS:]:
        if isinstance(turn, dict):
            role, content = turn.get("role"), turn.get("content")
        elif isinstance(turn, list | tuple) and len(turn) == 2:
            role, content = turn
        else:
            continue
        if role in ("user", "assistant") and isinstance(content, str):
            out.append((role, scrub(content[:4000])))
    return out
