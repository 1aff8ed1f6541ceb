"""Property tests (Hypothesis): deadlines follow their start, `latest` >= `deadline`,
results are monotone in the start, and the router never raises on any input."""

from __future__ import annotations

import time as clock
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.rules import answer_rule_question, build_timeline
from assistant.rules.catalogue import load_catalogue
from assistant.rules.compute import compute
from assistant.rules.counting import add, add_months, as_datetime
from assistant.rules.router_text import clean, find_when
from assistant.rules.rulebook import all_rules
from assistant.rules.timeline import EVENTS

LIMITS = load_catalogue()
DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))
TIMES = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 12, 31))
DEADLINE_RULES = [s for s in all_rules().values() if s.kind == "deadline"]


def _ends(limit, start):
    c = compute(limit, start)
    return as_datetime(c.deadline), as_datetime(c.latest) if c.latest is not None else None


@settings(max_examples=60, deadline=None)
@given(start=TIMES)
def test_every_limit_ends_after_its_trigger_and_latest_not_before_deadline(start) -> None:
    for limit in LIMITS:
        deadline, latest = _ends(limit, start)
        if limit.anchor != "before":
            assert deadline > start, limit.id
        if latest is not None:
            assert latest >= deadline, limit.id


@settings(max_examples=60, deadline=None)
@given(a=TIMES, gap=st.integers(min_value=0, max_value=800))
def test_limits_are_monotone_in_the_start(a, gap) -> None:
    b = a + timedelta(hours=gap)
    for limit in LIMITS:
        da, la = _ends(limit, a)
        db, lb = _ends(limit, b)
        assert da <= db, limit.id
        if la is not None and lb is not None:
            assert la <= lb, limit.id


@settings(max_examples=40, deadline=None)
@given(start=TIMES, body=st.sampled_from([None, "police", "procuratorate"]))
def test_deadline_rules_never_end_before_the_start(start, body) -> None:
    for spec in DEADLINE_RULES:
        kwargs = {"start": start}
        if "body" in spec.func.__code__.co_varnames:
            kwargs["body"] = body
        result = spec.func(**kwargs)
        if "deadline" not in result.computed:
            assert result.needs
            continue
        deadline = datetime.fromisoformat(result.computed["deadline"])
        assert deadline >= start.replace(hour=0, minute=0, second=0, microsecond=0)
        if "latest" in result.computed:
            assert datetime.fromisoformat(result.computed["latest"]) >= deadline


@settings(max_examples=40, deadline=None)
@given(start=TIMES, event=st.sampled_from(sorted(EVENTS)))
def test_timeline_is_sorted_and_after_the_event(start, event) -> None:
    entries = build_timeline(event, start)
    assert entries
    assert [e.when for e in entries] == sorted(e.when for e in entries)
    assert all(e.when > start for e in entries)
    assert all(e.kind in ("deadline", "latest") and e.quote for e in entries)


@given(d=DATES, n=st.integers(min_value=0, max_value=240))
def test_add_months_keeps_or_clamps_the_day(d, n) -> None:
    end = add_months(d, n)
    assert (end.year * 12 + end.month) - (d.year * 12 + d.month) == n
    assert end.day == d.day or (end.day < d.day and (end + timedelta(days=1)).month != end.month)


@given(d=DATES, n=st.integers(min_value=1, max_value=400))
def test_days_do_not_count_the_first_day(d, n) -> None:
    assert add(d, n, "days") == d + timedelta(days=n)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=400), today=DATES)
def test_router_never_raises(text, today) -> None:
    result = answer_rule_question(text, today=today, history=[("user", text)])
    assert result is None or result.summary


@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("0123456789/:.- amprchjy")), max_size=200))
def test_date_reader_never_raises(text) -> None:
    find_when(clean(text), date(2026, 3, 5))


@pytest.mark.parametrize(
    "text",
    [
        "a" * 100_000,
        "1/1/" * 25_000,
        "may " * 25_000,
        "detained " * 12_000 + "how long",
        "\u202e\u0000\ud7ff" * 20_000,
        "can " + "not " * 20_000 + "bail?",
    ],
    ids=["letters", "slashes", "may", "detained", "odd-unicode", "negations"],
)
def test_router_is_fast_on_huge_inputs(text) -> None:
    t0 = clock.perf_counter()
    answer_rule_question(text, today=date(2026, 3, 5), history=[("user", text)] * 5)
    assert clock.perf_counter() - t0 < 2.0


def test_router_ignores_malformed_history() -> None:
    for history in (None, "text", [("user",)], [(1, 2)], [("user", None)], [["user", 5]]):
        assert answer_rule_question("by when does bail expire?", history=history) is not None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text", ["0\ud800 how long can bail last?", "\udfff" * 5000, "\x00\x1b[31m"]
)
def test_router_survives_lone_surrogates_and_control_characters(text) -> None:
    result = answer_rule_question(text, history=[("user", "\ud800")])
    assert result is None or result.summary.isprintable()
