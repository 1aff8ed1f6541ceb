"""Exact article references in free text (pure): "SPP Rules art. 83", "Article 163 of the
MPS provisions", "juvenile provisions article 25", "rule 37 procuratorate",
"the twenty-fifth article", "第83条", "arts. 80-83".

Each reference takes the instrument named nearest to it; a reference with no instrument
named anywhere has `law=None` and the retriever looks it up in every instrument.
Whether the article exists is decided by the retriever against the corpus, never here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.corpus.numbers import ordinal_to_int, word_to_int
from assistant.retrieval.literal_guard import guard, may_match

# Instrument aliases, most specific first; matched on lower-cased text.
ALIASES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("spp-juvenile", re.compile(r"juvenile|\bminors?\b|spp[- ]juvenile|youth provisions")),
    ("cpl", re.compile(r"criminal procedure law|\bcpl\b|procedure law of the people")),
    (
        "mps-procedures",
        re.compile(r"\bmps\b|public security|\bpolice\b|ministry of public|decree no\.? ?35"),
    ),
    (
        "spp-rules",
        re.compile(
            r"\bspp\b|procuratorat|procuratorial|prosecutors?'? rules|these rules|\brules\b"
        ),
    ),
)
# The strings one of which each alias's match needs: most questions name no instrument,
# and four `in` checks cost less than one scan of the alias patterns (literal_guard.py)
_ALIAS_GUARDS = tuple(guard(pat) for _, pat in ALIASES)
_NUM = r"\d{1,4}(?:st|nd|rd|th)?"
_TAIL = rf"(?P<tail>(?:\s*(?:,|and|or|&|to|through|/|-|–)\s*{_NUM})*)\b"
_REF = re.compile(
    rf"(?:\b(?P<kw>articles?|arts?\.?|rules?|provisions?)\s*(?:no\.?\s*)?|§+\s*)"
    rf"(?P<first>\d{{1,4}})(?:st|nd|rd|th)?{_TAIL}",
    re.I,
)
_WORDNUM = r"[a-z]+(?:-[a-z]+)?"
_ORD_BEFORE = re.compile(rf"\b({_WORDNUM}|\d{{1,4}}(?:st|nd|rd|th))\s+article\b", re.I)
_WORD_AFTER = re.compile(rf"\barticles?\s+({_WORDNUM})\b", re.I)
_CHINESE = re.compile(r"第\s*(\d{1,4})\s*条")
_GROUP = re.compile(r"\[[^\[\]]*\]|\([^()]*\)")  # "[MPS Provisions, Art. 103]", "(SPP Art 83)"
# What every number pattern above needs (a digit, "article" or 第), with their flags: most
# queries have none, and skipping them saves the alias and number scans (≈ 0.05 ms).
_MAY_CITE = re.compile(r"\d|article|第", re.I)
_YEAR = range(1900, 2100)  # "SPP Rules 1999" is an edition, not an article
_MAX_TEXT = 4000  # references sit near the start; bound the work on huge inputs


@dataclass(frozen=True)
class Reference:
    """A cited article: instrument key (None when the text names none) and number."""

    law: str | None
    article: int


def _alias_spans(low: str) -> list[tuple[int, int, str]]:
    spans = [(m.start(), m.end(), law)
             for (law, pat), needs in zip(ALIASES, _ALIAS_GUARDS, strict=True)
             if may_match(needs, low) for m in pat.finditer(low)]  # fmt: skip
    return sorted(spans)


def mentioned_laws(text: str) -> list[str]:
    """Instruments the text names, most specific first ("juvenile" beats "procuratorate")."""
    low = text[:_MAX_TEXT].lower()
    found = [law for (law, pat), needs in zip(ALIASES, _ALIAS_GUARDS, strict=True)
             if may_match(needs, low) and pat.search(low)]  # fmt: skip
    if "spp-juvenile" in found and "spp-rules" in found:
        found.remove("spp-rules")  # "procuratorate's juvenile provisions"
    return found


def _numbers(head: str) -> list[tuple[int, int, int]]:
    """(start, end, number) of every cited article number, in text order."""
    out: list[tuple[int, int, int]] = []
    for m in _REF.finditer(head):
        first = int(m.group("first"))
        keyword = (m.group("kw") or "").lower()
        if keyword.startswith(("rule", "provision")) and first in _YEAR:
            continue
        nums = [first]
        tail_text = m.group("tail") or ""
        tail = [int(x) for x in re.findall(r"\d{1,4}", tail_text)]
        is_range = re.search(r"to|through|-|–", tail_text) and len(tail) == 1
        if is_range and 0 < tail[0] - first <= 10:
            nums += list(range(first + 1, tail[0] + 1))
        else:
            nums += tail
        out += [(m.start(), m.end(), n) for n in nums]
    for pat, conv in ((_ORD_BEFORE, ordinal_to_int), (_WORD_AFTER, word_to_int)):
        for m in pat.finditer(head):
            n = conv(m.group(1))
            if n and not m.group(1).isdigit():
                out.append((m.start(), m.end(), n))
    out += [(m.start(), m.end(), int(m.group(1))) for m in _CHINESE.finditer(head)]
    return sorted(out)


def _nearest_law(start: int, end: int, spans: list[tuple[int, int, str]],
                 groups: list[tuple[int, int]] = ()) -> str | None:  # fmt: skip
    """The instrument named closest to a reference (before or after it); an instrument
    named inside the same brackets wins, so in "[MPS Provisions, Art. 103] [SPP Rules,
    Art. 83]" the second tag's "SPP", nearer to 103, is not taken for it."""
    inside = [sp for g0, g1 in groups if g0 <= start and end <= g1
              for sp in spans if g0 <= sp[0] and sp[1] <= g1]  # fmt: skip
    spans = inside or spans
    if not spans:
        return None
    laws = {law for _, _, law in spans}
    if laws == {"spp-juvenile", "spp-rules"}:
        return "spp-juvenile"  # "the procuratorate's juvenile provisions"

    def distance(span: tuple[int, int, str]) -> int:
        s, e, _ = span
        return s - end if s >= end else (start - e if e <= start else 0)

    return min(spans, key=lambda sp: (distance(sp), sp[0]))[2]


def find_references(text: str) -> list[Reference]:
    """All article numbers the text cites, each with the instrument named nearest to it.

    >>> find_references("Compare SPP Rules art. 83 with MPS Article 109")
    [Reference(law='spp-rules', article=83), Reference(law='mps-procedures', article=109)]
    """
    head = text[:_MAX_TEXT]
    if not _MAY_CITE.search(head):
        return []
    spans = _alias_spans(head.lower())
    groups = [m.span() for m in _GROUP.finditer(head)]
    out: list[Reference] = []
    for start, end, n in _numbers(head):
        ref = Reference(_nearest_law(start, end, spans, groups), n)
        if 0 < n < 10000 and ref not in out:
            out.append(ref)
    return out
