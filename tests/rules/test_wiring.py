"""Every catalogued time limit is computed (by a rule or a timeline event) or recorded in
`wiring.NOT_COMPUTED` with a reason, and nothing recorded there is in fact computed."""

from __future__ import annotations

from assistant.rules.catalogue import load_catalogue
from assistant.rules.rulebook import all_rules
from assistant.rules.timeline import EVENTS
from assistant.rules.wiring import NOT_COMPUTED


def _computed() -> set[str]:
    by_rules = {i for spec in all_rules().values() for i in spec.limits}
    by_timeline = {lim.id for lim in load_catalogue() if set(lim.events) & set(EVENTS)}
    return by_rules | by_timeline


def test_every_limit_is_computed_or_explained() -> None:
    computed = _computed()
    missing = [lim.id for lim in load_catalogue() if lim.id not in computed | set(NOT_COMPUTED)]
    assert not missing, f"catalogued but neither computed nor explained: {missing}"


def test_explained_limits_are_really_not_computed() -> None:
    ids = {lim.id for lim in load_catalogue()}
    assert set(NOT_COMPUTED) <= ids, set(NOT_COMPUTED) - ids
    stale = sorted(set(NOT_COMPUTED) & _computed())
    assert not stale, f"computed now; remove from wiring.NOT_COMPUTED: {stale}"
    assert all(len(reason) > 20 for reason in NOT_COMPUTED.values())
