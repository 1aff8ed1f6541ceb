"""The app's pages. A page is matched by its source and `url_path`, so these
factories can be called anywhere (`st.page_link(nav.articles_page(), ...)`)."""

from __future__ import annotations

import streamlit as st

from assistant.ui.links import BROWSER_PATH


def chat_page() -> st.Page:
    from assistant.ui import chat_page as page

    return st.Page(page.render, title="Ask", icon=":material/chat:", url_path="chat", default=True)


def articles_page() -> st.Page:
    from assistant.ui import browser_page as page

    return st.Page(
        page.render, title="Article browser", icon=":material/menu_book:", url_path=BROWSER_PATH
    )


def timeline_page() -> st.Page:
    from assistant.ui import timeline_page as page

    return st.Page(page.render, title="Case timeline", icon=":material/event:", url_path="timeline")


def evaluation_page() -> st.Page:
    from assistant.ui import evaluation_page as page

    return st.Page(
        page.render, title="Evaluation", icon=":material/analytics:", url_path="evaluation"
    )


def all_pages() -> list[st.Page]:
    return [chat_page(), articles_page(), timeline_page(), evaluation_page()]
