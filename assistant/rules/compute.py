"""Compute the end of a catalogued time limit: the ordinary `deadline` and the `latest`.

`latest` is the end with the longest lawful extension: "by" extensions chain from the
ordinary end in catalogue order (months added to months count from the start); a "to" extension makes the whole period run from the
start. Limits anchored "after" another limit start when that one ends (the earlier
step taken on its last permitted day); limits anchored "before" count back from it.

Example:
    >>> from datetime import date
    >>> from assistant.rules.catalogue import limit_by_id
    >>> c = compute(limit_by_id("spp-83-detention-period"), date(2026, 3, 1))
    >>> c.deadline, c.latest
    (datetime.date(2026, 3, 11), datetime.date(2026, 3, 15))
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from assistant.corpus.instruments import INSTRUMENTS
from assistant.rules.catalogue import catalogue_index
from assistant.rules.counting import Moment, add, as_datetime, explain, fmt, is_timed, unit_word
from assistant.rules.model import Extension, TimeLimit


@dataclass(frozen=True)
class Computed:
    """The computed end of one time limit, with the arithmetic shown."""

    limit: TimeLimit
    start: Moment
    deadline: Moment
    latest: Moment | None  # None when no lawful extension exists
    steps: tuple[str, ...]


def cite_label(law: str, article: int) -> str:
    """'SPP Rules Art. 83' for a law key and article number."""
    inst = INSTRUMENTS.get(law)
    return f"{inst.short if inst else law} Art. {article}"


def describe_extension(ext: Extension) -> str:
    """'by 1 to 4 days (special circumstances; approved by ...)' for display."""
    size = unit_word(ext.amount, ext.unit)
    if ext.min_amount is not None:
        size = f"{ext.min_amount} to {size}"
    head = f"by {size}" if ext.mode == "by" else f"to {size} in total"
    stated = ext.approver and not ext.approver.startswith("not ")
    approver = f"; approved by {ext.approver}" if stated else "; approver not stated"
    return f"{head} ({ext.condition}{approver})"


def _extended(limit: TimeLimit, start: Moment, end: Moment) -> tuple[Moment | None, list[str]]:
    """Longest lawful end and the steps computing each extension."""
    steps: list[str] = []
    best: Moment | None = None
    chain = end
    # months extended by months run from the start as one period: two months from 31
    # December end on 28 February, and one more month ends on 31 March, not 28 March
    total = limit.duration if limit.unit == "months" else None
    for ext in limit.extensions:
        where = cite_label(limit.law, ext.article)
        if ext.mode == "by" and total is not None and ext.unit == "months":
            total += ext.amount
            new = add(start, total, "months")
            steps.append(
                f"Extension {describe_extension(ext)}, {where}: {explain(start, total, 'months', new)}"
            )
            chain = new
        elif ext.mode == "by":
            total = None
            new = add(chain, ext.amount, ext.unit)
            steps.append(
                f"Extension {describe_extension(ext)}, {where}: {explain(chain, ext.amount, ext.unit, new)}"
            )
            chain = new
        else:
            new = add(start, ext.amount, ext.unit)
            steps.append(
                f"Extension {describe_extension(ext)}, {where}: {explain(start, ext.amount, ext.unit, new)}"
            )
        if best is None or as_datetime(new) > as_datetime(best):
            best = new
    return best, steps


def compute(
    limit: TimeLimit, start: Moment, index: Mapping[str, TimeLimit] | None = None
) -> Computed:
    """End of `limit` for an event at `start` (a date, or a datetime for hour limits).

    Raises ValueError when an hour limit is given only a date, or a date overflows.
    """
    index = catalogue_index() if index is None else index
    if limit.anchor == "trigger":
        end = add(start, limit.duration, limit.unit)
        steps = [
            f"{limit.label} ({cite_label(limit.law, limit.article)}): {explain(start, limit.duration, limit.unit, end)}"
        ]
        latest, more = _extended(limit, start, end)
        return Computed(limit, start, end, latest, tuple(steps + more))
    ref = compute(index[limit.ref], start, index)
    sign = 1 if limit.anchor == "after" else -1
    # Counting back ("before") uses the ordinary end only: a notice or extension request
    # is due before the period currently running, not before a later extension.
    ends = [ref.deadline]
    if ref.latest is not None and sign > 0:
        ends.append(ref.latest)
    if limit.unit == "hours":  # a day period ends at midnight closing its last day
        ends = [
            e if is_timed(e) else datetime.combine(e + timedelta(days=1), time(0, 0)) for e in ends
        ]
    outs = [add(e, sign * limit.duration, limit.unit) for e in ends]
    word = "after" if sign > 0 else "before"
    size = unit_word(limit.duration, limit.unit)
    where = cite_label(limit.law, limit.article)
    steps = [
        *ref.steps,
        f"{limit.label} ({where}): {size} {word} the end of the previous step: "
        + explain(ends[0], sign * limit.duration, limit.unit, outs[0]),
    ]
    latest = None
    if len(outs) > 1:
        steps.append(
            f"If the previous step used its longest extension ({fmt(ends[1])}): {fmt(outs[1])}"
        )
        latest = outs[1]
    return Computed(limit, start, outs[0], latest, tuple(steps))
