"""Computed checks of the conditions in `conditions_acts.toml` (pure; merged into
`conditions.TESTS`): the juvenile exception to restraints (MPS Art. 133), who may be
searched (SPP Rules Art. 175), the warrantless search in an emergency (SPP Rules Art. 179) and
who may be examined (SPP Rules Art. 169) and the approval of a meeting under residential
surveillance (MPS Art. 97 (2), SPP Rules Arts. 66-67).

Example:
    >>> restraint_juvenile_bar({"restraint_juvenile": True, "restraint_danger": True})
    False
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.rules.facts import Facts, all_known, any_known, flag


def restraint_juvenile_bar(facts: Facts) -> bool | None:
    """MPS Art. 133: restraints are barred in a juvenile case unless there is a real danger of
    assault, escape, suicide or self-harm; an adult's case is never barred by it."""
    juvenile = flag(facts, "restraint_juvenile")
    if juvenile is False or flag(facts, "restraint_danger") is True:
        return False
    if juvenile is None:
        return None
    danger = flag(facts, "restraint_danger")
    return None if danger is None else not danger


def search_target(facts: Facts) -> bool | None:
    """SPP Art. 175: a criminal suspect, or a person who may be hiding a criminal or evidence
    (either suffices; a person who is neither may not be searched)."""
    return any_known(flag(facts, "search_suspect"), flag(facts, "search_may_hide"))


def exam_target(facts: Facts) -> bool | None:
    """SPP Art. 169: the victim or a criminal suspect (either suffices; anyone else, such as a
    witness, is not covered by the article)."""
    return any_known(flag(facts, "exam_suspect"), flag(facts, "exam_victim"))


def meeting_approval(facts: Facts) -> bool | None:
    """MPS Art. 97 (2): the executing organ's approval; SPP Arts. 66-67: where the
    procuratorate decided the surveillance, its consent before the police approve
    (`meet_needs_consent`, set by the rule)."""
    approved = flag(facts, "meet_approved")
    if facts.get("meet_needs_consent") is not True or approved is False:
        return approved
    return all_known(approved, flag(facts, "meet_decider_consent"))


def warrantless_emergency(facts: Facts) -> bool | None:
    """SPP Art. 179: during an arrest or detention being carried out, and an emergency."""
    return all_known(flag(facts, "search_in_arrest"), flag(facts, "search_emergency"))


ACT_TESTS: dict[str, Callable[[Facts], bool | None]] = {
    f.__name__: f
    for f in (
        restraint_juvenile_bar,
        search_target,
        exam_target,
        meeting_approval,
        warrantless_emergency,
    )
}
