"""Sidebar controls for the chat: instrument filter, model toggle, export, notes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import streamlit as st

from assistant.corpus.instruments import INSTRUMENTS
from assistant.ui import loader
from assistant.ui.export import DISCLAIMER, to_json, to_markdown
from assistant.ui.render import md_escape
from assistant.ui.state import Turn, laws_filter

LAWS_KEY = "laws"
TURNS_KEY = "turns"

ABOUT = """The answers draw only on five English machine translations:
the **SPP Rules** (1999, since replaced), the **SPP Juvenile Provisions** (2013,
Chapter III only), the **MPS Provisions** (1998, since replaced), five articles of the
**Criminal Procedure Law** (2018 numbering) quoted by a law firm, and that firm's
plain-language explainers. Translations are rough, some article headers were
damaged in the source, and later amendments are **not** reflected. Every answer
names the instrument and article it relies on: check the current official text."""


def _law_option(key: str) -> str:
    inst = INSTRUMENTS[key]
    return f"{inst.short} ({inst.year})"


def new_conversation() -> None:
    st.session_state[TURNS_KEY] = []


def filters() -> list[str] | None:
    """Instrument multi-select (pills); returns the `laws` argument for `Assistant.ask`."""
    keys = list(INSTRUMENTS)
    selected = st.pills(
        "Search these instruments",
        keys,
        selection_mode="multi",
        default=keys,
        format_func=_law_option,
        key=LAWS_KEY,
        help="Leave all selected to search everything.",
        persist_state="session",
    )
    if not selected:
        st.caption("Nothing selected: all instruments will be searched.")
    return laws_filter(selected, keys)


def model_toggle() -> None:
    """Shown only when a language model is configured (LEGALQA_LLM)."""
    llm = loader.base_settings().llm
    if llm:
        st.toggle(
            f"Use the language model ({md_escape(llm)})",
            value=True,
            key=loader.LLM_TOGGLE,
            persist_state="session",
            help="Off: answers are built from rules, look-ups and quoted passages only.",
        )


def exports(turns: Sequence[Turn]) -> None:
    st.markdown("**Export this conversation**")
    left, right = st.columns(2)
    disabled = not turns
    left.download_button(
        "Markdown",
        to_markdown(turns) if turns else "",
        file_name="legalqa-conversation.md",
        mime="text/markdown",
        icon=":material/download:",
        disabled=disabled,
        on_click="ignore",
        key="export_md",
    )
    right.download_button(
        "JSON",
        to_json(turns) if turns else "",
        file_name="legalqa-conversation.json",
        mime="application/json",
        icon=":material/download:",
        disabled=disabled,
        on_click="ignore",
        key="export_json",
    )


def notes() -> None:
    """The about-the-sources note and the disclaimer (shown on every page)."""
    with st.sidebar.expander("About the sources and their limits", icon=":material/info:"):
        st.markdown(ABOUT)
    st.sidebar.caption(f":material/warning: {DISCLAIMER}")


def new_conversation_button(turns: Sequence[Turn]) -> None:
    st.button(
        "New conversation",
        icon=":material/add_comment:",
        on_click=new_conversation,
        disabled=not turns,
        width="stretch",
    )


class ChatSidebar:
    """The chat page's sidebar. Filters are read before the question is answered;
    the buttons that depend on the conversation are filled in afterwards, so they
    already include the answer just given.

    Example:
        >>> bar = ChatSidebar()
        >>> laws = bar.laws
        >>> ...  # answer the question
        >>> bar.finish(turns)
    """

    def __init__(self) -> None:
        self._top: Any = st.sidebar.container()
        with st.sidebar:
            self.laws = filters()
            model_toggle()
        self._bottom: Any = st.sidebar.container()

    def finish(self, turns: Sequence[Turn]) -> None:
        with self._top:
            new_conversation_button(turns)
        with self._bottom:
            exports(turns)
