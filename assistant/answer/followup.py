"""Resolve follow-up questions against the conversation (pure).

A follow-up ("what about the police?", "and if he is 16?", "can they extend it?")
names too little to retrieve on its own. `rewrite` carries the earlier turn's topic
into the retrieval query, with two refinements measured on the dev split (ablation
table in bench/README.md):

* instrument switch: when the follow-up points at an authority of its own ("what
  about the police?"), the earlier turn's words for the other authorities
  ("procuratorate") are dropped, so the topic is kept but the instrument changes;
* instrument carry: otherwise the instruments the previous answer cited ("MPS Art 103")
  are named in the query, a soft prior towards them (never their article numbers,
  which exact lookup would force first although the follow-up asks something else).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answer.normalize import scrub
from assistant.corpus.instruments import INSTRUMENTS
from assistant.retrieval.glossary import hinted_laws, load_glossary
from assistant.retrieval.references import ALIASES, find_references

MAX_TURNS = 6  # history used: the last few turns only
MAX_EARLIER = 600  # characters of the earlier question carried into the query
SHORT = 10  # a question this short in a conversation leans on it
TOPICAL = "spp-juvenile"  # named by who the suspect is (a minor), not by who acts
ANAPHORIC = 25  # a pronoun in a question up to this long refers back
_CONNECTIVE = re.compile(
    r"^(and|but|so|also|then|what about|how about|what if|and if|if so|in that case|same for|"
    r"does that|is that|can that|can it|could that|would that|and for|and the|what happens)\b",
    re.I,
)
_ANAPHORA = re.compile(
    r"\b(that|this|it|he|she|they|him|her|them|his|their|those|these|there)\b", re.I
)


def user_turns(history: Sequence[tuple[str, str]]) -> list[str]:
    return [c for r, c in history[-MAX_TURNS:] if r == "user" and c.strip()]


def last_answer(history: Sequence[tuple[str, str]]) -> str:
    """The assistant's most recent reply ("" if none)."""
    replies = [c for r, c in history[-MAX_TURNS:] if r == "assistant" and c.strip()]
    return replies[-1] if replies else ""


def is_followup(question: str, history: Sequence[tuple[str, str]]) -> bool:
    if not user_turns(history):
        return False
    words = question.split()
    return (
        bool(_CONNECTIVE.match(question.strip()))
        or len(words) <= SHORT
        or (len(words) <= ANAPHORIC and bool(_ANAPHORA.search(question)))
    )


# "when it's the prosecutors' own case rather than the police's": the authority after a
# contrast is the one the follow-up turns away from, so it points at no instrument and
# leaves the query (else "police" keeps the old topic's instrument first)
_CONTRAST = re.compile(
    r"\b(?:rather than|instead of|as opposed to|unlike|not)\s+(?:by |from |with |to )?"
    r"(?:the |a |an )?([a-z']+(?:\s[a-z']+)?)",
    re.I,
)


def uncontrasted(question: str) -> str:
    """The question without the authorities it sets aside ("rather than the police").

    >>> uncontrasted("And when it's the prosecutors' own case rather than the police's?")
    "And when it's the prosecutors' own case  ?"
    >>> uncontrasted("he was not arrested by the police")
    'he was not arrested by the police'
    """
    return _CONTRAST.sub(lambda m: " " if hinted_laws(m.group(1)) else m.group(0), question)


def pointed_laws(text: str) -> set[str]:
    """Instruments the wording's authorities point at ("police", "prosecutor"). Instrument
    aliases are not used: their bare "rules" also means "what rules must he follow"."""
    return set(hinted_laws(text))


def without_laws(text: str, laws: set[str]) -> str:
    """`text` with the words for the authorities behind `laws` removed ("procuratorate",
    "prosecutor"). Words for minors stay: being a minor is part of the topic, not the
    authority, so it carries over when the follow-up turns to another authority."""
    drop = laws - {TOPICAL}
    hints = load_glossary().hints
    patterns = [h.pattern for h in hints if set(h.laws) & drop and set(h.laws) <= drop | {TOPICAL}]
    patterns += [p for law, p in ALIASES if law in drop]
    for pat in patterns:
        text = pat.sub(" ", text.lower())
    return " ".join(text.split())


def cited_instruments(answer: str) -> list[str]:
    """Short names of the instruments an answer cites, in citation order."""
    laws = dict.fromkeys(r.law for r in find_references(answer) if r.law in INSTRUMENTS)
    return [INSTRUMENTS[str(law)].short for law in laws]


def switches_authority(question: str, earlier: str) -> bool:
    """Whether the follow-up turns the earlier question to another authority: it points
    at one the earlier question did not, and the earlier one pointed elsewhere.

    >>> switches_authority("what about the police?", "How long can the procuratorate detain him?")
    True
    >>> switches_authority("do they have to tell his wife?", "Can the procuratorate detain him?")
    False
    """
    now = pointed_laws(question)
    return bool(now and pointed_laws(earlier) - now)


def asked(question: str, history: Sequence[tuple[str, str]]) -> str | None:
    """The wording whose question type (a period, a remedy) the follow-up's searches
    should favour, or None for the query's own.

    The topic query (`rewrite`) carries the earlier question, and with it what that
    question asked: after "how long can they detain him?" its "how long" made every
    follow-up favour articles stating periods, also "do they have to tell his wife?" or
    "who comes to get him?". A follow-up asks what its own words ask. Only one that turns
    the same question to another authority ("what about the police?") asks the earlier
    question again, so it keeps the query's.

    >>> hist = [("user", "How long can the procuratorate detain someone?"),
    ...         ("assistant", "SPP Rules Art 83: 10 days.")]
    >>> asked("do they have to tell his wife?", hist)
    'do they have to tell his wife?'
    >>> asked("what about the police?", hist) is None
    True
    """
    if not is_followup(question, history):
        return None
    question = uncontrasted(question)
    earlier = user_turns(history)[-1][-MAX_EARLIER:]
    return None if switches_authority(question, earlier) else question


def rewrite(question: str, history: Sequence[tuple[str, str]]) -> str:
    """The retrieval query: the topic of the earlier turn plus the new question.

    >>> hist = [("user", "How long can the procuratorate detain someone?"),
    ...         ("assistant", "SPP Rules Art 83: 10 days.")]
    >>> rewrite("what about the police?", hist)
    'how long can the detain someone? what about the police?'
    >>> rewrite("can it be extended?", hist)
    'How long can the procuratorate detain someone? SPP Rules can it be extended?'
    """
    if not is_followup(question, history):
        return question
    question = uncontrasted(question)
    earlier = user_turns(history)[-1][-MAX_EARLIER:]
    now, before = pointed_laws(question), pointed_laws(earlier)
    if switches_authority(question, earlier):
        return f"{without_laws(earlier, before - now)} {question}"
    carried = [] if now else cited_instruments(last_answer(history))
    return " ".join([earlier, *carried, question])


@dataclass(frozen=True)
class Focus:
    """A follow-up on its own: `question` searched within `laws` (the instruments it
    points at, else those the last answer cited), and `cited`, the articles the last
    answer cited in those instruments (their chapter or section is where the
    conversation is)."""

    question: str
    laws: tuple[str, ...]
    cited: tuple[tuple[str, int], ...]


def focus(question: str, history: Sequence[tuple[str, str]]) -> Focus | None:
    """What a follow-up asks by itself, or None when the question is not a follow-up,
    turns to another authority (`rewrite` carries the topic there; the words alone,
    "and if it was the police?", name none), or no instrument is known to search it in
    (a vague "and then?" over every instrument finds noise).

    >>> hist = [("user", "Can the procuratorate let my brother out on bail?"),
    ...         ("assistant", "Yes. [SPP Rules, Art. 41] …")]
    >>> focus("how much would we have to pay?", hist)
    Focus(question='how much would we have to pay?', laws=('spp-rules',), cited=(('spp-rules', 41),))
    """
    if not is_followup(question, history):
        return None
    question = uncontrasted(question)
    now = pointed_laws(question) - {TOPICAL}
    if now and pointed_laws(user_turns(history)[-1]) - now - {TOPICAL}:
        return None  # "what about the police?": the topic, minus the old authority, is all
    refs = find_references(last_answer(history))
    cited = tuple(dict.fromkeys((str(r.law), r.article) for r in refs if r.law in INSTRUMENTS))
    laws = tuple(sorted(now)) if now else tuple(dict.fromkeys(law for law, _ in cited))
    if not laws:
        return None
    return Focus(question, laws, tuple(c for c in cited if c[0] in laws))


def normalise_history(history: object) -> list[tuple[str, str]]:
    """Accept [(role, content)] or [{"role", "content"}]; ignore anything malformed."""
    out: list[tuple[str, str]] = []
    if not isinstance(history, list | tuple):
        return out  # a string, a number, None: no usable history
    for turn in history[-MAX_TURNS:]:
        if isinstance(turn, dict):
            role, content = turn.get("role"), turn.get("content")
        elif isinstance(turn, list | tuple) and len(turn) == 2:
            role, content = turn
        else:
            continue
        if role in ("user", "assistant") and isinstance(content, str):
            out.append((role, scrub(content[:4000])))
    return out
