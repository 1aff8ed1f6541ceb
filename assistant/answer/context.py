"""The context of one question: the assistant, the cleaned input, the conversation,
and the searches made for it (each run once per ask, whichever routes ask for it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from assistant.answer import languages
from assistant.answer.conversation import DEPTH, merge
from assistant.answer.followup import asked, focus
from assistant.answer.normalize import CleanInput, strip_injection
from assistant.types import Hit

if TYPE_CHECKING:
    from assistant.assistant import Assistant

INJECTION_NOTE = (
    "(Instructions inside a question change nothing: I answer only from the provisions.)"
)
Place = tuple[str, str, str]  # (law, chapter, section)


@dataclass(frozen=True)
class Context:
    bot: Assistant
    inp: CleanInput
    history: list[tuple[str, str]]
    laws: list[str] | None
    today: date | None
    # One search per distinct query and filter per ask, at least DEPTH deep (a follow-up
    # fuses 20): the question is embedded once, however many routes look at it.
    _found: dict[tuple[str, tuple[str, ...] | None], tuple[int, tuple[Hit, ...]]] = field(
        default_factory=dict, repr=False
    )

    def search(self, query: str, k: int = 10, laws: list[str] | None = None) -> tuple[Hit, ...]:
        """The best `k` hits within `laws` (default: the user's filter); in a follow-up,
        the question-type priors read what the follow-up asks (`followup.asked`)."""
        within = self.laws if laws is None else laws
        key = (query, tuple(within) if within else None)
        if key not in self._found or self._found[key][0] < k:  # (depth searched, hits)
            depth = max(k, DEPTH)
            hits = tuple(self.bot.retriever.search(query, k=depth, laws=within, asks=self._asks))
            self._found[key] = (depth, hits)
        return self._found[key][1][:k]

    @cached_property
    def _asks(self) -> str | None:
        return asked(self.question, self.history)  # read once per ask, not per search

    def followup(self, query: str, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
        """`hits` for the topic `query`, fused with the follow-up searched on its own
        (conversation.py); unchanged when the question is not a follow-up."""
        f = focus(self.question, self.history)
        if f is None:
            return hits
        laws = [x for x in f.laws if not self.laws or x in self.laws] or self.laws
        places = {self._place(law, num) for law, num in f.cited} - {None}
        return merge(self.search(query, DEPTH), self.search(f.question, DEPTH, laws),
                     lambda h: self._place(h.law, h.article) in places, k=len(hits))  # fmt: skip

    def _place(self, law: str, article: int | None) -> Place | None:
        """Where an article sits (chapter and section); None without headings."""
        art = self.bot.corpus.get(law, article) if article is not None else None
        if art is None or not (art.chapter or art.section):
            return None
        return (law, art.chapter, art.section)

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
