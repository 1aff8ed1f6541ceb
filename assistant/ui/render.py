"""Escaping and highlighting, pure: every string shown in the app passes through here.

Two output forms are used:

- Markdown for chat bubbles (`md_escape` for user and corpus text, which must show
  verbatim; `answer_markdown` for the library's answer text, which keeps its
  Markdown emphasis and lists but loses any HTML);
- HTML for article text (`article_html`), built only from `html.escape`d pieces
  plus our own `<p>`, `<mark>`, `<a>` and `<span>` tags, so highlights and links
  can overlap without trusting the corpus.

Example:
    >>> md_escape("<b>*hi*</b>")
    '&lt;b&gt;\\\\*hi\\\\*&lt;/b&gt;'
    >>> article_html("Bail: 7 days", [(6, 12)])
    '<p>Bail: <mark>7 days</mark></p>'
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise

from assistant.corpus.instruments import INSTRUMENTS
from assistant.corpus.xrefs import XRef
from assistant.types import Citation

Span = tuple[int, int]

ROUTE_LABELS: dict[str, str] = {
    "lookup": "Looked up directly",
    "rule": "Computed by a rule",
    "retrieval": "Found by searching the sources",
    "abstain": "Declined: the sources do not answer this",
    "clarify": "Needs more detail",
}

_MD_ANYWHERE = re.compile(r"([\\`*_\[\]|~$])")
_MD_LINE_START = re.compile(r"^(\s*)([#+=-])", re.MULTILINE)
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_MD_ORDERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)
_QUOTE_MARK = re.compile(r"^[ \t]*(?:&gt;[ \t]*)+", re.MULTILINE)
_SHORTCODE = re.compile(r":(?=[A-Za-z0-9_+/-]+:)")


def _html_entities(text: str) -> str:
    """`&`, `<`, `>` as entities: literal characters in any Markdown renderer."""
    return re.sub(r"[&<>]", lambda m: _ENTITIES[m.group()], text)


# GFM autolinks bare URLs and e-mail addresses; a zero-width space breaks each trigger.
_AUTOLINK = re.compile(r"www\.|://|@", re.I)
_INDENT = re.compile(r"^[ \t]+")


def md_escape(text: str) -> str:
    """Make `text` render verbatim in Streamlit Markdown (no HTML, links, math or lists).

    HTML characters become entities (`&lt;`), which every Markdown renderer shows
    as the character, so the result is also safe in exported `.md` files.

    Line breaks are kept as hard breaks; `:name:` shortcodes get a zero-width
    space so Streamlit does not turn them into emoji or icons.
    """
    # Markdown reads a lone "\r" as a line break ("0\r#" would open a heading), so line
    # starts are found after the same normalisation
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = _html_entities(_MD_ANYWHERE.sub(r"\\\1", text))
    out = _MD_LINE_START.sub(r"\1\\\2", out)
    out = _MD_ORDERED.sub(r"\1\\\2", out)
    out = _SHORTCODE.sub(":\u200b", out)
    out = _AUTOLINK.sub(
        lambda m: (
            m.group()
            .replace("www", "www\u200b")
            .replace("://", "\u200b://")
            .replace("@", "\u200b@")
        ),
        out,
    )
    # Leading tabs or 4+ spaces would open a code block; keep the indent as no-break spaces.
    lines = [
        _INDENT.sub(lambda m: "\u00a0" * len(m.group().expandtabs(4)), ln) for ln in out.split("\n")
    ]
    return "  \n".join(lines)


def answer_markdown(text: str) -> str:
    """The library's answer text as Markdown: emphasis and lists kept; HTML, links,
    images, math and shortcodes neutralised."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as Markdown reads line breaks
    out = _html_entities(text.replace("\\", "\\\\").replace("$", "\\$"))
    # keep "> " block quotes: a ">" at the start of a line cannot open HTML
    out = _QUOTE_MARK.sub(lambda m: m.group().replace("&gt;", ">"), out)
    out = out.replace("](", "]\\(").replace("![", "!\\[")
    return _SHORTCODE.sub(":\u200b", out)


def quote_spans(text: str, quotes: Iterable[str]) -> list[Span]:
    """Where each quote occurs in `text` (first occurrence), merged and sorted.

    Quotes are meant to be verbatim substrings; if one is not, a
    whitespace-insensitive match is tried, and failing that it is skipped.
    """
    spans = []
    for q in quotes:
        q = q.strip()
        if not q:
            continue
        i = text.find(q)
        if i >= 0:
            spans.append((i, i + len(q)))
            continue
        pattern = r"\s+".join(re.escape(w) for w in q.split())
        m = re.search(pattern, text)
        if m:
            spans.append(m.span())
    return merge_spans(spans)


def term_spans(text: str, term: str) -> list[Span]:
    """Case-insensitive occurrences of a search term (for the article browser)."""
    term = term.strip()
    if not term:
        return []
    return [m.span() for m in re.finditer(re.escape(term), text, re.IGNORECASE)]


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _inside(pos: int, spans: Sequence[Span]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _cuts(text: str, spans: Iterable[Span]) -> list[int]:
    """Every position where a tag opens or closes, plus both sides of each newline."""
    cuts = {0, len(text)}
    for s, e in spans:
        cuts.update((s, e))
    for i, ch in enumerate(text):
        if ch == "\n":
            cuts.update((i, i + 1))
    return sorted(c for c in cuts if 0 <= c <= len(text))


def article_html(
    text: str,
    highlights: Sequence[Span] = (),
    xrefs: Sequence[XRef] = (),
    link: Callable[[str, int], str | None] | None = None,
) -> str:
    """Article text as safe HTML: one `<p>` per line, highlights as `<mark>`.

    A cross-referenced number becomes `<a href=...>` when `link(law, article)`
    returns a URL; references that cannot be linked become
    `<span class="xref-missing" title=...>`. All text is escaped.
    """
    linked: list[tuple[int, int, str]] = []
    missing: list[tuple[int, int, str]] = []
    for x in xrefs:
        urls = [(n, s, e, link(x.law, n) if link and x.law else None) for n, s, e in x.spans]
        if all(u is None for *_, u in urls):
            reason = x.note or "this article is not in the corpus"
            missing.append((x.start, x.end, f"Not in the corpus: {reason}"))
        linked.extend((s, e, u) for _, s, e, u in urls if u)
    parts = ["<p>"]
    spans = [*highlights, *[(s, e) for s, e, _ in linked + missing]]
    for s, e in pairwise(_cuts(text, spans)):
        piece = text[s:e]
        if piece == "\n":
            parts.append("</p><p>")
            continue
        out = html.escape(piece)
        url = next((u for a, b, u in linked if a <= s < b), None)
        if url:
            out = f'<a href="{html.escape(url)}" target="_blank" rel="noopener">{out}</a>'
        title = next((t for a, b, t in missing if a <= s < b), None)
        if title:
            out = f'<span class="xref-missing" title="{html.escape(title)}">{out}</span>'
        if _inside(s, highlights):
            out = f"<mark>{out}</mark>"
        parts.append(out)
    parts.append("</p>")
    return "".join(parts).replace("<p></p>", "")


def group_citations(citations: Iterable[Citation]) -> list[tuple[str, int | None, tuple[str, ...]]]:
    """One (law, article, quotes) per cited provision, in first-cited order.

    Explainer passages have no number, so each of their quotes stays its own entry.
    """
    groups: dict[tuple[str, int | None, int], list[str]] = {}
    for i, c in enumerate(citations):
        key = (c.law, c.article, -1 if c.article is not None else i)
        quotes = groups.setdefault(key, [])
        if c.quote and c.quote not in quotes:
            quotes.append(c.quote)
    return [(law, art, tuple(q)) for (law, art, _), q in groups.items()]


def law_label(law: str) -> str:
    inst = INSTRUMENTS.get(law)
    return f"{inst.short} ({inst.year})" if inst else law


def ref_label(law: str, article: int | None) -> str:
    """'SPP Rules (1999) Art. 83'; explainer passages have no number."""
    where = f"Art. {article}" if article is not None else "explainer passage"
    return f"{law_label(law)} {where}"


def version_line(law: str) -> str:
    inst = INSTRUMENTS.get(law)
    if not inst:
        return ""
    return f"{inst.title} — {inst.body}; {inst.version}"


def steps_markdown(steps: Sequence[str]) -> str:
    """The rule's arithmetic as an escaped, numbered Markdown list."""
    return "\n".join(f"{i}. {md_escape(s)}" for i, s in enumerate(steps, 1))
