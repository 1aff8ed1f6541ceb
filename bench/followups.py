"""Follow-up retrieval through the whole assistant (conversation.py), R@5 / MRR@10.

    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.followups              # dev follow-ups + own rounds
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.followups --extra X.jsonl

Sets: the eval set's dev follow-ups (never the test split), the own conversations in
tests/answer/followup_round*.yaml (follow-ups, and topic changes: standalone questions
asked inside a conversation), and any eval-format JSONL given with --extra (its follow-up
items). The hits are the answer's, as `legalqa eval` scores them.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from assistant import Assistant, Settings
from assistant.evaluation.metrics import mrr_at_k, recall_at_k
from bench.evalset import QA_PATH, ROOT

ROUNDS = sorted((ROOT / "tests" / "answer").glob("followup_round*.yaml"))
Item = tuple[str, list[tuple[str, str]], list[tuple[str, int]]]  # question, history, gold


def _jsonl(path: Path, split: str | None) -> list[Item]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    keep = [r for r in rows if r["kind"] == "followup" and (split is None or r["split"] == split)]
    return [
        (r["question"], [(t["role"], t["content"]) for t in r.get("history") or []],
         [(g["law"], int(g["article"])) for g in r["gold"]])
        for r in keep
    ]  # fmt: skip


def _rounds(kind: str) -> list[Item]:
    cases: list[dict[str, Any]] = [c for p in ROUNDS for c in yaml.safe_load(p.read_text("utf-8"))]
    return [
        (
            c["q"],
            [tuple(t) for t in c["history"]],
            [(g.split(":")[0], int(g.split(":")[1])) for g in c["gold"]],
        )
        for c in cases
        if c["kind"] == kind
    ]


def score(bot: Assistant, items: Iterable[Item]) -> tuple[float, float, int]:
    r5, mrr = [], []
    for question, history, gold in items:
        ranked = [(h.law, h.article) for h in bot.ask(question, history).hits][:10]
        r5.append(recall_at_k(ranked, gold, 5) or 0.0)
        mrr.append(mrr_at_k(ranked, gold, 10) or 0.0)
    n = len(r5)
    return (sum(r5) / n, sum(mrr) / n, n) if n else (0.0, 0.0, 0)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--extra", type=Path, nargs="*", default=[], help="eval-format JSONL files")
    args = p.parse_args()
    logging.basicConfig(level=logging.WARNING)
    bot = Assistant.from_settings(Settings.from_env())
    sets = {"dev follow-ups": _jsonl(QA_PATH, "dev"), "own follow-ups": _rounds("followup"),
            "own topic changes": _rounds("topic")}  # fmt: skip
    sets |= {f"{x.name} follow-ups": _jsonl(x, None) for x in args.extra}
    print("| set | R@5 | MRR@10 | n |\n|---|---|---|---|")
    for name, items in sets.items():
        r5, mrr, n = score(bot, items)
        print(f"| {name} | {r5:.3f} | {mrr:.3f} | {n} |", flush=True)


if __name__ == "__main__":
    main()
