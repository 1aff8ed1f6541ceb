"""Lead a verdict with the "yes" or "no" the question asked for (pure).

A rule's verdict has one polarity: `eligibility.recusal_pending` says whether the
investigation stops while a withdrawal request is decided, `lawyer_meeting_permission`
whether the lawyer may meet the client without permission. Users ask both sides: "may the
detective keep investigating?" (SPP Rules Art. 28, MPS Provisions Art. 34: the
investigation "may not stop"), "do I need permission to meet him?" (CPL Art. 39). Asked
from the other side, the verdict and `computed` stay; only the leading "Yes"/"No" swaps,
so the answer does not say "No — the investigation goes on" to "may it go on?".

Example:
    >>> from assistant.rules.model import RuleResult
    >>> r = RuleResult("eligibility.recusal_pending", "eligibility", "No — it goes on.",
    ...                {"eligible": False}, (), ())
    >>> as_asked(r, "may the detective keep investigating?").summary
    'Yes — it goes on.'
"""

from __future__ import annotations

from dataclasses import replace

from assistant.rules.model import RuleResult
from assistant.rules.router_asks import frame_asked
from assistant.rules.router_asks_acts import CONVERSE as ACT_CONVERSE
from assistant.rules.router_asks_office import CONVERSE as OFFICE_CONVERSE
from assistant.rules.router_asks_plain import CONVERSE as PLAIN_CONVERSE
from assistant.rules.router_modal import CONVERSE as MODAL_CONVERSE

SWAP = {"Yes": "No", "No": "Yes"}
CONVERSE = {**MODAL_CONVERSE, **OFFICE_CONVERSE, **PLAIN_CONVERSE, **ACT_CONVERSE}


def as_asked(result: RuleResult, text: str) -> RuleResult:
    """The result with its leading yes/no swapped when the (cleaned) text asks the converse."""
    frame = CONVERSE.get(result.rule_id)
    head, dash, rest = result.summary.partition(" — ")
    if frame is None or head not in SWAP or not dash or not frame_asked(frame, text):
        return result
    return replace(result, summary=f"{SWAP[head]} — {rest}")
