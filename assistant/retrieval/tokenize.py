"""The lexical tokenizer: lower-case, keep numbers, drop stop words, Snowball-stem.

`tokenize` is the general-purpose form (also used for word overlap elsewhere);
`lexical_tokens` is what BM25 indexes and queries: the same stems cut to a fixed
prefix, so that forms the Snowball stemmer leaves apart still meet ("reconsider" ->
"reconsid" vs "reconsideration" -> "reconsider"; "recidivist" vs "recidivism").
Prefix truncation as a stemmer: Paice, "Another stemmer" (SIGIR Forum 1990) and
McNamee & Mayfield, "Character N-Gram Tokenization for European Language Text
Retrieval" (Information Retrieval 7, 2004), where fixed-length prefixes compete with
full stemmers.
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

# Lucene's English stop words plus question and pronoun words, which users'
# questions are full of and the articles almost never use.
STOPWORDS = frozenset(
    """a an and are as at be but by for if in into is it of on or such that the their then
    there these they this to was will with what when where which who whom whose why how do
    does did can could would should shall may might must i me my mine we our us you your he
    him his she her hers its them am been being have has had having so than too very just
    about any some please tell know want get got""".split()
)
# British spellings users type; the translations use the American ones.
BRITISH = {
    "centre": "center", "centres": "centers", "licence": "license", "licences": "licenses",
    "offence": "offense", "offences": "offenses", "defence": "defense", "practise": "practice",
    "judgement": "judgment", "behaviour": "behavior", "favour": "favor", "honour": "honor",
    "labour": "labor", "neighbour": "neighbor", "organisation": "organization",
    "authorise": "authorize", "authorised": "authorized", "recognise": "recognize",
    "apologise": "apologize", "apologised": "apologized", "criticise": "criticize",
    "jewellery": "jewelry", "cheque": "check", "programme": "program", "counselling":
    "counseling", "travelling": "traveling", "cancelled": "canceled", "enquiry": "inquiry",
}  # fmt: skip
PREFIX = 7  # BM25 term length after stemming; measured in bench/README.md
_TOKEN = re.compile(r"[a-z0-9]+")
_STEMS: dict[str, str] = {}  # word -> tokenize's stem of it ("": dropped)
_STEMS_MAX = 200_000


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def tokenize(text: str) -> list[str]:
    """Lower-case words and numbers, stop words and stray letters dropped, stemmed.

    >>> tokenize("The detained suspects, within 24 hours")
    ['detain', 'suspect', 'within', '24', 'hour']
    """
    # Each word's outcome (its stem, or "" when dropped) is remembered: a query's words
    # are mostly known ones, and a look-up per word replaces two passes and the stemmer
    # call (a dev question's BM25 terms: 12 -> 7.7 us). Snowball stems every word on its
    # own, so this is the same list.
    out: list[str] = []
    for w in _TOKEN.findall(text.lower()):
        stem = _STEMS.get(w)
        if stem is None:
            stem = _stem_word(w)
        if stem:
            out.append(stem)
    return out


def _stem_word(word: str) -> str:
    """`word`'s stem, or "" for a stop word or a stray letter; remembered."""
    w = BRITISH.get(word, word)
    stem = _stemmer().stemWord(w) if w not in STOPWORDS and (len(w) > 1 or w.isdigit()) else ""
    if len(_STEMS) >= _STEMS_MAX:  # bounded: arbitrary input cannot grow it without end
        _STEMS.clear()
    _STEMS[word] = stem
    return stem


def lexical_tokens(text: str, prefix: int = PREFIX) -> list[str]:
    """BM25 terms: `tokenize` stems cut to `prefix` characters (0 = no cut).

    >>> lexical_tokens("reconsider the reconsideration of a recidivist's recidivism")
    ['reconsi', 'reconsi', 'recidiv', 'recidiv']
    """
    toks = tokenize(text)
    return [t[:prefix] for t in toks] if prefix else toks
