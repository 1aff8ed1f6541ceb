"""Quality regression gate: the real assistant on the eval set's test split vs eval/floors.json.

Runs the harness through the `legalqa batch` code path (real model, real index; about
184 questions) and fails, naming every breach, when a headline metric falls below its
recorded floor, rises above its ceiling, or is no longer measured. Floors are quality
numbers only, never timings; the invalid-citation rate and the error rate must be 0.
To raise the floors after an improvement, see eval/README.md ("Floors").
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.evaluation import floors, runner
from assistant.evaluation.datasets import load_qa
from assistant.evaluation.results import Report
from assistant.settings import ROOT, Settings

pytestmark = pytest.mark.slow
FLOORS = ROOT / "eval" / "floors.json"
DATASET = ROOT / "eval" / "qa.jsonl"


@pytest.fixture(scope="module")
def test_report() -> Iterator[Report]:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch

    from assistant.assistant import Assistant

    settings = replace(Settings.from_env(), llm="")  # the deterministic, extractive path
    bot = Assistant.from_settings(settings)
    cases = runner.select_split(load_qa(DATASET), "test")
    # One query at a time: a single torch thread is ~10x faster than two when other
    # processes (a parallel test run) compete for the CPU. Quality does not depend on it.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield runner.evaluate(bot, cases)
    finally:
        torch.set_num_threads(threads)


def test_floors_file_is_well_formed() -> None:
    spec = floors.load_floors(FLOORS)
    assert spec["split"] == "test" and spec["note"]
    assert spec["ceilings"]["overall"]["invalid_citation_rate"] == 0.0
    bounded = [k for kind in ("floors", "ceilings") for g in spec[kind].values() for k in g]
    assert not [k for k in bounded if "latency" in k], "floors are never timings"


def test_test_split_is_at_or_above_the_recorded_floors(test_report: Report) -> None:
    spec = floors.load_floors(Path(FLOORS))
    assert test_report.overall["n"] == sum(1 for c in load_qa(DATASET) if c.split == "test")
    problems = floors.check_floors(test_report, spec)
    assert not problems, "quality regression on the test split:\n" + "\n".join(problems)


def test_no_invalid_citation_anywhere(test_report: Report) -> None:
    bad = [r.id for r in test_report.rows if r.n_invalid]
    assert test_report.overall["invalid_citation_rate"] in (0.0, None)
    assert not bad, f"cases citing text that is not in the cited article: {bad}"
