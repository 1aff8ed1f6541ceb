"""Fixtures for the UI tests: a tiny corpus, a fake assistant and fake timeline rules."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import streamlit as st

from assistant.corpus.store import Corpus
from assistant.types import Answer, Article, Citation
from assistant.ui import loader

XSS = '<img src=x onerror="alert(1)"><script>alert(2)</script>'


def art(
    law: str, n: int | None, *paras: str, chapter: str = "", section: str = "", passage: int = 0
) -> Article:
    return Article(law, n, chapter, section, tuple(paras), "test.txt", 1, 1, passage=passage)


ARTICLES = (
    art(
        "spp-rules",
        37,
        "The People's Procuratorate may obtain bail pending trial for a criminal suspect "
        "under any of the following circumstances:",
        "(1) he may be sentenced to public surveillance;",
        chapter="Chapter IV Compulsory measures",
        section="Section I Bail pending trial",
    ),
    art(
        "spp-rules",
        39,
        "If a criminal suspect in custody applies for bail pending trial, and under any of the "
        "circumstances provided for in Article 37 of these Rules after examination, bail may be "
        "granted. The guarantor must comply with Article 56 of the Criminal Procedure Law.",
        chapter="Chapter IV Compulsory measures",
        section="Section I Bail pending trial",
    ),
    art(
        "spp-rules",
        83,
        "The period of detention of a criminal suspect by a people's procuratorate shall be "
        "10 days, which may be extended by one to four days under special circumstances。",
        chapter="Chapter IV Compulsory measures",
        section="Section IV Detention",
    ),
    art(
        "spp-rules",
        90,
        f"A test article whose translation contains markup: {XSS} and *stars* [link](javascript:x)",
        chapter="Chapter V Arrest",
    ),
    art("cpl", 36, "Legal aid agencies can send lawyers on duty to detention centers."),
    art("guide", None, "If the police do not prosecute, the family may ask why.", passage=1),
)


@dataclass
class FakeAssistant:
    """Same interface as `assistant.assistant.Assistant`; records every call."""

    corpus: Corpus = field(default_factory=lambda: Corpus(ARTICLES))
    calls: list[dict[str, Any]] = field(default_factory=list)
    fail: bool = False

    def ask(
        self,
        question: str,
        history: Sequence[tuple[str, str]] = (),
        laws: Sequence[str] | None = None,
        today: date | None = None,
    ) -> Answer:
        self.calls.append({"question": question, "history": tuple(history), "laws": laws})
        if self.fail:
            raise RuntimeError("index exploded")
        if "detention" in question.lower() or "83" in question:
            quote = "shall be 10 days"
            return Answer(
                text="A procuratorate may hold a suspect for **10 days** [1].",
                route="lookup",
                citations=(Citation("spp-rules", 83, quote),),
            )
        if "deadline" in question.lower():
            return Answer(
                text="The deadline is 3 March 2025, 22:00 + 24 h = 4 March 2025, 22:00.",
                route="rule",
                citations=(
                    Citation("spp-rules", 83, "10 days"),
                    Citation("spp-rules", 83, "extended by one to four days"),
                ),
                steps=("Start: 3 March 2025 22:00", "+ 24 hours (Art. 83)", "= 4 March 2025 22:00"),
                computed={"deadline": "2025-03-04T22:00"},
            )
        return Answer(text=f"You said: {question}", route="abstain")


@dataclass(frozen=True)
class Entry:
    when: datetime
    label: str
    actor: str
    law: str
    article: int | None
    quote: str
    steps: tuple[str, ...]
    kind: str


EVENTS = {"police-detention": "Detained by the police", "arrest": "Arrested"}


def fake_build_timeline(event: str, start: datetime) -> tuple[Entry, ...]:
    if event not in EVENTS:
        raise ValueError(event)
    return (
        Entry(
            start + timedelta(hours=24),
            "Family notified",
            "police",
            "spp-rules",
            83,
            "shall be 10 days",
            ("start + 24 h",),
            "deadline",
        ),
        Entry(
            start + timedelta(days=14),
            "Release or arrest",
            "procuratorate",
            "spp-rules",
            83,
            "extended by one to four days",
            ("start + 10 days", "+ 4 days"),
            "latest",
        ),
    )


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeAssistant]:
    """Patch the loader seams; feedback goes to a temporary file."""
    fake = FakeAssistant()
    monkeypatch.setenv("LEGALQA_FEEDBACK", str(tmp_path / "feedback.jsonl"))
    monkeypatch.delenv("LEGALQA_LLM", raising=False)
    monkeypatch.setattr(loader, "build_assistant", lambda settings: fake)
    monkeypatch.setattr(loader, "build_corpus", lambda settings: fake.corpus)
    monkeypatch.setattr(loader, "timeline_api", lambda: (EVENTS, fake_build_timeline))
    st.cache_resource.clear()
    yield fake
    st.cache_resource.clear()
