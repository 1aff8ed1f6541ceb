"""The training sets' labels still hold: each label check (`bench/own_checks/check_ownNN.py`)
calls the pure rule functions on facts encoded by hand and compares with its set's labels.
A rule change that alters a labelled verdict or date fails here, so the learned router is
never trained on labels the rules no longer give.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.fact_reading import run_check

CHECKS = sorted(
    (Path(__file__).resolve().parents[2] / "bench" / "own_checks").glob("check_own*.py")
)


def test_every_training_set_has_a_label_check() -> None:
    sets = sorted(CHECKS[0].parents[1].glob("own*_set*.yaml"))
    numbers = {p.name.split("_")[0].removeprefix("own") for p in sets}
    checked = {p.stem.removeprefix("check_own") for p in CHECKS}
    assert {n for n in numbers if int(n) >= 48} <= checked


@pytest.mark.parametrize("path", CHECKS, ids=[p.stem for p in CHECKS])
def test_label_check_agrees(path: Path) -> None:
    failed, printed = run_check(path)
    assert not failed, printed[-2000:]
