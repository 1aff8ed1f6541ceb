"""Case-timeline table rows and chart, pure (no Streamlit).

Entries come from `assistant.rules.build_timeline(event, start)`; each has
`when`, `label`, `actor`, `law`, `article`, `quote`, `steps` and `kind`
("deadline": the act must happen by then; "latest": the outer limit after all
extensions). This module only formats them.

Example:
    >>> rows = timeline_rows(entries, start)
    >>> chart = timeline_chart(rows, start)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

import altair as alt

from assistant.ui.render import ref_label

KIND_LABELS = {"deadline": "Deadline", "latest": "Latest possible (after extensions)"}


class Entry(Protocol):
    """The fields of `assistant.rules.TimelineEntry` the page uses (read-only)."""

    @property
    def when(self) -> datetime: ...
    @property
    def label(self) -> str: ...
    @property
    def actor(self) -> str: ...
    @property
    def law(self) -> str: ...
    @property
    def article(self) -> int | None: ...
    @property
    def quote(self) -> str: ...
    @property
    def steps(self) -> tuple[str, ...]: ...
    @property
    def kind(self) -> str: ...


def elapsed(start: datetime, when: datetime, precision: str = "hour") -> str:
    """'+24 h', '+3 days', '+7 days 2 h'; day-precision deadlines count calendar days
    ('+3 days, end of day'). Negative spans are shown with a minus."""
    if precision == "day":
        days = (when.date() - start.date()).days
        return f"{days:+d} day{'s' if abs(days) != 1 else ''}, end of day"
    seconds = int((when - start).total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours = abs(seconds) // 3600
    days, hours = divmod(hours, 24)
    if days == 0:
        return f"{sign}{hours} h"
    unit = "day" if days == 1 else "days"
    return f"{sign}{days} {unit}" + (f" {hours} h" if hours else "")


def fmt_when(when: datetime) -> str:
    return when.strftime("%a %d %b %Y, %H:%M")


def when_text(e: Entry) -> str:
    """The entry's own wording ('end of 6 March 2025') when it has one."""
    return getattr(e, "display", "") or fmt_when(e.when)


def after_text(e: Entry, start: datetime) -> str:
    return elapsed(start, e.when, getattr(e, "precision", "hour"))


def timeline_rows(entries: Sequence[Entry], start: datetime) -> list[dict[str, Any]]:
    """One table row per entry, in time order."""
    rows = []
    for e in sorted(entries, key=lambda e: e.when):
        rows.append(
            {
                "When": when_text(e),
                "After": after_text(e, start),
                "What": e.label,
                "Who": e.actor,
                "Source": ref_label(e.law, e.article),
                "Kind": KIND_LABELS.get(e.kind, e.kind),
                "at": e.when.isoformat(),
                "start": start.isoformat(),
            }
        )
    return rows


def timeline_chart(
    rows: Sequence[dict[str, Any]], start: datetime
) -> alt.LayerChart | alt.FacetChart:
    """Points on a time axis, one row per deadline, with the starting event as a rule."""
    data = alt.Data(values=list(rows))
    order = [r["What"] for r in rows]
    base = alt.Chart(data).encode(
        x=alt.X("at:T", title=None, axis=alt.Axis(format="%d %b %H:%M", labelAngle=-30)),
        y=alt.Y("What:N", sort=order, title=None, axis=alt.Axis(labelLimit=220)),
    )
    points = base.mark_circle(size=140).encode(
        color=alt.Color("Kind:N", legend=alt.Legend(orient="bottom", title=None, labelLimit=320)),
        tooltip=["What:N", "When:N", "After:N", "Who:N", "Source:N"],
    )
    stems = base.mark_rule(strokeDash=[2, 3], opacity=0.5).encode(x="start:T", x2="at:T")
    start_rule = (
        alt.Chart(alt.Data(values=[{"at": start.isoformat()}]))
        .mark_rule(color="gray")
        .encode(x="at:T")
    )
    return alt.layer(stems, points, start_rule).properties(height=alt.Step(44))
