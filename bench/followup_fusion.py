"""Follow-up fusion grid: how the follow-up searched alone, and the cited section's boost,
move dev follow-ups (retrieval only; `assistant/answer/conversation.py`).

Dev follow-ups outside the held-out batches (eval/README.md) are searched three ways, as
`Context.followup` does: the topic rewrite, the follow-up alone within the cited (or
named) instruments, and the fusion of the two at each (alone weight, place boost).

    python -m bench.followup_fusion            # R@5 / MRR@10 per setting (markdown)
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Sequence

from assistant.answer.followup import focus, normalise_history, rewrite
from assistant.corpus.store import Corpus, load_articles
from assistant.loading import load_retriever
from assistant.settings import Settings
from bench.evalset import QA_PATH

HELD = re.compile(
    r"-d5\d\d$|^(eligibility-d6(1[6-9]|2\d|30)|followup-d6(1[1-9]|20)|rights-d6(0[6-9]|10))$|-d7"
)
WEIGHTS = (0.0, 0.5, 0.8, 1.0, 2.0)
BOOSTS = (0.0, 0.3, 0.5, 1.0)
DEPTH, RRF_K = 20, 10
Art = tuple[str, int | None]


def fuse(topic: Sequence[Art], alone: Sequence[Art], weight: float, boost: float,
         near: Callable[[Art], bool]) -> list[Art]:  # fmt: skip
    """Weighted RRF of two article rankings, articles `near` the conversation boosted."""
    score: dict[Art, float] = {}
    for ranked, w in ((topic, 1.0), (alone, weight)):
        for i, a in enumerate(ranked, 1):
            score[a] = score.get(a, 0.0) + w / (RRF_K + i)
    return sorted(score, key=lambda a: -score[a] * (1 + boost if near(a) else 1.0))


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    retriever, corpus = load_retriever(Settings.from_env()), Corpus(load_articles())
    rows = [json.loads(x) for x in QA_PATH.read_text(encoding="utf-8").splitlines() if x.strip()]
    cases = [r for r in rows if r["kind"] == "followup" and r["split"] == "dev"
             and not HELD.search(r["id"])]  # fmt: skip

    def place(a: Art) -> tuple[str, str, str] | None:
        art = corpus.get(a[0], a[1]) if a[1] is not None else None
        return (a[0], art.chapter, art.section) if art and (art.chapter or art.section) else None

    scores: dict[tuple[float, float], list[tuple[float, float]]] = {}
    for c in cases:
        hist = normalise_history(c.get("history", []))
        gold = {(g["law"], g["article"]) for g in c["gold"]}
        topic = [(h.law, h.article) for h in retriever.search(rewrite(c["question"], hist), DEPTH)]
        f = focus(c["question"], hist)
        alone = [] if f is None else [(h.law, h.article) for h in
                                      retriever.search(f.question, DEPTH, laws=list(f.laws))]  # fmt: skip
        places = {place(a) for a in (f.cited if f else ())} - {None}
        for w in WEIGHTS:
            for b in BOOSTS:
                ranked = fuse(topic, alone, w, b, lambda a, p=places: place(a) in p)
                r5 = len(set(ranked[:5]) & gold) / len(gold)
                mrr = next((1 / i for i, a in enumerate(ranked[:10], 1) if a in gold), 0.0)
                scores.setdefault((w, b), []).append((r5, mrr))
    head = "| alone weight \\ place boost | " + " | ".join(str(b) for b in BOOSTS) + " |"
    lines = [
        f"{len(cases)} dev follow-ups, R@5 / MRR@10",
        "",
        head,
        "|---" * (len(BOOSTS) + 1) + "|",
    ]
    for w in WEIGHTS:
        cells = []
        for b in BOOSTS:
            v = scores[(w, b)]
            cells.append(
                f"{sum(x for x, _ in v) / len(v):.2f} / {sum(y for _, y in v) / len(v):.2f}"
            )
        lines.append(f"| {w} | " + " | ".join(cells) + " |")
    logging.getLogger(__name__).warning("\n%s", "\n".join(lines))


if __name__ == "__main__":
    main()
