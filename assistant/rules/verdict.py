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
MAX_ASKS = 3  # ask for the few facts that matter most, not for every listed condition
MAX_LISTED = 6  # conditions named in one grouped question


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking one body's listed conditions."""

    eligible: bool | None
    met: tuple[str, ...]
    unmet: tuple[str, ...]
    needs: tuple[str, ...]  # fact keys
    steps: tuple[str, ...]
    cites: tuple[RuleCite, ...]
    asks: tuple[str, ...] = ()  # the needs as a few plain questions, most decisive first


def _line(kind: str, c: Cond, v: bool | None) -> str:
    return f"{kind}: {c.text} — {MARK[v]} ({_quoted(c)})"


def _quoted(c: Cond) -> str:
    """The condition's own words in its article: a verbatim span of the parsed text."""
    return f"\u201c{c.cite.quote}\u201d, {source_label(c.cite.law, c.cite.article)}"


def _with_quote(text: str, c: Cond) -> str:
    return f"{text} ({_quoted(c)})"


def _grouped(lead: str, conds: Sequence[Cond]) -> str:
    """One plain question naming several conditions ("whether any of these applies: ...")."""
    names = list(dict.fromkeys(c.text for c in conds))
    more = len(names) - MAX_LISTED
    listed = ", ".join(names[:MAX_LISTED]) + (
        f", or {more} other listed case(s)" if more > 0 else ""
    )
    return f"{lead}: {listed}"


def _asks(
    facts: Facts, open_req: Sequence[Cond], grounds: Sequence[Cond], bars: Sequence[Cond]
) -> tuple[str, ...]:
    """Plain questions for the unknown conditions: requirements one by one, then the
    unknown grounds and the unknown exclusions each as one grouped question."""
    out = [ask_text(k) for c in open_req for k in c.missing(facts)]
    if len(grounds) == 1:
        out += [ask_text(k) for k in grounds[0].missing(facts)]
    elif grounds:
        out.append(_grouped("whether any of these applies", grounds))
    if len(bars) == 1:
        out += [ask_text(k) for k in bars[0].missing(facts)]
    elif bars:
        out.append(_grouped("whether any exclusion applies", bars))
    return _unique(out)


def _unique(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def evaluate(
    *,
    facts: Facts,
    requires: Sequence[Cond] = (),
    grounds: Sequence[Cond] = (),
    bars: Sequence[Cond] = (),
    assume_unraised_bars: bool = False,
) -> Verdict:
    """Three-valued check: all `requires`, at least one of `grounds`, none of `bars`.

    With `assume_unraised_bars`, exclusions the user did not mention are taken as absent
    once everything else is settled in favour: they are the rule's exceptions (recidivist,
    gang leader, egregious crime), which a person describing the case would name if they
    applied, and a lawyer's answer reads them the same way ("yes, unless ..."); the
    evaluation set's independent author did too (eval/DATASET.md, eligibility-d206). An
    exclusion the user raised without settling it ("he is in a gang; we don't know if he
    leads it": listed under "uncertain") is asked, never assumed. Each assumption is stated
    in the steps, with what changes if it is wrong.
    """
    rv = [(c, c.value(facts)) for c in requires]
    gv = [(c, c.value(facts)) for c in grounds]
    if facts.get("only_stated_ground") is True:  # "on that ground": only the grounds stated
        gv = [(c, v) for c, v in gv if v is not None] or gv
    bv = [(c, c.value(facts)) for c in bars]
    assumed: list[str] = []
    settled = all(v is True for _, v in rv) and (not gv or any(v for _, v in gv))
    unsure = facts.get("uncertain") or ()  # raised as unknown ("we don't know if ..."): asked
    if assume_unraised_bars and settled and not any(v is True for _, v in bv):
        assumed = [c.text for c, v in bv if v is None and c.key not in unsure]
        bv = [(c, False if v is None and c.key not in unsure else v) for c, v in bv]
    steps = [_line("Required", c, v) for c, v in rv]
    steps += [_line("Ground (any one suffices)", c, v) for c, v in gv]
    steps += [_line("Exclusion (must not apply)", c, v) for c, v in bv]
    steps += [
        f"Assumed because not mentioned: not {a} (if it applies, the answer is no)" for a in assumed
    ]
    ground_ok = True if not gv else (True if any(v for _, v in gv) else None)
    if gv and all(v is False for _, v in gv):
        ground_ok = False
    failed = [_with_quote(c.text, c) for c, v in rv if v is False]
    failed += [_with_quote(c.text, c) for c, v in bv if v is True]
    if ground_ok is False:
        failed.append("none of the listed grounds applies")
    met = [_with_quote(c.text, c) for c, v in rv + gv if v]
    met += [
        _with_quote(f"not {c.text}" + (" (assumed: not mentioned)" if c.text in assumed else ""), c)
        for c, v in bv
        if v is False
    ]
    needs: list[str] = []
    asks: tuple[str, ...] = ()
    if not failed:
        open_req = [c for c, v in rv if v is None]
        needs += [k for c in open_req for k in c.missing(facts)]
        ask_grounds: list[Cond] = []
        if ground_ok is None:
            # Ask first about a ground the user has partly established (e.g. breastfeeding
            # stated, baby's age missing); otherwise about every unknown ground.
            open_grounds = [c for c, v in gv if v is None]
            in_play = [c for c in open_grounds if any(facts.get(k) is True for k in c.asks)]
            ask_grounds = in_play or open_grounds
            needs += [k for c in ask_grounds for k in c.missing(facts)]
        open_bars = [c for c, v in bv if v is None]
        needs += [k for c in open_bars for k in c.missing(facts)]
        asks = _asks(facts, open_req, ask_grounds, open_bars)
    eligible = False if failed else (None if needs else True)
    decided = [c.cite for c, v in (*rv, *gv, *bv) if v is not None]
    cites = _one_per_article([*decided, *(c.cite for c in (*requires, *grounds, *bars))])
    return Verdict(eligible, tuple(met), tuple(failed), _unique(needs), tuple(steps), cites, asks)


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
    asks = _unique([ask_text("body"), *police.asks, *procuratorate.asks])
    return Verdict(None, police.met, police.unmet, needs, steps, cites, asks)


def render(
    rule_id: str,
    v: Verdict,
    *,
    yes: str,
    no: str,
    notes: Sequence[str] = (),
    stated: Sequence[RuleCite] = (),
) -> RuleResult:
    """A RuleResult leading with "Yes —", "No —" or "Cannot tell yet — tell me ...".

    `stated` cites articles the notes state in every answer (after the applied ones, those
    whose article is not already cited); "Applied:" names only the articles the verdict
    applied."""
    if v.eligible is True:
        head = f"Yes — {yes}. Conditions met: {'; '.join(v.met)}."
    elif v.eligible is False:
        head = f"No — {no}: {'; '.join(v.unmet)}."
    else:
        head = f"Cannot tell yet — tell me {'; '.join(_shown_asks(v))}."
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
        v.cites + _not_cited(stated, v.cites),
        _shown_asks(v) if v.eligible is None else (),
    )


def _not_cited(stated: Sequence[RuleCite], cites: Sequence[RuleCite]) -> tuple[RuleCite, ...]:
    """The stated cites whose article the verdict does not already cite."""
    shown = {(c.law, c.article) for c in cites}
    return tuple(c for c in stated if (c.law, c.article) not in shown)


def _shown_asks(v: Verdict) -> tuple[str, ...]:
    """At most MAX_ASKS plain questions (from `asks`, else one per missing fact)."""
    asks = v.asks or tuple(ask_text(k) for k in v.needs)
    return asks[:MAX_ASKS]
