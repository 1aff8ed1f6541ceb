"""Sentence marks for dictated messages (pure).

Voice-to-text often gives a whole story with no full stop or question mark: "... nobody
got hurt its just bags can the police let her out on bail while they look into it". The
readers find the question and its clauses by their marks, so such a message had none to
find. A clause that opens with an inverted auxiliary ("can the police", "will they") or a
question word before one ("how long can they") starts a question in English, so a full
stop is put before it and a question mark at the end. Only a long message without any
mark is touched: a typed one keeps its own punctuation.

Example:
    >>> punctuate("my son is sixteen he stole a bike can they let him go home")
    'my son is sixteen he stole a bike. can they let him go home?'
"""

from __future__ import annotations

import re

MIN_WORDS = 12  # shorter messages read as one clause anyway
_AUX = r"(?:can|could|may|might|will|would|should|must|do|does|did|is|are|was|were|has|have)"
_SUBJECT = (
    r"(?:the (?:police|cops|prosecutors?|procuratorate|court|officers?|detention house)"
    r"|they|he|she|i|we|you|my \w+|our \w+|his \w+|her \w+|it|that|this|there|someone)"
)
# "can the police ...", "how long can they ...", "what happens if ..."
QUESTION_START = re.compile(
    rf"(?<![,;:]) \b((?:(?:how (?:long|many \w+|much|soon)|when|what|why|where|who) )?{_AUX}"
    rf" {_SUBJECT}\b|what happens\b)"
)
# words after which an inverted auxiliary is still inside the clause ("not only can they")
_INSIDE = re.compile(r"\b(only|so|nor|neither|if|whether|and|or|but|that)$")


def punctuate(text: str) -> str:
    """`text` with a full stop before each question clause and a question mark at the end,
    when it is a long message with no sentence marks at all; else `text` unchanged."""
    body = text.rstrip()
    if re.search(r"[.?!]", body) or len(body.split()) < MIN_WORDS:
        return text
    cuts = [
        m.start() for m in QUESTION_START.finditer(body) if not _INSIDE.search(body[: m.start()])
    ]
    if not cuts:
        return text
    out, last = [], 0
    for at in cuts:
        out.append(body[last:at].rstrip() + ".")
        last = at
    out.append(body[last:] + "?")
    return "".join(out)
