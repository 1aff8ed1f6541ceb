"""Follow-up retrieval: the conversation's topic and the follow-up's own words (pure).

`rewrite` (followup.py) searches the earlier question with the follow-up appended, so
the earlier topic dominates and its article, already answered, tends to come first
again, while a follow-up usually asks about a neighbouring provision: "how much would
we have to pay?" after bail is the deposit's amount, "do they have to tell his wife?"
after detention is the family notice. `merge` fuses that topic ranking with the
follow-up searched alone within the conversation's instruments, and boosts articles in
the same chapter or section as the ones the last answer cited.

Weights chosen on the dev split's follow-ups without held-out items (bench/README.md,
follow-up tables): alone 0.8 against the topic's 1.0, place boost 0.5; RRF constant 10,
as the retriever's own fusion (Cormack et al. 2009 use 60; 10 is top-heavy). A larger
alone weight (2.0) scored higher on those 30 items after the third lay-question round
but lower on every held-out follow-up batch, so 0.8 stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.retrieval.chunking import article_key
from assistant.retrieval.fusion import rrf_scores
from assistant.types import Hit

ALONE_WEIGHT = 0.8
PLACE_BOOST = 0.5
RRF_K = 10
DEPTH = 20  # hits taken from each of the two searches


def merge(topic: Sequence[Hit], alone: Sequence[Hit], same_place: Callable[[Hit], bool],
          k: int = 10) -> tuple[Hit, ...]:  # fmt: skip
    """The two rankings fused by weighted RRF, one hit per article (or explainer
    passage: they share the law key and have no number, so they are told apart by
    their chunk ids), best first.

    Exact references ("lookup" hits) stay first; ties keep the topic ranking's order.
    Each hit keeps its scores from the first ranking it appears in (the topic's, whose
    plain cosine the scope decision reads) plus the fused `conversation` score.
    """
    first: dict[str, Hit] = {}
    for h in (*topic, *alone):  # topic first: ties keep its order
        first.setdefault(article_key(h.chunk_id), h)
    rankings = [[article_key(h.chunk_id) for h in hits] for hits in (topic, alone)]
    score = rrf_scores(rankings, k=RRF_K, weights=[1.0, ALONE_WEIGHT])
    for key, h in first.items():
        if same_place(h):
            score[key] *= 1.0 + PLACE_BOOST
    order = sorted(first, key=lambda key: ("lookup" not in first[key].scores, -score[key]))
    return tuple(
        replace(first[key], score=score[key], rank=i,
                scores={**first[key].scores, "conversation": score[key]})
        for i, key in enumerate(order[:k], 1)
    )  # fmt: skip
