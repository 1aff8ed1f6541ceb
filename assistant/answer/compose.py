"""Extractive grounded answers: pick the provisions and sentences that answer, quote them.

Every quote is a verbatim span of its article's text, so `verify` can check it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answer import text as tx
from assistant.corpus.headers import is_item
from assistant.corpus.instruments import INSTRUMENTS
from assistant.corpus.store import Corpus
from assistant.retrieval.tokenize import tokenize
from assistant.types import Article, Citation, Hit

NOT_ADVICE = "This is general information from the texts, not legal advice."
MAX_QUOTE = 400
ACT_IDF = 2.0  # idf mass a modal's object must share with the question (dev-tuned)
LEAD_SHARE = 0.6  # a lead sentence must share this much of the best sentence's overlap
# Retrieval already weighs the whole article against the question; one sentence's shared
# words only break near-ties. A smaller weight let a neighbour sharing more words ("the
# period", "bail") displace the article that answers (dev split, rights and follow-ups).
RANK_WEIGHT = 12.0
# A further article is cited only when retrieval scored it almost as high as the first:
# a clear winner is cited alone (precision), a near-tie, e.g. the police and the
# procuratorate rules on the same act, keeps both (recall weighs more in F2). Dev-tuned.
KEEP_SCORE = 0.9
TIME_BONUS = 3.0  # a stated period, for a "how long" question
# Stems that name the asker's modality ("do I need", "is it allowed") or the usual actors
# and nouns, not the act: "may … send personnel, according to the needs of the case" does
# not answer "do I need the police's OK?".
_NOT_ACTS = ("need", "allow", "permi", "requir", "ok", "polic", "procur", "prosecut", "public",
             "secur", "organ", "case", "suspect", "crimin", "law", "person")  # fmt: skip


@dataclass(frozen=True)
class Pick:
    article: Article
    sentence: tx.Sentence
    score: float
    retrieval: float = 0.0  # the hit's own retrieval score


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
        wants_time = tx.ask_type(query) == "time"
        best: tuple[tx.Sentence, float] | None = None
        for s in tx.sentences(art.text):
            toks = set(tokenize(s.text))
            score = sum(self.idf.get(t, 0.0) for t in q & toks)
            if wants_time and tx.time_phrase(s.text):
                score += TIME_BONUS
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
            score = lookup + found[1] + RANK_WEIGHT / h.rank
            picks.append(Pick(art, found[0], score, h.score))
        picks.sort(key=lambda p: -p.score)
        if not picks:
            return []
        top = picks[0]
        keep = [top]
        for p in picks[1:]:
            if (
                len(keep) < limit
                and top.retrieval > 0
                and p.retrieval >= KEEP_SCORE * top.retrieval
            ):
                keep.append(p)
        return keep

    def compose(self, question: str, picks: Sequence[Pick]) -> tuple[str, tuple[Citation, ...]]:
        lead = self.lead(question, picks)
        quotes, cites = [], []
        for i, p in enumerate(picks):
            more = self.second_sentence(question, p) if i == 0 else None
            for s in sorted([p.sentence, *([more] if more else [])], key=lambda x: x.start):
                q = _clip(s.text)
                quotes.append(f"> “{q}” {tag(p.article.law, p.article.article)}")
                cites.append(Citation(p.article.law, p.article.article, q))
        lines = [lead, "What the provisions say:", *quotes, *notes([p.article.law for p in picks])]
        return blocks(lines), tuple(cites)

    def second_sentence(self, question: str, pick: Pick) -> tx.Sentence | None:
        """Another sentence of the cited article when one is not enough.

        The question's own ask decides: "how fast must the higher level decide?" is
        answered by MPS Art. 81's second sentence ("The public security organ at the next
        higher level shall make a decision within seven days"), not the first, which was
        picked for the topic. Among the other sentences, the one sharing most with the
        question (a stated period first, for a time question); if none shares anything,
        the next sentence, where an article's conditions and extensions usually follow.
        """
        sents = tx.sentences(pick.article.text)
        others = [s for s in sents if s.start != pick.sentence.start]
        if not others:
            return None
        after = next((s for s in others if s.start > pick.sentence.start), None)
        period = tx.ask_type(question) == "time" and not tx.time_phrase(pick.sentence.text)

        def fit(s: tx.Sentence) -> float:
            bonus = TIME_BONUS if period and tx.time_phrase(s.text) else 0.0
            return self.overlap(question, s.text) + bonus

        best = max(others, key=lambda s: (fit(s), s is after))
        return best if fit(best) > 0 else after

    def overlap(self, question: str, sentence: str) -> float:
        q = set(tokenize(question))
        return sum(self.idf.get(t, 0.0) for t in q & set(tokenize(sentence)))

    def governs(self, question: str, sentence: str) -> bool:
        """Does a modal in the sentence govern the act the question asks about? Only
        distinctive shared words count ("driving", "identity"), not "case" or "organ"."""
        q = {t for t in tokenize(question) if not t.startswith(_NOT_ACTS)}
        for tail in tx.after_modals(sentence):
            if sum(self.idf.get(t, 0.0) for t in q & set(tokenize(tail))) >= ACT_IDF:
                return True
        return False

    def lead(self, question: str, picks: Sequence[Pick]) -> str:
        """A plain-language lead from the sentence that answers the question's own ask.

        Candidates are the picked articles' sentences; one of the right kind (a period for
        "how long", a modal about the asked act for "can/must", an organ for "who") must
        share most of what the best-matching sentence shares with the question, else the
        lead stays neutral rather than answering something else.
        """
        ask = tx.ask_type(question)
        cands = [(self.overlap(question, s.text), i, p, s)
                 for i, p in enumerate(picks) for s in tx.sentences(p.article.text)]  # fmt: skip
        floor = LEAD_SHARE * max((c[0] for c in cands), default=0.0)
        cands = [c for c in cands if c[0] >= floor and c[0] > 0]
        # For "how long"/"who", the densest match first: "The period of residential
        # surveillance shall not exceed six months" beats a long sentence sharing the same
        # words among many others. For yes/no the fullest match: the act, not a keyword.
        dense = ask in ("time", "who")
        cands.sort(
            key=lambda c: (
                -(c[0] / math.sqrt(1 + len(tokenize(c[3].text))) if dense else c[0]),
                c[1],
            )
        )
        for _, _, p, s in cands:
            ref = tag(p.article.law, p.article.article)
            if ask == "time" and (phrase := tx.time_phrase(s.text)):
                return f"{phrase[0].upper()}{phrase[1:]} — {ref} provides: “{_clip(s.text)}”"
            if ask == "yesno" and tx.is_modal(s.text) and self.governs(question, s.text):
                if (pol := tx.polarity(s.text, question)) is None:
                    break  # the closest modal sentence does not settle it: no yes/no lead
                word = "Yes" if pol == "yes" else "No"
                return f"{word}, under {ref} (read the conditions): “{_clip(s.text)}”"
            if ask == "who" and tx.ACTOR.search(s.text):
                return f"Under {ref}: “{_clip(s.text)}”"
        top = picks[0]
        ref = tag(top.article.law, top.article.article)
        if is_item(top.sentence.text.lstrip()):
            # a list item ("(a) …") read alone misleads: point at the quotes instead
            return f"The provision that answers this is {ref}, quoted below."
        return f"The provision that answers this is {ref}: “{_clip(top.sentence.text)}”"


def blocks(parts: Sequence[str]) -> str:
    """Markdown paragraphs: each part its own block (quotes and notes stay apart)."""
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def sentence_around(art: Article, quote: str) -> str:
    """The (clipped) sentence of `art` that contains `quote`, else the quote itself: a
    rule's short fragment ("A recidivism offender") reads better in its sentence."""
    for s in tx.sentences(art.text):
        if quote in s.text:
            clipped = _clip(s.text)
            return clipped if quote in clipped else quote
    return quote


def _clip(sentence: str) -> str:
    """Quotes stay verbatim: a long sentence is cut to a prefix, never rewritten."""
    return sentence if len(sentence) <= MAX_QUOTE else sentence[:MAX_QUOTE].rsplit(" ", 1)[0]


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
