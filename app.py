"""LegalQA web app (`make run`): page set-up, navigation and the shared sidebar notes.

Everything else lives in `assistant.ui`: the pages (chat, article browser, case
timeline) and the pure helpers they use. The assistant is loaded once per
process by `assistant.ui.loader` (tests patch its `build_*` seams).
"""

from __future__ import annotations

import streamlit as st

from assistant.ui import nav, sidebar

ROUTED = "_deep_link_routed"

st.set_page_config(
    page_title="LegalQA: Chinese criminal procedure",
    page_icon=":material/balance:",
    layout="centered",
    menu_items={
        "Get help": None,
        "Report a bug": None,
        "About": "LegalQA answers questions from English translations of Chinese "
        "criminal-procedure rules. It runs locally; nothing you type leaves this machine "
        "unless a remote language model is configured.",
    },
)

page = st.navigation(nav.all_pages())

# A shared citation link may point at the app root (`/?law=spp-rules&article=83`):
# open it in the article browser, once per session.
if not st.session_state.get(ROUTED):
    st.session_state[ROUTED] = True
    if page.url_path == "" and "law" in st.query_params:
        st.switch_page(nav.articles_page(), query_params=st.query_params.to_dict())

page.run()
sidebar.notes()
