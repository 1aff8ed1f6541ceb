"""The complete rule registry: importing this module registers every rule.

Example:
    >>> sorted(all_rules())[:2]
    ['deadline.arrest_approval', 'deadline.arrest_higher_review']
"""

from __future__ import annotations

from assistant.rules import (  # noqa: F401  (imported to register their rules)
    deadline_custody,
    deadline_higher,
    deadline_notice,
    deadline_procedure,
    deadline_review,
    deadline_steps,
    elig_acts,
    elig_arrest,
    elig_compelled,
    elig_cppcc,
    elig_deputies,
    elig_exam,
    elig_juvenile,
    elig_lawyers,
    elig_leave,
    elig_limits,
    elig_measures,
    elig_persons,
    elig_probation,
    elig_revocation,
    elig_search,
    elig_visitors,
    timeline_rule,
)
from assistant.rules.registry import REGISTRY, RuleSpec


def all_rules() -> dict[str, RuleSpec]:
    """Every registered rule by id."""
    return dict(REGISTRY)
