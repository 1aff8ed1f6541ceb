"""Searcher: the search both backends run, over rankings an `Engine` computes.

Exact article references first, then the query's chat shorthand written out
(chatspeak.py) and spelling repaired, glossary terms found, the planned rankings
(search_plan.py) computed by the engine (bm25s + faiss in process, or a Milvus
server), fused by weighted RRF with the instrument and question-type priors
(ranking.py), and collapsed to one hit per article.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.corpus.instruments import INSTRUMENTS
from assistant.corpus.store import Corpus
from assistant.retrieval.adapter import QueryAdapter
from assistant.retrieval.chatspeak import expand
from assistant.retrieval.chunking import Chunk
from assistant.retrieval.config import Aggregate, Fusion, SearchConfig
from assistant.retrieval.dense import Embedder, valid_text
from assistant.retrieval.glossary import Glossary, additions, hinted_laws, load_glossary
from assistant.retrieval.lay import load_lay
from assistant.retrieval.periods import asks_for_time, flagged_rows, period_rows
from assistant.retrieval.rank_arrays import RowTables, fused_rows
from assistant.retrieval.ranking import rank_articles
from assistant.retrieval.references import Reference, find_references, mentioned_laws
from assistant.retrieval.remedies import asks_for_remedy, states_remedy
from assistant.retrieval.search_plan import Engine, Scope, plan, query_vectors
from assistant.retrieval.spelling import Speller
from assistant.types import Hit

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Lookup:
    """The article references in a query, split into those that exist and those that
    do not (which are reported, never replaced by a neighbouring article)."""

    found: tuple[Reference, ...] = ()
    missing: tuple[Reference, ...] = ()


def prior_instruments(query: str, glossary: Glossary, law: bool = True) -> set[str]:
    """Instruments the instrument prior boosts: those the query names, those its wording
    points at, and with the latter (if `law`) the Criminal Procedure Law every body applies.

    >>> sorted(prior_instruments("can the cops hold him?", load_glossary()))
    ['cpl', 'mps-procedures']
    >>> sorted(prior_instruments("MPS art. 9", load_glossary()))
    ['mps-procedures']
    """
    hinted = set(hinted_laws(query, glossary))
    if hinted and law:
        hinted.add("cpl")
    return hinted | set(mentioned_laws(query))


class Searcher:
    """Search `chunks` (the corpus chunked, in corpus order) through `engine`.

    Example:
        >>> s = Searcher(corpus, chunk_corpus(corpus.articles), embedder, engine)
        >>> [h.article for h in s.search("SPP Rules art. 83", k=3)][0]
        83
    """

    def __init__(self, corpus: Corpus, chunks: list[Chunk], embedder: Embedder, engine: Engine,
                 config: SearchConfig | None = None,
                 adapter: QueryAdapter | None = None) -> None:  # fmt: skip
        self.corpus, self.chunks, self.embedder, self.engine = corpus, chunks, embedder, engine
        self.config, self.adapter = config or SearchConfig(), adapter
        self.glossary: Glossary = load_glossary()
        known: frozenset[str] = getattr(embedder, "vocabulary", frozenset())
        texts = [c.text for c in chunks]
        self.speller = Speller.from_texts(texts, known, lambda: [*texts, *load_lay().texts])
        self._ranges: dict[str, tuple[int, int]] = {}
        self._row_of: dict[tuple[str, int], int] = {}
        self._article_of: list[int] = []
        keys: dict[str, int] = {}
        for i, c in enumerate(chunks):
            lo, _ = self._ranges.get(c.law, (i, i))
            self._ranges[c.law] = (lo, i + 1)
            if c.article is not None:
                self._row_of.setdefault((c.law, c.article), i)
            self._article_of.append(keys.setdefault(c.article_key, len(keys)))
        self._law_of = [c.law for c in chunks]
        self._period_rows = period_rows(self._article_of, (c.body for c in chunks))
        self._remedy_rows = flagged_rows(self._article_of, (c.body for c in chunks), states_remedy)
        self._tables = RowTables(self._law_of, self._article_of)

    def lookup(self, query: str, laws: Sequence[str] | None = None) -> Lookup:
        """Resolve the query's article references against the corpus.

        A reference naming no instrument is looked up in every instrument (within `laws`).
        """
        found: list[Reference] = []
        missing: list[Reference] = []
        for ref in find_references(query):
            cands = [ref.law] if ref.law else list(INSTRUMENTS)
            cands = [x for x in cands if not laws or x in laws]
            hits = [Reference(x, ref.article) for x in cands if (x, ref.article) in self._row_of]
            found += [h for h in hits if h not in found]
            if not hits and cands:
                missing.append(ref)
        return Lookup(tuple(found), tuple(missing))

    def scope(self, laws: Sequence[str] | None) -> Scope:
        """The filter for these instruments (unknown keys are ignored; None: all)."""
        if laws is None:
            return Scope()
        return Scope(tuple(laws), tuple(self._ranges[x] for x in laws if x in self._ranges))

    def search(self, query: str, k: int = 10, laws: Sequence[str] | None = None,
               asks: str | None = None) -> list[Hit]:  # fmt: skip
        """Best articles for the query, one hit per article (its best chunk), best first.

        Articles the query cites by number come first; `laws` restricts every method
        before fusion, so a filtered search still fills k results when it can. `asks`,
        if given, is the wording the question-type priors (a period, a remedy) read
        instead of the query: a follow-up searched with its conversation's topic asks
        what its own words ask, not what the earlier question asked.
        """
        cfg = self.config
        if k <= 0:
            return []
        query = valid_text(query)
        laws = [x for x in laws if x in INSTRUMENTS] if laws else None
        exact = self.lookup(query, laws) if cfg.lookup else Lookup()
        if exact.missing:
            log.info("no such article: %s", ", ".join(f"{r.law or ''} {r.article}"
                                                     for r in exact.missing))  # fmt: skip
        text = self._repaired(query)
        adds = " ".join(additions(text, self.glossary)) if cfg.glossary else ""
        adapt = self.adapter.apply if self.adapter is not None and cfg.adapter else None
        requests = plan(text, adds, cfg, self.engine.tokens, self.engine.has_lay,
                        max(cfg.depth, k), adapted=adapt is not None)  # fmt: skip
        vectors = query_vectors(requests, self.embedder.encode, adapt)
        rankings = self.engine.run(requests, vectors, self.scope(laws))
        per_method = {r.name: dict(top) for r, top in zip(requests, rankings, strict=True)}
        # the priors read the repaired text: "the prosicuters" points at the procuratorate
        prior_laws = prior_instruments(text, self.glossary, law=cfg.prior_law)
        boost, rows = cfg.period_prior, frozenset[int]()  # question-type priors
        wanted = text if asks is None else self._repaired(asks)
        if asks_for_time(wanted):
            rows = self._period_rows
        elif cfg.remedy_prior and asks_for_remedy(wanted):
            boost, rows = cfg.remedy_prior, self._remedy_rows
        fused = [i for i, r in enumerate(requests) if r.weight]  # weight 0: scores only
        args = [rankings[i] for i in fused], [requests[i].weight for i in fused]
        order = None
        if cfg.fusion is Fusion.RRF and cfg.aggregate is Aggregate.MAX:
            order = fused_rows(*args, self._tables, cfg.rrf_k, prior_laws, cfg.prior, rows, boost)
        if order is None:
            ranked = rank_articles(
                *args, law_of=self._law_of, article_of=self._article_of,
                prior_laws=prior_laws, prior=cfg.prior, fusion=cfg.fusion, rrf_k=cfg.rrf_k,
                aggregate=cfg.aggregate, boost_rows=rows, boost=boost,
            )  # fmt: skip
            order = [x.row for x in ranked], [x.score for x in ranked]
        return self._to_hits(exact.found, order, per_method, k)

    def _repaired(self, text: str) -> str:
        """`text` with chat shorthand expanded and typos repaired (if spelling is on)."""
        return self.speller.correct(expand(text)) if self.config.spelling else text

    def _to_hits(self, exact: Sequence[Reference], order: tuple[list[int], list[float]],
                 per_method: dict[str, dict[int, float]], k: int) -> list[Hit]:  # fmt: skip
        """The cited articles first (scored above the best fused one), then the fused
        ranking, one hit per article, until k. `order` is the fused rows and scores, best
        first, an article's first row being its best chunk (`fused_rows`; one row per
        article from `rank_articles`): only the rows before the k-th hit are looked at."""
        rows = [self._row_of[(str(r.law), r.article)] for r in exact]
        ranked, scores = order
        top = scores[0] if scores else 0.0
        hits: list[Hit] = []
        seen: set[int] = set()
        article_of = self._article_of
        if rows:
            fused: dict[int, tuple[int, float]] = {}  # article -> its best row and score
            for row, score in zip(ranked, scores, strict=True):
                fused.setdefault(article_of[row], (row, score))
            for i, row in enumerate(rows):
                art = article_of[row]
                if art in seen:
                    continue
                seen.add(art)
                x = fused.get(art)  # the article's best chunk when it was also ranked
                hits.append(self._hit(x[0] if x else row, top + len(rows) - i,
                                      x[1] if x else 0.0, len(hits) + 1, per_method, True))  # fmt: skip
                if len(hits) >= k:
                    return hits
        for row, score in zip(ranked, scores, strict=True):
            art = article_of[row]
            if art in seen:
                continue
            seen.add(art)
            hits.append(self._hit(row, score, score, len(hits) + 1, per_method, False))
            if len(hits) >= k:
                break
        return hits

    def _hit(self, row: int, score: float, rrf: float, rank: int,
             per_method: dict[str, dict[int, float]], cited: bool) -> Hit:  # fmt: skip
        scores = {m: v[row] for m, v in per_method.items() if row in v}
        scores["rrf"] = rrf
        if cited:
            scores["lookup"] = 1.0
        c = self.chunks[row]
        return Hit(c.chunk_id, c.law, c.article, c.text, score, rank, scores)
