"""The rule registry: every rule cites its article, quotes it, and has test cases.

`@rule` refuses (raises `RegistryError`) a rule without a citation, without a
docstring quoting its article, or with a duplicate id. `validate_registry` refuses a
registry in which a rule's docstring does not quote each article it cites or states no
assumptions, a cited time limit is unknown, or a rule has no test cases; the test suite
calls it with the YAML cases of `tests/rules/cases/`.

Example (a rule module registers its functions at import)::

    @rule("deadline.procuratorate_detention", kind="deadline", limits=("spp-83-detention-period",))
    def procuratorate_detention(start):
        '''SPP Rules Art. 83: "shall be 10 days" ... Assumptions: ...'''
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from assistant.rules.catalogue import catalogue_index
from assistant.rules.model import RuleCite, RuleResult

KINDS = ("deadline", "timeline", "eligibility")
F = TypeVar("F", bound=Callable[..., RuleResult])


class RegistryError(ValueError):
    """A rule lacks a citation, a quoting docstring or test cases."""


@dataclass(frozen=True)
class RuleSpec:
    """A registered rule: its id, kind, function and what it cites."""

    rule_id: str
    kind: str
    func: Callable[..., RuleResult]
    explicit_cites: tuple[RuleCite, ...]
    limits: tuple[str, ...]  # catalogue ids; their phrases are cited too

    @property
    def doc(self) -> str:
        return self.func.__doc__ or ""

    def cites(self) -> tuple[RuleCite, ...]:
        """Explicit cites plus the main phrase of every cited time limit."""
        index = catalogue_index()
        derived = tuple(
            RuleCite(index[i].law, index[i].article, index[i].phrase) for i in self.limits
        )
        return self.explicit_cites + derived


REGISTRY: dict[str, RuleSpec] = {}


def rule(
    rule_id: str, *, kind: str, cites: Sequence[RuleCite] = (), limits: Sequence[str] = ()
) -> Callable[[F], F]:
    """Register a rule function; refuses one without a citation or a quoting docstring."""

    def wrap(func: F) -> F:
        doc = func.__doc__ or ""
        if kind not in KINDS:
            raise RegistryError(f"{rule_id}: unknown kind {kind!r}")
        if rule_id in REGISTRY:
            raise RegistryError(f"{rule_id}: registered twice")
        if not cites and not limits:
            raise RegistryError(f"{rule_id}: a rule must cite at least one article")
        if '"' not in doc:
            raise RegistryError(f"{rule_id}: the docstring must quote its article in double quotes")
        REGISTRY[rule_id] = RuleSpec(rule_id, kind, func, tuple(cites), tuple(limits))
        return func

    return wrap


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("。", " ")).strip().lower()


def spec_problems(spec: RuleSpec, case_count: int) -> list[str]:
    """Why a registered rule is not acceptable (empty when it is)."""
    problems = []
    unknown = [i for i in spec.limits if i not in catalogue_index()]
    if unknown:
        return [f"{spec.rule_id}: unknown time limits {unknown}"]
    doc = _norm(spec.doc)
    quoted: dict[tuple[str, int], bool] = {}
    for c in spec.cites():
        key = (c.law, c.article)
        quoted[key] = quoted.get(key, False) or _norm(c.quote) in doc
    missing = [f"{law} Art. {n}" for (law, n), ok in quoted.items() if not ok]
    if missing:
        problems.append(f"{spec.rule_id}: docstring does not quote {', '.join(missing)}")
    if not re.search(r"assumption|not modelled", spec.doc, re.IGNORECASE):
        problems.append(f"{spec.rule_id}: docstring states no assumptions")
    if case_count < 1:
        problems.append(f"{spec.rule_id}: no test cases")
    return problems


def validate_registry(
    case_counts: Mapping[str, int], registry: Mapping[str, Any] | None = None
) -> None:
    """Raise RegistryError listing every rule without quotes or without test cases."""
    specs = REGISTRY if registry is None else registry
    problems = [p for s in specs.values() for p in spec_problems(s, case_counts.get(s.rule_id, 0))]
    stray = sorted(set(case_counts) - set(specs))
    if stray:
        problems.append(f"test cases for unknown rules: {stray}")
    if problems:
        raise RegistryError("; ".join(problems))
