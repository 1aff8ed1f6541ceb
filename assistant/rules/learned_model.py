"""A linear router over a question's words, learned from the labelled routing examples.

Pure logic, no I/O: the features, the model's probabilities and the gate. The model is
multinomial logistic regression (one weight row per rule, plus a "null" class for
questions that must fall through, so the null class competes with every rule rather
than being a threshold). Features are TF-IDF weights (sublinear tf, L2-normalised) of
the tokens BM25 reads (stems with the glossary's corpus terms, `lexical_tokens(expand())`)
plus raw word bigrams, which keep the frame words the stop list drops ("can they",
"what does"), plus character 4-grams of the longer words. Grouped cross-validation chose
this over nearest neighbours and over the sentence model's vectors
(bench/learned_router_cv.py, bench/README.md).

Example:
    >>> [f for f in features("Can my wife get bail?") if "_" in f]
    ['can_my', 'my_wife', 'wife_get', 'get_bail']
    >>> [f for f in features("Can my wife get bail?") if f.startswith("#")]
    ['#<wif', '#wife', '#ife>', '#<bai', '#bail', '#ail>']
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

import numpy as np

from assistant.retrieval.glossary import expand
from assistant.retrieval.tokenize import lexical_tokens

NULL = "null"  # the class of questions that must fall through to retrieval
WORD = re.compile(r"[a-z]+")
MIN_DF = 2  # a token seen in one training question only is noise, not vocabulary
CHARS = 4  # character n-gram length


def features(text: str) -> list[str]:
    """The question's tokens: BM25's stems (with glossary terms), raw word bigrams, and the
    character 4-grams of words of four letters or more (marked "#"), which carry a misspelt
    or unseen word form ("procecutor", "detension", "bailed") to the words it shares parts
    with (grouped CV: bench/README.md, "Training data, eighteenth session")."""
    words = WORD.findall(text.lower())
    grams = [f"#{w[i : i + CHARS]}" for w in (f"<{w}>" for w in words if len(w) >= CHARS)
             for i in range(len(w) - CHARS + 1)]  # fmt: skip
    return [*lexical_tokens(expand(text)), *(f"{a}_{b}" for a, b in pairwise(words)), *grams]


def fit_vocabulary(docs: Sequence[Sequence[str]]) -> tuple[tuple[str, ...], np.ndarray]:
    """Tokens in at least MIN_DF documents (sorted) and their smoothed idf."""
    df = Counter(t for doc in docs for t in set(doc))
    vocab = tuple(sorted(t for t, c in df.items() if c >= MIN_DF))
    n = len(docs)
    idf = np.array([math.log((1 + n) / (1 + df[t])) + 1 for t in vocab], dtype=np.float64)
    return vocab, idf


def vectorize(
    docs: Iterable[Sequence[str]],
    vocab: Sequence[str],
    idf: np.ndarray,
    index: Mapping[str, int] | None = None,
) -> np.ndarray:
    """One L2-normalised TF-IDF row per document (unknown tokens ignored); `index` is the
    vocabulary's token -> column map, when the caller keeps one."""
    index = {t: j for j, t in enumerate(vocab)} if index is None else index
    rows = []
    for doc in docs:
        row = np.zeros(len(vocab), dtype=np.float64)
        for t, c in Counter(doc).items():
            j = index.get(t)
            if j is not None:
                row[j] = (1 + math.log(c)) * idf[j]
        norm = float(np.linalg.norm(row))
        rows.append(row / norm if norm else row)
    return np.vstack(rows) if rows else np.zeros((0, len(vocab)))


@dataclass(frozen=True, eq=False)
class LinearRouter:
    """Weights of a multinomial logistic regression: one row per class (rule id or NULL)."""

    classes: tuple[str, ...]
    vocab: tuple[str, ...]
    idf: np.ndarray
    weights: np.ndarray  # (classes, vocab)
    bias: np.ndarray  # (classes,)

    @cached_property
    def _index(self) -> dict[str, int]:
        """Token -> column, built once (building it per question cost 1.5 ms)."""
        return {t: j for j, t in enumerate(self.vocab)}

    def probabilities(self, text: str) -> list[tuple[str, float]]:
        """Every class with its probability, best first (ties by name, so deterministic)."""
        x = vectorize([features(text)], self.vocab, self.idf, self._index)[0]
        z = self.weights @ x + self.bias
        p = np.exp(z - z.max())
        p /= p.sum()
        return sorted(zip(self.classes, p.tolist(), strict=True), key=lambda c: (-c[1], c[0]))


@dataclass(frozen=True)
class Gate:
    """When the learned router may choose a rule. A wrong rule is worse than retrieval, so
    the best class must clear `min_prob` and lead the runner-up by `min_margin`; an open
    verdict ("cannot tell: tell me X") is kept only at `open_prob` or more, otherwise
    retrieval answers (as for the description fallback). Set on grouped CV folds only
    (bench/README.md, "Learned fallback router"): the lowest gate with no wrong rule and no
    null question routed; 0.4 routed one null question, 0.3 two."""

    min_prob: float = 0.5
    min_margin: float = 0.2
    open_prob: float = 0.7


@dataclass(frozen=True)
class Choice:
    """The rule the learned router chose and how sure it was."""

    rule_id: str
    prob: float
    margin: float
    keeps_open: bool


def choose(ranked: Sequence[tuple[str, float]], gate: Gate) -> Choice | None:
    """The best class if it is a rule and clears the gate, else None (null wins ties)."""
    if not ranked:
        return None
    best, prob = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if best == NULL or prob < gate.min_prob or prob - second < gate.min_margin:
        return None
    return Choice(best, prob, prob - second, prob >= gate.open_prob)
