"""Is a question within what these instruments cover? Pure, from words and retrieval scores."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.types import Hit

# Words that place a question in criminal procedure (stems, matched at word starts).
_DOMAIN = re.compile(
    r"\b(polic|cop|arrest|detain|detention|custod|bail|guarant|surety|prosecut|procurat|"
    r"suspect|crim|investigat|interrogat|lawyer|defen[cs]|defender|attorney|court|judge|"
    r"trial|charge|jail|prison|sentenc|warrant|search|seiz|evidence|witness|victim|juvenile|"
    r"minor|surveillance|house arrest|recus|withdraw|no-?filing|file a case|public security|"
    r"offen[cs]|convict|probation|appeal|reconsider|confess|summon|escort|held|hold|took|"
    r"taken|picked up|lock)",
    re.I,
)
# Topics plainly outside these instruments.
_OUTSIDE = re.compile(
    r"\b(divorce|custody of (?:my|the) (?:kids|children)|alimony|marriage|inherit|will and testament|"
    r"tax|vat|tenan|landlord|rent|lease|mortgage|visa|immigration|copyright|trademark|patent|"
    r"employment contract|salary|wage|overtime|traffic fine|parking|speeding ticket|weather|"
    r"recipe|football|movie|stock|bitcoin|crypto|miranda|fifth amendment|united states|u\.s\.|"
    r"\buk\b|england|california|germany|france|japan(?:ese)? civil|india|australia|canada)",
    re.I,
)


@dataclass(frozen=True)
class ScopeThresholds:
    """Tuned on the evaluation set's dev split (see eval/README.md)."""

    dense_min: float = 0.30  # best dense cosine below this, with no domain words: decline
    dense_strong: float = 0.45  # at or above this the corpus clearly talks about it


def decide_scope(question: str, hits: Sequence[Hit], t: ScopeThresholds | None = None) -> bool:
    """True when the question should be answered from the corpus."""
    t = t or ScopeThresholds()
    best = max((h.scores.get("dense", 0.0) for h in hits), default=0.0)
    domain = bool(_DOMAIN.search(question))
    outside = bool(_OUTSIDE.search(question))
    if outside:
        return best >= t.dense_strong and domain
    if domain:
        return bool(hits)
    return best >= t.dense_min


def covered_summary() -> str:
    return (
        "These instruments cover Chinese criminal procedure only: detention, arrest, bail "
        "pending trial, residential surveillance, defence lawyers, investigation, filing and "
        "not filing cases, prosecution and non-prosecution, juvenile cases, and the time "
        "limits for each."
    )
