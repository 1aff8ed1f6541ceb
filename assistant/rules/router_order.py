"""Questions asked in statement order, put in question order (pure).

Non-native and chat writers ask "they can let him out on bail?", and a leading question
states its premise and adds a tag: "so they can't possibly arrest him, can they?". The ask
frames read a modal first, so both are rewritten as "can they ...?" / "can't they ...?".

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


def statement_order(text: str) -> str:
    """`text` with questions asked in statement order put in question order."""

    def ask(m: re.Match[str]) -> str:
        modal = m[3].replace("can not", "can't").replace(" not", "n't")
        return f"{m[1]}{modal} {m[2].strip()} {m[4]}"

    text = TAG_ORDER.sub(lambda m: ask(m).rstrip() + "?", text)
    return STATEMENT_ORDER.sub(ask, text)
