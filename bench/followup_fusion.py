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
from collections.abc import Callable, Sequence

from assistant.answer.followup import focus, normalise_history, rewrite
from assistant.corpus.store import Corpus, load_articles
from assistant.loading import load_retriever
from assistant.retrieval.chunking import article_key
from assistant.retrieval.fusion import rrf_scores
from assistant.settings import Settings
from bench.evalset import HELD, QA_PATH

WEIGHTS = (0.0, 0.5, 0.8, 1.0, 2.0)
BOOSTS = (0.0, 0.3, 0.5, 1.0)
DEPTH, RRF_K = 20, 10
Art = tuple[str, int | None]


def fuse(topic: Sequence[str], alone: Sequence[str], weight: float, boost: float,
         near: Callable[[str], bool]) -> list[str]:  # fmt: skip
    """Weighted RRF of two rankings of article keys, those `near` the conversation boosted."""
    score = rrf_scores([topic, alone], k=RRF_K, weights=[1.0, weight])
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

    art_of: dict[str, Art] = {}  # article key ("law:83", "guide:p3") -> (law, article)

    def keys(query: str, laws: list[str] | None = None) -> list[str]:
        hits = retriever.search(query, DEPTH, laws=laws)
        art_of.update({article_key(h.chunk_id): (h.law, h.article) for h in hits})
        return [article_key(h.chunk_id) for h in hits]

    scores: dict[tuple[float, float], list[tuple[float, float]]] = {}
    for c in cases:
        hist = normalise_history(c.get("history", []))
        gold = {(g["law"], g["article"]) for g in c["gold"]}
        topic = keys(rewrite(c["question"], hist))
        f = focus(c["question"], hist)
        alone = [] if f is None else keys(f.question, list(f.laws))
        places = {place(a) for a in (f.cited if f else ())} - {None}
        for w in WEIGHTS:
            for b in BOOSTS:
                fused = fuse(topic, alone, w, b, lambda k, p=places: place(art_of[k]) in p)
                ranked = list(dict.fromkeys(art_of[k] for k in fused))  # articles, as scored
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
