"""Case timeline: every catalogued deadline that follows an event, in date order.

Example:
    >>> entries = build_timeline("police_detention", datetime(2026, 3, 1, 21, 30))
    >>> [(e.display, e.article) for e in entries][:2]
    [('2 March 2026 21:30', 107), ('2 March 2026 21:30', 108)]
"""

from __future__ import annotations

from datetime import date, datetime

from assistant.rules.catalogue import catalogue_index, load_catalogue
from assistant.rules.compute import compute
from assistant.rules.counting import CONVENTION, HOLIDAYS, Moment, as_datetime, fmt, is_timed
from assistant.rules.model import TimeLimit, TimelineEntry

EVENTS: dict[str, str] = {
    "police_detention": "Detained by the police (public security organ)",
    "procuratorate_detention": "Detained by the procuratorate",
    "arrest": "Arrested (police-investigated case, arrest approved by the procuratorate)",
    "procuratorate_arrest": "Arrested in a case the procuratorate investigates itself",
    "police_compelled_appearance": "Compelled to appear for questioning by the police",
    "procuratorate_compelled_appearance": "Compelled to appear for questioning by the procuratorate",
    "procuratorate_summons": "Summoned for questioning by the procuratorate",
    "police_bail": "Bail pending trial granted by the police",
    "procuratorate_bail": "Bail pending trial granted by the procuratorate",
    "police_surveillance": "Residential surveillance decided by the police",
    "procuratorate_surveillance": "Residential surveillance decided by the procuratorate",
    "police_no_filing_notice": "Notice that the police will not file the case received",
    "procuratorate_no_filing_notice": "Notice that the procuratorate will not file the case received",
    "non_prosecution_decision": "Decision not to prosecute a minor received",
    "conditional_non_prosecution": "Conditional non-prosecution decided (minor)",
    "supplementary_investigation": "Case returned for supplementary investigation",
    "arrest_not_approved": "Procuratorate refused to approve the arrest (received by the police)",
    "police_bail_application": "Bail applied for from the police (suspect in custody)",
    "procuratorate_bail_application": "Bail applied for from the procuratorate (suspect in custody)",
    "lawyer_meeting_request": "Lawyer asked to meet a suspect held by the police",
    "procuratorate_lawyer_meeting_request": "Lawyer asked the procuratorate to meet a suspect",
    "police_recusal_rejected": "Police rejected a withdrawal (recusal) request",
    "procuratorate_recusal_rejected": "Procuratorate rejected a withdrawal (recusal) request",
    "deposit_forfeited": "Police decided to forfeit the bail deposit",
    "guarantor_fined": "Guarantor received a police decision imposing a fine",
}

_NOTE_STEPS = (CONVENTION, HOLIDAYS)


def _entry(limit: TimeLimit, when: Moment, kind: str, steps: tuple[str, ...]) -> TimelineEntry:
    label = limit.label
    if kind == "latest":
        label = limit.latest_label or f"{limit.label} (with the longest lawful extension)"
    return TimelineEntry(
        when=as_datetime(when),
        label=label,
        actor=limit.actor,
        law=limit.law,
        article=limit.article,
        quote=limit.phrase,
        steps=steps,
        kind=kind,
        precision="hour" if is_timed(when) else "day",
        display=fmt(when) if is_timed(when) else f"{fmt(when)} (end of day)",
        limit_id=limit.id,
    )


def event_limits(event: str) -> tuple[TimeLimit, ...]:
    """The catalogued limits that follow `event`; ValueError for an unknown event."""
    if event not in EVENTS:
        known = ", ".join(sorted(EVENTS))
        raise ValueError(f"unknown event {event!r}; known events: {known}")
    return tuple(lim for lim in load_catalogue() if event in lim.events)


def build_timeline(event: str, start: datetime | date) -> tuple[TimelineEntry, ...]:
    """Every deadline after `event` at `start`, sorted by `when` (ties by article).

    A bare date is taken as midnight at its start, so hour periods are then counted
    from 00:00; pass a datetime for exact hour deadlines. Each entry's steps end with
    the counting convention and the note that holidays are not modelled.
    Raises ValueError for an unknown event or a start outside the calendar.
    """
    if not isinstance(start, datetime):
        start = datetime.combine(start, datetime.min.time())
    index = catalogue_index()
    out: list[TimelineEntry] = []
    for limit in event_limits(event):
        c = compute(limit, start, index)
        steps = (*c.steps, *_NOTE_STEPS)
        out.append(_entry(limit, c.deadline, "deadline", steps))
        if c.latest is not None and as_datetime(c.latest) != as_datetime(c.deadline):
            out.append(_entry(limit, c.latest, "latest", steps))
    return tuple(sorted(out, key=lambda e: (e.when, e.kind != "deadline", e.article, e.label)))
