"""Does a follow-up continue the earlier rule question, or ask something of its own?

A follow-up is routed with the earlier turns when alone it names no rule: "he was 17
actually", "and if it was the police?", "so by when?" continue the earlier deadline or
verdict. But "so who can still look at it?" after "will his record be sealed?" asks a new
question about the same record; routed with the earlier turn it got the sealing verdict
again. So the earlier turn's rule is kept only when the follow-up states facts without a
question of its own, varies the case ("what if…", "and for a minor?"), asks that rule's
own question (its verdict frame, or a date for a deadline), or asks a bare verdict
("is he eligible then?", "can she?"). Pure functions over cleaned, lower-case text.

Example:
    >>> continues("so who can still look at it?", "eligibility.record_sealing", "eligibility")
    False
    >>> continues("what if he was 17?", "eligibility.record_sealing", "eligibility")
    True
"""

from __future__ import annotations

import re

from assistant.rules.router_asks import asks
from assistant.rules.router_cues import DEADLINE_CUE, TIMELINE_CUE

_LEAD = r"^\W*(?:(?:and|but|so|ok|okay|then|also|hmm|well)\W+)*"
# "what if …", "how about …", "and if …", "and for a juvenile?", "even if …"
VARIES = re.compile(
    _LEAD + r"(?:(?:what|how)\s+(?:about|if)\b|(?:even\s+|only\s+)?if\b"
    r"|(?:in|for|with|at|on|during)\s+(?:the|a|an|his|her|my|our|their|that|this)?\b"
    r"|suppos\w+|assum\w+|say\b)"
)
# A bare verdict: the earlier question asked again, without a new verb or topic.
BARE_VERDICT = re.compile(
    _LEAD + r"(?:(?:can|could|would|will|is|does|do|may|should)\s+(?:he|she|they|i|we|it"
    r"|that|this|my \w+)\s*(?:still\s+|then\s+|now\s+)?(?:qualify|be\s+eligible|be\s+allowed"
    r"|get\s+it|apply|work|count|change\s+(?:anything|it|that|the\s+answer))?"
    r"\s*(?:then|now|too|still|either|instead)?\W*$"
    r"|(?:and\s+)?(?:then|now|still)\W*$)"
)
ELIGIBLE = re.compile(r"\b(?:eligible|eligibility|qualif(?:y|ies|ied)|entitled)\b")
QUESTION = re.compile(
    r"\?|^\W*(?:(?:and|but|so|ok|okay|then|also)\W+)*(?:who|whom|what|which|where|why|how"
    r"|when|can|could|would|will|is|are|does|do|did|may|might|should|must|shall)\b"
)


# The date asks DEADLINE_CUE does not hold as bare words: "so when?", "the latest?"
DATE_WORDS = re.compile(r"\b(when|latest|until|till)\b")


def continues(text: str, rule_id: str, kind: str) -> bool:
    """Whether the follow-up `text` continues the question of the earlier turn's rule."""
    if not QUESTION.search(text) or VARIES.search(text) or BARE_VERDICT.search(text):
        return True
    if kind == "eligibility":
        return bool(ELIGIBLE.search(text)) or asks(rule_id, text)
    if kind == "timeline":
        return bool(TIMELINE_CUE.search(text) or DEADLINE_CUE.search(text))
    return bool(DEADLINE_CUE.search(text) or DATE_WORDS.search(text))


_SENTENCE = re.compile(r"[^.?!]+[.?!]*")


def statements(context: str) -> str | None:
    """The earlier turns' statements without their questions. A follow-up naming a topic of
    its own is routed with these: "by when must they interrogate him?" after "the police
    detained my son on 1 March. when must they tell us?" keeps the detention and its date,
    and asks about the interrogation, not the family notice again (a follow-up naming no
    topic, "so what date?", continues the earlier question as it was).

    >>> statements("police detained him on 1 march 2026. when must they tell us?")
    'police detained him on 1 march 2026.'
    """
    kept = [m.group().strip() for m in _SENTENCE.finditer(context)]
    said = [x for x in kept if x and not QUESTION.search(x)]
    return " ".join(said) or None
