"""Sentence marks for dictated messages (pure).

Voice-to-text often gives a whole story with no full stop or question mark: "... nobody
got hurt its just bags can the police let her out on bail while they look into it". The
readers find the question and its clauses by their marks, so such a message had none to
find. A clause that opens with an inverted auxiliary ("can the police", "will they") or a
question word before one ("how long can they") starts a question in English, so a full
stop is put before it and a question mark at the end (a message to the assistant asks,
so its end is the question even when no such clause is found). Only a long message
without any mark is touched: a typed one keeps its own punctuation. Measured by
`bench/dictation.py`.

A line break is a mark too: a chat message sent as lines ("my son", "he was 16", "can his
record be sealed") ends a sentence at each line (`end_lines`), unless the line already
ends in a mark or the message looks hard-wrapped (every line about as long).

A typed question can run a statement straight into its question clause with no comma
("my sister is a deputy to the NPC can she be summoned?", "until a decision is made can
he go on?"); `comma_questions` gives that clause the comma a careful writer would.

Example:
    >>> punctuate("my son is sixteen he stole a bike can they let him go home")
    'my son is sixteen he stole a bike. can they let him go home?'
"""

from __future__ import annotations

import re
from itertools import pairwise

MIN_WORDS = 12  # shorter messages read as one clause anyway
_MODAL = r"(?:can|could|may|might|will|would|should|must|do|does|did|has|have)"
_BE = r"(?:is|are|was|were)"
_PRONOUN = (
    r"(?:the (?:police|cops|prosecutors?|procuratorate|court|officers?|detention house)"
    r"|they|he|she|i|we|you|it|that|this|there|someone)"
)
# "can my son ...", but not "the investigator is my husband's brother" (a be-verb before a
# possessive is a statement's predicate as often as a question)
_AUX_SUBJECT = rf"(?:{_MODAL} (?:{_PRONOUN}|(?:my|our|his|her) \w+)|{_BE} {_PRONOUN})"


# prepositions before a question word ("by what time", "until when"), in both patterns below
_LEAD = "by|until|till|since|within"


def _question_start(aux_subject: str) -> str:
    """A question clause's start: the inverted auxiliary and its subject, with any question
    word before it ("how long can they ...", "by what time do they ..."), or "what happens"."""
    return (
        rf"(?:^|(?<![,;:]) )\b((?:(?:(?:{_LEAD}|up to) )?(?:how (?:long|many \w+|much"
        rf"|soon)|when|what(?: time| date| day)?|which (?:day|date)|why|where|who) )?{aux_subject}\b"
        r"|what happens\b)"
    )


# "can the police ...", "how long can they ...", "what happens if ..."
QUESTION_START = re.compile(_question_start(_AUX_SUBJECT))
# words after which an inverted auxiliary is still inside the clause ("not only can they")
_INSIDE = re.compile(r"\b(only|so|nor|neither|if|whether|and|or|but|that)$")
_LEFT_WORD = re.compile(r"(?<=, )(how (long|soon)|when|what (time|date|day)|why|where|who) $")


_LINE_BREAK = re.compile(r"[ \t]*\r?\n\s*")
# a message whose lines (but the last) are all about this long was hard-wrapped (pasted
# from an e-mail): its breaks fall mid-sentence
WRAP_WIDTH = range(55, 81)


def end_lines(text: str) -> str:
    r"""`text` on one line: a break after a line without a final mark becomes ". ", any
    other break a space (and every break of a hard-wrapped text).

    >>> end_lines("my son\nhe was 16,\nhe got convicted\n")
    'my son. he was 16, he got convicted'
    """
    lines = _LINE_BREAK.split(text.strip())
    if len(lines) == 1:
        return text
    wrapped = all(len(line) in WRAP_WIDTH for line in lines[:-1])
    joined = [
        line + (" " if wrapped or not line or line.rstrip()[-1] in ".?!:;,-(" else ". ")
        for line in lines[:-1]
    ]
    return "".join(joined) + lines[-1]


# pictographs and symbols chat puts between clauses ("lost the envelope 🙃 whats my
# deadline"), with their joiners and variation selectors
EMOJI = re.compile(r"\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+")


def emoji_stops(text: str) -> str:
    """`text` without emoji; one between two words ends the sentence before it, like a full
    stop ("lost the envelope 🙃 whats my deadline" -> "lost the envelope. whats my deadline").

    >>> emoji_stops("can i go 😭? i lost it 🙃 whats next 👍")
    'can i go? i lost it. whats next'
    """

    def stop(m: re.Match[str]) -> str:
        before, after = text[: m.start()].rstrip(), text[m.end() :]
        words_around = before[-1:].isalnum() and re.match(r"\s*[A-Za-z0-9]", after)
        return "." if words_around else ""

    return EMOJI.sub(stop, text)


_QUESTION_SENTENCE = re.compile(r"[^.?!]+\?")
# In a sentence that ends in "?", an inverted auxiliary before any noun phrase opens the
# question ("... pending the decision is the investigation suspended?", "... could the public
# security bureau put her ...")
_ANY_SUBJECT = r"(?:the|a|an|my|our|his|her|their|your) [\w-]+"
_QUESTION_START_ANY_CASE = re.compile(
    _question_start(
        rf"(?:{_MODAL}|{_BE}|cannot|can't|won't)(?:n't)? (?:{_PRONOUN}|{_ANY_SUBJECT})"
    ),
    re.IGNORECASE,
)
_OPENS_ASKING = re.compile(
    rf"\s*(?:{_MODAL}|{_BE}|am|shall|cannot)(?:n't)?\b|\s*(?:can't|won't)\b", re.IGNORECASE
)
# "that" here is an object ("before they do that do they ...?"), not a clause's start
# (a dash or a bracket before it already sets the clause off)
_INSIDE_QUESTION = re.compile(r"(\b(only|so|nor|neither|if|whether|and|or|but)|[-\u2013\u2014(])$")
# a question word just before ("what time must they", "how do we", chat "wen do they"), a
# preposition ("till when can it"), "to" ("allowed to do it") or a subject ("before they do
# that") keeps the auxiliary inside its clause
_CARRIED = re.compile(
    r"(?:\b(?:how|what|which|whose|whom|who|where|when|why|wen|wat|wot|y)(?: [\w']+){0,4}"
    rf"|\b(?:to|{_LEAD}|they|he|she|we|i|you|it|there|who|which))$"
)


def comma_questions(text: str) -> str:
    """A comma before the question clause of a sentence ending in "?" that does not start
    with one. A clause carried on by the words before it ("only", "if", "and")
    means the sentence has its question already; one after "what time", "allowed to" or
    "they" (`_CARRIED`) is not a clause, and the next one is tried.

    >>> comma_questions("Until a decision is made can he go on? He is 17.")
    'Until a decision is made, can he go on? He is 17.'
    """
    cuts = []
    for s in _QUESTION_SENTENCE.finditer(text):
        if _OPENS_ASKING.match(text, s.start()):
            continue  # "do suspects under house arrest have the right ...?"
        for m in _QUESTION_START_ANY_CASE.finditer(text, s.start(), s.end()):
            before = text[s.start() : m.start(1)].strip().lower()
            if not before or _INSIDE_QUESTION.search(before):
                break  # the sentence opens with its question, or carries it on
            if not _CARRIED.search(before):
                cuts.append(m.start(1))
                break
    for cut in reversed(cuts):
        text = f"{text[:cut].rstrip()}, {text[cut:]}"
    return text


def punctuate(text: str) -> str:
    """`text` with a full stop before each question clause and a question mark at the end,
    when it is a long message with no sentence marks at all; else `text` unchanged. A
    question word before the clause goes with it ("... until when can we complain")."""
    body = text.rstrip()
    if re.search(r"[.?!]", body) or len(body.split()) < MIN_WORDS:
        return text
    cuts = [
        m.start(1)
        for m in QUESTION_START.finditer(body)
        if m.start(1) > 0 and not _INSIDE.search(body[: m.start(1)].rstrip())
    ]
    # a question word left behind a comma goes with its clause ("since 28 feb, when do they")
    cuts = [(w.start() if (w := _LEFT_WORD.search(body, 0, c)) else c) for c in cuts]
    # no cut: a message to the assistant asks, so its end is the question
    bounds = [0, *cuts, len(body)]
    parts = [body[a:b].strip().rstrip(",") for a, b in pairwise(bounds)]
    return ". ".join(parts) + "?"
