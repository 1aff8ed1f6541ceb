"""No injection through rendering: user and corpus text is escaped wherever it is shown.

Oracle: the app's Markdown output is rendered with markdown-it (CommonMark with raw
HTML *enabled*, tables and strikethrough, i.e. more permissive than Streamlit, which
also escapes raw HTML) and its HTML output parsed with html.parser; only harmless
tags may appear, no attribute may carry a URL or a script, and the visible text must
be the input text.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from assistant.corpus.instruments import INSTRUMENTS
from assistant.corpus.xrefs import find_xrefs
from assistant.types import Answer, Citation
from assistant.ui.export import to_json, to_markdown
from assistant.ui.links import article_url, parse_deep_link
from assistant.ui.render import answer_markdown, article_html, md_escape, quote_spans
from assistant.ui.state import Turn
from tests.reliability.strategies import HTML, MARKDOWN, hostile_text

MD = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
TEXT = hostile_text(long=False)
DANGEROUS_TAGS = {"a", "img", "script", "iframe", "style", "svg", "object", "embed", "link",
                  "form", "input", "video", "audio", "math", "meta", "base"}  # fmt: skip


class Tags(HTMLParser):
    """Collects tags, attributes and visible text of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [(tag, k, v) for k, v in attrs]
        if tag in ("p", "br"):
            self.text.append("\n")

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.tags.append("!--")


def parse(fragment: str) -> Tags:
    p = Tags()
    p.feed(fragment)
    p.close()
    return p


def visible(s: str) -> str:
    """Compare text modulo white space, zero-width spaces and what Markdown replaces."""
    s = s.replace("\u200b", "").replace("\x00", "\ufffd")
    s = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", s)
    return " ".join(s.split())


# -- user text in chat bubbles and exports -------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_user_text_renders_as_plain_text(text: str) -> None:
    out = parse(MD.render(md_escape(text)))
    assert set(out.tags) <= {"p", "br", "pre", "code"}, (out.tags, text)
    assert not out.attrs
    assert visible("".join(out.text)) == visible(text)


@pytest.mark.parametrize("text", ["0\r#", "a\r\n# b", "x\r- y", "1\r1. z"])
def test_carriage_return_starts_no_block(text: str) -> None:
    """Markdown treats a lone carriage return as a line break (found by Hypothesis)."""
    out = parse(MD.render(md_escape(text)))
    assert set(out.tags) <= {"p", "br"}, (out.tags, text)
    assert visible("".join(out.text)) == visible(text)


def test_indented_user_text_is_not_a_code_block() -> None:
    """md_escape promises verbatim text; four leading spaces or a tab start a code block."""
    for text in ("    indented like code", "\tafter a tab", "line\n\n    indented"):
        assert set(parse(MD.render(md_escape(text))).tags) <= {"p", "br"}, text


# GitHub-flavoured Markdown (Streamlit's renderer) turns bare URLs and e-mail addresses
# into links ("autolink literals"); markdown-it without linkify does not, so the check is
# on the Markdown source: an autolink start must not survive escaping.
GFM_AUTOLINK = re.compile(r"(?:^|[\s*_~(])(?:www\.|https?://|[\w.+-]+@[\w-]+\.\w)", re.I)


def test_bare_urls_in_user_text_are_not_links() -> None:
    """Seen in Chromium: "see www.example.com" in a chat bubble became a clickable link.
    Backslash escapes do not stop Streamlit's autolinks (checked in Chromium); a zero-width
    space after "www", before "://" and before "@" does, as md_escape does for shortcodes."""
    for text in ("see www.example.com", "https://example.com/x", "mail a@b.com", "(www.x.org)"):
        assert not GFM_AUTOLINK.search(md_escape(text)), md_escape(text)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_answer_text_keeps_emphasis_but_no_links_images_or_html(text: str) -> None:
    out = parse(MD.render(answer_markdown(text)))
    assert not set(out.tags) & DANGEROUS_TAGS, (out.tags, text)
    for tag, name, value in out.attrs:
        assert (tag, name) in {("ol", "start"), ("code", "class")}, (tag, name, value)


@settings(max_examples=150, deadline=None)
@given(question=TEXT, answer=TEXT, quote=TEXT, step=TEXT)
def test_exports_escape_every_string(question: str, answer: str, quote: str, step: str) -> None:
    q = Turn.user(question)
    a = Answer(answer, "rule", (Citation("spp-rules", 83, quote),), steps=(step,))
    turns = [q, Turn.reply(q, a, ["cpl"]), Turn.failure(q, step)]
    md = parse(MD.render(to_markdown(turns)))
    assert not set(md.tags) & DANGEROUS_TAGS, md.tags
    assert all((t, n) in {("ol", "start"), ("code", "class")} for t, n, _ in md.attrs)
    js = to_json(turns)
    assert "<" not in js and ">" not in js and "&" not in js.replace("\\u0026", "")
    doc = json.loads(js)
    assert doc["turns"][0]["text"] == question and doc["turns"][1]["text"] == answer
    assert doc["turns"][1]["citations"][0]["quote"] == quote


# -- corpus text in citation cards and the article browser ---------------------------------


CORPUS_BITS = [*HTML, *MARKDOWN, "Article 37 of these Rules", "Articles 12 and 9999 of the CPL"]
CORPUS_TEXT = st.lists(st.one_of(TEXT, st.sampled_from([*CORPUS_BITS, "\n"])), max_size=6)


@settings(max_examples=300, deadline=None)
@given(
    text=CORPUS_TEXT.map("".join),
    quotes=st.lists(TEXT, max_size=3),
    term=TEXT,
)
def test_article_html_is_our_tags_around_escaped_text(
    text: str, quotes: list[str], term: str
) -> None:
    spans = quote_spans(text, [*quotes, text[3:40]])
    refs = find_xrefs(text, "spp-rules")
    body = article_html(text, spans, refs, lambda law, n: article_url(law, n) if n < 200 else None)
    out = parse(body)
    assert set(out.tags) <= {"p", "mark", "a", "span"}
    for tag, name, value in out.attrs:
        assert (tag, name) in {("a", "href"), ("a", "target"), ("a", "rel"),
                               ("span", "class"), ("span", "title")}  # fmt: skip
        if name == "href":
            assert re.fullmatch(r"articles\?law=[a-z-]+&article=\d{1,3}", value or "")
    shown = "".join(out.text)
    assert visible(shown) == visible(re.sub(r"\n+", "\n", text))


# -- query parameters ------------------------------------------------------------------------

NUMBERS = {"spp-rules": tuple(range(1, 190)), "cpl": (36, 39, 175), "guide": ()}
PARAM = st.one_of(
    TEXT,
    st.sampled_from([*INSTRUMENTS, "83", "0", "-1", "1e2", "０８３", "٨٣", " 83 ", "83\x00"]),
    st.lists(TEXT, max_size=3),
    st.none(),
    st.integers(),
)
MESSAGES = re.compile(
    r"|An article number needs a law\."
    r"|Unknown instrument in the link\. Known instruments: [a-z, -]+\."
    r"|The article in the link is not a number\."
    r"|Article \d{1,4} is not in the corpus for [A-Za-z ]+\."
)


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(st.sampled_from(["law", "article", "x"]), PARAM, max_size=3))
def test_deep_link_parameters_are_validated(params: dict[str, object]) -> None:
    link = parse_deep_link(params, NUMBERS)
    assert link.law is None or link.law in NUMBERS
    assert link.article is None or (link.law is not None and link.article in NUMBERS[link.law])
    assert MESSAGES.fullmatch(link.problem), link.problem  # fixed wording, input never echoed
    assert html.escape(link.problem) == link.problem
