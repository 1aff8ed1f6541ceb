"""Evaluate listed conditions into a verdict and render it as a `RuleResult`.

A rule lists `requires` (all must hold), `grounds` (at least one must hold) and `bars`
(none may hold). The verdict is eligible (True), not eligible (False) or cannot tell
(None, with the facts still needed) — never a guess.

Example:
    >>> CITE = RuleCite("spp-rules", 37, "pregnant")
    >>> v = evaluate(grounds=(Cond("pregnant", "is pregnant", CITE),), facts={"pregnant": True})
    >>> v.eligible
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assistant.rules.deadlines import source_label
from assistant.rules.facts import Cond, Facts, ask_text
from assistant.rules.model import RuleCite, RuleResult

MARK = {True: "met", False: "not met", None: "unknown"}


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking one body's listed conditions."""

    eligible: bool | None
    met: tuple[str, ...]
    unmet: tuple[str, ...]
    needs: tuple[str, ...]  # fact keys
    steps: tuple[str, ...]
    cites: tuple[RuleCite, ...]


def _line(kind: str, c: Cond, v: bool | None) -> str:
    return f"{kind}: {c.text} — {MARK[v]} ({source_label(c.cite.law, c.cite.article)})"


def _unique(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def evaluate(
    *,
    facts: Facts,
    requires: Sequence[Cond] = (),
    grounds: Sequence[Cond] = (),
    bars: Sequence[Cond] = (),
) -> Verdict:
    """Three-valued check: all `requires`, at least one of `grounds`, none of `bars`."""
    rv = [(c, c.value(facts)) for c in requires]
    gv = [(c, c.value(facts)) for c in grounds]
    bv = [(c, c.value(facts)) for c in bars]
    steps = [_line("Required", c, v) for c, v in rv]
    steps += [_line("Ground (any one suffices)", c, v) for c, v in gv]
    steps += [_line("Exclusion (must not apply)", c, v) for c, v in bv]
    ground_ok = True if not gv else (True if any(v for _, v in gv) else None)
    if gv and all(v is False for _, v in gv):
        ground_ok = False
    failed = [c.text for c, v in rv if v is False] + [c.text for c, v in bv if v is True]
    if ground_ok is False:
        failed.append("none of the listed grounds applies")
    met = [c.text for c, v in rv + gv if v] + [f"not {c.text}" for c, v in bv if v is False]
    needs: list[str] = []
    if not failed:
        needs += [k for c, v in rv if v is None for k in c.missing(facts)]
        if ground_ok is None:
            # Ask first about a ground the user has partly established (e.g. breastfeeding
            # stated, baby's age missing); otherwise about every unknown ground.
            open_grounds = [c for c, v in gv if v is None]
            in_play = [c for c in open_grounds if any(facts.get(k) is True for k in c.asks)]
            needs += [k for c in (in_play or open_grounds) for k in c.missing(facts)]
        needs += [k for c, v in bv if v is None for k in c.missing(facts)]
    eligible = False if failed else (None if needs else True)
    decided = [c.cite for c, v in (*rv, *gv, *bv) if v is not None]
    cites = _one_per_article([*decided, *(c.cite for c in (*requires, *grounds, *bars))])
    return Verdict(eligible, tuple(met), tuple(failed), _unique(needs), tuple(steps), cites)


def _unique_cites(cites: Sequence[RuleCite]) -> tuple[RuleCite, ...]:
    return tuple(dict.fromkeys(cites))


def _one_per_article(cites: Sequence[RuleCite]) -> tuple[RuleCite, ...]:
    """The first quote of each article (decided conditions come first), in order."""
    seen: dict[tuple[str, int], RuleCite] = {}
    for c in cites:
        seen.setdefault((c.law, c.article), c)
    return tuple(seen.values())


def combine(police: Verdict, procuratorate: Verdict) -> Verdict:
    """Both bodies' verdicts when the body is unknown: agreement stands, else ask."""
    steps = tuple(f"Police: {s}" for s in police.steps) + tuple(
        f"Procuratorate: {s}" for s in procuratorate.steps
    )
    cites = _unique_cites([*police.cites, *procuratorate.cites])
    if police.eligible == procuratorate.eligible and police.eligible is not None:
        return Verdict(
            police.eligible,
            _unique([*police.met, *procuratorate.met]),
            _unique([*police.unmet, *procuratorate.unmet]),
            (),
            steps,
            cites,
        )
    needs = _unique(["body", *police.needs, *procuratorate.needs])
    return Verdict(None, police.met, police.unmet, needs, steps, cites)


def render(
    rule_id: str,
    v: Verdict,
    *,
    yes: str,
    no: str,
    notes: Sequence[str] = (),
) -> RuleResult:
    """A RuleResult leading with "Yes —", "No —" or "Cannot tell yet — tell me ..."."""
    if v.eligible is True:
        head = f"Yes — {yes}. Conditions met: {'; '.join(v.met)}."
    elif v.eligible is False:
        head = f"No — {no}: {'; '.join(v.unmet)}."
    else:
        asks = "; ".join(ask_text(k) for k in v.needs)
        head = f"Cannot tell yet — tell me {asks}."
        if v.met:
            head += f" Already met: {'; '.join(v.met)}."
    where = ", ".join(dict.fromkeys(source_label(c.law, c.article) for c in v.cites))
    summary = " ".join([head, *notes, f"Applied: {where}."])
    computed = {"eligible": v.eligible}
    return RuleResult(
        rule_id,
        "eligibility",
        summary,
        computed,
        v.steps,
        v.cites,
        tuple(ask_text(k) for k in v.needs),
    )
