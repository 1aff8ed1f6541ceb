"""Pure helpers: deep links, conversation state, export, feedback, timeline, browse."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant.types import Answer, Citation
from assistant.ui import browse
from assistant.ui.export import to_json, to_markdown
from assistant.ui.feedback import append_feedback, feedback_record, load_feedback
from assistant.ui.links import article_url, parse_deep_link
from assistant.ui.state import Turn, history, laws_filter, preceding
from assistant.ui.timeline import elapsed, timeline_chart, timeline_rows
from tests.ui.conftest import ARTICLES, XSS, fake_build_timeline

NUMBERS = {"spp-rules": (37, 39, 83, 90), "cpl": (36,), "guide": ()}
NOW = datetime(2025, 3, 3, 22, 0, tzinfo=UTC)


# --- deep links ---------------------------------------------------------------


def test_article_url_round_trips() -> None:
    url = article_url("spp-rules", 83)
    assert url == "articles?law=spp-rules&article=83"
    assert parse_deep_link({"law": "spp-rules", "article": "83"}, NUMBERS).article == 83


@pytest.mark.parametrize(
    ("params", "law", "article", "problem"),
    [
        ({}, None, None, ""),
        ({"law": "spp-rules"}, "spp-rules", None, ""),
        ({"law": ["cpl", "spp-rules"], "article": ["83"]}, "spp-rules", 83, ""),  # last value wins
        ({"law": " cpl ", "article": "36"}, "cpl", 36, ""),
        ({"article": "83"}, None, None, "needs a law"),
        ({"law": "criminal-law", "article": "1"}, None, None, "Unknown instrument"),
        ({"law": "spp-rules", "article": "83abc"}, "spp-rules", None, "not a number"),
        ({"law": "spp-rules", "article": "-1"}, "spp-rules", None, "not a number"),
        ({"law": "spp-rules", "article": "99999"}, "spp-rules", None, "not a number"),
        ({"law": "spp-rules", "article": "84"}, "spp-rules", None, "not in the corpus"),
        ({"law": "guide", "article": "1"}, "guide", None, "not in the corpus"),
        ({"law": "mps-procedures", "article": "1"}, None, None, "Unknown instrument"),  # not loaded
    ],
)
def test_parse_deep_link(params: dict, law: str | None, article: int | None, problem: str) -> None:
    link = parse_deep_link(params, NUMBERS)
    assert (link.law, link.article) == (law, article)
    assert problem in link.problem and bool(problem) == bool(link.problem)


def test_deep_link_problem_never_echoes_input() -> None:
    link = parse_deep_link({"law": XSS, "article": XSS}, NUMBERS)
    assert link.law is None and "<" not in link.problem
    link = parse_deep_link({"law": "cpl", "article": XSS}, NUMBERS)
    assert "<" not in link.problem


# --- conversation state -------------------------------------------------------


def conversation() -> list[Turn]:
    q1 = Turn.user("How long can the procuratorate detain someone?")
    a1 = Turn.reply(
        q1,
        Answer("Ten days [1].", "lookup", (Citation("spp-rules", 83, "shall be 10 days"),)),
        laws=["spp-rules"],
    )
    q2 = Turn.user(f"And then? {XSS}")
    a2 = Turn.failure(q2, "Sorry, something went wrong.")
    q3 = Turn.user("When is the deadline?")
    a3 = Turn.reply(q3, Answer("4 March 22:00.", "rule", steps=("3 March 22:00", "+ 24 h")))
    return [q1, a1, q2, a2, q3, a3]


def test_history_skips_failed_exchanges() -> None:
    turns = conversation()
    assert history(turns) == (
        ("user", "How long can the procuratorate detain someone?"),
        ("assistant", "Ten days [1]."),
        ("user", "When is the deadline?"),
        ("assistant", "4 March 22:00."),
    )
    assert preceding(turns, turns[1].id) == ()
    assert preceding(turns, turns[5].id) == tuple(turns[:4])


def test_laws_filter() -> None:
    keys = ["cpl", "guide", "spp-rules"]
    assert laws_filter(keys, keys) is None
    assert laws_filter([], keys) is None
    assert laws_filter(["spp-rules", "cpl"], keys) == ["cpl", "spp-rules"]


# --- export -------------------------------------------------------------------


def test_markdown_export_has_questions_answers_sources_and_is_escaped() -> None:
    md = to_markdown(conversation(), now=NOW)
    assert "## Question 1" in md and "## Question 3" in md
    assert "SPP Rules \\(1999\\) Art. 83" in md or "SPP Rules (1999) Art. 83" in md
    assert "Criminal Procedure Rules of the People's Procuratorate" in md
    assert "> shall be 10 days" in md
    assert "**How this was calculated**" in md and "2. \\+ 24 h" in md
    assert "Route: Looked up directly" in md
    assert "<img" not in md and "<script" not in md
    assert "Exported 2025-03-03T22:00:00+00:00" in md


def test_json_export_round_trips_with_citations() -> None:
    text = to_json(conversation(), now=NOW)
    assert "<" not in text and ">" not in text  # written as \\u003c / \\u003e
    doc = json.loads(text)
    assert doc["format"] == "legalqa-conversation" and len(doc["turns"]) == 6
    first = doc["turns"][1]
    assert first["route"] == "lookup" and first["laws"] == ["spp-rules"]
    assert first["citations"][0] == {
        "law": "spp-rules",
        "article": 83,
        "quote": "shall be 10 days",
        "instrument": "Criminal Procedure Rules of the People's Procuratorate",
        "year": 1999,
        "version": "Gao Jian Fa Shi [1999] No. 1, in force 18 January 1999 (since replaced)",
    }
    assert doc["turns"][2]["text"].endswith(XSS)  # data kept exact
    assert doc["turns"][3]["error"] and doc["turns"][5]["steps"] == ["3 March 22:00", "+ 24 h"]


# --- feedback -----------------------------------------------------------------


def test_feedback_record_and_log(tmp_path: Path) -> None:
    turns = conversation()
    path = tmp_path / "sub" / "feedback.jsonl"
    rec = feedback_record(turns[1], 1, "", history(preceding(turns, turns[1].id)), now=NOW)
    assert rec["rating"] == "up" and rec["question"].startswith("How long")
    assert rec["citations"] == [{"law": "spp-rules", "article": 83, "quote": "shall be 10 days"}]
    assert rec["laws"] == ["spp-rules"] and rec["route"] == "lookup"
    append_feedback(path, rec)
    append_feedback(path, feedback_record(turns[5], 0, "", history(turns[:4]), now=NOW))
    append_feedback(path, feedback_record(turns[1], 0, " wrong article ", (), now=NOW))
    with path.open("a") as f:
        f.write("{damaged\n")
    lines = path.read_text().splitlines()
    assert len(lines) == 4 and all(json.loads(x)["id"] for x in lines[:3])
    records = load_feedback(path)
    assert [(r["id"], r["rating"], r["comment"]) for r in records] == [
        (turns[5].id, "down", ""),
        (turns[1].id, "down", "wrong article"),
    ]
    assert records[0]["history"][0] == ["user", "How long can the procuratorate detain someone?"]
    assert load_feedback(tmp_path / "missing.jsonl") == []


# --- timeline -----------------------------------------------------------------


def test_elapsed() -> None:
    start = datetime(2025, 3, 3, 22)
    assert elapsed(start, start + timedelta(hours=24)) == "+1 day"
    assert elapsed(start, start + timedelta(hours=12)) == "+12 h"
    assert elapsed(start, start + timedelta(days=7, hours=2)) == "+7 days 2 h"
    assert elapsed(start, start - timedelta(hours=3)) == "-3 h"
    assert elapsed(start, datetime(2025, 3, 6, 23, 59), "day") == "+3 days, end of day"
    assert elapsed(start, datetime(2025, 3, 4, 23, 59), "day") == "+1 day, end of day"


def test_timeline_rows_and_chart() -> None:
    start = datetime(2025, 3, 3, 22)
    entries = fake_build_timeline("arrest", start)
    rows = timeline_rows(entries[::-1], start)
    assert [r["What"] for r in rows] == ["Family notified", "Release or arrest"]
    assert (
        rows[0]["When"] == "Tue 04 Mar 2025, 22:00"
        and rows[0]["Source"] == "SPP Rules (1999) Art. 83"
    )
    assert rows[1]["Kind"].startswith("Latest")
    spec = timeline_chart(rows, start).to_dict()
    assert len(spec["layer"]) == 3
    assert spec["layer"][1]["encoding"]["x"]["field"] == "at"


# --- browse -------------------------------------------------------------------


def test_browse_structure_and_search() -> None:
    spp = [a for a in ARTICLES if a.law == "spp-rules"]
    assert browse.chapters(spp) == ["Chapter IV Compulsory measures", "Chapter V Arrest"]
    assert browse.sections(spp, "Chapter IV Compulsory measures") == [
        "Section I Bail pending trial",
        "Section IV Detention",
    ]
    assert [
        a.article
        for a in browse.in_place(spp, "Chapter IV Compulsory measures", "Section IV Detention")
    ] == [83]
    assert [a.article for a in browse.in_place(spp, browse.ALL, browse.ALL)] == [37, 39, 83, 90]
    assert [a.article for a in browse.search(spp, "BAIL pending")] == [37, 39]
    assert [a.article for a in browse.search(spp, "83")] == [83]
    assert browse.search(spp, "  ") == []
    snip = browse.snippet(spp[2].text, "extended", width=40)
    assert "extended" in snip and snip.startswith("…")
    assert browse.option_label(spp[2], 30).startswith("Art. 83 · The period")
    assert browse.title(ARTICLES[-1]) == "Explainer passage 1"
