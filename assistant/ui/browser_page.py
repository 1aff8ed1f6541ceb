"""Article browser page: instrument → chapter → section → article, search, deep links."""

from __future__ import annotations

import streamlit as st

from assistant.corpus.instruments import INSTRUMENTS
from assistant.corpus.store import Corpus
from assistant.corpus.xrefs import outgoing
from assistant.types import Article
from assistant.ui import browse, loader, nav, sources
from assistant.ui.links import parse_deep_link
from assistant.ui.render import law_label, md_escape, ref_label, term_spans

LAW, CHAPTER, SECTION, ARTICLE, QUERY = "br_law", "br_chapter", "br_section", "br_article", "br_q"
APPLIED = "br_applied"  # the query string last applied, so a changed URL is applied once


def _apply_deep_link(corpus: Corpus, laws: list[str]) -> None:
    """Copy valid `?law=&article=` into the selectors when the URL changed."""
    raw = (st.query_params.get("law", ""), st.query_params.get("article", ""))
    if st.session_state.get(APPLIED) == raw:
        return
    st.session_state[APPLIED] = raw
    link = parse_deep_link(st.query_params.to_dict(), {k: corpus.numbers(k) for k in laws})
    if link.problem:
        st.warning(md_escape(link.problem), icon=":material/link_off:")
    if link.law:
        st.session_state[LAW] = link.law
        _reset_place()
    if link.law and link.article is not None:
        st.session_state[ARTICLE] = f"{link.law}:{link.article}"


def _reset_place() -> None:
    st.session_state[CHAPTER] = browse.ALL
    st.session_state[SECTION] = browse.ALL
    st.session_state.pop(ARTICLE, None)


def _open(article_id: str) -> None:
    st.session_state[CHAPTER] = browse.ALL
    st.session_state[SECTION] = browse.ALL
    st.session_state[ARTICLE] = article_id


def _place_filters(articles: list[Article]) -> list[Article]:
    chaps = browse.chapters(articles)
    if not chaps:
        return articles
    fmt = {browse.ALL: "All chapters"}
    cols = st.columns(2)
    chapter = cols[0].selectbox(
        "Chapter", [browse.ALL, *chaps], format_func=lambda c: fmt.get(c, c), key=CHAPTER
    )
    secs = browse.sections(articles, chapter) if chapter else []
    section = browse.ALL
    if secs:
        section = cols[1].selectbox(
            "Section", [browse.ALL, *secs], format_func=lambda s: s or "All sections", key=SECTION
        )
    return browse.in_place(articles, chapter, section)


def _search(articles: list[Article], query: str) -> None:
    hits = browse.search(articles, query)
    st.caption(
        f"{len(hits)} match{'es' if len(hits) != 1 else ''}"
        + (" (first 50)" if len(hits) == 50 else "")
    )
    for a in hits:
        with st.container(border=True):
            st.button(
                f"Open {browse.title(a)}",
                key=f"hit-{a.id}",
                on_click=_open,
                args=(a.id,),
                icon=":material/article:",
                type="tertiary",
            )
            st.caption(md_escape(browse.snippet(a.text, query)))


def _ref_links(label: str, refs: list[tuple[str, int]], corpus: Corpus) -> None:
    present = [r for r in refs if corpus.exists(*r)]
    if not present:
        return
    st.markdown(f"**{label}**")
    for law, n in present:
        st.page_link(
            nav.articles_page(),
            label=ref_label(law, n),
            query_params={"law": law, "article": str(n)},
        )


def _show(article: Article, corpus: Corpus, query: str) -> None:
    st.subheader(f"{law_label(article.law)} — {browse.title(article)}")
    where = " › ".join(p for p in (article.chapter, article.section) if p)
    if where:
        st.caption(md_escape(where))
    spans = [s for w in query.split() for s in term_spans(article.text, w)]
    st.html(sources.article_body(article, corpus, extra=spans))
    if article.note:
        st.caption(f"Parser note: {md_escape(article.note)}")
    if article.article is not None:
        _ref_links("Refers to", list(outgoing(article)), corpus)
        _ref_links(
            "Referred to by",
            list(loader.get_backlinks().get((article.law, article.article), ())),
            corpus,
        )
        st.query_params.update({"law": article.law, "article": str(article.article)})
    else:
        st.query_params.update({"law": article.law})
        st.query_params.pop("article", None)
    st.session_state[APPLIED] = (st.query_params.get("law", ""), st.query_params.get("article", ""))


def render() -> None:
    sources.inject_css()
    st.title("Article browser")
    try:
        corpus = loader.get_corpus()
    except (OSError, ValueError) as e:
        st.error(f"The articles could not be loaded: {md_escape(str(e))}", icon=":material/error:")
        return
    laws = [k for k in INSTRUMENTS if corpus.by_law(k)]
    _apply_deep_link(corpus, laws)
    law = st.selectbox(
        "Instrument",
        laws,
        format_func=lambda k: f"{INSTRUMENTS[k].short} — {INSTRUMENTS[k].title}",
        key=LAW,
        on_change=_reset_place,
    )
    st.caption(md_escape(f"{INSTRUMENTS[law].body}; {INSTRUMENTS[law].version}"))
    articles = list(corpus.by_law(law))
    query = st.text_input(
        "Search within this instrument", key=QUERY, placeholder="e.g. bail, 48 hours, lawyer"
    )
    if query.strip():
        _search(articles, query)
    shown = _place_filters(articles)
    by_id = {a.id: a for a in shown}
    if st.session_state.get(ARTICLE) not in by_id:
        st.session_state.pop(ARTICLE, None)
    chosen = st.selectbox(
        "Article", list(by_id), format_func=lambda i: browse.option_label(by_id[i]), key=ARTICLE
    )
    if chosen:
        _show(by_id[chosen], corpus, query)
