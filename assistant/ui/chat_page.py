"""The chat page: history replay, example questions, answers with sources, feedback."""

from __future__ import annotations

import logging
from typing import Any

import streamlit as st

from assistant.corpus.store import Corpus
from assistant.ui import loader, sidebar, sources
from assistant.ui.feedback import append_feedback, feedback_record
from assistant.ui.render import md_escape
from assistant.ui.state import EXAMPLES, Turn, history, preceding, turn_by_id

log = logging.getLogger(__name__)

PENDING = "pending_question"  # an example question clicked, asked on this run
COMMENTS = "feedback_comments"  # turn id -> comment already sent
MAX_CHARS = 2000
ASK_FAILED = (
    "Sorry, something went wrong while answering. Please try again, or rephrase the "
    "question. Your conversation is kept."
)
LOAD_FAILED = (
    "The assistant could not start, so questions cannot be answered right now. "
    "If you run LegalQA yourself, build the index (`make index`) and restart."
)


def _turns() -> list[Turn]:
    return st.session_state.setdefault(sidebar.TURNS_KEY, [])


def _save_feedback(turn_id: str) -> None:
    """Callback for a thumb click or a sent comment: append one complete record."""
    turns = _turns()
    turn = turn_by_id(turns, turn_id)
    if turn is None:
        return
    comments: dict[str, str] = st.session_state.setdefault(COMMENTS, {})
    typed = st.session_state.get(f"fbc-{turn_id}")
    if typed is not None and typed.strip():
        comments[turn_id] = typed.strip()
    record = feedback_record(
        turn,
        rating=st.session_state.get(f"fb-{turn_id}"),
        comment=comments.get(turn_id, ""),
        history=history(preceding(turns, turn_id)),
    )
    try:
        append_feedback(loader.base_settings().feedback_path, record)
    except OSError:
        log.exception("could not write feedback")
        st.toast("Sorry, your feedback could not be saved.", icon=":material/error:")
    else:
        st.toast(
            "Thank you. Your feedback was saved on this computer only.", icon=":material/check:"
        )


def _feedback(turn: Turn) -> None:
    st.feedback("thumbs", key=f"fb-{turn.id}", on_change=_save_feedback, args=(turn.id,))
    if st.session_state.get(f"fb-{turn.id}") is None:
        return
    if turn.id in st.session_state.get(COMMENTS, {}):
        st.caption("Comment saved. Thank you.")
        return
    with st.form(f"fbform-{turn.id}", border=False, enter_to_submit=True):
        st.text_input(
            "Comment (optional)",
            key=f"fbc-{turn.id}",
            placeholder="What was wrong or missing?",
            max_chars=1000,
        )
        st.form_submit_button("Send comment", on_click=_save_feedback, args=(turn.id,))


def _show(turn: Turn, corpus: Corpus | None) -> None:
    with st.chat_message(turn.role):
        if turn.role == "user":
            st.markdown(md_escape(turn.text))
        elif turn.error:
            st.error(turn.error, icon=":material/error:")
        elif turn.answer is not None:
            sources.render_answer(turn.answer, corpus, turn.id)
            _feedback(turn)


def _examples() -> None:
    st.markdown("Ask in your own words, or try one of these:")
    for label, question in EXAMPLES.items():
        st.button(
            f"**{label}:** {md_escape(question)}",
            key=f"example-{label}",
            on_click=st.session_state.__setitem__,
            args=(PENDING, question),
            width="stretch",
        )


def _ask(assistant: Any, corpus: Corpus | None, text: str, laws: list[str] | None) -> None:
    turns = _turns()
    question = Turn.user(text)
    past = history(turns)
    turns.append(question)
    _show(question, corpus)
    try:
        with st.spinner("Checking the rules…"):
            answer = assistant.ask(text, history=past, laws=laws)
    except Exception:
        log.exception("ask failed for %r", text[:200])
        reply = Turn.failure(question, ASK_FAILED)
    else:
        reply = Turn.reply(question, answer, laws)
    turns.append(reply)
    _show(reply, corpus)


def render() -> None:
    sources.inject_css()
    turns = _turns()
    bar = sidebar.ChatSidebar()
    st.title("LegalQA")
    st.caption(
        "Questions about Chinese criminal procedure (detention, arrest, bail, lawyers, "
        "deadlines) answered from the rules, with every article quoted."
    )
    try:
        assistant = loader.get_assistant()
    except Exception:
        log.exception("could not load the assistant")
        st.error(LOAD_FAILED, icon=":material/error:")
        st.chat_input("The assistant is unavailable", disabled=True)
        bar.finish(turns)
        return
    corpus = getattr(assistant, "corpus", None)
    # The input is pinned to the bottom wherever it is called; reading it first
    # lets this run skip the examples when a question is on its way.
    prompt = st.chat_input("Ask about detention, bail, lawyers, deadlines…", max_chars=MAX_CHARS)
    text = (
        (prompt if isinstance(prompt, str) else "") or st.session_state.pop(PENDING, "")
    ).strip()
    if not turns and not text:
        _examples()
    for turn in turns:
        _show(turn, corpus)
    if text:
        _ask(assistant, corpus, text, bar.laws)
    bar.finish(turns)
