"""The timeline API used by the Streamlit "Case timeline" page."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from assistant.rules import EVENTS, TimelineEntry, build_timeline


def test_unknown_event_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown event 'nope'; known events: "):
        build_timeline("nope", datetime(2026, 3, 1))


def test_events_have_labels() -> None:
    assert EVENTS["police_detention"] == "Detained by the police (public security organ)"
    assert all(isinstance(v, str) and v for v in EVENTS.values())


def test_entries_carry_article_quote_steps_and_kind() -> None:
    entries = build_timeline("procuratorate_detention", datetime(2026, 3, 1, 21, 30))
    assert all(isinstance(e, TimelineEntry) for e in entries)
    first = entries[0]
    assert first.when == datetime(2026, 3, 2, 21, 30) and first.precision == "hour"
    assert first.law == "spp-rules" and first.article in (80, 81)
    latest = [e for e in entries if e.kind == "latest"]
    assert any(e.article == 83 and e.when.date() == date(2026, 3, 15) for e in latest)
    assert all("not modelled" in e.steps[-1] for e in entries)


def test_bare_date_counts_hours_from_midnight() -> None:
    entries = build_timeline("police_detention", date(2026, 3, 1))
    assert entries[0].when == datetime(2026, 3, 2, 0, 0)
