"""Facts about a member of a political consultative conference (CPPCC) committee: which
compulsory measure is asked about and whether the case is urgent (pure; read by
`router_facts.read_facts`).

The measure decides the rule (MPS Provisions Arts. 143-144): before a detention or an arrest
the police inform the member's CPPCC organisation, at the same time or after only "If the
case is urgent"; of a compelled appearance, bail or residential surveillance they notify it.

Example:
    >>> read_cppcc_facts("can the police detain a cppcc member without telling the cppcc?")
    {'cppcc_member': True, 'measure_detention': True, 'measure_arrest': False}
    >>> read_cppcc_facts("he was caught red-handed. can they arrest a cppcc member?")["urgent_case"]
    True
"""

from __future__ import annotations

import re

from assistant.rules.facts_deputy import read_measure
from assistant.rules.negation import negated, uncertain

R = re.compile
# "a CPPCC member", "the county political consultative conference", "the zhengxie"
CPPCC = R(
    r"\b(cppcc|zhengxie|(chinese )?people'?s political consultative (conference|committee)"
    r"|political consultative (conference|committee|council|body|organi[sz]ation))\b"
)
# Urgency in lay and legal words; caught in the act or about to flee is the urgent case the
# article has in mind (the answer states the reading)
URGENT = R(
    r"\b(urgent\w*|emergenc\w+|no time to (lose|wait|tell|inform)|in a (hurry|rush)"
    r"|(about|trying|tried|going|attempt\w*|ready|planning) to (flee|escape|run|abscond|leave the"
    r" country|board a flight abroad|fly (out|abroad))|fleeing|on the run|red-handed"
    r"|caught (him |her |them )?(in the act|on the spot"
    r"|committing|in the middle)|on the spot|in the act)\b"
)
NOT_URGENT = R(r"\b(no (urgency|emergency|rush|hurry)|nothing urgent)\b")


def read_cppcc_facts(text: str) -> dict[str, object]:
    """The CPPCC facts the (cleaned, lower-case) text states; empty when no CPPCC is named."""
    if not CPPCC.search(text):
        return {}
    out: dict[str, object] = {"cppcc_member": True}
    if NOT_URGENT.search(text):
        out["urgent_case"] = False
    elif (m := URGENT.search(text)) and uncertain(text, m.start()):
        out["uncertain"] = ("urgent_case",)  # "whether the case is urgent is disputed"
    elif m:
        out["urgent_case"] = not negated(text, m.start(), m.end())
    return out | read_measure(text)
