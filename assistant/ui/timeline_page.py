"""Case-timeline page: an event and its date and time in, every following deadline out."""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta

import streamlit as st

from assistant.ui import loader, nav
from assistant.ui.render import md_escape, ref_label, steps_markdown
from assistant.ui.timeline import after_text, timeline_chart, timeline_rows, when_text

log = logging.getLogger(__name__)

COLUMNS = ("When", "What", "Source", "After", "Who", "Kind")


def _details(entries: tuple, start: datetime) -> None:
    st.markdown("**Each deadline and its article**")
    for i, e in enumerate(sorted(entries, key=lambda e: e.when)):
        label = f"{when_text(e)} ({after_text(e, start)}): {e.label}"
        with st.expander(md_escape(label), key=f"tl-entry-{i}"):
            st.caption(md_escape(f"{e.actor} · {ref_label(e.law, e.article)}"))
            if e.quote:
                st.markdown(f"> {md_escape(e.quote)}")
            if e.steps:
                st.markdown(steps_markdown(e.steps))
            if e.article is not None:
                st.page_link(
                    nav.articles_page(),
                    label="Open the article",
                    icon=":material/open_in_new:",
                    query_params={"law": e.law, "article": str(e.article)},
                )


def render() -> None:
    st.title("Case timeline")
    st.caption(
        "Choose what happened and when. Every deadline that follows is listed with the "
        "article that sets it. Deadlines come from the old instruments in the corpus."
    )
    try:
        events, build_timeline = loader.timeline_api()
    except ImportError:
        log.exception("timeline rules unavailable")
        st.info("The timeline rules are not available in this installation yet.")
        return
    keys: list[str] = list(events)
    event = st.selectbox(
        "What happened?", keys, format_func=lambda k: events.get(k, k), key="tl_event"
    )
    left, right = st.columns(2)
    day = left.date_input("Date", value=date.today(), key="tl_date", format="YYYY-MM-DD")
    at = right.time_input("Time", value=time(9, 0), key="tl_time", step=timedelta(minutes=15))
    if event is None or day is None or at is None:
        return
    start = datetime.combine(day, at)
    try:
        entries = tuple(build_timeline(event, start))
    except ValueError:
        log.exception("build_timeline failed for %s", event)
        st.error("Sorry, the deadlines for this event could not be computed.")
        return
    if not entries:
        st.info("The rules we model set no deadline after this event.")
        return
    rows = timeline_rows(entries, start)
    st.altair_chart(timeline_chart(rows, start), width="stretch")
    st.dataframe([{k: r[k] for k in COLUMNS} for r in rows], hide_index=True, width="stretch")
    _details(entries, start)
