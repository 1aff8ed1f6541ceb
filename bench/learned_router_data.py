"""The labelled routing examples the learned fallback router is trained on, and training.

Shared by bench/build_learned_router.py (writes assistant/rules/learned_router.npz),
bench/learned_router_cv.py (grouped cross-validation) and the freshness test
(tests/rules/test_learned_router.py). The product never imports this module.

Sources: every item of tests/rules/routing*.yaml, bench/own*.yaml and
bench/rules*_fresh.yaml except HELD_OUT files (independent checks, never trained on),
items with a history (their label depends on earlier turns) and timeline rules. Each
question is read as the router reads it (cleaned, instructions and premises removed).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from assistant.rules.learned_model import NULL, LinearRouter, features, fit_vocabulary, vectorize
from assistant.rules.router_premise import asked_text, case_text

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = ("tests/rules/routing*.yaml", "bench/own*.yaml", "bench/rules*_fresh.yaml")
# scored as-is, never trained or tuned on. own30 (100 examples with 25 hard nulls) was tried
# as training data: grouped CV then routed 2 of 285 null questions at the shipped gate, and
# the best gate with none left 22 fully right against 26 without it (bench/README.md)
HELD_OUT = frozenset({"bench/own28_set1.yaml", "bench/own30_set1.yaml"})
C = 10.0  # inverse L2 strength; grouped CV (bench/learned_router_cv.py)
VERSION = 2  # bump when features() or training change, so the freshness test notices


@dataclass(frozen=True)
class Example:
    """One labelled question: where it came from, the text the router reads, its label."""

    source: str
    group: str
    text: str
    label: str


def group_of(source: str) -> str:
    """The helper round a file belongs to (own24_set1/2 and routing_round24_* are one),
    so cross-validation holds out a whole round's wording at a time."""
    name = Path(source).name
    found = re.search(r"own(\d+)|round(\d+)", name)
    if found:
        return found.group(1) or found.group(2)
    extra = {"rules6_fresh.yaml": "22", "rules7_fresh.yaml": "24"}  # written in those rounds
    return extra.get(name, name)


def sources(root: Path = ROOT) -> list[str]:
    """Training files, relative to the repository, sorted."""
    found = {str(p.relative_to(root)) for pat in PATTERNS for p in root.glob(pat)}
    return sorted(found - HELD_OUT)


def router_text(question: str) -> str:
    """The question as the fallback routers see it (see answer._answer)."""
    return asked_text(case_text(question))


def examples(root: Path = ROOT) -> list[Example]:
    """Every training example, in file order."""
    out = []
    for src in sources(root):
        for item in yaml.safe_load((root / src).read_text(encoding="utf-8")) or []:
            rule = item.get("rule")
            if item.get("history") or (rule or "").startswith("timeline."):
                continue
            out.append(Example(src, group_of(src), router_text(item["q"]), rule or NULL))
    return out


def digest(items: Sequence[Example]) -> str:
    """A hash of what training reads: the texts, labels and settings, and each text's
    features, so a change to the glossary or the tokenizer (which `features` reads) also
    makes the shipped model stale."""
    payload = [VERSION, C, [(e.source, e.text, e.label, features(e.text)) for e in items]]
    return hashlib.sha256(json.dumps(payload).encode()).hexdigest()


def train(items: Sequence[Example]) -> LinearRouter:
    """Multinomial logistic regression (lbfgs, deterministic) on TF-IDF features."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    docs = [features(e.text) for e in items]
    vocab, idf = fit_vocabulary(docs)
    x = sparse.csr_matrix(vectorize(docs, vocab, idf))
    fit = LogisticRegression(C=C, max_iter=500, tol=1e-3).fit(x, [e.label for e in items])
    classes = tuple(str(c) for c in fit.classes_)
    return LinearRouter(classes, vocab, idf, np.asarray(fit.coef_), np.asarray(fit.intercept_))
