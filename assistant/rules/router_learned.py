"""The learned fallback router: the shipped linear model behind a frame check.

Runs only when the pattern router and the description fallback (router_semantic) found
no rule. The model (`learned_model.LinearRouter`) is read from `learned_router.npz`,
shipped in the package and built by bench/build_learned_router.py from the labelled
routing examples (its provenance is inside the file; tests/rules/test_learned_router.py
fails when it is out of date with them). Nothing is read from tests/ or bench/ and
nothing is downloaded at run time; a missing or unreadable file disables this router.

The chosen rule must be asked in its own frame: a verdict rule needs a yes/no ask
("can", "allowed", ...; `router_semantic.VERDICT_ASK`) and a stated fact some eligibility
rule reads, a deadline rule a date asked for with the event's date
(`router_semantic.asked_kind`). The rule's own fact and date
extraction then runs unchanged (assistant/rules/answer.py).
"""

from __future__ import annotations

import json
import logging
import re
import zipfile
from datetime import date
from functools import lru_cache
from pathlib import Path

import numpy as np

from assistant.rules.learned_model import Choice, Gate, LinearRouter, choose
from assistant.rules.router_exam import EXAM_RULES, police_only
from assistant.rules.router_facts import read_facts
from assistant.rules.router_semantic import VERDICT_ASK, asked_kind

logger = logging.getLogger(__name__)
DATA = Path(__file__).with_name("learned_router.npz")
GATE = Gate()


def load(path: Path) -> tuple[LinearRouter, dict[str, object]]:
    """The model and its provenance from an .npz written by `save`."""
    with np.load(path, allow_pickle=False) as z:
        model = LinearRouter(
            classes=tuple(str(c) for c in z["classes"]),
            vocab=tuple(str(t) for t in z["vocab"]),
            idf=z["idf"].astype(np.float64),
            weights=z["weights"].astype(np.float64),
            bias=z["bias"].astype(np.float64),
        )
        meta = json.loads(str(z["meta"]))
    return model, meta


def save(path: Path, model: LinearRouter, meta: dict[str, object]) -> None:
    """Write the model (float32 weights) and its provenance as JSON."""
    np.savez_compressed(
        path,
        classes=np.array(model.classes),
        vocab=np.array(model.vocab),
        idf=model.idf.astype(np.float32),
        weights=model.weights.astype(np.float32),
        bias=model.bias.astype(np.float32),
        meta=np.array(json.dumps(meta, sort_keys=True)),
    )


@lru_cache(maxsize=1)
def shipped() -> LinearRouter | None:
    """The packaged model, or None (router disabled) when the file is missing or broken."""
    try:
        return load(DATA)[0]
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):  # missing or damaged
        logger.warning("learned router data %s unreadable; learned fallback disabled", DATA)
        return None


# a price asked ("is there a fee for conditional non-prosecution?"): no rule computes one
COST_ASK = re.compile(r"\b(fees?|costs?|price|how much|pay for|charged? for)\b")


def in_frame(rule_id: str, text: str, today: date) -> bool:
    """Whether the question asks for what the rule answers: a verdict on facts it states,
    or a date. A yes/no question stating no fact any eligibility rule reads is a general
    rights question ("can a male officer pat down my wife?"): the model knows its topic
    (search) but not the point asked, so retrieval answers it. Grouped CV: 40 -> 34 right
    rules, 27 -> 26 fully right, still no wrong rule (bench/README.md)."""
    if rule_id.startswith("deadline."):
        return asked_kind(text, today) == "deadline"
    if rule_id in EXAM_RULES and police_only(text):  # as the pattern router leaves them
        return False
    asked = " ".join(re.findall(r"[^.?!]*\?", text)) or text
    return bool(VERDICT_ASK.search(text)) and not COST_ASK.search(asked) and bool(read_facts(text))


def learned_choice(
    text: str, today: date, model: LinearRouter | None = None, gate: Gate | None = None
) -> Choice | None:
    """The rule the (cleaned) question asks for by the learned model, or None when unsure."""
    model = model or shipped()
    gate = gate or GATE
    if model is None:
        return None
    choice = choose(model.probabilities(text), gate)
    if choice is None or not in_frame(choice.rule_id, text, today):
        return None
    logger.debug("learned route %s (p=%.2f)", choice.rule_id, choice.prob)
    return choice
