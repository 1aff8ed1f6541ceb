"""Exact article references in free text: "SPP Rules art. 83", "Article 163 of the MPS
provisions", "juvenile provisions article 25", "rule 37 procuratorate"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.corpus.numbers import ordinal_to_int

# Instrument aliases, most specific first; matched on lower-cased text.
ALIASES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("spp-juvenile", re.compile(r"juvenile|minors?\b|spp[- ]juvenile|youth provisions")),
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
_NUM = r"(\d{1,4})(?:st|nd|rd|th)?"
_REF = re.compile(
    rf"\b(?:articles?|arts?\.?|rules?|provisions?|§+)\s*(?:no\.?\s*)?{_NUM}"
    rf"((?:\s*(?:,|and|&|to|-|–)\s*{_NUM})*)\b",
    re.I,
)
_ORD = re.compile(r"\b([a-z]+-[a-z]+|\d{1,4}(?:st|nd|rd|th))\s+article\b", re.I)
_MAX_TEXT = 4000  # references sit near the start; bound the work on huge inputs


@dataclass(frozen=True)
class Reference:
    law: str | None  # None when the text names no instrument
    article: int


def mentioned_laws(text: str) -> list[str]:
    """Instruments the text names, most specific first ("juvenile" beats "procuratorate")."""
    low = text[:_MAX_TEXT].lower()
    found = [law for law, pat in ALIASES if pat.search(low)]
    if "spp-juvenile" in found and "spp-rules" in found:
        found.remove("spp-rules")  # "procuratorate's juvenile provisions"
    return found


def find_references(text: str) -> list[Reference]:
    """All article numbers the text cites, with the instrument it names (if any)."""
    head = text[:_MAX_TEXT]
    nums: list[int] = []
    for m in _REF.finditer(head):
        first = int(m.group(1))
        nums.append(first)
        tail = [int(x) for x in re.findall(r"\d{1,4}", m.group(2) or "")]
        if re.search(r"to|-|–", m.group(2) or "") and len(tail) == 1 and 0 < tail[0] - first <= 10:
            nums.extend(range(first + 1, tail[0] + 1))
        else:
            nums.extend(tail)
    for m in _ORD.finditer(head):
        n = ordinal_to_int(m.group(1))
        if n:
            nums.append(n)
    laws = mentioned_laws(head)
    law = laws[0] if laws else None
    out: list[Reference] = []
    for n in nums:
        ref = Reference(law, n)
        if 0 < n < 10000 and ref not in out:
            out.append(ref)
    return out
