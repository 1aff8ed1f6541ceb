"""Evaluation cases for retrieval: questions with gold articles, and ranking metrics.

Follow-up items prepend the earlier user turns to the question (the product's
follow-up rewriting does something similar). Items without gold articles (out of
scope, non-existent articles) are left out of the ranking metrics.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.evaluation.metrics import mrr_at_k, recall_at_k

ROOT = Path(__file__).resolve().parents[1]
QA_PATH = ROOT / "eval" / "qa.jsonl"
Ref = tuple[str, int]
# Dev items scored only in aggregate (eval/DATASET.md): the fifth batch, the sixth's held-out
# half, the seventh batch and the even-numbered halves of the eighth, ninth and tenth;
# tuning tools leave them out
HELD = re.compile(
    r"-d5\d\d$|^(eligibility-d6(1[6-9]|2\d|30)|followup-d6(1[1-9]|20)|rights-d6(0[6-9]|10))$|-d7"
    r"|-d[89]\d[02468]$|-d10\d[02468]$"
)


@dataclass(frozen=True)
class Case:
    id: str
    kind: str
    query: str
    gold: tuple[Ref, ...]


def product_query(question: str) -> str:
    """The question as the assistant hands it to retrieval: cleaned, instructions to the
    assistant dropped, non-English legal terms bridged (assistant.answer, not retrieval)."""
    from assistant.answer import languages
    from assistant.answer.normalize import clean, strip_injection

    inp = clean(question)
    q = strip_injection(inp.text) if inp.injection else inp.text
    if inp.language in ("zh", "other"):
        q = f"{q} {languages.bridge(q, inp.language)}".strip()
    return q


def load_cases(split: str, path: Path = QA_PATH, as_product: bool = False) -> list[Case]:
    """The cases of one split (`dev` for tuning; `test` only for the final report)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else None
        if not row or row["split"] != split or not row["gold"]:
            continue
        turns = [t["content"] for t in row.get("history") or [] if t["role"] == "user"]
        question = product_query(row["question"]) if as_product else row["question"]
        query = (" ".join(turns)[-500:] + " " + question) if turns else question
        gold = tuple((g["law"], int(g["article"])) for g in row["gold"])
        out.append(Case(row["id"], row["kind"], query, gold))
    return out


@dataclass(frozen=True)
class Scores:
    n: int
    recall5: float  # fraction of the gold articles in the top 5 (project metric)
    hit5: float  # share of questions with at least one gold article in the top 5
    mrr10: float


def score(ranked: Sequence[Ref], gold: Iterable[Ref]) -> tuple[float, float, float]:
    g = set(gold)
    r5 = recall_at_k(list(ranked), g, 5) or 0.0
    mrr = mrr_at_k(list(ranked), g, 10) or 0.0
    return r5, float(any(x in g for x in ranked[:5])), mrr


def evaluate(cases: Sequence[Case], search: Callable[[str], Sequence[Ref]]) -> dict[str, Scores]:
    """Scores overall ("ALL") and per kind of question."""
    rows: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for c in cases:
        s = score(search(c.query), c.gold)
        rows["ALL"].append(s)
        rows[c.kind].append(s)
    return {
        kind: Scores(len(v), *(sum(x[i] for x in v) / len(v) for i in range(3)))
        for kind, v in sorted(rows.items())
    }


def fmt(scores: dict[str, Scores], kinds: Sequence[str]) -> str:
    """One table row: R@5/MRR@10 overall then per kind."""
    cells = []
    for kind in kinds:
        s = scores.get(kind)
        cells.append(f"{s.recall5:.2f} / {s.mrr10:.2f}" if s else "–")
    return " | ".join(cells)
