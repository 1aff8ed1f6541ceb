"""Escaping and highlighting: nothing from the user or the corpus becomes markup."""

from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st

from assistant.corpus.xrefs import find_xrefs
from assistant.types import Citation
from assistant.ui.render import (
    answer_markdown,
    article_html,
    group_citations,
    md_escape,
    merge_spans,
    quote_spans,
    ref_label,
    steps_markdown,
    term_spans,
)
from tests.ui.conftest import XSS


def visible_text(fragment: str) -> str:
    """What a browser would show: tags removed, entities decoded, paragraphs as newlines."""
    fragment = fragment.replace("</p><p>", "\n")
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_md_escape_neutralises_html_and_markdown() -> None:
    out = md_escape(XSS + " *b* _i_ [x](javascript:y) $x$ `c` | ~s~ &amp;")
    assert "<" not in out and ">" not in out
    assert "&lt;script&gt;" in out and "&amp;amp;" in out
    for ch in "*_[]$`|~":
        assert f"\\{ch}" in out
    assert "](" not in out.replace("\\](", "")


def test_md_escape_line_starts_and_breaks() -> None:
    out = md_escape("# title\n- item\n1. first\n> quote\n+ plus")
    lines = out.split("  \n")
    assert lines == ["\\# title", "\\- item", "1\\. first", "&gt; quote", "\\+ plus"]


def test_md_escape_breaks_shortcodes() -> None:
    assert ":smile:" not in md_escape("hello :smile: and :material/home:")


def test_answer_markdown_keeps_emphasis_but_not_html_or_links() -> None:
    out = answer_markdown("**10 days** [1] <b>x</b> [y](javascript:z) ![i](http://x) $5")
    assert out.startswith("**10 days** [1]")
    assert "&lt;b&gt;" in out and "](" not in out.replace("]\\(", "") and "\\$5" in out


def test_answer_markdown_keeps_block_quotes() -> None:
    out = answer_markdown("What:\n> “a <b> c” a>b\n  > > nested\nx > y")
    assert out == "What:\n> “a &lt;b&gt; c” a&gt;b\n  > > nested\nx &gt; y"


def test_quote_spans_verbatim_whitespace_and_missing() -> None:
    text = "The period shall be\n10 days, extended by one to four days."
    assert quote_spans(text, ["10 days"]) == [(20, 27)]
    assert quote_spans(text, ["shall be 10 days"]) == [(11, 27)]  # across the line break
    assert quote_spans(text, ["not there", ""]) == []


def test_merge_and_term_spans() -> None:
    assert merge_spans([(5, 9), (0, 3), (2, 6)]) == [(0, 9)]
    assert term_spans("Bail and BAIL", "bail") == [(0, 4), (9, 13)]
    assert term_spans("x", "  ") == []


def test_article_html_escapes_and_highlights() -> None:
    text = f"First {XSS}\nSecond: shall be 10 days"
    out = article_html(text, quote_spans(text, ["10 days"]))
    assert "<script" not in out and "<img" not in out
    assert "<mark>10 days</mark>" in out
    assert out.count("<p>") == 2
    assert visible_text(out) == text


def test_article_html_links_and_marks_references() -> None:
    text = "Under Articles 37 and 38 of these Rules and Article 56 of the Criminal Procedure Law."
    refs = find_xrefs(text, "spp-rules")
    out = article_html(
        text,
        quote_spans(text, ["Articles 37"]),
        refs,
        lambda law, n: f"u?{law}:{n}" if n == 37 else None,
    )
    assert '<mark><a href="u?spp-rules:37" target="_blank" rel="noopener">37</a></mark>' in out
    assert ">38<" not in out.replace("<mark>", "")  # 38 not in the corpus: plain text
    assert 'class="xref-missing"' in out and "1996 Criminal Procedure Law" in out
    assert visible_text(out) == text


def test_link_urls_are_attribute_escaped() -> None:
    text = "Article 37 of these Rules"
    out = article_html(text, (), find_xrefs(text, "spp-rules"), lambda law, n: 'x"><script>')
    assert "<script>" not in out and "&quot;&gt;&lt;script&gt;" in out


TRICKY = st.sampled_from(
    ["<", ">", "&", '"', "'", "\n", "*", "[", "Article 37 of these Rules", "<p>"]
)


@given(
    st.lists(st.one_of(TRICKY, st.text(max_size=5)), max_size=30).map("".join),
    st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=4),
)
def test_article_html_never_leaks_markup(text: str, raw_spans: list[tuple[int, int]]) -> None:
    """Only our own tags appear, and the visible text is the input (empty lines dropped)."""
    spans = merge_spans([(min(a, b), max(a, b)) for a, b in raw_spans if min(a, b) < len(text)])
    out = article_html(text, spans, find_xrefs(text, "spp-rules"), lambda law, n: f"?a={n}")
    tags = re.findall(r"<\s*/?\s*([A-Za-z]+)", out)
    assert set(tags) <= {"p", "mark", "span", "a"}
    assert visible_text(out) == re.sub(r"\n+", "\n", text).strip("\n")


def test_group_citations() -> None:
    cites = [
        Citation("mps-procedures", 109, "within three days"),
        Citation("spp-rules", 99, "within seven days"),
        Citation("mps-procedures", 109, "one to four days"),
        Citation("mps-procedures", 109, "within three days"),
        Citation("guide", None, "a"),
        Citation("guide", None, "b"),
    ]
    assert group_citations(cites) == [
        ("mps-procedures", 109, ("within three days", "one to four days")),
        ("spp-rules", 99, ("within seven days",)),
        ("guide", None, ("a",)),
        ("guide", None, ("b",)),
    ]


def test_labels_and_steps() -> None:
    assert ref_label("spp-rules", 83) == "SPP Rules (1999) Art. 83"
    assert ref_label("guide", None) == "Guide (2018) explainer passage"
    assert (
        steps_markdown(["Start: 1 March", "+ 24 h <b>"])
        == "1. Start: 1 March\n2. \\+ 24 h &lt;b&gt;"
    )
