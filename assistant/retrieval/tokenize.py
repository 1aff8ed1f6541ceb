"""The lexical tokenizer: lower-case, keep numbers, drop stop words, Snowball-stem."""

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
_TOKEN = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def tokenize(text: str) -> list[str]:
    """'The detained suspects, within 24 hours' -> ['detain', 'suspect', 'within', '24', 'hour']."""
    words = [w for w in _TOKEN.findall(text.lower()) if w not in STOPWORDS]
    return _stemmer().stemWords(words)
