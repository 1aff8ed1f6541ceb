"""The routes tried when no pattern matched: the rules' descriptions, then the examples.

The description fallback (router_semantic) scores the question against each rule's own
text; the learned fallback (router_learned) against the labelled example questions. Each
has its own gate, and the route says which chose it: answer.py drops an open verdict of
an unsure route (retrieval answers) unless the learned model was sure (`keeps_open`).
"""

from __future__ import annotations

from datetime import date

from assistant.rules.router_intents import Route
from assistant.rules.router_learned import learned_choice
from assistant.rules.router_semantic import fallback_route
from assistant.rules.rulebook import all_rules


def fallback(text: str, today: date, learned: bool = True) -> Route | None:
    """The rule chosen for an unmatched (cleaned) question, or None (retrieval answers)."""
    rule_id = fallback_route(text, today)
    extra: dict[str, object] = {"fallback": True}
    if rule_id is None and learned:
        choice = learned_choice(text, today)
        rule_id = choice.rule_id if choice else None
        extra.update(learned=True, keeps_open=bool(choice and choice.keeps_open))
    if rule_id is None or rule_id not in all_rules():
        return None
    return Route(rule_id, all_rules()[rule_id].kind, extra=extra)
