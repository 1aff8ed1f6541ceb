"""The four routes an answer can take, each a function of the question context."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.answer import llm
from assistant.answer import text as tx
from assistant.answer.compose import blocks, notes, sentence_around, tag
from assistant.answer.context import INJECTION_NOTE, Context
from assistant.answer.followup import rewrite, user_turns
from assistant.answer.premise import corrections
from assistant.answer.scope import (
    covered_summary,
    decide_scope,
    decline_note,
    declined_by_words,
    gap,
)
from assistant.answer.verify import all_ok, citation_ok
from assistant.corpus.instruments import INSTRUMENTS
from assistant.retrieval.references import find_references
from assistant.types import Answer, Article, Citation, Hit

if TYPE_CHECKING:
    from assistant.rules.model import RuleResult

__all__ = ["EMPTY_PROMPT", "INJECTION_NOTE", "Context", "abstain", "lookup", "retrieval", "rule"]

EMPTY_PROMPT = "Please type a question about Chinese criminal procedure (for example: “How long can the police detain someone?”)."


def _missing_refs(ctx: Context) -> list[str]:
    out = []
    for ref in find_references(ctx.question):
        laws = [ref.law] if ref.law else list(INSTRUMENTS)
        if any(ctx.bot.corpus.exists(law, ref.article) for law in laws):
            continue
        if ref.law:
            nums = ctx.bot.corpus.numbers(ref.law)
            span = f"Articles {nums[0]}–{nums[-1]}" if nums else "no numbered articles"
            out.append(
                f"There is no Article {ref.article} in the {INSTRUMENTS[ref.law].short} — the text here has {span}."
            )
        else:
            out.append(f"None of these instruments has an Article {ref.article}.")
    return out


def lookup(ctx: Context) -> Answer | None:
    """Exact references: show the article(s); name the ones that do not exist."""
    if not find_references(ctx.question):
        return None  # exact hits come only from references: no search needed here
    missing = _missing_refs(ctx)
    hits = ctx.search(ctx.question)
    exact = [h for h in hits if "lookup" in h.scores]
    if not exact and not missing:
        return None
    q = ctx.question
    if exact and ctx.bot.rules is not None and (tx.PERIOD.search(q) or tx.asks_for_date(q)):
        return None  # "under Art. 83, if detained on 1 March…" is a computation: rules first
    lines, cites = [*ctx.preface(), *missing], []
    for h in exact[:3]:
        art = ctx.bot.corpus.get(h.law, h.article)
        where = " / ".join(x for x in (art.chapter, art.section) if x)
        lines.append(
            f"{tag(art.law, art.article)} {INSTRUMENTS[art.law].title}"
            + (f" — {where}" if where else "")
        )
        lines += [f"> {p}" for p in art.paragraphs]
        cites.append(Citation(art.law, art.article, art.paragraphs[0]))
    if not exact:
        lines += [
            "I have not substituted a neighbouring article. Try `legalqa article LAW N` with an existing number, or ask your question in words.",
        ]
    lines += notes([c.law for c in cites]) if cites else []
    return Answer(blocks(lines), "lookup", tuple(cites), tuple(hits), query=ctx.question)


def rule(ctx: Context) -> Answer | None:
    """Deadlines, timelines and eligibility, computed by the rule module."""
    if ctx.bot.rules is None or gap(ctx.question) == "foreign":
        return None  # "can he get bail from the Malaysian police?": no rule of another country
    res = ctx.bot.rules(ctx.question, today=ctx.today, history=ctx.history, laws=ctx.laws)
    if res is None:
        return None
    if res.needs:
        # "how long can they…" wants the period, not a date: retrieval answers; but with the
        # event's date given, only its clock time is missing: ask it (the latest end is stated)
        general = res.kind != "eligibility" and not res.asks_time_only
        if general and not tx.asks_for_date(ctx.question):
            return None
        return _clarify(ctx, res)
    cites = tuple(Citation(c.law, c.article, c.quote) for c in res.cites)
    if not all_ok(ctx.bot.corpus, cites):
        return None  # never show an unverifiable computed answer; fall through
    # The steps quote the rule's fragments; the sources show whole sentences, so the
    # decisive words ("… shall not be granted bail pending trial") are there to read.
    cites = tuple(dict.fromkeys(_whole_sentence(ctx, c) for c in cites))
    steps = "\n".join(["How this was computed:", *(f"- {s}" for s in res.steps)])
    lines = [*ctx.preface(), res.summary, steps, "What the provisions say:"]
    lines += [f"> “{c.quote}” {tag(c.law, c.article)}" for c in cites]
    lines += notes([c.law for c in cites])
    hits = _evidence(ctx, [(c.law, c.article) for c in res.cites])
    return Answer(
        blocks(lines), "rule", cites, hits, dict(res.computed), tuple(res.steps), query=ctx.question
    )


def _clarify(ctx: Context, res: RuleResult) -> Answer:
    """A rule needs facts: show the rule's article(s), quoted, then ask for the facts."""
    found = [_whole_sentence(ctx, Citation(r.law, r.article, r.quote)) for r in res.cites]
    # an unverifiable quote is dropped, never shown
    cites = tuple(dict.fromkeys(c for c in found if citation_ok(ctx.bot.corpus, c)))
    lines = [*ctx.preface()]
    if cites:
        lines += [
            "The rule that applies:",
            *(f"> “{c.quote}” {tag(c.law, c.article)}" for c in cites),
        ]
    lines.append(res.summary)
    lines += notes([c.law for c in cites]) if cites else []
    hits = _evidence(ctx, [(c.law, c.article) for c in cites if c.article is not None])
    # a "cannot tell" verdict is itself a result ({"eligible": None}); keep it
    return Answer(blocks(lines), "clarify", cites, hits, dict(res.computed), query=ctx.question)


def _whole_sentence(ctx: Context, c: Citation) -> Citation:
    """The citation with its quote widened to the article's sentence, if that verifies."""
    art = ctx.bot.corpus.get(c.law, c.article) if c.article is not None else None
    if art is None:
        return c
    wide = Citation(c.law, c.article, sentence_around(art, c.quote))
    return wide if citation_ok(ctx.bot.corpus, wide) else c


def _evidence(ctx: Context, refs: list[tuple[str, int]]) -> tuple[Hit, ...]:
    """The articles a computed answer applied, ranked first, then what retrieval found."""
    query = rewrite(ctx.question, ctx.history)
    found = ctx.followup(query, ctx.search(query))
    first: list[Hit] = []
    for law, num in dict.fromkeys(refs):
        art = ctx.bot.corpus.get(law, num)
        if art is not None:
            first.append(Hit(f"{law}:{num}#0", law, num, art.text, 1.0, 0, {"rule": 1.0}))
    rest = [h for h in found if (h.law, h.article) not in set(refs)]
    return tuple(replace(h, rank=i) for i, h in enumerate([*first, *rest][:10], 1))


def retrieval(ctx: Context) -> Answer | None:
    """A grounded extractive answer (or, if configured, a verified model answer)."""
    query = rewrite(ctx.question, ctx.history)
    hits = ctx.search(query)
    if declined_by_words(ctx.question):
        return abstain(ctx, hits)
    if not decide_scope(query, hits):
        query, hits = _in_conversation(ctx, query, hits)
        if not decide_scope(query, hits):
            return abstain(ctx, hits)
    hits = ctx.followup(query, hits)
    picks = ctx.bot.composer.pick(query, hits)
    if not picks:
        return abstain(ctx, hits)
    text, cites = ctx.bot.composer.compose(ctx.question, picks)
    if ctx.bot.chat_model is not None:
        got = llm.generate(
            ctx.bot.chat_model, ctx.question, [p.article for p in picks], ctx.bot.corpus
        )
        if got is not None:
            text, cites = blocks([got[0], *notes([c.law for c in got[1]])]), got[1]
    if not all_ok(ctx.bot.corpus, cites):  # cannot happen by construction; checked anyway
        top = picks[0].article
        cites = (Citation(top.law, top.article, top.paragraphs[0]),)
        text = blocks([f"{tag(top.law, top.article)}: “{top.paragraphs[0]}”", *notes([top.law])])
    arts = [p.article for p in picks] + _articles(ctx, hits[:3])
    fixes, fix_cites = corrections(ctx.question, list(dict.fromkeys(arts)), cites)
    extra = [*ctx.preface(), *fixes, *_missing_refs(ctx)]
    text = blocks([*extra, text])
    return Answer(text, "retrieval", (*cites, *fix_cites), hits, query=query)


def _in_conversation(
    ctx: Context, query: str, hits: tuple[Hit, ...]
) -> tuple[str, tuple[Hit, ...]]:
    """A question that reads as out of scope alone ("so by what date?") may continue the
    conversation's topic: try it with the last user turn. (A question whose own words place
    it outside, the weather or a divorce, was declined before: `declined_by_words`.)"""
    earlier = user_turns(ctx.history)
    if not earlier or earlier[-1] in query:
        return query, hits
    joined = f"{earlier[-1][-600:]} {ctx.question}"
    return joined, ctx.search(joined)


def _articles(ctx: Context, hits: tuple[Hit, ...]) -> list[Article]:
    found = (ctx.bot.corpus.get(h.law, h.article) for h in hits if h.article is not None)
    return [a for a in found if a is not None]


def abstain(ctx: Context, hits: tuple[Hit, ...] | tuple[()]) -> Answer:
    note = decline_note(ctx.question)
    lines = [*ctx.preface(), "These instruments don't cover that question.", *([note] if note else []),
             covered_summary(), "For anything else, please consult the relevant law or a lawyer."]  # fmt: skip
    return Answer(blocks(lines), "abstain", (), tuple(hits), query=ctx.question)
