"""Parse the scraped source texts into `Article` records (pure: text in, records out)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.corpus import headers
from assistant.corpus.cleaning import content_lines
from assistant.corpus.headings import parse_heading
from assistant.types import Article, Missing

# Headerless articles whose boundary the paragraph count alone cannot fix. Each
# entry names the first words of the paragraph that begins the article and why;
# the split points follow the article structure of the official Chinese text.
ANCHORS: dict[tuple[str, int], tuple[str, str]] = {
    ("mps-procedures", 8): (
        "Public security organs handling criminal cases must attach importance to evidence",
        "no header in source; begins where the Chinese text's Article 8 (weight of evidence) does",
    ),
    ("mps-procedures", 9): (
        "In handling criminal cases, the public security organs shall guarantee",
        "no header in source; begins where the Chinese text's Article 9 (procedural rights) does",
    ),
}


@dataclass
class _Draft:
    number: int
    chapter: str
    section: str
    note: str
    paragraphs: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class ParseResult:
    articles: tuple[Article, ...]
    missing: tuple[Missing, ...]
    boilerplate: tuple[tuple[int, str], ...]
    front_matter: tuple[tuple[int, str], ...]
    recovered: tuple[str, ...]  # one line per damaged header recovered


def _next_explicit(lines: list[tuple[int, str]]) -> list[int]:
    """For each line, the number of the next ordinary "Article N" header after it."""
    out, nxt = [0] * len(lines), 10**9
    for i in range(len(lines) - 1, -1, -1):
        out[i] = nxt
        n = headers.explicit_number(lines[i][1])
        if n is not None:
            nxt = n
    return out


def parse_instrument(
    text: str, law: str, source: str, first: int = 1, chapter: str = ""
) -> ParseResult:
    """Parse one instrument; `first` is the number its first article should carry
    and `chapter` the chapter in force before any heading (for excerpts)."""
    lines, removed = content_lines(text)
    ahead = _next_explicit(lines)
    drafts: list[_Draft] = []
    front: list[tuple[int, str]] = []
    section = ""
    for i, (ln, line) in enumerate(lines):
        heading = parse_heading(line)
        if heading:
            if not drafts:  # the table of contents, or the heading just before Article 1
                front.append((ln, line))
            if heading.kind == "Chapter":
                chapter, section = str(heading), ""
            else:
                section = str(heading)
            continue
        last = drafts[-1].number if drafts else first - 1
        hdr = headers.detect(line, last + 1, last, ahead[i] > last + 1)
        if hdr is None and not drafts:
            front.append((ln, line))
            continue
        if hdr is not None:
            drafts.append(_Draft(hdr.number, chapter, section, hdr.note))
            line = hdr.rest
        while (split := headers.split_inline(line, drafts[-1].number)) is not None:
            head, n, line = split
            if head:
                drafts[-1].paragraphs.append((ln, head))
            drafts.append(_Draft(n, chapter, section, "run together with the previous article"))
        if line:
            drafts[-1].paragraphs.append((ln, line))
    drafts = _split_headerless(drafts, law)
    articles = tuple(_finish(d, law, source) for d in drafts)
    missing = _missing(articles, law, first)
    recovered = tuple(f"Article {a.article}: {a.note}" for a in articles if a.note)
    return ParseResult(articles, missing, tuple(removed), tuple(front), recovered)


def _split_headerless(drafts: list[_Draft], law: str) -> list[_Draft]:
    """Fill sequence gaps with headerless articles where the text shows them.

    A gap of k numbers after Article N is filled when Article N has exactly k
    later paragraphs that are not enumerated items (each then starts one
    article), or from a reviewed entry in `ANCHORS`.
    """
    out: list[_Draft] = []
    for d, nxt in zip(drafts, [*drafts[1:], None], strict=True):
        gap = list(range(d.number + 1, nxt.number)) if nxt else []
        starts = _gap_starts(d, gap, law)
        if not starts:
            out.append(d)
            continue
        cuts = [0, *starts, len(d.paragraphs)]
        for j, n in enumerate([d.number, *gap]):
            note = d.note if j == 0 else _gap_note(law, n)
            out.append(_Draft(n, d.chapter, d.section, note, d.paragraphs[cuts[j] : cuts[j + 1]]))
    return out


def _gap_starts(d: _Draft, gap: list[int], law: str) -> list[int]:
    if not gap:
        return []
    if all((law, n) in ANCHORS for n in gap):
        found = []
        for n in gap:
            prefix = ANCHORS[(law, n)][0]
            idx = [i for i, (_, p) in enumerate(d.paragraphs) if p.startswith(prefix)]
            if len(idx) != 1:
                return []
            found.append(idx[0])
        return found if found == sorted(found) and found[0] > 0 else []
    plain = [i for i, (_, p) in enumerate(d.paragraphs) if i > 0 and not headers.is_item(p)]
    return plain if len(plain) == len(gap) else []


def _gap_note(law: str, n: int) -> str:
    if (law, n) in ANCHORS:
        return ANCHORS[(law, n)][1]
    return "no header in source; number assigned from the expected sequence"


def _finish(d: _Draft, law: str, source: str) -> Article:
    lns = [ln for ln, _ in d.paragraphs] or [0]
    return Article(
        law=law,
        article=d.number,
        chapter=d.chapter,
        section=d.section,
        paragraphs=tuple(p for _, p in d.paragraphs),
        source=source,
        line_start=min(lns),
        line_end=max(lns),
        note=d.note,
    )


def _missing(articles: tuple[Article, ...], law: str, first: int) -> tuple[Missing, ...]:
    nums = [a.article for a in articles if a.article is not None]
    if not nums:
        return ()
    have = set(nums)
    gaps = [n for n in range(first, max(nums)) if n not in have]
    return tuple(Missing(law, n, "no header or separable text in the source") for n in gaps)


_CPL_START = re.compile(r"^Article\s+(\d+)(?:st|nd|rd|th)?\s*[:：]?\s*(.*)$")
_CPL_POINTER = re.compile(
    r"Legal basis:\s*Article\s+(\d+)(?:st|nd|rd|th)?\s+of the Criminal Procedure"
)
_GUIDE_BREAK = re.compile(r"^(\d+\.\s|First,|Second,|Third,)|\?$")


def parse_explainer(text: str, source: str, passage_start: int = 1) -> ParseResult:
    """Split an explainer into `guide` prose passages and the quoted `cpl` articles.

    A CPL quote starts at "Article N …" (or after "Legal basis: Article N of the
    Criminal Procedure Law") and runs until the explainer's next numbered point
    or question.
    """
    lines, removed = content_lines(text)
    blocks: list[tuple[str, int | None, list[tuple[int, str]]]] = []
    mode: int | None = None  # current CPL article number, None in guide prose
    for ln, line in lines:
        if m := _CPL_START.match(line):
            mode = int(m.group(1))
            blocks.append(("cpl", mode, [(ln, m.group(2))] if m.group(2) else []))
            continue
        if m := _CPL_POINTER.search(line):
            blocks.append(("guide", None, [(ln, line)]))
            mode = int(m.group(1))
            blocks.append(("cpl", mode, []))
            continue
        if mode is not None and _GUIDE_BREAK.search(line):
            mode = None
        if mode is None and (not blocks or blocks[-1][0] != "guide"):
            blocks.append(("guide", None, []))
        blocks[-1][2].append((ln, line))
    articles = []
    passage = passage_start
    for law, number, paras in blocks:
        if not paras:
            continue
        draft = _Draft(number or 0, "", "", "", paras)
        art = _finish(draft, law, source)
        if law == "guide":
            art = replace(art, article=None, passage=passage)
            passage += 1
        articles.append(art)
    return ParseResult(tuple(articles), (), tuple(removed), (), ())
