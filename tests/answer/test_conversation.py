"""Retrieval inside a conversation (pure: a fake search and fake sections)."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answer.conversation import fuse, retrieve, topic
from assistant.answer.followup import is_followup, leans_on_history, rewrite
from assistant.types import Hit

# Two sections of one instrument: Art 20-29 "withdrawal", Art 100-119 "detention".
SECTION = {
    n: ("mps-procedures", "Chapter", "withdrawal" if n < 30 else "detention")
    for n in range(20, 120)
}
RECUSAL = [
    ("user", "The detective on my case is the victim's cousin. Can he be taken off it?"),
    ("assistant", "Yes: under MPS Art 24 he shall recuse himself."),
]


def _of(law: str, article: int) -> tuple[str, str, str] | None:
    return SECTION.get(article) if law == "mps-procedures" else None


def _hits(*arts: int) -> list[Hit]:
    return [
        Hit(f"mps-procedures:{a}#0", "mps-procedures", a, "", 1.0 / i, i)
        for i, a in enumerate(arts, 1)
    ]


def _search(ranked: dict[str, Sequence[int]]):
    """A search that answers the bare question and the contextual query differently."""
    calls: list[str] = []

    def search(query: str, k: int) -> list[Hit]:
        calls.append(query)
        for needle, arts in ranked.items():
            if needle in query:
                return _hits(*arts)[:k]
        return []

    return search, calls


def test_topic_is_the_cited_articles_sections() -> None:
    assert topic(RECUSAL, _of) == {("mps-procedures", "Chapter", "withdrawal")}
    assert topic([("user", "hi"), ("assistant", "no citation")], _of) == frozenset()


def test_followup_ranks_the_topic_article_its_own_words_find() -> None:
    # the contextual query leans on the earlier detention-like words; the bare question
    # finds Art 28 (who decides a withdrawal) among unrelated articles
    search, _ = _search({"taken off": (106, 114, 113, 29, 28), "who decides": (113, 28, 106)})
    got = retrieve("who decides that?", RECUSAL, search, _of)
    assert got.query.startswith(RECUSAL[0][1]) and got.query.count("who decides that?") == 2
    assert [h.article for h in got.hits] == [28, 106, 114, 113, 29]  # in-topic evidence first
    assert [h.rank for h in got.hits] == list(range(1, len(got.hits) + 1))


def test_short_new_question_outside_the_topic_is_retrieved_alone() -> None:
    q = "Can prosecutors examine a victim's injuries?"  # short, no connective, no pronoun
    assert is_followup(q, RECUSAL) and not leans_on_history(q)
    search, calls = _search({"injuries": (105, 110)})
    got = retrieve(q, RECUSAL, search, _of)
    assert got.query == q and [h.article for h in got.hits] == [105, 110]
    assert all(c == q for c in calls)  # the contextual query was never run


def test_short_question_on_the_topic_stays_a_followup() -> None:
    q = "can officers sit in on the recusal hearing?"
    search, _ = _search({"taken off": (24, 25), "hearing": (25, 101)})
    assert retrieve(q, RECUSAL, search, _of).query != q


def test_without_citations_or_history() -> None:
    hist = [("user", "The detective is the victim's cousin."), ("assistant", "He may be recused.")]
    search, _ = _search({"cousin": (24,), "who decides": (113,)})
    got = retrieve("who decides that?", hist, search, _of)
    assert got.query == rewrite("who decides that?", hist) and [h.article for h in got.hits] == [24]
    assert retrieve("who decides that?", [], search, _of).query == "who decides that?"


def test_fuse_keeps_exact_references_first() -> None:
    exact = Hit("mps-procedures:24#0", "mps-procedures", 24, "", 9.0, 1, {"lookup": 1.0})
    got = fuse([exact, *_hits(106, 28)], _hits(28))
    assert [h.article for h in got] == [24, 28, 106]


def test_existential_there_and_even_are_read_right() -> None:
    assert not leans_on_history(
        "Is there a minimum amount for a bail deposit with the procuratorate?"
    )
    assert leans_on_history("do I have to be there while they search?")
    assert leans_on_history("even on kids?")


def test_a_minor_named_in_the_followup_is_no_authority_switch() -> None:
    hist = [
        ("user", "What is conditional non-prosecution for teenagers?"),
        ("assistant", "SPP Juvenile Provisions Art 29"),
    ]
    q = rewrite("and what if the kid or his parents don't agree with it?", hist)
    assert (
        "non-prosecution" in q
    )  # the old switch dropped "prosecution" as the procuratorate's word
