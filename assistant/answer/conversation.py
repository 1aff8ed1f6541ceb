"""Retrieval for a question asked inside a conversation (pure, given a search function).

A follow-up usually asks something new about the topic of the previous answer ("who
decides that?" after a recusal answer, "and if he breaks them?" after the bail rules).
The topic is taken as the sections (chapter and section headings) of the articles the
previous answer cited; the articles of a section are the instrument's own grouping of a
procedure. Three steps, measured on the dev follow-ups, the d6 open follow-ups and the
own conversations in tests/answer/followup_round*.yaml (bench/README.md):

* the contextual query (`followup.rewrite`: the earlier turn's topic, the new turn
  counted twice) is ranked as before;
* the bare question is ranked on its own too, and its hits inside the topic's sections
  are fused with the contextual ranking (RRF, k = 10 as in retrieval, weight 0.5): the
  new question's own evidence decides which article of the topic answers it;
* a question that follows only by being short (no connective, no pronoun) and whose own
  top hits all lie outside the topic is a new question ("Can prosecutors examine a
  victim's injuries?" after a surveillance answer) and is retrieved alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from assistant.answer.followup import is_followup, last_answer, leans_on_history, rewrite
from assistant.corpus.store import Corpus
from assistant.retrieval.fusion import rrf
from assistant.retrieval.references import find_references
from assistant.types import Hit

Search = Callable[[str, int], Sequence[Hit]]
SectionOf = Callable[[str, int], tuple[str, str, str] | None]  # (law, chapter, section)

OWN_WEIGHT = 0.5  # the bare question's in-topic ranking against the contextual one (1.0)
FUSION_K = 10  # the RRF constant retrieval uses (SearchConfig.rrf_k)
OWN_DEPTH = 50  # how deep the bare ranking is searched for the topic's articles
ON_TOPIC_TOP = 5  # a short question whose own top 5 miss the topic is a new question


def sections(corpus: Corpus) -> SectionOf:
    """The corpus's (law, chapter, section) of an article, None if it does not exist."""

    def of(law: str, article: int) -> tuple[str, str, str] | None:
        art = corpus.get(law, article)
        return None if art is None else (law, art.chapter, art.section)

    return of


@dataclass(frozen=True)
class Retrieved:
    """The query retrieval ran (shown as `Answer.query`) and the hits, best first."""

    query: str
    hits: tuple[Hit, ...]


def topic(
    history: Sequence[tuple[str, str]], section_of: SectionOf
) -> frozenset[tuple[str, str, str]]:
    """Sections of the articles the previous answer cited (empty if it cited none)."""
    refs = find_references(last_answer(history))
    found = (section_of(r.law, r.article) for r in refs if r.law)
    return frozenset(s for s in found if s is not None)


def _in(hit: Hit, sections: frozenset[tuple[str, str, str]], section_of: SectionOf) -> bool:
    return hit.article is not None and section_of(hit.law, hit.article) in sections


def fuse(context: Sequence[Hit], own: Sequence[Hit], k: int = 10) -> tuple[Hit, ...]:
    """The contextual ranking fused with the in-topic own ranking; exact references first.

    >>> a, b = Hit("x:1#0", "x", 1, "", 1.0, 1), Hit("x:2#0", "x", 2, "", 0.5, 2)
    >>> [h.article for h in fuse([a, b], [b])]
    [2, 1]
    """
    exact = [h for h in context if "lookup" in h.scores]
    first = {(h.law, h.article) for h in exact}
    lists = [[(h.law, h.article) for h in hits] for hits in (context, own)]
    ranked = rrf([[x for x in r if x not in first] for r in lists], FUSION_K, [1.0, OWN_WEIGHT])
    by_key = {(h.law, h.article): h for h in [*own, *context]}  # the contextual hit wins
    rest = [replace(by_key[key], score=score) for key, score in ranked]
    return tuple(replace(h, rank=i) for i, h in enumerate([*exact, *rest][:k], 1))


def retrieve(
    question: str,
    history: Sequence[tuple[str, str]],
    search: Search,
    section_of: SectionOf,
    k: int = 10,
) -> Retrieved:
    """Rank the articles for `question` asked after `history`."""
    if not is_followup(question, history):
        return Retrieved(question, tuple(search(question, k)))
    sections = topic(history, section_of)
    if not sections:  # nothing cited before: the contextual query alone
        query = rewrite(question, history)
        return Retrieved(query, tuple(search(query, k)))
    own = search(question, OWN_DEPTH)
    in_topic = [h for h in own if _in(h, sections, section_of)]
    top = own[:ON_TOPIC_TOP]
    if not leans_on_history(question) and not any(_in(h, sections, section_of) for h in top):
        return Retrieved(question, tuple(search(question, k)))
    query = rewrite(question, history)
    return Retrieved(query, fuse(search(query, max(k, OWN_DEPTH)), in_topic, k))
