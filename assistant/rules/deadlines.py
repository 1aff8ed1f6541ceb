"""Build deadline answers from catalogued time limits (shared by the deadline rules).

Every answer leads with the result ("Within 10 days — by 11 March 2026 ..."), gives the
longest lawful extension where one exists, cites the article with its exact words,
shows the arithmetic, and states the counting convention and that holidays are not
modelled.

Example:
    >>> from datetime import date
    >>> r = limit_answer("demo", "spp-83-detention-period", date(2026, 3, 1), event="detention")
    >>> r.computed
    {'deadline': '2026-03-11', 'latest': '2026-03-15'}
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from assistant.corpus.instruments import INSTRUMENTS
from assistant.rules.catalogue import catalogue_index, limit_by_id
from assistant.rules.compute import Computed, compute, describe_extension
from assistant.rules.counting import (
    CONVENTION,
    HOLIDAYS,
    Moment,
    day_of,
    fmt,
    is_timed,
    iso,
    latest_end,
    unit_word,
)
from assistant.rules.model import TIME_NEED, RuleCite, RuleResult, TimeLimit

ASSUMED_POLICE = "Assumed the police acted (the body was not stated)."

BODY_NAMES = {
    "police": "the police (public security organ)",
    "procuratorate": "the procuratorate",
    "court": "the court",
}


def source_label(law: str, article: int) -> str:
    """'SPP Rules (1999) Art. 83' — instrument, version year and article."""
    inst = INSTRUMENTS.get(law)
    return f"{inst.short} ({inst.year}) Art. {article}" if inst else f"{law} Art. {article}"


def end_text(m: Moment) -> str:
    """'11 March 2026 (end of day)' or '2 March 2026 21:30'."""
    return fmt(m) if is_timed(m) else f"{fmt(m)} (end of day)"


def chain(limit: TimeLimit, index: Mapping[str, TimeLimit] | None = None) -> tuple[TimeLimit, ...]:
    """The limit and the limits it is anchored to, earliest first."""
    index = catalogue_index() if index is None else index
    out = [limit]
    while out[0].ref:
        out.insert(0, index[out[0].ref])
    return tuple(out)


def limit_cites(limits: Sequence[TimeLimit]) -> tuple[RuleCite, ...]:
    """One cite per phrase of each limit (main phrase and extensions), no duplicates."""
    seen: list[RuleCite] = []
    for lim in limits:
        for article, phrase in (
            (lim.article, lim.phrase),
            *((e.article, e.phrase) for e in lim.extensions),
        ):
            c = RuleCite(lim.law, article, phrase)
            if c not in seen:
                seen.append(c)
    return tuple(seen)


def needs_time(limit: TimeLimit) -> bool:
    """True when any step of the limit counts hours (so a clock time is required)."""
    return any(lim.unit == "hours" for lim in chain(limit))


def ask(rule_id: str, cites: tuple[RuleCite, ...], needs: Sequence[str], why: str) -> RuleResult:
    """A 'cannot tell yet' deadline result asking for the missing inputs."""
    summary = f"Cannot tell yet — tell me {' and '.join(needs)}. {why}".strip()
    return RuleResult(rule_id, "deadline", summary, {}, (), cites, tuple(needs))


def _latest_text(c: Computed, index: Mapping[str, TimeLimit] | None) -> str:
    if c.latest is None:
        return ""
    exts = [describe_extension(e) for lim in chain(c.limit, index) for e in lim.extensions]
    how = "; ".join(exts) if exts else "the longest lawful period"
    return f" With the longest lawful extension ({how}): by {end_text(c.latest)}."


def headline(limit: TimeLimit) -> str:
    """'Within 10 days', 'At most 12 months', or the total of a chained limit."""
    steps = chain(limit)
    if len(steps) > 1 and all(s.anchor != "before" for s in steps):
        parts = " + ".join(unit_word(s.duration, s.unit) for s in steps)
        if len({s.unit for s in steps}) == 1:
            return f"Within {unit_word(sum(s.duration for s in steps), limit.unit)} ({parts})"
        return f"Within {parts}"
    if limit.anchor == "before":
        return f"{unit_word(limit.duration, limit.unit)} before expiry"
    if "exceed" in limit.phrase or "period" in limit.phrase:
        return f"At most {unit_word(limit.duration, limit.unit)}"
    return f"Within {unit_word(limit.duration, limit.unit)}"


def _rule_text(limit: TimeLimit) -> str:
    return (
        f"The rule: {headline(limit).lower()} — {limit.label.lower()} "
        f'({source_label(limit.law, limit.article)}: "{limit.phrase}").'
    )


def _missing(
    rule_id: str, limit: TimeLimit, start: Moment | None, event: str, cites: tuple[RuleCite, ...]
) -> RuleResult | None:
    """A 'cannot tell yet' result when the date (or the clock time) is missing."""
    if start is None:
        return ask(rule_id, cites, (f"the date of the {event}",), _rule_text(limit))
    if needs_time(limit) and not is_timed(start):
        size = unit_word(limit.duration, limit.unit)
        why = (
            f"The period runs in hours ({size} from the time of the {event}, "
            f"{source_label(limit.law, limit.article)}), so the clock time matters."
        )
        if limit.anchor == "trigger" and limit.unit == "hours":  # the bound any time gives
            latest = latest_end(day_of(start), limit.duration)
            why += (
                f" Whatever the time of the {event} on {fmt(start)}, the {size} end by "
                f"{latest} at the latest."
            )
        needs = (f"{TIME_NEED} {event} (e.g. 21:30)",)
        return ask(rule_id, cites, needs, f"{why} {_rule_text(limit)}")
    return None


def _lines(
    c: Computed,
    more: Sequence[Computed],
    notes: Sequence[str],
    index: Mapping[str, TimeLimit] | None = None,
) -> list[str]:
    limit = c.limit
    lines = [
        f"{headline(limit)} — by {end_text(c.deadline)}.{_latest_text(c, index)}",
        f'{limit.label} ({source_label(limit.law, limit.article)}: "{limit.phrase}").',
    ]
    for m in more:
        where = source_label(m.limit.law, m.limit.article)
        lines.append(f"Also: {m.limit.label} — by {end_text(m.deadline)} ({where}).")
    if limit.exceptions:
        lines.append(f"Exceptions: {limit.exceptions}")
    return [*lines, *notes, CONVENTION, HOLIDAYS]


def limit_answer(
    rule_id: str,
    limit_id: str | TimeLimit,
    start: Moment | None,
    *,
    event: str,
    also: Sequence[str] = (),
    notes: Sequence[str] = (),
    direct: bool = False,
    index: Mapping[str, TimeLimit] | None = None,
) -> RuleResult:
    """Deadline answer for catalogued limit `limit_id` after `event` at `start`.

    `also` names further limits shown as extra lines (e.g. a notice due before expiry);
    `notes` are sentences appended before the convention (e.g. where the other body's
    rule differs). `direct` counts from `start` even when the limit is catalogued as
    following another step (the user gives the date of that step). A missing start, or
    a missing clock time for hour periods, gives `needs` and an empty `computed`.
    `index` replaces the catalogue for the steps a limit follows (an extension ruled out).
    """
    limit = limit_by_id(limit_id) if isinstance(limit_id, str) else limit_id
    if direct and limit.ref:
        limit = replace(limit, anchor="trigger", ref="")
    extra = tuple(limit_by_id(i) for i in also)
    cites = limit_cites((*chain(limit), *extra))
    missing = _missing(rule_id, limit, start, event, cites)
    if missing is not None or start is None:
        return missing or ask(rule_id, cites, (f"the date of the {event}",), "")
    try:
        c = compute(limit, start, index)
        more = [compute(x, start, index) for x in extra]
    except ValueError as e:
        return ask(rule_id, cites, (f"a valid date of the {event}",), str(e))
    computed = {"deadline": iso(c.deadline)}
    if c.latest is not None:
        computed["latest"] = iso(c.latest)
    steps = (f"Start: {fmt(start)} ({event}).", *c.steps, *(s for m in more for s in m.steps[-1:]))
    return RuleResult(
        rule_id, "deadline", " ".join(_lines(c, more, notes, index)), computed, steps, cites
    )


def body_notes(body: str | None, same_note: str) -> tuple[str, ...]:
    """Notes for a two-body rule: the assumption (if no body) and how the other differs."""
    if body is None:
        return (ASSUMED_POLICE, same_note + ".")
    return (same_note + ".",)


def by_body(
    rule_id: str,
    start: Moment | None,
    body: str | None,
    ids: tuple[str, str],
    event: str,
    same: str,
) -> RuleResult:
    """Answer with the police limit (ids[0]) unless the procuratorate (ids[1]) acted."""
    lid = ids[1] if body == "procuratorate" else ids[0]
    return limit_answer(rule_id, lid, start, event=event, notes=body_notes(body, same))
