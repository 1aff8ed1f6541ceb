"""Questions asked in statement order, put in question order (pure).

Non-native and chat writers ask "they can let him out on bail?", and a leading question
states its premise and adds a tag: "so they can't possibly arrest him, can they?". The ask
frames read a modal first, so both are rewritten as "can they ...?" / "can't they ...?". A
lawyer's "anything that stops the procuratorate approving arrest?" asks the same as "can the
procuratorate approve arrest?", and is rewritten so.

Example:
    >>> statement_order("the prosecutor can decide not to prosecute him?")
    'can the prosecutor decide not to prosecute him?'
"""

from __future__ import annotations

import re

R = re.compile
# A question asked in statement order, as non-native and chat writers do: "they can let him
# out on bail?", "the prosecutor can decide not to prosecute him?" -> "can they let him out
# ...?". Only a short subject at a sentence start and a clause with no comma or second modal
# ("mothers can never be arrested, right?" states a premise and is left as it stands).
_MOD = r"(?:can|could|may|must|will|would|should)"
# words that open a question, never a subject's first word
_ASKING = (
    "what|when|where|who|whom|why|how|which|whether|if|is|are|do|does|did|can|could|may|must"
    "|will|would|should"
)
_START = r"(?:^|(?<=[.?!;]))(\s*)"


def _subject(excluded: str) -> str:
    """A short subject (1-4 words), none of its words among `excluded`."""
    return rf"((?:(?!(?:{excluded})\b)[\w'-]+ ){{1,4}}?)"


# the modal and its clause, up to its mark; the clause group is closed by the pattern using it
# (with the question mark, or before a tag)
_CLAUSE = rf"({_MOD}(?:n't|'t| not)?) ((?:(?!\b{_MOD}\b)[^.?!;,]){{1,120}}"
STATEMENT_ORDER = R(rf"{_START}{_subject(_ASKING + '|and|but|so|or')}{_CLAUSE}\?)")


# ... or with a tag question after it: "so they can't possibly arrest him, can they?"
TAG_ORDER = R(
    rf"{_START}(?:(?:so|and|but|then|well|ok|okay),? )?{_subject(_ASKING)}{_CLAUSE}),"
    rf" (?:{_MOD}|do|does|did|is|are)(?:n't)? (?:they|he|she|it|we|i|you)\s*\?"
)


# "anything in r.86 that stops them approving arrest?", "is there anything stopping him from
# getting bail?", "what prevents the police from detaining her?": an obstacle asked about is
# the verdict asked; the -ing verb is put back in its base form
OBSTACLE = R(
    r"\b(?:is there |there's |there is )?(?:anything|something|what|any (?:reason|bar"
    r"|obstacle|rule))\b(?:(?:[^.?!;]|\.(?=\S)){0,60}? (?:that|which))?"
    r" (?:would |could )?(?:stops?|stopping|prevents?|preventing|bars?|barring|blocks?|blocking)"
    r" ((?:(?!from\b)[\w'-]+ ){1,4}?)(?:from )?([a-z]{2,}ing)\b([^.?!;]{0,120}\?)"
)
# "where does that leave her bail?": what becomes of the measure is whether she still gets it
LEAVES = R(
    r"\bwhere (?:does|do|would) (?:that|this|it|all (?:that|this)) leave (his|her|their|my|our)"
    r" ((?:[\w-]+ ){0,3}?)((?:[\w-]+ ){0,2}[\w-]+)\s*\?"
)
# an -ing verb's stem that takes back its "e" ("approv", "plac", "hir"), unless its base
# form ends in a consonant after one vowel ("visit", not "visite")
_TAKES_E = R(r"(?:[vcz]|u|[aeiou]s|[rd]g|ang|[^aeiou][aiou][kmnrt])$")
_NO_E = frozenset(
    "visit limit deposit edit exit audit credit summon imprison abandon reckon question happen"
    " listen open inherit exhibit prohibit solicit".split()
)


def base_form(word: str) -> str:
    """The base form of an -ing verb: "approving" -> "approve", "putting" -> "put"."""
    stem = word[:-3]
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "aeioulsfz":
        return stem[:-1]  # putting, getting, admitting
    if stem.endswith("ll") and len(stem) > 5:
        return stem[:-1]  # cancelling, travelling
    if stem not in _NO_E and _TAKES_E.search(stem):
        return stem + "e"  # approve, place, use, release, charge, arrange, hire, prosecute
    return stem


# a possessive ("leave HER bail") or object pronoun ("stops THEM arresting") as the subject
_AS_SUBJECT = dict(
    his="he", her="she", their="they", my="i", our="we", them="they", him="he", me="i", us="we"
)


def _subject_case(words: str) -> str:
    """ "them arresting" -> "they arrest": an object pronoun becomes the subject."""
    first, _, rest = words.partition(" ")
    return f"{_AS_SUBJECT.get(first, first)} {rest}"


def statement_order(text: str) -> str:
    """`text` with questions asked in statement order put in question order, and an
    obstacle asked about ("anything stopping them arresting him?") asked as "can they ...?"."""

    def ask(m: re.Match[str]) -> str:
        modal = m[3].replace("can not", "can't").replace(" not", "n't")
        return f"{m[1]}{modal} {m[2].strip()} {m[4]}"

    text = LEAVES.sub(lambda m: f"can {_AS_SUBJECT[m[1]]} still get {m[2]}{m[3]}?", text)
    text = OBSTACLE.sub(lambda m: f"can {_subject_case(m[1])}{base_form(m[2])}{m[3]}", text)
    text = TAG_ORDER.sub(lambda m: ask(m).rstrip() + "?", text)
    return STATEMENT_ORDER.sub(ask, text)
