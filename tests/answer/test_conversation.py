"""Follow-up retrieval: what a follow-up asks alone (`focus`) and the fusion (`merge`)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer import conversation
from assistant.answer.conversation import merge
from assistant.answer.followup import Focus, focus
from assistant.types import Hit

BAIL = [
    ("user", "Can the procuratorate let my brother out on bail?"),
    ("assistant", "Yes. > “…” [SPP Rules, Art. 41]\n> “The police…” [MPS Provisions, Art. 77]"),
]


def hit(law: str, article: int, rank: int, **scores: float) -> Hit:
    return Hit(f"{law}:{article}#0", law, article, "", 1.0 / rank, rank, dict(scores))


def test_focus_searches_the_cited_instruments() -> None:
    f = focus("how much would we have to pay?", BAIL)
    assert f == Focus(
        "how much would we have to pay?",
        ("spp-rules", "mps-procedures"),
        (("spp-rules", 41), ("mps-procedures", 77)),
    )


def test_focus_prefers_the_authority_the_followup_names() -> None:
    f = focus("and the procuratorate, how much?", BAIL)
    assert f is not None and f.laws == ("spp-rules",) and f.cited == (("spp-rules", 41),)


def test_no_focus_for_a_switch_a_new_question_or_no_instrument() -> None:
    hist = [("user", "How long can the procuratorate detain someone?"), ("assistant", "[SPP Rules, Art. 83]")]  # fmt: skip
    assert focus("what about the police?", hist) is None  # rewrite carries the topic
    long = "What documents must a guarantor sign when a suspect is released on bail pending trial?"
    assert focus(long, BAIL) is None
    assert focus("and then?", []) is None
    assert focus("and then?", [("user", "hello"), ("assistant", "Hi! Ask me a question.")]) is None


def test_merge_ranks_what_both_searches_find_first() -> None:
    topic = [hit("spp-rules", 41, 1), hit("spp-rules", 44, 2), hit("spp-rules", 50, 3)]
    alone = [hit("spp-rules", 44, 1), hit("spp-rules", 90, 2)]
    got = merge(topic, alone, lambda h: False)
    w, k = conversation.ALONE_WEIGHT, conversation.RRF_K  # weighted RRF, written out
    want = {41: 1 / (k + 1), 44: 1 / (k + 2) + w / (k + 1), 50: 1 / (k + 3), 90: w / (k + 2)}
    assert [h.article for h in got] == sorted(want, key=lambda a: -want[a])
    assert got[0].article == 44  # found by both searches
    assert [h.rank for h in got] == [1, 2, 3, 4]
    assert got[0].scores["conversation"] == got[0].score > got[1].score


def test_merge_keeps_lookups_first_scores_and_the_topic_order_on_ties(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(conversation, "ALONE_WEIGHT", 1.0)  # equal weights make the tie
    topic = [hit("spp-rules", 83, 1, lookup=1.0, dense=0.61), hit("spp-rules", 84, 2, dense=0.5)]
    alone = [hit("spp-rules", 84, 1, dense=0.2), hit("spp-rules", 83, 2, dense=0.3)]
    got = merge(topic, alone, lambda h: False)
    assert [h.article for h in got] == [83, 84]  # 84 scores higher, but 83 was asked for
    assert got[1].scores["dense"] == 0.5  # the topic's cosine, which scope.py reads
    tie = merge([hit("cpl", 1, 1), hit("cpl", 2, 2)], [hit("cpl", 2, 1), hit("cpl", 1, 2)],
                lambda h: False)  # fmt: skip
    assert [h.article for h in tie] == [1, 2]


def test_merge_boosts_the_conversations_place_and_cuts_to_k() -> None:
    topic = [hit("mps-procedures", n, i) for i, n in enumerate((77, 60, 81), 1)]
    got = merge(topic, [], lambda h: h.article in (77, 81), k=2)
    assert [h.article for h in got] == [77, 81]


def test_merge_keeps_explainer_passages_apart() -> None:
    # passages have no article number: two of them are two results, not one
    p1 = Hit("guide:p1#0", "guide", None, "", 1.0, 1, {})
    p3 = Hit("guide:p3#1", "guide", None, "", 0.5, 2, {})
    got = merge([p1, p3], [hit("cpl", 175, 1), replace(p3, chunk_id="guide:p3#0", rank=2)],
                lambda h: False)  # fmt: skip
    assert got[0].chunk_id == "guide:p3#1"  # found by both searches
    assert sorted(h.chunk_id for h in got) == ["cpl:175#0", "guide:p1#0", "guide:p3#1"]
