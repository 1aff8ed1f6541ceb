"""Pure evaluation metrics: ranking, set overlap, facts, abstention (averages and
percentiles: `aggregate`).

Conventions shared by every function here:

* Rankings are best first. Duplicates are removed before cutting at `k` (the first
  occurrence keeps its rank), so `k` counts distinct documents; a retriever that
  returns several chunks of one article is judged on the article's best rank.
* A metric that is undefined for a case returns `None` (e.g. recall with no relevant
  documents); averages skip `None`, as pytrec_eval/BEIR skip queries without qrels.
* Every defined value lies in [0, 1].
"""

from __future__ import annotations

import math
import re
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

_WS = re.compile(r"\s+")


def unique(ranked: Iterable[Hashable]) -> list[Hashable]:
    """Drop repeated items, keeping the first (best-ranked) occurrence."""
    seen: set[Hashable] = set()
    out: list[Hashable] = []
    for x in ranked:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def _top(ranked: Sequence[Hashable], k: int) -> list[Hashable]:
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    return unique(ranked)[:k]


def recall_at_k(ranked: Sequence[Hashable], relevant: Iterable[Hashable], k: int) -> float | None:
    """Fraction of the relevant documents found among the first `k` distinct ones.

    Returns None when there is nothing relevant (recall is undefined).

    >>> recall_at_k(["a", "x", "b"], {"a", "b"}, 2)
    0.5
    """
    rel = set(relevant)
    if not rel:
        return None
    return len(rel.intersection(_top(ranked, k))) / len(rel)


def mrr_at_k(ranked: Sequence[Hashable], relevant: Iterable[Hashable], k: int) -> float | None:
    """Reciprocal rank (1-based) of the first relevant document in the top `k`, else 0.

    Voorhees, "The TREC-8 Question Answering Track Report" (1999). None when nothing
    is relevant.
    """
    rel = set(relevant)
    if not rel:
        return None
    for rank, doc in enumerate(_top(ranked, k), 1):
        if doc in rel:
            return 1.0 / rank
    return 0.0


def ndcg_at_k(ranked: Sequence[Hashable], relevant: Iterable[Hashable], k: int) -> float | None:
    """Binary-relevance nDCG@k with a log2(rank + 1) discount.

    Järvelin & Kekäläinen, "Cumulated gain-based evaluation of IR techniques",
    ACM TOIS 20(4):422-446, 2002; the log2(i + 1) discount applied from rank 1 is the
    form used by trec_eval, pytrec_eval and BEIR. The ideal ranking puts
    min(|relevant|, k) relevant documents first. None when nothing is relevant.
    """
    rel = set(relevant)
    if not rel:
        return None
    dcg = sum(1.0 / math.log2(i + 1) for i, d in enumerate(_top(ranked, k), 1) if d in rel)
    idcg = sum(1.0 / math.log2(i + 1) for i in range(1, min(len(rel), k) + 1))
    return dcg / idcg


@dataclass(frozen=True)
class SetScores:
    """Precision, recall and F2 of a returned set against a gold set."""

    precision: float
    recall: float
    f2: float


def f_beta(precision: float, recall: float, beta: float = 2.0) -> float:
    """F-beta = (1 + b²)PR / (b²P + R); 0 when P = R = 0. With b = 2: 5PR / (4P + R)."""
    b2 = beta * beta
    denom = b2 * precision + recall
    return 0.0 if denom == 0 else (1 + b2) * precision * recall / denom


def set_scores(returned: Iterable[Hashable], gold: Iterable[Hashable]) -> SetScores:
    """Precision, recall and COLIEE F2 (= 5PR / (4P + R)) of a returned set.

    COLIEE Task 3 scores each question this way and macro-averages (see
    `macro_average`). Edge cases, chosen so that every value is defined:

    * returned empty, gold non-empty: P = R = F2 = 0 (nothing right was returned);
    * gold empty, returned empty: P = R = F2 = 1 (correctly returned nothing);
    * gold empty, returned non-empty: P = 0, R = 1 (vacuous), F2 = 0.

    The harness excludes questions with empty gold from citation/F2 averages (their
    behaviour is measured by the abstention metrics), so the last two rules only
    matter to direct callers.
    """
    ret, gld = set(returned), set(gold)
    if not gld:
        return SetScores(1.0, 1.0, 1.0) if not ret else SetScores(0.0, 1.0, 0.0)
    hit = len(ret & gld)
    p = hit / len(ret) if ret else 0.0
    r = hit / len(gld)
    return SetScores(p, r, f_beta(p, r))


def citation_scores(cited: Iterable[Hashable], gold: Iterable[Hashable]) -> SetScores:
    """Citation precision/recall/F2: `set_scores` over distinct cited article refs.

    Quotes are not judged here (see the harness's `validate_citation`); citing one
    article twice counts once.
    """
    return set_scores(cited, gold)


def normalise(text: str) -> str:
    """Lower-case and collapse runs of whitespace to one space."""
    return _WS.sub(" ", text).strip().lower()


def fact_found(answer: str, alternatives: Iterable[str]) -> bool:
    """True if any normalised alternative is a substring of the normalised answer."""
    norm = normalise(answer)
    return any(normalise(alt) in norm for alt in alternatives if normalise(alt))


def fact_recall(answer: str, facts: Sequence[Sequence[str]]) -> float | None:
    """Fraction of facts found in `answer`; each fact is a list of alternative phrasings.

    None when there are no facts to find.

    >>> fact_recall("Within  Ten DAYS of arrest", [["10 days", "ten days"], ["appeal"]])
    0.5
    """
    if not facts:
        return None
    return sum(fact_found(answer, alts) for alts in facts) / len(facts)


@dataclass(frozen=True)
class AbstentionScores:
    """Abstention treated as the positive class; None where a ratio has no denominator.

    precision = correct abstentions / abstentions; recall = correct abstentions /
    questions that should be abstained on; false_abstention_rate = abstentions on
    answerable questions / answerable questions.
    """

    precision: float | None
    recall: float | None
    false_abstention_rate: float | None


def _ratio(num: int, den: int) -> float | None:
    return None if den == 0 else num / den


def abstention_scores(
    abstained: Sequence[bool], should_abstain: Sequence[bool]
) -> AbstentionScores:
    """Score abstention decisions against the gold `should_abstain` flags."""
    if len(abstained) != len(should_abstain):
        raise ValueError("abstained and should_abstain differ in length")
    pairs = list(zip(abstained, should_abstain, strict=True))
    tp = sum(a and s for a, s in pairs)
    fp = sum(a and not s for a, s in pairs)
    return AbstentionScores(
        precision=_ratio(tp, tp + fp),
        recall=_ratio(tp, sum(should_abstain)),
        false_abstention_rate=_ratio(fp, len(pairs) - sum(should_abstain)),
    )


COMPUTED_KEYS = ("deadline", "latest", "eligible")


def _canon(value: Any) -> Any:
    """Canonical form for comparing computed values (see `computed_correct`)."""
    if value is None or isinstance(value, bool):
        return value
    text = value.isoformat() if hasattr(value, "isoformat") else str(value).strip()
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return normalise(text)
    if "T" not in text and " " not in text and ":" not in text:
        return when.date().isoformat()
    return when.isoformat(timespec="seconds" if when.second else "minutes")


def computed_correct(expected: Mapping[str, Any], computed: Mapping[str, Any]) -> bool | None:
    """Whether every expected computed value (deadline/latest/eligible) was produced.

    Values are compared after canonicalisation: ISO dates and date-times (objects or
    strings; `T` or space separator; seconds dropped when zero, so "2026-03-02T21:30"
    equals "2026-03-02 21:30:00") compare as instants, other strings after
    `normalise`; booleans and None compare by identity. An expected None (e.g.
    `"eligible": null`, "cannot be decided") needs the key present with value None.
    Returns None when `expected` holds none of `COMPUTED_KEYS`.
    """
    keys = [k for k in COMPUTED_KEYS if k in expected]
    if not keys:
        return None
    return all(k in computed and _canon(computed[k]) == _canon(expected[k]) for k in keys)
