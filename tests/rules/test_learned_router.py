"""The learned fallback router: its gate, the null class, determinism, the shipped data."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path
from unittest import mock

import pytest

import assistant.rules.answer as answer_mod
import assistant.rules.router_learned as learned_mod
from assistant.rules import answer_rule_question
from assistant.rules.learned_model import NULL, Gate, choose, features
from assistant.rules.router_learned import DATA, learned_choice, load, shipped
from bench.learned_router_data import digest, examples, sources

TODAY = date(2026, 3, 5)
# Told as a story and missed by the patterns; a training example, so the shipped model
# knows it: this checks the wiring, not generalisation (bench/learned_router_cv.py does).
STORY = "My mum would be his guarantor but she's unemployed at the moment. Can she?"
GENERAL = [
    "What rights does a suspect have during an interrogation?",
    "What is the punishment for theft in China?",
    "Explain the difference between a summons and a compelled appearance.",
    "What does the law say about evidence obtained by torture?",
]


@pytest.mark.parametrize(
    "ranked",
    [
        [("eligibility.bail", 0.49), (NULL, 0.05)],  # not sure enough
        [("eligibility.bail", 0.55), ("eligibility.surveillance", 0.40)],  # too close
        [(NULL, 0.9), ("eligibility.bail", 0.1)],  # the null class wins
        [],
    ],
)
def test_gate_refuses(ranked: list[tuple[str, float]]) -> None:
    assert choose(ranked, Gate()) is None


def test_gate_accepts_a_clear_winner_and_says_if_open_verdicts_are_kept() -> None:
    sure = choose([("eligibility.bail", 0.8), (NULL, 0.1)], Gate())
    unsure = choose([("eligibility.bail", 0.6), (NULL, 0.1)], Gate())
    assert sure is not None and sure.rule_id == "eligibility.bail" and sure.keeps_open
    assert unsure is not None and not unsure.keeps_open


def test_features_keep_frame_words_as_bigrams() -> None:
    assert "can_they" in features("Can they arrest him?")


@pytest.mark.parametrize("question", GENERAL)
def test_null_class_wins_on_general_questions(question: str) -> None:
    model = shipped()
    assert model is not None
    assert model.probabilities(question)[0][0] == NULL
    assert learned_choice(question, TODAY) is None


def test_frame_check_refuses_a_rule_not_asked_for() -> None:
    told = "My mum would be his guarantor but she's unemployed at the moment."
    model = shipped()
    assert model is not None and model.probabilities(told)[0][0] == "eligibility.guarantor"
    assert learned_choice(told, TODAY) is None  # names the rule's facts, asks nothing


def test_story_reaches_its_rule_only_through_the_learned_fallback() -> None:
    with mock.patch.object(answer_mod, "LEARNED_FALLBACK", False):
        assert answer_rule_question(STORY, today=TODAY) is None
    res = answer_rule_question(STORY, today=TODAY)
    assert res is not None and res.rule_id == "eligibility.guarantor"
    assert res.computed == {"eligible": False}


def test_deterministic() -> None:
    model = shipped()
    assert model is not None
    assert model.probabilities(STORY) == model.probabilities(STORY)
    first = answer_rule_question(STORY, today=TODAY)
    assert first == answer_rule_question(STORY, today=TODAY)


@pytest.mark.parametrize("damage", ["missing", "truncated", "not a zip"])
def test_missing_or_damaged_data_file_disables_the_learned_router(
    tmp_path: Path, damage: str
) -> None:
    path = tmp_path / "router.npz"
    if damage == "truncated":
        path.write_bytes(learned_mod.DATA.read_bytes()[:5000])
    elif damage == "not a zip":
        path.write_text("not a model", encoding="utf-8")
    shipped.cache_clear()
    try:
        with mock.patch.object(learned_mod, "DATA", path):
            assert shipped() is None
            assert answer_rule_question(STORY, today=TODAY) is None
    finally:
        shipped.cache_clear()


def test_shipped_data_is_up_to_date_with_its_sources() -> None:
    """Fails when a training YAML changed after the last build: re-run
    `python -m bench.build_learned_router` and commit assistant/rules/learned_router.npz."""
    _, meta = load(DATA)
    assert meta["sources"] == sources()
    assert meta["digest"] == digest(examples()), "learned_router.npz is stale: rebuild it"


def test_held_out_file_is_not_trained_on() -> None:
    assert "bench/own28_set1.yaml" not in sources()


def test_product_reads_no_tests_or_bench_at_run_time() -> None:
    """The learned router is read from the package; bench/ (the training side) is not
    imported when a question is answered."""
    code = (
        "import sys; from datetime import date; from assistant.rules import answer_rule_question;"
        f"answer_rule_question({STORY!r}, today=date(2026, 3, 5));"
        "assert not [m for m in sys.modules if m == 'bench' or m.startswith(('bench.', 'tests'))]"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
