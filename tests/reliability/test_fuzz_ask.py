"""Any input through `Assistant.ask`: a valid answer or a clear message, never an exception,
never a citation of an article that does not exist, bounded time per question."""

from __future__ import annotations

import json
import re
import statistics
import time
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.answer.normalize import clean
from assistant.answer.verify import citation_ok
from assistant.corpus.instruments import INSTRUMENTS
from assistant.corpus.store import Corpus
from assistant.types import Answer
from tests.reliability.conftest import REPO, ErrorCounter
from tests.reliability.strategies import HISTORY, LAWS, MAX_LEN, QUESTIONS, hostile_text

ROUTES = {"lookup", "rule", "retrieval", "abstain", "clarify"}
INTERNAL_ERROR = "something went wrong"
_SHORT_TO_LAW = {inst.short: key for key, inst in INSTRUMENTS.items()}
_TAG = re.compile(r"\[(?P<short>[^\[\],\n]{2,40}), Art\. (?P<n>\d+)\]")


def check_answer(answer: object, corpus: Corpus) -> None:
    """The contract every answer meets, whatever the question was."""
    assert isinstance(answer, Answer)
    assert answer.route in ROUTES, answer.route
    assert isinstance(answer.text, str) and answer.text.strip()
    assert INTERNAL_ERROR not in answer.text, "an exception was swallowed by ask()"
    for c in answer.citations:
        assert c.law in INSTRUMENTS
        assert citation_ok(corpus, c), f"unverifiable citation {c.law} {c.article}: {c.quote!r}"
    for m in _TAG.finditer(answer.text):
        law = _SHORT_TO_LAW.get(m["short"])
        if law is not None:  # a tag of ours: the article must exist
            assert corpus.exists(law, int(m["n"])), f"answer cites non-existent {m.group()}"
    for h in answer.hits:
        assert h.article is None or corpus.exists(h.law, h.article)


# -- pure input handling ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "x" * MAX_LEN,
        "detention " * (MAX_LEN // 10),
        "a," * (MAX_LEN // 2),
        "法" * MAX_LEN,
        "😀" * MAX_LEN,
        "<b>" * (MAX_LEN // 3),
        "How long can the police detain? " * 3000,
    ],
    ids=["letters", "words", "commas", "cjk", "emoji", "html", "questions"],
)
def test_clean_takes_linear_time_on_100k_characters(text: str) -> None:
    t0 = time.perf_counter()
    out = clean(text)
    elapsed = time.perf_counter() - t0
    assert out.truncated and len(out.text) <= 4_000
    assert elapsed < 1.0, f"clean() took {elapsed:.2f} s on {len(text)} characters"


# -- the real assistant ---------------------------------------------------------------------


@pytest.mark.slow
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(text=hostile_text(), laws=LAWS, history=HISTORY)
def test_ask_any_text(
    bot, internal_errors: ErrorCounter, text: str, laws: list[str] | None, history: list
) -> None:
    before = len(internal_errors.records)
    t0 = time.perf_counter()
    answer = bot.ask(text, history, laws)
    elapsed = time.perf_counter() - t0
    assert len(internal_errors.records) == before, internal_errors.describe(before)
    check_answer(answer, bot.corpus)
    assert elapsed < 20.0, f"{elapsed:.1f} s for {len(text)} characters"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("0\ud800", ()),  # found by Hypothesis: the tokenizer rejects lone surrogates
        ("bail \udcff\udcfe pending trial?", ()),  # invalid UTF-8 argv (surrogateescape)
        ("and for minors?", [("user", "How long is bail \ud83d?"), ("assistant", "x")]),
    ],
)
def test_ask_lone_surrogates(
    bot, internal_errors: ErrorCounter, question: str, history: list
) -> None:
    """Lone surrogates reach ask() from JSON escapes (batch) and from invalid UTF-8 in argv."""
    before = len(internal_errors.records)
    check_answer(bot.ask(question, history), bot.corpus)
    assert len(internal_errors.records) == before, internal_errors.describe(before)


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [None, 123, 4.5, b"bail?", ["bail?"], {"q": "bail?"}, object(), "", " \n\t ", "\x00" * 10],
    ids=repr,
)
def test_ask_non_text_questions(bot, internal_errors: ErrorCounter, question: object) -> None:
    before = len(internal_errors.records)
    check_answer(bot.ask(question), bot.corpus)
    assert len(internal_errors.records) == before, internal_errors.describe(before)


MALFORMED_IDS = ["int-history", "str-history", "none-history", "junk-turns", "str-laws",
                 "junk-laws", "str-today"]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(
    ("history", "laws", "today"),
    [
        (5, None, None),
        ("not a list", None, None),
        (None, None, None),
        ([("user", None), ("assistant", 5), {"role": 1}, ("user",)], None, None),
        ((), "cpl", None),
        ((), [None, 3], None),
        ((), None, "2024-01-01"),
    ],
    ids=MALFORMED_IDS,
)
def test_ask_malformed_arguments(
    bot, internal_errors: ErrorCounter, history: object, laws: object, today: object
) -> None:
    """Programmatic callers (app, batch, evaluation) can pass anything; ask() must cope."""
    before = len(internal_errors.records)
    answer = bot.ask("How long can the procuratorate detain a suspect?", history, laws, today)  # type: ignore[arg-type]
    check_answer(answer, bot.corpus)
    assert len(internal_errors.records) == before, internal_errors.describe(before)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "today"),
    [
        ("The police detained my son on 31 December 9999 at 23:00. When must they notify us?",
         date(9999, 12, 31)),
        ("My son was arrested on 1 January 1. When must the family be notified?", date(1, 1, 1)),
        ("The police detained my brother on 3 March 2025 at 22:00. By when must they ask "
         "for arrest approval?", date(1, 1, 1)),
        ("The police detained my brother on 30 December 9999. How long can they hold him?",
         date(9999, 12, 31)),
    ],
    ids=["end-of-9999", "year-1", "today-year-1", "detained-9999"],
)  # fmt: skip
def test_ask_extreme_dates(bot, internal_errors: ErrorCounter, question: str, today: date) -> None:
    """Dates at the ends of the calendar: a clear answer, not an overflow."""
    before = len(internal_errors.records)
    check_answer(bot.ask(question, today=today), bot.corpus)
    assert len(internal_errors.records) == before, internal_errors.describe(before)


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    day=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    hour=st.integers(-5, 30),
    template=st.sampled_from(
        [
            "The police detained my brother on {d} at {h}:00. By when must they ask for arrest approval?",
            "My son was arrested on {d}. When must the family be notified?",
            "Detained {d} {h}:00, today is {d}. How long can they hold him?",
            "Under Art. 83 of the SPP Rules, if detained on {d}, when does detention end?",
        ]
    ),
)
def test_ask_any_date(
    bot, internal_errors: ErrorCounter, day: date, hour: int, template: str
) -> None:
    """Dates from year 1 to 9999 (and impossible hours) in rule questions."""
    before = len(internal_errors.records)
    q = template.format(d=day.strftime("%d %B %Y"), h=hour)
    check_answer(bot.ask(q, today=day), bot.corpus)
    assert len(internal_errors.records) == before, internal_errors.describe(before)


def _timed(bot, question: str) -> float:
    t0 = time.perf_counter()
    bot.ask(question)
    return time.perf_counter() - t0


def eval_questions(n: int) -> list[str]:
    """Real user questions (the evaluation set), the yardstick for "a normal question"."""
    path = REPO / "eval" / "qa.jsonl"
    if not path.exists():
        return list(QUESTIONS[:n])
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return [r["question"] for r in rows if not r.get("history")][:n]


def _fill(piece: str) -> str:
    return (piece * (MAX_LEN // len(piece) + 1))[:MAX_LEN]


LONG_INPUTS = {
    "letters": _fill("x"),
    "words": _fill("detention "),
    "cjk": _fill("取保候审"),
    "html": _fill('<img src=x onerror="alert(1)">'),
    "emoji": _fill("👨‍👩‍👧‍👦 "),
    "questions": _fill("How long can the police detain my brother? "),
    "essay": _fill("My brother was taken by the police last week, and we have heard nothing. ")[
        :-25
    ]
    + " Can he see a lawyer now?",
}


@pytest.mark.slow
def test_100k_character_input_costs_a_few_normal_questions(bot) -> None:
    """Each 100,000-character input (best of five) against the median real question,
    timed interleaved so that a busy machine slows both alike."""
    normal = eval_questions(14)
    for q in normal[:4]:  # warm-up
        bot.ask(q)
    base: list[float] = []
    slow: dict[str, float] = {}
    for name, text in LONG_INPUTS.items():
        assert len(text) == MAX_LEN, name
        runs = []
        for _ in range(5):
            base.append(_timed(bot, normal[len(base) % len(normal)]))
            runs.append(_timed(bot, text))
        slow[name] = min(runs)
    typical = statistics.median(base)
    report = f"normal question {typical * 1000:.0f} ms; 100k-character inputs " + ", ".join(
        f"{k} {v * 1000:.0f} ms" for k, v in slow.items()
    )
    print(report)
    assert max(slow.values()) <= 4 * typical, report
