"""The Assistant: lookup → rules → retrieval-grounded answer → abstention. Wiring only."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from assistant.answer import routes
from assistant.answer.compose import Composer
from assistant.answer.followup import normalise_history
from assistant.answer.normalize import clean
from assistant.corpus.instruments import INSTRUMENTS
from assistant.corpus.store import Corpus
from assistant.types import Answer

log = logging.getLogger(__name__)
RuleFn = Callable[..., Any]


class Assistant:
    """Answers questions about the five criminal-procedure instruments.

    Example:
        >>> bot = Assistant.from_settings(Settings.from_env())
        >>> ans = bot.ask("How long can the procuratorate detain a suspect?")
        >>> ans.route, ans.citations[0].article
        ('retrieval', 83)
    """

    def __init__(self, corpus: Corpus, retriever: Any, rules: RuleFn | None = None,
                 chat_model: Any = None) -> None:  # fmt: skip
        self.corpus = corpus
        self.retriever = retriever
        self.rules = rules
        self.chat_model = chat_model
        self.composer = Composer(corpus)

    @classmethod
    def from_settings(cls, settings: Any, progress: bool = False) -> Assistant:
        """Load (or build, if missing or stale) everything the settings name."""
        from assistant.loading import load_backend
        from assistant.rules import answer_rule_question

        retriever = load_backend(settings, progress=progress)
        chat_model = None
        if settings.llm:
            from assistant.answer.llm import make_chat_model

            chat_model = make_chat_model(settings.llm)
        return cls(retriever.corpus, retriever, answer_rule_question, chat_model)

    def ask(self, question: object, history: Sequence[Any] = (), laws: Sequence[str] | None = None,
            today: date | None = None) -> Answer:  # fmt: skip
        """Answer one question; never raises for anything the user can type."""
        t0 = time.perf_counter()
        try:
            answer = self._ask(question, history, laws, today)
        except Exception:  # the last line of defence: users get a message, we get the trace
            log.exception("internal error while answering")
            answer = Answer(
                "Sorry — something went wrong while answering. Please try rephrasing.", "clarify"
            )
        return replace(answer, latency_ms=(time.perf_counter() - t0) * 1000)

    def _ask(self, question: object, history: Sequence[Any], laws: Sequence[str] | None,
             today: date | None) -> Answer:  # fmt: skip
        inp = clean(question)
        if inp.language == "empty" or len(inp.text) < 2:
            return Answer(routes.EMPTY_PROMPT, "clarify")
        laws = [laws] if isinstance(laws, str) else laws  # "cpl" means ["cpl"]
        bad = [x for x in laws or () if x not in INSTRUMENTS]
        if bad:
            known = ", ".join(INSTRUMENTS)
            return Answer(
                f"Unknown instrument {', '.join(map(str, bad))}; known: {known}.", "clarify"
            )
        ctx = routes.Context(self, inp, normalise_history(history), list(laws or []) or None, today)
        for route in (routes.lookup, routes.rule, routes.retrieval):
            answer = route(ctx)
            if answer is not None:
                return answer
        return routes.abstain(ctx, ())
