"""Question-type prior for recourse questions: "can we challenge / appeal / complain"
favours articles that state a remedy.

A user who asks "they said no, is there any way to challenge that?" wants the article
that gives the remedy (SPP Rules Art. 26: "if they are not satisfied with this
decision, they may apply for reconsideration"), while its neighbours share the topic's
words (recusal, application, decision) without the remedy. The same small boost as the
period prior (periods.py), applied only when the question asks for recourse and not for
a time (a time question keeps the period prior). Measured on the dev split
(bench/README.md, ablation section). Pure functions.
"""

from __future__ import annotations

import re

# The wording of recourse questions, whatever their topic.
_ASKS_REMEDY = re.compile(
    r"\b(?:challenge|appeal|complain\w*|object|contest|reconsider\w*|review|recourse"
    r"|what\s+can\s+(?:we|i)\s+do|any(?:thing)?\s+(?:way|we\s+can\s+do|i\s+can\s+do)"
    r"|fight\s+(?:it|this|back)|dispute|not\s+(?:happy|satisfied)\s+with)\b",
    re.I,
)
# What a provision giving a remedy says.
_REMEDY = re.compile(
    r"\b(?:reconsideration|review|complain\w*|appeal|petition|accus\w+|object\w*"
    r"|dissatisf\w+|not\s+satisfied)\b",
    re.I,
)


def asks_for_remedy(query: str) -> bool:
    """Whether the question asks how to challenge, appeal or complain.

    >>> asks_for_remedy("they refused to replace the prosecutor, can we challenge that?")
    True
    >>> asks_for_remedy("who can be a guarantor?")
    False
    """
    return bool(_ASKS_REMEDY.search(query))


def states_remedy(text: str) -> bool:
    """Whether a provision's text states a remedy (reconsideration, review, complaint…).

    >>> states_remedy("if they are not satisfied, they may apply for reconsideration")
    True
    >>> states_remedy("The guarantor shall perform the following obligations")
    False
    """
    return bool(_REMEDY.search(text))
