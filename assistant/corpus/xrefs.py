"""Cross-references inside article text ("Article 37 of these Rules", ...).

The translations refer to other provisions in a few fixed shapes:

- "Article 37 of these Rules", "Articles 127 and 128 of these Provisions",
  "Articles 62 to 65 of these Provisions", "Article 56 of this Law";
- "Article 28 or 29 of the Criminal Procedure Law", optionally qualified by a
  paragraph: "paragraph 1 of Article 146 of these Rules", "the second paragraph
  of Article 173 of the Criminal Procedure Law";
- "Article 238 of the Criminal Law" (an instrument the corpus does not hold).

Only these instrument phrases are recognised; anything else ("Article 2 of the
High People's Procuratorate on Improving ...") is left alone rather than guessed.

Editions matter: the 1999 SPP Rules and 1998 MPS Provisions cite the 1996
Criminal Procedure Law, the 2013 juvenile provisions cite the 2012 text, but the
corpus quotes the 2018 numbering. A CPL reference from an instrument citing an
older edition is therefore never linked to the corpus's CPL article of the same
number; it is returned with `law=None` and a note saying why.

Example:
    >>> refs = find_xrefs("see Articles 86 and 87 of these Rules", "spp-rules")
    >>> [(r.law, r.articles) for r in refs]
    [('spp-rules', (86, 87))]
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.types import Article

# Which edition of the Criminal Procedure Law each instrument cites, and the one
# the corpus quotes (the explainers quote the 2018 numbering).
CPL_EDITION_CITED: dict[str, int] = {
    "spp-rules": 1996,
    "mps-procedures": 1996,
    "spp-juvenile": 2012,
    "cpl": 2018,
    "guide": 2018,
}
CORPUS_CPL_EDITION = 2018
MAX_RANGE = 30  # "Articles 62 to 65" expands; longer ranges are not expanded

_SELF = r"(?i:these|this)\s+(?i:Rules|Provisions|Regulations|Law)\b"
_CPL = r"the\s+Criminal\s+Procedure\s+Law(?:\s+of\s+the\s+People's\s+Republic\s+of\s+China)?"
_CRIMINAL_LAW = r"the\s+Criminal\s+Law(?:\s+of\s+the\s+People's\s+Republic\s+of\s+China)?"
_NUM = r"\d{1,4}"
_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through)\s+|\s*[-–、]\s*)"
_ORD = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_PARA = (
    rf"(?:(?:the\s+)?(?P<para_ord>{_ORD})\s+paragraph\s+of\s+"
    rf"|paragraph\s+(?P<para_num>\d{{1,2}})\s+of\s+)"
)
_XREF = re.compile(
    rf"(?P<para>{_PARA})?"
    rf"\b[Aa]rticles?\s+(?P<nums>{_NUM}(?:{_SEP}{_NUM})*)"
    rf"\s+(?:of|in)\s+(?P<inst>{_SELF}|{_CPL}|{_CRIMINAL_LAW})\b"
)
_NUM_RE = re.compile(_NUM)
_ORDINALS = {w: i for i, w in enumerate(_ORD.split("|"), 1)}


@dataclass(frozen=True)
class XRef:
    """One reference found in a text.

    `start`/`end` span the whole phrase; `spans` hold one `(article, start, end)`
    per cited number so each can be linked on its own. `law` is the corpus key
    the reference resolves to, or None when it points outside the corpus (another
    instrument, or another edition of the CPL); `note` then says why.
    """

    start: int
    end: int
    text: str
    law: str | None
    articles: tuple[int, ...]
    spans: tuple[tuple[int, int, int], ...]
    instrument: str  # the instrument phrase as written, e.g. "these Rules"
    paragraph: int | None = None
    note: str = ""


def _target(inst: str, citing_law: str) -> tuple[str | None, str]:
    """Map an instrument phrase to a corpus law key (or None and a reason)."""
    phrase = " ".join(inst.split()).lower()
    if phrase.startswith(("these ", "this ")):
        if citing_law == "guide":  # the explainers quote the CPL, whose "this Law" is the CPL
            return "cpl", ""
        return citing_law, ""
    if phrase.startswith("the criminal procedure law"):
        edition = CPL_EDITION_CITED.get(citing_law, CORPUS_CPL_EDITION)
        if edition != CORPUS_CPL_EDITION:
            return None, (
                f"refers to the {edition} Criminal Procedure Law; the corpus quotes "
                f"the {CORPUS_CPL_EDITION} text, whose article numbers differ"
            )
        return "cpl", ""
    return None, "the Criminal Law is not part of this corpus"


def _numbers(match: re.Match[str]) -> tuple[tuple[int, ...], tuple[tuple[int, int, int], ...]]:
    base = match.start("nums")
    found = [
        (int(m.group()), base + m.start(), base + m.end()) for m in _NUM_RE.finditer(match["nums"])
    ]
    articles = [n for n, _, _ in found]
    # "Articles 62 to 65": expand a two-number range written with "to"/"through"/dash.
    if len(found) == 2 and re.search(r"\bto\b|\bthrough\b|[-–]", match["nums"]):
        lo, hi = articles
        if lo < hi <= lo + MAX_RANGE:
            articles = list(range(lo, hi + 1))
    return tuple(dict.fromkeys(articles)), tuple(found)


def find_xrefs(text: str, citing_law: str) -> tuple[XRef, ...]:
    """Every recognised cross-reference in `text`, in order of appearance."""
    out = []
    for m in _XREF.finditer(text):
        law, note = _target(m["inst"], citing_law)
        articles, spans = _numbers(m)
        para = None
        if m["para_num"]:
            para = int(m["para_num"])
        elif m["para_ord"]:
            para = _ORDINALS[m["para_ord"].lower()]
        out.append(
            XRef(
                start=m.start(),
                end=m.end(),
                text=m.group(),
                law=law,
                articles=articles,
                spans=spans,
                instrument=" ".join(m["inst"].split()),
                paragraph=para,
                note=note,
            )
        )
    return tuple(out)


Ref = tuple[str, int]


def outgoing(article: Article) -> tuple[Ref, ...]:
    """Corpus references (law, article) made by one article, without duplicates or itself."""
    refs: dict[Ref, None] = {}
    for x in find_xrefs(article.text, article.law):
        if x.law is None:
            continue
        for n in x.articles:
            if (x.law, n) != (article.law, article.article):
                refs[(x.law, n)] = None
    return tuple(refs)


def backlinks(articles: Iterable[Article]) -> dict[Ref, tuple[Ref, ...]]:
    """For each cited (law, article), the numbered articles that refer to it, sorted.

    Explainer passages (article None) are not listed as sources; they quote the
    CPL rather than refer to it.
    """
    index: dict[Ref, set[Ref]] = defaultdict(set)
    for a in articles:
        if a.article is None:
            continue
        for ref in outgoing(a):
            index[ref].add((a.law, a.article))
    return {k: tuple(sorted(v)) for k, v in index.items()}
