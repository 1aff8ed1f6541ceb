"""Read eligibility facts as concepts: word classes that meet in one sentence, in any order.

The phrase patterns of `router_patterns` and `facts_words` fix an order and a gap ("fixed
residence and income", "caught \\w+ing"); users state the same fact in other orders and
word forms ("I've owned my flat for twenty years ... I draw a steady salary", "she pointed
straight at my nephew"). A `Concept` names the word classes (`concept_words`) that must all
occur in one sentence; words are compared as Snowball stems, so "owned", "owns" and "own"
are one word. Its `anchor` class is the predicate that carries the polarity: the fact is
negated when a negation cue precedes the anchor in its clause (`negation.negated`), and
left open, never guessed, when the clause says it is not known (`negation.uncertain`).

These readings come after the phrase patterns and never override them.

Example:
    >>> found, _ = read_concepts("she pointed straight at my nephew and said he was the one.")
    >>> found
    {'identified_by_witness': True}
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

from assistant.rules.concept_breaches import BREACHES
from assistant.rules.concept_juvenile import JUVENILE
from assistant.rules.concept_people import PEOPLE
from assistant.rules.concept_procedure import PROCEDURE
from assistant.rules.concept_specs import CONCEPTS
from assistant.rules.concept_states import STATES
from assistant.rules.concept_words import ACTS
from assistant.rules.negation import CUE, SHORT_WINDOW, WINDOW, in_general, negated, uncertain

# "brother-in-law" is one word: its "brother" is no close relative (CPL Art. 108 (6))
TOKEN = re.compile(r"[a-z0-9]+(?:-in-law)?")
SENTENCE = re.compile(r"[^.;!?]+[.;!?]?")
# words that pad a phrase without changing it ("never been in ANY trouble", "has EVER been
# convicted"): skipped in phrases and sentences alike, so the classes need no variants
FILLER = frozenset({"any", "ever", "really", "even", "actually"})
WORDS = {**PEOPLE, **ACTS, **BREACHES, **STATES, **JUVENILE, **PROCEDURE}


@dataclass(frozen=True)
class Sentence:
    """A sentence's stems with their offsets in the whole text, indexed by stem."""

    stems: tuple[str, ...]
    starts: tuple[int, ...]
    at: dict[str, tuple[int, ...]]  # stem -> positions in `stems`
    asks: bool  # ends in "?"


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def _stems(words: list[str]) -> list[str]:
    return _stemmer().stemWords(words)


@lru_cache(maxsize=1)
def _classes() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every word class as phrases of stems."""
    return {
        name: tuple(
            tuple(_stems([w for w in TOKEN.findall(p) if w not in FILLER])) for p in phrases
        )
        for name, phrases in WORDS.items()
    }


def _sentences(text: str) -> list[Sentence]:
    out = []
    for m in SENTENCE.finditer(text):
        words = [w for w in TOKEN.finditer(m.group(0)) if w.group(0) not in FILLER]
        stems = tuple(_stems([w.group(0) for w in words]))
        at: dict[str, list[int]] = {}
        for i, s in enumerate(stems):
            at.setdefault(s, []).append(i)
        starts = tuple(m.start() + w.start() for w in words)
        index = {k: tuple(v) for k, v in at.items()}
        out.append(Sentence(stems, starts, index, m.group(0).endswith("?")))
    return out


def find(name: str, s: Sentence) -> int | None:
    """Position (word index) of the first phrase of class `name` in the sentence, or None."""
    hits = [
        i
        for phrase in _classes()[name]
        for i in s.at.get(phrase[0], ())
        if s.stems[i : i + len(phrase)] == phrase
    ]
    return min(hits) if hits else None


def _names(sentences: list[Sentence], name: str) -> bool:
    return any(find(name, s) is not None for s in sentences)


def _unless(text: str, name: str, s: Sentence) -> bool:
    """Whether the sentence names the excluding class, not denied ("still feeding him
    herself, NO formula": the bottle denied does not exclude breastfeeding)."""
    i = find(name, s) if name else None
    return i is not None and not negated(text, s.starts[i], window=SHORT_WINDOW)


def _doubted(text: str, sentences: list[Sentence], name: str, told: Sentence) -> bool:
    """Whether another sentence says the fact's predicate is not known."""
    for s in sentences:
        i = find(name, s) if s is not told else None
        if i is not None and uncertain(text, s.starts[i]):
            return True
    return False


@lru_cache(maxsize=256)
def _read(text: str) -> tuple[tuple[tuple[str, bool], ...], frozenset[str]]:
    sentences = _sentences(text)
    found: dict[str, bool] = {}
    unsure: set[str] = set()
    for c in CONCEPTS:
        if c.key in found or c.key in unsure or (c.scope and not _names(sentences, c.scope)):
            continue
        for s in sentences:
            at = [find(name, s) for name in c.classes]
            if (c.stated and s.asks) or None in at or _unless(text, c.unless, s):
                continue
            anchor = at[c.anchor]
            assert anchor is not None
            if c.near and any(abs(i - anchor) > c.near for i in at if i is not None):
                continue
            where = s.starts[anchor]
            if in_general(text, where):
                continue
            # an anchor that is itself negative ("never been in trouble", "no record") is
            # negated only by a cue right before it, not by an earlier list item's cue
            # ("nothing to do with the case, never been in trouble"), as in `negated`
            no = negated(text, where, window=SHORT_WINDOW if CUE.match(text, where) else WINDOW)
            if uncertain(text, where) or (c.value is None and not no):
                unsure.add(c.key)
            elif (value := False if c.value is None else c.value != no) and _doubted(
                text, sentences, c.classes[c.anchor], s
            ):
                unsure.add(c.key)  # told, then doubted: "... we have no idea whether he did"
            else:
                found[c.key] = value
            break
    return tuple(found.items()), frozenset(unsure)


def read_concepts(text: str) -> tuple[dict[str, bool], frozenset[str]]:
    """The facts the (cleaned) text states as concepts, and those it says are unknown."""
    found, unsure = _read(text)
    return dict(found), unsure


def states_all(text: str, *names: str) -> bool:
    """Whether the text states every class somewhere, none negated or said to be unknown
    ("I've owned my flat for years ... I draw a steady salary": a home and an income)."""
    sentences = _sentences(text)

    def stated(name: str) -> bool:
        for s in sentences:
            i = find(name, s)
            if i is not None and not (negated(text, s.starts[i]) or uncertain(text, s.starts[i])):
                return True
        return False

    return all(stated(n) for n in names)
