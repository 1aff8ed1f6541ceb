"""Follow-ups and new questions inside a conversation, real model and index (marker: slow).

The conversations in followup_round*.yaml were written from the articles before any
scoring. Before conversation.py the follow-ups scored R@5/MRR@10 .778/.566 and the
topic changes .633/.492; the floors below sit under what it reaches now (.911/.670 and
.900/.767), so they fail on the old rewrite alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.evaluation.metrics import mrr_at_k, recall_at_k

pytestmark = pytest.mark.slow

CASES: list[dict[str, Any]] = [
    case
    for path in sorted(Path(__file__).parent.glob("followup_round*.yaml"))
    for case in yaml.safe_load(path.read_text(encoding="utf-8"))
]


def _scores(bot, kind: str) -> tuple[float, float]:
    r5, mrr = [], []
    for case in (c for c in CASES if c["kind"] == kind):
        got = bot.ask(case["q"], [tuple(t) for t in case["history"]])
        ranked = [(h.law, h.article) for h in got.hits][:10]
        gold = [(g.split(":")[0], int(g.split(":")[1])) for g in case["gold"]]
        r5.append(recall_at_k(ranked, gold, 5))
        mrr.append(mrr_at_k(ranked, gold, 10))
    return sum(r5) / len(r5), sum(mrr) / len(mrr)


def test_followups_reach_their_articles(bot):
    r5, mrr = _scores(bot, "followup")
    assert r5 >= 0.88 and mrr >= 0.64, (r5, mrr)


def test_new_questions_inside_a_conversation(bot):
    r5, mrr = _scores(bot, "topic")
    assert r5 >= 0.85 and mrr >= 0.70, (r5, mrr)


def test_the_answer_only_the_history_reaches(bot):
    hist = [
        (
            "user",
            "The police say they'll take my dad to a designated place for questioning because he didn't show up.",
        ),
        (
            "assistant",
            "MPS Art 60: a suspect who fails to appear without a valid reason may be compelled to appear at a designated place.",
        ),
    ]
    q = "how long can they keep him there?"
    got = bot.ask(q, hist)
    assert (got.hits[0].law, got.hits[0].article) == (
        "mps-procedures",
        62,
    )  # the rewrite alone: 8th
    assert ("mps-procedures", 62) not in [(h.law, h.article) for h in bot.ask(q).hits]


def test_a_standalone_question_is_unaffected_by_the_history(bot):
    q = "Can prosecutors examine a victim's injuries?"
    hist = [("user", "How long can police residential surveillance last?"),
            ("assistant", "MPS Art 103: not more than six months.")]  # fmt: skip
    with_history, alone = bot.ask(q, hist), bot.ask(q)
    assert with_history.query == q
    assert [(h.law, h.article) for h in with_history.hits] == [
        (h.law, h.article) for h in alone.hits
    ]
    assert with_history.hits[0].article == 169
