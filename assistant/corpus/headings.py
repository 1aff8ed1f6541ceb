"""Recognise and normalise chapter and section headings in the translations.

The machine translation renders "第三章 回避" as "Three chapters retreat" and
"第五节 逮捕" as "Five sections caught"; we recover the number and replace the
worst literal renderings with the usual English legal term (reviewed by hand).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.corpus.numbers import ROMAN, roman, word_to_int

# Literal mistranslations -> usual term. Keys are lower-cased raw titles.
_TITLE_FIXES = {
    "retreat": "Withdrawal",
    "administration and administration": "Jurisdiction",
    "caught": "Arrest",
    "to make a case": "Filing a Case",
    "the case": "Filing a Case",
    "the bill": "Filing a Case",
    "accepts the case": "Acceptance of Cases",
    "examines arrests": "Examination of Arrests",
    "reviews and approves arrests": "Examination and Approval of Arrests",
    "examines the decision to arrest": "Examination and Decision of Arrests",
    "inspection and inspection": "Inquest and Examination",
    "detention": "Detention",
    "file, solve and close cases": "Filing, Solving and Closing Cases",
    "no prosecution": "Non-prosecution",
    "periods of detention": "Time Limits for Custody",
}
# The first section of "Compulsory measures" is 拘传, compelled appearance, which
# the translation also calls "detention"; (kind, number, raw title) -> title.
_POSITIONAL_FIXES = {
    ("Section", 1, "detention"): "Compelled Appearance",
    ("Chapter", 7, "detention"): "Custody",
}

_NUM = r"(?P<num>\d+|[IVXivx]+|[A-Za-z]+(?:-[A-Za-z]+)?)"
_PATTERNS = (
    ("Chapter", re.compile(rf"^Chapter\s+{_NUM}\s*[:：,]?\s*(?P<title>.*)$", re.I)),
    ("Chapter", re.compile(rf"^{_NUM}\s+chapters?\s+(?:of\s+)?(?P<title>.*)$", re.I)),
    ("Chapter", re.compile(rf"^(?P<title>\w+)\s+in\s+{_NUM}\s+chapters$", re.I)),
    ("Section", re.compile(rf"^Section\s+{_NUM}\s*[:：,]?\s*(?P<title>.*)$", re.I)),
    ("Section", re.compile(rf"^(?:The\s+)?{_NUM}\s+(?:sections?|part),?\s+(?:of\s+)?(?P<title>.*)$", re.I)),
    ("Section", re.compile(rf"^(?:The\s+)?{_NUM}\s+(?:verses?|knots?)\s*(?:of\s+|are\s+)?(?P<title>.*)$", re.I)),
    ("Section", re.compile(rf"^{_NUM}\s+(?P<title>periods of detention)$", re.I)),
)  # fmt: skip


@dataclass(frozen=True)
class Heading:
    kind: str  # "Chapter" | "Section"
    number: int
    title: str

    def __str__(self) -> str:
        return f"{self.kind} {roman(self.number)} {self.title}".strip()


def _number(token: str) -> int | None:
    t = token.lower()
    if t == "a":
        return 1
    if t in ROMAN and token.isupper():
        return ROMAN[t]
    return word_to_int(t) if word_to_int(t) is not None else ROMAN.get(t)


def parse_heading(line: str) -> Heading | None:
    """Return the heading a line states, or None if it is not a heading."""
    s = line.strip()
    if not s or len(s) > 140 or s[-1] in "。.;；:" or s.startswith(("Article", "(")):
        return None
    for kind, pat in _PATTERNS:
        m = pat.match(s)
        if not m:
            continue
        num = _number(m.group("num"))
        if num is None or not 0 < num < 30:
            continue
        raw = m.group("title").strip(" ,:")
        title = _POSITIONAL_FIXES.get((kind, num, raw.lower())) or _TITLE_FIXES.get(raw.lower())
        if title is None:
            title = raw[:1].upper() + raw[1:]
        return Heading(kind, num, title)
    return None
