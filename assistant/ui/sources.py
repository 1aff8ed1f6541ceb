"""Streamlit rendering of one answer: text, route, arithmetic and citation cards."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

from assistant.corpus.store import Corpus
from assistant.corpus.xrefs import find_xrefs
from assistant.types import Answer, Article
from assistant.ui import nav
from assistant.ui.links import article_url
from assistant.ui.render import (
    ROUTE_LABELS,
    Span,
    answer_markdown,
    article_html,
    group_citations,
    md_escape,
    merge_spans,
    quote_spans,
    ref_label,
    steps_markdown,
    version_line,
)

ROUTE_ICONS = {
    "lookup": ":material/menu_book:",
    "rule": ":material/calculate:",
    "retrieval": ":material/search:",
    "abstain": ":material/block:",
    "clarify": ":material/help:",
}
CSS = """<style>
.legalqa-article p { margin: 0 0 .6em 0; line-height: 1.55; }
.legalqa-article mark { background: #fff3b0; color: inherit; padding: 0 .1em; border-radius: 2px; }
.legalqa-article a { text-decoration: underline; }
.legalqa-article .xref-missing { border-bottom: 1px dotted currentColor; cursor: help; }
</style>"""


def inject_css() -> None:
    st.html(CSS)


def find_article(
    corpus: Corpus | None, law: str, article: int | None, quotes: Sequence[str]
) -> Article | None:
    """The cited article; for explainer passages (no number), the passage holding the quote."""
    if corpus is None:
        return None
    if article is not None:
        return corpus.get(law, article)
    return next((a for a in corpus.by_law(law) if any(q and q in a.text for q in quotes)), None)


def link_for(corpus: Corpus) -> Callable[[str, int], str | None]:
    """Deep-link URLs for articles the corpus holds; None for the rest."""
    return lambda law, n: article_url(law, n) if corpus.exists(law, n) else None


def article_body(
    article: Article, corpus: Corpus, quotes: Sequence[str] = (), extra: Sequence[Span] = ()
) -> str:
    """The article's escaped HTML: quotes (and `extra` spans) highlighted, references linked."""
    spans = merge_spans([*quote_spans(article.text, quotes), *extra])
    refs = find_xrefs(article.text, article.law)
    body = article_html(article.text, spans, refs, link_for(corpus))
    return f'<div class="legalqa-article">{body}</div>'


def citation_card(
    law: str, number: int | None, quotes: Sequence[str], corpus: Corpus | None, key: str
) -> None:
    """One expandable card: instrument and version, place in the text, full article."""
    label = ref_label(law, number)
    if len(quotes) > 1:
        label += f" · {len(quotes)} passages quoted"
    with st.expander(label, icon=":material/gavel:", key=f"src-{key}"):
        st.caption(md_escape(version_line(law)))
        article = find_article(corpus, law, number, quotes)
        if article is None or corpus is None:
            for q in quotes:
                st.markdown(f"> {md_escape(q)}")
            st.caption("The full text of this provision is not in the corpus.")
            return
        where = " › ".join(p for p in (article.chapter, article.section) if p)
        if where:
            st.caption(md_escape(where))
        st.html(article_body(article, corpus, quotes))
        if article.article is not None:
            st.page_link(
                nav.articles_page(),
                label="Open in the article browser",
                icon=":material/open_in_new:",
                query_params={"law": article.law, "article": str(article.article)},
            )


def render_answer(answer: Answer, corpus: Corpus | None, key: str) -> None:
    """Answer text, the route taken, the rule's arithmetic and the sources."""
    st.markdown(answer_markdown(answer.text))
    route = ROUTE_LABELS.get(answer.route, answer.route)
    st.caption(f"{ROUTE_ICONS.get(answer.route, '')} {md_escape(route)}")
    if answer.steps:
        with st.expander(
            "How this was calculated", icon=":material/calculate:", key=f"steps-{key}"
        ):
            st.markdown(steps_markdown(answer.steps))
    groups = group_citations(answer.citations)
    if groups:
        st.markdown(f"**Sources** ({len(groups)})")
        for i, (law, number, quotes) in enumerate(groups):
            citation_card(law, number, quotes, corpus, f"{key}-{i}")
