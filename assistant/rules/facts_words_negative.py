"""Negative wording of eligibility facts (data; flat, linear-time).

Read before the positive tables (`facts_words.POSITIVE`, `router_patterns`): "a first
offender", "he acted alone", "nothing left to destroy" make the fact False unless the
phrase itself is negated ("not a first offender").

Example:
    >>> import re
    >>> bool(re.search(dict(NEGATIVE)["co_suspect_risk"], "he acted alone"))
    True
"""

from __future__ import annotations

# Negative wording, read first: the fact is False unless the phrase itself is negated.
NEGATIVE = (
    (
        "recidivist",
        r"\bfirst[- ](time )?offender\b|\bfirst offen[cs]e\b|\bfirst time (ever )?(in|getting in(to)?"
        r"|he'?s been in|she'?s been in|he has been in|she has been in) (any )?trouble\b",
    ),
    # "there is nothing left to destroy", "nothing he could hide": no evidence at risk
    (
        "evidence_tampering_risk",
        r"\bnothing (left |more )?(for (him|her|me) )?(to|that (he|she|i) could|(he|she|i) could)"
        r" (destroy|hide|tamper with|delete|falsify|get rid of)\b",
    ),
    # "he acted alone": no co-suspect who could flee or tip others off
    (
        "co_suspect_risk",
        r"\b(acted|did it|was) (all )?(alone|on (his|her) own)\b|\b(sole|only|lone) (suspect|offender"
        r"|person involved)\b",
    ),
    (
        "bail_insufficient",
        # no negation in the gap: "bail ... would NOT be sufficient" says the converse
        r"\b(bail|surveillance|release|releasing \w+)(?:(?!\bnot\b|n't\b)[^.?!;]){0,40}\b(would be"
        r"|is|are|be) (\w+ly )?(enough|sufficient|adequate)\b(?![^.?!;]{0,60}\?\s*no\b)",
    ),
    (
        "co_suspects_same_case",
        r"\b(unrelated|separate|different|independent) (cases|crimes|matters|incidents|investigations)",
    ),
    (
        "guarantor_residence_income",
        r"\b(no|without|lacks?|(don't|doesn't|do not|does not) have) (a )?(fixed |stable |steady "
        r"|regular )?(income|job|salary|earnings)\b|\b(unemployed|out of work|jobless|month[- ]to[- ]"
        r"month)\b",
    ),
    (
        "np_serious",
        r"\b(caused|did|made) no (trouble|problems?)\b|\bno (trouble|problems?) (was|were) caused\b",
    ),
)
