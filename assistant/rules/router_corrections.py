"""Details the writer corrects mid-message, read in their last version (pure).

People correct themselves as they type: "the police granted it, no, the procuratorate did",
"he is 17, wait, he turned 18 last month", "I thought he'd been a witness - no, I mixed that
up, he only interviewed the witnesses". The readers would take both versions as told, so the
retracted clause is dropped and its replacement kept. Only a short retracted clause (a few
words back to the last comma, dash, conjunction or sentence start) or one replaced by a
whole clause is dropped; a corrected date ("on 2 March, no wait, the 3rd") is left to the date reader,
which takes the date after the correction (`router_text.CORRECTION_RE`).

Example:
    >>> retract("my dad is on bail - the police granted it, no, the procuratorate did.")
    'my dad is on bail - the procuratorate did.'
"""

from __future__ import annotations

import re

_WORDS = (
    r"sorry|i mean|i meant|scratch that|or rather|my mistake|my bad|i mixed (?:that|it) up"
    r"|i got (?:that|it) wrong|i was wrong|let me correct (?:that|myself)"
)
# "no", "wait" and "actually" also open asides and lists ("he is, actually, very ill"), so
# they correct only before a new subject ("no, the procuratorate did", "wait, he turned 18")
_WEAK = r"no|wait|actually"
_SUBJECT = r"(?:the|he|she|it|they|his|her|their|my|our|i|we|that|this)\b"
# A correction opens after a comma or a spaced dash (not the hyphen of "self-correction"):
# marker words, then the new version. (A marker before a full stop is an apology for what
# came before: "the procuratorate did, sorry.")
CORRECTION = re.compile(
    rf"(?:\s*,|\s+-+|\s*[\u2013\u2014])\s*(?P<marks>(?:(?:{_WEAK}|{_WORDS})\b,?\s*)+)"
    rf"(?:[,\u2013\u2014-]+\s*)?(?P<new>[^.?!;,]{{3,}})"
)
_ONLY_WEAK = re.compile(rf"(?:(?:{_WEAK})\b,?\s*)+")
_NEW_SUBJECT = re.compile(rf"\s*{_SUBJECT}")
# where the retracted clause begins: a mark, a dash or a conjunction ("he wants to be the
# surety but he is serving a sentence, actually he is in prison")
_BOUNDARY = re.compile(r"[.?!;,\u2013\u2014]|\s-\s|^|\b(?:but|and|so|because|although|though) ")
MAX_OLD_WORDS = 6  # a longer retracted clause is dropped only for a whole new clause
SHORT_NEW = 2  # a replacement this short stands for the clause's last words only
_CLAUSE_START = re.compile(r"\s*(?:he|she|it|they|i|we)\s+\w+")
_DATE_START = re.compile(r"\s*(?:on|in|at|by|from|since|until|the \d|\d)")


def _kept_words(old: str, new: str) -> str:
    """What stays of the retracted clause: a word or two of replacement swaps as many words
    at its end ("can she get out with bail, I mean qubao": the question stays), a longer one
    the whole clause."""
    n = len(new.split())
    words = old.split()
    return " ".join(words[:-n]) + " " if n <= SHORT_NEW < len(words) else ""


def retract(text: str) -> str:
    """`text` with each corrected clause removed, its replacement kept."""
    out, pos = [], 0
    for m in CORRECTION.finditer(text):
        starts = [b.end() for b in _BOUNDARY.finditer(text, pos, m.start())]
        begin = max(starts) if starts else pos
        old, new = text[begin : m.start()], m["new"]
        if not old.strip() or _DATE_START.match(new):
            continue
        if _ONLY_WEAK.fullmatch(m["marks"]) and not _NEW_SUBJECT.match(new):
            continue
        if len(old.split()) > MAX_OLD_WORDS and not _CLAUSE_START.match(new):
            continue
        kept = _kept_words(old, new)
        out.append(text[pos:begin] + (" " if begin and text[begin - 1] != " " else "") + kept)
        pos = m.start("new")
    return "".join(out) + text[pos:] if out else text
