"""Load the assistant, corpus and timeline rules once per process (the app's I/O edge).

`build_assistant`, `build_corpus` and `timeline_api` are the seams tests patch
(e.g. `monkeypatch.setattr(loader, "build_assistant", lambda s: FakeAssistant())`
followed by `st.cache_resource.clear()`); the cached getters look them up at call
time, so the real app and the tests run the same code otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

import streamlit as st

from assistant.corpus.store import Corpus, load_articles
from assistant.corpus.xrefs import backlinks
from assistant.settings import Settings

log = logging.getLogger(__name__)

LLM_TOGGLE = "use_llm"  # session-state key of the sidebar toggle


def build_assistant(settings: Settings) -> Any:
    """The real assistant (slow on first run: may build the index)."""
    from assistant.assistant import Assistant

    return Assistant.from_settings(settings)


def build_corpus(settings: Settings) -> Corpus:
    return Corpus(load_articles(settings.articles_path))


def timeline_api() -> tuple[dict[str, str], Callable[[str, datetime], tuple[Any, ...]]]:
    """`(EVENTS, build_timeline)` from the rules package."""
    from assistant.rules import EVENTS, build_timeline

    return EVENTS, build_timeline


@st.cache_resource(show_spinner=False)
def base_settings() -> Settings:
    return Settings.from_env()


def settings() -> Settings:
    """Settings in force for this session: the language model is dropped if toggled off."""
    s = base_settings()
    if s.llm and not st.session_state.get(LLM_TOGGLE, True):
        s = replace(s, llm="")
    return s


@st.cache_resource(show_spinner=False)
def _assistant(_settings: Settings, key: str) -> Any:
    log.info("loading assistant (%s)", key)
    return build_assistant(_settings)


@st.cache_resource(show_spinner=False)
def _corpus(_settings: Settings, key: str) -> Corpus:
    return build_corpus(_settings)


@st.cache_resource(show_spinner=False)
def _backlinks(_corpus: Corpus, key: str) -> dict[tuple[str, int], tuple[tuple[str, int], ...]]:
    return backlinks(_corpus.articles)


def get_assistant() -> Any:
    """The shared assistant for the current settings, with a visible status while it loads."""
    s = settings()
    key = repr(s)
    with st.spinner("Loading the legal sources and search index (first start can take a minute)…"):
        return _assistant(s, key)


def get_corpus() -> Corpus:
    s = settings()
    return _corpus(s, repr(s.articles_path))


def get_backlinks() -> dict[tuple[str, int], tuple[tuple[str, int], ...]]:
    corpus = get_corpus()
    return _backlinks(corpus, str(id(corpus)))
