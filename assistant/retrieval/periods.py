"""Question-type prior for time questions: "how long / when / by when" favours articles
that state a period.

Users ask "how long can the police hold him?" or "when do they have to tell us?"; the
answer is the article that fixes the period (MPS Provisions Art. 109: "he shall, within
three days after detention, submit the case to the people's procuratorate for
examination and approval"), while its neighbours in the same section share the words
(detention, procuratorate, approval) without the number. A small multiplicative boost for articles
that state a period of hours, days, months or years, applied only when the question asks
about time, separates them (bench/README.md, ablation section). Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
          "half").split()  # fmt: skip
_NUMBER = rf"(?:\d+|(?:{'|'.join(_UNITS)})(?:-(?:{'|'.join(_UNITS[:9])}))?)"
# "within three days", "24 hours", "two months", "seven working days", "half a year"
_PERIOD = re.compile(
    rf"\b{_NUMBER}\s+(?:a\s+)?(?:working\s+)?(?:hours?|days?|weeks?|months?|years?)\b", re.I
)
# The wording of time questions, whatever their topic.
_ASKS_TIME = re.compile(
    r"\b(?:how\s+long|how\s+soon|when|by\s+when|deadline|time\s+limits?|latest|last\s+day"
    r"|how\s+many\s+(?:hours|days|weeks|months|years)|within"
    r"|max(?:imum)?\s+(?:time|period|length|duration|term))\b",
    re.I,
)


# "kept him from 8 am till midnight, is that legal?": a stated span whose lawfulness is
# asked wants the article fixing the limit, like "how long".
_SPAN = re.compile(
    rf"\b{_NUMBER}\s*(?:hours?|hrs?|days?|weeks?|months?)\b|\b\d{{1,2}}(?::\d\d)?\s*(?:am|pm)\b"
    r"|\b(?:morning|midnight|overnight|all night|all day|noon|evening)\b",
    re.I,
)
_LAWFUL = re.compile(
    r"\b(?:legal|illegal|lawful|unlawful|allowed|permitted|ok|okay|normal|too long)\b", re.I
)


def asks_for_time(query: str) -> bool:
    """Whether the question asks how long, by when or within what time, or whether a span
    it states is lawful.

    >>> asks_for_time("the cops took my brother, when do they have to tell us?")
    True
    >>> asks_for_time("can a lawyer represent two suspects in one case?")
    False
    """
    if _ASKS_TIME.search(query):
        return True
    # the lawfulness words first: rare, and a cheaper scan than the span's numbers
    return bool(_LAWFUL.search(query) and _SPAN.search(query))


def states_period(text: str) -> bool:
    """Whether a provision's text states a period of time.

    >>> states_period("within three days after detention")
    True
    >>> states_period("within 24 hours")
    True
    >>> states_period("Article 3 of these Provisions")
    False
    """
    return bool(_PERIOD.search(text))


def period_rows(article_of: list[int], texts: Iterable[str]) -> frozenset[int]:
    """Chunk rows whose article (any of its chunks) states a period, so that every
    chunk of such an article gets the same boost.

    >>> sorted(period_rows([0, 0, 1], ["Article 5", "within seven days", "no number"]))
    [0, 1]
    """
    return flagged_rows(article_of, texts, states_period)


def flagged_rows(article_of: list[int], texts: Iterable[str],
                 test: Callable[[str], bool]) -> frozenset[int]:  # fmt: skip
    """Chunk rows whose article has a chunk for which `test` holds."""
    flagged = {a for a, t in zip(article_of, texts, strict=True) if test(t)}
    return frozenset(row for row, a in enumerate(article_of) if a in flagged)
