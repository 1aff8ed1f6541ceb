"""The four routes an answer can take, each a function of the question context."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from assistant.answer import languages, llm
from assistant.answer import text as tx
from assistant.answer.compose import blocks, notes, tag
from assistant.answer.followup import rewrite
from assistant.answer.normalize import CleanInput, strip_injection
from assistant.answer.scope import covered_summary, decide_scope
from assistant.answer.verify import all_ok
from assistant.corpus.instruments import INSTRUMENTS
from assistant.retrieval.references import find_references
from assistant.types import Answer, Citation, Hit

if TYPE_CHECKING:
    from assistant.assistant import Assistant

EMPTY_PROMPT = "Please type a question about Chinese criminal procedure (for example: “How long can the police detain someone?”)."
OUT_OF_RANGE = (
    "That date is outside the range I can compute deadlines for (years 1–9999); please check it."
)
INJECTION_NOTE = (
    "(Instructions inside a question do not change how I answer; here is what the provisions say.)"
)


@dataclass(frozen=True)
class Context:
    bot: Assistant
    inp: CleanInput
    history: list[tuple[str, str]]
    laws: list[str] | None
    today: date | None

    @property
    def question(self) -> str:
        """The question to work on: injections removed, foreign terms bridged."""
        q = strip_injection(self.inp.text) if self.inp.injection else self.inp.text
        if self.inp.language in ("zh", "other"):
            q = f"{q} {languages.bridge(q, self.inp.language)}".strip()
        return q

    def preface(self) -> list[str]:
        out = []
        if self.inp.injection:
            out.append(INJECTION_NOTE)
        if self.inp.language in ("zh", "other"):
            out.append(languages.NOTE)
        if self.inp.truncated:
            out.append("(Your message was very long; I answered the question I found in it.)")
        return out


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
    missing = _missing_refs(ctx)
    hits = ctx.bot.retriever.search(ctx.question, k=10, laws=ctx.laws)
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
    if ctx.bot.rules is None:
        return None
    res = ctx.bot.rules(ctx.question, today=ctx.today, history=ctx.history, laws=ctx.laws)
    if res is None:
        return None
    if res.needs:
        if res.kind != "eligibility" and not tx.asks_for_date(ctx.question):
            return None  # "how long can they…" wants the period, not a date: retrieval answers
        return Answer(blocks([*ctx.preface(), res.summary]), "clarify", query=ctx.question)
    cites = tuple(Citation(c.law, c.article, c.quote) for c in res.cites)
    if not all_ok(ctx.bot.corpus, cites):
        return None  # never show an unverifiable computed answer; fall through
    steps = "\n".join(["How this was computed:", *(f"- {s}" for s in res.steps)])
    lines = [*ctx.preface(), res.summary, steps, "What the provisions say:"]
    lines += [f"> “{c.quote}” {tag(c.law, c.article)}" for c in cites]
    lines += notes([c.law for c in cites])
    hits = _evidence(ctx, [(c.law, c.article) for c in res.cites])
    return Answer(
        blocks(lines), "rule", cites, hits, dict(res.computed), tuple(res.steps), query=ctx.question
    )


def _evidence(ctx: Context, refs: list[tuple[str, int]]) -> tuple[Hit, ...]:
    """The articles a computed answer applied, ranked first, then what retrieval found."""
    found = ctx.bot.retriever.search(rewrite(ctx.question, ctx.history), k=10, laws=ctx.laws)
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
    hits = tuple(ctx.bot.retriever.search(query, k=10, laws=ctx.laws))
    if not decide_scope(query, hits):
        return abstain(ctx, hits)
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
    extra = [*ctx.preface(), *_premise_notes(ctx.question, cites), *_missing_refs(ctx)]
    text = blocks([*extra, text])
    return Answer(text, "retrieval", cites, hits, query=query)


def _premise_notes(question: str, cites: tuple[Citation, ...]) -> list[str]:
    """Correct a period the question states when the provision states another."""
    asked = tx.periods(question)
    if not asked or not cites:
        return []
    stated = set().union(*(tx.periods(c.quote) for c in cites))
    if not stated or asked & stated:
        return []
    said = ", ".join(f"{n} {u}s" for n, u in sorted(asked))
    right = ", ".join(f"{n} {u}s" for n, u in sorted(stated))
    return [
        f"Correction: the question mentions {said}, but the provision cited states {right} {tag(cites[0].law, cites[0].article)}."
    ]


def abstain(ctx: Context, hits: tuple[Hit, ...] | tuple[()]) -> Answer:
    lines = [*ctx.preface(), "These instruments don't cover that question.", covered_summary(),
             "For anything else, please consult the relevant law or a lawyer."]  # fmt: skip
    return Answer(blocks(lines), "abstain", (), tuple(hits), query=ctx.question)
