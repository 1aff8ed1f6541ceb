"""Facts of SPP Juvenile Provisions Art. 27 (non-prosecution of a minor after a settlement):
the kind of case, minor circumstances, and compensation agreed and paid (pure, flat
patterns, linear-time; read by `router_facts.read_facts`).

Only questions about prosecution are read, so these keys never reach other rules. Settlement
words stated in the negative ("the victim refuses any settlement") are read first.

Example:
    >>> read_minor_np_facts("he was talked into it, it was minor, and we paid the agreed "
    ...                     "compensation. can they decide not to prosecute?")
    {'instigated': True, 'minor_crime': True, 'compensation_settled': True}
"""

from __future__ import annotations

import re

from assistant.rules.negation import SHORT_WINDOW, negated, uncertain

R = re.compile
# "not charge him" is the lay "not prosecute him"
SCOPE = R(
    r"\b(prosecut\w*|charg(e|ed|ing)|drop(ped)? (the )?(case|charges?)|charges? (dropped|brought))\b"
)
_WHO = r"(him|her|them|my \w+|his \w+|her \w+)"
KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "minor_injury_case",
        R(
            r"\b(minor|light|slight)(ly)? (injur\w*|hurt|wound\w*|harm\w*)\b|\b(injur\w*|hurt"
            r"|wound\w*) [\w ]{0,25}?\b(slightly|lightly|a little|a bit)\b"
        ),
    ),
    (
        "negligent_crime",
        R(
            r"\b(negligen\w+|careless\w*|reckless\w*|by accident|accidental\w*|unintentional\w*"
            r"|(didn't|did not|never) mean(t)? to|by mistake)\b"
        ),
    ),
    (
        "instigated",
        R(
            rf"\b(instigat\w+|incit\w+|lured|tricked|deceived|duped|manipulated|groomed|egged on"
            rf"|led astray|at the (urging|instigation|behest) of|urged on|put up to|put {_WHO} up to|talked( {_WHO})? into|persuaded( {_WHO})?"
            r" (into|to)|(got|get|gets|used) (him|her|them) to (do|steal|take|carry|help))\b"
        ),
    ),
)
# "it was minor", "a petty theft", "the circumstances are minor" (a minor injury is the kind
# of case, not yet minor circumstances)
MINOR = R(
    r"\b(it|this|that|the (case|matter|offen[cs]e|crime|incident|theft|circumstances?|harm"
    r"|(whole )?thing|fight|scuffle|quarrel))"
    r" (was|is|were|are) (\w+ )?(minor|petty|trivial|slight)\b(?! injur)"
    r"|\b(minor|petty|trivial) (theft|scuffle|fight|matter|case|shoplifting|robbery|offen[cs]e"
    r"|crime|incident|affair|one)\b|\bcircumstances (are |were )?minor\b"
    # "it's a small thing really", "only a small matter"
    r"|\b(it'?s|it is|it was|that'?s|only|just) (a |such a )?(small|minor|petty|trivial|little)"
    r" (thing|matter|case|incident)\b"
)
# "his first offence", "a first-time offender": not a recidivist (a kind of case in Art. 27)
FIRST = R(r"\bfirst(-| )?(time )?(offen[cs]es?|offenders?|crimes?|time offender)\b")
NOT_SETTLED = R(
    r"\b(refus\w*|reject\w*|won't|will not|would not|wouldn't) (to )?(any |a |the )?"
    r"(accept |agree to |talk about |sign )?(settlement|settle|compensation|agreement|deal)\b"
    r"|\bno (compensation |settlement )?(agreement|settlement|deal)\b"
    r"|\b(nothing to do with|not interested in|no interest in|(don't|doesn't|do not|does not"
    r"|won't|will not) (want|accept|agree to|consider))( any| a| the)? (settlement|compensation"
    r"|deal|agreement|money)\b"
    r"|\b(not|never|hasn't|haven't|didn't|did not|has not|have not)( yet| been)? (paid|compensated"
    r"|settled|agreed)\b|\bwithout (any )?(compensation|settlement)\b"
)
_PAID = r"(agreed|paid|settled|made|handed over|reached|signed|performed|honou?red)"
_AMENDS = r"(compensation|damages|restitution|settlement|agreement|deal)"
SETTLED = R(
    r"\b(settled|settlement|compensated|made good|paid (for|back)|repaid|reimbursed"
    # "we paid the other family", "paid every yuan": paid to the victim's side
    r"|paid (the )?(victim|other (family|side|party|boy|girl|kid|man|woman)|family|them|him|her)"
    r"|paid (every \w+|in full|it all|all of it)"
    r"|accepted (the |our |his |her )?(compensation|guarantee)|(gave|given|provided|offered)"
    r" (a |an )?(effective )?guarantee)\b"
    rf"|\b{_AMENDS}\b[^.?!;]{{0,30}}?\b{_PAID}\b|\b{_PAID}\b[^.?!;]{{0,30}}?\b{_AMENDS}\b"
)


def read_minor_np_facts(text: str) -> dict[str, object]:
    """The Art. 27 facts the (cleaned, lower-case) text states; empty unless it asks about
    prosecution."""
    if not SCOPE.search(text):
        return {}
    out: dict[str, object] = {}
    for key, rx in KINDS:
        if m := rx.search(text):
            out[key] = not negated(text, m.start(), m.end(), SHORT_WINDOW)
    if m := FIRST.search(text):  # "no previous offences, first offence": one cue, not two
        out["recidivist"] = negated(text, m.start(), m.end(), SHORT_WINDOW)
    if m := MINOR.search(text):
        out["minor_crime"] = not negated(text, m.start(), m.end(), SHORT_WINDOW)
    if NOT_SETTLED.search(text):
        out["compensation_settled"] = False
    elif (m := SETTLED.search(text)) and not uncertain(text, m.start()):
        # "whether an agreement was reached is unknown": left for the rule to ask
        out["compensation_settled"] = not negated(text, m.start(), m.end(), SHORT_WINDOW)
    return out
