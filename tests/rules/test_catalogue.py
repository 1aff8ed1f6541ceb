"""The time-limit catalogue cannot drift from the corpus.

1. Every catalogued phrase (and extension / exception phrase) occurs verbatim in the
   parsed text of the article it cites.
2. Every time period stated in the corpus is catalogued or deliberately excluded.
"""

from __future__ import annotations

import pytest

from assistant.corpus.store import Corpus
from assistant.rules.catalogue import (
    CatalogueError,
    load_catalogue,
    load_exclusions,
    parse_catalogue,
)
from assistant.rules.model import UNITS
from assistant.rules.scan import find_periods, uncovered
from assistant.rules.timeline import EVENTS

LIMITS = load_catalogue()
EXCLUSIONS = load_exclusions()


def test_catalogue_is_large_and_ids_unique() -> None:
    ids = [lim.id for lim in LIMITS]
    assert len(ids) == len(set(ids))
    assert len(LIMITS) >= 90


@pytest.mark.parametrize("limit", LIMITS, ids=lambda lim: lim.id)
def test_phrase_occurs_in_cited_article(limit, corpus: Corpus) -> None:
    for article, phrase in limit.phrases:
        found = corpus.get(limit.law, article)
        assert found is not None, f"{limit.id}: {limit.law} Art. {article} is not in the corpus"
        assert phrase in found.text, f"{limit.id}: {phrase!r} not in {limit.law} Art. {article}"


@pytest.mark.parametrize("limit", LIMITS, ids=lambda lim: lim.id)
def test_phrase_states_a_period(limit) -> None:
    """The main phrase itself names the time period (so it is the article's words for it)."""
    assert find_periods(limit.phrase), f"{limit.id}: phrase names no period"
    assert limit.unit in UNITS and limit.duration > 0


@pytest.mark.parametrize("ex", EXCLUSIONS, ids=lambda x: f"{x.law}-{x.article}-{x.phrase[:20]}")
def test_exclusion_occurs_and_has_reason(ex, corpus: Corpus) -> None:
    found = corpus.get(ex.law, ex.article)
    assert found is not None and ex.phrase in found.text
    assert find_periods(ex.phrase), "an exclusion that names no period is stale"
    assert len(ex.reason) > 20


def test_every_corpus_period_is_catalogued_or_excluded(corpus: Corpus) -> None:
    gaps = uncovered(corpus.articles, LIMITS, EXCLUSIONS)
    report = "\n".join(f"{g.law} Art. {g.article}: {g.text!r} in ...{g.context}..." for g in gaps)
    assert not gaps, "time limits neither catalogued nor excluded:\n" + report


def test_scanner_finds_the_known_forms() -> None:
    text = (
        "within 24 hours; within seven days; shall not exceed two months; "
        "extended by one to four days; not exceeding 12 months; no later than 48 hours; "
        "Ten days before the expiration; within a month"
    )
    found = [p.text for p in find_periods(text)]
    assert found == [
        "24 hours",
        "seven days",
        "two months",
        "one to four days",
        "12 months",
        "48 hours",
        "Ten days",
        "a month",
    ]


def test_scanner_ignores_non_periods() -> None:
    assert find_periods("Article 238 of the Criminal Law; 1,000 yuan; age of 14; twice") == ()


def test_events_and_references_are_known() -> None:
    ids = {lim.id for lim in LIMITS}
    for lim in LIMITS:
        assert set(lim.events) <= set(EVENTS), lim.id
        assert not lim.ref or lim.ref in ids


def test_every_event_has_a_limit() -> None:
    used = {e for lim in LIMITS for e in lim.events}
    assert used == set(EVENTS)


def test_parse_rejects_bad_records() -> None:
    good = {
        "id": "x",
        "law": "spp-rules",
        "article": 1,
        "actor": "a",
        "trigger": "t",
        "label": "l",
        "duration": 3,
        "unit": "days",
        "phrase": "p",
    }
    assert parse_catalogue({"limit": [good]})[0][0].id == "x"
    for bad in (
        {**good, "unit": "weeks"},
        {**good, "law": "nope"},
        {**good, "duration": 0},
        {**good, "anchor": "after"},
        {**good, "anchor": "after", "ref": "missing"},
    ):
        with pytest.raises(CatalogueError):
            parse_catalogue({"limit": [bad]})
    with pytest.raises(CatalogueError):
        parse_catalogue({"limit": [good, good]})
    with pytest.raises(CatalogueError):
        parse_catalogue({"excluded": [{"law": "cpl", "article": 1, "phrase": "p", "reason": ""}]})
