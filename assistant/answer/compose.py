"""Extractive grounded answers: pick the provisions and sentences that answer, quote them.

Every quote is a verbatim span of its article's text, so `verify` can check it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answer import text as tx
from assistant.corpus.instruments import INSTRUMENTS
from assistant.corpus.store import Corpus
from assistant.retrieval.tokenize import tokenize
from assistant.types import Article, Citation, Hit

NOT_ADVICE = "This is general information from the texts, not legal advice."
MAX_QUOTE = 400


@dataclass(frozen=True)
class Pick:
    article: Article
    sentence: tx.Sentence
    score: float


def tag(law: str, article: int | None) -> str:
    short = INSTRUMENTS[law].short
    return f"[{short}, Art. {article}]" if article is not None else f"[{short}]"


def _idf(corpus: Corpus) -> dict[str, float]:
    df: dict[str, int] = {}
    for a in corpus.articles:
        for t in set(tokenize(a.text)):
            df[t] = df.get(t, 0) + 1
    n = len(corpus.articles)
    return {t: math.log(1 + n / d) for t, d in df.items()}


class Composer:
    """Builds the answer text and citations from retrieved hits."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.idf = _idf(corpus)

    def best_sentence(self, query: str, art: Article) -> tuple[tx.Sentence, float] | None:
        q = set(tokenize(query))
        wants_time = tx.asks_time(query)
        best: tuple[tx.Sentence, float] | None = None
        for s in tx.sentences(art.text):
            toks = set(tokenize(s.text))
            score = sum(self.idf.get(t, 0.0) for t in q & toks)
            if wants_time and tx.time_phrase(s.text):
                score += 3.0
            if best is None or score > best[1]:
                best = (s, score)
        return best

    def pick(self, query: str, hits: Sequence[Hit], limit: int = 3) -> list[Pick]:
        """Rerank the top hits by how well one of their sentences answers the query."""
        picks: list[Pick] = []
        for h in hits[:6]:
            art = self.corpus.get(h.law, h.article) if h.article is not None else None
            if art is None:
                continue
            found = self.best_sentence(query, art)
            if found is None:
                continue
            lookup = 100.0 if "lookup" in h.scores else 0.0
            score = lookup + found[1] + 4.0 / h.rank  # retrieval rank still matters
            picks.append(Pick(art, found[0], score))
        picks.sort(key=lambda p: -p.score)
        if not picks:
            return []
        keep = [picks[0]]
        for p in picks[1:]:
            if len(keep) < limit and p.score >= 0.75 * picks[0].score:
                keep.append(p)
        return keep

    def compose(self, question: str, picks: Sequence[Pick]) -> tuple[str, tuple[Citation, ...]]:
        top = picks[0]
        lead = _lead(question, top)
        quotes, cites = [], []
        for p in picks:
            q = _clip(p.sentence.text)
            quotes.append(f"> “{q}” {tag(p.article.law, p.article.article)}")
            cites.append(Citation(p.article.law, p.article.article, q))
        lines = [lead, "What the provisions say:", *quotes, *notes([p.article.law for p in picks])]
        return blocks(lines), tuple(cites)


def blocks(parts: Sequence[str]) -> str:
    """Markdown paragraphs: each part its own block (quotes and notes stay apart)."""
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def _clip(sentence: str) -> str:
    """Quotes stay verbatim: a long sentence is cut to a prefix, never rewritten."""
    return sentence if len(sentence) <= MAX_QUOTE else sentence[:MAX_QUOTE].rsplit(" ", 1)[0]


def _lead(question: str, top: Pick) -> str:
    ref = tag(top.article.law, top.article.article)
    s = top.sentence.text
    if tx.asks_time(question) and (phrase := tx.time_phrase(s)):
        return f"{phrase[0].upper()}{phrase[1:]} — {ref} provides: “{_clip(s)}”"
    if tx.is_yes_no(question) and (pol := tx.polarity(s)):
        word = "Yes" if pol == "yes" else "No"
        return f"{word}, under {ref} (read the conditions): “{_clip(s)}”"
    return f"The provision that answers this is {ref}: “{_clip(s)}”"


def notes(laws: Sequence[str]) -> list[str]:
    """Which body each instrument binds, versions, and the not-advice line."""
    out = []
    uniq = list(dict.fromkeys(laws))
    if "spp-rules" in uniq and "mps-procedures" in uniq:
        out.append(
            "Which rules apply: the SPP Rules bind the procuratorate (prosecutors); the MPS "
            "Provisions bind the police (public security organs). Where they differ, use the "
            "one for the body handling the case."
        )
    srcs = "; ".join(
        f"{INSTRUMENTS[x].short} — {INSTRUMENTS[x].title}, {INSTRUMENTS[x].version}" for x in uniq
    )
    out.append(
        f"Sources: {srcs}. These are older instruments that may have been amended or replaced."
    )
    out.append(NOT_ADVICE)
    return out
